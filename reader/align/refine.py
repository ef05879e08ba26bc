"""Clause windows: rescore a short sentence against the best run of clauses of a long one.

A run-on sentence (two sentences with a lost full stop) or a long sentence that merges
several facts dilutes the cosine of its true partner; comparing the short sentence with
each run of clauses of the long one recovers it.  Python-level, so the caller uses it only
for inputs whose candidate list is small (news articles, not books).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from reader.align.settings import Settings
from reader.align.tokens import Tokenize

# where a clause window may start or end: a run of marks, a dash between spaces, or the space
# before a clause-opening word; that is
#     [,;:()\[\]"“”–—]+|\s-\s|\s(?=(?:and|but|while|which|who|according)\s)
# written to open with one character of a set, which the regex engine scans for before it tries
# a match (an alternation opening with \s is tried at every character): the same cuts, in 40% of
# the time
_CLAUSE = re.compile(
    r'[,;:()\[\]"“”–—\s](?:(?<=[,;:()\[\]"“”–—])[,;:()\[\]"“”–—]*'
    r"|(?<=\s)(?:-\s|(?=(?:and|but|while|which|who|according)\s)))"
)

Vector = dict[int, float]  # token id -> idf * token weight * spelling penalty


class _Vectors:
    """Token vectors of whole sentences and of their clause windows, both sides, each made once."""

    def __init__(
        self,
        texts: tuple[Sequence[str], Sequence[str]],
        ids: tuple[dict[str, int], dict[str, int]],
        weight: np.ndarray,
        settings: Settings,
        tokenize: Tokenize,
    ) -> None:
        self.texts, self.ids, self.settings = texts, ids, settings
        # Python floats, not numpy scalars: the same products and sums, several times faster
        self.weight: list[float] = weight.tolist()
        self.tokenize = tokenize
        self.cache: dict[tuple[int, int], Vector] = {}
        self.norms: dict[tuple[int, int], float] = {}
        self.window_cache: dict[tuple[int, int, int], list[tuple[Vector, float]]] = {}
        # per long sentence: its clause vectors, and for each first clause the runs from it
        # (merged vector, sum of squares), made as far as some window size asked
        self.runs: dict[tuple[int, int], tuple[list[Vector], list[list[tuple[Vector, float]]]]] = {}

    def vector(self, text: str, ids: dict[str, int]) -> Vector:
        weight = self.weight
        out: Vector = {}
        for k, w in self.tokenize(text, ()):
            i = ids.get(k)
            if i is not None:
                out[i] = weight[i] * w
        return out

    def whole(self, side: int, idx: int) -> Vector:
        key = (side, idx)
        if key not in self.cache:
            vec = self.cache[key] = self.vector(self.texts[side][idx], self.ids[side])
            self.norms[key] = _norm(vec)
        return self.cache[key]

    def sizes(self, side: int, idx: np.ndarray) -> np.ndarray:
        """The number of tokens of each sentence ``idx`` of one side (its vector made once)."""
        sizes = {i: len(self.whole(side, i)) for i in np.unique(idx).tolist()}
        return np.array([sizes[i] for i in idx.tolist()], dtype=np.int64)

    def _runs(self, side: int, idx: int) -> tuple[list[Vector], list[list[tuple[Vector, float]]]]:
        hit = self.runs.get((side, idx))
        if hit is None:  # the clauses and their runs do not depend on the window size
            clauses = [c for c in _CLAUSE.split(self.texts[side][idx]) if c and c.strip()]
            vecs = [self.vector(c, self.ids[side]) for c in clauses]
            hit = self.runs[(side, idx)] = (vecs, [[] for _ in vecs])
        return hit

    def windows(self, side: int, idx: int, size: int) -> list[tuple[Vector, float]]:
        """Runs of consecutive clauses holding from ``size // refine_window_part_min`` tokens
        up to ``refine_window_growth_max * size`` (the first run past it is the last), with
        their norms; at most ``refine_windows_max`` of them (the first ones)."""
        key = (side, idx, size)
        hit = self.window_cache.get(key)
        if hit is not None:
            return hit
        vecs, rows = self._runs(side, idx)
        smallest = size // self.settings.refine_window_part_min
        largest = self.settings.refine_window_growth_max * size
        cap = self.settings.refine_windows_max
        out: list[tuple[Vector, float]] = []
        for a in range(len(vecs)):
            row = rows[a]
            for b in range(a, len(vecs)):
                if b - a == len(row):
                    row.append(_grow(row[-1] if row else None, vecs[b]))
                acc, sq = row[b - a]
                if len(acc) >= smallest:
                    out.append((acc, sq**0.5))
                if len(acc) >= largest:
                    break
            if len(out) >= cap:
                break
        self.window_cache[key] = out
        return out


def _grow(last: tuple[Vector, float] | None, vec: Vector) -> tuple[Vector, float]:
    """The run ``last`` (vector, sum of squares) with one more clause ``vec``; the sum is
    kept in the merged vector's order, as :func:`_norm` adds it."""
    acc, sq = last if last is not None else ({}, 0.0)
    replaced = False
    for k, v in vec.items():
        old = acc.get(k)
        if old is None:
            sq += v * v
        elif old != v:
            replaced = True
    acc = {**acc, **vec}
    if replaced:
        sq = _square_sum(acc)  # a value replaced: sum all again, in order
    return acc, sq


