"""The figure chosen and the one passed over, swapped (ut125, an aviation desk: "set the interval
at 6,000 flight cycles instead of 4,500" / "at 4,500 flight cycles rather than 6,000" passed as
shared, both figures stated on both sides).  Sentences of our own, checked both ways."""

from __future__ import annotations

import pytest

from tests.test_conflicts_twins import shown


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The council set the speed limit on the bridge at 30 km/h instead of 50 km/h last year.",
            "Last year the council set the bridge's limit at 50 km/h rather than 30 km/h.",
            ("number", "30", "50"),
        ),
        (
            "The club offered the striker a two-year contract rather than a three-year deal.",
            "The club offered the striker a three-year contract instead of a two-year deal.",
            ("duration", "two-year", "three-year"),
        ),
        (
            "The board cut the dividend to 40 cents a share rather than 55 cents, it said.",
            "The board cut the dividend to 55 cents a share instead of 40 cents, it said.",
            ("amount", "40 cents", "55 cents"),
        ),
    ],
)
def test_the_figure_chosen_and_the_one_passed_over_swapped_conflict(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in shown(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # one choice, told in two orders and words
        (
            "The council set the speed limit on the bridge at 30 km/h instead of 50 km/h last year.",
            "Last year, rather than 50 km/h, the council set the bridge's limit at 30 km/h.",
        ),
        # the same figures, each side choosing the same one
        (
            "The club offered the striker a two-year contract rather than a three-year deal.",
            "The club offered a two-year deal instead of a three-year contract to the striker.",
        ),
    ],
)
def test_one_choice_told_two_ways_is_no_conflict(left: str, right: str) -> None:
    assert shown(left, right) == []
