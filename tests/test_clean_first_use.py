"""Clean-up problems a first-time user found on the corpus, as general rules.

Every sentence here is written for these tests (other outlets, other events): datelines set
with any dash, a stamp line with two stamps split by a slash, a "Created:" stamp glued
between a deck and a dateline, a headline that ends with a full stop or is alone in its
file, and a headline glued to a first sentence that opens with "With".  Each rule has cases
where the furniture goes and cases where a sentence that looks like it stays.
"""

from __future__ import annotations

import pytest

from reader.clean import clean
from reader.clean.datelines import DASHES
from reader.segment import segment
from tests.test_clean_news import assert_nothing_lost

HEAD = "Floods close the coastal road for a week"
FIRST = "Heavy rain washed away part of the coastal road on Sunday, the county said."
BODY = "Crews expect to reopen one lane by Friday if the weather holds, a spokesman said."


def sentences(text: str) -> list[str]:
    return [s.text for s in segment(text, clean(text).blocks)]


def removed(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.reason) for r in clean(text).removed]


# --- a dateline's dash may be any dash-like character ------------------------------------


@pytest.mark.parametrize("dash", list(DASHES))
def test_a_dateline_with_any_dash_is_cut(dash: str) -> None:
    text = f"{HEAD}\n\nCORK {dash} {FIRST} {BODY}\n"
    assert (f"CORK {dash}", "dateline") in removed(text)
    assert sentences(text)[1] == FIRST
    assert_nothing_lost(text)


@pytest.mark.parametrize("dash", ["\u2015", "\u2212", "\u2012"])
def test_a_dateline_with_a_date_and_an_agency_and_any_dash_is_cut(dash: str) -> None:
    text = f"{HEAD}\n\nGALWAY, March 4 (Atlantic Wire) {dash} {FIRST}\n"
    assert (f"GALWAY, March 4 (Atlantic Wire) {dash}", "dateline") in removed(text)
    assert FIRST in sentences(text)


@pytest.mark.parametrize(
    "first",
    [
        "NATO \u2015 the alliance, not the treaty \u2015 met in Brussels on Thursday.",
        "The port \u2015 the oldest on the coast \u2015 reopened on Monday.",
    ],
)
def test_a_sentence_with_a_horizontal_bar_inside_stays(first: str) -> None:
    text = f"{HEAD}\n\n{first} {BODY}\n"
    assert first in sentences(text), removed(text)


# --- a stamp line: two stamps split by a slash ---------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        "PUBLISHED TUESDAY, JUNE 4, 2019 AT 7:15 AM / UPDATED AT 9:02 AM",
        "Posted: Oct 2, 2015 4:47 PM / Updated: Oct 2, 2015 6:10 PM",
    ],
)
def test_a_stamp_line_split_by_a_slash_goes_whole(stamp: str) -> None:
    text = f"{stamp}\n\n{HEAD}\n\n{FIRST} {BODY}\n"
    assert removed(text) == [(stamp, "byline or dateline")]
    assert clean(text).title == HEAD
    assert_nothing_lost(text)


def test_a_sentence_with_a_date_and_a_slash_stays() -> None:
    first = "Posted on June 4, 2019 / the notice told drivers to take the inland route."
    text = f"{HEAD}\n\n{first} {BODY}\n"
    assert first in sentences(text), removed(text)


# --- "Story Created:" between a deck and a dateline ----------------------------------------


def test_a_created_stamp_and_the_dateline_after_it_are_cut() -> None:
    deck = "Two crew members treated for smoke"
    text = f"{HEAD}\n\n{deck} Story Created: Mar 3, 2014 at 6:12 AM EST KERRY-{FIRST} {BODY}\n"
    got = removed(text)
    assert ("Story Created: Mar 3, 2014 at 6:12 AM EST", "date or time stamp") in got
    assert ("KERRY-", "dateline") in got
    assert sentences(text)[1:3] == [deck, FIRST]  # the deck stays, a unit of its own
    assert_nothing_lost(text)


@pytest.mark.parametrize(
    "first",
    [
        "Created in May 2010, the fund has paid for three new lifeboats, the county said.",
        "The fund was Created Jan 5, 2010, by the county, a spokesman said.",
        "Created: a new fund on March 3, 2014 at last, after years of talks.",
    ],
)
def test_sentences_with_created_stay(first: str) -> None:
    text = f"{HEAD}\n\n{first} {BODY}\n"
    assert first in sentences(text), removed(text)


