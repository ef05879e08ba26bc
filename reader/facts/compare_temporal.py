"""When two dates, years, times or weekdays conflict.

A date is compared as far as both sides say: a missing part (no day, no year) matches
anything, and so does a year that was inferred from the context rather than written.
Dates, years and times are paired only when each side has the same number of them left
unexplained, so a date one side adds is a detail, not a conflict; two weekdays conflict
only when each side names exactly one ("today" never conflicts).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from reader.facts.event_words import SAY, SPOKEN_ASIDE
from reader.facts.month_slips import day_slipped, month_slipped
from reader.facts.relative_spans import relative_span_diffs
from reader.facts.tables import ZONES
from reader.facts.values import dates_both_write, month_alone, month_part, ymd
from reader.facts.weekday_owners import months_of_one_figure, one_days_owner
from reader.lang import WEEKDAYS
from reader.model import Difference, Fact
from reader.spelling import neighbours_swapped
from reader.textnorm import mostly_alike


def dates_compatible(a: Fact, b: Fact) -> bool:
    """Same date as far as both say: a missing or inferred part matches anything."""
    soft = a.year_inferred or b.year_inferred
    for i, (x, y) in enumerate(zip(ymd(a), ymd(b), strict=True)):
        if x and y and x != y and not (i == 0 and soft):
            return False
    return True


def written_in_two_years(a: Fact, b: Fact) -> bool:
    """Two dates of two months, one with its year and one with none (nor inferred): of two years, as news
    writes its own year's dates ("voted on Wednesday, March 11" / "in a November 2021 ballot", ut132)."""
    (ya, ma, _), (yb, mb, _) = ymd(a), ymd(b)
    if a.year_inferred or b.year_inferred or not (ma and mb) or ma == mb:
        return False
    return bool(ya) != bool(yb)


def _explains(a: Fact, b: Fact) -> bool:
    """Does ``b`` tell the date ``a`` tells: compatible, with a part both write ("June" says
    nothing of the year "1996": "in June ... the 1996 Act" / "in June ... the 1994 Act")?"""
    ea, eb = _end_year(a), _end_year(b)
    if (ea is None) != (eb is None) and (ea == ymd(b)[0] or eb == ymd(a)[0] != 0):
        return True  # "since the 1993-94 season" / "last relegated in 1994": the span's second year
    if ea is not None and eb is not None and ea != eb:
        return False  # two seasons: "the 2027-28 season" / "the 2028-29 season"
    # (a year inferred from the article's other dates is none written: "in September", read
    # as of 2025, tells nothing of "by the end of 2027")
    both = [x and y for x, y in zip(ymd(a), ymd(b), strict=True)]
    if a.year_inferred or b.year_inferred:
        both[0] = 0
    return dates_compatible(a, b) and any(both)


# a span of two years written as one, a season or a financial year ("1993-94", "2019/20", "2022–2023")
_TWO_YEARS = re.compile(r"((?:1[89]|20)\d\d)\s*[-–/]\s*(\d\d(?:\d\d)?)")


def _end_year(f: Fact) -> int | None:
    """The second year of a span of two years written as one ("1993-94": 1994), else None."""
    m = _TWO_YEARS.fullmatch(f.text) if f.kind == "year" else None
    if m is None:
        return None
    start, end = m.group(1), m.group(2)
    year = int(start[:2] + end if len(end) == 2 else end)
    return year if year == int(start) + 1 else None


def same_event(a: Fact, b: Fact) -> bool:
    """May two dates, days or times be of one event?  Only when the words around them share a stem
    ("charged on March 3" / "charged on March 4"), or one side has none: a filing on one day and a
    hearing on another are two facts.  A statement is one only when its speaker is too ("the company
    said on Wednesday" / "Health Canada said Monday": two; :func:`reader.facts.event_words.event_context`);
    one whose speaker neither side names ("which on Monday reported" / "which reported on Tuesday")
    says nothing against one."""
    if not a.context or not b.context or a.context == b.context == (SAY,):
        return True
    shared = set(a.context) & set(b.context)
    if SAY in shared and SPOKEN_ASIDE in a.context + b.context:
        return True  # (a speaker an aside describes, the other side's named: maybe one, ut228)
    return bool(shared) and shared != {SAY}


def _month_of_year(f: Fact) -> bool:
    """Is ``f`` a date written as a month and its year, no day ("May 2019")?"""
    y, m, d = ymd(f)
    return f.kind == "date" and bool(y and m) and not d and not f.year_inferred and not month_part(f)


