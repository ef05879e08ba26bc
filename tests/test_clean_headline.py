"""The headline alone as the title, and its copy where the story starts (reader.clean.headline).

Every text is written for these tests.  Each rule has its near misses: a headline with a
dash of its own, a tail that is the headline going on, a story that opens with the
headline's words and runs on with a name.
"""

from __future__ import annotations

import pytest

from reader.clean import clean
from reader.clean.headline import site_tail
from reader.segment import segment

STORY = "The council voted on Tuesday to close the old harbour after a long debate. Work starts in May."


def split(text: str) -> tuple[str | None, list[str], list[tuple[str, str]]]:
    cleaned = clean(text)
    kept = [s.text for s in segment(text, cleaned.blocks, "sentences")]
    for r in cleaned.removed:
        assert text[r.start : r.end] == r.text  # exact offsets
    return cleaned.title, kept, [(r.text, r.reason) for r in cleaned.removed]


@pytest.mark.parametrize(
    ("title", "site"),
    [
        ("Harbour council votes to close the old port - The Coastal Herald", "- The Coastal Herald"),
        ("Harbour council votes to close the old port | Bay Evening News", "| Bay Evening News"),
        ("Harbour council votes to close the old port – KBAY Politics", "– KBAY Politics"),
        ("Harbour council votes to close the old port — baytimes.com", "— baytimes.com"),
        ("Harbour Council Votes To Close Old Port - The Coastal Herald", "- The Coastal Herald"),
        ("Will the Council Close the Port? - The Coastal Herald", "- The Coastal Herald"),
    ],
)
def test_the_sites_name_after_the_headline_is_cut_from_the_title(title: str, site: str) -> None:
    text = f"{title}\n\n{STORY}"
    got, kept, removed = split(text)
    headline = title[: -len(site)].rstrip()
    assert got == headline
    assert kept[0] == headline
    assert (site, "site name after the headline") in removed
    assert kept[1:] == [*STORY.split(" Work ")[0:1], "Work starts in May."]


@pytest.mark.parametrize(
    "title",
    [
        "Storm - the worst in a decade - hits coast",  # the headline's own dashes
        "Harbour closes after the storm - fishermen protest",  # the headline going on
        "Harbour Closes After Storm - Fishermen Protest",  # Title Case: could go on too
        "Lohan Checks Into Rehab – Where She Knows Everyone",  # a clause, not a name
        "AMD Acquires SeaMicro – Big Bet on Architectural Shift for Servers",  # too long
        "Deal is dead, minister says - Johnson",  # one word after a dash: a speaker
        "Rates will rise again - Fed Chair Powell",  # a speaker's office
        "Signup delayed -- for 2015",  # a doubled dash is punctuation
        "Opinion | The harbour deserves a second look",  # the headline after a section label
        "Port closes | Bay News",  # too little left for a headline
        "Harbour closes after storm - ‘We Lost Everything’",  # a quotation
    ],
)
def test_a_headline_with_a_dash_of_its_own_stays_whole(title: str) -> None:
    assert site_tail(title) is None
    got, kept, removed = split(f"{title}\n\n{STORY}")
    assert got == title and kept[0] == title
    assert not [r for r in removed if r[1] == "site name after the headline"]


def test_the_site_is_not_cut_when_cleaning_is_off() -> None:
    text = f"Harbour council votes to close the old port - The Coastal Herald\n\n{STORY}"
    cleaned = clean(text, enabled=False)
    assert cleaned.title == "Harbour council votes to close the old port - The Coastal Herald"


HEAD = "Harbour council votes to close the old port"


@pytest.mark.parametrize("glue", [" ", ". "])
def test_the_headline_repeated_before_the_first_sentence_is_cut(glue: str) -> None:
    text = f"{HEAD}\n\n{HEAD}{glue}{STORY}"
    got, kept, removed = split(text)
    assert got == HEAD
    assert kept == [
        HEAD,
        "The council voted on Tuesday to close the old harbour after a long debate.",
        "Work starts in May.",
    ]
    assert removed == [(HEAD + glue.strip(), "headline repeated")]


def test_a_caption_before_the_repeated_headline_goes_with_it() -> None:
    caption = "Fishing boats lie at anchor in the old port of Kestrel Bay on March 3, 2021."
    text = f"{HEAD}\n\n{caption} (Jane Roe/The Coastal Herald) {HEAD} {STORY}"
    _, kept, removed = split(text)
    assert kept[1] == "The council voted on Tuesday to close the old harbour after a long debate."
    assert removed[0] == (
        f"{caption} (Jane Roe/The Coastal Herald)",
        "photo caption or deck before the headline",
    )
    assert removed[1] == (HEAD, "headline repeated")


def test_tokenised_spacing_in_the_copy_still_matches() -> None:
    title = "'Enough': Mayor urges the council to save the port"
    text = f"{title}\n\n' Enough ': Mayor urges the council to save the port. {STORY}"
    _, kept, removed = split(text)
    assert removed == [("' Enough ': Mayor urges the council to save the port.", "headline repeated")]
    assert kept[1].startswith("The council voted")


@pytest.mark.parametrize(
    "body",
    [
        # the story's first sentence opens with the headline's words and goes on
        f"{HEAD} after a vote that split the town. Work starts in May.",
        # a day after the copy: the sentence goes on ("... port Friday")
        f"{HEAD} Friday, ending a century of trade. Work starts in May.",
        # the headline's words later in the story are a quotation of it, not a copy
        "The vote was close. " * 40 + f"{HEAD}. Work starts in May.",
        # a copy in mid-sentence is no copy
        f"Critics said that {HEAD} The mayor disagreed.",
    ],
)
def test_a_story_that_only_repeats_the_headlines_words_stays(body: str) -> None:
    _, kept, removed = split(f"{HEAD}\n\n{body}")
    assert removed == []
    assert " ".join(kept[1:]) == body.strip()


def test_a_name_running_on_after_the_copy_keeps_the_sentence() -> None:
    title = "President meets the new envoy Kim"
    body = f"{title} Jong Un in Singapore on Tuesday, aides said."
    _, kept, removed = split(f"{title}\n\n{body}")
    assert removed == [] and kept[1] == body


def test_a_short_headline_is_not_looked_for() -> None:
    text = "Port closes\n\nPort closes The harbour is shut. Work starts in May."
    _, _, removed = split(text)
    assert not [r for r in removed if r[1] == "headline repeated"]
