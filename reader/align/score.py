"""Scoring: candidate pairs and their weighted cosine, plus the order preference.

Tokens -> vocabulary and IDF -> sparse candidates (with a second, local pass for long
texts) -> weighted cosine, halved for pairs that share too few words -> clause windows for
a short sentence against a long one -> offset support: the share of nearby sentences whose
candidates keep the same offset (r - l), added with ``order_weight`` to rank partners.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from reader.align.evidence import Evidence, telling
from reader.align.family import families
from reader.align.refine import refine_windows
from reader.align.settings import DEFAULTS, Settings
from reader.align.sparse import (
    Sparse,
    best_per,
    candidates,
    cross_restricted,
    incidence,
    isin_sorted,
    unique_sorted,
)
from reader.align.tokens import Token, Tokenize, resolve_initials, tokenizer
from reader.align.vocabulary import Merges, idf, topic_discount, vocabulary

Progress = Callable[[str, float], None]

# A guard, not a tuning knob: a budget this large per sentence is a total passed by mistake.
_BUDGET_PER_SENTENCE_LIMIT = 10_000


@dataclass(frozen=True, slots=True)
class Scores:
    """Candidate pairs and their scores, parallel arrays sorted by (left, right)."""

    li: np.ndarray
    """Left sentence index."""
    ri: np.ndarray
    """Right sentence index."""
    cos: np.ndarray
    """Weighted cosine, times ``few_shared_weight`` when the pair shares too few words, raised
    by clause windows: what a link must clear and the score it carries."""
    raw: np.ndarray
    """Weighted cosine as is (the order chain's measure)."""
    eff: np.ndarray
    """``cos`` plus ``order_weight`` times the offset support: what ranks partners."""
    windowed: np.ndarray | None = None
    """True where a clause window raised the score (the short sentence's fact is part of the long one)."""
    evidence: Evidence | None = None
    """What each pair shares by kind (content words, numbers), for the gate on weak links."""
    texts: tuple[Sequence[str], Sequence[str]] | None = None
    """The two sides' sentences (for the meaning signal, :mod:`reader.align.meaning`)."""


# each side's tokens when made before the alignment, else None
Prepared = tuple["list[list[Token]] | None", "list[list[Token]] | None"]


@dataclass(frozen=True, slots=True)
class _Index:
    """Both sides as sparse incidences over one vocabulary."""

    L: Sparse
    R: Sparse
    lids: dict[str, int]
    rids: dict[str, int]
    weight: np.ndarray  # per token id: idf * spelling penalty


def score_pairs(
    left: Sequence[str],
    right: Sequence[str],
    *,
    left_extra: Sequence[Sequence[str]] | None = None,
    right_extra: Sequence[Sequence[str]] | None = None,
    settings: Settings = DEFAULTS,
    progress: Progress | None = None,
    prepared: Prepared = (None, None),
) -> Scores:
    """Candidate pairs with their scores; ``*_extra`` are fact keys per sentence; ``prepared``
    holds a side's :func:`sentence_tokens` when they were made already (a long text's, on
    a core that had time for them)."""
    n_left, n_right = len(left), len(right)
    empty = np.empty(0, np.int64)
    if not n_left or not n_right:
        return Scores(empty, empty, np.empty(0), np.empty(0), np.empty(0))
    if progress:
        progress("tokens", 0.0)
    tokenize = tokenizer(settings)
    ltoks = prepared[0] if prepared[0] is not None else sentence_tokens(left, left_extra, tokenize=tokenize)
    rtoks = prepared[1] if prepared[1] is not None else sentence_tokens(right, right_extra, tokenize=tokenize)
    resolve_initials(ltoks, rtoks)
    if progress:
        progress("index", 0.3)
    index = _index(ltoks, rtoks, settings, families((left, right), (ltoks, rtoks), settings))
    if progress:
        progress("candidates", 0.5)
    keys, dot, shared = _candidate_pairs(index, n_left, n_right, settings)
    li = keys // n_right
    ri = keys % n_right
    denom = index.L.norm[li] * index.R.norm[ri]
    cos = np.where(denom > 0, dot / np.maximum(denom, 1e-12), 0.0)
    cos = np.clip(cos, 0.0, 1.0)
    raw = cos
    # too little evidence: fewer shared words than shared_words_min, unless nearly identical
    enough = (shared >= settings.shared_words_min) | (cos >= settings.strong_cosine_min)
    enough |= _telling_shared(li, ri, shared, enough, (left, right), (ltoks, rtoks), settings)
    cos = np.where(enough, cos, cos * settings.few_shared_weight)
    windowed = np.zeros(cos.size, dtype=bool)
    if keys.size <= settings.refine_candidates_max:
        ids = (index.lids, index.rids)
        refined = refine_windows(li, ri, cos, (left, right), ids, index.weight, settings, tokenize)
        windowed = refined > cos
        cos = refined
    if progress:
        progress("context", 0.8)
    ctx = support(li, ri, cos, settings)
    evidence = Evidence((left, right), (ltoks, rtoks), (index.lids, index.rids), settings)
    return Scores(li, ri, cos, raw, cos + settings.order_weight * ctx, windowed, evidence, (left, right))


def sentence_tokens(
    texts: Sequence[str],
    extra: Sequence[Sequence[str]] | None = None,
    settings: Settings = DEFAULTS,
    tokenize: Tokenize | None = None,
) -> list[list[Token]]:
    """The aligner's tokens of each sentence, its fact keys (``extra``) among them."""
    tokenize = tokenize or tokenizer(settings)
    return [tokenize(s, extra[i] if extra else ()) for i, s in enumerate(texts)]


def _index(
    ltoks: list[list[Token]], rtoks: list[list[Token]], settings: Settings, kin: Merges | None = None
) -> _Index:
    """Vocabulary (near spellings and word families merged), IDF over both sides (a word of the
    story's topic discounted: :func:`reader.align.vocabulary.topic_discount`), and the two
    incidences."""
    lids, rids, penalty = vocabulary(ltoks, rtoks, settings, kin)
    token_idf = idf(ltoks, rtoks, lids, rids, len(penalty))
    if settings.topic_weight != 1.0:
        token_idf = token_idf * topic_discount(ltoks, rtoks, lids, rids, len(penalty), settings)
    L = incidence(ltoks, lids, token_idf, penalty)
    R = incidence(rtoks, rids, token_idf, penalty)
    return _Index(L, R, lids, rids, token_idf * penalty)


def _candidate_pairs(
    index: _Index, n_left: int, n_right: int, settings: Settings
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(keys = l * n_right + r, dot products, shared tokens) of every pair worth scoring.

    Rare tokens propose pairs within the budget; from ``local_pass_sentences_min``
    sentences a second pass proposes, near the offset of the nearest confident links, the
    pairs that rare words missed (verses made of common words).
    """
    L, R = index.L, index.R
    per_sentence = settings.proposal_budget_per_sentence
    if per_sentence > _BUDGET_PER_SENTENCE_LIMIT:
        raise ValueError(
            "Settings.proposal_budget_per_sentence is candidate pairs per sentence (default 25), not a total"
        )
    budget = max(settings.proposal_budget_min, per_sentence * (n_left + n_right))
    n_tok = index.weight.size
    keys, dot, shared = candidates(L, R, n_tok, n_right, budget)
    if not keys.size or n_left + n_right <= settings.local_pass_sentences_min:
        return keys, dot, shared
    cos = dot / np.maximum(L.norm[keys // n_right] * R.norm[keys % n_right], 1e-12)
    extra = local_keys(keys, cos, n_left, n_right, settings)
    extra = extra[~isin_sorted(extra, keys)]  # keys is sorted and unique
    if not extra.size:
        return keys, dot, shared
    every = np.ones(n_tok, dtype=bool)
    ek, ed = cross_restricted(L, R, every, extra, n_right)
    pos = np.searchsorted(extra, ek)
    edot = np.bincount(pos, weights=ed, minlength=extra.size)
    eshared = np.bincount(pos, minlength=extra.size)
    keys = np.concatenate([keys, extra])
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    dot = np.concatenate([dot, edot])[order]
    shared = np.concatenate([shared, eshared])[order]
    return keys, dot, shared


def local_keys(
    keys: np.ndarray, cos: np.ndarray, n_left: int, n_right: int, settings: Settings
) -> np.ndarray:
    """Candidate keys at the offsets of each sentence's nearest confident links.

    Confident: the best partner of its left sentence with a cosine of at least
    ``local_anchor_cosine_min``.  For every left sentence we take the offsets (r - l) of
    the nearest such link before and after it, and propose r = l + offset - w .. l +
    offset + w, with w = ``local_offset_window``.
    """
    li = keys // n_right
    ri = keys % n_right
    best = best_per(li, cos, n_left)
    anchors = best[best >= 0]
    anchors = anchors[cos[anchors] >= settings.local_anchor_cosine_min]
    if anchors.size < 2:
        return np.empty(0, np.int64)
    al = li[anchors]
    ad = ri[anchors] - al
    ls = np.arange(n_left)
    after = np.minimum(np.searchsorted(al, ls), al.size - 1)
    before = np.maximum(after - 1, 0)
    out = []
    w = settings.local_offset_window
    for d in (ad[before], ad[after]):
        for delta in range(-w, w + 1):
            r = ls + d + delta
            ok = (r >= 0) & (r < n_right)
            out.append(ls[ok].astype(np.int64) * n_right + r[ok])
    return unique_sorted(np.concatenate(out))


def support(li: np.ndarray, ri: np.ndarray, cos: np.ndarray, settings: Settings) -> np.ndarray:
    """Share of nearby sentences whose candidates keep this pair's offset (r - l), in [0, 1].

    A text that keeps its order (or keeps it within chapters, however they are shuffled)
    links neighbouring sentences with the same offset; a repeated passage elsewhere has
    another offset, and few neighbours vote for it.  Votes are candidate pairs scoring at
    least ``vote_cosine_min``, counted in ``support_window`` sentences before and after
    (the better of the two sides counts) and ``support_offset_window`` either side of the
    offset, with sorted keys and ``searchsorted``; the count is divided by the window.
    """
    window, slack = settings.support_window, settings.support_offset_window
    vote = cos >= settings.vote_cosine_min
    d = (ri - li).astype(np.int64)
    span = int(li.max(initial=0)) + 2 * window + 2
    # each vote counts for its offset and those next to it: replicate it once per offset,
    # so one query per pair (4 binary searches) counts all those offsets together
    dv, lv = d[vote], li[vote]
    deltas = range(-slack, slack + 1)
    vkeys = np.sort(np.concatenate([(dv + delta) * span + lv + window for delta in deltas]))
    base = d * span + li + window
    before = np.searchsorted(vkeys, base, "left") - np.searchsorted(vkeys, base - window, "left")
    after = np.searchsorted(vkeys, base + window, "right") - np.searchsorted(vkeys, base, "right")
    # the better side: a sentence at the edge of a moved chapter has neighbours on one side
    return np.minimum(np.maximum(before, after) / window, 1.0)


def between_neighbours(
    li: np.ndarray, ri: np.ndarray, kept: set[int], doubtful: set[int], slack: int
) -> set[int]:
    """The pairs of ``doubtful`` that sit between two ``kept`` links of their own offset (r - l,
    give or take ``slack``): the nearest kept link before the pair's left sentence and the
    nearest after it, both on the right side too.

    The window of :func:`support` counts a whole region; a rewrite that shortened and reordered
    other paragraphs leaves few votes there, while the sentences next to a pair still say where it
    is ("... at least 118 times" / "... at least 81 times", the sentences before and after
    linked at the same offset).
    """
    if not doubtful or not kept:
        return set()
    order = sorted(kept, key=lambda k: (int(li[k]), int(ri[k])))
    lefts = [int(li[k]) for k in order]
    out: set[int] = set()
    for k in doubtful:
        at, off = int(li[k]), int(ri[k]) - int(li[k])
        i = bisect.bisect_left(lefts, at)
        if i == 0 or i == len(order) or lefts[i] == at:
            continue
        before, after = order[i - 1], order[i]
        inside = int(ri[before]) < int(ri[k]) < int(ri[after])
        if inside and all(abs(int(ri[j]) - int(li[j]) - off) <= slack for j in (before, after)):
            out.add(k)
    return out


_DIGIT = re.compile(r"\d")


def _telling_shared(
    li: np.ndarray,
    ri: np.ndarray,
    shared: np.ndarray,
    enough: np.ndarray,
    texts: tuple[Sequence[str], Sequence[str]],
    toks: tuple[list[list[Token]], list[list[Token]]],
    settings: Settings,
) -> np.ndarray:
    """Pairs one shared word short of ``shared_words_min`` whose shared words include a telling
    number ("$10,000", "3:33", a fact key): such a number says as much as two words.  Only the
    sentences of such pairs with a digit or a fact key are read (a book has few)."""
    out = np.zeros(li.size, dtype=bool)
    near = np.flatnonzero(~enough & (shared == settings.shared_words_min - 1))
    if near.size == 0:
        return out
    figures: tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]] = ({}, {})
    for side, ids in ((0, li[near]), (1, ri[near])):
        for i in np.unique(ids).tolist():  # only the sentences of such pairs
            ts = toks[side][i]
            if _DIGIT.search(texts[side][i]) or any(k[0] == "@" for k, _ in ts):
                keys = frozenset(k for k, _ in ts if telling(k))
                if keys:
                    figures[side][i] = keys
    if not figures[0] or not figures[1]:
        return out
    for k in near.tolist():
        a, b = figures[0].get(int(li[k])), figures[1].get(int(ri[k]))
        if a and b and not a.isdisjoint(b):
            out[k] = True
    return out