def _month_without_year(f: Fact) -> bool:
    """Is ``f`` a month alone or a part of one, no day or year ("in May", "the end of May")?"""
    return month_alone(f) or month_part(f)


def _paired(lo: list[Fact], ro: list[Fact]) -> list[tuple[Fact, Fact]]:
    """Pairs in order when each side has the same number left, each of one event."""
    if not lo or len(lo) != len(ro):
        return []
    return [(a, b) for a, b in zip(lo, ro, strict=True) if same_event(a, b)]


# a part of a year ("the fourth quarter of 2028"), a plan's start or set date ("will begin on"): one stage
_STAGES = frozenset(("quart", "half", "sprin", "summe", "autum", "winte", "start", "plac"))


def _of_one_event(lo: list[Fact], ro: list[Fact], days: bool = False) -> list[tuple[Fact, Fact]]:
    """When the sides leave unequal numbers, the pairs told with one part of a year ("in the second
    half of 2025, ... in the fourth quarter of 2028" / "in the final quarter of 2027"), one stage
    ("will begin on October 1" / "will start on November 1", ut198) or, dates with a day (``days``),
    one act ("requested the recount on April 2, three days after the March 30 run-off" / "asked for
    the recount on April 12", ut205), and no other of the other side."""
    if not lo or not ro or len(lo) == len(ro):
        return []
    # (a part of the year or a stage both write is a word both contexts share: :func:`same_event`)
    acts = [(a, b) for a in lo for b in ro if days and a.context and b.context and same_event(a, b)]
    pairs = acts or [(a, b) for a in lo for b in ro if _STAGES.intersection(a.context, b.context)]
    return [
        (a, b) for a, b in pairs if sum(x is a for x, _ in pairs) == 1 and sum(y is b for _, y in pairs) == 1
    ]


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def year_slipped(d: Difference, left: list[Fact], right: list[Fact]) -> bool:
    """Are the two dates of ``d`` as written the same but for their year ("Jan. 1, 2027" / "Jan.
    1, 2026"), and not each vouched for by its weekday (:func:`_weekday_fits`)?"""
    if not _only_year_apart(d.left, d.right):
        return False
    a = next((f for f in left if f.kind == "date" and f.text == d.left), None)
    b = next((f for f in right if f.kind == "date" and f.text == d.right), None)
    return a is None or b is None or not _two_years_vouched(a, b, left, right)


def _only_year_apart(a: str, b: str) -> bool:
    """Are two dates as written the same but for their one year, which differs?"""
    ya, yb = _YEAR.findall(a), _YEAR.findall(b)
    return len(ya) == len(yb) == 1 and ya != yb and _YEAR.sub("", a) == _YEAR.sub("", b)


def _year_slipped(lo: list[Fact], ro: list[Fact], left: list[Fact], right: list[Fact]) -> list[Difference]:
    """The one date a side left, the same day of the same month (or the same month) written with two
    years ("audited in September 2023" / "in September 2022", "from Jan. 1, 2027" / "Jan. 1, 2026"):
    one date whose year changed, whatever words stand around it.  Not when each writes its weekday
    too and it fits its own year ("Friday, Sep 10, 2010" / "Monday, Sep 10, 2012": two stories')."""
    la, ra = [a for a in lo if a.kind == "date"], [b for b in ro if b.kind == "date"]
    if len(la) != 1 or len(ra) != 1 or la[0].year_inferred or ra[0].year_inferred:
        return []
    (a, b), ((ya, ma, da), (yb, mb, db)) = (la[0], ra[0]), (ymd(la[0]), ymd(ra[0]))
    if not (ya and yb and ma) or ya == yb or (ma, da) != (mb, db) or month_part(a) or month_part(b):
        return []
    if not _only_year_apart(a.text, b.text) or _two_years_vouched(a, b, left, right):
        return []
    return [Difference("date", a.text, b.text, f"date: {a.text} vs {b.text}")]


def _two_years_vouched(a: Fact, b: Fact, left: list[Fact], right: list[Fact]) -> bool:
    """Are ``a`` and ``b`` dates of two years, each written with the weekday its year gives it
    ("Friday, March 5, 2021" / "Thursday, March 5, 2020"): two dates, each writer sure of it?"""
    return (
        a.kind == b.kind == "date"
        and ymd(a)[0] != ymd(b)[0]
        and _weekday_fits(a, left)
        and _weekday_fits(b, right)
    )


