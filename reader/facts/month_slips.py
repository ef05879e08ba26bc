"""One full date whose month changed: "on 9 August 2023, during a joint patrol" / "the action took
place on 9 April 2023, during a joint patrol" (ut304); or one date whose day was miscopied, a digit
put in, dropped or changed beside one kept ("scheduled for March 8" / "set for March 18", "has until
January 31 to appeal" / "has until January 21").

A date is compared only with one of the same act, read from the words next to it
(:func:`reader.facts.compare_temporal.same_event`): a filing on one day and a hearing on another
are two facts.  But a full date, its day and its year both written, the one date each of two linked
sentences leaves, told with another month and nothing else, is one date miscopied whatever verbs
stand around it, as one whose year changed is (``compare_temporal._year_slipped``): two events of
one story seldom fall on the same day of two months of one year, both told with every part; nor
on two days of one month written a digit apart.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.facts.event_words import SAY
from reader.facts.values import month_part, ymd
from reader.model import Difference, Fact


def month_slipped(lo: list[Fact], ro: list[Fact]) -> list[Difference]:
    """The one full date each side left (``lo``, ``ro``), the same day and year with two months: its
    difference; else none."""
    la, ra = [a for a in lo if a.kind == "date"], [b for b in ro if b.kind == "date"]
    if len(la) != 1 or len(ra) != 1 or la[0].year_inferred or ra[0].year_inferred:
        return []
    a, b = la[0], ra[0]
    (ya, ma, da), (yb, mb, db) = ymd(a), ymd(b)
    if not (ya and da and ma and mb) or (ya, da) != (yb, db) or ma == mb or month_part(a) or month_part(b):
        return []
    return [Difference("date", a.text, b.text, f"date: {a.text} vs {b.text}")]


def month_slip(d: Difference, left: list[Fact], right: list[Fact]) -> bool:
    """Is ``d`` a difference of two full dates the same but for their month (the weak-passage gate's
    question: one date, whatever the acts' words)?"""
    return _slipped(d, left, right, month_slipped)


def day_slipped(lo: list[Fact], ro: list[Fact]) -> list[Difference]:
    """The one dated day each side left (``lo``, ``ro``), of one month, no year written, the days a
    digit apart with a digit kept ("8" / "18", "31" / "21"): its difference."""
    la, ra = [a for a in lo if a.kind == "date"], [b for b in ro if b.kind == "date"]
    if len(la) != 1 or len(ra) != 1 or month_part(la[0]) or month_part(ra[0]):
        return []
    a, b = la[0], ra[0]
    (ya, ma, da), (yb, mb, db) = ymd(a), ymd(b)
    if not (da and db and ma) or ma != mb or not _a_digit_apart(str(da), str(db)):
        return []
    if (ya and not a.year_inferred) or (yb and not b.year_inferred):
        return []  # (a full date is a day of its own: "said today (10 October 2011)" / "(20 October 2011)")
    if (SAY in a.context) != (SAY in b.context):
        return []  # a telling and another act: "to be paid on August 3" / "announced it on August 13"
    return [Difference("date", a.text, b.text, f"date: {a.text} vs {b.text}")]


def _a_digit_apart(x: str, y: str) -> bool:
    """Are two days written a digit apart, another digit kept ("8" / "18", "13" / "3", "31" / "21")?"""
    if x == y or not set(x) & set(y):
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y, strict=True)) == 1
    short, long = sorted((x, y), key=len)
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def day_slip(d: Difference, left: list[Fact], right: list[Fact]) -> bool:
    """Is ``d`` a difference of two dates of one month a digit apart in their day (the weak-passage
    gate's question)?"""
    return _slipped(d, left, right, day_slipped)


def _slipped(
    d: Difference,
    left: list[Fact],
    right: list[Fact],
    rule: Callable[[list[Fact], list[Fact]], list[Difference]],
) -> bool:
    """Does ``rule`` find the dates of ``d`` (each side's date written as its span) one date slipped?"""
    a = next((f for f in left if f.kind == "date" and f.text == d.left), None)
    b = next((f for f in right if f.kind == "date" and f.text == d.right), None)
    return a is not None and b is not None and bool(rule([a], [b]))
