"""One person named with two offices or two home states, one town given two states, in two
linked sentences: reader.facts.qualifiers.  Sentences of our own, each pair both ways."""

from __future__ import annotations

import pytest

from tests.test_conflicts_guards import both_ways


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (
            "Representative Ada Kowalski of Ohio said the vote would come on Tuesday after the talks.",
            "Senator Ada Kowalski of Ohio said on Tuesday that the vote would come after the talks.",
            ("Representative Ada Kowalski of Ohio", "Senator Ada Kowalski of Ohio"),
        ),
        (
            "Sen. Tom Brandt said on Monday the bill would pass the chamber easily.",
            "Rep. Tom Brandt said on Monday that the bill would easily pass.",
            ("Sen. Tom Brandt", "Rep. Tom Brandt"),
        ),
        (
            "Vermont Sen. Ada Kowalski spoke to the crowd for an hour on Sunday.",
            "New Hampshire Sen. Ada Kowalski spoke to a large crowd on Sunday.",
            ("Vermont Sen. Ada Kowalski", "New Hampshire Sen. Ada Kowalski"),
        ),
        (
            "The hospital in Springfield, Missouri, said on Monday evening that the patient had died.",
            "The hospital in Springfield, Illinois, said the patient died on Monday evening.",
            ("Springfield, Missouri", "Springfield, Illinois"),
        ),
        (  # two posts of a chamber's leaders (a user test's planted error)
            "When Senate President Ada Kowalski tried to reach a deal, the members walked out.",
            "When Senate Majority Leader Ada Kowalski tried to reach a deal, the members left.",
            ("Senate President Ada Kowalski", "Senate Majority Leader Ada Kowalski"),
        ),
    ],
)
def test_one_name_qualified_two_ways_conflicts(left: str, right: str, spans: tuple[str, str]) -> None:
    assert [(a, b) for k, a, b in both_ways(left, right) if k == "name"] == [spans]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # an office held before is no office of now
        (
            "Former Rep. Tom Brandt of Ohio called for the report to be made public.",
            "Sen. Tom Brandt of Ohio called for the full report to be made public.",
        ),
        # a courtesy title is no office
        (
            "Mr. Brandt said on Monday the bill would pass the chamber easily.",
            "Sen. Tom Brandt said on Monday that the bill would easily pass.",
        ),
        # two people of one office
        (
            "Sen. Tom Brandt said on Monday the bill would pass the chamber easily.",
            "Rep. Ada Kowalski said on Monday that the bill would easily pass.",
        ),
        # two towns, one state each (in the same words, "the hospital in ...", one place put for
        # another: tests/test_conflicts_name_swap.py)
        (
            "The hospital in Springfield, Missouri, said on Monday evening that the patient had died.",
            "Doctors in Joplin, Missouri, said the patient died on Monday evening.",
        ),
        # two people of one surname, each with an office, on both sides (found by a code review)
        (
            "President Varga campaigned for Sen. Varga in Ohio on Saturday before a large crowd.",
            "President Varga campaigned for Sen. Varga in Ohio on Saturday before a big crowd.",
        ),
        # a chamber's leader is one of its members
        (
            "Senate Majority Leader Tom Brandt said the vote would come on Friday.",
            "Sen. Tom Brandt said on Friday that the vote would come then.",
        ),
        (
            "House Speaker Ada Kowalski said the vote would come on Friday.",
            "Rep. Ada Kowalski said on Friday that the vote would come then.",
        ),
        # a town in a list with two states, the list reordered
        (
            "Officials met in Portland, Maine, and in Portland, Oregon, on the same day last week.",
            "Officials met in Portland, Oregon, and in Portland, Maine, on the same day last week.",
        ),
    ],
)
def test_what_is_no_name_qualified_two_ways(left: str, right: str) -> None:
    assert [k for k, _, _ in both_ways(left, right) if k == "name"] == []


def test_the_states_told_two_ways_are_no_one_sided_details_too() -> None:
    import reader

    c = reader.compare(
        "The hospital in Springfield, Missouri, said on Monday evening that the patient had died.",
        "The hospital in Springfield, Illinois, said the patient died on Monday evening.",
    )
    assert [(k.only_left, k.only_right) for k in c.links] == [([], [])]


def test_the_note_names_the_person_as_the_article_writes_the_name() -> None:
    from reader import facts

    a = "Speaker Ada McKinnon said the vote would come on Friday."
    b = "House Majority Leader Ada McKinnon said the vote would come on Friday."
    lf, rf = facts.extract_document([a])[0], facts.extract_document([b])[0]
    assert [d.note for d in facts.differences(lf, rf, a, b)] == [
        "office of Ada McKinnon: speaker vs majority leader"
    ]