def _weekday_fits(date: Fact, facts: list[Fact]) -> bool:
    """Is the date written right after its weekday, the one its year gives it?"""
    y, m, d = ymd(date)
    told = _dated_weekdays(facts).get((m, d))
    try:
        return (
            told is not None
            and told[1] is date
            and WEEKDAYS[datetime.date(y, m, d).weekday()] == told[0].value
        )
    except ValueError:
        return False


def _date_diffs(left: list[Fact], right: list[Fact], shifted: bool) -> list[Difference]:
    """The dates and years of :func:`temporal_diffs` (``shifted``: the clocks are told in two
    zones, so a day before or after may be one moment)."""
    out: list[Difference] = []
    # dates (with a day) and bare years compare with all dates of the other side
    ld = [f for f in left if f.kind in ("date", "year")]
    rd = [f for f in right if f.kind in ("date", "year")]
    lo = [a for a in ld if not any(_explains(a, b) for b in rd)]
    ro = [b for b in rd if not any(_explains(b, a) for a in ld)]
    for kind in ("date", "year"):
        la = [a for a in lo if a.kind == kind and (kind == "year" or ymd(a)[2])]
        ra = [b for b in ro if b.kind == kind and (kind == "year" or ymd(b)[2])]
        out += [
            Difference(kind, a.text, b.text, f"{kind}: {a.text} vs {b.text}")
            for a, b in _paired(la, ra) or _of_one_event(la, ra, days=kind == "date")
            if not (shifted and a_day_apart(a, b)) and not _two_years_vouched(a, b, left, right)
        ]
    out += _year_of_a_date(lo, ro)
    if not any(d.kind == "year" for d in out):
        out += _years_transposed([a for a in lo if a.kind == "year"], [b for b in ro if b.kind == "year"])
    # a month of a year written, no day ("in May 2019" / "in April 2019"); a month alone, or a
    # part of one, without a day or a year ("threatened in May" / "in March", "the end of May"
    # / "the end of June"): one of each a side, of one act
    for month_only in (_month_of_year, _month_without_year):
        lm = [a for a in lo if month_only(a)]
        rm = [b for b in ro if month_only(b)]
        if len(lm) == 1 and len(rm) == 1 and (same_event(lm[0], rm[0]) or _beside_one(lm[0], rm[0], ld, rd)):
            a, b = lm[0], rm[0]
            out.append(Difference("date", a.text, b.text, f"date: {a.text} vs {b.text}"))
        else:  # (or each told right after one figure: "$1.16 billion set in January" / "... in September")
            out += [
                Difference("date", a.text, b.text, f"date: {a.text} vs {b.text}")
                for a, b in months_of_one_figure(lm, rm, left, right)
            ]
    if not any(d.kind == "date" for d in out):
        out += _year_slipped(lo, ro, left, right) or month_slipped(lo, ro) or day_slipped(lo, ro)
    return out


def _beside_one(a: Fact, b: Fact, left: list[Fact], right: list[Fact]) -> bool:
    """Do both sides write one other date beside ``a`` and ``b``, of the act one of them is told with:
    a schedule's old date beside its new one ("due to open in June 2025, ... pushed back to March
    2027" / "will now open in May 2027 rather than June 2025", ut213)?"""
    acts = (set(a.context) | set(b.context)) - {SAY}
    return any(acts & (set(f.context) | set(g.context)) for f, g in dates_both_write(a, b, left, right))


def _years_transposed(ly: list[Fact], ry: list[Fact]) -> list[Difference]:
    """The one pair of years with two neighbouring digits swapped ("as early as 1998" / "since 1989")."""
    pairs = [
        (a, b) for a in ly for b in ry if _four_digits(a.text, b.text) and neighbours_swapped(a.text, b.text)
    ]
    if len(pairs) != 1:
        return []
    a, b = pairs[0]
    if ("since" in a.context) != ("since" in b.context):
        return []  # a state's start and an act's year ("family-owned since 1987" / "bought ... in 1978")
    return [Difference("year", a.text, b.text, f"year: {a.text} vs {b.text}")]


def _four_digits(a: str, b: str) -> bool:
    return len(a) == len(b) == 4 and a.isdigit() and b.isdigit()


