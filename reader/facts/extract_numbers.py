"""Finding quantities: numbers, money, percentages, ordinals (and bare years among numbers).

A quantity carries what makes it comparable: its value, a qualifier's bound ("more than 100"), the
rounding its precision allows ("70.3 million": +-50,000), what it counts (the noun after it, the verb
before it): "killed 12 people" / "killed 15 people" are one slot, "12 people" / "15 cars" not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

from reader.facts.count_words import count_claim, count_context, count_noun, level_subject
from reader.facts.event_words import event_context
from reader.facts.labelled_numbers import part_of_name
from reader.facts.measures import glued_unit, race_metres, unit_of
from reader.facts.qualifier_words import qualifier_before
from reader.facts.spans import Spans, overlaps
from reader.facts.tables import (
    COUNT_WORD_BEFORE,
    CURRENCY,
    CURRENCY_CODES,
    NOUN_AFTER,
    NUM,
    NUMWORD_HINT,
    QSTART,
    QUANTITY,
    SCALE,
    SCALE_PART,
    SCALE_WORDS,
    TENS_WORDS,
    UNIT_WORDS,
    WORD_VALUES,
    WS,
    YEAR_ALONE,
    of_the_dead,
    one_person,
    sum_in_words,
)
from reader.lang import CARDINALS, COUNT_STOP_WORDS
from reader.model import Fact, FactKind

_SCALE_WORDS = tuple(SCALE_WORDS.split("|"))


def parse_number(text: str) -> tuple[float, float] | None:
    """(value, resolution) of a number as written, or None.

    The resolution is the rounding the writer's precision allows: "70.3 million" is
    +-50,000 wide; a plain integer ("12") is exact, so "12" and "15" always differ.
    """
    t = WS.sub(" ", text.lower().strip())
    if t in WORD_VALUES:  # "a dozen"; "a million" is rounded as "1 million" is
        rounded = t.startswith("a ") and t[2:] in SCALE
        return float(WORD_VALUES[t]), float(WORD_VALUES[t]) if rounded else 0.0
    scale = 1
    last = t.rsplit(" ", 1)
    if not t[:1].isdigit() and t not in WORD_VALUES:
        return _word_run(t, 1)  # "three million two hundred thousand": one run, read whole
    if len(last) == 2 and last[1] in SCALE and last[0]:
        scale, t = SCALE[last[1]], last[0]
    elif t[-1:].isalpha() and t[:1].isdigit():  # "5m", "3bn"
        i = len(t)
        while i and t[i - 1].isalpha():
            i -= 1
        if t[i:] not in SCALE:
            return None
        scale, t = SCALE[t[i:]], t[:i]
    if t[:1].isdigit():
        digits = t.replace(",", "")
        whole, _, frac = digits.partition(".")
        if not whole.isdigit() or (frac and not frac.isdigit()) or len(whole) + len(frac) > 30:
            return None  # a run of 309 digits overflows a float: no figure a story tells
        value = int(whole + frac) * scale / 10 ** len(frac)
        res = scale / 10 ** len(frac) if (frac or scale > 1) else 0.0
        if scale > 1 and not frac:  # "70 million" may round 70.3 million
            res = float(scale)
        return float(value), float(res)
    if t in WORD_VALUES:
        return float(WORD_VALUES[t] * scale), 0.0
    return _word_run(t, scale)


@lru_cache(maxsize=4096)
def _word_run(t: str, scale: int) -> tuple[float, float] | None:
    """A run of number words valued by text2num; a run it rejects is no number.  A run
    ending in a scale word ("seventy million") rounds like "70 million"."""
    try:
        n = text2num(t, "en")
    except ValueError:
        return None
    last = t.rsplit(" ", 1)[-1]
    res = float(SCALE[last]) if last in _SCALE_WORDS and n >= SCALE[last] else 0.0
    if scale > 1:
        res = float(scale)
    return float(n * scale), res


# the parts of a scale news writes in words: "half a million", "a quarter of a million"
_PARTS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25}
_SCALE_PART = re.compile(rf"\b{SCALE_PART}\s+$")


def _value(raw: str, scale: str, half: bool) -> tuple[float, float] | None:
    """(value, resolution) of a quantity: its number, a half more ("two and a half million"),
    times its scale; "half a million" is a half of the scale."""
    words = raw.split()  # ("half a", "a quarter of a": the part's word first or second)
    part = (
        _PARTS.get(words[0] if words[0] == "half" else words[1]) if words[1:] and words[-1] == "a" else None
    )
    if part:
        # a round figure, written to a tenth of its scale at best, like "0.5 million"; "three quarters
        # of a million" is 750,000
        times = 3 if raw.startswith("three") else 1
        return (SCALE[scale] * part * times, SCALE[scale] / 10) if scale in SCALE else None
    if scale == "dozen":
        # "three dozen" is 36 told in twelves: rounded to a dozen ("36" / "three dozen" agree)
        got = parse_number(raw)
        return (got[0] * 12 + (6 if half else 0), 12.0) if got and got[0] >= 1 and not got[1] else None
    if not half:
        return parse_number(raw + (" " + scale if scale else ""))
    got = parse_number(raw)
    if got is None:
        return None
    times = SCALE.get(scale, 1)
    return (got[0] + 0.5) * times, (times / 10 if times > 1 else got[1])  # as "2.5 million"


# the rand's sign is a letter: read only before a scale ("R46 million", "R1.2bn") or thousands ("R3,500")
_RAND = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?:million|billion|bn|m)\b)")


def _quantity_starts(low: str, words: bool) -> list[int]:
    """Where a quantity may start: a digit or currency sign not inside another number
    (moved back over "us$", "usd "), and number words ("a dozen", "twelve")."""
    out: list[int] = []
    for m in QSTART.finditer(low):
        p = m.start()
        c = low[p]
        prev = low[p - 1] if p else " "
        if c.isdigit():
            if prev.isdigit() or prev in ".,$€£¥" or low[p - 2 : p] in ("$ ", "€ ", "£ "):
                continue
            if low[p - 4 : p - 1] in _CODES and low[p - 1] == " " and not low[p - 5 : p - 4].isalpha():
                p -= 4
            elif low[p - 3 : p] in _CODES and not low[p - 4 : p - 3].isalpha():
                p -= 3
        elif low[p - 2 : p] in ("us", "ca", "au", "nz", "hk", "nt"):  # "US$", "CA$", "NZ$", "NT$"
            p -= 2
        elif prev in "acrs" and (p < 2 or not low[p - 2].isalnum()):
            p -= 1  # "A$", "C$", "R$", "S$"
        if c.isdigit() and prev == "r" and (p < 2 or not low[p - 2].isalnum()) and _RAND.match(low, p):
            p -= 1  # "R46 million"
        out.append(p)
    if words:
        for m in NUMWORD_HINT.finditer(low):
            p = m.start()
            if low[p - 2 : p] == "a ":
                p -= 2
                if low[p - 5 : p] == "half ":
                    p -= 5
                elif part := _SCALE_PART.search(low, max(0, p - 20), p):
                    p = part.start()  # "a quarter of a million"
            out.append(p)
        out.sort()
    return out


def _kind(m: re.Match[str], text: str, cur: str, cur2: str, scale: str, metres: bool) -> tuple[FactKind, str]:
    """Percent, money, a bare year, a race's metres, or a number (its noun, or a unit on it: "34C")."""
    raw, b = m.group("num"), m.end()
    if metres:
        return "number", "metres"
    if m.group("pct"):  # a share, or a change of one in points ("rose 4 percentage points")
        return "percent", "points" if m.group("pct").lower().startswith(("percentage", "basis")) else ""
    if cur or cur2:
        return "money", CURRENCY.get(cur or cur2, cur.upper() or cur2)
    if (glued := m.group("glued")) and not (len(raw) > 4 and raw.isdigit() and len(glued) == 1):  # ("24112C")
        return "number", glued_unit(glued)
    if raw.isdigit() and len(raw) == 4 and not scale and 1600 <= int(raw) <= 2099:
        return ("year" if YEAR_ALONE.fullmatch(raw) else "number"), ""
    return "number", count_noun(text, b) or level_subject(
        text, m.start()
    )  # ("The number of people ... reached 65,129")