# --- a headline with a full stop, a headline alone -------------------------------------------


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # the page's stamp between the headline and the story
        (
            "Coastal road shut after floods.\n\nMonday, March 3, 2014\n\n{first} {body}\n",
            "Coastal road shut after floods.",
        ),
        # a dateline opens the story
        (
            "Coastal road shut after floods.\n\nCORK \u2014 {first} {body}\n",
            "Coastal road shut after floods.",
        ),
        # Title Case
        ("Floods Shut the Coastal Road. Crews Say It Could Take a Week.\n\n{first} {body}\n", None),
        # a file holding only its headline
        ("Floods close the coastal road for a week\n", "Floods close the coastal road for a week"),
    ],
)
def test_a_headline_with_a_full_stop_or_alone_is_the_title(page: str, title: str | None) -> None:
    text = page.format(first=FIRST, body=BODY)
    assert clean(text).title == (title or text.split("\n")[0])


@pytest.mark.parametrize(
    "text",
    [
        # a first paragraph of one short sentence, in sentence case, the story right after it
        f"The coastal road is shut.\n\n{FIRST} {BODY}\n",
        # a file of one sentence, or of one long line without a stop
        "The coastal road is shut after the floods of Sunday.\n",
        "Heavy rain washed away part of the coastal road on Sunday and crews worked through the night "
        "to clear the mud and stones from the lanes while the county closed the route to all traffic\n",
    ],
)
def test_a_short_first_paragraph_is_no_title(text: str) -> None:
    assert clean(text).title is None


# --- a headline glued to a first sentence that opens with "With" ---------------------------


def test_a_headline_glued_to_a_sentence_opening_with_with_is_split() -> None:
    head = "Rovers striker breaks the club's scoring record"
    first = (
        "With a header in the second half, Rovers striker Jane Roe scored her 41st goal of the season "
        "and passed the record set in 1988 by her coach, the club said."
    )
    text = f"{head} {first} {BODY}\n"
    assert clean(text).title == head
    assert sentences(text)[:2] == [head, first]
    assert_nothing_lost(text)


def test_a_title_with_with_inside_a_sentence_stays_whole() -> None:
    first = (
        "Fans of Dancing With the Stars lined the street outside the studio on Sunday night as the "
        "show's final was recorded, and many waited for hours in the rain, the organisers said."
    )
    text = f"{first} {BODY}\n"
    assert sentences(text)[0] == first


# --- a photo caption without a credit: present tense, ends on the picture's full date ------


@pytest.mark.parametrize(
    "caption",
    [
        "Fishermen unload their catch at the old harbour in Kestrel Bay, Maine, on June 3, 2016.",
        "The mayor waves to supporters outside City Hall in Cork on Oct. 12, 2019.",
        "Volunteers fill sandbags near the river in Galway, Ireland, March 4, 2014.",
        "A crane lifts a section of the new bridge into place in the Rose Garden district on May 5, 2012.",
    ],
)
def test_a_dated_caption_between_paragraphs_is_cut(caption: str) -> None:
    text = f"{HEAD}\n\n{FIRST}\n\n{caption}\n\n{BODY}\n"
    assert (caption, "photo caption (present tense, ends on the picture's date)") in removed(text)
    assert sentences(text) == [HEAD, FIRST, BODY]
    assert_nothing_lost(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # news tells a scheduled event in the present tense, inside a paragraph or alone
        "Voters head to the polls on November 5, 2024.",
        "The trial opens on May 4, 2018.",
        "The Senate votes on the bill on March 3, 2024.",
        "The team faces Arsenal in the final on May 25, 2024.",
        "The president travels to Brazil on March 3, 2024.",
    ],
)
def test_a_scheduled_event_in_the_present_tense_is_no_caption(sentence: str) -> None:
    for text in (f"{HEAD}\n\n{FIRST} {sentence} {BODY}\n", f"{HEAD}\n\n{FIRST}\n\n{sentence}\n\n{BODY}\n"):
        assert sentence in sentences(text)
    # a caption glued inside a paragraph is kept too: there it cannot be told from the story
    glued = "Fishermen unload their catch at the old harbour in Kestrel Bay, Maine, on June 3, 2016."
    assert glued in sentences(f"{HEAD}\n\n{FIRST} {glued} {BODY}\n")


