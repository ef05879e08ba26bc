"""A choice turned round in words (reader.facts.choice_turned): the thing chosen and the one passed
over swapped between two sentences; sentences of our own, both ways round."""

from __future__ import annotations

import pytest

from reader.facts.choice_turned import choice_turned
from tests.test_conflicts_guards import both_ways


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # ut269: "caused by a faulty sensor and not by driver error" / "driver error rather than ..."
            "The inquiry found the derailment was caused by worn rails and not by a signal fault.",
            "Investigators blamed a signal fault rather than worn rails for the derailment.",
        ),
        (  # "instead of" against "not ... but"
            "The board picked a wind farm instead of a gas plant for the site, the council said.",
            "The council said the board wanted not a wind farm but a gas plant for the site.",
        ),
        (  # the same words of choosing on both sides
            "Parents voted for smaller classes rather than longer breaks, the school said.",
            "Parents voted for longer breaks rather than smaller classes, the school said.",
        ),
    ],
)
def test_a_choice_turned_round_is_an_opposite(left: str, right: str) -> None:
    (d,) = choice_turned(left, right)
    assert d.kind == "negation" and d.left in left and d.right in right
    (back,) = choice_turned(right, left)
    assert (back.left, back.right) == (d.right, d.left)
    assert [k for k, _, _ in both_ways(left, right)] == ["negation"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # the same choice told in other words
            "The board picked a wind farm instead of a gas plant for the site.",
            "The board chose a wind farm rather than a gas plant for the site.",
        ),
        (  # two choices of two things
            "The board picked a wind farm instead of a gas plant for the site.",
            "Residents wanted a park rather than a car park on the site.",
        ),
        (  # one side tells no choice
            "The board picked a wind farm instead of a gas plant for the site.",
            "The board picked a gas plant for the site.",
        ),
    ],
)
def test_one_choice_or_two_things_chosen_is_no_opposite(left: str, right: str) -> None:
    assert choice_turned(left, right) == []
    assert choice_turned(right, left) == []


def test_a_choice_with_no_content_word_on_a_side_is_no_opposite_and_no_error() -> None:
    # a crash found by the corpus: a side of a choice with no word read ("rather than that")
    left = "The board said it would rather see it built than that."
    right = "The board wanted a park rather than a car park on the site."
    assert choice_turned(left, right) == []
    assert choice_turned(right, left) == []
    assert choice_turned("It was this rather than that.", "It was that rather than this.") == []
