"""Span bookkeeping shared by the scanners of one sentence.

Scanners run in a fixed order (dates before numbers, durations before quantities...)
and each records the spans it has taken, so that "December 10, 2012" is not also read
as the numbers 10 and 2012.  ``taken`` is a plain list: a sentence has a handful.
"""

from __future__ import annotations

Spans = list[tuple[int, int]]


def overlaps(spans: Spans, a: int, b: int) -> bool:
    return any(a < y and x < b for x, y in spans)
