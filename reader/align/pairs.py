"""Pairs and links: what the aligner returns, and how pairs gather into links."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(slots=True)
class Pair:
    """One chosen pair: left and right sentence index, and its cosine (at most 1; 0 for a pair
    filled into a gap, see ``select``)."""

    left: int
    right: int
    score: float


def group(pairs: Sequence[Pair]) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """Gather pairs into links without inventing pairs.

    A sentence linked to several partners that have no other partner becomes one
    one-to-many link; pairs inside a many-to-many tangle stay separate links, so that the
    cross product of every link is exactly the set of chosen pairs.
    """
    by_left: dict[int, list[Pair]] = defaultdict(list)
    by_right: dict[int, list[Pair]] = defaultdict(list)
    for p in pairs:
        by_left[p.left].append(p)
        by_right[p.right].append(p)
    used: set[tuple[int, int]] = set()
    links: list[tuple[tuple[int, ...], tuple[int, ...], float]] = []
    for r, ps in by_right.items():  # many left -> one right
        if len(ps) > 1 and all(len(by_left[p.left]) == 1 for p in ps):
            links.append((tuple(sorted(p.left for p in ps)), (r,), max(p.score for p in ps)))
            used.update((p.left, p.right) for p in ps)
    for l, ps in by_left.items():  # one left -> many right
        rest = [p for p in ps if (p.left, p.right) not in used]
        if len(rest) > 1 and all(len(by_right[p.right]) == 1 for p in rest):
            links.append(((l,), tuple(sorted(p.right for p in rest)), max(p.score for p in rest)))
            used.update((p.left, p.right) for p in rest)
    for p in pairs:
        if (p.left, p.right) not in used:
            links.append(((p.left,), (p.right,), p.score))
    links.sort(key=lambda x: (min(x[0]), min(x[1])))
    return links
