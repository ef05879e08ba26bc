"""Photo captions closed by a credit, and a lower-case "updated" stamp after a deck.

Every text is written for these tests.  A caption (present tense, ending on the picture's
place or date) goes with its credit; a sentence of the story before a credit stays: past
tense, a quotation, a pronoun pointing back, an ending that is no place or date.
"""

from __future__ import annotations

import pytest

from reader.clean import captions, clean
from reader.clean.captions import is_caption
from reader.segment import segment

HEAD = "Harbour council votes to close the old port"
BEFORE = "The council met for six hours on Tuesday."
AFTER = "Work on the new quay starts in May."


def split(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    cleaned = clean(text)
    for r in cleaned.removed:
        assert text[r.start : r.end] == r.text  # exact offsets
    kept = [s.text for s in segment(text, cleaned.blocks, "sentences")]
    return kept, [(r.text, r.reason) for r in cleaned.removed]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Fishermen unload their catch at the old port in Kestrel Bay, Maine", "UGC via AP"),
        ("Fishermen unload their catch at the old port in Kestrel Bay.", "Jane Roe/AFP via Getty Images"),
        ("Mayor Ann Lee speaks to reporters outside City Hall on March 3, 2021.", "John Doe/AP"),
        (
            "The mayor walks to the waiting ferry at the pier in Kestrel Bay.",
            "(Photo by John Doe/Getty Images)",
        ),
        ("Boats are moored in the harbour near Kestrel Bay on Oct. 12.", "Jane Roe / Reuters"),
        (
            "In this handout provided by the port, a crane lifts a container at Pier 4 in Kestrel Bay.",
            "UGC via AP",
        ),
        # the photographer named again after the agency, as some pages print it
        ("Fishermen unload their catch at the old port in Kestrel Bay.", "JANE A. ROE / AFP / JANE A. ROE"),
        # a participle of the scene's own time is no past tense
        (
            "Mayor Ann Lee speaks at the port summit being held at the customs house on March 3, 2021.",
            "Jane Roe / Reuters",
        ),
    ],
)
def test_a_caption_before_its_credit_goes_with_it(caption: str, credit: str) -> None:
    text = f"{HEAD}\n\n{BEFORE} {caption} {credit} {AFTER}"
    kept, removed = split(text)
    assert kept == [HEAD, BEFORE, AFTER]
    assert (caption, "photo caption before its credit") in removed
    assert any(r[1] == "photo or wire credit" for r in removed)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council approved the plan on March 3, 2021.",  # past tense
        "The mayor said the port would close in Kestrel Bay.",  # speech, the future
        "It remains the busiest port in Maine.",  # points back to the sentence before
        "We walk past the old port every morning in Kestrel Bay.",  # the writer speaks
        "Fishermen call it “the end of an era” in Kestrel Bay.",  # a quotation
        "The closure leaves three hundred people without work.",  # no place or date at the end
        "Two ferries still sail to the island each week.",  # ends on no name or date
    ],
)
def test_a_story_sentence_before_a_credit_stays(sentence: str) -> None:
    text = f"{HEAD}\n\n{BEFORE} {sentence} Jane Roe/AFP via Getty Images {AFTER}"
    kept, removed = split(text)
    assert kept == [HEAD, BEFORE, sentence, AFTER]
    assert [r[1] for r in removed] == ["photo or wire credit"]


def test_a_caption_without_a_credit_is_not_cut() -> None:
    caption = "Fishermen unload their catch at the old port in Kestrel Bay."
    kept, removed = split(f"{HEAD}\n\n{BEFORE} {caption} {AFTER}")
    assert caption in kept and removed == []


def test_switched_off_the_caption_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(captions, "CAPTIONS_BEFORE_CREDITS", False)
    caption = "Fishermen unload their catch at the old port in Kestrel Bay."
    kept, removed = split(f"{HEAD}\n\n{BEFORE} {caption} Jane Roe/AFP via Getty Images {AFTER}")
    assert caption in kept
    assert [r[1] for r in removed] == ["photo or wire credit"]


def test_the_caption_rule_reads_one_sentence() -> None:
    assert is_caption("Hundreds of people run alongside a plane as it moves down a runway in Kestrel Bay")
    assert is_caption("US Marines assist a child during an evacuation at the airport in Kestrel Bay.")
    assert not is_caption("Ferries sail in Maine.")  # too short to be sure
    assert not is_caption("The port, which was built in 1901, is the oldest in Kestrel Bay.")


DECK = "He was known as the harbour's last pilot for guiding ships through fog for fifty years"


@pytest.mark.parametrize("stamp", ["updated 12 / 19 / 2005 2:48:40 PM ET", "updated 7/28/2004 3:02 PM"])
def test_a_lower_case_updated_stamp_after_a_deck_is_cut(stamp: str) -> None:
    story = "Pilot John Doe, who guided ships into the old port, died Monday, his family said."
    kept, removed = split(f"{HEAD}\n\n{DECK} {stamp} {story} He was 77.")
    assert removed == [(stamp, "date or time stamp")]
    assert kept == [HEAD, DECK, story, "He was 77."]


@pytest.mark.parametrize(
    "sentence",
    [
        # a sentence end follows the stamp
        "The harbour's timetable was updated 12/19/2005 at 2:48 PM. Ferries ran late.",
        "The chart was updated in May 2005 after the storm.",  # no clock time
        "Pilots updated 12 charts by 3 PM. The work went on.",  # a count, not a date
    ],
)
def test_a_lower_case_updated_in_a_sentence_stays(sentence: str) -> None:
    kept, removed = split(f"{HEAD}\n\n{sentence}")
    assert removed == []
    assert " ".join(kept[1:]) == sentence
