"""A claim of being the first denied ("the first woman to hold the post" / "not the first
woman"), a denial of being hurt against "was hurt", an age told in a "who is" clause after an
aside, and a denial of "the charity" against a statement of the charity's name (stop 59, from the
user tests ut289, ut282, ut298).

Every sentence is made up for the test, checked both ways round, with near misses.
"""

from __future__ import annotations

import pytest

from reader.facts.negation import negation_diffs
from tests.mirror import flags


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Rowers from the club won three of the five finals for the first time in the regatta's history.",
            "It was not the first time in the regatta's history that the club's rowers had won three finals.",
            ("negation", "for the first time", "not the first time"),
        ),
        (
            "Okafor becomes the first engineer to lead the port authority since it was founded in 1961.",
            "Okafor is not the first engineer to lead the port authority since it was founded in 1961.",
            ("negation", "the first engineer", "not the first engineer"),
        ),
    ],
)
def test_a_record_of_being_the_first_denied_is_a_negation(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flags(left, right)


def test_the_first_time_something_happened_is_no_record_claimed() -> None:  # the near miss
    left = "It was not the first time the ferry operator had cancelled sailings in the storm season."
    right = "The first time the ferry operator cancelled sailings in the storm season was in 2019."
    assert [d for d in flags(left, right) if d[0] == "negation"] == []


def test_not_injured_against_hurt_is_a_negation() -> None:
    left = "The driver of the lorry, a 52-year-old man from Leeds, was not injured in the crash on the A64."
    right = "The driver of the lorry, a 52-year-old man from Leeds, was hurt in the crash on the A64."
    assert ("negation", "was not injured", "hurt") in flags(left, right)
    # near miss: both deny it, in two words
    both = "The driver of the lorry, a 52-year-old man from Leeds, was not hurt in the crash on the A64."
    assert [d for d in flags(left, both) if d[0] == "negation"] == []


def test_an_age_in_a_who_is_clause_after_an_aside_is_the_named_persons() -> None:
    left = '"Demand is higher," said chief executive Tomasz Wilk, 61, who has run the shelter since 2015.'
    right = (
        '"Demand is higher," said Tomasz Wilk, the shelter\'s director, who is 16 and has run it since 2015.'
    )
    assert ("age", "61", "16") in flags(left, right)
    # near miss: the clause tells another person's age
    other = (
        '"Demand has never been higher," said Tomasz Wilk, 61, whose daughter, who is 16, helps at weekends.'
    )
    assert [d for d in flags(left, other) if d[0] == "age"] == []


def test_the_charity_denying_against_the_charitys_name_stating_is_a_negation() -> None:
    left = "Lund said the charity would not seek government funding, arguing that it must stay independent."
    right = "Lund said Hopewell would seek government funding, though she insisted it must stay independent."
    assert negation_diffs(left, right) != []
    # near miss: a group against one of its members ("the players" / "Ross")
    group = "Ross is not signed for next season, the club said."
    members = "The players of the squad are all signed for next season, the club said."
    assert negation_diffs(group, members) == []


def test_considering_an_act_denied_against_considering_it_is_a_negation() -> None:  # ut292
    left = "The ombudsman said it had considered capping the fees debt collectors charge, but chose not to."
    right = "The ombudsman said it had not considered capping the fees that collection agencies charge."
    assert negation_diffs(left, right) != []
    # near miss: a report denied against another thing considered (a belief of two things)
    other = "The ombudsman said it had not considered the complaint, which was filed too late."
    assert negation_diffs(other, "The ombudsman considered whether the fees were fair.") == []


def test_a_plural_subject_and_its_singular_before_a_noun_are_one_subject() -> None:  # ut303
    left = (
        "Market stalls are not exempt from the new charge, although traders may still apply for a discount."
    )
    right = "Markets are exempt from the new charge, and traders may also apply for a discount."
    assert negation_diffs(left, right) != []
    # near miss: a named subject the other side never names
    named = "Hollins is exempt from the new charge, and traders may also apply for a discount."
    assert negation_diffs(left, named) == []
    # ... nor a plural's singular that is the object, not the subject (ut224)
    form = "Tenants who do not submit a form by June 1 will lose the rebate."
    forms = "Forms must be submitted by June 1; tenants who miss the deadline will lose the rebate."
    assert negation_diffs(form, forms) == []
