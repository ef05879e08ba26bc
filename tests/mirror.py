"""Checking a rule over two articles both ways round: swapping the articles swaps the sides."""

from __future__ import annotations

from collections.abc import Callable, Sequence

Found = list[tuple[int, int, str, str]]


def both_ways(
    run: Callable[[Sequence[str], Sequence[str]], Found], left: list[str], right: list[str]
) -> Found:
    """``run(left, right)`` (each finding: left sentence, right sentence, left span, right span),
    after checking that ``run(right, left)`` finds the same with the sides swapped."""
    there, back = run(left, right), run(right, left)
    assert sorted((b, a, y, x) for a, b, x, y in back) == sorted(there)
    return there
