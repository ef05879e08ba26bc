"""One place put for another in a close rewording ("headed to Michigan" / "traveling to
Wisconsin"), a part of a scale in words ("a quarter of a million"), and one quotation given to a
man and to a woman of one surname ("Mrs. Clinton said" / "Mr. Clinton said") (stop 63, from the
user tests ut341 and ut343).

Every sentence is made up for the test, checked both ways round, with near misses.
"""

from __future__ import annotations

import pytest

from tests.mirror import facts_of, flags


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (  # two states, the verb and an adverb beside them reworded
            "The governor, who has been under pressure over the budget, was nevertheless headed to Ohio on"
            " Monday to campaign for Senate candidate Dana Pryce.",
            "The governor, under pressure over the budget, was nonetheless traveling to Indiana on Monday to"
            " campaign for Senate candidate Dana Pryce.",
            ("name", "Ohio", "Indiana"),
        ),
        (  # two towns after one word of place, a verb reworded
            "On a cold morning in downtown Greeley, we met with two nurses, Ana Ruiz and Tom Baker, at their"
            " favorite diner.",
            "On a cold morning in downtown Longmont, we sat down with two nurses, Ana Ruiz and Tom Baker, at"
            " their favorite diner.",
            ("name", "Greeley", "Longmont"),
        ),
    ],
)
def test_a_place_put_for_another_in_a_close_rewording_is_a_conflict(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flags(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # a town and the state around it
            "The governor, who has been under pressure over the budget, was nevertheless headed to Dayton on"
            " Monday to campaign for Senate candidate Dana Pryce.",
            "The governor, under pressure over the budget, was nonetheless traveling to Ohio on Monday to"
            " campaign for Senate candidate Dana Pryce.",
        ),
        (  # another name changed too: maybe another trip
            "The governor, who has been under pressure over the budget, was nevertheless headed to Ohio on"
            " Monday to campaign for Senate candidate Dana Pryce.",
            "The governor, under pressure over the budget, was nonetheless traveling to Indiana on Monday to"
            " campaign for House candidate Lee Marsh.",
        ),
        (  # one name in two translations' letters
            "And the border was drawn to Shicron, and passed along to the mount, and went out unto the sea.",
            "And the border extended to Shikkeron, and passed along to the mount, and went out to the sea.",
        ),
        (  # a county by its word
            "Volunteers were headed to Boulder on Saturday to help clear the flooded roads near the river.",
            "Volunteers were traveling to Larimer County on Saturday to help clear the flooded roads near"
            " the river.",
        ),
    ],
)
def test_a_place_within_another_or_another_act_is_no_conflict(left: str, right: str) -> None:
    assert [f for f in flags(left, right) if f[0] == "name"] == []


def test_a_part_of_a_scale_in_words_is_a_number() -> None:
    got = [(f.kind, f.text, f.value) for f in facts_of("Roughly a quarter of a million people signed it.")]
    assert ("number", "Roughly a quarter of a million", 250000.0) in got
    got = [
        f.value for f in facts_of("About three quarters of a million homes lost power.") if f.kind == "number"
    ]
    assert got == [750000.0]
    # near miss: a share of a group, no scale in words
    assert [f.kind for f in facts_of("A quarter of the million voters stayed home.")] == ["percent", "number"]
    left = "States could refuse to recognize more than half a million marriages."
    right = "States could refuse to recognize roughly a quarter of a million marriages."
    assert ("number", "more than half a million", "roughly a quarter of a million") in flags(left, right)


def test_a_quote_given_to_a_man_and_a_woman_of_one_surname_is_a_conflict() -> None:
    left = '"We owe it all to the people of this county," Mrs. Okafor said in her statement.'
    right = '"We owe it all to the people of this county," Mr. Okafor said in the statement.'
    assert ("speaker", "Mrs. Okafor", "Mr. Okafor") in flags(left, right)
    # near miss: one person addressed two ways
    other = '"We owe it all to the people of this county," Ms. Okafor said in the statement.'
    assert [f for f in flags(left, other) if f[0] == "speaker"] == []
