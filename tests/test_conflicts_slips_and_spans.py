"""Slips of one figure and of one span that the words around them used to hide (stop 59, from the
user tests of stop 58): a sum's scale word changed while its currency is written once as a word and
once as a sign, a scaled sum with its point moved, a sum's currency hyphened to its figure before a
noun, one end of a span of time moved, the age of a person named after "Relatives of", a weekday of
a clause tagged ", said" with its speaker.

Every sentence is made up for the test, checked both ways round, with near misses.
"""

from __future__ import annotations

import pytest

from tests.mirror import facts_of
from tests.test_conflicts_twins import shown


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (  # the currency as a word on one side, as a sign on the other: one sum, its scale slipped
            "The ferry service costs about 4.8 million dollars a year to run, the council said.",
            "Running the ferry service costs about $4.8 billion a year, the council said.",
            ("amount", "about 4.8 million dollars", "about $4.8 billion"),
        ),
        (  # ... and hyphened to its figure before its noun
            "The fund manages a portfolio of 3.6 million euros for the diocese.",
            "The diocese owns a 3.6 billion-euro portfolio run by the fund.",
            ("amount", "3.6 million euros", "3.6 billion-euro"),
        ),
        (  # a scaled sum with its point moved, three digits, in sentences worded apart
            "The street value of the seized heroin is estimated at 236 million kronor, customs said.",
            "Customs put the street value of the drugs at 23.6 million kronor.",
            ("amount", "236 million kronor", "23.6 million kronor"),
        ),
    ],
)
def test_a_sum_slipped_in_its_scale_or_its_point_is_shown(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in shown(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # one sum, its currency written two ways: no difference
            "The ferry service costs about 4.8 million dollars a year to run.",
            "Running the ferry service costs about $4.8 million a year.",
        ),
        (  # two digits, in words told apart: two sums may share them
            "The festival's ticket sales brought in 1.5 million euros.",
            "The region's hotels took 15 million euros during the festival week.",
        ),
    ],
)
def test_one_sum_written_two_ways_or_two_sums_are_not_shown(left: str, right: str) -> None:
    assert [d for d in shown(left, right) if d[0] == "amount"] == []


def test_a_currency_hyphened_to_its_figure_is_money_and_a_weight_is_not() -> None:
    money = [(f.kind, f.value, f.unit) for f in facts_of("The airline signed a 3.4 billion-dollar order.")]
    assert ("money", 3.4e9, "USD") in money
    weights = [f.kind for f in facts_of("She gave birth to a 10-pound baby at the clinic.")]
    assert "money" not in weights


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (  # one start, the end moved, each told with its own verb
            "The exhibition opens on 2 May and closes on 30 September, the museum said.",
            "The exhibition opens on 2 May and runs until 13 September, the museum said.",
            ("date", "30 September", "13 September"),
        ),
        (  # one end, the start moved
            "Construction is due to begin in 2026 and last until 2030, the ministry said.",
            "Construction will run from 2027 to 2030.",
            ("date", "2026", "2027"),
        ),
    ],
)
def test_one_end_of_one_span_moved_is_a_conflict(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in shown(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # two phases: neither end is shared
            "The first phase runs from 2026 to 2028, the ministry said.",
            "The second phase will run from 2029 to 2031, the ministry said.",
        ),
        (  # the same span told alike
            "The consultation opens on 3 March and closes on 14 April.",
            "The consultation runs from 3 March until 14 April.",
        ),
    ],
)
def test_two_spans_or_one_told_alike_are_no_span_conflict(left: str, right: str) -> None:
    assert [d for d in shown(left, right) if "span" in d[0] or d[0] == "date"] == []


def test_the_age_of_a_person_after_relatives_of_is_that_persons() -> None:
    left = "Friends of Arthur Pennington, 67, said he had walked the route every day."
    right = "The friends of Arthur Pennington, 76, said he walked the route daily."
    assert ("age", "67", "76") in shown(left, right)
    # near miss: two people's ages
    other = "His neighbour, Mary Clarke, 79, said he walked the route daily."
    assert [d for d in shown(left, other) if d[0] == "age"] == []


def test_a_day_before_a_said_tag_is_the_day_of_the_clause_not_of_the_telling() -> None:
    left = "Inspector Maria Lund said the coast road would stay closed until at least Sunday."
    right = "The coast road will stay closed until at least Saturday, said Inspector Maria Lund."
    assert ("day", "Sunday", "Saturday") in shown(left, right)
    # near miss: the day someone spoke against the day of the act
    said = "Prosecutors said on Monday that the trial of the former mayor would resume."
    act = "The trial of the former mayor will resume on Thursday, prosecutors said."
    assert [d for d in shown(said, act) if d[0] == "day"] == []


def test_one_full_date_with_its_month_changed_is_a_slip_whatever_the_verbs() -> None:  # ut304
    left = (
        "The inquiry found that on 14 March 2022, during a night exercise near Brecon, two recruits fell ill."
    )
    right = "The inquiry said the exercise took place on 14 May 2022, during a night exercise near Brecon."
    assert ("date", "14 March 2022", "14 May 2022") in shown(left, right)
    # near miss: two days of two months, each its own act's
    other = "The inquiry said the exercise took place on 21 May 2022, during a night exercise near Brecon."
    assert [d for d in shown(left, other) if d[0] == "date"] == []


def test_a_count_of_pounds_a_thing_is_costing_is_a_sum() -> None:  # ut305
    money = [
        (f.kind, f.unit)
        for f in facts_of("The town hall will get a new reading room costing 640,000 pounds.")
    ]
    assert ("money", "GBP") in money
    left = "The town hall, which opened in 1911, will get a new reading room costing 640,000 pounds."
    right = "A new reading room costing £460,000 will be built at the Victorian town hall."
    assert ("amount", "640,000 pounds", "£460,000") in shown(left, right)
    # near miss: a weight stays a weight
    weights = [f.kind for f in facts_of("The crane is lifting a beam weighing 3,400 pounds.")]
    assert "money" not in weights
