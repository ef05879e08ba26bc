"""A figure told per two things: "a social tariff of 15 euros a month" / "a social tariff of €15 a
week", "$1.38 per square foot per month" / "... per year", "up to three withdrawals a year" / "...
a month", "4.3 tonnes per hectare" / "4.3 tonnes per acre", "$5,000 per violation" / "$5,000 per
day".

The figure is the same on both sides, so the figures' rules see it told alike; what it is paid,
earned or counted per is what changed, and a price by the week is four times one by the month.
What a figure is per is written right after it, before the next fact ("a month", "per year", "an
hour", "/month", "a hectare", "a share", "per" and any word), or as a period adjective before it
("a monthly subscription of", "an annual fee of"); a range shares its period ("between $300 and
$1,500 a week").  Only a figure both sides write the same, each per something, the things two,
is a difference: a figure one side gives per nothing tells nothing of it; one unit written two
ways ("a head" / "per person", "km" / "kilometre") is one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.facts.measures import unit_of
from reader.facts.tables import DUR_UNITS
from reader.facts.unit_kinds import unit_kind_slips
from reader.model import Difference, Fact

# the period as the words name it
_PERIODS = {
    "hour": "hour",
    "hourly": "hour",
    "day": "day",
    "daily": "day",
    "night": "day",  # (a hotel's or a car park's rate by the night is by the day)
    "nightly": "day",
    "week": "week",
    "weekly": "week",
    "fortnight": "fortnight",
    "fortnightly": "fortnight",
    "month": "month",
    "monthly": "month",
    "quarter": "quarter",
    "quarterly": "quarter",
    "year": "year",
    "yearly": "year",
    "annual": "year",
    "annually": "year",
    "annum": "year",
    "season": "year",  # (a player's pay "per season" is by the year: one season a year, ut261)
}
_AFTER_WORDS = "hour|day|night|week|fortnight|month|quarter|year|annum"
# what a figure is counted per besides a period, after "a", "an", "each" or "every": a unit of
# measure or a unit sold ("4.3 tonnes a hectare", "$5 a share", "$40 a head"); after "per" any
# word is one ("$5,000 per violation", "per capita"), "per cent" aside
_UNIT_WORDS = (
    r"hectare|acre|square\s+(?:metre|meter|foot|feet|mile|kilometre|kilometer)|sq\.?\s*(?:ft|m)|mile|kilometre|kilometer|km"
    r"|kilo(?:gram)?|kg|tonne|ton|pound|lb|ounce|oz|litre|liter|gallon|barrel|bushel|share|person|head|household|passenger"
)
# after the figure, within a few words of what it is per ("per square foot per month"), before
# another figure or the clause's end; "a year ago", "a month earlier" tell when, not a period
# ("350 a month after that" is per month from then on)
# (nor past a comma: "S$298, while revenue per available room ..." is another clause's)
_STRETCH = re.compile(r"[^.;:!?\d$€£¥,]{0,40}")
_PER = re.compile(
    rf"(?:\b(?:a|an|each|every)\s+|/)(?P<word>{_AFTER_WORDS}|{_UNIT_WORDS})s?\b(?!\s+(?:ago|earlier|later|before|after(?!\s+th(?:at|is)\b))\b)"
    rf"|\bper\s+(?P<any>metric\s+tons?\b|(?:{_AFTER_WORDS}|{_UNIT_WORDS})s?\b|(?!cent\b)[a-z]+(?:-[a-z]+)*)"
    r"|(?<=\s)(?P<adverb>annually|monthly|weekly|daily|hourly)\b",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    r"\b(hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annual)\b[^.;:!?\d$€£¥]{0,30}$",
    re.IGNORECASE,
)
# a share after a verb of moving tells a change of the thing the period adjective qualifies,
# not a share per period ("the average daily room rate rose 3.1 percent")
_MOVED = re.compile(
    r"\b(?:rose|rise[sn]?|fell|fall(?:s|en)?|climbed|increased|decreased|declined|jumped|dropped|gained|slipped|"
    r"grew|grown|up|down)\b",
    re.IGNORECASE,
)
# two sums of one range: "between $300 and $1,500", "$300 to $1,500", "$300-$1,500"
_RANGE_JOINT = re.compile(r"\s*(?:and|to|-|–)\s*")
# the notes' openings (the gate reads them: both sides state the figure, what it is per is the point)
PERIOD_NOTE = "a sum for another period"
PER_NOTES = (
    PERIOD_NOTE,
    "a figure for another period",
    "a sum per another unit",
    "a figure per another unit",
)
_KINDS = frozenset({"money", "number", "percent"})
_LABELS = {"money": "amount", "number": "number", "percent": "percentage"}


def period_diffs(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """The first figure both sides write alike, each per something, the things two; else one figure
    whose unit changed kind (:func:`reader.facts.unit_kinds.unit_kind_slips`)."""
    return _per_other_things(left, right, left_text, right_text) or unit_kind_slips(left, right)


def _per_other_things(
    left: list[Fact], right: list[Fact], left_text: str, right_text: str
) -> list[Difference]:
    if not any(f.kind in _KINDS for f in left) or not any(f.kind in _KINDS for f in right):
        return []  # (most sentence pairs)
    lp, rp = _once(_periods(left, left_text)), _once(_periods(right, right_text))
    for a, (ka, shown_a) in lp:
        for b, (kb, shown_b) in rp:
            if _alike(a, b) and ka != kb and not _fewer_things(ka, kb) and not _one_people(ka, kb):
                if _one_length(ka, kb):
                    continue
                noun = "a sum" if a.kind == "money" else "a figure"
                spans = {k for k in ka ^ kb if k.startswith("over ")}
                tail = "for another period" if ka ^ kb <= _PERIOD_KEYS | spans else "per another unit"
                # the spans: the figure and what it is per, when written in one stretch
                sa = shown_a if shown_a in left_text else a.text
                sb = shown_b if shown_b in right_text else b.text
                return [Difference(_LABELS[a.kind], sa, sb, f"{noun} {tail}: {shown_a} vs {shown_b}")]
    return []


_PERIOD_KEYS = frozenset(_PERIODS.values())
# what a figure is told per: the keys of its periods and units, and the words that show it
_Per = tuple[frozenset[str], str]


# a total told over a span: "over four years", "over the next five years"
_OVER = re.compile(r"\s+(?:over|across)\s+(?:the\s+(?:next|past|last|coming|first)\s+)?", re.IGNORECASE)
# the days of each period, a span as long as one of them being that period ("over 12 months" / "a year")
_DAYS = {k: DUR_UNITS[k] for k in ("day", "week", "fortnight", "month", "year")} | {
    "quarter": 3 * DUR_UNITS["month"]
}


def _fewer_things(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """Does one side give a figure per fewer things, of the other's things: it tells less, not
    other ("£4 per employee per month" / "four pounds a month for each employee", "£865 a week
    per resident" / "the £865 weekly rate")?"""
    return ka < kb or kb < ka


def _one_length(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """Is a total over a span as long as the other side's period ("over 12 months" / "a year")?"""
    days = {_DAYS.get(k, 0.0) for k in ka | kb} - {0.0}
    spans = [float(k.split()[1]) for k in ka | kb if k.startswith("over ")]
    return any(abs(s - d) <= d * 0.05 for s in spans for d in days)


def _alike(a: Fact, b: Fact) -> bool:
    """One figure written alike on both sides: of one kind, value and unit, a count of one noun."""
    if a.kind != b.kind or a.value != b.value or a.unit != b.unit:
        return False
    return a.kind != "number" or not a.context or not b.context or bool(set(a.context) & set(b.context))


def _once(told: list[tuple[Fact, _Per]]) -> list[tuple[Fact, _Per]]:
    """The figures of ``told`` that are the one figure of their value their side tells per
    something ("$2 an hour ... $2 a week" on one side are two sums, each with its own)."""
    counts = Counter((f.kind, f.value, f.unit) for f, _ in told)
    return [(f, p) for f, p in told if counts[(f.kind, f.value, f.unit)] == 1]


def _per(period: str) -> str:
    return f"an {period}" if period == "hour" else f"a {period}"


def _periods(facts: list[Fact], text: str) -> list[tuple[Fact, _Per]]:
    """Each figure of ``text`` with what it is told per, when anything."""
    figures = sorted((f for f in facts if f.kind in _KINDS), key=lambda f: f.start)
    starts = sorted(f.start for f in facts)
    # what a figure is per stands before the next fact ("£1, with up to three withdrawals a year")
    own = [_own(text, f, next((s for s in starts if s >= f.end), len(text)), facts) for f in figures]
    out = []
    for i, f in enumerate(figures):
        per = own[i]
        if per is None:  # a range shares its period
            for j in (i - 1, i + 1):
                if 0 <= j < len(figures) and _ranged(text, f, figures[j]) and (other := own[j]) is not None:
                    per = per or (other[0], f"{f.text} {other[1][len(figures[j].text) :].strip()}")
        if per is not None:
            out.append((f, per))
    return out


def _own(text: str, f: Fact, stop: int, facts: list[Fact]) -> _Per | None:
    """What ``f`` is told per: the periods and units after it, before ``stop`` (the next
    fact), else a period adjective before it ("a monthly fee of"), else the span it is the total
    of ("310 million dollars over four years", against "310 million dollars a year")."""
    span = next((g for g in facts if g.start == stop and g.kind == "duration"), None)
    if span is not None and _OVER.fullmatch(text, f.end, stop) and isinstance(span.value, float):
        return frozenset({f"over {span.value:g} days"}), text[f.start : span.end]
    stretch = _STRETCH.match(text, f.end, stop)
    keys, end = set(), f.end
    for m in _PER.finditer(text, f.end, stretch.end() if stretch else f.end):
        word = (m.group("word") or m.group("any") or m.group("adverb")).lower()
        keys.add(_PERIODS.get(word) or _unit_key(word))
        end = m.end()
    if keys:
        return frozenset(keys), text[f.start : end]
    before = _BEFORE.search(text, max(0, f.start - 40), f.start)
    if before is not None and not (f.kind == "percent" and _MOVED.search(before.group())):
        period = _PERIODS[before.group(1).lower()]
        return frozenset({period}), f"{f.text} {_per(period)}"
    return None


# one unit, two names: a head is a person ("$40 a head" / "$40 per person")
_SAME_UNIT = {
    "sq ft": "square foot", "sq. ft": "square foot", "sq m": "square metre", "sq. m": "square metre",
    "head": "person", "capita": "person", "metric ton": "tonne",
}  # fmt: skip
# the people a figure may be counted per: "a head" or "per person" is per any of them ("4 million
# pesos per worker" / "4 million pesos a head"), while two of them are two ("per child" / "per adult")
_PEOPLE = frozenset(
    """worker employee resident member pupil student passenger patient customer voter citizen
    inhabitant miner farmer tenant""".split()
)


def _one_people(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """Do two keys differ only by "person" against one kind of people ("a head" / "per worker")?"""
    only = ka ^ kb
    return "person" in only and len(only) == 2 and bool(only & _PEOPLE)


def _unit_key(word: str) -> str:
    """One key for one unit however written ("km" / "kilometre", "square feet" / "sq ft")."""
    w = re.sub(r"\s+", " ", word.rstrip("s").replace("feet", "foot"))
    w = _SAME_UNIT.get(w, w)
    u = unit_of(w)
    return f"{u[0]}:{u[1]}" if u else w.replace("meter", "metre").replace("liter", "litre")


def _ranged(text: str, a: Fact, b: Fact) -> bool:
    """Are two figures the bounds of one range: of one kind ("3.1% to 298 Singapore dollars" is
    a move and the level it reached), joined by "and", "to" or a dash?"""
    first, second = sorted((a, b), key=lambda f: f.start)
    return a.kind == b.kind and _RANGE_JOINT.fullmatch(text, first.end, second.start) is not None


_RATE_SLACK = 0.02  # a rate per one period converted to another, rounded


def rate_converted(
    a: Fact, b: Fact, left: Sequence[Fact], right: Sequence[Fact], ltext: str, rtext: str
) -> bool:
    """Are ``a`` and ``b`` one rate told per two periods ("40,000 wafers a month" / "480,000 wafers
    a year", "£520 a week" / "£2,253 a month"): each per one period alone, the figures apart by as
    much as the periods?"""
    pa = next((p for f, p in _periods(list(left), ltext) if f is a), None)
    pb = next((p for f, p in _periods(list(right), rtext) if f is b), None)
    if pa is None or pb is None or len(pa[0]) != 1 or len(pb[0]) != 1:
        return False
    (ka,), (kb,) = pa[0], pb[0]
    da, db = _DAYS.get(ka), _DAYS.get(kb)
    if not da or not db or ka == kb or not isinstance(a.value, float) or not isinstance(b.value, float):
        return False
    per_day_a, per_day_b = a.value / da, b.value / db
    return abs(per_day_a - per_day_b) <= _RATE_SLACK * max(per_day_a, per_day_b)
