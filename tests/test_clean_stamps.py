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
    ["Tuesday 14 March 2017 07.45 GMT", "Friday, March 17, 2017 8:05 AM EDT", "17 March 2017 21.10 CET"],
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
    ],
)
def test_a_time_the_story_tells_stays(sentence: str) -> None:
    text = f"{HEAD}\n\n{sentence} {LEAD}\n"
    kept, removed = split(text)
    assert sentence in kept, removed
