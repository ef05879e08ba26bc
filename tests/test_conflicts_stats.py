"""One player's statistic of a game told two ways across the articles
(reader.facts.pairing_stats).

Every sentence here is made up for the test; each case is checked with the articles both
ways round, with near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.mirror import Found, cross_of_kind
from tests.mirror import both_ways as mirrored


def both_ways(left: list[str], right: list[str]) -> Found:
    return mirrored(cross_of_kind("statistic"), left, right)


WIRE = [
    "The Falcons beat Ridgeway 71-64 in the regional final.",
    "Marcus Dunleavy scored 22 points and pulled down nine rebounds for the Falcons.",
]


@pytest.mark.parametrize(
    ("other", "span"),
    [
        (["The Falcons got 25 points from senior guard Marcus Dunleavy."], "25 points"),
        (["Dunleavy led the Falcons with 24 points, the coach said."], "24 points"),
    ],
)
def test_one_player_given_two_values_is_a_conflict(other: list[str], span: str) -> None:
    assert both_ways(WIRE, other) == [(1, 0, "22 points", span)]


def test_yards_of_one_kind() -> None:
    left = ["Quarterback Eli Rowan threw for 312 yards in the 28-24 win."]
    right = ["Rowan passed for 298 yards and two touchdowns on Sunday."]
    assert both_ways(left, right) == [(0, 0, "312 yards", "298 yards")]


@pytest.mark.parametrize(
    "other",
    [
        ["Marcus Dunleavy scored 22 points in the final."],  # agree
        ["Marcus Dunleavy averages 18 points a game."],  # a rate
        ["Marcus Dunleavy scored 640 points this season."],  # a season's total
        ["Marcus Dunleavy now has 1,210 career points."],  # a career total
        ["Marcus Dunleavy scored more than 20 points."],  # a hedge
        ["Marcus Dunleavy had 11 rebounds and scored 22 points."],  # another statistic
        ["Andre Dunleavy scored 8 points off the bench."],  # another player
        ["The Falcons led 30-28 at the half behind 12 points from Marcus Dunleavy."],  # a part of the game
        ["Dunleavy scored 12 points in the first half.", "Dunleavy scored 22 points."],  # two values: none
    ],
)
def test_near_misses_are_no_conflict(other: list[str]) -> None:
    assert both_ways(WIRE, other) == []


def test_yards_of_two_kinds_are_no_conflict() -> None:  # near miss
    left = ["Eli Rowan threw for 312 yards in the win."]
    right = ["Eli Rowan ran for 41 yards in the win."]
    assert both_ways(left, right) == []


def test_two_games_on_two_days_are_no_conflict() -> None:  # near miss
    left = ["Marcus Dunleavy scored 22 points on Friday."]
    right = ["Marcus Dunleavy scored 30 points on Saturday in the semifinal."]
    assert both_ways(left, right) == []


def test_a_statistic_left_out_after_a_figure_given_with_it() -> None:
    # "added 12": the points named with the figure before it in the sentence
    left = ["Nadia Okafor scored 21 points and Lena Brandt scored 9 for the Falcons (8-4)."]
    right = ["Lena Brandt led Westbrook with 9 points, while Nadia Okafor added 19 for the Falcons."]
    assert both_ways(left, right) == [(0, 0, "21 points", "19")]
    # near misses: the same figure; a figure after rebounds is no count of points
    right = ["Lena Brandt led Westbrook with 9 points, while Nadia Okafor added 21 for the Falcons."]
    assert both_ways(left, right) == []
    right = ["Lena Brandt grabbed 11 rebounds, while Nadia Okafor added 19 for the Falcons."]
    assert both_ways(left, right) == []
