"""Span bookkeeping shared by the scanners of one sentence.

Scanners run in a fixed order (dates before numbers, durations before quantities...)
and each records the spans it has taken, so that "December 10, 2012" is not also read
as the numbers 10 and 2012.  A sentence usually has a handful, but ``facts.extract`` may be
given a whole page as one text: the spans are filed by the 64-character cells they touch,
so a test looks at the few spans near it, not at every span before it (a list made a page
of 42,000 characters with 3,000 numbers take 1.7 s, and four times the page 28 s).
"""

from __future__ import annotations

from collections.abc import Iterator

_CELL = 6  # cells of 2**6 = 64 characters: a taken span (a date, a number) touches one or two


class Spans:
    """The spans taken so far: ``append((a, b))`` like a list, iterated in the order taken."""

    __slots__ = ("_cells", "_order")

    def __init__(self) -> None:
        self._cells: dict[int, list[tuple[int, int]]] = {}
        self._order: list[tuple[int, int]] = []

    def append(self, span: tuple[int, int]) -> None:
        a, b = span
        self._order.append(span)
        for cell in range(a >> _CELL, (max(a, b - 1) >> _CELL) + 1):
            self._cells.setdefault(cell, []).append(span)

    def near(self, a: int, b: int) -> Iterator[tuple[int, int]]:
        """The spans filed in the cells that [a, b) touches (some more than once)."""
        for cell in range(a >> _CELL, (max(a, b - 1) >> _CELL) + 1):
            yield from self._cells.get(cell, ())

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)


def overlaps(spans: Spans, a: int, b: int) -> bool:
    """Whether [a, b) shares a character with a taken span (an empty [a, a) counts as inside
    a span that holds a on both sides)."""
    return any(a < y and x < b for x, y in spans.near(a, b))
