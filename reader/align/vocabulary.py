"""Vocabulary: token ids for both sides, near spellings merged, and IDF.

A word found on one side only may be a variant spelling of a word of the other side
("Speigel" ~ "Spiegel"): it gets
the other word's id, with a penalty so that a fuzzy match counts a little less than an
exact one.  Near spellings are found with rapidfuzz's OSA distance, blocked by first
letter so the work is a set of small matrices computed in C.  A word still one-sided then
may be another form of a word of the other side ("pleaded" ~ "plea"): with the optional
word model, English only, :mod:`reader.align.family` finds those and they merge the same way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import numpy as np

from reader.align.settings import Settings
from reader.align.tokens import Token

# rapidfuzz's cdist stops counting at this distance; Settings decides which distances count
_MAX_EDITS = 2
# from this many word pairs a distance matrix is computed on all cores (not a tuning knob:
# below it the matrix takes well under a millisecond on one core)
_THREADED_CELLS_MIN = 200_000


Merges = Callable[[list[str], list[str]], list[tuple[str, str, float]]]


def vocabulary(
    left: list[list[Token]], right: list[list[Token]], settings: Settings, kin: Merges | None = None
) -> tuple[dict[str, int], dict[str, int], np.ndarray]:
    """Token ids per side, with one-sided tokens merged to near spellings across sides.

    Returns (left ids, right ids, penalty per id): a merged id has penalty < 1 so that a
    fuzzy match counts a little less than an exact one.
    """
    left_keys = {k for toks in left for k, _ in toks}
    right_keys = {k for toks in right for k, _ in toks}
    ids: dict[str, int] = {}
    for key in sorted(left_keys | right_keys):
        ids[key] = len(ids)
    left_ids = {k: ids[k] for k in left_keys}
    right_ids = {k: ids[k] for k in right_keys}
    penalty = np.ones(len(ids), dtype=np.float64)

    # sorted: set order varies with the hash seed, and ties must break the same way;
    # numbers and fact keys ("@date:...") are never spellings of each other.  Each side's
    # words are sorted once: a subset of them, kept in that order, is sorted too
    spelled = {
        side: sorted(k for k in keys if k and not k[0].isdigit() and not k.startswith("@"))
        for side, keys in ((0, left_keys), (1, right_keys))
    }

    def words(side: int, shortest: int, within: set[str] | None = None) -> list[str]:
        return [k for k in spelled[side] if len(k) >= shortest and (within is None or k in within)]

    # a word found on one side only may be a variant spelling of a word of the other side,
    # and then (``kin``: English, with the word model) another form of one
    finders: list[tuple[Merges, int]] = [
        (lambda a, b: fuzzy_pairs(a, b, settings), settings.spelling_length_min)
    ]
    if kin is not None:
        finders.append((kin, settings.family_prefix_min))
    for find, shortest in finders:
        lone_l = {k for k in left_keys - right_keys if left_ids[k] == ids[k]}
        for lk, rk, sim in find(words(0, shortest, lone_l), words(1, shortest)):
            left_ids[lk] = right_ids[rk]
            penalty[right_ids[rk]] = min(penalty[right_ids[rk]], sim)
        lone_r = {k for k in right_keys - left_keys if right_ids[k] == ids[k]}
        for rk, lk, sim in find(words(1, shortest, lone_r), words(0, shortest)):
            if right_ids[rk] == ids[rk]:
                right_ids[rk] = left_ids[lk]
                penalty[left_ids[lk]] = min(penalty[left_ids[lk]], sim)
    return left_ids, right_ids, penalty


def fuzzy_pairs(a: list[str], b: list[str], settings: Settings) -> list[tuple[str, str, float]]:
    """Near spellings between two word lists: (word of a, word of b, weight of the match).

    One edit (OSA distance: a swap of two neighbours is one edit), or two when both words
    are at least ``settings.spelling_two_edits_length_min`` long; each word of ``a`` keeps
    its single best partner, and each word of ``b`` is taken at most once.  Only words
    with the same first letter are compared.
    """
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import cdist

    by_letter: dict[str, list[str]] = defaultdict(list)
    for w in b:
        by_letter[w[0]].append(w)
    out: list[tuple[str, str, float]] = []
    groups: dict[str, list[str]] = defaultdict(list)
    for w in a:
        if w[0] in by_letter:
            groups[w[0]].append(w)
    long_min = settings.spelling_two_edits_length_min
    one, two = settings.spelling_one_edit_weight, settings.spelling_two_edits_weight
    for letter, words in groups.items():
        cands = by_letter[letter]
        # threads pay off on a book's vocabulary only: a news pair makes some twenty small
        # matrices, and starting the workers costs more than each one
        workers = -1 if len(words) * len(cands) >= _THREADED_CELLS_MIN else 1
        dist = cdist(
            words, cands, scorer=OSA.distance, score_cutoff=_MAX_EDITS, workers=workers, dtype=np.int32
        )
        for i, j in zip(*np.nonzero(dist <= _MAX_EDITS), strict=True):
            wa, wb = words[i], cands[j]
            d = int(dist[i, j])
            if d == 1 or (d == 2 and min(len(wa), len(wb)) >= long_min):
                out.append((wa, wb, one if d == 1 else two))
    # keep each word's single best partner, so one typo cannot glue three words together
    best: dict[str, tuple[str, str, float]] = {}
    used: set[str] = set()
    for wa, wb, sim in sorted(out, key=lambda x: -x[2]):
        if wa not in best and wb not in used:
            best[wa] = (wa, wb, sim)
            used.add(wb)
    return list(best.values())


def idf(
    left: list[list[Token]], right: list[list[Token]], lids: dict[str, int], rids: dict[str, int], n_tok: int
) -> np.ndarray:
    """Smoothed inverse document frequency per token id, over the sentences of both sides.

    ``log((n + 1) / (df + 1)) + 1``: a token in every sentence still weighs 1, one in a
    single sentence of a news pair about 4.
    """
    df = np.zeros(n_tok, dtype=np.float64)
    for toks, ids in ((left, lids), (right, rids)):
        flat = np.fromiter((ids[k] for ts in toks for k, _ in ts), dtype=np.int64)
        df += np.bincount(flat, minlength=n_tok)
    n = len(left) + len(right)
    return np.log((n + 1) / (df + 1)) + 1.0


def topic_discount(
    left: list[list[Token]],
    right: list[list[Token]],
    lids: dict[str, int],
    rids: dict[str, int],
    n_tok: int,
    settings: Settings,
) -> np.ndarray:
    """A factor per token id: ``topic_weight`` for a word of the story's topic, else 1.

    A word of the topic is in at least ``topic_share_min`` of the sentences of *each* side
    (the protagonist's name, "national emergency" in a story about one): it says "same
    story", not "same fact", yet its name weight and a pooled IDF still let it carry a
    weak pair.  Counted once per sentence; both sides must use it that often, and in
    ``topic_sentences_min`` sentences at least (in two sentences of one each, every shared word
    would be a topic word).
    """
    topic = np.ones(n_tok, dtype=bool)
    for toks, ids in ((left, lids), (right, rids)):
        flat = np.fromiter((ids[k] for ts in toks for k in {k for k, _ in ts}), dtype=np.int64)
        count = np.bincount(flat, minlength=n_tok)
        topic &= (count >= settings.topic_share_min * len(toks)) & (count >= settings.topic_sentences_min)
    return np.where(topic, settings.topic_weight, 1.0)
