"""A sum of money of one named thing told two ways across the articles
(reader.facts.pairing_sums), and shown through the quantity gate like any sum.

Every sentence here is made up for the test; each case is checked with the articles both
ways round, with near misses it must leave alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from reader.facts import credible, cross_conflicts, extract_document
from reader.facts.pairing_sums import sum_conflicts
from tests.mirror import Found
from tests.mirror import both_ways as mirrored


def _sums(a: Sequence[str], b: Sequence[str]) -> Found:
    fa, fb = extract_document(a), extract_document(b)
    got = cross_conflicts(fa, fb, a, b)
    return [
        (x, y, d.left, d.right)
        for x, y, d in got
        if d.kind == "amount" and credible(d, fa[x], fb[y], a[x], b[y])
    ]


def both_ways(left: list[str], right: list[str]) -> Found:
    return mirrored(_sums, left, right)


def rule_both_ways(left: list[str], right: list[str]) -> list[tuple[int, int, str, str]]:
    """This rule's conflicts alone (sums that share two words around them are the older
    pairing's, :mod:`reader.facts.pairing`)."""
    fl, fr = extract_document(left), extract_document(right)
    there = [(x, y, d.left, d.right) for x, y, d in sum_conflicts(fl, fr, left, right)]
    back = [(x, y, d.left, d.right) for x, y, d in sum_conflicts(fr, fl, right, left)]
    assert sorted((y, x, r, l) for x, y, l, r in back) == sorted(there)
    return there


WIRE = [
    "Parliament on Thursday approved the €48 billion rail bill after a night of debate.",
    "The opposition voted against it, calling the plan a gift to contractors.",
]


@pytest.mark.parametrize(
    ("other", "span"),
    [
        (["Lawmakers passed the €52 billion rail bill in a late vote."], "€52 billion"),
        (
            ["The €45 billion bill was approved after a night of debate, the opposition voting no."],
            "€45 billion",
        ),
    ],
)
def test_one_thing_given_two_sums_is_a_conflict(other: list[str], span: str) -> None:
    assert both_ways(WIRE, other) == rule_both_ways(WIRE, other) == [(0, 0, "€48 billion", span)]


def test_a_contract_told_two_ways() -> None:
    left = ["The pitcher Dale Ruiz agreed to a four-year, $88 million contract with Denver."]
    right = ["Ruiz, 29, signed a $92 million contract on Tuesday, the club said."]
    assert both_ways(left, right) == rule_both_ways(left, right) == [(0, 0, "$88 million", "$92 million")]


@pytest.mark.parametrize(
    "other",
    [
        ["Parliament passed the €48 billion rail bill on Thursday."],  # agree
        ["The €48.3 billion bill passed on Thursday."],  # agree at the coarser precision
        ["The €12 billion bill for schools passed too."],  # another bill: not one scale
        ["It also passed a €53 billion energy bill and the €48 billion rail bill."],  # two bills
        ["The ministry spent €52 billion on rail last year."],  # no thing named after the sum
        ["Critics said the rail bill would cost €52 billion in the end."],  # a cost, not the bill's name
    ],
)
def test_near_misses_are_no_conflict(other: list[str]) -> None:
    assert rule_both_ways(WIRE, other) == []


def test_two_kinds_of_one_noun_are_no_conflict() -> None:  # near miss
    left = ["The House passed the $1.2 trillion infrastructure bill on Friday."]
    right = ["The House passed the $1.5 trillion spending bill on Friday."]
    assert rule_both_ways(left, right) == []


def test_two_bidders_offers_are_no_conflict() -> None:  # near miss
    left = ["The Rovers made the striker Ali Demir a $40 million offer."]
    right = [
        "United have made Ali Demir a $45 million offer, his agent said.",
        "Demir joined United in 2019.",
    ]
    assert rule_both_ways(left, right) == []


def test_a_sum_named_before_a_verb_and_far_from_the_story_names() -> None:
    # the noun may come before a verb ("the €52 billion bill funds the railways"), and a name
    # further off in the sentence (a senator who voted, the body funded) is no payer of the bill
    left = ["Senator Ida Moreau, who voted against the €48 billion rail bill, spoke on Friday."]
    right = ["The €52 billion rail bill funds the National Railways and new stations."]
    assert both_ways(left, right) == rule_both_ways(left, right) == [(0, 0, "€48 billion", "€52 billion")]
