"""Clean-up of the outlet's lines around a story: a byline with its outlet and date, a dateline
alone on its line, the copyright notice, where the story first appeared.

Every line here is written for these tests (outlets and places that are not the corpus's).
Each rule is tried both ways: the furniture goes, alone on its line or glued to the story (the
story's sentences stay, offsets exact); a sentence of the story that looks like it stays.
"""

from __future__ import annotations

import pytest

from reader.clean import clean
from tests.test_clean_glued import AFTER, BEFORE, HEAD, removed, sentences
from tests.test_clean_news import assert_nothing_lost

STAFF = "staff line (contributors, author, copyright, where first printed)"

# --- a byline with the outlet or the date ----------------------------------------------


@pytest.mark.parametrize(
    "byline",
    [
        "By Ana Ruiz - The Harbour Gazette - Wednesday, March 4, 2021",
        "By ANA RUIZ | Harbour Press | Mar. 4, 2021",
        "By Ana Ruiz and Tom Field — Island Daily News — 04/03/2021",
        "By Ana Ruiz — The Times of Malta — 4 March 2021 10:15 GMT",
        "By Ana Ruiz, Harbour Press, March 4, 2021",
        "By Ana Ruiz • Thursday, March 4, 2021",
    ],
)
def test_a_byline_with_its_outlet_and_date_goes(byline: str) -> None:
    text = f"{HEAD}\n\n{byline}\n\n{BEFORE} {AFTER}\n"
    assert (byline, "byline or dateline") in removed(text)
    assert sentences(text) == [HEAD, BEFORE, AFTER]
    assert_nothing_lost(text)


def test_a_byline_glued_to_the_story_is_cut_and_the_story_stays() -> None:
    byline = "By Ana Ruiz - The Harbour Gazette - Wednesday, March 4, 2021"
    text = f"{HEAD}\n\n{byline} OBAN — {BEFORE} {AFTER}\n"
    assert removed(text) == [(byline, "byline or dateline"), ("OBAN —", "dateline")]
    assert sentences(text) == [HEAD, BEFORE, AFTER]
    assert_nothing_lost(text)


@pytest.mark.parametrize(
    "story",
    [
        "By Tuesday, the Harbour Gazette reported that the crews had gone back to work.",
        "By March 4, 2021 the ferries were sailing again.",  # a date, not a name
        "By Friday - the strike's third day - the shelves were empty.",
        # after a comma the date ends no byline when the sentence goes on
        "By Election Day, November 8, 2016 Islanders had made up their minds.",
        "By Ana Ruiz's count - March 4, 2021 - Nine ferries stayed in port.",
    ],
)
def test_a_sentence_that_opens_with_by_stays(story: str) -> None:
    text = f"{HEAD}\n\n{BEFORE}\n\n{story}\n\n{AFTER}\n"
    assert removed(text) == []
    assert " ".join(sentences(text)[1:]) == f"{BEFORE} {story} {AFTER}"


# --- a dateline alone on its line -------------------------------------------------------


@pytest.mark.parametrize(
    "dateline",
    [
        "OBAN —",
        "OBAN (AP) —",
        "PORT ELLEN, Scotland -",
        "Oban (Reuters) -",
        "KESTREL BAY, March 4 (Coastline Wire) —",
        "STORNOWAY, March 4, 2021 –",
    ],
)
def test_a_dateline_alone_on_its_line_goes(dateline: str) -> None:
    text = f"{HEAD}\n\n{dateline}\n\n{BEFORE} {AFTER}\n"
    assert dateline in [t for t, _ in removed(text)]
    assert sentences(text) == [HEAD, BEFORE, AFTER]
    assert_nothing_lost(text)


@pytest.mark.parametrize(
    "story",
    [
        "Oban police said the crossings would reopen on Friday.",
        "OBAN POLICE said the crossings would reopen on Friday.",
        "Oban — the island's busiest port — was quiet on Monday.",
    ],
)
def test_a_sentence_that_opens_with_a_place_stays(story: str) -> None:
    text = f"{HEAD}\n\n{BEFORE}\n\n{story}\n\n{AFTER}\n"
    assert removed(text) == []
    assert sentences(text)[1:] == [BEFORE, story, AFTER]


def test_a_heading_in_capitals_with_a_colon_is_no_dateline() -> None:
    text = f"{HEAD}\n\n{BEFORE} {AFTER}\n\nWHAT COMES NEXT:\n\n{BEFORE} {AFTER}\n"
    assert all(reason not in ("dateline", "byline or dateline") for _, reason in removed(text))


# --- the copyright notice and where the story first appeared ---------------------------


@pytest.mark.parametrize(
    "staff",
    [
        "Copyright © 2021 The Harbour Gazette, LLC.",
        "© 2010-2021 Harbour Press Ltd.",
        "Copyright (c) 2021 Harbour Press.",
        "This article originally appeared on Island Daily News.",
        "This story was first published by The Harbour Gazette.",
        "This article originally appeared on HarbourPress.com.",
        "This article is republished from The Island Review under a Creative Commons license.",
        "A version of this article appears in print on March 5, 2021, on page A12 of the Island"
        " edition with the headline: Ferries Stay in Port as Crews Strike.",
    ],
)
def test_the_copyright_and_first_printing_go_alone_or_glued(staff: str) -> None:
    alone, glued = f"{HEAD}\n\n{BEFORE} {AFTER}\n\n{staff}\n", f"{HEAD}\n\n{BEFORE} {AFTER} {staff}\n"
    for text in (alone, glued):
        assert sentences(text)[1:] == [BEFORE, AFTER]
        assert staff in [t for t, _ in removed(text)]
        assert_nothing_lost(text)
    assert (staff, STAFF) in removed(glued)


def test_the_copyright_before_a_call_to_action_goes_and_each_keeps_its_reason() -> None:
    notice = "Copyright © 2021 The Harbour Gazette, LLC."
    action = "Click here for reprint permission."
    text = f"{HEAD}\n\n{BEFORE} {AFTER} {notice} {action}\n"
    assert removed(text) == [(notice, STAFF), (action, "call to action")]
    assert sentences(text)[1:] == [BEFORE, AFTER]
    assert_nothing_lost(text)


def test_staff_lines_after_a_promo_and_a_bulleted_contributor_go() -> None:
    who, promo = "• Tom Field contributed to this story.", "Sign up for Daily Newsletters Manage Newsletters"
    notice = "Copyright © 2021 The Harbour Gazette, LLC."
    text = f"{HEAD}\n\n{BEFORE} {AFTER} {who} {promo} {notice}\n"
    got = removed(text)
    assert (who, STAFF) in got and (notice, STAFF) in got and promo in [t for t, _ in got]
    assert sentences(text)[1:] == [BEFORE, AFTER]
    assert_nothing_lost(text)


@pytest.mark.parametrize(
    "story",
    [
        "The copyright lawsuit over the 2016 ferry photographs was dismissed.",
        "Copyright lawyers for Harbour Press filed suit in 2021.",
        "This story originally appeared on Island Daily News, but the paper later retracted it.",
        "This story first appeared in print twenty years ago.",
        "This report was first published by the ministry in 2019.",
        "A version of this story appeared in print last year, the editor said.",
    ],
)
def test_sentences_like_the_notices_stay(story: str) -> None:
    text = f"{HEAD}\n\n{BEFORE} {story}\n"
    assert removed(text) == []
    assert " ".join(sentences(text)[1:]) == f"{BEFORE} {story}"
    assert clean(text).title == HEAD
