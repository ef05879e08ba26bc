"""Furniture that a page glues between two sentences of one line (issue 10, item 8).

Sentences are written for these tests: a wire story with its photo caption run into the
dateline, a tabloid's time stamp between its deck and its story, a tech site's stamp.
Each rule has its near miss, a sentence that only looks like the furniture and stays.
"""

from __future__ import annotations

import pytest

from reader.clean import clean
from reader.clean.cuts import CAPTION_WORDS_MAX
from reader.segment import segment


def split(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    cleaned = clean(text)
    kept = [s.text for s in segment(text, cleaned.blocks, "sentences")]
    return kept, [(r.text, r.reason) for r in cleaned.removed]


def test_a_caption_run_into_a_wire_dateline_goes_with_the_dateline() -> None:
    text = (
        "Harbour plan approved\n\n"
        "The mayor speaks to reporters at the port on Monday, Oct. 3, 2022. She said the vote "
        "could come next week. SPRINGFIELD, Ill. (AP) — The city council voted Tuesday to close "
        "the old harbour. The harbour employs 300 people."
    )
    kept, removed = split(text)
    assert kept == [
        "Harbour plan approved",
        "The city council voted Tuesday to close the old harbour.",
        "The harbour employs 300 people.",
    ]
    assert ("SPRINGFIELD, Ill. (AP) —", "dateline") in removed
    assert removed[0][1] == "photo caption or deck before the dateline"
    assert removed[0][0].startswith("The mayor speaks") and removed[0][0].endswith("next week.")


def test_a_wire_dateline_later_in_the_story_is_cut_and_what_precedes_it_stays() -> None:
    text = (
        "Harbour plan approved\n\n"
        "The city council voted Tuesday to close the old harbour after a debate that lasted most of "
        "the night, and work on the new quay is due to begin in the spring.\n\n"
        "The decision was welcomed. OAKLAND, Calif. (AP) — A second city voted the same day."
    )
    kept, removed = split(text)
    assert kept[0] == "Harbour plan approved"
    assert "The decision was welcomed." in kept
    assert "A second city voted the same day." in kept
    assert removed == [("OAKLAND, Calif. (AP) —", "dateline")]


def test_a_long_stretch_before_a_dateline_is_story_not_a_caption() -> None:
    lead = " ".join(["The council met for hours and heard from many residents."] * 10)
    assert len(lead.split()) > CAPTION_WORDS_MAX
    text = f"Harbour plan approved\n\n{lead} DENVER (AP) — The vote came late."
    kept, removed = split(text)
    assert removed == [("DENVER (AP) —", "dateline")]
    assert kept[1] == "The council met for hours and heard from many residents."


@pytest.mark.parametrize(
    "stamp",
    ["SATURDAY, MAY 4, 2019, 8:15 PM", "June 11, 2012 10:24 AM PDT", "03/14/2021 09:05 GMT"],
)
def test_a_date_and_time_stamp_between_two_sentences_is_cut(stamp: str) -> None:
    before, after = "A driver was arrested after a crash on Friday.", "A cyclist was hurt, police said."
    kept, removed = split(f"Cyclist hurt\n\n{before} {stamp} {after}")
    assert kept == ["Cyclist hurt", before, after]
    assert removed == [(stamp, "date or time stamp")]


@pytest.mark.parametrize(
    "sentence",
    [
        "On June 11, 2012 at 10:24 AM, the board voted.",  # a sentence that opens with its date
        "June 11, 2012 was the day the board voted.",  # a date, no clock time
        "10:24 AM is when the board voted.",  # a time, no date
        "MAY 4, 2019, 8:15 PM, the hour the vote closed, was late.",  # followed by a comma
    ],
)
def test_sentences_that_open_with_a_date_or_a_time_stay(sentence: str) -> None:
    text = f"Vote\n\nThe meeting began at noon. {sentence} It was late."
    kept, removed = split(text)
    assert sentence in kept
    assert removed == []


def test_a_place_in_capitals_without_an_agency_tag_is_not_a_dateline() -> None:
    text = "Vote\n\nThe meeting began at noon. NOBODY LEFT — the hall stayed full. It was late."
    kept, removed = split(text)
    assert removed == []
    assert "It was late." in kept


def test_a_headline_glued_to_the_first_sentence_becomes_the_title() -> None:
    """Texts rebuilt from tokens lose the line break after the headline."""
    story = (
        "The storm reached the island on Sunday night and cut power to most homes, officials "
        "said, and two people were killed when a wall collapsed in the old harbour district."
    )
    for head in ("Storm cuts power to the island, two dead", "Quake of 6.1 shakes the coast"):
        text = f"{head} {story} Rescue teams worked through the night."
        cleaned = clean(text)
        assert cleaned.title == head
        kept = [s.text for s in segment(text, cleaned.blocks, "sentences")]
        assert kept[0] == head and kept[1] == story
        assert cleaned.removed == []


@pytest.mark.parametrize(
    "first",
    [
        # a sentence whose name holds "The" ("The Times") goes on in capitals, not lower case
        "Readers of The Times and The Guardian were told on Monday that the paper would close its "
        "printing works, a decision that affects three hundred staff across the region and beyond.",
        # a lead that already ends its first sentence before the capital
        "A driver was arrested after a crash on Friday. The cyclist was taken to hospital with "
        "injuries to his legs and arms, and the road stayed closed for most of the afternoon.",
        # a short first line is a headline of its own already
        "Storm cuts power The storm reached the island.",
    ],
)
def test_a_first_line_without_a_glued_headline_is_not_split(first: str) -> None:
    text = f"{first}\n\nA second paragraph follows with more of the story and its quotes."
    cleaned = clean(text)
    assert not (cleaned.title or "").startswith(first.split(" The ")[0]) or cleaned.title == first
    kept = [s.text for s in segment(text, cleaned.blocks, "sentences")]
    assert " ".join(kept).startswith(first.split(". ")[0])


@pytest.mark.parametrize("tag", ["(AW)", "(AAP)", "(KCNA)"])
def test_a_wire_dateline_with_any_agency_s_initials_is_cut(tag: str) -> None:
    text = f"Harbour plan approved\n\nCHATHAM, Mass. {tag} — The council voted Tuesday to shut the harbour."
    kept, removed = split(text)
    assert kept == ["Harbour plan approved", "The council voted Tuesday to shut the harbour."]
    assert removed[0][1] == "dateline"
