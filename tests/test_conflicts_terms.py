"""The length of one person's sentence, time served, suspension or ban told two ways
across the articles (reader.facts.pairing_terms).

Every sentence here is made up for the test; each case is checked with the articles both
ways round, with near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from reader.facts import extract_document
from tests.mirror import Found, cross_of_kind
from tests.mirror import both_ways as mirrored


def both_ways(left: list[str], right: list[str]) -> Found:
    return mirrored(cross_of_kind("term"), left, right)


WIRE = [
    "Former county treasurer Helen Marsh died on Friday at her home in Tulsa.",
    "Marsh served four and a half months in prison for embezzling public funds in the 1990s.",
]


@pytest.mark.parametrize(
    ("other", "span"),
    [
        (["Helen Marsh was sentenced to four months for the embezzlement."], "sentenced to four months"),
        (
            ["The former treasurer, Helen Marsh, received a three-month jail sentence."],
            "three-month jail sentence",
        ),
        (["A judge sentenced Marsh to 90 days in jail for the theft."], "sentenced Marsh to 90 days"),
        (["Marsh served six months behind bars."], "served six months"),
    ],
)
def test_time_served_longer_than_the_sentence_or_told_two_ways(other: list[str], span: str) -> None:
    assert both_ways(WIRE, other) == [(1, 0, "served four and a half months", span)]


def test_two_sentence_lengths_of_one_person() -> None:
    left = ["The boxer Ray Kolb was given a 12-year sentence on Monday."]
    right = ["Kolb, 31, was taken away in handcuffs.", "He was sentenced to 15 years in prison."]
    assert both_ways(left, right) == [(0, 1, "12-year sentence", "sentenced to 15 years")]


def test_two_suspensions_of_one_officer() -> None:
    left = ["Sgt. Owen Price was suspended without pay for 30 days after the video surfaced."]
    right = ["The department gave Owen Price a 45-day suspension, the union said."]
    assert both_ways(left, right) == [(0, 0, "suspended without pay for 30 days", "45-day suspension")]


@pytest.mark.parametrize(
    "other",
    [
        ["Marsh was sentenced to a year in prison but served less than five months."],  # served <= sentence
        ["Marsh served four and a half months in prison."],  # agree
        ["Marsh faced up to 10 years in prison."],  # the most she could get
        ["Prosecutors had sought two years in prison for Marsh."],  # asked for
        ["Marsh was sentenced to two years of probation."],  # probation is no prison term
        [
            "Marsh was first sent to prison in 1978, when she got a two-year sentence for fraud."
        ],  # another case
        ["Her deputy, Carl Brandt, served nine months in prison."],  # another person
        ["It has been six months since Marsh testified before the board."],  # no term
    ],
)
def test_near_misses_are_no_conflict(other: list[str]) -> None:
    assert both_ways(WIRE, other) == []


def test_an_article_giving_one_person_two_sentences_pairs_none() -> None:  # near miss
    left = [
        "Ray Kolb got a 12-year sentence for the robbery.",
        "Kolb had earlier received a two-year sentence.",
    ]
    right = ["Kolb was sentenced to 10 years in prison."]
    assert both_ways(left, right) == []


def test_a_term_written_with_a_long_s_is_still_read() -> None:
    # the forms are case-blind, and re reads "ſ" as "s": the word pre-check must not skip them
    from reader.facts.pairing_terms import _terms

    text = "John Smith was ſentenced to four years, the judge said after the prison riot."
    assert [(t.act, t.days) for t in _terms([text], extract_document([text]))] == [("prison", 1461.0)]
