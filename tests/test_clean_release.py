"""A press release's heading: the issuer, "FOR IMMEDIATE RELEASE", the date (reader.clean.release).

Every text is written for these tests.  The near misses: a story that mentions a press
release, a headline above a release line with no headline of its own, a headline that is not
in Title Case.
"""

from __future__ import annotations

import pytest

from tests.test_clean_headline import split  # title, kept sentences, cuts; offsets checked

FIRST = "Today, Mayor Ana Ortiz announced that the old harbour will close in May."
REST = "The council backed the plan by seven votes to two. Work on the new port starts in June."


@pytest.mark.parametrize(
    ("masthead", "heading"),
    [
        ("THE CITY OF KESTREL BAY", "Office of the Mayor FOR IMMEDIATE RELEASE March 4, 2021"),
        ("Kestrel Bay Port Authority", "NEWS RELEASE: 04/03/2021"),
        ("MINISTRY OF TRANSPORT", "Media Office For Immediate Release Thursday, March 4, 2021"),
    ],
)
def test_a_release_heading_run_into_the_headline_and_story_is_cut(masthead: str, heading: str) -> None:
    headline = "Mayor Announces Closure of the Old Harbour"
    text = f"{masthead}\n\n{heading} {headline} {FIRST} {REST}"
    title, kept, removed = split(text)
    assert title == headline
    assert (masthead, "press release heading") in removed
    assert (heading, "press release heading") in removed
    assert kept[:2] == [headline, FIRST]


def test_a_release_line_before_the_first_sentence_is_cut_and_the_headline_above_stays() -> None:
    para = f"For immediate release: March 4, 2021 The Port Authority welcomed the plan. {REST}"
    text = f"Port Authority Welcomes Harbour Plan\n\n{para}"
    title, kept, removed = split(text)
    assert title == "Port Authority Welcomes Harbour Plan"
    assert removed == [("For immediate release: March 4, 2021", "press release heading")]
    assert kept[1] == "The Port Authority welcomed the plan."


def test_a_headline_not_in_title_case_stays_with_the_story() -> None:
    text = (
        f"CITY OF KESTREL BAY\n\nFOR IMMEDIATE RELEASE March 4, 2021 Mayor closes the harbour {FIRST} {REST}"
    )
    _, kept, removed = split(text)
    assert ("FOR IMMEDIATE RELEASE March 4, 2021", "press release heading") in removed
    assert ("CITY OF KESTREL BAY", "press release heading") not in removed  # no headline found: kept
    assert any(s.startswith("Mayor closes the harbour Today,") for s in kept)


@pytest.mark.parametrize(
    "story",
    [
        "The council sent out a press release on Monday. It said the harbour would close in May.",
        "In a News Release issued on Monday, the council said the harbour would close in May.",
        "Officials asked for immediate release of the funds. The harbour closes in May.",
        "Mayor Ortiz said in a Press Release: the harbour will close in May.",
    ],
)
def test_a_story_that_mentions_a_release_is_untouched(story: str) -> None:
    text = f"Harbour council votes to close the old port\n\n{story} {REST}"
    _, kept, removed = split(text)
    assert not [r for r in removed if r[1] == "press release heading"]
    assert " ".join(kept[1:]).startswith(story)


def test_a_headline_in_capitals_without_a_release_stays_the_title() -> None:
    story = f"Mayor Ana Ortiz announced on Monday that the old harbour will close. {REST}"
    text = f"KESTREL BAY HARBOUR TO CLOSE IN MAY\n\n{story}"
    title, _, removed = split(text)
    assert title == "KESTREL BAY HARBOUR TO CLOSE IN MAY"
    assert removed == []


def test_a_release_marker_in_capitals_without_a_date_is_cut() -> None:
    text = (
        f"PORT AUTHORITY\n\nFOR IMMEDIATE RELEASE Mayor Announces Closure of the Old Harbour {FIRST} {REST}"
    )
    title, _, removed = split(text)
    assert title == "Mayor Announces Closure of the Old Harbour"
    assert ("FOR IMMEDIATE RELEASE", "press release heading") in removed


def test_a_bulleted_release_line_keeps_its_mark_listed() -> None:
    text = f"- FOR IMMEDIATE RELEASE March 4, 2021 Mayor Announces Closure of the Old Harbour {FIRST} {REST}"
    title, _, removed = split(text)
    assert title == "Mayor Announces Closure of the Old Harbour"
    assert [r for r in removed if r[0] == "-"]
