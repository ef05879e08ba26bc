"""The figure chosen and the one passed over, swapped: "set the interval at 6,000 flight cycles
instead of 4,500" / "set the interval at 4,500 flight cycles rather than 6,000", "a two-year
contract rather than a three-year deal" / "a three-year contract rather than a two-year deal".

Both sentences state both figures, so the quantity rules see nothing unexplained; what changed is
which one was chosen.  Each sentence must hold one "instead of" (or "rather than", "in place of")
with a figure of one kind right before it (in its clause, :data:`_REACH` characters at most) and
one right after it; the figure one side chose is the one the other passed over, and the other way
round.  (The same pair in the same roles written in another order, "rather than 4,500, at
6,000", is one choice told twice.)
"""

from __future__ import annotations

import re

from reader.facts.compare_numbers import QUANTITY_LABELS
from reader.facts.figure_swaps import SWAPPED
from reader.facts.levels import roles_traded
from reader.model import Difference, Fact

_KINDS = frozenset({"number", "money", "percent", "duration", "age"})
_INSTEAD = re.compile(r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\b", re.IGNORECASE)
_REACH = 40  # characters between a figure and the words of the choice
_CLAUSE_MARK = re.compile(r"[,;:()]")


def _choice(facts: list[Fact], text: str) -> tuple[Fact, Fact] | None:
    """The figure right before the one "instead of" of a sentence and the one right after it."""
    marks = list(_INSTEAD.finditer(text))
    if len(marks) != 1:
        return None
    m = marks[0]
    before = [f for f in facts if f.kind in _KINDS and m.start() - _REACH <= f.end <= m.start()]
    after = [f for f in facts if f.kind in _KINDS and m.end() <= f.start <= m.end() + _REACH]
    if not before or not after:
        return None
    chosen, passed = before[-1], after[0]
    if chosen.kind != passed.kind or _CLAUSE_MARK.search(text, chosen.end, passed.start):
        return None
    return chosen, passed


def choice_swapped(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """The chosen figure and the passed-over one swapped between the two sentences (the module's
    rule), as one difference of the chosen figures; else nothing."""
    if not (_INSTEAD.search(left_text) and _INSTEAD.search(right_text)):
        return []  # (the cheap question first)
    a, b = _choice(left, left_text), _choice(right, right_text)
    if a is None or b is None or not roles_traded(a, b):
        return []
    note = f"{SWAPPED}: {a[0].text} instead of {a[1].text} vs {b[0].text} instead of {b[1].text}"
    return [Difference(QUANTITY_LABELS.get(a[0].kind, a[0].kind), a[0].text, b[0].text, note)]
