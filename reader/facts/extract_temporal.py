"""Finding when: dates, days, times, durations and ages.

Dates are (year, month, day) with 0 for a part not written; a date without a year takes
the year of an earlier full date in the same sentence (the next year when its month
comes earlier: "from December 10, 2012, to January 8") or the ``year_hint``, and says
so (``year_inferred``), because a guessed year must never make a conflict on its own.
Durations are in days ("13 months" = 395.7) with the bound their qualifier sets; an age
("65-year-old") is found first so it is never read as a duration.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.facts.extract_numbers import parse_number
from reader.facts.spans import Spans, overlaps
from reader.facts.tables import (
    AGE,
    COUNT_BEFORE_UNIT,
    DATE,
    DAY,
    DUR_QUAL,
    DUR_UNITS,
    DURATION,
    TIME,
    UNIT_AT,
    WS,
)
from reader.lang import MONTHS
from reader.model import Fact


def dates(text: str, year_hint: int | None, facts: list[Fact], taken: Spans) -> None:
    prev: tuple[int, int] | None = None  # (year, month) of the last explicit date here
    for m in DATE.finditer(text):
        g = m.groupdict()
        inferred = False
        if g["iy"]:
            y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
        else:
            mon = g["m1"] or g["m2"] or g["m3"]
            dtxt = g["d1"] or g["d2"]
            ytxt = g["y1"] or g["y2"] or g["y3"]
            if mon.rstrip(".").lower() in ("may", "mar") and mon[0].islower():
                continue
            if mon == "May" and not dtxt and not ytxt:
                continue
            mo = MONTHS[mon.rstrip(".").lower()]
            d = int(dtxt.rstrip("stndrh")) if dtxt else 0
            y = int(ytxt) if ytxt else 0
            if not y:
                if prev is not None:  # "from December 10, 2012, to January 8"
                    y = prev[0] + (1 if mo < prev[1] else 0)
                    inferred = True
                elif year_hint:
                    y, inferred = year_hint, True
        if y and not inferred:
            prev = (y, mo)
        text_ = m.group().rstrip(".") if m.group().endswith(".") and not g["m1"] else m.group()
        end = m.start() + len(text_)
        facts.append(Fact("date", text_, m.start(), end, (y, mo, d), year_inferred=inferred))
        taken.append((m.start(), m.end()))


def days(text: str, low: str, facts: list[Fact], taken: Spans) -> None:
    """Weekdays and relative days ("Monday", "yesterday", "last week"), kept as words."""
    for m in DAY.finditer(low):
        if not overlaps(taken, m.start(), m.end()):
            facts.append(Fact("day", text[m.start() : m.end()], m.start(), m.end(), WS.sub(" ", m.group())))


def times(text: str, low: str, facts: list[Fact], taken: Spans) -> None:
    """Clock times, in minutes after midnight ("3 p.m." = 900, "15:00 GMT" = 900)."""
    for m in TIME.finditer(low):
        if overlaps(taken, m.start(), m.end()):
            continue
        if m.group("h") is not None:
            h, mi = int(m.group("h")), int(m.group("mi") or 0)
            if h > 12:
                continue
            pm = m.group("ap").lower().startswith("p")
            h = (h % 12) + (12 if pm else 0)
        else:
            h, mi = int(m.group("h24")), int(m.group("mi24"))
        end = m.start() + len(m.group().rstrip())
        facts.append(Fact("time", text[m.start() : end], m.start(), end, h * 60 + mi))
        taken.append((m.start(), m.end()))


def _duration_matches(low: str) -> Iterable[re.Match[str]]:
    """Duration matches, found from their unit word backwards.

    The full pattern (qualifier, article, number, unit, noun) is costly to try at every
    position; a unit word is rare, so we only try it in the few characters before one, and
    only where a count ends just before it (most "day"s of a long text have none).
    """
    for u in UNIT_AT.finditer(low):
        if not COUNT_BEFORE_UNIT.search(low, max(0, u.start() - 48), u.start()):
            continue  # "that day", "in those days": no count, so no duration ends here
        for m in DURATION.finditer(low, max(0, u.start() - 48)):
            if m.start() > u.start():
                break
            if m.start("unit") == u.start():
                yield m
                break


def ages(text: str, low: str, facts: list[Fact], taken: Spans) -> None:
    """'65-year-old', 'aged 65', '40 years old': an age, never a duration."""
    for m in AGE.finditer(low):
        raw = m.group("a1") or m.group("a2")
        got = parse_number(raw)
        if got is None:
            continue
        facts.append(Fact("age", text[m.start() : m.end()], m.start(), m.end(), got[0], unit="years"))
        taken.append((m.start(), m.end()))


def durations(text: str, low: str, facts: list[Fact], taken: Spans) -> None:
    for m in _duration_matches(low):
        if m.group("old") or overlaps(taken, m.start(), m.end()):
            continue
        num = m.group("num").lower()
        if num in ("a", "an"):
            n = 1.0
            if not (m.group("noun") or m.group("qual") or m.group("art")):
                continue  # "a day" in passing is no stated duration
        else:
            got = parse_number(num)
            if got is None:
                continue
            n = got[0]
        unit = m.group("unit").lower()
        qual = WS.sub(" ", (m.group("qual") or "").lower())
        bound = DUR_QUAL.get(qual, "~" if qual else "=")
        # the span: the qualifier when it bounds the value, never articles or "over"
        start = m.start("qual") if qual and qual not in ("over", "during", "for") else m.start("num")
        if num in ("a", "an") and m.group("art"):
            start = min(start, m.start("num"))
        days_ = n * DUR_UNITS[unit]
        facts.append(Fact("duration", text[start : m.end()], start, m.end(), days_, unit, bound))
        taken.append((start, m.end()))
