"""Clean-up of news furniture glued to the story (issue 10, item 8; issue 13, nothing lost).

Every sentence here is written for these tests, in the styles of outlets other than the
development set's: a wire story, a regional paper, a tabloid, a broadcaster's site.  Each
rule has a case where the furniture goes (and the sentence it was glued to stays, with
exact offsets) and a case where a sentence that merely looks like it is kept.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.clean import Cleaned, clean
from reader.segment import segment

BODY = (
    "The regional council approved the new tram line on Tuesday after a debate that lasted most of the "
    "night. Work on the first section is due to begin in the spring, officials said."
)


def kept(text: str, cleaned: Cleaned) -> list[str]:
    return [text[b.start : b.end] for b in cleaned.blocks]


def sentences(text: str, *, per_line: bool = False) -> list[str]:
    cleaned = clean(text, one_unit_per_line=per_line)
    return [s.text for s in segment(text, cleaned.blocks, "lines" if per_line else "sentences")]


def removed(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.reason) for r in clean(text).removed]


def assert_nothing_lost(text: str, per_line: bool = False) -> None:
    """Every character is in a sentence, a removed stretch (with a reason) or white space;
    sentences and removed stretches never overlap."""
    cleaned = clean(text, one_unit_per_line=per_line)
    sents = segment(text, cleaned.blocks, "lines" if per_line else "sentences")
    owner = [""] * len(text)
    for s in sents:
        assert text[s.start : s.end] == s.text
        for i in range(s.start, s.end):
            assert not owner[i], f"sentence overlaps {owner[i]} at {i}"
            owner[i] = "sentence"
    for r in cleaned.removed:
        assert r.reason and text[r.start : r.end] == r.text
        for i in range(r.start, r.end):
            assert not owner[i], f"removed stretch overlaps {owner[i]} at {i}: {r}"
            owner[i] = "removed"
    for i, ch in enumerate(text):
        assert owner[i] or ch.isspace(), f"{ch!r} at {i} lost in {text!r}"


# --- the headline is the title; a stamp never is ---------------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated: March 3, 2019 14:05 IST",
        "Published: 12 June 2016",
        "Last Updated: Friday, 4 May 2018, 09:12 GMT",
        "UPDATED 9:12 AM EST Jan 3, 2017",
        "Posted 4 / 7 / 2016 6:15 PM",
        "OCTOBER 2, 2015 4:47PM",
        "Sun, 8 Jul 2018",
    ],
)
def test_a_stamp_line_goes_and_the_headline_is_the_title(stamp: str) -> None:
    headline = "Council approves tram line after all-night debate"
    text = f"{headline}\n\n{stamp}\n\n{BODY}\n"
    cleaned = clean(text)
    assert cleaned.title == headline
    assert stamp in [r.text for r in cleaned.removed]
    assert BODY in kept(text, cleaned)
    assert_nothing_lost(text)


def test_a_headline_that_mentions_an_update_is_still_the_title() -> None:
    headline = "Carmaker updated its forecast on May 3 as sales slowed"
    text = f"{headline}\n\n{BODY}\n"
    cleaned = clean(text)
    assert cleaned.title == headline and not cleaned.removed


@pytest.mark.parametrize(
    "line",
    [
        "The agency updated its guidance on March 3, 2019, after the first cases were found.",
        "Published in 2004, the survey counted 312 nesting pairs on the island.",
        "The photo was posted at 9:15 p.m. on Saturday and shared thousands of times.",
    ],
)
def test_sentences_with_stamp_words_stay(line: str) -> None:
    text = f"Tram line approved\n\n{BODY}\n\n{line}\n"
    assert line in sentences(text)


# --- stamps and datelines glued to the first sentence ------------------------------------


@pytest.mark.parametrize(
    ("furniture", "reason"),
    [
        ("Updated 5:10 p.m. ET", "date or time stamp"),
        ("Jun. 4 6:02 PM EDT", "date or time stamp"),
        ("14 March 2019 Last updated at 10:31 GMT", "date or time stamp"),
        ("BOGOTA, Colombia (AP) —", "dateline"),
        ("NAIROBI, March 4 (Reuters) -", "dateline"),
        ("SYDNEY:", "dateline"),
        ("Chennai, Jan 9 -", "dateline"),
        ("WASHINGTON —", "dateline"),
        ("KESTREL BAY, March 4 (Coastline Wire) -", "dateline"),
        # no date: the outlet's name in brackets still makes it a dateline
        ("HALIFAX (Harbour Wire) -", "dateline"),
        ("GENEVA (World Health Organization) —", "dateline"),
    ],
)
def test_leading_furniture_is_cut_and_the_sentence_stays(furniture: str, reason: str) -> None:
    first = "Rescuers pulled two fishermen from the water after their boat capsized near the harbour."
    text = f"Two rescued as boat capsizes\n\n{furniture} {first} Both were taken to hospital.\n"
    assert (furniture, reason) in removed(text)
    assert first in sentences(text)
    assert_nothing_lost(text)


@pytest.mark.parametrize(
    "first",
    [
        "At 9.40 a.m. on Tuesday, coastguard crews reached the boat.",
        "On January 5, 2011, Harbour Police said two men were missing.",
        "NATO ministers met in Brussels on Thursday to discuss the mission.",
        "Sydney has recorded its wettest March since 1975, forecasters said.",
        "Police: The man was seen near the station before the fire.",
        "PARIS (The Government) said on Monday that the talks had failed.",
        # the brackets spell out the capitals: an acronym, not a place and an outlet
        "NATO (North Atlantic Treaty Organization) - The alliance met in Brussels on Thursday.",
    ],
)
def test_sentences_that_open_like_a_dateline_stay(first: str) -> None:
    text = f"Harbour news\n\n{first} {BODY}\n"
    assert first in sentences(text), removed(text)


# --- credits, teasers and promos between sentences ---------------------------------------


@pytest.mark.parametrize(
    ("furniture", "reason"),
    [
        ("Maria Gomez/AFP via Getty Images", "photo or wire credit"),
        ("Tom Hale/Reuters", "photo or wire credit"),
        ("VIDEO FEED via AP", "photo or wire credit"),
        ("(Photo by John Doe/Getty Images)", "photo or wire credit"),
        ("Image: Jane Roe", "photo or wire credit"),
        ("(RELATED: Senator Unveils Plan To Cut Rail Fares In Half)", "teaser for another page"),
        ("CLICK HERE TO GET THE NEWS APP", "call to action"),
        ("Sign up for our morning briefing newsletter.", "newsletter or subscription promo"),
        ("Police close in on organisers", "cross-head"),
    ],
)
def test_furniture_inside_a_paragraph_is_cut(furniture: str, reason: str) -> None:
    before = "Protesters marched through the centre of Lima on Saturday."
    after = "The organisers said more than 10,000 people took part in the march."
    text = f"Thousands march in Lima\n\n{before} {furniture} {after}\n"
    assert (furniture, reason) in removed(text)
    out = sentences(text)
    assert before in out and after in out
    assert_nothing_lost(text)


@pytest.mark.parametrize(
    "line",
    [
        "The images were shared via Reuters and other agencies on Sunday.",
        "He posted the photo on Twitter before deleting it an hour later.",
        "The minister said the plan was related to the 2019 fire at the depot.",
        "Residents can sign up for flood alerts on the council's website.",
        "Officials told reporters to click through the slides before the briefing.",
        "Last week The Guardian reported that the march would go ahead.",
        "People with type A personalities were more likely to join, the survey found.",
        "The Fix It tool was released by the city on Monday.",
    ],
)
def test_sentences_that_mention_photos_or_promos_stay(line: str) -> None:
    text = f"Thousands march in Lima\n\n{BODY} {line} The march ended peacefully.\n"
    assert line in sentences(text), removed(text)


# --- list markers: recorded when stripped, a year is not one ------------------------------


def test_a_year_that_starts_a_paragraph_is_kept() -> None:
    text = "Surveillance files\n\n2013. The agency collected records of millions of calls, the files show.\n"
    assert "2013." in "".join(sentences(text))
    assert not clean(text).removed
    assert_nothing_lost(text)


def test_a_real_list_marker_is_recorded_as_removed() -> None:
    text = "What changes\n\n1. Fares go up in May.\n2. Night trams start in June.\n- Bikes ride free.\n"
    got = removed(text)
    assert ("1.", "list marker") in got and ("2.", "list marker") in got and ("-", "list marker") in got
    assert "Fares go up in May." in sentences(text)
    assert_nothing_lost(text)


def test_disabled_cleaning_keeps_the_markers_in_the_text() -> None:
    text = "1. Fares go up in May.\n2. Night trams start in June.\n"
    cleaned = clean(text, enabled=False)
    assert cleaned.removed == []
    assert [text[b.start : b.end] for b in cleaned.blocks] == [
        "1. Fares go up in May.",
        "2. Night trams start in June.",
    ]


# --- nothing lost, whatever the text ------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "The council voted 8-1 on Monday.",
        "Updated: May 2, 2019 10:04 IST",
        "LONDON (Reuters) -",
        "Jane Roe/AFP via Getty Images",
        "(RELATED: Another Story Here)",
        "CLICK HERE TO READ MORE",
        "2013.",
        "1.",
        "- ",
        "## ",
        "Sign up for our newsletter.",
        "Sen. Ann Lee, D-Calif., spoke.",
        ". . .",
        "U.S. officials said no.",
        "Published",
        "Share",
        "\n",
        "\n\n",
        " ",
    ]
)


@settings(max_examples=120, deadline=None)
@given(
    st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=24),
    st.booleans(),
)
def test_nothing_is_lost(parts: list[str], per_line: bool) -> None:
    assert_nothing_lost(" ".join(parts), per_line=per_line)


def test_only_newlines_end_lines() -> None:
    # str.splitlines also breaks at "\x1e" or "\u2028": the cleaner then removed a "0" that
    # the segmenter kept inside a sentence (found by test_nothing_is_lost)
    told = "The council voted 8-1 on Monday."
    for mark in ("\x1e", "\x1c", "\x85", "\u2028"):
        assert_nothing_lost(f"0\r {told} {told} {mark}0 \n {told} {told} \n {told} {told} {mark}0")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # the promo's noun as the subject of a paragraph's statement stays (ut224)
        ("Subscription fees at the gym chain rose to 40 dollars a month in March, the filing shows.", True),
        ("Newsletters written by the council's staff were sent to 12,000 homes last year.", True),
        # a short paywall note, a call to the reader or an imperative is furniture (near misses)
        ("Subscription required to read this article in full.", False),
        ("Newsletters for every interest, delivered to your inbox every morning of the week.", False),
        ("Subscribe today to get every story from the gym chain in one morning email.", False),
    ],
)
def test_a_paragraph_opening_on_a_promo_noun(line: str, kept: bool) -> None:
    text = f"Gym chain settles\n\n{BODY}\n\n{line}\n\nThe chain paid 4 million dollars.\n"
    assert (line in sentences(text)) == kept, removed(text)
