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
from dataclasses import replace

from reader.facts.appositions import ROLE_SET_OFF
from reader.facts.event_words import event_context
from reader.facts.extract_numbers import parse_number
from reader.facts.namewords import looks_like_person
from reader.facts.page_stamps import in_stamp
from reader.facts.qualifier_words import compared_figure
from reader.facts.spans import Spans, overlaps
from reader.facts.speech_patterns import ROLE_WORDS
from reader.facts.tables import (
    AGE,
    APPOSITIVE_AGE,
    COUNT_BEFORE_UNIT,
    DATE,
    DAY,
    DUR_QUAL,
    DUR_UNITS,
    DURATION,
    PERSON_NOUN_AGE,
    SCALE_WORDS,
    TENS_WORDS,
    TIME,
    UNIT_AT,
    UNIT_WORDS,
    WORD_VALUES,
    WS,
    ZONES,
)
from reader.facts.values import amount
from reader.lang import MONTHS, WEEKDAYS
from reader.model import Fact

# what a duration measures, from the word after it: time since or until something
# ("two months after his testimony", "three years ago") is not a stretch that lasts
_OFFSET_AFTER = re.compile(r"\s*(?:after|before|since|ago|later|earlier|into|prior)\b")
# ... or a penalty ("sentenced to five months", "five years in prison")
_TERM_NEAR = re.compile(
    r"\b(?:sentenc\w*|prison|jail|jailed|probation|behind bars|imprison\w*|custody|detention)\b"
)
# "a seven-year term": the noun of a penalty right after its length
_TERM_AFTER = re.compile(r"\s+(?:prison\s+|jail\s+)?term\b")


def _duration_role(low: str, a: int, b: int) -> tuple[str, ...]:
    """What a duration measures: ('offset',) for time since or until something, ('term',)
    for a penalty, () for a stretch that lasts; two roles are never compared."""
    if _OFFSET_AFTER.match(low, b):
        return ("offset",)
    if _TERM_NEAR.search(low, max(0, a - 30), min(len(low), b + 25)) or _TERM_AFTER.match(low, b):
        return ("term",)
    if low[max(0, a - 4) : a] == "and " and _TERM_NEAR.search(low, max(0, a - 70), a):
        return ("term",)  # "sentenced to seven years for fraud and 18 months for false accounting"
    return ()


def dates(text: str, year_hint: int | None, facts: list[Fact], taken: Spans) -> None:
    prev: tuple[int, int] | None = None  # (year, month) of the last explicit date here
    low = text.lower()
    for m in DATE.finditer(text):
        g = m.groupdict()
        inferred = False
        if g["iy"]:
            y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
        else:
            mon = g["m1"] or g["m2"] or g["m3"] or g["m4"] or g["m5"]
            dtxt = g["d1"] or g["d2"]
            ytxt = g["y1"] or g["y2"] or g["y3"]
            if mon.rstrip(".").lower() in ("may", "mar") and mon[0].islower():
                continue
            if mon == "May" and not dtxt and not ytxt and not g["m4"] and not g["m5"]:
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
        taken.append((m.start(), m.end()))
        if in_stamp(low, m.start()):
            continue  # the page's own stamp, not a date of the story
        ctx = event_context(low, m.start(), end)
        facts.append(Fact("date", text_, m.start(), end, (y, mo, d), year_inferred=inferred, context=ctx))
    if "-" in text or "–" in text:
        seasons(text, facts, taken)


# a season or a school or fiscal year told by its two years ("the 2025-26 academic year",
# "2019/20"): the year it opens, as a bare year (a dash after a year is no other fact)
# (not in brackets: "John Lucas (1994-96), Johnny Davis (1996-97)" are terms of a list)
_SEASON = re.compile(r"(?<![\w.,/(-])((?:19|20)\d\d)[-–/](\d\d)(?![\w%/)-])")


