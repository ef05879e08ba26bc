"""The order chain: for a text rewritten in order with many splits and merges.

A plain-language rewrite splits one sentence into three and drops others, so the offset
between partners drifts and offset support sees no order; but the sentences still come
in the same order.  There the heaviest order-keeping chain of weak pairs is the
alignment: a pair's position vouches for the words the rewrite changed.  Whether a text
is such a rewrite is measured (the chain must gain far more than in shuffled order), not
assumed.
"""

from __future__ import annotations

import functools

import numpy as np

from reader.align.score import Scores
from reader.align.settings import Settings

# Shuffles of up to this many sentences are remembered: a shuffle depends on its seed and the
# length alone, and news pairs keep meeting the same lengths (at most 256 x 32 KB kept)
_REMEMBERED_LENGTH_MAX = 4096


def _shuffle(seed: int, n: int) -> np.ndarray:
    """The permutation of ``n`` drawn from ``seed`` (one generator made per seed and length)."""
    return _remembered_shuffle(seed, n) if n <= _REMEMBERED_LENGTH_MAX else _draw(seed, n)


def _draw(seed: int, n: int) -> np.ndarray:
    return np.random.default_rng(seed).permutation(n)


@functools.lru_cache(maxsize=256)
def _remembered_shuffle(seed: int, n: int) -> np.ndarray:
    perm = _draw(seed, n)
    perm.flags.writeable = False  # shared by every caller
    return perm


def heaviest_chain(li: np.ndarray, ri: np.ndarray, gain: np.ndarray, n_right: int) -> tuple[float, list[int]]:
    """The order-keeping chain of pairs with the largest total gain: (gain, pair indexes).

    Order-keeping means weakly increasing on both sides, so one sentence may link to
    several neighbours of the other side (a split or a merge) but never cross a link.
    Only pairs with positive gain take part.  Pairs are visited by (left, right), and a
    Fenwick tree over the right index gives the best chain ending at or before each
    right sentence: O(k log n) for k pairs.
    """
    idx = np.flatnonzero(gain > 0)
    idx = idx[np.lexsort((ri[idx], li[idx]))]
    tree = [0.0] * (n_right + 1)
    tree_at = [-1] * (n_right + 1)
    back: dict[int, int] = {}
    top, top_at = 0.0, -1
    for k, r, g in zip(idx.tolist(), (ri[idx] + 1).tolist(), gain[idx].tolist(), strict=True):
        best, at, x = 0.0, -1, r
        while x > 0:
            if tree[x] > best:
                best, at = tree[x], tree_at[x]
            x -= x & -x
        total = best + g
        back[k] = at
        if total > top:
            top, top_at = total, k
        x = r
        while x <= n_right:
            if total > tree[x]:
                tree[x], tree_at[x] = total, k
            x += x & -x
    out = []
    while top_at != -1:
        out.append(top_at)
        top_at = back[top_at]
    return top, out[::-1]


def chain_gain(li: np.ndarray, ri: np.ndarray, gain: np.ndarray, n_right: int) -> float:
    """The gain of :func:`heaviest_chain`, without the chain: the same pairs in the same order,
    the same sums and comparisons, so the same number; for the shuffles, which need no chain.
    """
    idx = np.flatnonzero(gain > 0)
    idx = idx[np.lexsort((ri[idx], li[idx]))]
    tree = [0.0] * (n_right + 1)
    top = 0.0
    for r, g in zip((ri[idx] + 1).tolist(), gain[idx].tolist(), strict=True):
        best, x = 0.0, r
        while x > 0:
            if tree[x] > best:
                best = tree[x]
            x -= x & -x
        total = best + g
        if total > top:
            top = total
        x = r
        while x <= n_right:
            if total > tree[x]:
                tree[x] = total
            x += x & -x
    return top


def drifting_chain(scores: Scores, n_left: int, n_right: int, settings: Settings) -> list[int] | None:
    """The chain of a text rewritten in order whose offset drifts, or None if it is not one.

    The test: the heaviest order-keeping chain over weak pairs (raw cosine above
    ``chain_cosine_min``) must hold ``chain_anchors_min`` pairs that clear the link
    threshold, and gain ``chain_gain_ratio_min`` times more than the same pairs give with
    the right side in a random order (the mean of ``chain_shuffles`` fixed shuffles), and stand
    ``chain_sigma_min`` standard deviations above them.
    """
    li, ri = scores.li, scores.ri
    gain = scores.raw - settings.chain_cosine_min
    if settings.chain_cosine_min <= 0 or np.count_nonzero(gain > 0) > settings.chain_candidates_max:
        return None
    total, chain = heaviest_chain(li, ri, gain, n_right)
    if np.count_nonzero(scores.cos[chain] >= settings.link_cosine_min) < settings.chain_anchors_min:
        return None  # too few confident pairs to anchor it: the order may be chance
    # fixed seeds (the same texts always align the same way), and as many shuffles of the
    # left side as of the right, each drawn from a seed and the side's length: swapping the
    # two texts swaps the shuffles, so the test says the same both ways
    shuffled = []
    for i in range((settings.chain_shuffles + 1) // 2):
        perm_r = _shuffle(i, n_right)
        perm_l = _shuffle(i, n_left)
        shuffled.append(chain_gain(li, perm_r[ri], gain, n_right))
        shuffled.append(chain_gain(perm_l[li], ri, gain, n_right))
    mean, spread = float(np.mean(shuffled)), float(np.std(shuffled))
    if total < settings.chain_gain_ratio_min * mean:
        return None
    if total < mean + settings.chain_sigma_min * spread:
        return None  # order as in two articles about one event: within reach of chance
    return chain


def with_chain(scores: Scores, chain: list[int], chosen: set[int], settings: Settings) -> set[int]:
    """The chain plus the confident links off it; a weak chain pair gives way to those.

    A rewrite in order still moves a sentence now and then: such a link is confident
    (``strong_cosine_min``) but off the chain.  It stays, and a chain pair that shares a
    sentence with it stays only if it clears the plain link threshold.
    """
    on = set(chain)
    off = {k for k in chosen - on if scores.cos[k] >= settings.strong_cosine_min}
    taken_l = {int(scores.li[k]) for k in off}
    taken_r = {int(scores.ri[k]) for k in off}
    weak = {
        k
        for k in on
        if scores.cos[k] < settings.link_cosine_min
        and (int(scores.li[k]) in taken_l or int(scores.ri[k]) in taken_r)
    }
    return (on - weak) | off
