"""Sparse candidates: which sentence pairs share enough rare words to be scored, in numpy.

Each side is a sentence-token incidence (parallel arrays sorted by token id).  Tokens
propose pairs rarest first, until the pairs they would generate pass a budget; the
commoner tokens do not propose, they only add to the dot products of pairs already
proposed.  So 31,000 x 31,000 verses never meet in Python, and "the" never makes a
billion pairs.  Pure numpy, no text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from reader.processes import in_parallel

if TYPE_CHECKING:  # only a type: this module works on arrays, not on text
    from reader.align.tokens import Token


@dataclass(slots=True)
class Sparse:
    """Sentence-token incidence of one side: parallel arrays sorted by token id."""

    sent: np.ndarray  # sentence index per entry
    tok: np.ndarray  # token id per entry
    weight: np.ndarray  # idf * token weight * spelling penalty, per entry
    norm: np.ndarray  # per sentence, sqrt(sum weight^2)


def incidence(toks: list[list[Token]], ids: dict[str, int], idf: np.ndarray, penalty: np.ndarray) -> Sparse:
    """The incidence of one side's tokens (filled from generators: no list of Python objects
    per entry, and a third faster than setting numpy's items one by one)."""
    n = sum(len(t) for t in toks)
    sent = np.fromiter((i for i, ts in enumerate(toks) for _ in ts), dtype=np.int32, count=n)
    tok = np.fromiter((ids[t[0]] for ts in toks for t in ts), dtype=np.int32, count=n)
    boost = np.fromiter((t[1] for ts in toks for t in ts), dtype=np.float64, count=n)
    weight = idf[tok] * boost * penalty[tok]
    order = np.argsort(tok, kind="stable")
    sent, tok, weight = sent[order], tok[order], weight[order]
    norm = np.sqrt(np.bincount(sent, weights=weight * weight, minlength=len(toks)))
    return Sparse(sent, tok, weight, norm)


def unique_sorted(x: np.ndarray) -> np.ndarray:
    """Sorted unique values; numpy 2's hash-based ``np.unique`` is several times slower
    on millions of int64 keys than a plain sort."""
    if x.size == 0:
        return x
    x = np.sort(x)
    return x[np.r_[True, x[1:] != x[:-1]]]


