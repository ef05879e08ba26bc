"""A match's minute told two ways: an ordinal on one side ("in the 67th minute"), "after N
minutes" on the other ("after 76 minutes"); each side's only one is one moment, compared.  And
two game clocks each of its own running score, two moments (:func:`two_scores`)."""

from __future__ import annotations

import re

from reader.facts.values import amount
from reader.model import Difference, Fact

# "after 67 minutes" of a match: the moment of its 67th minute
_AFTER_MINUTES = re.compile(r"\bafter\s+$", re.IGNORECASE)


def minute_diffs(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """A match's minute told as an ordinal on one side and as "after N minutes" on the other
    ("in the 67th minute" / "after 76 minutes"), each side's only one: one moment, compared."""
    for ords, durs, dtext, flip in ((left, right, right_text, False), (right, left, left_text, True)):
        o = [f for f in ords if f.kind == "ordinal" and f.unit.startswith("minute")]
        d = [
            f
            for f in durs
            if f.kind == "duration" and f.unit == "minute" and _AFTER_MINUTES.search(dtext, 0, f.start)
        ]
        if (
            len(o) != 1
            or len(d) != 1
            or any(f.kind == "ordinal" and f.unit.startswith("minute") for f in durs)
        ):
            continue
        minutes = round(float(amount(d[0])) * 1440)
        if minutes == o[0].value:
            return []
        a, b = (d[0].text, o[0].text) if flip else (o[0].text, d[0].text)
        return [Difference("time", a, b, f"minute of the match: {a} vs {b}")]
    return []


def two_scores(d: Difference, left: list[Fact], right: list[Fact]) -> bool:
    """Are two game clocks each the moment of its own running score ("led 40-30 with 6:00 left"
    / "led 52-45 with 2:10 left"): two moments of a game, not one told two ways?"""
    return (
        d.kind == "time"
        and any(f.kind == "tally" and f.context == (d.left,) for f in left)
        and any(f.kind == "tally" and f.context == (d.right,) for f in right)
    )
