"""Typed access to ``Fact.value``, whose type depends on the kind.

``Fact.value`` is ``float | Date | str``; code that handles one kind knows which it
holds.  These two say so to the type checker, and fail loudly instead of comparing a
date with a number if a kind is ever routed to the wrong check.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.tables import DUR_UNITS
from reader.lang import MONTH_NAMES
from reader.model import Date, Fact


def amount(f: Fact) -> float:
    """The value of a quantity, duration, age, ordinal or time fact."""
    v = f.value
    if isinstance(v, float | int):
        return v
    raise TypeError(f"a {f.kind} fact has no numeric value: {v!r}")


def half_unit_apart(days_a: float, days_b: float, text_a: str, text_b: str) -> bool:
    """Are two lengths (in days, written ``text_a``, ``text_b``) a whole number of one unit and
    half a unit from it, the half written as one ("four and a half months" / "four months" or
    "five months"): the half rounded away, not two lengths ("a year" / "18 months" are two)?"""
    for unit in DUR_UNITS.values():
        va, vb = days_a / unit, days_b / unit
        whole, half, said = (va, vb, text_b) if abs(va - round(va)) < 1e-9 else (vb, va, text_a)
        if abs(whole - round(whole)) < 1e-9 and round(whole) > 0 and abs(abs(half - whole) - 0.5) < 1e-9:
            return _HALF.search(said) is not None
    return False


_HALF = re.compile(r"half|½|\.5\b|1\s?/\s?2", re.IGNORECASE)


def month_alone(f: Fact) -> bool:
    """Is ``f`` a date written as a month's name alone ("threatened in May")?"""
    return f.kind == "date" and f.text.lower() in MONTH_NAMES


def month_part(f: Fact) -> bool:
    """Is ``f`` a date written as a part of a month, no day or year ("end of May", "early
    June", "mid-July")?"""
    if f.kind != "date" or f.text.lower() in MONTH_NAMES:
        return False
    last = f.text.rsplit(" ", 1)[-1].rsplit("-", 1)[-1].lower()
    return last in MONTH_NAMES and not any(c.isdigit() for c in f.text)


def ymd(f: Fact) -> Date:
    """The (year, month, day) value of a date or year fact (0 for a part not given)."""
    v = f.value
    if isinstance(v, tuple):
        return v
    raise TypeError(f"a {f.kind} fact has no date value: {v!r}")


def dates_both_write(
    a: Fact, b: Fact, left: Sequence[Fact], right: Sequence[Fact]
) -> list[tuple[Fact, Fact]]:
    """The other dates of one value that both sides write beside ``a`` and ``b`` (a schedule's old
    date beside its new one: "in June 2028 instead of December 2026" / "... rather than December
    2026"), as pairs."""
    return [(f, g) for f in left for g in right if f.value == g.value and f is not a and g is not b]


def told_alike(a: Fact, b: Fact) -> bool:
    """Are two facts one figure told alike: one kind, value, unit and bound (the twins of
    :mod:`reader.facts.compare_numbers`, :mod:`reader.facts.hedges` and :mod:`reader.facts.gate`)?"""
    return (a.kind, a.value, a.unit, a.bound) == (b.kind, b.value, b.unit, b.bound)
