"""Fact semantics inside a link (issue 10): hedges, vote tallies, quotes, negation,
durations, stamps, event dates, name variants and numbers in words.

Every class has must-flag and must-not-flag pairs of sentences written for these tests
(not taken from the references), each checked in both directions.
"""

from __future__ import annotations

import pytest

from reader import facts


def diffs(a: str, b: str) -> list[tuple[str, str, str]]:
    return [(d.kind, d.left, d.right) for d in facts.differences(facts.extract(a), facts.extract(b), a, b)]


def both_ways(a: str, b: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """The differences in each direction; swapping the sides must swap the spans."""
    ab, ba = diffs(a, b), diffs(b, a)
    assert sorted((k, r, l_) for k, l_, r in ab) == sorted(ba)
    return ab, ba


def flagged(a: str, b: str, kind: str) -> list[tuple[str, str]]:
    ab, _ = both_ways(a, b)
    return [(l_, r) for k, l_, r in ab if k == kind]


# ---------------------------------------------------------------------------------------
# hedges


@pytest.mark.parametrize(
    ("a", "b", "spans"),
    [
        (
            "The storm killed more than 1,400 people across the island.",
            "The storm killed more than 2,000 people across the island.",
            ("more than 1,400", "more than 2,000"),
        ),
        (
            "Rescuers pulled at least 40 survivors from the rubble.",
            "Rescuers pulled at least 65 survivors from the rubble.",
            ("at least 40", "at least 65"),
        ),
        (
            "Fewer than 300 delegates attended the congress.",
            "Fewer than 500 delegates attended the congress.",
            ("Fewer than 300", "Fewer than 500"),
        ),
    ],
)
def test_equal_hedges_compare_their_figures(a: str, b: str, spans: tuple[str, str]) -> None:
    assert flagged(a, b, "number") == [spans]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # overlapping ranges, different hedges
        ("The fire destroyed more than 200 homes.", "The fire destroyed at least 250 homes."),
        ("The fire destroyed more than 200 homes.", "The fire destroyed 240 homes."),
        ("The fire destroyed fewer than 300 homes.", "The fire destroyed 240 homes."),
        # approximations may differ a little
        ("About 20,000 fans attended the final.", "Roughly 21,000 fans attended the final."),
        # the same hedged figure in another precision
        ("Sales rose to more than 4 million units.", "Sales rose to more than 4.2 million units."),
        # a bound and an exact figure inside it
        ("Up to 15 workers were trapped.", "Twelve workers were trapped."),
    ],
)
def test_overlapping_or_rounded_hedges_are_no_conflict(a: str, b: str) -> None:
    assert both_ways(a, b) == ([], [])
