"""A refusal denies the act that follows it ("refused to testify" / "has testified"):
reader.facts.negation, in a link and across the whole articles.

Every sentence here is made up for the test; each case is checked both ways round.
"""

from __future__ import annotations

import pytest

from reader.facts import cross_conflicts, extract_document
from reader.facts.negation import negation_diffs
from reader.facts.negation_hint import negates

STATED = "The mayor has testified before the county board about the contract."


@pytest.mark.parametrize(
    ("refusal", "span"),
    [
        ("The mayor refused to testify before the county board about the contract.", "refused to testify"),
        ("The mayor declined to testify before the county board about the contract.", "declined to testify"),
        (
            "The mayor has failed to testify before the county board about the contract.",
            "has failed to testify",
        ),
    ],
)
def test_a_refusal_in_a_link_is_a_negation(refusal: str, span: str) -> None:
    assert [(d.left, d.right) for d in negation_diffs(refusal, STATED)] == [(span, "testified")]
    assert [(d.left, d.right) for d in negation_diffs(STATED, refusal)] == [("testified", span)]


@pytest.mark.parametrize(
    "other",
    [
        # a refusal of something else
        "The mayor refused to resign over the contract the county board approved.",
        # "declined" alone is a fall, not a refusal
        "Shares in the contractor declined after the mayor testified before the county board.",
        # a negated refusal states the act
        "The mayor never failed to testify before the county board about the contract.",
        "The mayor did not refuse to testify before the county board about the contract.",
    ],
)
def test_what_is_no_refusal_of_the_act(other: str) -> None:
    assert negation_diffs(other, STATED) == []
    assert negation_diffs(STATED, other) == []


def test_two_refusals_agree() -> None:
    a = "The mayor refused to testify before the county board about the contract."
    b = "The mayor has again declined to testify before the county board about the contract."
    assert negation_diffs(a, b) == negation_diffs(b, a) == []


def test_the_pre_check_sees_a_refusal() -> None:
    assert negates("She refused to comment.")
    assert negates("The bid failed to win support.")
    assert not negates("The refusal was expected.")
    assert not negates("Sales declined in March.")


def test_a_refusal_across_the_articles() -> None:
    left = ["The board met on Monday.", "Mayor Ruth Ivers has apologised to the board for the remarks."]
    right = ["Ivers refused to apologise to the board for the remarks on Monday."]
    lf, rf = extract_document(left), extract_document(right)
    there = [(a, b, d.left, d.right) for a, b, d in cross_conflicts(lf, rf, left, right)]
    back = [(a, b, d.left, d.right) for a, b, d in cross_conflicts(rf, lf, right, left)]
    assert there == [(1, 0, "apologised", "refused to apologise")]
    assert back == [(0, 1, "refused to apologise", "apologised")]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the noun: a fall the sentence explains, not a refusal of what follows "to"
        (
            "The port authority attributes the decline to new tolls on the northern bridge.",
            "The port authority has introduced new tolls on the northern bridge.",
        ),
        # a fall to a figure, and to a level
        (
            "Cargo volumes declined to 41,000 containers in May.",
            "Cargo volumes reached 41,000 containers in May.",
        ),
        (
            "Cargo volumes declined to the lowest level since 2009.",
            "Cargo volumes reached the lowest level since 2009.",
        ),
    ],
)
def test_a_decline_that_is_a_noun_or_a_fall_refuses_nothing(left: str, right: str) -> None:
    assert negation_diffs(left, right) == []
    assert negation_diffs(right, left) == []
