"""Finding same-event pairs in a flat folder of articles, without comparing all pairs.

Two accounts of one event share its rare words: the names of its people and places,
its numbers, the unusual words of its subject.  Words most articles use say nothing, and
neither does a word only one article has.  So:

1. Each article becomes a set of features: its words (lower-cased, 3 letters or more,
   not a stop word) and its numbers, counted once per article.
2. Blocking: an inverted index from feature to articles.  Only features found in at
   least 2 and at most ``max_df`` articles are kept; a pair of articles becomes a
   candidate only through a feature they share, so no pair is scored that shares
   nothing rare, and a posting list is never longer than ``max_df``: the work is
   about (number of articles) x (features per article) x ``max_df``, linear in the
   number of articles, with no all-pairs term.
3. Each candidate's score is the cosine of the two articles' TF-IDF vectors over the
   kept features (idf = log(N / df)).
4. A candidate is proposed when its score reaches ``threshold`` and it is among the
   best ``top`` partners of either article: an event told ten times gives each of its
   articles nine partners, and a common subject (two unrelated stories about one
   president) is cut off by both rules.
"""

from __future__ import annotations

import math
import re
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from reader.batch.inputs import Pair, articles_in, pair_id
from reader.inputs import InputError, load

_WORD = re.compile(r"[^\W\d_]{3,}|\d[\d,.]*\d|\d")
_STOP = frozenset(
    """the and for that with was were are has have had his her its their they them this
    from but not said says say who which what when where will would could should been
    being also after before about into over than then there these those more most other
    some such only one two three new year years told just like can may might our out
    all any she him did does its while because during between against under very""".split()
)
MAX_DF = 30
THRESHOLD = 0.06
TOP = 20


@dataclass
class Found:
    """The pairs proposed, and the numbers that say why."""

    pairs: list[Pair]
    articles: int
    features: int
    candidates: int  # pairs that share at least one kept feature
    seconds: float
    threshold: float
    unreadable: list[str] = field(default_factory=list)

    def explain(self) -> str:
        all_pairs = self.articles * (self.articles - 1) // 2
        skipped = f"; {len(self.unreadable)} unreadable file(s) left out" if self.unreadable else ""
        return (
            f"{self.articles} articles ({all_pairs} possible pairs): {self.candidates} pairs share a "
            f"rare word, name or number; {len(self.pairs)} proposed with similarity >= "
            f"{self.threshold:g} among each article's best {TOP} ({self.seconds:.1f} s){skipped}"
        )


def features(text: str) -> set[str]:
    """The words and numbers of one article, once each."""
    return {w for w in (m.lower() for m in _WORD.findall(text)) if w not in _STOP}


def _weights(docs: list[set[str]], max_df: int) -> list[dict[str, float]]:
    """Each article's L2-normalised idf weights over the features that may block."""
    df = Counter(f for d in docs for f in d)
    n = len(docs)
    vectors = []
    for d in docs:
        w = {f: math.log(n / df[f]) for f in d if 2 <= df[f] <= max_df}
        norm = math.sqrt(sum(v * v for v in w.values())) or 1.0
        vectors.append({f: v / norm for f, v in w.items()})
    return vectors


def scores(vectors: list[dict[str, float]]) -> dict[tuple[int, int], float]:
    """The cosine of every pair that shares a kept feature (the blocking step)."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for f, v in vec.items():
            postings[f].append((i, v))
    sim: dict[tuple[int, int], float] = defaultdict(float)
    for plist in postings.values():
        for (i, vi), (j, vj) in combinations(plist, 2):
            sim[i, j] += vi * vj
    return sim


def select(sim: dict[tuple[int, int], float], threshold: float, top: int) -> list[tuple[int, int]]:
    """Candidates above the threshold among the best ``top`` of either article."""
    best: dict[int, list[float]] = defaultdict(list)
    for (i, j), s in sim.items():
        if s >= threshold:
            best[i].append(s)
            best[j].append(s)
    floor = {i: sorted(v, reverse=True)[min(top, len(v)) - 1] for i, v in best.items()}
    return sorted((i, j) for (i, j), s in sim.items() if s >= threshold and (s >= floor[i] or s >= floor[j]))


def find_pairs(
    folder: Path, *, threshold: float | None = None, max_df: int = MAX_DF, top: int = TOP
) -> Found:
    """Same-event pairs among the articles of a flat folder."""
    start = time.perf_counter()
    if not folder.is_dir():
        raise InputError(str(folder), "is not a folder")
    paths, docs, unreadable = [], [], []
    for p in articles_in(folder):
        try:
            docs.append(features(load(p).text))
            paths.append(p)
        except (InputError, OSError):
            unreadable.append(str(p))
    threshold = THRESHOLD if threshold is None else threshold
    vectors = _weights(docs, max_df)
    sim = scores(vectors)
    chosen = select(sim, threshold, top)
    pairs = [_pair(paths[i], paths[j]) for i, j in chosen]
    n_features = len({f for v in vectors for f in v})
    return Found(pairs, len(paths), n_features, len(sim), time.perf_counter() - start, threshold, unreadable)


def _pair(a: Path, b: Path) -> Pair:
    return Pair(pair_id(str(a), str(b), f"{a.stem}--{b.stem}"), str(a), str(b))