@pytest.mark.parametrize(
    "sentence",
    [
        # the past tense: an event of the story
        "The county sent its first flood warning to residents in Kestrel Bay on June 3, 2016.",
        "The mayor spoke to residents outside City Hall in Cork on Oct. 12, 2019.",
        "Engineers inspected the bridge in Galway on March 4, 2014.",
        # a plan or a deadline
        "The council plans to reopen the road in Kestrel Bay on June 3, 2026.",
        "The new toll takes effect on the bridge in Galway on March 4, 2027.",
        "The hearing is scheduled at the courthouse in Cork on Oct. 12, 2026.",
        # speech, a quotation
        "The road will reopen in Kestrel Bay by June 3, 2026, officials said.",
        '"We rebuild the road," the mayor told residents in Cork on Oct. 12, 2019.',
        # not ending on a full date
        "Crews clear the mud from the road in Kestrel Bay on June 3.",
    ],
)
def test_dated_story_sentences_stay(sentence: str) -> None:
    text = f"{HEAD}\n\n{FIRST} {sentence} {BODY}\n"
    assert sentence in sentences(text), removed(text)


@pytest.mark.parametrize(
    "caption",
    [
        "Ferry passengers wait at the pier during the strike on August 14, 2017 in Portsmouth, England.",
        "FILE - Governor Ana Ruiz waves to supporters during a rally Tuesday, Oct. 3, 2023, in Tucson, Ariz.",
        "Striking nurses march past the hospital on March 9, 2021, in Leeds.",
        # a participle of the scene's own time is no past tense
        "The mayor speaks at the summit being held at the old customs house on March 9, 2021 in Leeds.",
    ],
)
def test_an_agency_caption_glued_inside_a_paragraph_is_cut(caption: str) -> None:
    """The agencies' caption ends on its date, year and all, and then its place: pages glue
    it to the story, and there it goes too (a caption ending on its date alone stays)."""
    text = f"{HEAD}\n\n{FIRST} {caption} {BODY}\n"
    assert (caption, "photo caption (present tense, ends on the picture's date)") in removed(text)
    assert sentences(text) == [HEAD, FIRST, BODY]
    assert_nothing_lost(text)


@pytest.mark.parametrize(
    "caption",
    [
        # the agency's opening, which alone looks like a dateline, goes with its caption
        "KESTREL BAY, ME - JUNE 03: Fishermen unload their catch at the old harbour on June 3, 2016 in "
        "Kestrel Bay, Maine.",
        # ... and a caption so opened may end on its date alone, and name many people at length
        "CORK, IRELAND - OCTOBER 12: Mayor Dara Quinn, left, her deputy Sean Ahern, the council's "
        "chairman, Niamh Burke, the harbour master, and two of the city's firefighters wave to "
        "supporters outside City Hall during the parade for the rescue crews on Saturday, October 12, 2019.",
    ],
)
def test_a_caption_opened_as_the_agencies_do_is_cut_whole(caption: str) -> None:
    text = f"{HEAD}\n\n{FIRST} {caption} {BODY}\n"
    assert (caption, "photo caption (present tense, ends on the picture's date)") in removed(text)
    assert sentences(text) == [HEAD, FIRST, BODY]
    assert_nothing_lost(text)
    # a dateline (no day, no colon) opens the story, which stays
    story = "CORK, Ireland - The mayor waved to supporters outside City Hall on Saturday."
    assert "The mayor waved to supporters outside City Hall on Saturday." in sentences(
        f"{HEAD}\n\n{story} {BODY}\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # an event of the story, told in the past or as a plan, ends on a date and a place too
        "The ferry company cut its timetable on August 14, 2017 in Portsmouth, England.",
        "The strike began on March 9, 2021, in Leeds.",
        "The summit is scheduled to open on June 5, 2027, in Geneva.",
        "The nurses will march on March 9, 2027, in Leeds.",
        # and someone's words
        '"We march again," the union said on March 9, 2021, in Leeds.',
    ],
)
def test_a_story_sentence_ending_on_a_date_and_a_place_stays(sentence: str) -> None:
    text = f"{HEAD}\n\n{FIRST} {sentence} {BODY}\n"
    assert sentence in sentences(text), removed(text)


@pytest.mark.parametrize(
    "first",
    [
        "COVID-19 cases rose sharply in the county over the last week, health officials said.",
        "NASA-JPL engineers said the rover had woken up after the long dust storm.",
        # a compound adjective: a participle after the hyphen ("NRA-Funded", "UN-Backed")
        "UN-Backed talks on the harbour dispute resumed in Geneva on Monday.",
        "FIFA-Sanctioned friendlies will resume next spring, the federation said.",
    ],
)
def test_a_hyphenated_name_at_the_start_is_no_dateline(first: str) -> None:
    text = f"{HEAD}\n\n{first} {BODY}\n"
    assert sentences(text)[1] == first
    assert_nothing_lost(text)
    # near miss: a dateline's dash before a capitalised word still goes
    text = f"{HEAD}\n\nKESTREL BAY - {first} {BODY}\n"
    assert sentences(text)[1] == first
