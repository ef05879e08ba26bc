# ruff: noqa: E501  (sentence pairs read best one per line)
"""Spans of time told in two units, lengths whose unit slipped, years of one event among others
and days of a month in a merged passage (ut115-ut117, first-time users at a ports desk, a
universities desk and a chip-supply desk).  Each with a near miss that must stay quiet.

Every sentence is made up for the test (other events, other outlets' styles); each case runs
in both directions (the sides swapped).
"""

from __future__ import annotations

import pytest

import reader
from reader.facts import extract
from tests.test_conflicts_quoted_negation import _kinds as _flags  # every difference, both ways round


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        pytest.param(  # a span told to the minute is no rounding of the next whole hour
            "The ferry sailed 11 hours and 40 minutes late after a steering fault in Dover.",
            "The ferry sailed more than 12 hours late after a steering fault in Dover.",
            [("duration", "11 hours and 40 minutes", "more than 12 hours")],
            id="minutes-against-a-bound",
        ),
        pytest.param(  # ... but "nearly" twelve hours, or twelve as a round figure, tells it
            "The ferry sailed 11 hours and 40 minutes late after a steering fault in Dover.",
            "The ferry sailed nearly 12 hours late after a steering fault in Dover.",
            [],
            id="minutes-nearly-the-hour",
        ),
        pytest.param(
            "The ferry sailed 11 hours and 40 minutes late after a steering fault in Dover.",
            "The ferry sailed 12 hours late after a steering fault in Dover.",
            [],
            id="minutes-rounded-to-the-hour",
        ),
        pytest.param(  # "an hour and 35 minutes" is 95 minutes, not 35
            "The operation to separate the twins took an hour and 35 minutes, the hospital in Leeds said.",
            "The operation to separate the twins took 95 minutes, the hospital in Leeds said.",
            [],
            id="an-hour-and-minutes",
        ),
        pytest.param(
            "The operation to separate the twins took an hour and 35 minutes, the hospital in Leeds said.",
            "The operation to separate the twins took 85 minutes, the hospital in Leeds said.",
            [("duration", "an hour and 35 minutes", "85 minutes")],
            id="an-hour-and-minutes-changed",
        ),
        pytest.param(  # a depth's unit slipped; the other lengths agree and ship counts stand beside
            "The port will deepen the berth from 11.5 metres to 15 metres and lengthen it to 350 metres, so ships of up to 9,000 TEU can call, against about 4,000 TEU now.",
            "The berth will be deepened from 11.5 metres to 15 feet and lengthened to 350 metres, so ships of up to 9,000 twenty-foot equivalent units can call, against roughly 4,000 now.",
            [("number", "15 metres", "15 feet")],
            id="unit-slipped-beside-counts",
        ),
        pytest.param(  # two lengths, two figures: a passing total and one run
            "Okafor threw for 212 yards with one interception before the break.",
            "Okafor ran it in from 41 yards for the touchdown.",
            [],
            id="two-lengths-two-figures",
        ),
        pytest.param(  # one year among two on one side: the one whose words name the same stage
            "Building work starts in the first half of 2027, and the plant should reach full output in the third quarter of 2029.",
            "The plant is due to reach full output in the third quarter of 2030.",
            [("year", "2029", "2030")],
            id="year-of-one-stage",
        ),
        pytest.param(  # ... not when the other side's year could be either stage's
            "Building work starts in 2027, and the plant should reach full output in 2029.",
            "The plant is due to be finished in 2030.",
            [],
            id="year-of-either-stage",
        ),
        pytest.param(  # a decade ("the 1930's") and a year of its own: an act's words alone pair no years
            "The crime family was founded in the 1930's by Salvatore Maranzano, who was shot dead in 1931.",
            "Gennaro joined the crime family founded in 1932 by Salvatore Maranzano.",
            [],
            id="decade-beside-a-year",
        ),
        pytest.param(  # a baseline year ("up 15% on 2026") is no year of the act ("in 2027") (ut119)
            "The league will spend 4.2 million euros on youth coaching in 2027, a 9 percent increase on this year, its board said on Friday.",
            "The league will put 4.2 million euros into youth coaching next year, up 15% on 2026, the board said on Friday.",
            [("percentage", "9 percent", "15%")],
            id="a-baseline-year",
        ),
        pytest.param(  # megalitres are millions of litres: a figure's digits transposed (ut120)
            "The Hollins reservoir held 2,840 megalitres on Friday, against 3,960 megalitres a year earlier.",
            "Hollins reservoir held 2,480 million litres on Friday, compared with 3,960 million litres a year ago.",
            [("number", "2,840 megalitres", "2,480 million litres")],
            id="megalitres-transposed",
        ),
        pytest.param(
            "The Hollins reservoir held 2,840 megalitres on Friday, against 3,960 megalitres a year earlier.",
            "Hollins reservoir held 2,840 million litres on Friday, compared with 3,960 million litres a year ago.",
            [],
            id="megalitres-as-million-litres",
        ),
    ],
)
def test_spans_lengths_and_years(left: str, right: str, want: list[tuple[str, str, str]]) -> None:
    assert _flags(left, right) == want


