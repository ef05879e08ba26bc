"""A page's publication stamp glued between its deck and its story (reader.clean.stamps).
Every text is written for these tests."""

from __future__ import annotations

import pytest

from tests.test_clean_captions import split
from tests.test_clean_news import assert_nothing_lost

HEAD = "Ferry service to the islands resumes after storm"
DECK = "Operators say all crossings will run to timetable by the weekend"
LEAD = "The first ferry in six days left Kestrel Bay at dawn, the operator said."


@pytest.mark.parametrize(
    "stamp",
    [
        "Tuesday 14 March 2017 07.45 GMT",
        "Friday, March 17, 2017 8:05 AM EDT",
        "17 March 2017 21.10 CET",
        # a bare date with its year after a deck without a full stop (stamps.deck_dates)
        "March 17, 2017 8:05 AM",
        "Friday, Mar 17, 2017",
        "17 March 2017",
        "March 17, 2017 08:05 PM ET",
    ],
)
def test_a_stamp_glued_between_the_deck_and_the_story_goes(stamp: str) -> None:
    text = f"{HEAD}\n\n{DECK} {stamp} {LEAD}\n"
    kept, removed = split(text)
    assert (stamp, "date or time stamp") in removed
    assert kept == [HEAD, DECK, LEAD]
    assert_nothing_lost(text)


@pytest.mark.parametrize(
    "sentence",
    [
        # a time with its zone that the story tells, with no date before it
        "The quake struck at 1353 (1023 GMT) about 40 km off the coast, the agency said.",
        # a stamp-like date a word ties to what happened
        "The ferry sank on Tuesday 14 March 2017 07.45 GMT, the coastguard said in its report.",
        # a bare date after an article: it names an event ("the March 17, 2017 storm")
        "Crews still repair damage from the March 17, 2017 Kestrel Bay storm, the operator said.",
        # a preposition ties it to what happened; a comma goes on with the sentence
        "The ferry was last inspected on March 17, 2017 Harbour officials said on Monday.",
        "The new timetable starts March 20, 2017, the operator said.",
    ],
)
def test_a_time_the_story_tells_stays(sentence: str) -> None:
    text = f"{HEAD}\n\n{sentence} {LEAD}\n"
    kept, removed = split(text)
    assert sentence in kept, removed


def test_a_bare_date_further_down_the_story_stays() -> None:
    timeline = "The line was opened in 1998 March 17, 2017 Ferries were halted by the storm."
    text = f"{HEAD}\n\n{LEAD}\n\n{LEAD.replace('six', 'seven')}\n\n{timeline}\n"
    _, removed = split(text)
    assert not removed
