# ruff: noqa: E501  (sentence pairs read best one per line)
"""One change of a share told up on one side and down on the other, in a sentence reworded
around it, is a conflict of kind "negation" (reader.facts.change_turned); two changes of two
things, of two moments, or in a sentence that denies, are not.  Sentences of our own, each
pair checked both ways."""

from __future__ import annotations

import pytest

from reader.facts.change_turned import change_turned
from tests.test_conflicts_guards import both_ways


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        pytest.param(  # ut245: the sentence reworded around the change
            "Passenger numbers at the airport had already fallen 18% in March compared with February, the operator said.",
            "Even before the strike, passenger numbers at Lindholm had jumped 18% in March from February, operator data show.",
            ("fallen", "jumped"),
            id="reworded-around",
        ),
        pytest.param(  # in points, the level told in other words
            "The governing party's share fell 2.6 percentage points to 31.4 percent.",
            "The governing party gained 2.6 points, taking 31.4 percent.",
            ("fell", "gained"),
            id="points",
        ),
    ],
)
def test_one_change_told_up_and_down_conflicts(left: str, right: str, spans: tuple[str, str]) -> None:
    assert [(a, b) for k, a, b in both_ways(left, right) if k == "negation"] == [spans]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(  # two things moved
            "Coffee exports climbed 7% last year, the ministry said.",
            "Tea imports fell 7% last year, the ministry said.",
            id="two-things",
        ),
        pytest.param(  # two moments of one day
            "Shares of the insurer rose 3.1% in morning trading on Monday.",
            "The insurer's shares fell 3.1% in afternoon trading on Monday.",
            id="two-moments",
        ),
        pytest.param(  # two moves on one side: which one the other tells is not sure
            "Wheat rose 4% and maize fell 4% on the week, traders said.",
            "Wheat fell 4% on the week, traders said.",
            id="two-moves",
        ),
        pytest.param(  # a sentence that denies is the negation rules'
            "Rents in the capital rose 5% in the year, the agency said.",
            "Rents in the capital did not fall 5% in the year, despite what landlords say.",
            id="a-denial",
        ),
    ],
)
def test_two_changes_or_a_denial_are_no_change_turned(left: str, right: str) -> None:
    assert change_turned(left, right) == change_turned(right, left) == []


def test_one_move_told_by_its_two_levels_up_and_down_conflicts() -> None:
    # ut253: "was 71.2 percent, up from 66.9 percent in 2021" / "slipped to 71.2 percent, compared
    # with 66.9 percent in 2021"
    left = "Attendance at the festival was 48.5 percent of capacity, up from 41.2 percent in 2022."
    right = (
        "Attendance at the festival slipped to 48.5 percent of capacity, compared with 41.2 percent in 2022."
    )
    assert [(a, b) for k, a, b in both_ways(left, right) if k == "negation"] == [("up", "slipped")]
    # near miss: the same move told with another verb of its way
    same = right.replace("slipped", "climbed")
    assert [k for k, _, _ in both_ways(left, same) if k == "negation"] == []
