"""What one article states, indexed once for pairing its facts with the other article's
(:func:`reader.facts.pairing.cross_conflicts`): the values of each group of facts and the
sums of two counts of one thing in one sentence; and two figures two sentences both state."""

from __future__ import annotations

from collections.abc import Sequence

from reader.facts.pairing_items import _Item
from reader.facts.values import amount


class Told:
    """What one article states, indexed once: the values of each group of facts, and the
    sums of two numbers of one thing that stand in one sentence ("nine ... and eight
    felonies"), with what they count."""

    def __init__(self, items: Sequence[_Item]) -> None:
        self.values: dict[str, set[object]] = {}
        self.sums: dict[float, set[str]] = {}
        by_sentence: dict[int, list[_Item]] = {}
        for it in items:
            self.values.setdefault(it.group, set()).add(it.fact.value)
            if it.group == "number" and isinstance(it.fact.value, float):
                by_sentence.setdefault(it.sid, []).append(it)
        for its in by_sentence.values():
            for i, x in enumerate(its):
                for y in its[i + 1 :]:
                    # two counts of two things ("four villages ... and three people") add
                    # up to nothing the article tells
                    if not x.what.isdisjoint(y.what):
                        total = float(amount(x.fact)) + float(amount(y.fact))
                        self.sums.setdefault(total, set()).update(x.what & y.what)

    def states(self, a: _Item) -> bool:
        """Does this article state ``a``'s value for a fact of its kind anywhere, or as the
        sum of two counts of what ``a`` counts in one sentence?  Then ``a`` is told, not
        contradicted."""
        v = a.fact.value
        if v in self.values.get(a.group, ()):
            return True
        return a.group == "number" and isinstance(v, float) and not self.sums.get(v, set()).isdisjoint(a.what)


def both_ways(
    a: _Item,
    b: _Item,
    left: dict[int, frozenset[tuple[str, object]]],
    right: dict[int, frozenset[tuple[str, object]]],
) -> bool:
    """Does ``a``'s sentence state ``b``'s value too, and ``b``'s sentence ``a``'s (``left``
    and ``right``: each sentence's (kind, value) pairs): two figures each sentence tells, in
    another order ("214 structures had been destroyed and 67 damaged" / "Sixty-seven structures
    have been damaged and 214 destroyed"), not one figure told two ways?"""
    ka, kb = a.fact.kind, b.fact.kind
    return (ka, b.fact.value) in left.get(a.sid, ()) and (kb, a.fact.value) in right.get(b.sid, ())
