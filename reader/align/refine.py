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

_CLAUSE = re.compile(r"[,;:()\[\]\"“”–—]+|\s-\s|\s(?=(?:and|but|while|which|who|according)\s)")

Vector = dict[int, float]  # token id -> idf * token weight * spelling penalty


class _Vectors:
    """Token vectors of whole sentences (cached) and of their clause windows, both sides."""

    def __init__(
        self,
        texts: tuple[Sequence[str], Sequence[str]],
        ids: tuple[dict[str, int], dict[str, int]],
        weight: np.ndarray,
        settings: Settings,
        tokenize: Tokenize,
    ) -> None:
        self.texts, self.ids, self.weight, self.settings = texts, ids, weight, settings
        self.tokenize = tokenize
        self.cache: dict[tuple[int, int], Vector] = {}

    def vector(self, text: str, ids: dict[str, int]) -> Vector:
        weight = self.weight
        return {ids[k]: weight[ids[k]] * w for k, w in self.tokenize(text, ()) if k in ids}

    def whole(self, side: int, idx: int) -> Vector:
        key = (side, idx)
        if key not in self.cache:
            self.cache[key] = self.vector(self.texts[side][idx], self.ids[side])
        return self.cache[key]

    def windows(self, side: int, idx: int, size: int) -> list[Vector]:
        """Runs of consecutive clauses holding from ``size // refine_window_part_min`` tokens
        up to ``refine_window_growth_max * size`` (the first run past it is the last)."""
        ids = self.ids[side]
        clauses = [c for c in _CLAUSE.split(self.texts[side][idx]) if c and c.strip()]
        vecs = [self.vector(c, ids) for c in clauses]
        smallest = size // self.settings.refine_window_part_min
        largest = self.settings.refine_window_growth_max * size
        out = []
        for a in range(len(vecs)):
            acc: Vector = {}
            for b in range(a, len(vecs)):
                acc = {**acc, **vecs[b]}
                if len(acc) >= smallest:
                    out.append(acc)
                if len(acc) >= largest:
                    break
        return out


def _cosine(x: Vector, y: Vector) -> float:
    dot = sum(v * y[k] for k, v in x.items() if k in y)
    nx = sum(v * v for v in x.values())
    ny = sum(v * v for v in y.values())
    return dot / ((nx * ny) ** 0.5) if nx and ny else 0.0


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
    """
    vectors = _Vectors(texts, ids, weight, settings, tokenize)
    s = settings
    out = cos.copy()
    for k in range(cos.size):
        a, b = int(li[k]), int(ri[k])
        va, vb = vectors.whole(0, a), vectors.whole(1, b)
        if min(len(va), len(vb)) < s.refine_tokens_min:
            continue  # a window of a few words against a short sentence is noise
        if len(va) >= s.refine_length_ratio_min * len(vb) and len(va) >= s.refine_long_tokens_min:
            short, long_side, long_idx = vb, 0, a
        elif len(vb) >= s.refine_length_ratio_min * len(va) and len(vb) >= s.refine_long_tokens_min:
            short, long_side, long_idx = va, 1, b
        else:
            continue
        windows = vectors.windows(long_side, long_idx, len(short))
        best = max((_cosine(short, w) for w in windows), default=0.0)
        out[k] = max(out[k], s.refine_window_weight * best)
    return out