def seasons(text: str, facts: list[Fact], taken: Spans) -> None:
    low = text.lower()
    for m in _SEASON.finditer(text):
        y = int(m[1])
        if int(m[2]) == (y + 1) % 100 and not overlaps(taken, *m.span()):
            ctx = event_context(low, m.start(), m.end(), act=False)
            facts.append(Fact("year", m.group(), m.start(), m.end(), (y, 0, 0), context=ctx))
            taken.append(m.span())


# the named days a weekday ends ("Cyber Monday", "Black Friday", "Super Tuesday", "Easter
# Sunday"): a season of shopping, a church's or a vote's, not the day of an act (general English)
_NAMED_DAY = re.compile(
    r"\b(?:Black|Cyber|Good|Holy|Maundy|Easter|Palm|Ash|Super|Bloody|Giving|Shrove|Whit|Bowl|Mothering|"
    r"Business|Boxing)\s+$"
)


def days(text: str, low: str, facts: list[Fact], taken: Spans) -> None:
    """Weekdays and relative days ("Monday", "yesterday", "last week"), kept as words; not a
    named day's ("Cyber Monday")."""
    for m in DAY.finditer(low):
        if _NAMED_DAY.search(text, max(0, m.start() - 12), m.start()) and text[m.start()].isupper():
            continue
        if not overlaps(taken, m.start(), m.end()) and not in_stamp(low, m.start()):
            ctx = event_context(low, m.start(), m.end())
            facts.append(
                Fact(
                    "day", text[m.start() : m.end()], m.start(), m.end(), WS.sub(" ", m.group()), context=ctx
                )
            )


# the end of a range of clock times whose a.m./p.m. stands only after the end ("between 10:37
# and 10:58 p.m.", "from 9:15 to 11 a.m."): the start shares it
_RANGE_END = re.compile(
    r"\s*(?:and|to|until|till|through|-|–|—)\s*(?P<h>1[0-2]|0?\d)(?:[:.](?P<mi>[0-5]\d))?\s?(?P<ap>a\.?m\.?|p\.?m\.?)(?!\w)"
)


def _range_start_hour(low: str, at: int, h: int, mi: int) -> int:
    """The hour of a bare clock time (``h``:``mi``, no a.m./p.m.) that starts a range ending at
    ``at`` with a time that has one: the latest reading of it not after the range's end
    ("10:37 and 10:58 p.m." is 22:37; "11:30 to 1 p.m." is 11:30); else ``h`` as written."""
    m = _RANGE_END.match(low, at)
    if m is None or not 1 <= h <= 12:
        return h
    end = _clock_hour(int(m.group("h")), m.group("ap")) * 60 + int(m.group("mi") or 0)
    return h % 12 + 12 if (h % 12 + 12) * 60 + mi <= end else h % 12


def _clock_hour(h: int, ampm: str) -> int:
    """The hour of "``h`` a.m." or "``h`` p.m." on the 24-hour clock (12 a.m. is 0)."""
    return h % 12 + (12 if ampm.lower().startswith("p") else 0)


