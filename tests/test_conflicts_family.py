"""A parent's count of children told two ways across the articles (reader.facts.pairing_family).

Every sentence here is made up for the test; each case is checked with the articles both
ways round, with near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from reader.facts import extract_document
from reader.facts.pairing_family import children_conflicts
from tests.mirror import Found, cross_of_kind
from tests.mirror import both_ways as mirrored


def both_ways(left: list[str], right: list[str]) -> Found:
    return mirrored(cross_of_kind("children"), left, right)


WIRE = [
    "A fire tore through a row house in Dayton on Sunday night.",
    "Teresa Alvarado, a mother of seven, was pulled from the second floor by neighbours.",
]


@pytest.mark.parametrize(
    ("other", "span"),
    [
        (["Alvarado was asleep with one of her six children when the smoke rose."], "her six children"),
        (["Neighbours said Teresa Alvarado has eight children and works nights."], "has eight children"),
        (["The mother-of-six Teresa Alvarado was treated for burns."], "mother-of-six"),
        (["Alvarado's five kids were staying with an aunt."], "Alvarado's five kids"),
    ],
)
def test_a_parent_given_two_counts_is_a_conflict(other: list[str], span: str) -> None:
    assert both_ways(WIRE, other) == [(1, 0, "mother of seven", span)]


def test_a_father_of_three_and_his_two_children() -> None:
    left = ["Coach Brian Tuck, a father of three, led the team for a decade."]
    right = ["Tuck leaves behind his wife, Marie, and his two children.", "He was 51."]
    assert both_ways(left, right) == [(0, 0, "father of three", "his two children")]


@pytest.mark.parametrize(
    "other",
    [
        ["Alvarado was asleep with two of her children when the smoke rose."],  # a part
        ["Alvarado and her two youngest children were treated for burns."],  # a part
        ["Alvarado, the mother of three of the boys, was treated for burns."],  # a part
        ["Alvarado has three daughters, the fire chief said."],  # only daughters
        ["Alvarado had two children with her first husband."],  # with one other parent
        ["Alvarado has more than 10 grandchildren."],  # grandchildren, a hedge
        ["Teresa Alvarado, a mother of seven, was pulled out by neighbours."],  # agree
        ["Maria Alvarado, a mother of two, lives next door."],  # another person
    ],
)
def test_a_part_of_the_family_or_another_person_is_no_conflict(other: list[str]) -> None:  # near misses
    assert both_ways(WIRE, other) == []


def test_an_article_giving_one_person_two_counts_pairs_none() -> None:  # near miss
    other = ["Alvarado, a mother of six, was hurt.", "Alvarado's eight children were away."]
    assert both_ways(WIRE, other) == []


def test_a_count_with_no_parent_named_is_no_conflict() -> None:  # near miss
    left = ["The family has four children, the mayor said."]
    right = ["The family has five children, a neighbour said."]
    facts_l, facts_r = extract_document(left), extract_document(right)
    assert children_conflicts(facts_l, facts_r, left, right) == []


def test_two_given_names_under_one_surname_pair_none() -> None:  # near miss
    # one count, but given for a Teresa and a Marco of one surname: whose six is it?
    other = [
        "Teresa Alvarado, a mother of six, was pulled from the house.",
        "Her cousin Marco Alvarado, a father of six, called the fire brigade.",
    ]
    assert both_ways(WIRE, other) == []
