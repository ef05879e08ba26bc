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


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


def identical_pairs(left: Sequence[str], right: Sequence[str]) -> list[Pair]:
    """Sentences identical on both sides (case and spacing aside), paired one to one in order.

    The k-th occurrence of a sentence on the left pairs with its k-th occurrence on the right:
    a text compared with itself links every sentence to itself, and 20,000 copies of one
    sentence align one to one instead of proposing 20,000 x 20,000 candidates (which the
    candidate budget refuses, leaving them all unlinked).  Symmetric: swapping the sides swaps
    the pairs.  Empty texts are not sentences.
    """
    where: dict[str, list[int]] = defaultdict(list)
    for i, t in enumerate(left):
        key = _normal(t)
        if key:
            where[key].append(i)
    out: list[Pair] = []
    seen: dict[str, int] = defaultdict(int)
    for j, t in enumerate(right):
        key = _normal(t)
        lefts = where.get(key)
        if lefts and seen[key] < len(lefts):
            out.append(Pair(lefts[seen[key]], j, 1.0))
            seen[key] += 1
    out.sort(key=lambda p: (p.left, p.right))
    return out


def with_identical(pairs: Sequence[Pair], identical: Sequence[Pair]) -> list[Pair]:
    """``pairs`` with every identical pair in, and no other pair of a sentence that has one.

    A sentence with an identical partner tells that partner's fact, word for word; another
    partner chosen by score is a neighbour or a repeat elsewhere.
    """
    if not identical:
        return list(pairs)
    taken_l = {p.left for p in identical}
    taken_r = {p.right for p in identical}
    rest = [p for p in pairs if p.left not in taken_l and p.right not in taken_r]
    return sorted([*rest, *identical], key=lambda p: (p.left, p.right))


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
