"""Figures a rule read as something else: a range of ages that ends its clause ("aged between 31
and 56, were"), a change in points told in percent whose figures all look like a range's bounds
("fell by 6 percentage points to 22 percent"), and a count after a verb's particle ("brought in
more than 40 million euros"), not a threshold.  Sentences of our own, both ways round, with near
misses."""

from __future__ import annotations

import pytest

from tests.mirror import flags


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (  # the range ends its clause on one side, the sentence on the other
            "Three climbers, aged between 24 and 41, were rescued from the ridge on Sunday.",
            "The climbers rescued from the ridge are aged between 24 and 47.",
            ("number", "between 24 and 41", "between 24 and 47"),
        ),
        (
            "The trial enrolled women aged 40 to 69.",
            "The trial enrolled women aged 40 to 74.",
            ("number", "40 to 69", "40 to 74"),
        ),
    ],
)
def test_a_range_of_ages_that_ends_its_clause_is_read(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flags(left, right)


def test_the_same_ages_told_at_a_clause_end_are_no_conflict() -> None:
    left = "Three climbers, aged between 24 and 41, were rescued from the ridge on Sunday."
    right = "The climbers rescued from the ridge on Sunday are aged between 24 and 41."
    assert flags(left, right) == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Turnout was lowest among voters aged 18 to 24, whose turnout dropped by 9 percentage points"
            " to 41 percent.",
            "Among voters aged 18 to 24, turnout falling 9 percent to 41 percent was the lowest.",
            ("percentage", "9 percentage points", "9 percent"),
        ),
    ],
)
def test_a_change_in_points_told_in_percent_beside_a_range_is_a_conflict(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flags(left, right)


def test_a_change_beside_a_range_told_in_one_unit_is_no_conflict() -> None:
    left = "Voters aged 18 to 24 saw turnout drop by 9 percentage points to 41 percent."
    right = "Among voters aged 18 to 24, turnout falling 9 points to 41 percent was the lowest."
    assert flags(left, right) == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The festival brought in more than 12 million pounds for local traders, the council said.",
            "Visitors to the festival spent less than 12 million pounds with local traders, the council"
            " said.",
            ("amount", "more than 12 million pounds", "less than 12 million pounds"),
        ),
        (
            "The auction took in more than $3 million for the hospital's children's ward.",
            "The auction raised less than $3 million for the hospital's children's ward.",
            ("amount", "more than $3 million", "less than $3 million"),
        ),
    ],
)
def test_a_count_after_a_verbs_particle_turned_round_is_a_conflict(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flags(left, right)


def test_a_count_after_a_verbs_particle_told_alike_is_no_conflict() -> None:
    left = "The festival brought in more than 12 million pounds for local traders, the council said."
    right = "Visitors to the festival spent over 12 million pounds with local traders, the council said."
    assert flags(left, right) == []
