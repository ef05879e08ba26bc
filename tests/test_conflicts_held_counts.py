"""A count a thing holds ("it has more than 5,000 staff"), told above a figure on one side and
below it on the other, is one claim turned round, also in a clause set off by a comma
("Harbourline, which has fewer than 5,000 staff"); a group picked out by a restrictive clause
("firms that have fewer than 50 workers") stays a threshold.  A count opening its sentence is
the sentence's subject whatever word of origin stands before its noun ("Fewer than 40 Fijian
villages").  Sentences of our own, each pair checked both ways."""

from __future__ import annotations

import pytest

from tests.test_conflicts_guards import both_ways
from tests.test_conflicts_twins import shown


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (  # ut260: a count held, in a clause set off by a comma on one side
            "Corvane reported a profit of $212 million for the quarter, and it has more than 3,000 staff.",
            "Corvane, which has fewer than 3,000 staff, made a profit of $212 million in the quarter.",
            ("more than 3,000", "fewer than 3,000"),
        ),
        (  # ut262: the count held after "and has", a list of the firm's sizes
            "The lender, based in Dublin, employs about 900 people and has more than 2.5 million savers.",
            "The Dublin lender, which has fewer than 2.5 million savers and about 900 staff, was fined.",
            ("more than 2.5 million", "fewer than 2.5 million"),
        ),
        (  # ut259: a word of origin before the noun of a count that opens its sentence
            "More than 30 villages in Samoa have been moved inland or are due to move, officials say.",
            "Fewer than 30 Samoan villages have been moved inland or are due to move, officials said.",
            ("More than 30", "Fewer than 30"),
        ),
    ],
)
def test_a_count_held_or_opening_told_above_and_below_conflicts(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert [(a, b) for k, a, b in shown(left, right) if k == "number"] == [spans]


def test_a_group_picked_out_by_what_it_has_is_a_threshold() -> None:
    # near miss: "small firms, which have fewer than 50 workers" (a group's size told of it) against
    # "firms with more than 50 workers" (another group): two groups, both true
    assert (
        both_ways(
            "Small firms, which have fewer than 50 workers, are exempt from the new reporting rule.",
            "Firms with more than 50 workers must follow the new reporting rule from April.",
        )
        == []
    )
    # ... and a restrictive clause picks a group on both sides: the count is no claim of either
    got = both_ways(
        "The grant goes to charities that have fewer than 20 employees, the ministry said.",
        "Charities that have more than 20 employees can apply for the larger grant, the ministry said.",
    )
    assert [k for k, _, _ in got if k == "number"] == []