def temporal_diffs(left: list[Fact], right: list[Fact]) -> list[Difference]:
    """Dates, years, times and weekdays: paired only when each side has the same number
    left unexplained, so a date one side adds is a detail, not a conflict."""
    # a day before or after, when the clock times are told in two zones, may be one moment
    shifted = zones_apart(left, right)
    out = _date_diffs(left, right, shifted)
    lt = [f for f in left if f.kind == "time"]
    rt = [f for f in right if f.kind == "time"]
    lo = [a for a in lt if all(not one_moment(a, b) for b in rt)]
    ro = [b for b in rt if all(not one_moment(a, b) for a in lt)]
    for local in (False, True):  # named zones with named zones, local clocks with local clocks
        la, ra = (
            [a for a in lo if (a.unit in _LOCAL) == local],
            [b for b in ro if (b.unit in _LOCAL) == local],
        )
        out += [Difference("time", a.text, b.text, f"time: {a.text} vs {b.text}") for a, b in _paired(la, ra)]
    if not any(d.kind == "time" for d in out):
        out += _meridiem_turned(lo, ro)
    # weekdays: "Monday" vs "Tuesday" for the same event; "today" never conflicts; days both
    # sides name ("scheduled for Thursday") leave the one day a side that differs
    lw = {str(f.value): f for f in left if f.kind == "day" and f.value in WEEKDAYS}
    rw = {str(f.value): f for f in right if f.kind == "day" and f.value in WEEKDAYS}
    lx = [f for k, f in lw.items() if k not in rw]
    rx = [f for k, f in rw.items() if k not in lw]
    # (one date written with two weekdays first: that says it whatever the acts' words, ut248)
    dated = _weekday_of_one_date(left, right)
    one = len(lx) == len(rx) == 1 and (
        same_event(lx[0], rx[0]) or one_days_owner(lx[0], rx[0], left, right, lw, rw)
    )
    # (unequal numbers: the day of one act each tells, "until at least Saturday" / "... Sunday", ut322)
    for a, b in [] if dated else [(lx[0], rx[0])] if one else _of_one_event(lx, rx, days=True):
        if not (shifted and a_day_apart(a, b)):
            out.append(Difference("day", a.text, b.text, f"day: {a.text} vs {b.text}"))
    if not any(d.kind == "day" for d in out):
        out += dated or relative_span_diffs(left, right, same_event)
    return out


_MERIDIEM = re.compile(r"[ap]\.?\s?m\b\.?", re.IGNORECASE)
_HALF_DAY = 720  # minutes from a clock time in the morning to the same in the evening


def _meridiem_turned(lo: list[Fact], ro: list[Fact]) -> list[Difference]:
    """One clock reading with "a.m." for "p.m." ("landed at 6:40 p.m." / "touched down at 6:40 a.m."):
    one moment written wrong, whatever verbs tell it (twelve hours apart to the minute: a coincidence)."""
    for a in lo:
        for b in ro:
            if (
                isinstance(a.value, int)
                and isinstance(b.value, int)
                and abs(a.value - b.value) == _HALF_DAY
                and comparable(a, b)
                and _MERIDIEM.search(a.text)
                and _MERIDIEM.search(b.text)
            ):
                return [Difference("time", a.text, b.text, f"time: {a.text} vs {b.text}")]
    return []


# the note's opening of one date told with two weekdays (read by the act test: no act to ask)
WEEKDAY_OF = "weekday of"


def _weekday_of_one_date(left: list[Fact], right: list[Fact]) -> list[Difference]:
    """One date written with two weekdays ("early on Monday, March 10" / "early on Sunday, March
    10"): whatever else the sentences say, a date has one weekday, so one of them is wrong."""
    la, ra = _dated_weekdays(left), _dated_weekdays(right)
    for when, a in la.items():
        b = ra.get(when)
        if b is not None and a[0].value != b[0].value and not _two_years_vouched(a[1], b[1], left, right):
            return [
                Difference(
                    "day", a[0].text, b[0].text, f"{WEEKDAY_OF} {a[1].text}: {a[0].text} vs {b[0].text}"
                )
            ]
    return []


def _dated_weekdays(facts: list[Fact]) -> dict[tuple[int, int], tuple[Fact, Fact]]:
    """(month, day) -> (weekday, date) of each weekday written right before its date."""
    days = [f for f in facts if f.kind == "day" and f.value in WEEKDAYS]
    dates = [f for f in facts if f.kind == "date" and isinstance(f.value, tuple) and ymd(f)[2]]
    return {ymd(t)[1:]: (d, t) for d in days for t in dates if 0 <= t.start - d.end <= _WEEKDAY_GAP_MAX}


