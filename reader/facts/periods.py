"""A sum told for two periods: "a social tariff of 15 euros a month" / "a social tariff of €15 a
week", "$1.38 per square foot per month" / "$1.38 per square foot per year", "a monthly
subscription of between $300 and $1,500" / "between $300 and $1,500 a week".

The figure is the same on both sides, so the figures' rules see it told alike; the period it
is paid or earned for is what changed, and a price by the week is four times one by the month.
A sum's period is written right after it ("a month", "per year", "an hour", "/month"), or as
an adjective before it ("a monthly subscription of", "an annual fee of"); a range shares its
period ("between $300 and $1,500 a week").  Only a sum both sides write the same, each with a
period, in two periods, is a difference: a sum one side gives no period tells nothing of it.
"""

from __future__ import annotations

import re
from collections import Counter

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
}
_AFTER_WORDS = "hour|day|night|week|fortnight|month|quarter|year|annum"
# after the sum, within a few words of what it is per ("per square foot per month"), before
# another figure or the clause's end; "a year ago", "a month earlier" tell when, not a period
_AFTER = re.compile(
    rf"[^.;:!?\d$€£¥]{{0,30}}?(?:\b(?:a|an|per|each|every)\s+|/)({_AFTER_WORDS})\b(?!\s+(?:ago|earlier|later|before|after)\b)"
    r"|\s+((?:annually|monthly|weekly|daily|hourly))\b",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    r"\b(hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annual)\b[^.;:!?\d$€£¥]{0,30}$",
    re.IGNORECASE,
)
# two sums of one range: "between $300 and $1,500", "$300 to $1,500", "$300-$1,500"
_RANGE_JOINT = re.compile(r"\s*(?:and|to|-|–)\s*")
# the note's opening (the gate reads it: both sides state the sum, its period is the point)
PERIOD_NOTE = "a sum for another period"


def period_diffs(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """The first sum both sides write alike, each with a period, the periods two."""
    if not any(f.kind == "money" for f in left) or not any(f.kind == "money" for f in right):
        return []  # (most sentence pairs)
    lp, rp = _once(_periods(left, left_text)), _once(_periods(right, right_text))
    for a, pa in lp:
        for b, pb in rp:
            if a.value == b.value and a.unit == b.unit and pa != pb:
                return [
                    Difference(
                        "amount", a.text, b.text, f"{PERIOD_NOTE}: {a.text} {_per(pa)} vs {b.text} {_per(pb)}"
                    )
                ]
    return []


def _once(told: list[tuple[Fact, str]]) -> list[tuple[Fact, str]]:
    """The sums of ``told`` that are the one sum of their value their side tells for a period
    ("$2 an hour ... $2 a week" on one side are two sums, each with its own)."""
    counts = Counter((f.value, f.unit) for f, _ in told)
    return [(f, p) for f, p in told if counts[(f.value, f.unit)] == 1]


def _per(period: str) -> str:
    return f"an {period}" if period == "hour" else f"a {period}"


def _periods(facts: list[Fact], text: str) -> list[tuple[Fact, str]]:
    """Each sum of ``text`` with the period it is told for, when it is told one."""
    sums = sorted((f for f in facts if f.kind == "money"), key=lambda f: f.start)
    own = [_own(text, f) for f in sums]
    out = []
    for i, f in enumerate(sums):
        period = own[i]
        if not period:  # a range shares its period
            for j in (i - 1, i + 1):
                if 0 <= j < len(sums) and _ranged(text, f, sums[j]):
                    period = period or own[j]
        if period:
            out.append((f, period))
    return out


def _own(text: str, f: Fact) -> str:
    after = _AFTER.match(text, f.end)
    if after is not None:
        return _PERIODS[(after.group(1) or after.group(2)).lower()]
    before = _BEFORE.search(text, max(0, f.start - 40), f.start)
    return _PERIODS[before.group(1).lower()] if before is not None else ""


def _ranged(text: str, a: Fact, b: Fact) -> bool:
    first, second = sorted((a, b), key=lambda f: f.start)
    return _RANGE_JOINT.fullmatch(text, first.end, second.start) is not None
