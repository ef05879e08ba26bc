"""The party of one politician told two ways across the articles (reader.facts.pairing_party).

Every sentence here is made up for the test; each case is checked with the articles both
ways round, with near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from reader.facts import cross_conflicts, extract_document
from reader.facts.pairing_party import mentions, party_conflicts
from reader.pipeline import compare_texts
from tests.mirror import Found
from tests.mirror import both_ways as mirrored


def both_ways(left: list[str], right: list[str]) -> Found:
    return mirrored(lambda a, b: [(x, y, d.left, d.right) for x, y, d in party_conflicts(a, b)], left, right)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sen. Laura Finch (D-Ore.) called the plan reckless.", [("laura", "finch", "D", "D-Ore.")]),
        ("Rep. Tom Okafor, R-Ind., voted no.", [("tom", "okafor", "R", "R-Ind.")]),
        ("Senate Majority Whip Dana Reyes (D-NM) counted the votes.", [("dana", "reyes", "D", "D-NM")]),
        ("Ohio Republican Mark Steen led the talks.", [("mark", "steen", "R", "Ohio Republican")]),
        ("Sen. Mark Steen, an Ohio Republican, led the talks.", [("mark", "steen", "R", "Ohio Republican")]),
        ("Sen. Mark Steen, a Republican, led the talks.", [("mark", "steen", "R", "Republican")]),
        ("Sen. Ann Vo (I-Maine) abstained.", [("ann", "vo", "I", "I-Maine")]),
        ("The Democratic Party said it would appeal.", []),  # a party is no person
        ("Republican senators met on Tuesday.", []),
        ("The Republican National Committee paid for the ads.", []),
        ("Flight D-ABCD landed in Berlin.", []),  # a tag needs a name before it
    ],
)
def test_a_party_is_read_from_the_tag_or_the_words(text: str, found: list[tuple[str, str, str, str]]) -> None:
    assert [(m.first, m.last, m.party, m.text) for m in mentions([text])] == found


WIRE = [
    "The bill was written by Sen. Laura Finch (D-Ore.) and Sen. Mark Steen (R-Ohio).",
    "It passed 61-38 on Thursday.",
]


def test_one_person_given_two_parties_is_a_conflict() -> None:
    other = ["Finch, R-Ore., said the deal was the best the Senate could do."]
    assert both_ways(WIRE, other) == [(0, 0, "D-Ore.", "R-Ore.")]


def test_the_same_party_in_other_spellings_is_no_conflict() -> None:  # near miss
    other = ["Oregon Democrat Laura Finch said the deal was the best the Senate could do."]
    assert both_ways(WIRE, other) == []


def test_a_party_restyled_for_british_readers_is_read() -> None:
    # "Sen. Laura Finch, D-Ore." as a British paper writes it: the office in lower case
    found = mentions(["The Republican senator for Oregon, Laura Finch, called the plan reckless."])
    assert [(m.first, m.last, m.party) for m in found] == [("laura", "finch", "R")]
    found = mentions(["The Democratic minority leader, Laura Finch of Oregon, called it reckless."])
    assert [(m.first, m.last, m.party) for m in found] == [("laura", "finch", "D")]
    assert both_ways(WIRE, ["The Republican senator for Oregon, Laura Finch, said the deal was fair."]) == [
        (0, 0, "D-Ore.", "Republican senator for Oregon")
    ]
    assert both_ways(WIRE, ["The Democratic senator for Oregon, Laura Finch, said the deal was fair."]) == []


def test_a_tag_told_in_words_is_no_detail_of_one_side() -> None:
    c = compare_texts(
        "Sen. Laura Finch, D-Ore., voted against the harbour bill on Tuesday.",
        "The Democratic senator for Oregon, Laura Finch, voted against the harbour bill on Tuesday.",
    )
    assert [(k.only_left, k.only_right) for k in c.links] == [([], [])]


def test_two_people_of_one_surname_are_no_conflict() -> None:  # near miss
    other = ["Rep. Paul Finch (R-Texas) said the House would not take it up."]
    assert both_ways(WIRE, other) == []


def test_an_article_giving_one_surname_two_parties_says_nothing() -> None:  # near miss
    other = ["Finch (R-Ore.) and her cousin, Sen. Finch (D-Ore.), disagreed."]
    assert both_ways(WIRE, other) == []


def test_a_surname_with_two_given_names_in_one_article_says_nothing() -> None:  # near miss
    other = ["Sen. Laura Finch (R-Ore.) and Rep. Paul Finch (R-Texas) spoke after the vote."]
    assert both_ways(WIRE, other) == []


def test_the_conflict_comes_out_of_the_cross_article_pass() -> None:
    other = ["Finch, R-Ore., said the deal was the best the Senate could do."]
    got = cross_conflicts(extract_document(WIRE), extract_document(other), WIRE, other)
    note = "party of Finch: D-Ore. vs R-Ore."
    assert [(a, b, d.kind, d.note) for a, b, d in got] == [(0, 0, "party", note)]
