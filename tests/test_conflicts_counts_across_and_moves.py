"""What a count counts when a place follows its noun ("1,840 farms across England": farms), so
the two articles' counts meet across them; and one move told from either end, its unit written
at one end only ("from three days to two" / "to two days from three"): one move, no conflict.
Sentences of our own, both ways round, with near misses."""

from __future__ import annotations

import pytest

from tests.mirror import both_ways, cross_of_kind, flags


def test_a_count_with_a_place_after_its_noun_meets_the_other_articles_count() -> None:
    left = [
        "The charity delivers meals to 2,650 homes across Scotland and runs 14 kitchens.",
        "Its chief executive said demand had never been higher.",
    ]
    right = [
        "Demand has never been higher, the charity's chief executive said.",
        "The charity, which runs 14 kitchens, now delivers to 2,560 homes in Scotland.",
    ]
    assert both_ways(cross_of_kind("number"), left, right) == [(0, 1, "2,650", "2,560")]


def test_counts_of_one_noun_told_alike_with_a_place_after_are_no_conflict() -> None:
    left = [
        "The charity delivers meals to 2,650 homes across Scotland and runs 14 kitchens.",
        "Its chief executive said demand had never been higher.",
    ]
    right = [
        "Demand has never been higher, the charity's chief executive said.",
        "The charity, which runs 14 kitchens, now delivers to 2,650 homes in Scotland.",
    ]
    assert both_ways(cross_of_kind("number"), left, right) == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The ministry cut the school week from five days to four in 2019.",
            "In 2019 the ministry shortened the school week to four days from five.",
        ),
        (
            "The club raised the season ticket from 12 months to 18 for new members.",
            "For new members the club extended the season ticket to 18 months from 12.",
        ),
    ],
)
def test_one_move_told_from_either_end_is_no_conflict(left: str, right: str) -> None:
    assert flags(left, right) == []


def test_a_move_to_another_end_is_still_a_conflict() -> None:
    left = "The ministry cut the school week from five days to four in 2019."
    right = "In 2019 the ministry shortened the school week to three days from five."
    assert flags(left, right) != []
