"""A move's end told two ways beside other figures (ut150, a transport desk's casualty figures):
"dropped from 41 to 29, while ... fell from 68 to 61" / "fell from 41 to 26 and ... from 68 to
61; motorcyclist deaths stayed at 22"."""

from __future__ import annotations

import pytest

from reader.facts import extract
from reader.facts.move_ends import ends_of_one_move, move_end_diffs
from reader.model import Difference
from tests.test_conflicts_guards import both_ways


def _move_end_diffs(left: str, right: str) -> list[Difference]:
    return move_end_diffs(extract(left), extract(right), left, right)


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (  # a figure more on one side: no pairing by value, the move's start pairs the ends
            "Cyclist injuries dropped from 312 to 287, while injuries to bus passengers fell from 95 to 81.",
            "Injuries to cyclists fell from 312 to 278 and to bus passengers from 95 to 81; tram injuries"
            " stayed at 40.",
            ("287", "278"),
        ),
        (  # the move told "to ... from ..." on one side
            "Exports of wine rose from 1.2 billion euros to 1.45 billion euros, and spirits from 800 million"
            " to 910 million.",
            "Wine exports climbed to 1.54 billion euros from 1.2 billion euros, spirits to 910 million from"
            " 800 million, a record 2.4 billion in all.",
            ("1.45 billion euros", "1.54 billion euros"),
        ),
    ],
)
def test_a_move_s_end_told_two_ways_among_other_figures_conflicts(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert [(d.left, d.right) for d in _move_end_diffs(left, right)] == [spans]
    # one difference tells the two ends (the money rule's own when it could pair them)
    assert [(a, b) for _, a, b in both_ways(left, right) if spans[0] in a and spans[1] in b] != []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # one end rounded
            "Attendance at the gallery fell from 41,000 to 29,500 over the year, with 12 shows.",
            "Gallery attendance dropped from 41,000 to 30,000 over the year, with 12 shows and 3 closures.",
        ),
        (  # the other side's end stated in it: a move told in two steps
            "The base rate rose from 3.5% to 4.25% in two steps this year, the bank said.",
            "The bank took its base rate from 3.5% to 4% in June and to 4.25% in August.",
        ),
        (  # two moves from one start on one side: which end pairs is open
            "Sales in the north rose from 40 to 52 units and in the south from 40 to 47 units.",
            "Northern sales climbed from 40 to 55 units, while the south saw 6 new stores.",
        ),
        (  # two moves of two starts: no move told on both sides
            "Membership rose from 2,400 to 3,100 last year, and volunteers from 80 to 95.",
            "Membership climbed from 2,500 to 3,100 in 12 months, the club said, with 45 new coaches.",
        ),
    ],
)
def test_no_move_end_apart_when_rounded_stepped_or_unpaired(left: str, right: str) -> None:
    assert _move_end_diffs(left, right) == []
    assert _move_end_diffs(right, left) == []


def test_the_ends_of_one_move_pair_two_lists_for_the_gate() -> None:
    a = "Cyclist injuries dropped from 312 to 287, while injuries to bus passengers fell from 95 to 81."
    b = (
        "Injuries to cyclists fell from 312 to 278 and to bus passengers from 95 to 81; tram injuries"
        " stayed at 40."
    )
    assert ends_of_one_move(a, "287", b, "278")
    assert not ends_of_one_move(a, "287", b, "40")  # not the end of that move
    assert not ends_of_one_move(a, "28", b, "278")  # a part of a figure is not the figure


def test_the_base_of_a_move_told_two_ways_conflicts() -> None:
    # ut157: "22 percent ..., down from 26 percent in 2022" / "Just over a fifth of adults (22%) ...,
    # down from 24% in 2022", where "just over a fifth" would explain either base
    a = "The survey found 22 percent of adults had volunteered last year, down from 27 percent in 2021."
    b = "Just over a fifth of adults (22%) said they had volunteered in the past year, down from 25% in 2021."
    assert [(x, y) for k, x, y in both_ways(a, b) if k == "percentage"] == [("27 percent", "25%")]
    # near misses: the other side states the base elsewhere; one base rounded
    c = "Just over a fifth of adults (22%) volunteered last year; 27% had in 2021, down from 25% in 2019."
    assert [k for k, _, _ in both_ways(a, c) if k == "percentage"] == []
    d = "Just over a fifth of adults (22%) said they had volunteered last year, down from 27.2% in 2021."
    assert [k for k, _, _ in both_ways(a, d) if k == "percentage"] == []
