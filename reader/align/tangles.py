"""Tangles: each sentence's best partner, in both directions, and the cross-links that leaves undone.

Taking each sentence's best partner on both sides gives many-to-one and one-to-many links (a
merge, a split), but also a pair whose two sentences both have other partners: almost always a
repeated passage or a neighbour's words matched by accident, dropped weakest first
(:func:`untangle`).  One such pair stays: the best of both its sentences when it is the two
news articles' leads (the story's central fact, told twice) or when its sentences' other pairs
each hold a headline, as when each headline picked the other article's lead and the two leads'
own pair looked tangled (:func:`best_untangled`).
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from reader.align.score import Scores
from reader.align.sparse import best_per


def best_untangled(
    scores: Scores,
    score: np.ndarray,
    ok: np.ndarray,
    sizes: tuple[int, int],
    by_right: np.ndarray,
    every_mutual: bool = False,
    headlines: bool = True,
) -> set[int]:
    """Each sentence's best partner by ``score`` (in both directions) that passes ``ok``, its
    cross-links undone (:func:`untangle`) but for a pair the best of both its sentences: with
    ``every_mutual`` any such pair (two articles not in order: the other pairs of its sentences
    are the weaker claims), else the two leads' pair or one whose sentences' other pairs each hold a
    headline (a text in order: the headlines' picks of the other's lead, the leads' own pair the
    story's, ut321; asked only with ``headlines``: a book has none, and reading its first lines
    for one cost the Bible 0.7 s).  A plain-language rewrite has a headline too: there every
    mutual pair kept cost DEplain 0.0014 of F1, this rule nothing."""
    li, ri = scores.li, scores.ri
    best_l, best_r = best_per(li, score, sizes[0]), best_per(ri, score, sizes[1], by_right)
    chosen = {k for arr in (best_l, best_r) for k in arr[arr >= 0].tolist() if ok[k]}
    kept = untangle(li, ri, scores.eff, chosen)
    mutual = set(best_l[best_l >= 0].tolist()) & set(best_r[best_r >= 0].tolist()) & (chosen - kept)
    if every_mutual:
        return kept | mutual
    if not mutual or scores.evidence is None or not headlines:
        return kept
    (heads_l, _), (heads_r, _) = scores.evidence.headline(0), scores.evidence.headline(1)
    leads = (max(heads_l) + 1, max(heads_r) + 1) if heads_l and heads_r else (-1, -1)
    return kept | {
        k
        for k in mutual
        if (int(li[k]), int(ri[k])) == leads
        or all(
            int(li[j]) in heads_l or int(ri[j]) in heads_r
            for j in chosen
            if j != k and (li[j] == li[k] or ri[j] == ri[k])
        )
    }


def untangle(li: np.ndarray, ri: np.ndarray, eff: np.ndarray, chosen: set[int]) -> set[int]:
    """Drop cross-links: a pair whose two sentences are both linked elsewhere.

    A split gives one sentence several partners, a merge the other way round, but a pair
    whose *both* ends have other partners is almost always a repeated passage or a
    neighbour's words matched by accident.  Weakest first, so of a tangle the strongest
    links stay.
    """
    n_l: dict[int, int] = defaultdict(int)
    n_r: dict[int, int] = defaultdict(int)
    for k in chosen:
        n_l[int(li[k])] += 1
        n_r[int(ri[k])] += 1
    tangled = [k for k in chosen if n_l[int(li[k])] > 1 and n_r[int(ri[k])] > 1]
    keep = set(chosen)
    for k in sorted(tangled, key=lambda k: eff[k]):
        a, b = int(li[k]), int(ri[k])
        if n_l[a] > 1 and n_r[b] > 1:
            keep.discard(k)
            n_l[a] -= 1
            n_r[b] -= 1
    return keep