# A part out of a whole: "missed 10 of the Saints' 16 games", "40 of the 300 protesters".  The
# part counts the noun after the whole (its unit and slot); the whole is marked so that it
# compares only with another whole ("of 16 games" / "of 17 games"), never with the count of
# an act ("missed nine games").
_DETERMINER = r"(?:the|its|their|his|her|our|your|these|those)"
_PART_OF = re.compile(
    rf"\s+of\s+(?:{_DETERMINER}\s+)?(?:[\w.'’-]+\s+){{0,2}}?(?P<whole>{NUM})\s+"
    r"(?:[a-z]+-[a-z]+\s+(?=[a-z]))?(?P<noun>[a-z][\w'-]*)"  # past a modifier: "of 2,870 final-round ballots"
)
_WHOLE_BEFORE = re.compile(
    rf"\b(?:{NUM}|most|many|some|none|several|half|majority|rest)\s+of\s+"
    rf"(?:{_DETERMINER}\s+)?(?:[\w.'’-]+\s+){{0,2}}$"
)
# ("all of the 30 passengers survived": the act is of the whole, so "all" and "both" mark none)
WHOLE = "/whole"  # the mark on a whole's context words


def _part_and_whole(
    text: str, low: str, a: int, b: int, unit: str, context: tuple[str, ...]
) -> tuple[str, tuple[str, ...]]:
    """The unit and context of a number that is a part of a whole with its figure ("10 of the
    16 games": games; "40 of the protesters" keeps its own) or a whole ("16" there: its
    context marked :data:`WHOLE`); as given otherwise."""
    if low.startswith(" of ", b) or low.startswith(" of\n", b):
        m = _PART_OF.match(low, b)
        if m:
            noun = m.group("noun")  # not a scale word: "three of the 2 million residents"
            if (
                noun not in COUNT_STOP_WORDS
                and noun not in SCALE
                and noun not in ("them", "us", "those", "these")
            ):
                bm = COUNT_WORD_BEFORE.search(text, max(0, a - 30), a)
                verb = [bm.group(1).lower()[:5]] if bm and bm.group(1).lower() not in COUNT_STOP_WORDS else []
                return noun, tuple(dict.fromkeys([noun[:5], *verb]))
    if " of " in low[max(0, a - 60) : a] and (wm := _WHOLE_BEFORE.search(low, max(0, a - 60), a)):
        # the act of the part goes with the whole: "missed 10 of 16 games" and "started 14 of
        # 17 games" are two seasons, not one told two ways
        bm = COUNT_WORD_BEFORE.search(text, max(0, wm.start() - 30), wm.start())
        act = bm.group(1).lower()[:5] if bm and bm.group(1).lower() not in COUNT_STOP_WORDS else ""
        return unit, tuple(f"{w}/{act}{WHOLE}" if act else w + WHOLE for w in context)
    return unit, context


