"""Labels before a headline or a paragraph, and a dateline on a line of its own.

Every text is written for these tests, in other outlets' styles; each rule has its near miss
that must stay: a speaker's name before a colon, "Updated figures show ...", a sentence that
opens with a place and a date.
"""

from __future__ import annotations

import pytest

from reader.clean import clean
from reader.segment import segment
from tests.test_clean_headline import split  # title, kept sentences, cuts; offsets checked
from tests.test_clean_news import assert_nothing_lost

STORY = "The council voted on Tuesday to close the old harbour after a long debate. Work starts in May."


@pytest.mark.parametrize(
    ("label", "headline"),
    [
        ("Op-Ed:", "The harbour deserves a second chance"),
        ("Analysis:", "Why the harbour vote matters for the coast"),
        ("OPINION:", "Closing the port is a mistake"),
        ("Breaking news:", "Council votes to close old harbour"),
        ("Fact check:", "Did the harbour really lose money?"),
        ("MUST SEE:", "Divers find a wreck under the old harbour"),
    ],
)
def test_a_section_label_before_the_headline_is_cut_from_the_title(label: str, headline: str) -> None:
    title, kept, removed = split(f"{label} {headline}\n\n{STORY}")
    assert title == headline
    assert (label, "section label before the headline") in removed
    assert kept[0] == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Mayor Ortiz: the harbour will not close",  # a speaker's name before the colon
        "Harbour vote: what happens next for the fishermen",  # the headline's own topic
        "Analysis: harbour",  # nothing of a headline after the label
        "Report: council set to close the old harbour",  # the headline's source: its own words
        "HARBOUR TO CLOSE AFTER COUNCIL VOTE",  # a headline in capitals
    ],
)
def test_a_name_or_topic_before_a_colon_stays_in_the_title(headline: str) -> None:
    title, _, removed = split(f"{headline}\n\n{STORY}")
    assert title == headline
    assert not [r for r in removed if r[1] == "section label before the headline"]


def test_a_section_word_inside_a_paragraph_is_not_cut() -> None:
    text = f"Harbour council votes to close the old port\n\n{STORY}\n\nOpinion: the mayor said it was split."
    _, kept, removed = split(text)
    assert "Opinion: the mayor said it was split." in kept
    assert not [r for r in removed if r[1] == "section label before the headline"]


@pytest.mark.parametrize("label", ["Updated:", "UPDATE:", "Update —", "UPDATED -"])
def test_an_update_label_opening_a_paragraph_is_cut(label: str) -> None:
    para = f"{label} The council voted on Tuesday to close the harbour."
    text = f"Harbour council votes to close the old port\n\n{para}\n\nWork starts in May."
    _, kept, removed = split(text)
    assert "The council voted on Tuesday to close the harbour." in kept
    # a label in capitals reads as a dateline too ("UPDATE:" like "LONDON:"); either way it goes
    assert (label, "update label") in removed or (label, "dateline") in removed


@pytest.mark.parametrize(
    "sentence",
    [
        "Updated figures show the harbour lost money for a third year.",
        "Update your address with the council before the harbour closes.",
        "Updated: the council's figures came late.",  # no capital after the label: not cut
    ],
)
def test_a_sentence_opening_with_updated_stays(sentence: str) -> None:
    text = f"Harbour council votes to close the old port\n\n{sentence}\n\n{STORY}"
    _, kept, removed = split(text)
    assert sentence in kept
    assert not [r for r in removed if r[1] == "update label"]


def test_an_update_label_before_a_stamp_goes_with_the_stamp() -> None:
    para = "Updated: March 4, 2021, 10:15 AM ET The council voted on Tuesday."
    text = f"Harbour council votes to close the old port\n\n{para}\n\nWork starts."
    _, kept, removed = split(text)
    assert ("Updated: March 4, 2021, 10:15 AM ET", "date or time stamp") in removed
    assert "The council voted on Tuesday." in kept


@pytest.mark.parametrize(
    "dateline",
    [
        "Vienna, Mar 4, 2021 / 10:15 am (KNA)",
        "Port Elizabeth, 12 June 2019",
        "KESTREL BAY, March 4, 2021 (Coastline Wire)",
        "Washington D.C., Jan 5, 2011 / 09:30 am",
    ],
)
def test_a_dateline_alone_on_its_line_is_cut(dateline: str) -> None:
    text = f"Harbour council votes to close the old port\n\n{dateline}\n\n{STORY}"
    title, kept, removed = split(text)
    assert title == "Harbour council votes to close the old port"
    assert (dateline, "byline or dateline") in removed
    assert dateline not in kept


