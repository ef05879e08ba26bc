"""A noun said of a subject through "to be" and denied ("would not be a mistake" / "would be a
mistake", "wasn't an accident" / "was an accident"): reader.facts.negation.

Every sentence here is made up for the test; each case is checked both ways round.
"""

from __future__ import annotations

import pytest

from tests.mirror import negations as both_ways


@pytest.mark.parametrize(
    ("denied", "stated", "spans"),
    [
        # the clause rewritten round the noun: only "mistake" is where it was
        (
            "The chairwoman said delaying the ferry contract would not be a mistake.",
            "The chairwoman said it would be a mistake to delay the ferry contract.",
            ("would not be a mistake", "mistake"),
        ),
        (
            "Investigators said the warehouse fire in Hull was not an accident.",
            "Investigators said the warehouse fire in Hull was an accident on Monday.",
            ("was not an accident", "accident"),
        ),
        (
            "Investigators said the warehouse fire in Hull wasn't an accident.",
            "The warehouse fire in Hull was an accident, investigators said.",
            ("wasn't an accident", "accident"),
        ),
    ],
)
def test_a_noun_said_of_the_subject_and_denied_is_a_negation(
    denied: str, stated: str, spans: tuple[str, str]
) -> None:
    assert both_ways(denied, stated) == [spans]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "there was not a ..." says nothing of a subject: both tell that no city held out
        (
            "From the river to the hills there was not one town too strong for the army.",
            "From the river to the hills there was not a town too strong for the army.",
        ),
        # a second clause's denial ("neither was the ...") is not the first clause's noun
        (
            "The mayor did not know the plan, neither was the report shown to the board.",
            "The mayor didn't know the plan, neither was the board's report shown to her.",
        ),
        # "not a ... but a ...": the but-clause is what is stated (found by a code review)
        (
            "The problem is not a lack of money but a lack of will, the mayor said on Monday.",
            "The problem is a lack of will, not money, the mayor said on Monday.",
        ),
        # the negation governs the verb before it, in the older style, not the noun later on
        (
            "They were afraid of him, and believed not that he was a sailor.",
            "They were afraid of him, not believing that he was a sailor.",
        ),
    ],
)
def test_what_is_no_noun_denied_of_a_subject(a: str, b: str) -> None:
    assert both_ways(a, b) == []


@pytest.mark.parametrize(
    ("denied", "stated", "spans"),
    [
        (  # ut123: a plan denied by "no plans", stated as going on
            "The chain said it had no plans to sell any of its resorts in the next two years.",
            "The chain said it was planning to sell some of its resorts in the next two years.",
            ("had no plans", "planning"),
        ),
        (  # a verb that doubles its consonant, "plan" / "planned", "stop" / "stopped"
            "The operator said it did not plan to close the northern ferry route next winter.",
            "The operator said it planned to close the northern ferry route next winter.",
            ("did not plan", "planned"),
        ),
        (
            "Police said officers did not stop the march through the old town on Saturday.",
            "Police said officers stopped the march through the old town on Saturday.",
            ("did not stop", "stopped"),
        ),
    ],
)
def test_a_plan_denied_and_stated_and_a_doubled_consonant(
    denied: str, stated: str, spans: tuple[str, str]
) -> None:
    assert both_ways(denied, stated) == [spans]


def test_no_plans_for_one_act_and_plans_for_another_are_no_denial() -> None:  # near miss
    assert (
        both_ways(
            "The chain said it had no plans to sell any of its resorts in the next two years.",
            "The chain said it was planning to buy more resorts in the next two years.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # "No. 3" is a number's sign, not "no": a rank told two ways (ut222)
        (
            "Moretti, the third seed, had been bidding to become the first Italian woman to win in Paris.",
            "Moretti, the No. 3 seed, was trying to become the first Italian woman to win in Paris.",
        ),
        (
            "The fourth seed, Anna Berg, lost in the opening round.",
            "The no. 4 seed, Anna Berg, lost in the opening round.",
        ),
    ],
)
def test_a_number_sign_no_is_no_denial(left: str, right: str) -> None:
    assert both_ways(left, right) == []


def test_a_no_before_a_noun_still_denies_it() -> None:  # near miss: "no seed" is a denial
    assert (
        both_ways("Moretti was the third seed in Paris this year.", "Moretti was no seed in Paris this year.")
        != []
    )


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(  # ut243: "a no-trade clause" is the kind of clause, no denial
            "The new deal includes a no-trade clause for the veteran goalkeeper.",
            "The new deal does not include a no-trade clause for the veteran goalkeeper.",
            id="no-trade",
        ),
        pytest.param(
            "Ministers imposed a no-fly zone over the northern province on Sunday.",
            "Ministers did not impose a no-fly zone over the northern province on Sunday.",
            id="no-fly",
        ),
    ],
)
def test_a_compound_of_no_is_no_denial_so_the_not_is_found(left: str, right: str) -> None:
    assert len(both_ways(left, right)) == 1


def test_a_compound_of_no_alike_on_both_sides_denies_nothing() -> None:  # near miss
    s = "The coalition survived a no-confidence vote in the assembly on Thursday."
    assert both_ways(s, s.replace("survived", "came through")) == []