# the base of a rate after its figure: "20.1 per 100,000 births", "3 deaths per 1,000 people"
_PER_BASE = re.compile(r"(?:\s+[a-z][\w-]*)?\s+per\s+(?P<base>\d{1,3}(?:,\d{3})+|\d+)\b")
# a scale word standing for a number only after a vague word: "several hundred", "a few dozen"
_SCALE_ALONE = frozenset(("dozen", "hundred", "thousand", "million", "billion"))
_CODES = frozenset(("usd", "eur", "gbp", *CURRENCY_CODES))
_VAGUE_BEFORE = re.compile(r"\b(?:several|a\s+few|few|many|some|(?:quarter|third|fifth|tenth)s?\s+of)\s+$")


def quantities(text: str, low: str, facts: list[Fact], taken: Spans, words: bool) -> None:
    last = -1
    for p in _quantity_starts(low, words):
        if p < last:
            continue
        m = QUANTITY.match(low, p)
        if m is None or (m.group("cur") == "r" and text[p] != "R"):  # ("r46": no sign in lower case)
            continue
        a, b = m.start(), m.end()
        last = b
        if overlaps(taken, a, b):
            continue
        raw, cur = m.group("num"), (m.group("cur") or "").strip().lower()
        cur2 = WS.sub(" ", (m.group("cur2") or "").lower())
        scale = m.group("sfx") or m.group("scale") or ""
        if raw == "one" and not (scale or cur2 or m.group("pct")) and not one_person(low, a, b):
            continue  # "one of their closest allies" is no count; "One man died", "one percentage point" are
        if (raw in _SCALE_ALONE or raw.startswith("a ")) and _VAGUE_BEFORE.search(low, max(0, a - 14), a):
            continue  # "several hundred": as vague as "hundreds"; "a quarter of a million": a part unread
        metres = m.group("sfx") == "m" and not cur and race_metres(raw, low, b)  # "the 3,000m" (ut241)
        if m.group("sfx") in ("m", "k") and not cur and not metres and not NOUN_AFTER.match(text, b):
            continue  # "5m" without a currency could be metres; only trust it before a noun
        if m.group("glued") in ("c", "f") and not text[m.start("glued")].isupper():
            continue  # "34C" is a temperature, "34c" nothing we know
        got = _value(raw, "" if metres else scale, bool(m.group("half")))
        b0, got0 = b, got
        b, got = _inverted(low, a, b, raw, got) if not scale else (b, got)  # "four and twenty"
        b, got = _and_more(low, b, raw, got)  # "a hundred and fifty"
        if b != b0 and overlaps(taken, a, b):
            b, got = b0, got0  # "five and thirty years": the tens are a duration's, read already
        if got is None or part_of_name(text, a, raw, cur or cur2 or m.group("pct") or ""):  # "US 5 percent"
            continue
        kind, unit = _kind(m, text, cur, cur2, scale, metres)
        unit = count_noun(text, b) if kind == "number" and b > m.end() else unit
        kind, unit, b, got = sum_in_words(kind, unit, low, b, got)  # "9,250 pounds" (a fee), "33 cents"
        if kind == "year":
            # with the words of its event, like a date: two years of two events are no conflict
            facts.append(
                Fact("year", raw, a, b, (int(raw), 0, 0), context=event_context(low, a, b, act=False))
            )
            taken.append((a, b))
            continue
        bound, qa = qualifier_before(text, a)
        context = count_context(text, qa, b) if kind in ("number", "percent") else ()
        if kind == "number":
            unit, context = of_the_dead(low, qa, *_part_and_whole(text, low, a, b, unit, context))
            if rate := _PER_BASE.match(low, b):
                # a rate: "20.1 per 100,000 births" is a figure of its base, and the base is
                # no count of its own (taken, so no fact "100,000" is read)
                unit, context = f"per {rate.group('base')}", (f"per {rate.group('base')}",)
                taken.append(rate.span("base"))
        start = qa if bound != "=" else a
        value, res = got
        if (m.group("pct") or "").lower().startswith("basis"):
            value, res = value / 100, res / 100  # "25 basis points" are 0.25 percentage points
        if (u := unit_of(unit)) and u[0] == "temperature" and low.endswith("minus ", 0, start):
            value, start = -value, start - 6  # "minus 5C": below the scale's zero
        claim = count_claim(text, qa, b) if kind == "number" else ""
        facts.append(Fact(kind, text[start:b], start, b, value, unit, bound, res, context, claim=claim))
        taken.append((start, b))


