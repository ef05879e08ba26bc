"""The meaning signal of candidate pairs (two English articles, with the optional word model):
each pair's embedding cosine and ranks (:func:`meaning_signal`), and the soft word alignment
and clause similarity, made only when a rule asks (:class:`Words`).  Read by
:mod:`reader.align.select`'s rules for texts not in order.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from reader.align.clauses import clause_closest, clause_similarity, pair_bound
from reader.align.meaning import similarity
from reader.align.score import Scores
from reader.align.settings import Settings
from reader.align.soft import soft_f1

# Two computations of one cosine of unit vectors of 256 float32 (products added in another
# order) differ by far less than this: a bound this much below a bar cannot reach it
_ROUNDING = 1e-4


class Words:
    """The soft word alignment (:mod:`reader.align.soft`) and the clause similarity
    (:func:`reader.align.clauses.clause_similarity`) of the candidate pairs, each made the first
    time a rule can use it: they cost 8-13 and 5-9 ms a news pair, and only serve pairs of two
    sentences left unlinked (the rescues of :mod:`reader.align.select`), which a pair often
    lacks (no pair passes the clause rescue's cheap tests in 4 of the 13 development pairs)."""

    def __init__(self, scores: Scores, matrix: np.ndarray, settings: Settings) -> None:
        self.scores, self.matrix, self.settings = scores, matrix, settings
        self._soft: tuple[np.ndarray, np.ndarray] | None = None
        self._clauses: tuple[np.ndarray, np.ndarray] | None = None

    def soft(self) -> tuple[np.ndarray, np.ndarray]:
        """Whether each sentence of a pair is the other's best by soft F1, from ``soft_rescue_min``;
        and the soft F1 itself (0 without the word model)."""
        if self._soft is None:
            texts, li, ri = self.scores.texts, self.scores.li, self.scores.ri
            assert texts is not None  # the meaning signal is only made with the texts
            soft = np.zeros(li.size, dtype=bool)
            values = np.zeros(li.size, dtype=np.float64)
            words = soft_f1(texts[0], texts[1])
            if words is not None:
                values = words[li, ri].astype(np.float64)
                best = (words.argmax(axis=1)[li] == ri) & (words.argmax(axis=0)[ri] == li)
                soft = best & (values >= self.settings.soft_rescue_min)
            self._soft = (soft, values)
        return self._soft

    def may_clause(self, could: np.ndarray) -> bool:
        """Whether a pair of ``could`` may reach the clause rescue's bars: a clause similarity of
        ``clause_rescue_meaning_min``, and one that is the closest for one of its sentences, so at
        least the lower of their closest whole-sentence cosines (closest for either one).  Tested
        on a bound of each pair (:func:`reader.align.clauses.pair_bound`), a few sentences
        instead of every clause run."""
        texts, li, ri, matrix = self.scores.texts, self.scores.li, self.scores.ri, self.matrix
        assert texts is not None
        for k in np.flatnonzero(could).tolist():
            a, b = int(li[k]), int(ri[k])
            bar = max(self.settings.clause_rescue_meaning_min, min(matrix[a].max(), matrix[:, b].max()))
            if pair_bound(texts[0][a], texts[1][b], float(matrix[a, b]), self.settings) + _ROUNDING >= bar:
                return True
        return False

    def clauses(self) -> tuple[np.ndarray, np.ndarray]:
        """The clause similarity of each pair, and whether one of its sentences is the other's
        closest by it (:func:`reader.align.clauses.clause_closest`)."""
        if self._clauses is None:
            texts, li, ri = self.scores.texts, self.scores.li, self.scores.ri
            assert texts is not None
            clauses = clause_similarity(texts[0], texts[1], self.matrix, self.settings)
            self._clauses = (clauses[li, ri].astype(np.float64), clause_closest(clauses, li, ri))
        return self._clauses


class Meaning(NamedTuple):
    """The meaning signal per candidate pair (:func:`meaning_signal`)."""

    sim: np.ndarray
    """Embedding cosine."""
    far: np.ndarray
    """Neither sentence counts the other among its ``meaning_rank_max`` closest in meaning."""
    rank: np.ndarray
    """How many partners the sentence of the pair that ranks the other higher finds closer in meaning
    (0: one of them is the other's closest)."""
    rank_both: np.ndarray
    """... and the sentence that ranks the other lower (0: each is the other's closest)."""
    mutual: np.ndarray
    """Each sentence is the other's closest in meaning."""
    words: Words | None = None
    """The soft word alignment and the clause similarity, made when asked (None: never asked)."""


def meaning_signal(scores: Scores, n_sentences: int, settings: Settings) -> Meaning | None:
    """The meaning signal of each candidate pair; None when it is off, the texts are long or not
    English, or the model is not installed."""
    if (
        settings.meaning_weight <= 0
        and settings.meaning_rank_max <= 0
        and settings.thin_meaning_rank_max <= 0
        and settings.rescue_meaning_min > 1
        and settings.soft_rescue_min > 1
        and settings.clause_rescue_soft_min > 1
    ):
        return None
    if scores.texts is None or n_sentences > settings.meaning_sentences_max:
        return None
    matrix = similarity(scores.texts[0], scores.texts[1], settings)
    if matrix is None:
        return None
    li, ri = scores.li, scores.ri
    sim = matrix[li, ri]
    far = np.zeros(sim.size, dtype=bool)
    rank = np.zeros(sim.size, dtype=np.int64)
    rank_both = np.zeros(sim.size, dtype=np.int64)
    if settings.meaning_rank_max > 0 or settings.thin_meaning_rank_max > 0:
        # how many partners each sentence of the pair finds closer in meaning than this one
        # (the thin-evidence rule asks the ranks even when the rank gate is off)
        closer_l = (matrix[li] > sim[:, None]).sum(axis=1)
        closer_r = (sim[:, None] < matrix[:, ri].T).sum(axis=1)
        rank, rank_both = np.minimum(closer_l, closer_r), np.maximum(closer_l, closer_r)
        if settings.meaning_rank_max > 0:
            far = rank >= settings.meaning_rank_max
    mutual = (matrix.argmax(axis=1)[li] == ri) & (matrix.argmax(axis=0)[ri] == li)
    return Meaning(sim.astype(np.float64), far, rank, rank_both, mutual, Words(scores, matrix, settings))
