"""How many times, told two ways ("holds twice as much water" / "three times as much", "cut once a
year" / "twice a year"): a multiple no figure rule reads.  Sentences of our own, both ways round,
with near misses."""

from __future__ import annotations

import pytest

from tests.mirror import flags


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The new reservoir stores twice as much water as the one it replaces, the utility said.",
            "The new reservoir stores three times as much water as the one it replaces, the utility said.",
            ("number", "twice as much", "three times as much"),
        ),
        (
            "Inspectors will visit each care home once a year under the new rules.",
            "Under the new rules, inspectors will visit every care home twice a year.",
            ("number", "once a year", "twice a year"),
        ),
        (
            "The ferry will sail four times a week from May.",
            "From May the ferry will sail 6 times a week.",
            ("number", "four times a week", "6 times a week"),
        ),
    ],
)
def test_a_multiple_told_two_ways_is_a_conflict(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flags(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # the same multiple in other words
            "The new reservoir stores twice as much water as the one it replaces.",
            "The new reservoir stores double the water of the one it replaces.",
        ),
        (  # two multiples of one kind on a side: two things, each told alike
            "Buses run four times a day on weekdays and twice a day at weekends.",
            "Buses run four times a day on weekdays and twice a day on Saturdays and Sundays.",
        ),
        (  # a decimal multiple is read whole ("1.85", not "85")
            "Rural pupils were 1.4 times as likely to leave school at 16 as city pupils, the study found.",
            "City pupils were less likely to leave at 16; rural pupils were 1.4 times as likely, it found.",
        ),
        (  # two periods: not one frequency told two ways
            "Inspectors will visit each care home twice a year under the new rules.",
            "Under the new rules, inspectors will check each home's records twice a month.",
        ),
    ],
)
def test_a_multiple_told_alike_or_of_another_kind_is_no_conflict(left: str, right: str) -> None:
    assert [f for f in flags(left, right) if "times" in f[1] + f[2] or "ice" in f[1] + f[2]] == []
