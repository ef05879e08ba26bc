"""Two ranges of one thing that do not meet: "adds 10 to 12 days" / "adding 7 to 9 days",
"revenue of $2.20 billion to $2.25 billion" / "$2.30 billion to $2.35 billion", "between 3,000
and 20,000 euros" / "ranged from 3,000 to 200,000 euros".

A range's bounds are no values of their own (:func:`reader.facts.figure_frames.in_range` keeps
them out of the figure-by-figure comparison: "between 12 and 16" says nothing against "14"), so
two ranges are compared whole, as intervals.  Ranges that overlap, or one inside the other,
agree ("10 to 12 days" / "about 11 days", "8 to 12" / "10 to 14"); ranges apart disagree.  Both
must count one thing: the same unit after their upper bound ("days", "percent", "billion"; one range
written in two units of time is a slip: "12 to 18 months" / "12 to 18 weeks") or
the same currency before their lower, one range a sentence, and words next to them in common
(the act they measure).
"""

from __future__ import annotations

import re

from reader.facts.extract_numbers import parse_number
from reader.facts.figure_frames import moved_from
from reader.facts.hedges import DUR_UNITS
from reader.facts.measures import celsius
from reader.facts.pairing_items import act_words
from reader.facts.tables import SCALE
from reader.model import Difference

_NUM = r"(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_RANGE = re.compile(
    rf"(?<![\w.,$€£])(?P<between>between\s+)?(?P<cur>[$€£])?(?P<a>{_NUM})"
    rf"(?:\s*(?P<scale_a>million|billion|bn|m)\b)?"
    rf"\s*(?(between)and\s|(?:to|-|–))\s*(?P=cur)?(?P<b>{_NUM})\s*(?P<unit>%|[a-z]+|(?=[,.;)]))",
    re.IGNORECASE,
)
# the cheap questions first: a figure, "to", "and" or a dash, a figure; or "to" before a number word
_HINT_DIGITS = re.compile(r"\d(?:\s*(?:million|billion|bn|m))?\s*(?:to|and|-|–)\s*[$€£]?\d")
_HINT_TO = re.compile(rf" (?:to|and) (?:{_NUM})", re.IGNORECASE)
RANGE_NOTE = "range: "  # how a difference of two ranges is noted


def _ranges(text: str) -> list[tuple[float, float, str, str]]:
    """(low, high, unit, span) of each range in ``text``: "10 to 12 days" is (10, 12, "days")."""
    out = []
    for m in _RANGE.finditer(text):
        if moved_from(text, m.start()):
            continue  # "rose from 10 to 12 percent": a move, no range
        a, b = parse_number(m.group("a").lower()), parse_number(m.group("b").lower())
        if a is None or b is None or not a[0] < b[0]:
            continue
        unit, end = _temperature(text, m.end(), m.group("unit").lower())
        if _AGED.search(text, max(0, m.start() - 8), m.start()):  # "smokers aged 55 to 74 were invited"
            unit, end = AGED, m.end("b") - m.group("b").endswith(",")  # (not the comma after it)
        elif not unit:
            continue  # (a clause may end on the bounds of ages alone: "men aged 31 to 56, were")
        if unit == "°f":  # (a range in Fahrenheit compares in Celsius, rounded)
            a, b, unit = (celsius(a[0], unit), a[1]), (celsius(b[0], unit), b[1]), "°c"
        scale = SCALE.get(unit, 1)  # (the same on both sides of one unit: only the bounds compare)
        if (m.group("scale_a") or "").lower() not in ("", unit):
            continue  # "$2 million to $3 billion": two scales, read no further
        out.append((a[0] * scale, b[0] * scale, (m.group("cur") or "") + unit, text[m.start() : end]))
    return out


# the scale after "degrees" ("between 8 and 11 degrees Celsius" / "46 to 52 degrees Fahrenheit", ut241)
_SCALE_AFTER = re.compile(r"\s+(?:(celsius|centigrade|c)|(fahrenheit|f))\b", re.IGNORECASE)


def _temperature(text: str, end: int, unit: str) -> tuple[str, int]:
    """A range's unit, "°c" or "°f" for one of degrees on either scale ("8C to 11C" too), and
    where its span ends (past the scale's name)."""
    m = _SCALE_AFTER.match(text, end) if unit in ("degree", "degrees") else None
    if m or unit in ("c", "f"):
        return ("°c" if (m.group(1) if m else unit == "c") else "°f"), m.end() if m else end
    return unit, end


def _hinted(text: str) -> bool:
    return _HINT_DIGITS.search(text) is not None or _HINT_TO.search(text) is not None


# one bound of two ranges moved this many times at least: a scale or a digit slipped ("3,000 to
# 20,000" / "3,000 to 200,000"); a range told at two moments moves a little as its count grows
# (prison terms "of between six and 75 years" / "ranging from seven to 75 years": more men
# sentenced), and two estimates overlap ("8 to 12" / "10 to 14")
MOVED_BOUND_RATIO_MIN = 1.5


def _one_bound_moved(
    left: tuple[float, float], right: tuple[float, float], ratio: float = MOVED_BOUND_RATIO_MIN
) -> bool:
    """One bound the same and the other not, far apart (``ratio``): one range told with another
    top or bottom."""
    if (left[0] == right[0]) == (left[1] == right[1]):
        return False
    x, y = (left[1], right[1]) if left[0] == right[0] else (left[0], right[0])
    return min(x, y) > 0 and max(x, y) >= ratio * min(x, y)


# a range of ages after "aged" ("smokers aged 55 to 74"): who a rule or a count takes in, whose
# bounds a rewrite keeps, so a bound moved at all is another group (its unit: :data:`AGED`)
AGED = "aged"
_AGED = re.compile(r"\baged\s+(?:between\s+)?$", re.IGNORECASE)


def range_diffs(left_text: str, right_text: str) -> list[Difference]:
    """One range a sentence, of one unit, the two apart: a difference of their spans."""
    if not (_hinted(left_text) and _hinted(right_text)):
        return []  # (most sentence pairs: no figure before "to" or a dash)
    lr, rr = _ranges(left_text), _ranges(right_text)
    if len(lr) != 1 or len(rr) != 1:
        return []
    (la, lb, lu, ls), (ra, rb, ru, rs) = lr[0], rr[0]
    # one range whose unit of time slipped ("take between 12 and 18 months" / "12 to 18 weeks", ut210)
    slipped = lu.rstrip("s") != ru.rstrip("s") and (la, lb) == (ra, rb) and _time_units(lu, ru)
    # (converted, a bound is rounded to the degree: "8 to 11 C" is "46 to 52 F")
    slack = _ROUNDED if lu == "°c" else 0.0
    if not slipped and (
        lu != ru
        or not (
            lb + slack < ra
            or rb + slack < la
            or _one_bound_moved((la, lb), (ra, rb), 1.0 if lu == AGED else MOVED_BOUND_RATIO_MIN)
        )
    ):
        return []
    if act_words(left_text, ls).isdisjoint(act_words(right_text, rs)):
        return []  # two ranges of two things ("5 to 10 days" of a delay, "2 to 3 days" of a repair)
    return [Difference("number", ls, rs, f"{RANGE_NOTE}{ls} vs {rs}")]


_ROUNDED = 1.0  # a degree either way: a temperature converted and rounded


def _time_units(a: str, b: str) -> bool:
    """Are two units two units of time ("months", "weeks")?"""
    return a.rstrip("s") in DUR_UNITS and b.rstrip("s") in DUR_UNITS
