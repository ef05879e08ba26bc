"""A span of time told from the day of writing, two ways: "the ward would open next week" /
"the ward would open next month".

The same word of when on both sides (next, last, this, coming, past) and two spans (week, month,
year): one event, told once a side, put in two periods.  "Next week" against "this week" may be
one week written on two days (outlets publish days apart), so two words of when are left alone,
and so is a span one side alone tells (a detail).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.model import Difference, Fact

_FROM_NOW = re.compile(r"(next|last|this|coming|past) (week|month|year)")


def relative_span_diffs(
    left: list[Fact], right: list[Fact], same_event: Callable[[Fact, Fact], bool]
) -> list[Difference]:
    """The one span from now each side tells of one event (``same_event``), the word of when
    the same and the spans two."""
    lr = [(f, m) for f in left if f.kind == "day" and (m := _FROM_NOW.fullmatch(str(f.value)))]
    rr = [(f, m) for f in right if f.kind == "day" and (m := _FROM_NOW.fullmatch(str(f.value)))]
    if len(lr) != 1 or len(rr) != 1:
        return []
    (a, ma), (b, mb) = lr[0], rr[0]
    if ma.group(1) != mb.group(1) or ma.group(2) == mb.group(2) or not same_event(a, b):
        return []
    return [Difference("day", a.text, b.text, f"day: {a.text} vs {b.text}")]
