"""A move's verb a few words before its figure ("fell to an average of 9 minutes 55 seconds", "rose
to a record high of"), and "doubled" / "halved" as opposites.  Sentences of our own, both ways
round, with near misses."""

from __future__ import annotations

from tests.mirror import flags


def test_a_move_to_an_average_told_the_other_way_is_a_conflict() -> None:
    left = (
        "Average waiting times at the clinic rose from 6 minutes 30 seconds in 2021 to 7 minutes 45 seconds"
        " last year, according to the trust's own figures."
    )
    right = (
        "Waiting times across the clinic fell to an average of 7 minutes 45 seconds last year, from 6"
        " minutes 30 seconds in 2021, the trust's figures show."
    )
    assert ("negation", "rose", "fell") in flags(left, right)


def test_a_move_to_an_average_told_the_same_way_is_no_conflict() -> None:
    left = (
        "Average waiting times at the clinic rose from 6 minutes 30 seconds in 2021 to 7 minutes 45 seconds"
        " last year, according to the trust's own figures."
    )
    right = (
        "Waiting times across the clinic climbed to an average of 7 minutes 45 seconds last year, from 6"
        " minutes 30 seconds in 2021, the trust's figures show."
    )
    assert flags(left, right) == []


def test_doubled_against_halved_is_an_opposite() -> None:
    left = "The number of reported burglaries in the borough doubled compared with the year before."
    right = "The number of reported burglaries in the borough halved compared with the year before."
    assert ("negation", "doubled", "halved") in flags(left, right)


def test_up_from_a_base_against_a_drop_from_last_years_base_is_a_conflict() -> None:
    left = "Organisers said about 48,000 people attended the fair, up from 41,000 last year."
    right = "About 48,000 people attended the fair, organisers said, a drop from last year's 41,000."
    assert ("negation", "up", "drop") in flags(left, right)


def test_up_from_a_base_against_a_rise_from_last_years_base_is_no_conflict() -> None:
    left = "Organisers said about 48,000 people attended the fair, up from 41,000 last year."
    right = "About 48,000 people attended the fair, organisers said, a rise from last year's 41,000."
    assert flags(left, right) == []


def test_a_sum_raised_against_the_same_sum_cut_in_the_passive_is_a_conflict() -> None:
    left = "The museum's grant was raised to 6.2 million pounds from 5.6 million, an 11 percent increase."
    right = "The museum's grant was cut by 11 percent to 6.2 million pounds, the council said."
    assert ("negation", "raised", "cut") in flags(left, right)


def test_a_sum_raised_against_the_same_sum_increased_is_no_conflict() -> None:
    left = "The museum's grant was raised to 6.2 million pounds from 5.6 million, an 11 percent increase."
    right = "The museum's grant was increased by 11 percent to 6.2 million pounds, the council said."
    assert flags(left, right) == []