# an older English count, units before tens ("four and twenty elders" is 24), no range ("between four and")
_TENS = "|".join(TENS_WORDS)
_INVERTED = re.compile(rf" and ({_TENS})\b(?: (thousand|million|billion)\b)?")


_UNITS = UNIT_WORDS
_Read = tuple[float, float] | None


# "a hundred and fifty": the words after "and" are part of the count, as in "one hundred and fifty"
_COUNT_WORD = rf"(?:{_TENS}|{'|'.join(_UNITS)}|ten|eleven|twelve|\w+teen|hundred)"
_AND_MORE = re.compile(rf" and ({_COUNT_WORD}(?:(?:[- ]|\s+and\s+){_COUNT_WORD})*)\b")


def _and_more(low: str, b: int, raw: str, got: _Read) -> tuple[int, _Read]:
    """The end and value of "a hundred" or "a thousand" with the rest of its count after "and"."""
    m = _AND_MORE.match(low, b) if raw in ("a hundred", "a thousand") and got is not None else None
    more = parse_number(m.group(1)) if m else None
    if m is None or more is None or got is None:
        return b, got
    return m.end(), (got[0] + more[0], 0.0)


def _inverted(low: str, a: int, b: int, raw: str, got: _Read) -> tuple[int, _Read]:
    """The end and value of a count written units first ("four and twenty"), else as read."""
    m = _INVERTED.match(low, b)
    if m is None or raw not in _UNITS or got is None or low[max(0, a - 8) : a].strip() in ("between", "from"):
        return b, got
    times = float(SCALE[m.group(2)]) if m.group(2) else 1.0  # "five and twenty thousand"
    return m.end(), ((got[0] + WORD_VALUES[m.group(1)]) * times, times if times > 1 else 0.0)