@pytest.mark.parametrize(
    "sentence",
    [
        "Vienna, March 4, 2021 was the coldest day of the year.",
        "Vienna, the capital, voted in March 2021.",
        "Kestrel Bay, a harbour town, on June 3.",
    ],
)
def test_a_sentence_opening_with_a_place_and_a_date_stays(sentence: str) -> None:
    text = f"Harbour council votes to close the old port\n\n{sentence}\n\n{STORY}"
    _, kept, _ = split(text)
    assert sentence in kept


DECK = "The vote will be the first since the winter floods and follows a decade of losses at the port"


def test_a_standfirst_before_the_headline_leaves_the_title_to_the_headline() -> None:
    text = f"{DECK}\n\nCouncil votes to close old harbour\n\n{STORY}"
    title, kept, removed = split(text)
    assert title == "Council votes to close old harbour"
    assert kept[:2] == [DECK, "Council votes to close old harbour"]  # the standfirst stays, as text
    assert removed == []


@pytest.mark.parametrize(
    "line",
    ["Listen to this article", "Reporting from Kestrel Bay, Cornwall", "Maria Lopez, Senior Correspondent"],
)
def test_a_long_headline_before_a_stray_line_gives_that_line_no_title(line: str) -> None:
    # the short line must tell the long one's story (a shared word) and be no byline or place
    title, _, _ = split(f"{DECK}\n\n{line}\n\n{STORY}")
    assert title != line


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a headline and its sub-headline, of like length: the first is the title
        ("Harbour council votes to close the old port", "Fishermen say the decision came too late"),
        # a headline before its longer standfirst: the usual order
        ("Council votes to close old harbour", DECK),
    ],
)
def test_a_headline_before_its_deck_stays_the_title(first: str, second: str) -> None:
    title, _, _ = split(f"{first}\n\n{second}\n\n{STORY}")
    assert title == first


@pytest.mark.parametrize(
    ("stamp", "reason"),
    [
        ("(9:05 am EST, Mar 4th 2021)", "byline or dateline"),  # a stamp in brackets
        ("POSTED: 0905 GMT (1705 HKT), March 4, 2021", "byline or dateline"),  # a time in two zones
    ],
)
def test_a_stamp_line_with_brackets_is_cut_whole(stamp: str, reason: str) -> None:
    text = f"Harbour council votes to close the old port\n\n{stamp}\n\n{STORY}"
    _, kept, removed = split(text)
    assert (stamp, reason) in removed
    assert kept[1:] == [
        "The council voted on Tuesday to close the old harbour after a long debate.",
        "Work starts in May.",
    ]


def test_a_stamp_in_two_zones_glued_to_the_first_sentence_is_cut() -> None:
    stamp = "March 4, 2021 -- 09:05 GMT (01:05 PST)"
    text = f"Harbour council votes to close the old port\n\n{stamp} {STORY}"
    _, kept, removed = split(text)
    assert (stamp, "date or time stamp") in removed
    assert kept[1] == "The council voted on Tuesday to close the old harbour after a long debate."


@pytest.mark.parametrize(
    "sentence",
    [
        "(The vote, held at 10:30 am on March 4, 2021, was close.)",
        "In 2021 (the year of the floods), the council closed the harbour.",
        "(Reporting from the harbour on March 4, 2021.)",
    ],
)
def test_a_sentence_in_brackets_with_a_date_stays(sentence: str) -> None:
    text = f"Harbour council votes to close the old port\n\n{STORY}\n\n{sentence}\n\nWork starts in May."
    _, kept, _ = split(text)
    assert sentence in kept


HEAD = "Harbour council votes to close the old port"
DECK_SENTENCE = "Fishermen fear for their jobs after the vote."


@pytest.mark.parametrize(
    ("stamp", "story"),
    [
        ("March 4, 2021", "The council voted on Tuesday to close the old harbour after a long debate."),
        ("4 March 2021", "Ten boats left the harbour on the last night before it closed for good."),
        ("2 A.M. MAR. 4, 2021", "Two years ago, the council promised the fishermen a new port in the bay."),
        (
            "Mar 4 2021, 9:05am CET",
            "The council voted on Tuesday to close the old harbour after a long debate.",
        ),
    ],
)
def test_a_date_between_the_deck_and_the_story_is_cut(stamp: str, story: str) -> None:
    text = f"{HEAD}\n\n{DECK_SENTENCE} {stamp} {story} Work starts in May."
    _, kept, removed = split(text)
    assert (stamp, "date or time stamp") in removed
    assert kept[1:3] == [DECK_SENTENCE, story]