def times(text: str, low: str, facts: list[Fact], taken: Spans) -> None:
    """Clock times, in minutes after midnight ("3 p.m." = 900, "15:00 GMT" = 900); a time taken
    written as on a clock ("won in 2:04:53", "7:41.22") is a duration."""
    for m in TIME.finditer(low):
        if overlaps(taken, m.start(), m.end()):
            continue
        race = RACE_TIME.match(low, m.start()) if m.group("h24") is not None else None
        if race and not _CLOCK_AFTER.match(low, race.end()):
            facts.append(race_time(text, race))
            taken.append(race.span())
            continue
        if m.group("h") is not None:
            h, mi = int(m.group("h")), int(m.group("mi") or 0)
            if h > 12:
                continue
            h = _clock_hour(h, m.group("ap"))
        elif m.group("hw") is not None:
            h, mi = int(m.group("hw")), int(m.group("miw"))
        else:
            h, mi = int(m.group("h24")), int(m.group("mi24"))
            h = _range_start_hour(low, m.end(), h, mi)
        end = m.start() + len(m.group().rstrip())
        taken.append((m.start(), m.end()))
        if in_stamp(low, m.start()):
            continue  # "Updated: ... 20:09 IST": when the page changed, not the story
        zone = m.group("zone") or m.group("zone24") or m.group("zonew") or ""
        near = _NEAR_TIME.search(low, max(0, m.start() - 24), m.start())
        facts.append(
            Fact(
                "time",
                text[m.start() : end],
                m.start(),
                end,
                h * 60 + mi,
                "local" if zone.startswith("local") else zone,  # the unit: the zone told
                "<" if near and near.group(1) == "before" else ">" if near else "=",
                context=event_context(low, m.start(), end),
            )
        )


# a time taken written as on a clock, to the second or its hundredths: "won in 2:04:53" (hours,
# minutes, seconds), "in 7:41.22" (minutes, seconds): no clock reads seconds in a story
RACE_TIME = re.compile(
    r"(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d{1,3})?)(?![\d:])|(\d{1,2}):([0-5]\d\.\d{1,3})(?![\d:])"
)


# ... but for one with its zone or half of the day: "10:15:30 GMT" is on a clock
_CLOCK_AFTER = re.compile(
    r"\s?(?:a\.?m\b|p\.?m\b|local\b|(?:" + "|".join(sorted(ZONES, key=len, reverse=True)) + r")\b)"
)


def race_time(text: str, m: re.Match[str]) -> Fact:
    """The duration a time taken ``m`` (of :data:`RACE_TIME`) tells, in days as durations are."""
    h, mi, sec = (m.group(1), m.group(2), m.group(3)) if m.group(1) else ("0", m.group(4), m.group(5))
    days = int(h) * DUR_UNITS["hour"] + int(mi) * DUR_UNITS["minute"] + float(sec) * DUR_UNITS["second"]
    fine = 10 ** -len(sec.partition(".")[2]) / 86400  # to the second, or its tenths and hundredths
    return Fact("duration", text[m.start() : m.end()], m.start(), m.end(), days, "second", "=", fine)


# a clock time told as near one side of it: "shortly before 6am" is a moment in the minutes
# before six (reader.facts.compare_temporal.one_moment)
_NEAR_TIME = re.compile(
    r"\b(?:shortly|just|soon|moments?|minutes)\s+(before|after)\s+(?:about\s+|around\s+)?$"
)


def _duration_matches(low: str) -> Iterable[re.Match[str]]:
    """Duration matches, found from their unit word backwards.

    The full pattern (qualifier, article, number, unit, noun) is costly to try at every
    position; a unit word is rare, so we only try it in the few characters before one, and
    only where a count ends just before it (most "day"s of a long text have none).
    """
    for u in UNIT_AT.finditer(low):
        if not COUNT_BEFORE_UNIT.search(low, max(0, u.start() - 48), u.start()):
            continue  # "that day", "in those days": no count, so no duration ends here
        # a match holds its unit and at most a few words after it ("and a half", "-long
        # period", "old"): the search ends there, or a count the pattern refuses (after a "/")
        # would send it to the text's end, once for every unit word
        for m in DURATION.finditer(low, max(0, u.start() - 48), u.end() + 40):
            if m.start() > u.start():
                break
            if m.start("unit") == u.start():
                yield m
                break


