"""Counts of the dead and of the hurt told with two verbs across the articles ("killing six
people" / "five people died"): one outcome, so the counts pair (reader.facts.pairing_items).

Every sentence here is made up for the test; each case runs with the articles both ways
round, and each has a near miss.
"""

from __future__ import annotations

import pytest

from tests.mirror import Found, cross_of_kind
from tests.mirror import both_ways as mirrored


def across(left: list[str], right: list[str]) -> Found:
    return mirrored(cross_of_kind("number"), left, right)


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        pytest.param(
            "Five people died in the fire at the apartment block on Main Street, officials said.",
            "The fire at the apartment block on Main Street killed six people, officials said.",
            ("Five", "six"),
            id="died-killed",
        ),
        pytest.param(
            "The storm swept through the coastal towns of Kerala, killing at least 12 people.",
            "At least 20 people were killed when the storm swept through the coastal towns of Kerala.",
            ("at least 12", "At least 20"),
            id="killing-killed",
        ),
        pytest.param(
            "Seven people were wounded in the shooting at the mall in Omaha on Sunday.",
            "Nine people were injured in the shooting at the mall in Omaha on Sunday.",
            ("Seven", "Nine"),
            id="wounded-injured",
        ),
    ],
)
def test_one_outcome_told_with_two_verbs(left: str, right: str, spans: tuple[str, str]) -> None:
    assert across([left], [right]) == [(0, 0, *spans)]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(  # the dead and the hurt of one fire
            "Five people died in the fire at the apartment block on Main Street, officials said.",
            "The fire at the apartment block on Main Street injured six people, officials said.",
            id="dead-and-hurt",
        ),
        pytest.param(  # the dead and the arrested of one riot
            "Seven people were killed in the riot outside the stadium in Lagos on Sunday.",
            "Nine people were arrested in the riot outside the stadium in Lagos on Sunday.",
            id="dead-and-arrested",
        ),
    ],
)
def test_two_outcomes_are_two_counts(left: str, right: str) -> None:
    assert across([left], [right]) == []


def test_two_figures_each_article_tells_both_are_never_one_conflict() -> None:  # ut101
    # one airport's passengers and six airports' told by both articles, in other sentences:
    # the cross pairing must not set one against the other
    left = [
        "Passenger numbers at the region's five largest ports rose 6.2 percent in the year to 31.7 million.",
        "Harwick Docks, the busiest, handled 12.4 million passengers, up 3.9 percent from a year earlier.",
    ]
    right = [
        "Harwick Docks, the busiest, saw traffic rise 3.9% to 12.4 million.",
        "The five biggest ports handled 31.7 million passengers over the year, 6.2% more than before.",
    ]
    assert across(left, right) == []
    # ... while a figure one article alone tells still meets its counterpart
    changed = [right[0], right[1].replace("31.7 million", "37.1 million")]
    assert across(left, changed) != []