@pytest.mark.parametrize(
    "para",
    [
        # a date the sentence goes on with: a comma after it
        f"{DECK_SENTENCE} March 4, 2021, was the day the council voted to close the harbour.",
        # a time told by the sentence before: the date is the sentence's
        "The last boat left at 2 a.m. March 4, 2021 The council voted on Tuesday to close it.",
    ],
)
def test_a_date_that_belongs_to_a_sentence_stays(para: str) -> None:
    _, kept, removed = split(f"{HEAD}\n\n{para}\n\n{STORY}")
    assert not [r for r in removed if r[1] == "date or time stamp"]
    assert " ".join(kept[1:]).startswith(para)


def test_a_date_between_sentences_further_down_stays() -> None:
    later = "The vote was close. March 4, 2021 The council met again and confirmed it."
    _, kept, removed = split(f"{HEAD}\n\n{STORY} The mayor abstained from the vote.\n\n{later}")
    assert not removed
    assert " ".join(kept).endswith(later)


@pytest.mark.parametrize("label", ["Updated:", "UPDATE:"])
def test_an_update_label_before_the_headline_is_no_part_of_the_title(label: str) -> None:
    title, kept, _ = split(f"{label} Storm closes the old harbour\n\n{STORY}")
    assert title == "Storm closes the old harbour"
    assert kept[0] == "Storm closes the old harbour"


@pytest.mark.parametrize("kicker", ["COUNCIL:", "KESTREL BAY:", "SHOCK VOTE:"])
def test_a_word_in_capitals_before_a_colon_in_the_headline_is_no_dateline(kicker: str) -> None:
    headline = f"{kicker} Storm closes the old harbour"
    title, kept, removed = split(f"{headline}\n\n{STORY}")
    assert title == headline
    assert kept[0] == headline
    assert removed == []


def test_a_dateline_in_capitals_before_the_story_is_still_cut() -> None:
    _, kept, removed = split(f"Storm closes the old harbour\n\nKESTREL BAY: {STORY}")
    assert ("KESTREL BAY:", "dateline") in removed
    assert kept[1] == "The council voted on Tuesday to close the old harbour after a long debate."


# --- a list of highlights before the story ------------------------------------------------

HL_POINTS = "Ferry crews walk out over pay Islanders stock up as crossings stop"
HL_STORY = "Ferries to the islands stayed in port on Monday as crews walked out over pay."


@pytest.mark.parametrize(
    ("before", "dateline"),
    [
        ("Story highlights ", "Oban CNN — "),
        ("STORY HIGHLIGHTS: ", "CNN — "),
        ("Key points ", "OBAN, Scotland (Reuters) - "),
        # after a photo caption and its credit in the same line
        ("A ferry waits at the pier in Oban. JANE ROE / AFP Story highlights ", "Oban CNN — "),
    ],
)
def test_highlights_and_the_dateline_are_cut_from_the_first_sentence(before: str, dateline: str) -> None:
    text = f"{HEAD}\n\n{before}{HL_POINTS} {dateline}{HL_STORY} The operator said talks would resume.\n"
    got = [s.text for s in segment(text, clean(text).blocks)]
    assert HL_STORY in got
    assert not any("highlights" in s.lower() or HL_POINTS in s for s in got)
    assert_nothing_lost(text)


@pytest.mark.parametrize(
    "line",
    [
        # no dateline after the points: only the label goes, the words stay
        f"Story highlights {HL_POINTS}. {HL_STORY}",
        # a sentence that uses the words
        f"Highlights of the festival include a ferry parade. {HL_STORY}",
        f"Key points of the deal were agreed on Monday. {HL_STORY}",
    ],
)
def test_words_of_the_story_after_or_like_a_highlights_label_stay(line: str) -> None:
    text = f"{HEAD}\n\n{line}\n"
    got = " ".join(s.text for s in segment(text, clean(text).blocks))
    assert HL_STORY in got
    assert line.split(maxsplit=2)[2] in got  # the words after the first two stay
    assert_nothing_lost(text)
