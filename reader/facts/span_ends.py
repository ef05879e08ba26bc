"""The two ends of one span of time, one end moved: "begins in 2027 and runs until 2032" /
"will run from 2028 to 2032", "opens on Monday 3 March and closes on 14 April" / "opens on
Monday 3 March and runs until 24 April".

Each end is a date of its own act ("begin", "close", "run until"), and two acts' dates are two
events to :func:`reader.facts.compare_temporal.same_event`: a consultation's close and its run
are not one word.  But a sentence that tells a span tells its start and its end, whatever verbs
it uses; two linked sentences that each tell one span, one end the same, tell one span, and the
other end told two ways is a conflict (a contract's term, a consultation's window, a fleet's
deliveries).  Both ends must be read as such: a start after "from", "since" or a verb of
beginning, an end after "until", "through", a verb of ending, or "to" after a "from".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.lang import WEEKDAYS
from reader.model import Date, Difference, Fact

_WEEKDAY = rf"(?:(?:{'|'.join(WEEKDAYS)}),?\s+(?:the\s+)?)?"
_START = re.compile(
    r"\b(?:from|since|begin|begins|beginning|began|start|starts|started|starting|opens?|opened|"
    r"opening|launch(?:es|ed|ing)?|commenc(?:es?|ed|ing)|br(?:oke|eaks?|eaking)\s+out|erupt(?:s|ed|ing)?)"
    r"\s+(?:(?:on|in)\s+)?" + _WEEKDAY + r"$"
)
_END = re.compile(
    r"\b(?:until|till|through|clos(?:es?|ed|ing)|ends?|ended|ending|expir(?:es?|ed|ing)|"
    r"finish(?:es|ed|ing)?|conclud(?:es?|ed|ing)|extinguished)\s+(?:(?:on|in)\s+)?" + _WEEKDAY + r"$"
)
_TO = re.compile(r"\b(?:to|-|–)\s*" + _WEEKDAY + r"$")  # "from 2028 to 2032" (only after a "from")
_FROM = re.compile(r"\bfrom\s+" + _WEEKDAY + r"$")
_REACH = 30  # characters before a date in which its cue stands
_DATED = ("date", "year")


def _span(text: str, facts: Sequence[Fact]) -> tuple[Fact, Fact] | None:
    """The (start, end) of the one span of time a sentence tells, else None (none, or two)."""
    low = text.lower()
    starts, ends = [], []
    for f in facts:
        if f.kind not in _DATED:
            continue
        before = low[max(0, f.start - _REACH) : f.start]
        if _START.search(before):
            starts.append(f)
        elif _END.search(before) or (
            _TO.search(before) and any(_FROM.search(low[max(0, s.start - _REACH) : s.start]) for s in starts)
        ):
            ends.append(f)
    if len(starts) != 1 or len(ends) != 1 or starts[0].start > ends[0].start:
        return None
    return starts[0], ends[0]


def _same(a: Date, b: Date) -> bool | None:
    """Do two dates agree on every part both give (None: they share no part)?"""
    common = [(x, y) for x, y in zip(a, b, strict=True) if x and y]
    return all(x == y for x, y in common) if common else None


def span_end_diffs(
    left: Sequence[Fact], right: Sequence[Fact], left_text: str, right_text: str, found: Sequence[Difference]
) -> list[Difference]:
    """One span told by two linked sentences, one end the same and the other moved: that end's
    difference (none when a difference ``found`` already names either date)."""
    sl, sr = _span(left_text, left), _span(right_text, right)
    if sl is None or sr is None:
        return []
    named = {d.left for d in found} | {d.right for d in found}
    for end, (kept_l, kept_r), (moved_l, moved_r) in (
        ("end", (sl[0], sr[0]), (sl[1], sr[1])),
        ("start", (sl[1], sr[1]), (sl[0], sr[0])),
    ):
        if _same(kept_l.value, kept_r.value) and _same(moved_l.value, moved_r.value) is False:  # type: ignore[arg-type]
            if moved_l.text in named or moved_r.text in named:
                return []
            note = f"date: {moved_l.text} vs {moved_r.text} (the {end} of one span)"
            return [Difference("date", moved_l.text, moved_r.text, note)]
    return []
