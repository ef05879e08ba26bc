"""Shares written as fractions in words ("a third of the voters", "half the seats") compare as
percentages: with another fraction, a ratio or a figure in percent, each as close to its value
as a writer would round it.  Parts of a time ("the second half of the season") and fractions
of one unit ("half a mile", "a third of a point") are no shares.  Nor is a scale word after a
vague word ("several hundred") a figure: it is as loose as "hundreds".

Every sentence is made up for the test; the comparisons run both ways.
"""

from __future__ import annotations

import pytest

from reader.facts.sentence import extract
from tests.test_conflicts_values import compared


def shares_of(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, round(float(f.value), 1), f.bound) for f in extract(text) if f.kind == "percent"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A third of the ferry's passengers were children.", [("A third of", 33.3, "=")]),
        ("Nearly two-thirds of the senators backed the motion.", [("Nearly two-thirds of", 66.7, "~")]),
        ("Half the orchard's trees were lost to frost.", [("Half", 50.0, "=")]),
        ("More than half of the members voted to strike.", [("More than half of", 50.0, ">")]),
        ("Three quarters of the flights left on time.", [("Three quarters of", 75.0, "=")]),
        ("One-fifth of the budget goes to roads.", [("One-fifth of", 20.0, "=")]),
        # a fraction standing for its group as the subject of a verb (ut239)
        ("Of the 900 replies, a third supported a curfew.", [("a third", 33.3, "=")]),
        ("Of the 900 replies, a quarter were unsure.", [("a quarter", 25.0, "=")]),
        # the majority a vote needs (ut333, ut336)
        ("Removing the judge takes a two-thirds majority in the chamber.", [("two-thirds", 66.7, "=")]),
        ("The treaty needs a three-fifths vote, aides said.", [("three-fifths", 60.0, "=")]),
        # ... but an ordinal before a noun is no share
        ("The mayor is seeking a third term in office.", []),
        # no share: a part of a time, a fraction of one unit, a measure
        ("The club lost most games in the second half of the season.", []),
        ("Sales rose in the first quarter of the year.", []),
        ("She walked half a mile to the pier.", []),
        ("Rates rose by a third of a point.", []),
        ("The bridge took a quarter century to build.", []),
    ],
)
def test_a_fraction_of_a_group_is_read_as_a_share(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert shares_of(text) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        pytest.param(
            "A third of the ferry's passengers were children, the operator said.",
            "Half of the ferry's passengers were children, the operator said.",
            [("a third of", "half of")],
            id="third-vs-half",
        ),
        pytest.param(
            "A quarter of the orchard's trees were lost to frost this spring.",
            "A third of the orchard's trees were lost to frost this spring.",
            [("a quarter of", "a third of")],
            id="quarter-vs-third",
        ),
        pytest.param(
            "Two-thirds of the union's members voted to strike on Friday.",
            "A third of the union's members voted to strike on Friday.",
            [("two-thirds of", "a third of")],
            id="two-thirds-vs-a-third",
        ),
        pytest.param(
            "A third of the union's members voted to strike on Friday.",
            "Forty-five percent of the union's members voted to strike on Friday.",
            [("a third of", "forty-five percent")],
            id="fraction-vs-percent-apart",
        ),
        # near misses: the same share told two ways, or a bound the other value meets
        pytest.param(
            "A third of the union's members voted to strike on Friday.",
            "About 35 percent of the union's members voted to strike on Friday.",
            [],
            id="fraction-and-its-percentage",
        ),
        pytest.param(
            "They would need some Greens to reach the two-thirds majority required to remove the mayor.",
            "They would need Green members to reach the three-fifths majority required to remove the mayor.",
            [("two-thirds", "three-fifths")],
            id="the-majority-a-vote-needs",
        ),
        pytest.param(
            "Half the union's members voted to strike on Friday.",
            "Half of the union's members voted to strike on Friday.",
            [],
            id="half-the-and-half-of",
        ),
        pytest.param(
            "Nearly two-thirds of the union's members voted to strike on Friday.",
            "More than half of the union's members voted to strike on Friday.",
            [],
            id="bound-met",
        ),
        pytest.param(
            "Three in four of the union's members voted to strike on Friday.",
            "Three quarters of the union's members voted to strike on Friday.",
            [],
            id="ratio-and-its-fraction",
        ),
    ],
)
def test_shares_in_words_compare_as_shares(left: str, right: str, expected: list[tuple[str, str]]) -> None:
    # compared() also runs the pair the other way round and checks the spans swap
    assert [(a.lower(), b.lower()) for k, a, b in compared(left, right) if k == "percentage"] == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # a scale word after a vague word is a count as loose as "hundreds": no figure of 100
        (
            "Police said several hundred fans waited at the gates.",
            "Police said 300 fans waited at the gates.",
        ),
        (
            "Police said a few thousand fans waited at the gates.",
            "Police said 4,500 fans waited at the gates.",
        ),
        (
            "Police said several hundred fans waited at the gates.",
            "Police said hundreds of fans waited at the gates.",
        ),
    ],
)
def test_a_vague_count_of_a_scale_word_is_no_figure(left: str, right: str) -> None:
    assert [k for k, _, _ in compared(left, right) if k == "number"] == []


def test_a_scale_word_with_a_figure_of_its_own_is_still_one() -> None:  # near miss
    left = "Police said about a hundred fans waited at the gates."
    right = "Police said 300 fans waited at the gates."
    assert [(k, a.lower(), b) for k, a, b in compared(left, right) if k == "number"] == [
        ("number", "about a hundred", "300")
    ]