# a measure of one and a half or a half, in words: "a mile and a half", "half a mile"
_MEASURES = (
    r"mile|kilometre|kilometer|km|foot|metre|meter|yard|inch|block|pound|kilo|kilogram|ton|tonne"
    r"|gallon|litre|liter|acre"
)
_HALF_MEASURE = re.compile(
    rf"\b(?:(?:an?|one)\s+(?P<u1>{_MEASURES})\s+and\s+a\s+half|half\s+an?\s+(?P<u2>{_MEASURES}))\b"
)


def half_measures(text: str, low: str, facts: list[Fact], taken: Spans) -> None:
    """ "a mile and a half" (1.5 miles), "half a mile" (0.5): a number of its measure, so two
    accounts' "half a mile away" and "about a mile and a half away" meet as two values."""
    for m in _HALF_MEASURE.finditer(low):
        a, b = m.start(), m.end()
        if overlaps(taken, a, b):
            continue
        unit = m.group("u1") or m.group("u2")
        bound, qa = qualifier_before(text, a)
        start = qa if bound != "=" else a
        value = 1.5 if m.group("u1") else 0.5
        context = (unit[:5], *count_context(text, qa, b))
        facts.append(
            Fact("number", text[start:b], start, b, value, unit, bound, 0.0, tuple(dict.fromkeys(context)))
        )
        taken.append((start, b))


# a count written before its noun with a hyphen: "a 98-page draft", "a 12-point plan", "the
# 9-member board", "a 27.85-carat sapphire"; a measure too ("a 14-foot fence", "a 3.2-km
# runway"); spans of time ("30-day"), ages ("54-year-old") and codes ("AK-47") are read elsewhere
# or are no counts, a sports field's yards ("a 73-yard drive", "the 16-yard line") are of many
# things in one story (every such pair of the corpus was two plays), and a screen's inches name
# a model ("the 13-inch model", "the 15-inch MacBook Pro": two models, or "15.4″" rounded)
_WORD_COUNTS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_COMPOUND = re.compile(
    rf"(?<![\w.,/$€£-])(?P<n>\d{{1,4}}(?:,\d{{3}})?(?:\.\d+)?|(?i:{_WORD_COUNTS}))-(?P<noun>[a-z]{{3,}}|km|kg|cm|mm|ft)\b(?!-)"
)
_NOT_COUNTED = frozenset(
    """year years day days week weeks month months hour hours minute minutes second seconds
    night nights decade decades century old odd plus ish something another other and the yard inch degree bit
    thirds fourths fifths sixths sevenths eighths ninths tenths way magnitude percent""".split()
)


def compound_counts(text: str, facts: list[Fact], taken: Spans) -> None:
    """Counts written as compound adjectives ("a 98-page draft"): a number of that noun."""
    for m in _COMPOUND.finditer(text):
        noun = m.group("noun")
        if noun in _NOT_COUNTED or overlaps(taken, m.start(), m.end()):
            continue
        a, b = m.start(), m.end()
        n = m.group("n").replace(",", "")
        value = float(n) if n[0].isdigit() else float(CARDINALS[n.lower()])  # "a three-term senator"
        facts.append(Fact("number", text[a:b], a, b, value, noun, "=", 0.0, (noun,)))
        taken.append((a, b))
