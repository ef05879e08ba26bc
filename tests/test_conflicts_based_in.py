"""Where an organisation is based, told two ways (reader.facts.based_in): before its name, in an
apposition after it, or with "based in".  Every sentence is made up for the test, each pair checked
both ways round, with the near misses the rule must leave alone."""

from __future__ import annotations

import pytest

from reader.facts.based_in import base_diffs
from tests.test_conflicts_parts import flagged


@pytest.mark.parametrize(
    ("a", "b", "spans"),
    [
        (
            "The boycott hit Ohio-based Brightmill, which was founded in 1952 by two brothers.",
            "The boycott hit Brightmill, the Indiana-based bakery founded by two brothers in 1952.",
            ("Ohio", "Indiana"),
        ),
        (
            "Regulators fined Harbor Lines, based in San Diego, for the spill on Tuesday.",
            "Regulators on Tuesday fined Long Beach-based Harbor Lines for the spill.",
            ("San Diego", "Long Beach"),
        ),
    ],
)
def test_one_organisation_given_two_homes_conflicts(a: str, b: str, spans: tuple[str, str]) -> None:
    assert ("name", *spans) in flagged(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one home inside the other's words, a city and its short name
        (
            "The boycott hit New York-based Brightmill, which was founded in 1952 by two brothers.",
            "The boycott hit Brightmill, the New York City-based bakery founded by two brothers in 1952.",
        ),
        (
            "The report came from Washington-based Fairlane, a think tank founded in 1971.",
            "The report came from Fairlane, the D.C.-based think tank founded in 1971.",
        ),
        # two organisations, each with its own home
        (
            "The boycott hit Ohio-based Brightmill and its rival, the bakers said on Monday.",
            "The boycott hit Indiana-based Corncrest and its rival, the bakers said on Monday.",
        ),
    ],
)
def test_one_home_or_two_organisations_is_no_conflict(a: str, b: str) -> None:
    assert base_diffs(a, b) == [] and base_diffs(b, a) == []


@pytest.mark.parametrize(
    ("a", "b", "spans"),
    [
        # the state a person is of, after "of", after "in" with a title, before a role (ut344)
        (
            "Rep. Ellen Marsh of Oregon, a member of the panel, said the bill would not pass.",
            "The bill will not pass, said Rep. Ellen Marsh of Idaho, who sits on the panel.",
            ("Oregon", "Idaho"),
        ),
        (
            "Democratic Sens. Ellen Marsh in Oregon and Tom Reyes in Arizona are both considered safe.",
            "Sen. Ellen Marsh of Idaho and Sen. Tom Reyes of Arizona are both seen as safe this year.",
            ("Oregon", "Idaho"),
        ),
        (
            "Ohio lawyer Dana Pryce, the building's owner, was there to inspect the damage.",
            "Its owner, Texas lawyer Dana Pryce, came to look at the damage.",
            ("Ohio", "Texas"),
        ),
    ],
)
def test_one_person_given_two_states_conflicts(a: str, b: str, spans: tuple[str, str]) -> None:
    assert ("name", *spans) in flagged(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # whose lawyer, not where from: a name before the role is no place
        (
            "Trump lawyer Rudy Giuliani praised the office on Friday.",
            "Clinton lawyer Rudy Giuliani praised the office on Friday.",
        ),
        # "in" after a name alone: where an act happened
        (
            "Ellen Marsh in Oregon told voters the bill would not pass.",
            "Ellen Marsh in Idaho told voters the bill would not pass.",
        ),
        # a town the tables do not know: no table tells it from a surname
        (
            "Anchorage lawyer Dana Pryce came to inspect the damage.",
            "Wasilla lawyer Dana Pryce came to inspect the damage.",
        ),
    ],
)
def test_a_person_and_no_known_place_is_no_home_conflict(a: str, b: str) -> None:
    assert base_diffs(a, b) == [] and base_diffs(b, a) == []