def isin_sorted(x: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """``np.isin`` for a sorted, unique ``sorted_keys``, by binary search."""
    if sorted_keys.size == 0:
        return np.zeros(x.size, dtype=bool)
    pos = np.minimum(np.searchsorted(sorted_keys, x), sorted_keys.size - 1)
    return sorted_keys[pos] == x


def candidates(
    L: Sparse, R: Sparse, n_tokens: int, n_right: int, budget: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Dot products of the sentence pairs worth scoring, and how many words they share.

    Tokens propose pairs in the order of the pairs each generates (its count on the left
    times its count on the right), fewest first, while the running total stays within
    ``budget``.  The tokens that did not propose only add to the dot products.
    Returns (keys = l * n_right + r, dot products, number of shared tokens).
    """
    cl = np.bincount(L.tok, minlength=n_tokens).astype(np.int64)
    cr = np.bincount(R.tok, minlength=n_tokens).astype(np.int64)
    cost = cl * cr
    order = np.argsort(cost, kind="stable")
    cum = np.cumsum(cost[order])
    proposing = np.zeros(n_tokens, dtype=bool)
    proposing[order[cum <= budget]] = True
    proposing &= cost > 0

    keys, dots = _cross(L, R, cl, cr, proposing, n_right)
    all_keys = unique_sorted(keys)
    if all_keys.size == 0:
        return all_keys, np.empty(0), np.empty(0, np.int64)
    pos = np.searchsorted(all_keys, keys)
    dot = np.bincount(pos, weights=dots, minlength=all_keys.size)
    shared = np.bincount(pos, minlength=all_keys.size)
    common = (~proposing) & (cost > 0)
    if common.any():
        add_dot, add_shared = _common_sums(L, R, common, all_keys, n_right)
        dot += add_dot
        shared += add_shared
    return all_keys, dot, shared


# From this many proposed pairs the common tokens' sums are made on two cores, half the
# pairs each (the whole Bible proposes 1.5 million, about 2 s on one core; a news pair a
# few thousand, where a fork would cost more than it saves)
_TWO_CORES_FROM_PAIRS = 300_000


def _common_sums(
    L: Sparse, R: Sparse, mask: np.ndarray, pairs: np.ndarray, n_right: int
) -> tuple[np.ndarray, np.ndarray]:
    """What the tokens in ``mask`` add to each of ``pairs`` (sorted, unique): dot product
    and shared tokens.  The sums of one pair never depend on another's, so the halves
    are independent; only the two small per-pair arrays come back from the child."""

    def sums(part: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        ck, cd = cross_restricted(L, R, mask, part, n_right)
        pos = np.searchsorted(part, ck)
        return np.bincount(pos, weights=cd, minlength=part.size), np.bincount(pos, minlength=part.size)

    if pairs.size < _TWO_CORES_FROM_PAIRS:
        return sums(pairs)
    half = pairs.size // 2
    (d1, s1), (d2, s2) = in_parallel(lambda: sums(pairs[:half]), lambda: sums(pairs[half:]))
    return np.concatenate([d1, d2]), np.concatenate([s1, s2])


def _cross(
    L: Sparse, R: Sparse, cl: np.ndarray, cr: np.ndarray, mask: np.ndarray, n_right: int
) -> tuple[np.ndarray, np.ndarray]:
    """All (left entry, right entry) combinations sharing a token in ``mask``, vectorised."""
    start_r = np.concatenate(([0], np.cumsum(cr)[:-1]))
    sel = mask[L.tok]
    ltok, lsent, lw = L.tok[sel], L.sent[sel], L.weight[sel]
    reps = cr[ltok]
    total = int(reps.sum())
    if total == 0:
        return np.empty(0, np.int64), np.empty(0)
    li = np.repeat(np.arange(ltok.size), reps)
    offs = np.arange(total) - np.repeat(np.cumsum(reps) - reps, reps)
    rj = start_r[ltok[li]] + offs
    keys = lsent[li].astype(np.int64) * n_right + R.sent[rj]
    return keys, lw[li] * R.weight[rj]


def cross_restricted(
    L: Sparse, R: Sparse, mask: np.ndarray, pairs: np.ndarray, n_right: int
) -> tuple[np.ndarray, np.ndarray]:
    """Contributions of common tokens, only for pairs already proposed.

    Done per proposed pair through token sets of both sentences, vectorised by merging
    sorted (pair, token) keys; cost grows with the number of candidate pairs times the
    common tokens per sentence, not with the square of their document frequency.
    """
    sel_l = mask[L.tok]
    sel_r = mask[R.tok]
    # per sentence: its common-token entries, grouped by sentence
    lo = np.argsort(L.sent[sel_l], kind="stable")
    l_sent, l_tok, l_w = L.sent[sel_l][lo], L.tok[sel_l][lo], L.weight[sel_l][lo]
    ro = np.argsort(R.sent[sel_r], kind="stable")
    r_sent, r_tok, r_w = R.sent[sel_r][ro], R.tok[sel_r][ro], R.weight[sel_r][ro]
    n_l = int(L.norm.size)
    l_start = np.searchsorted(l_sent, np.arange(n_l))
    l_count = np.bincount(l_sent, minlength=n_l)
    pl = pairs // n_right
    pr = pairs % n_right
    # expand each pair by its left sentence's common tokens
    reps = l_count[pl]
    total = int(reps.sum())
    if total == 0:
        return np.empty(0, np.int64), np.empty(0)
    pi = np.repeat(np.arange(pairs.size), reps)
    offs = np.arange(total) - np.repeat(np.cumsum(reps) - reps, reps)
    li = l_start[pl[pi]] + offs
    if r_sent.size == 0:
        return np.empty(0, np.int64), np.empty(0)
    # look each (right sentence, token) up in the right side's entries
    common = np.flatnonzero(mask)
    if n_right * common.size <= _TABLE_CELLS_PER_QUERY * total:
        pos_c = _lookup_table(r_sent, r_tok, common, mask.size, pr[pi], l_tok[li], n_right)
        hit = pos_c >= 0
    else:  # many common tokens and few pairs: a binary search per query is cheaper
        n_tok = int(max(L.tok.max(initial=0), R.tok.max(initial=0))) + 1
        r_key = r_sent.astype(np.int64) * n_tok + r_tok
        want = pr[pi].astype(np.int64) * n_tok + l_tok[li]
        pos_c = np.minimum(np.searchsorted(r_key, want), r_key.size - 1)
        hit = r_key[pos_c] == want
    return pairs[pi[hit]], l_w[li[hit]] * r_w[pos_c[hit]]


_TABLE_CELLS_PER_QUERY = 8  # a lookup table pays when it is not much larger than the queries
_TABLE_CHUNK = 4_000_000  # cells of the table built at a time (16 MB)


def _lookup_table(
    r_sent: np.ndarray,
    r_tok: np.ndarray,
    common: np.ndarray,
    n_tokens: int,
    q_sent: np.ndarray,
    q_tok: np.ndarray,
    n_right: int,
) -> np.ndarray:
    """Index of the right entry (sentence, token) for each query, or -1.

    A dense table (right sentence x common token) of entry indexes, built a block of
    sentences at a time: millions of random binary searches in a large sorted array
    miss the cache at every step, a table lookup misses once.
    """
    col = np.full(n_tokens, -1, dtype=np.int32)
    col[common] = np.arange(common.size, dtype=np.int32)
    n_col = max(1, common.size)
    q_col = col[q_tok]
    out = np.full(q_sent.size, -1, dtype=np.int32)
    rows = max(1, _TABLE_CHUNK // n_col)
    for r0 in range(0, n_right, rows):
        r1 = min(n_right, r0 + rows)
        table = np.full((r1 - r0, n_col), -1, dtype=np.int32)
        in_r = (r_sent >= r0) & (r_sent < r1)
        table[r_sent[in_r] - r0, col[r_tok[in_r]]] = np.flatnonzero(in_r)
        q = (q_sent >= r0) & (q_sent < r1)
        out[q] = table[q_sent[q] - r0, q_col[q]]
    return out


def best_per(primary: np.ndarray, score: np.ndarray, n: int, order: np.ndarray | None = None) -> np.ndarray:
    """Index (into the pair arrays) of the best-scoring pair per ``primary`` value, or -1.

    ``order`` sorts ``primary`` (None when it is sorted already, as the left indexes are);
    a group maximum by ``reduceat`` avoids sorting millions of scores.
    """
    idx = np.arange(primary.size) if order is None else order
    p = primary[idx]
    sc = score[idx]
    if p.size == 0:
        return np.full(n, -1, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, p[1:] != p[:-1]])
    gmax = np.maximum.reduceat(sc, starts)
    counts = np.diff(np.r_[starts, p.size])
    is_max = sc == np.repeat(gmax, counts)
    hits = np.flatnonzero(is_max)
    first = np.r_[True, p[hits][1:] != p[hits][:-1]]
    best = np.full(n, -1, dtype=np.int64)
    best[p[hits[first]]] = idx[hits[first]]
    return best


def mutual_best(li: np.ndarray, ri: np.ndarray, score: np.ndarray) -> np.ndarray:
    """Per pair: it is the best-scoring pair of its left sentence and of its right sentence."""
    if li.size == 0:
        return np.zeros(0, dtype=bool)
    k = np.arange(li.size)
    left = best_per(li, score, int(li.max()) + 1)
    right = best_per(ri, score, int(ri.max()) + 1, np.argsort(ri, kind="stable"))
    return (left[li] == k) & (right[ri] == k)


def best_of_each(
    li: np.ndarray, ri: np.ndarray, score: np.ndarray, ks: Iterable[int]
) -> tuple[dict[int, int], dict[int, int]]:
    """Among the pairs ``ks`` (indexes into the pair arrays, a few): the best-scoring pair of
    each left sentence and of each right sentence, the first of a tie."""
    best_l: dict[int, int] = {}
    best_r: dict[int, int] = {}
    for k in ks:
        a, b = int(li[k]), int(ri[k])
        if a not in best_l or score[k] > score[best_l[a]]:
            best_l[a] = k
        if b not in best_r or score[k] > score[best_r[b]]:
            best_r[b] = k
    return best_l, best_r
