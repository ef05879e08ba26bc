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
