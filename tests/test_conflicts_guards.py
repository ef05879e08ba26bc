# ruff: noqa: E501  (sentence pairs read best one per line)
"""Guards on what a link's differences may compare: a day or a duration is a value of
an act, and two values of two different acts are no conflict even when an aligner put
their sentences together.

Every sentence is made up for the test (other events, other outlets' styles); each case
runs in both directions (the sides swapped), and each rule has a near miss.
"""

from __future__ import annotations

import pytest

from reader import facts


def diff(left: str, right: str) -> list[tuple[str, str, str]]:
    lf = facts.extract_document([left])[0]
    rf = facts.extract_document([right])[0]
    return [(d.kind, d.left, d.right) for d in facts.differences(lf, rf, left, right)]


def both_ways(left: str, right: str) -> list[tuple[str, str, str]]:
    there = diff(left, right)
    back = diff(right, left)
    assert sorted((k, b, a) for k, a, b in back) == sorted(there)
    return there


ACT_CASES = [
    pytest.param(  # the day of an announcement of one thing and of another
        "Governor Ellis announced Monday that the harbour chief will be retiring in the spring.",
        "The plan to close the ferry line, which Ms. Ellis announced on Thursday over protests from unions, was shelved.",
        [],
        id="days-of-two-announcements",
    ),
    pytest.param(  # how long a strike lasted and how long a truce was agreed for
        "From May 2 through June 6, for 35 days, the dockers and the port authority argued over pay.",
        "The union suspended the stoppage for three weeks on June 6, letting the cranes move again.",
        [],
        id="durations-of-two-acts",
    ),
    pytest.param(  # near miss: one act named two ways ("approved" / "vote") keeps its conflict
        "The assembly passed a farm subsidy bill Monday that would raise payments to growers.",
        "It is unclear what the senate will do with the bill after Tuesday's vote, given the opposition.",
        [("day", "Monday", "Tuesday")],
        id="day-of-one-vote",
    ),
    pytest.param(  # near miss: one stretch of a search, the same words around it
        "Divers searched the lake for nine days before the wreck of the plane was found.",
        "Divers searched the lake for twelve days before the plane was found.",
        [("duration", "nine days", "twelve days")],
        id="duration-of-one-search",
    ),
]


@pytest.mark.parametrize(("left", "right", "expected"), ACT_CASES)
def test_days_and_durations_conflict_only_for_one_act(left: str, right: str, expected: list) -> None:
    assert both_ways(left, right) == expected