_WEEKDAY_GAP_MAX = 2  # "Monday, March 10", "Monday March 10"


def _year_of_a_date(lo: list[Fact], ro: list[Fact]) -> list[Difference]:
    """A full date on one side, a bare year on the other, one of each left ("born ... on June 3,
    1940" / "Born ... in 1941", ut36): the years compare."""
    out: list[Difference] = []
    for xs, ys, flip in ((lo, ro, False), (ro, lo, True)):
        full = [f for f in xs if f.kind == "date" and ymd(f)[0] and ymd(f)[2]]
        # (of the other side's years, those told with the date's own words: "born in Leeds")
        bare = [f for f in ys if f.kind == "year" and full and set(f.context) & set(full[0].context)]
        if len(full) == 1 and len(bare) == 1 and ymd(full[0])[0] != ymd(bare[0])[0]:
            a, b = (bare[0], full[0]) if flip else (full[0], bare[0])
            if (
                same_event(a, b)
                and not any(f.kind == "year" for f in xs)
                and not any(f.kind == "date" and ymd(f)[0] for f in ys)
            ):
                out.append(Difference("year", a.text, b.text, f"year: {a.text} vs {b.text}"))
    return out


_WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _next_day(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    """Are two dates (year, month, day; 0 where not told) a day apart, in one month or across
    a month's end ("31 March" / "1 April")?"""
    (ya, ma, da), (yb, mb, db) = a, b
    if ya != yb or not (da and db):
        return False
    return (ma == mb and abs(da - db) == 1) or (abs(ma - mb) == 1 and min(da, db) == 1 and max(da, db) >= 28)


def a_day_apart(a: Fact, b: Fact) -> bool:
    """Are two dates, or two weekdays, a day apart (as one moment told in two zones may be)?"""
    if a.kind == "day":
        va, vb = str(a.value), str(b.value)
        return va in _WEEK and vb in _WEEK and abs(_WEEK.index(va) - _WEEK.index(vb)) in (1, 6)
    return _next_day(ymd(a), ymd(b))


# a day told from a date the sentence gives ("on Wednesday, November 6, ahead of a meeting the following day")
_DAY_AFTER = re.compile(
    r"\b(?:the\s+(?:following|next)\s+(?:day|morning|afternoon|evening)|a\s+day\s+later|the\s+day\s+after)\b",
    re.I,
)
_DAY_BEFORE = re.compile(r"\b(?:the\s+day\s+before|the\s+previous\s+day|a\s+day\s+earlier|the\s+eve)\b", re.I)


def next_day_told(
    d: Difference, left: list[Fact], right: list[Fact], left_text: str, right_text: str
) -> bool:
    """Are two dates a day apart where one side tells the other's day from its own ("ahead of a
    meeting the following day" / "a meeting on Thursday, November 7"): two events' days, both
    told?"""
    if d.kind != "date":
        return False
    a = next((f for f in left if f.kind == "date" and f.text == d.left), None)
    b = next((f for f in right if f.kind == "date" and f.text == d.right), None)
    if a is None or b is None or not _next_day(da := ymd(a), db := ymd(b)):
        return False
    later = db[2] > da[2] if da[1] == db[1] else db[2] == 1  # (across a month's end: the 1st is later)
    early_text, late_text = (left_text, right_text) if later else (right_text, left_text)
    after = bool(_DAY_AFTER.search(early_text)) and not _DAY_AFTER.search(late_text)
    return after or (bool(_DAY_BEFORE.search(late_text)) and not _DAY_BEFORE.search(early_text))


# minutes two clock times of one moment may stand apart, one rounded: "3:30 a.m." / "3:33 a.m.", "8.40am" /
# "8.39am", "7 p.m." / "7:01 p.m." are one call told by two clocks; a quarter of an hour is two moments
ROUNDED_MINUTES_MAX = 5


def one_moment(a: Fact, b: Fact) -> bool:
    """Are two clock times the same, or within :data:`ROUNDED_MINUTES_MAX` minutes with one
    on a multiple of five minutes (rounded)?  Told in two zones, in UTC ("10:27 UTC" / "2:27
    a.m. PST"); a zone against a local time or none is no known moment (:func:`comparable`)."""
    va, vb = a.value, b.value
    if not isinstance(va, int) or not isinstance(vb, int):
        return va == vb
    if not comparable(a, b):
        return False
    oa, ob = ZONES.get(a.unit, (0,)), ZONES.get(b.unit, (0,))
    if a.bound in "<>" or b.bound in "<>":  # "shortly before 6am" / "5:42 a.m."
        return any(_near_side(a, va - round(x * 60), b, vb - round(y * 60)) for x in oa for y in ob)
    return any(_same_clock(va - round(x * 60), vb - round(y * 60)) for x in oa for y in ob)


# minutes "shortly before" or "just after" a clock time reach: "5:42 a.m." is "shortly before 6am"
NEAR_MINUTES_MAX = 30


def _near_side(a: Fact, va: int, b: Fact, vb: int) -> bool:
    """Is the time told plainly on the side of the other that its "shortly before" or "just
    after" says, within :data:`NEAR_MINUTES_MAX` minutes (both so told: the same clock time)?"""
    if a.bound in "<>" and b.bound in "<>":
        return a.bound == b.bound and _same_clock(va, vb)
    near, told, plain = (a, va, vb) if a.bound in "<>" else (b, vb, va)
    ahead = (plain - told + 720) % 1440 - 720  # minutes the plain time stands after the near one
    return -NEAR_MINUTES_MAX <= ahead <= 0 if near.bound == "<" else 0 <= ahead <= NEAR_MINUTES_MAX


_LOCAL = frozenset({"", "local"})


def comparable(a: Fact, b: Fact) -> bool:
    """Can two clock times be set side by side: told in one zone, in two zones both named
    ("10:27 UTC" / "2:27 a.m. PST"), or both on the local clock ("2:27 a.m." / "3:27 a.m. local
    time")?  A zone against a local clock is not: its offset is not told (ut37)."""
    return (
        a.unit == b.unit or (a.unit in _LOCAL and b.unit in _LOCAL) or (a.unit in ZONES and b.unit in ZONES)
    )


def _same_clock(va: int, vb: int) -> bool:
    apart = abs(va - vb) % 1440
    apart = min(apart, 1440 - apart)  # round midnight: "23:58" / "00:02"
    return apart == 0 or (apart <= ROUNDED_MINUTES_MAX and (va % 5 == 0 or vb % 5 == 0))


def zones_apart(left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Do the two sides tell their clock times in two zones, so that a day before or after is
    one moment too ("01:42 UTC on 12 March" / "10:42 p.m. local time on 11 March")?"""
    zl = {f.unit for f in left if f.kind == "time"}
    zr = {f.unit for f in right if f.kind == "time"}
    if {f.value for f in left if f.kind == "time"} == {f.value for f in right if f.kind == "time"}:
        return False  # one reading of the clock on both sides ("3 p.m. Eastern" / "3 p.m. ET"): no shift
    return bool(zl and zr and zl != zr and (zl | zr) - {""})


# a day and the part of it an act took place in ("Monday morning", "Friday night")
_DAY_PART = re.compile(
    r"\b("
    + "|".join(d.capitalize() for d in WEEKDAYS)
    + r"|today|yesterday)\s+(morning|afternoon|evening|night)\b"
)
# parts of a day that overlap (an evening runs into the night): one moment either way
_OVERLAP = frozenset({"evening", "night"})
# ... parts that meet (five o'clock is either): either names one moment, unless the sentence is kept
_ADJACENT = frozenset({"afternoon", "evening"})


def day_part_diffs(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """One day, two parts of it, once on each side, of one act ("died on Monday morning" /
    "died on Monday evening"; not "reports on Tuesday morning" / "disrupted on Tuesday
    afternoon"; a day told far from its verb has no act of its own and goes with its link's)."""
    la, ra = _DAY_PART.findall(left_text), _DAY_PART.findall(right_text)
    if len(la) != 1 or len(ra) != 1:
        return []
    (day_a, part_a), (day_b, part_b) = la[0], ra[0]
    if day_a != day_b or part_a == part_b:
        return []
    parts = frozenset({part_a, part_b})
    if parts == _OVERLAP or (
        parts == _ADJACENT and not mostly_alike(left_text.lower().split(), right_text.lower().split())
    ):
        return []
    fa = next((f for f in left if f.kind == "day" and f.text == day_a), None)
    fb = next((f for f in right if f.kind == "day" and f.text == day_b), None)
    if fa is None or fb is None or not same_event(fa, fb):
        return []
    a, b = f"{day_a} {part_a}", f"{day_b} {part_b}"
    return [Difference("time", a, b, f"time: {a} vs {b}")]
