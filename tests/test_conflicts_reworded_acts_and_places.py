"""Values of one act in reworded sentences: a year of an act told in the passive on one side ("was
approved by voters in 2012" / "voters approved in 2014"), the day of a statement "reiterated" on
one side and "said" on the other, an age told "at age 80" at a clause's opening, who did what to
whom with an apposition after the doer ("Bruning, a Republican, blamed Holder"), and the place
one quotation was said in (stop 63, from the user test ut340).

Every sentence is made up for the test, checked both ways round, with near misses.
"""

from __future__ import annotations

import pytest

from tests.mirror import facts_of, flags


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (  # the act in the passive, its doer between it and the year
            "The ports authority wants to halt the levy, which was approved by voters in 2016 and funds"
            " the new harbour wall.",
            "The authority is seeking to stop the levy that voters approved in 2018 to pay for the"
            " harbour wall.",
            ("year", "2016", "2018"),
        ),
        (  # a statement's day, "reiterated" on one side and "said" on the other
            "Mayor Helen Dunmore on Tuesday reiterated her plan to run for a third term in an interview"
            " with the Evening Courier.",
            "Mayor Helen Dunmore said Thursday that she still plans to run for a third term, telling the"
            " Evening Courier in an interview.",
            ("day", "Tuesday", "Thursday"),
        ),
        (  # an age opening its clause, its bearer after the comma
            "At age 67, Lindqvist is the oldest coach in the league's history.",
            "Marta Lindqvist, 69, is the oldest head coach the league has ever had.",
            ("age", "67", "69"),
        ),
        (  # an apposition between the doer and the act
            "Harrow, a Democrat, accused Governor Pia Lund of failing to repair the county's bridges.",
            "Governor Pia Lund accused Harrow, a Democrat, of failing to repair bridges in the county.",
            (
                "name",
                "Harrow, a Democrat, accused Governor Pia Lund",
                "Governor Pia Lund accused Harrow",
            ),
        ),
        (  # one quotation of one speaker said in two places
            '"We will not close a single library," Councillor Ruth Okoro said at a meeting in Leeds.',
            '"We will not close a single library," Councillor Ruth Okoro told residents in Bradford.',
            ("name", "Leeds", "Bradford"),
        ),
    ],
)
def test_a_value_of_one_act_told_in_other_words_is_a_conflict(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flags(left, right)


@pytest.mark.parametrize(
    ("left", "right", "kind"),
    [
        (  # two acts: the founding and a move
            "The bakery, which was founded by two brothers in 1990, now sells bread across the region.",
            "The bakery moved to its riverside site in 1995 and now sells bread across the region.",
            "year",
        ),
        (  # two speakers, each on their own day
            "Mayor Helen Dunmore on Tuesday reiterated her plan to run for a third term.",
            "Her rival Tom Asante said Thursday that the mayor plans to run for a third term.",
            "day",
        ),
        (  # a city and the state around it: a place within another
            '"We will not close a single library," Councillor Ruth Okoro said at a meeting in Omaha.',
            '"We will not close a single library," Councillor Ruth Okoro told residents in Nebraska.',
            "name",
        ),
        (  # a month after "in": when, not where
            '"We will not close a single library," Councillor Ruth Okoro said in May.',
            '"We will not close a single library," Councillor Ruth Okoro told residents in Bradford.',
            "name",
        ),
        (  # an act of two doers alike: the order says nothing
            "Harrow, a Democrat, met Governor Pia Lund to discuss the county's bridges.",
            "Governor Pia Lund met Harrow, a Democrat, to discuss bridges in the county.",
            "name",
        ),
    ],
)
def test_two_acts_or_one_place_within_another_are_no_conflict(left: str, right: str, kind: str) -> None:
    assert [f for f in flags(left, right) if f[0] == kind] == []


def test_at_age_is_an_age_but_not_a_range_of_ages() -> None:
    assert [
        (f.kind, f.text) for f in facts_of("The singer died at age 76 on Tuesday.") if f.kind == "age"
    ] == [("age", "76")]
    assert [f for f in facts_of("Children at age 5 to 7 may enter for free.") if f.kind == "age"] == []
