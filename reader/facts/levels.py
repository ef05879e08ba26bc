"""The level a figure reached and the level it came from, swapped: "January's figure was revised
down to 143,000 from 171,000" / "January's number was revised up to 171,000 from an initially
reported 143,000"; "The unemployment rate fell to 4.0% from 4.2%" / "The jobless rate dropped to
4.2 percent from 4.0 percent".

Both sentences state both figures, so no figure is unexplained and the quantity rules see
nothing; what changed is which figure is the new level ("to", or the figure right before "up
from" / "down from": "costs of $1.70 per pound, up from $1.85") and which the old ("from").  Each
sentence must hold exactly one figure after "to" and one after "from" (a few words between at
most: "from an initially reported 143,000"), of one kind, two different values; the other side's
"to" figure is this side's "from" figure and the other way round.  The same two figures in the
same places, in another order ("eased to 2.1% from 2.6%" / "eased from 2.6% to 2.1%"), are one
move told twice.
"""

from __future__ import annotations

import re

from reader.facts.compare_numbers import QUANTITY_LABELS
from reader.facts.figure_swaps import SWAPPED
from reader.facts.values import amount
from reader.model import Difference, Fact

_LEVEL_KINDS = frozenset({"number", "money", "percent"})
# "to" or "from" right before a figure, a few words between at most ("from an initially reported")
_BEFORE = re.compile(r"\b(to|from)\s+(?:[A-Za-z-]+\s+){0,3}$", re.IGNORECASE)
_REACH = 40  # characters before a figure where its "to" or "from" may stand
_FIGURES = re.compile(r"[$£€]?\d[\d.,]*%?")


def _levels(facts: list[Fact], text: str) -> tuple[Fact, Fact] | None:
    """The one figure after "to" and the one after "from" of a sentence, of one kind; else None."""
    to: list[Fact] = []
    frm: list[Fact] = []
    for f in facts:
        if f.kind not in _LEVEL_KINDS:
            continue
        if f.text.lower().startswith("up to "):  # ("revised up to 171,000": the bound's words are the fact's)
            to.append(f)
            continue
        m = _BEFORE.search(text, max(0, f.start - _REACH), f.start)
        if (
            m is None
            and _AGAINST.search(text, max(0, f.start - _REACH), f.start)
            and _EARLIER.match(text, f.end)
        ):
            frm.append(f)  # "at 8.3%, against 9.1% a year earlier": the old level (ut177)
            continue
        if m is None or any(c.isdigit() for c in text[m.end() : f.start]):
            continue
        (to if m.group(1).lower() == "to" else frm).append(f)
    if not to and len(frm) == 1:
        to = _level_before(facts, text, frm[0])
    if len(to) != 1 or len(frm) != 1 or to[0].kind != frm[0].kind:
        return None
    return to[0], frm[0]


# "up from" / "down from" before the old level: the figure just before it is the new one ("costs of
# $1.70 per pound, up from $1.85": no "to" before it)
_UP_FROM = re.compile(
    r"\b(?:(?:up|down)\s+from|against|compared\s+with)\s+(?:[A-Za-z-]+\s+){0,3}$", re.IGNORECASE
)
# ... and a figure "against" or "compared with" is the old level when a time before follows it
_AGAINST = re.compile(r"\b(?:against|compared\s+with)\s+$", re.IGNORECASE)
_EARLIER = re.compile(
    r"\s+(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+year|in\s+the\s+same\s+(?:period|quarter))"
)


def _level_before(facts: list[Fact], text: str, old: Fact) -> list[Fact]:
    """The figure of ``old``'s kind right before "up from" / "down from" ``old`` in its clause."""
    if _UP_FROM.search(text, max(0, old.start - _REACH), old.start) is None:
        return []
    before = [f for f in facts if f.kind == old.kind and f.end <= old.start and old.start - f.end <= _REACH]
    return before[-1:] if before and not re.search(r"[;.]", text[before[-1].end : old.start]) else []


def _value(f: Fact) -> float | None:
    try:
        return float(amount(f))
    except (TypeError, ValueError):
        return None


def roles_traded(a: tuple[Fact, Fact], b: tuple[Fact, Fact]) -> bool:
    """Are two pairs of figures (each in its two roles: the new level and the old, the figure
    chosen and the one passed over) the same two values of one kind, each in the other's role?"""
    if a[0].kind != b[0].kind:
        return False
    first_a, second_a, first_b, second_b = (_value(f) for f in (*a, *b))
    return (
        None not in (first_a, second_a) and first_a != second_a and (first_a, second_a) == (second_b, first_b)
    )


def levels_swapped(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """The new level and the old one swapped between the two sentences (the module's rule), as
    one difference of the "to" figures; else nothing."""
    a, b = _levels(left, left_text), _levels(right, right_text)
    if a is None or b is None or not roles_traded(a, b):
        return []
    if _FIGURES.sub("#", left_text) == _FIGURES.sub("#", right_text):
        return []  # "from $40 to $55" / "from $55 to $40", all else alike: a move turned round
    what = QUANTITY_LABELS.get(a[0].kind, a[0].kind)
    ta, tb = (f.text[6:] if f.text.lower().startswith("up to ") else f.text for f in (a[0], b[0]))
    note = f"{SWAPPED}: to {ta} from {a[1].text} vs to {tb} from {b[1].text}"
    return [Difference(what, a[0].text, b[0].text, note)]
