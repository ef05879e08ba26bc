"""One fact told in two wordings that the rules once read as a conflict (user tests ut332, ut335,
ut336): a denial written with "without" or with "kept ... from", two verbs that both keep a thing
from an act, "six others" as a count of its own.  Every sentence is made up for the test (other
events), each pair checked both ways round, beside the conflict each rule must still find."""

from __future__ import annotations

import pytest

from reader.facts.part_sums import _parts
from tests.mirror import facts_of
from tests.test_conflicts_parts import flagged


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "without" / "with no": one denial
        (
            "The mayor wants a budget deal without conditions attached, aides said on Monday.",
            "Aides said on Monday the mayor wants a budget deal with no conditions attached.",
        ),
        # "none have been" / "have kept all of them from being": one denial
        (
            "Nine towns have passed similar noise rules, but none have yet been enforced over lawsuits.",
            "Nine towns passed similar noise rules, but lawsuits have kept all of them from being enforced.",
        ),
        # "stop ... from" / "keep ... from": one aim
        (
            "The governor plans to release 2 million gallons of water or more from the state reservoirs "
            "in an effort to stop farm prices from rising now that the river authority plans to cut supply.",
            "With the river authority moving to cut supply, the governor intends to pull at least 2 million "
            "gallons of water from the state's reservoirs to keep farm prices from climbing.",
        ),
    ],
)
def test_one_fact_in_two_wordings_is_no_conflict(a: str, b: str) -> None:
    assert flagged(a, b) == []


def test_a_condition_stated_and_denied_still_conflicts() -> None:  # near miss of "without"
    stated = "The mayor wants a budget deal with conditions attached, aides said on Monday."
    denied = "Aides said on Monday the mayor wants a budget deal with no conditions attached."
    assert "negation" in [k for k, _, _ in flagged(stated, denied)]


def test_a_count_of_others_is_no_rest_of_a_whole() -> None:
    # "six others" counts people of their own; "the others" is what is left of a whole
    counted = "Of the 40 people at the plant, the fire killed 14 workers and six others."
    found = _parts(facts_of(counted), counted)
    assert found is None or found.rest == ""
    rest = "Of the 20 workers, 14 were killed and the others escaped."
    found = _parts(facts_of(rest), rest)
    assert found is not None and found.rest == "the others"