def test_an_hour_in_a_speed_is_no_span() -> None:
    """ "60 miles an hour and two hours later": only the two hours are a span of time."""
    spans = [
        f.text
        for f in extract("The lorry was doing 60 miles an hour and two hours later it crashed.")
        if f.kind == "duration"
    ]
    assert spans == ["two hours"]


def _notes(left: str, right: str) -> list[str]:
    return [d.note for ln in reader.compare(left, right).links for d in ln.differences]


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        pytest.param(  # the left names the year once, so its "3 March" reads as of 2025 and the
            # right's does not: still the one date both passages tell, agreed on, and the deadline
            # is the pair's other date, which changed
            "Nurses at Castlebrook Hospital will vote on strike action, their union said on 10 February 2025. "
            "Voting opens on Monday, 3 March. It closes at noon on Friday, 28 March.",
            "Nurses at Castlebrook Hospital will vote on strike action, their union said on 10 February. "
            "The ballot opens on Monday 3 March and closes at noon on Friday 4 April.",
            ("date", "28 March", "4 April"),
            id="a-deadline-its-year-inferred",
        ),
        pytest.param(  # "in September", read as of 2025 from the first date, says nothing of "the end of 2027"
            "The harbour authority signed the dredging contract on 4 June 2025. "
            "Dredging is due to start in September and finish by the end of 2026, the authority said.",
            "The harbour authority signed the dredging contract on 4 June. "
            "Work is scheduled to begin in September and be completed by the end of 2027, the authority said.",
            ("year", "2026", "2027"),
            id="a-month-s-inferred-year-tells-no-other",
        ),
        pytest.param(  # "since 1887" is told by the left passage's second sentence: agreed on, so
            # the merged sentence's other year is the partner of the first sentence's
            "The panel painting measures 70 by 52 centimetres and is dated 1651. "
            "It had been in the same family in Kent since 1887 and was last shown in public in 1949.",
            "The panel, 70 x 52 cm, is dated 1615 and had belonged to the same Kent family since 1887.",
            ("year", "1651", "1615"),
            id="a-year-the-passage-tells-elsewhere",
        ),
    ],
)
@pytest.mark.parametrize("flip", [False, True])
def test_a_passage_s_value_told_in_another_sentence_leaves_the_changed_one(
    left: str, right: str, want: tuple[str, str, str], flip: bool
) -> None:
    kind, a, b = want
    texts, note = ((right, left), f"{kind}: {b} vs {a}") if flip else ((left, right), f"{kind}: {a} vs {b}")
    assert note in _notes(*texts)


def test_a_span_of_one_sentence_told_twice_is_of_its_one_act() -> None:
    # ut260: "which carry sentences of up to 10 years in prison" / "punishable by up to 10 months in
    # prison": the verbs differ, the sentence is one, so the span is one act's
    left = "The two men face charges of fraud and forgery, which carry sentences of up to 12 years in jail."
    right = "The two men face charges of fraud and forgery, punishable by up to 12 months in jail."
    assert ("duration", "up to 12 years", "up to 12 months") in _flags(left, right)
    # near miss: one span in two units
    assert _flags(left, right.replace("up to 12 months", "up to a dozen years")) == []


def test_one_change_told_in_points_and_in_percent_beside_other_shares_is_a_slip() -> None:
    # ut262: "up 1.4 percentage points from 9.8 percent" / "climbed 1.4 percent to 11.2 percent":
    # the one figure of its value each side tells, its unit changed
    left = "The lender kept 6.3 percent of its loans as reserves, up 0.8 percentage points from 5.5 percent."
    right = "Its reserve ratio rose 0.8 percent to 6.3 percent, the lender said."
    assert ("percentage", "0.8 percentage points", "0.8 percent") in _flags(left, right)
    # near miss: the same change in the same unit
    assert _flags(left, right.replace("rose 0.8 percent", "rose 0.8 percentage points")) == []
    # ... nor a level in basis points: 31 basis points is 0.31% (ut163's trap)
    assert _flags("Fees fell to 0.31% of assets from 0.38%.", "Fees fell to 31 basis points from 38.") == []


def test_a_change_told_as_a_noun_of_change_against_points_lower_than_before_is_a_slip() -> None:
    # ut263: "a cut of 20 percent from last year" / "was 20 percentage points lower than last
    # year's": one change, as "a cut of" on one side and a gap to last year on the other
    left = "Norway gave 310 million crowns to the appeal, a rise of 15 percent from 2023."
    right = "Norway's gift of 310 million crowns to the appeal was 15 percentage points higher than in 2023."
    assert _flags(left, right) == [("percentage", "15 percent", "15 percentage points")]
    # near miss: a gap to another figure than the year before is no change ("15 percentage points
    # higher than Denmark's" against "a share of 15 percent")
    share = "Norway gave 310 million crowns to the appeal, a share of 15 percent of the total."
    assert _flags(share, right) == []