def ages(text: str, low: str, facts: list[Fact], taken: Spans) -> None:
    """'65-year-old', 'aged 65', '40 years old', ', who is 65,': an age, never a duration."""
    for m in _AGE_OF.finditer(low):
        key = next(k for k in ("age", "age2", "age3") if m.group(k))
        a, b = m.span(key)
        if not overlaps(taken, a, b):
            facts.append(Fact("age", text[a:b], a, b, float(m.group(key)), unit="years"))
            taken.append((a, b))
    for m in AGE.finditer(low):
        raw = m.group("a1") or m.group("a2") or m.group("a3")
        got = parse_number(raw)
        if got is None:
            continue
        a, b = m.span("a3") if m.group("a3") else m.span()
        facts.append(Fact("age", text[a:b], a, b, got[0] / _PER_YEAR[m.group("per") or "year"], unit="years"))
        taken.append((a, b))
        if m.group("a1"):  # "aged 27 and 51", "aged 19, 22 and 30": each of the list an age (ut184)
            for n in _MORE_AGES.finditer(low, b):
                if n.start() != b:
                    break
                x, y = n.span("age")
                facts.append(Fact("age", text[x:y], x, y, float(n.group("age")), unit="years"))
                taken.append((x, y))
                b = n.end()


# an age told after "of": "died at the age of 35", "a girl of 16, walked" (ut266, ut263), the figure
# alone the span; a noun of a person of an age first (not "a mother of 12": her children), and the
# clause going on or ending after the figure
_AGE_OF = re.compile(
    r"\b(?:at\s+the\s+age|(?:an?|the)\s+(?:[a-z]+\s+)?(?:man|woman|boy|girl|teenager|youth|child|baby))"
    r"\s+of\s+(?P<age>[1-9]\d?|1[01]\d)(?=\s*[,.;)]|\s+(?:who|was|is|has|had|and|when)\b)"
    # ... or "was" it when a person did a thing ("was 74 when he was crowned" / "was 73 at his
    # coronation", ut264)
    r"|\b(?:was|is|turned)\s+(?P<age2>[1-9]\d?|1[01]\d)\s+(?=(?:when|as)\s+(?:he|she)\b|at\s+(?:his|her)\b)"
    # ... or "at age" it, the American way ("At age 80, Biden is", "died at age 76 on Tuesday", ut340)
    r"|\bat\s+age\s+(?P<age3>[1-9]\d?|1[01]\d)\b(?![.,]?\d|\s*(?:%|percent|to\b|-|–))"
)


# a baby's age in months or weeks ("a 9-month-old girl", ut255) is valued in years: "12-month-old"
# and "1-year-old" are one age
_PER_YEAR = {"year": 1, "month": 12, "week": 52}


# the ages listed after "aged 27": ", 22" or " and 51", never a figure of a scale or unit after it
_MORE_AGES = re.compile(
    r"(?:,\s*|\s+and\s+)(?P<age>[1-9]\d?|1[01]\d)\b(?![.,]?\d|\s*(?:%|percent|years?\b|million|billion))"
)


# capitalised words before a comma that are no person: a figure after them is a day of the
# month or a count ("Friday, 13", "In May, 40 ...")
_NOT_BEARERS = frozenset(WEEKDAYS) | frozenset(MONTHS)


def _name_ending(text: str, end: int) -> str:
    """The capitalised words (a title, given names, a surname, a suffix) that end at ``end``."""
    words = text[:end].split()
    out: list[str] = []
    for w in reversed(words[-4:]):
        if not w[:1].isupper() or (w.endswith((",", ";", ":")) and out):
            break
        out.append(w)
    return " ".join(reversed(out))


# ... or after the person's role set off by commas behind the name ("Markus Oberholzer,
# Helvion's chief executive, 56,", ut276): the role's last word one a person holds
_ROLE_AGE = re.compile(
    rf"(?P<name>\b[A-Z][\w'’-]*[a-z]),\s+{ROLE_SET_OFF}\s(?P<age>[1-9]\d?|1[01]\d)(?=\s?[,;)](?!\s?\d))"
)