def _square_sum(x: Vector) -> float:
    return sum([v * v for v in x.values()])


def _norm(x: Vector) -> float:
    return _square_sum(x) ** 0.5


def refine_windows(
    li: np.ndarray,
    ri: np.ndarray,
    cos: np.ndarray,
    texts: tuple[Sequence[str], Sequence[str]],
    ids: tuple[dict[str, int], dict[str, int]],
    weight: np.ndarray,
    settings: Settings,
    tokenize: Tokenize,
) -> np.ndarray:
    """``cos`` with pairs of a short and a much longer sentence rescored by the best window.

    A pair qualifies when both sentences have ``refine_tokens_min`` tokens and the long
    one has ``refine_long_tokens_min`` and ``refine_length_ratio_min`` times the short
    one's; its score becomes the better of its cosine and ``refine_window_weight`` times
    the best window's.  ``weight`` is the weight per token id (idf * spelling penalty), and
    ``tokenize`` the tokenizer of the sentences (:func:`reader.align.tokens.tokenizer`).

    Bounded work: a long sentence is windowed against its ``refine_partners_max`` best
    candidates only, into at most ``refine_windows_max`` windows; and a pair is skipped when
    even a window made of exactly the shared tokens could not beat its score (the window's
    cosine is at most the norm of the short sentence's shared tokens over its whole norm).
    """
    vectors = _Vectors(texts, ids, weight, settings, tokenize)
    s = settings
    out = cos.copy()
    # a long sentence's partners, best first: only the first refine_partners_max are windowed;
    # the pairs of a short and a much longer sentence are found on all pairs at once
    la, lb = vectors.sizes(0, li), vectors.sizes(1, ri)
    left_long = (la >= s.refine_length_ratio_min * lb) & (la >= s.refine_long_tokens_min)
    right_long = (lb >= s.refine_length_ratio_min * la) & (lb >= s.refine_long_tokens_min)
    # a window of a few words against a short sentence is noise
    fit = (np.minimum(la, lb) >= s.refine_tokens_min) & (left_long | right_long)
    order = np.argsort(-cos, kind="stable")
    tried: dict[tuple[int, int], int] = {}
    # Python numbers for the loop (numpy's scalars are slow one by one): the same float64 values
    lis, ris, lefts, scores = li.tolist(), ri.tolist(), left_long.tolist(), out.tolist()
    for k in order[fit[order]].tolist():
        a, b = lis[k], ris[k]
        if lefts[k]:
            short_key, long_side, long_idx = (1, b), 0, a
        else:
            short_key, long_side, long_idx = (0, a), 1, b
        short = vectors.whole(*short_key)
        n = tried.get((long_side, long_idx), 0)
        if n >= s.refine_partners_max:
            continue
        tried[(long_side, long_idx)] = n + 1
        long_vec = vectors.whole(long_side, long_idx)
        shared = (sum(v * v for t, v in short.items() if t in long_vec)) ** 0.5
        short_norm = vectors.norms[short_key]
        if not short_norm or s.refine_window_weight * shared / short_norm <= scores[k]:
            continue  # no window can beat the whole sentence
        best = _best_window(short, short_norm, vectors.windows(long_side, long_idx, len(short)))
        scores[k] = max(scores[k], s.refine_window_weight * best)
    return np.array(scores, dtype=cos.dtype)


def _best_window(short: Vector, short_norm: float, windows: list[tuple[Vector, float]]) -> float:
    """The best cosine of ``short`` with a window (0 when none has a norm).

    A dot product walks the shorter of its two vectors (``short`` on a tie) and adds its
    terms in that vector's order: one loop here, for every window of one long sentence."""
    best = 0.0
    size = len(short)
    items = list(short.items())
    for w, w_norm in windows:
        if w_norm:
            if size > len(w):
                dot = sum([v * short[t] for t, v in w.items() if t in short])
            else:
                dot = sum([v * w[t] for t, v in items if t in w])
            best = max(best, dot / (short_norm * w_norm))
    return best
