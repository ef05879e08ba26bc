"""A close rewording that puts one value or one word's opposite in the place of another
(reader.facts.aligned_changes): the word diff ties the two, however the words around them were
reworded.  Every sentence is made up for the test (other events, other outlets' styles), each
pair checked both ways round, with near misses the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.test_conflicts_parts import flagged


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [
        (  # a year moved into a reworded clause
            (
                "Ortega, who claims she began working for the cartel "
                "in 2011, told the court in 2019 she was paid $9,000."
            ),
            (
                "Ortega, who says her work for the cartel began "
                "in 2012, told the court in 2019 she was paid $9,000."
            ),
            ("year", "2011", "2012"),
        ),
    ],
)
def test_a_value_put_for_another_in_a_close_rewording(a: str, b: str, want: tuple[str, str, str]) -> None:
    assert want in flagged(a, b)


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [
        (  # an opposite among other small changes (opposite_word asks for one change alone)
            "Fuel prices in Lagos, traders say, have continued to rise at the pumps this month.",
            "Fuel prices at the pumps in Lagos have continued to fall this month, traders said.",
            ("rise", "fall"),
        ),
        (
            "Unlike the minister last month, the mayor answered few questions from the press.",
            "Unlike the minister, though, the mayor answered many questions from the press.",
            ("few", "many"),
        ),
    ],
)
def test_a_word_put_for_its_opposite_in_a_close_rewording(a: str, b: str, want: tuple[str, str]) -> None:
    assert ("negation", *want) in flagged(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two headlines of their own: few words in common, a count and a magnitude
        ("Twelve dead as storm hits coast", "Category 4 Storm Slams Coast"),
        # a height converted ("about 300ft" / "about 90m")
        (
            "On Sunday, a 41-year-old guide died after falling about 300ft from a ledge near the glacier.",
            "On Sunday, a 41-year-old guide died after falling about 90m from a ledge near the glacier.",
        ),
        # "unknown" / "not immediately known": one statement, denied in two ways
        (
            "The cause of the blaze was unknown, although the building had no sprinklers, the chief said.",
            (
                "The cause of the blaze was not immediately known, "
                "but the chief said the building had no sprinklers."
            ),
        ),
        # the words beside the opposites name another doer ("The club denied" / "Police confirmed")
        (
            "The league denied that its referee was paid by the agent, officials said.",
            "Police confirmed that the referee was paid by the agent, officials said.",
        ),
        # two moments ("initially" / "later")
        (
            "Dorn initially denied taking the keys, the court heard on Friday.",
            "Dorn later admitted taking the keys, the court heard on Friday.",
        ),
        # the value told on both sides, moved within the sentence
        (
            "Police said 14 people were hurt on Friday and two of them remain in hospital.",
            "Two of the 14 people hurt on Friday remain in hospital, police said.",
        ),
        # a range's bounds: the ranges' rule reads them ("ages 18 to 21" / "ages 18 to 24")
        (
            "It would tighten checks for buyers ages 18 to 21, opening juvenile records to review.",
            "It would tighten checks for buyers ages 18 to 24, opening juvenile records for review.",
        ),
    ],
)
def test_what_a_close_rewording_does_not_change(a: str, b: str) -> None:
    assert flagged(a, b) == []
