"""Two datelines of one source that file the story from another place or on another day are a
discrepancy of the two articles (reader.dateline_diffs), counted with every view's discrepancies
and shown in the exports; two outlets' datelines, one place written two ways and a dateline on
one side only are not (ut117, ut121, ut122: three users at wire desks asked for it).  Stories made
up for the test."""

from __future__ import annotations

import pytest

import reader
from reader.counts import discrepancies
from reader.export import to_markdown

STORY = (
    " - The port authority said on Tuesday it had approved a 40-hectare extension of its container "
    "terminal. Work is due to start in the spring and to take three years."
)


def _notes(left: str, right: str) -> list[str]:
    return [n.difference.note for n in reader.compare(left, right).names]


def test_another_place_and_another_day_of_one_source_are_told_apart() -> None:
    left = "ROTTERDAM, Netherlands, May 6 (Harbour Wire)" + STORY
    right = "ANTWERP, Belgium, May 7 (Harbour Wire)" + STORY
    assert _notes(left, right) == ["dateline place: ROTTERDAM vs ANTWERP", "dateline date: May 6 vs May 7"]
    assert _notes(right, left) == ["dateline place: ANTWERP vs ROTTERDAM", "dateline date: May 7 vs May 6"]


def test_a_dateline_told_apart_is_counted_and_shown_with_its_sentence() -> None:
    c = reader.compare("OSLO, May 6 (Harbour Wire)" + STORY, "OSLO, May 8 (Harbour Wire)" + STORY)
    counted = discrepancies(c)
    assert (counted.passages, counted.names, counted.datelines) == (0, 0, 1)
    assert counted.full == "1 discrepancy (0 passages in conflict, 1 dateline told apart)"
    assert c.summary()["datelines"] == 1 and c.summary()["name_variants"] == 0
    md = to_markdown(c)
    assert "dateline date: May 6 vs May 8" in md
    shown = md.split("dateline date", 1)[1]
    assert "> OSLO, May 8 (Harbour Wire) - The port authority said on Tuesday" in shown  # with its sentence


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "WASHINGTON/BALTIMORE, May 6 (Harbour Wire)",
            "WASHINGTON, May 6 (Harbour Wire)",
            id="one-of-two-places",
        ),
        pytest.param(
            "OSLO, May 6, 2026 (Harbour Wire)", "OSLO, May 6 (Harbour Wire)", id="a-year-one-side-writes"
        ),
        pytest.param("OSLO (Harbour Wire)", "Oslo (Harbour Wire)", id="capitals-or-not"),
        pytest.param("ROTTERDAM (AP)", "ANTWERP (Reuters)", id="two-sources"),
        pytest.param("ROTTERDAM", "ANTWERP", id="no-source"),
        pytest.param("ROTTERDAM, May 6 (Harbour Wire)", "", id="one-side-only"),
    ],
)
def test_one_dateline_or_two_outlets_datelines_are_no_discrepancy(left: str, right: str) -> None:
    tail = STORY if right else STORY.removeprefix(" - ")
    assert _notes(left + STORY, right + tail) == []
