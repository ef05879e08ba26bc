"""Which of two relatives is the elder, told two ways across the articles (reader.facts.pairing_kin).

Every sentence here is made up for the test; each case is checked with the articles both
ways round, with near misses it must leave alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.facts import cross_conflicts, extract_document
from reader.facts.pairing_kin import kin_conflicts
from tests.mirror import Found
from tests.mirror import both_ways as mirrored


def _kin(left: Sequence[str], right: Sequence[str]) -> Found:
    lf, rf = extract_document(left), extract_document(right)
    return [(a, b, d.left, d.right) for a, b, d in kin_conflicts(lf, rf, left, right)]


def both_ways(left: list[str], right: list[str]) -> Found:
    return mirrored(_kin, left, right)


FERRY = [
    "Anna Lindqvist, 19, was rescued from the ferry on Sunday.",
    "Her older brother, Erik Lindqvist, pulled her from the water.",
]


def test_one_relative_called_older_and_younger_is_a_conflict() -> None:
    other = ["Erik Lindqvist, the younger brother of the rescued woman, swam out to the ferry."]
    assert both_ways(FERRY, other) == [(1, 0, "older brother", "younger brother")]


def test_the_words_of_one_direction_agree() -> None:
    other = ["Erik Lindqvist, her big brother, swam out to the ferry."]  # big = older
    assert both_ways(FERRY, other) == []


def test_an_article_that_names_both_directions_tells_of_two_relatives() -> None:
    other = [
        "Erik Lindqvist, her younger brother, swam out to the ferry.",
        "Her elder brother Nils Lindqvist called the coast guard.",
    ]
    assert both_ways(FERRY, other) == []


def test_another_family_is_no_conflict() -> None:
    other = ["A witness, Paul Marsh, said: my little brother was on that ferry."]
    assert both_ways(FERRY, other) == []


def test_another_kind_of_relative_is_no_conflict() -> None:
    other = ["Erik Lindqvist, the younger son of a fisherman, swam out to the ferry."]
    assert both_ways(FERRY, other) == []


def test_a_capitalised_relative_is_a_name() -> None:
    other = ["Erik Lindqvist said the show Big Brother had made him a swimmer."]
    assert both_ways(["Erik Lindqvist's younger brother watched."], other) == []


def test_the_whole_article_pairing_reports_it() -> None:
    other = ["Erik Lindqvist, the younger brother of the rescued woman, swam out to the ferry."]
    found = cross_conflicts(extract_document(FERRY), extract_document(other), FERRY, other)
    assert [(a, b, d.kind) for a, b, d in found] == [(1, 0, "relation")]


def test_two_relatives_named_apart_tell_of_two_people() -> None:
    # each says rightly who is the elder brother; two sons and one son are three sons; a baby is an infant
    assert (
        both_ways(
            ["Tom Berg drowned on Sunday.", "His older brother, Erik Berg, pulled him from the lake."],
            ["Erik Berg pulled his younger brother Tom Berg from the lake on Sunday."],
        )
        == []
    )
    assert (
        both_ways(
            ["Nils Berg spoke.", "He thanked his two older sons, Erik Berg and Nils Berg."],
            ["Nils Berg spoke.", "His younger son, Ola Berg, wept."],
        )
        == []
    )
    assert (
        both_ways(
            ["Nils Berg spoke.", "Her baby son, Ola Berg, slept."],
            ["Nils Berg spoke.", "Her eldest son, Ola Berg, spoke."],
        )
        == []
    )
