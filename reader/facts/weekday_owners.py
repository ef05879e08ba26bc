"""Whose day a weekday is, when the two sides each name one weekday the other does not and the
words around them name no one act: one subject opening both sentences, or one figure written
beside both days, makes them the day of one thing (and two days of one thing conflict); a month
told right after one figure on both sides is that figure's month likewise."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.movers import direction
from reader.model import Fact

# a figure and a day written as one phrase, the figure first: "a 66 on Sunday", "2.4% on Monday"
_BESIDE_GAP_MAX = 4  # " on "
_MOVED_GAP_MAX = 32  # " in Frankfurt trading on ": a moved figure's place and its day
_FIGURE_BEFORE = re.compile(r"(\d[\d,.]*\s?%?)\s+(?:on\s+)?$")
# the kinds of a figure that can hold a day to one thing (not a name, a date, another day)
_FIGURES = frozenset(("number", "money", "percent", "duration", "ordinal", "age"))


def one_days_owner(
    a: Fact, b: Fact, left: list[Fact], right: list[Fact], lw: dict[str, Fact], rw: dict[str, Fact]
) -> bool:
    """Are the one weekday each side names that the other does not (``a``, ``b``; ``lw``, ``rw``:
    each side's weekdays by value) the day of one thing: :func:`_one_subject` or
    :func:`_one_figure_beside`?"""
    return _one_subject(left, right, lw, rw) or _one_figure_beside(a, b, left, right)


def _one_subject(left: list[Fact], right: list[Fact], lw: dict[str, Fact], rw: dict[str, Fact]) -> bool:
    """Do both sentences open on one name (its first words, or its last two: "American Dalia Okafor" /
    "Dalia Okafor", ut216), each with one weekday only ("Veltrix Semiconductor Corp reported ... on
    Wednesday" / "Veltrix Semiconductor posted ... on Thursday", ut186)?  One subject's one act."""
    if len(lw) != 1 or len(rw) != 1:
        return False
    a = next((f for f in left if f.kind == "name"), None)
    b = next((f for f in right if f.kind == "name"), None)
    if a is None or b is None or a.start != 0 or b.start != 0:
        return False
    wa, wb = a.text.lower().split(), b.text.lower().split()
    n = min(len(wa), len(wb))
    return n >= 2 and (wa[:n] == wb[:n] or wa[-2:] == wb[-2:])  # (two words: "Police" is anyone's)


def _one_figure_beside(a: Fact, b: Fact, left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Do both sides write one figure of one value right beside the days ``a`` and ``b`` ("shot
    a final-round 66 on Sunday" / "carding a closing 66 on Saturday", ut222)?  The day is then
    the figure's, one thing's on both sides."""

    def beside(f: Fact, d: Fact) -> bool:
        # (or a little further on when a verb moves the figure: "shares fell 14 percent in Paris
        # trading on Friday" / "shares dropped 14 percent in Paris on Monday", ut313)
        moved = any(direction(c) for c in f.context)
        return 0 <= d.start - f.end <= (_MOVED_GAP_MAX if moved else _BESIDE_GAP_MAX)

    return any(
        f.kind == g.kind and f.value == g.value and beside(f, a) and beside(g, b)
        for f in left
        if f.kind in _FIGURES
        for g in right
    )


def figure_before(text: str, span: str) -> str:
    """The figure written right before the day ``span`` in ``text`` ("66" in "a closing 66 on
    Saturday"), else "": the text's reading of :func:`_one_figure_beside`, for the check that
    two days are of one act (reader.facts.one_act)."""
    at = text.find(span)
    m = _FIGURE_BEFORE.search(text, max(0, at - 24), at) if at > 0 else None
    return m.group(1).strip() if m else ""


# a month told of the figure right before it: "the previous high of $1.16 billion set in January"
# (ut262), "a record 1.2 million visitors in March": this many characters between at most, and a
# figure specific enough (three digits or more, zeros counted, or a scale word) to be one thing's
_MONTH_GAP_MAX = 12
_SPECIFIC = re.compile(r"\d[\d,.]*\d[\d,.]*\d|\b(?:million|billion|trillion|bn)\b")


def months_of_one_figure(
    lm: Sequence[Fact], rm: Sequence[Fact], left: Sequence[Fact], right: Sequence[Fact]
) -> list[tuple[Fact, Fact]]:
    """The months (``lm``, ``rm``: told without a day) each told right after one specific figure of
    one value on both sides, paired."""

    def figure(d: Fact, facts: Sequence[Fact]) -> tuple[str, object] | None:
        f = next((f for f in facts if f.kind in _FIGURES and 0 <= d.start - f.end <= _MONTH_GAP_MAX), None)
        return (f.kind, f.value) if f is not None and _SPECIFIC.search(f.text) else None

    return [(a, b) for a in lm for b in rm if (fa := figure(a, left)) is not None and fa == figure(b, right)]