def appositive_ages(text: str, facts: list[Fact], taken: Spans, known: frozenset[str] = frozenset()) -> None:
    """'Robert Buckley, 32,': a figure set off by commas after a name (or after the role set
    off behind it: "Markus Oberholzer, Helvion's chief executive, 56,") is the person's age
    (the figure alone is the span: "32"); a surname alone ("Orozco, 27,") when ``known`` holds
    it as a surname the article gives a person elsewhere."""
    found = [(m, True) for m in APPOSITIVE_AGE.finditer(text)]
    found += [(m, False) for m in _ROLE_AGE.finditer(text) if m.group("role") in ROLE_WORDS]
    for m, bare in found:
        a, b = m.span("age")
        if (bare and m.group("name").lower() in _NOT_BEARERS) or overlaps(taken, m.start(), b):
            continue
        if not looks_like_person(_name_ending(text, m.end("name")), set(known)):
            continue  # "Democrats, 51, Republicans, 49", "Arsenal, 3", "Ohio, 18": no person
        facts.append(Fact("age", text[a:b], a, b, float(m.group("age")), unit="years"))
        taken.append((a, b))
    for m in PERSON_NOUN_AGE.finditer(text):
        a, b = m.span("age")
        if not overlaps(taken, a, b):
            facts.append(Fact("age", text[a:b], a, b, float(m.group("age")), unit="years"))
            taken.append((a, b))


# a verb that states how long something lasted right before "a week", "an hour"
_LASTED = re.compile(r"\b(?:lasted|lasts|lasting|last|waited)\s+$")


# the smaller part of a duration told in two units, after "an hour" of "an hour and 35 minutes"
_PARTED = re.compile(r"(?:,\s*|\s+and\s+)(?:\d+|[a-z]+)\s+(second|minute|hour|day|week|month)s?\b")


def _parted(low: str, m: re.Match[str]) -> bool:
    """Is the duration ``m`` the larger part of one told in two units ("an hour and 35 minutes";
    not "60 miles an hour and two hours later")?"""
    part = _PARTED.match(low, m.end())
    return part is not None and DUR_UNITS[part.group(1)] < DUR_UNITS[m.group("unit").lower()]


# an older English count, the units before the tens: "two and fifty years", "three and thirty days"
# (not a range's bounds: "between two and thirty days")
_UNITS_BEFORE = re.compile(rf"(?P<range>\bbetween\s+)?\b({'|'.join(UNIT_WORDS)})\s+and\s+$")


def _units_before(low: str, at: int, num: str) -> re.Match[str] | None:
    """The units written before the tens ``num`` that start at ``at`` ("two and" of "two and
    fifty years"), the units as group 2; None when there are none or they bound a range."""
    if num not in TENS_WORDS:
        return None
    m = _UNITS_BEFORE.search(low, max(0, at - 18), at)
    return None if m is None or m.group("range") else m


# a figure in digits before a count's words: with a bare scale word, the count's figure ("3.5
# million years ago"); before a scale word that opens a run of number words, a sum's, whose scale
# word that is ("€1.3 billion three years ago"), not the count's start
_FIGURE_BEFORE = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s+$")
_QUAL_BEFORE = re.compile(r"\b(less\s+than|fewer\s+than|more\s+than|at\s+least|at\s+most|up\s+to)\s+$")
_SCALES = frozenset(SCALE_WORDS.split("|"))
_SCALE_FIRST = re.compile(rf"(?:{SCALE_WORDS})\b(?=\s+\w)")


_NEXT_WORD = re.compile(r"\s+([a-z]+)")
# the words a span of "a second" may stand before ("for a second or two", "a second later")
_AFTER_A_SPAN = frozenset("or and later before after ago longer to of in that when while too as the".split())


