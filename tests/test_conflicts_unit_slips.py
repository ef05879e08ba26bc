"""One figure written with another unit: a share on one side, a sum on the other ("climbed 4.2
percent" / "climbed 4.2 cents").  Sentences of our own, both ways round, with near misses."""

from __future__ import annotations

import pytest

from tests.mirror import flags


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Arabica futures climbed 3.7 percent on Tuesday, their biggest gain in a month.",
            "Arabica futures climbed 3.7 cents on Tuesday, the biggest gain in a month.",
            ("percentage", "3.7 percent", "3.7 cents"),
        ),
        (
            "The firm's shares fell 12% in early trading after the warning.",
            "Shares in the firm fell $12 in early trading after the warning.",
            ("percentage", "12%", "$12"),
        ),
    ],
)
def test_one_figure_with_a_share_and_a_sum_is_a_conflict(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flags(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # the sum told beside the share on the other side too
            "Arabica futures climbed 3.7 percent, or 3.7 cents, on Tuesday.",
            "Arabica futures climbed 3.7 cents on Tuesday, the biggest gain in a month.",
        ),
        (  # one digit: many a figure's
            "Arabica futures climbed 4 percent on Tuesday, their biggest gain in a month.",
            "Arabica futures climbed 4 cents on Tuesday, the biggest gain in a month.",
        ),
    ],
)
def test_a_figure_told_with_both_units_or_too_short_is_no_unit_slip(left: str, right: str) -> None:
    assert [f for f in flags(left, right) if f[0] == "percentage"] == []