def durations(text: str, low: str, facts: list[Fact], taken: Spans) -> None:
    for m in _duration_matches(low):
        if m.group("old") or overlaps(taken, m.start(), m.end()):
            continue
        num = m.group("num").lower()
        at = m.start("num")
        figure = _FIGURE_BEFORE.search(low, max(0, at - 16), at)
        if figure and (scale := _SCALE_FIRST.match(num)):  # the scale word of the sum before
            num = num[scale.end() :].lstrip()
            at, figure = m.end("num") - len(num), None
        older = None  # (an older count, "two and fifty years", read below)
        nxt = _NEXT_WORD.match(low, m.end()) if num in ("a", "an") and m.group("unit") == "second" else None
        if nxt and nxt.group(1) not in _AFTER_A_SPAN:
            continue  # "for a second straight year", "a second time": the ordinal, no span of time
        if num in ("a", "an"):
            n = 1.0
            stated = m.group("noun") or m.group("qual") or m.group("art") or m.group("half2")
            told = stated or _LASTED.search(low, max(0, m.start() - 12), m.start("num")) or _parted(low, m)
            if not told:  # "a day" in passing is no stated duration; "lasted a week" is, "an hour and ..."
                continue
        else:
            got = parse_number(num)
            if got is None:
                continue
            n = got[0]
            if figure and num in _SCALES:
                n *= float(figure.group(1).replace(",", ""))  # "3.5 million years": the figure is the count's
                at = figure.start(1)
            older = _units_before(low, at, num)
            if older is not None:
                n += WORD_VALUES[older.group(2)]  # "two and fifty years" is 52
        if m.group("half") or m.group("half2"):
            n += 0.5  # "two and a half years", "a year and a half"
        unit = m.group("unit").lower()
        qual = WS.sub(" ", (m.group("qual") or "").lower())
        qual_at = m.start("qual")
        if at < m.start("num") and (q := _QUAL_BEFORE.search(low, max(0, at - 20), at)):
            qual, qual_at = (
                WS.sub(" ", q.group(1)),
                q.start(1),
            )  # "more than 2.1 million hours": the figure's bound
        if qual and m.group("art") and not m.group("noun") and low[m.start("unit") - 1] == "-":
            qual = ""  # "under a 10-year deal": the span of the deal, no bound ("within a 30-day period" is)
        if qual and compared_figure(low, m.start("qual"), qual):
            qual = ""  # "4.6% more than a year earlier": a figure compared with a year before, no bound
        bound = DUR_QUAL.get(qual, "~" if qual else "=")
        # the span: the qualifier when it bounds the value, never articles or "over"
        start = qual_at if qual and qual not in ("over", "during", "for") else at
        if older is not None:
            start = older.start(2)
        if num in ("a", "an") and m.group("art"):
            start = min(start, m.start("num"))
        days_ = n * DUR_UNITS[unit]
        role = _duration_role(low, start, m.end())
        found = Fact("duration", text[start : m.end()], start, m.end(), days_, unit, bound, context=role)
        facts.append(_compound(text, facts, found))
        taken.append((start, m.end()))


# between the parts of one duration told in two units: "an hour and 35 minutes", "2 years, 3 months"
_PARTS_JOIN = re.compile(r"(?:,\s*|\s+and\s+|\s+)")


def _compound(text: str, facts: list[Fact], got: Fact) -> Fact:
    """``got``, or with the duration right before it in a larger unit, one duration ("an hour
    and 35 minutes" is 95 minutes, not an hour and 35 minutes apart), the earlier fact removed."""
    prev = facts[-1] if facts and facts[-1].kind == "duration" else None
    if prev is None or DUR_UNITS[prev.unit] <= DUR_UNITS[got.unit]:
        return got
    if _PARTS_JOIN.fullmatch(text, prev.end, got.start) is None or got.bound != "=":
        return got
    facts.pop()
    value = amount(prev) + amount(got)
    # told to its smaller unit: "11 hours and 40 minutes" is no rounding of twelve hours
    told_to = DUR_UNITS[got.unit]
    return replace(
        got,
        text=text[prev.start : got.end],
        start=prev.start,
        value=value,
        bound=prev.bound,
        resolution=told_to,
    )
