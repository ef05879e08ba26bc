"""Clock times in two zones (ut37, a science desk) and two romanisations of one speaker, a
change against a length (ut38, an international desk)."""

from __future__ import annotations

import pytest

import reader
from reader import facts
from tests.test_conflicts_markets import _both_ways as _diffs


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("The probe fired its engine at 06:14 UTC.", "utc"),
        ("The probe fired its engine at 1:14 a.m. EST.", "est"),
        ("The probe fired its engine at 8:14 p.m. local time.", "local"),
        ("The probe fired its engine at 8:14 p.m. on Sunday.", ""),
    ],
)
def test_the_zone_a_time_is_told_in_is_read(text: str, zone: str) -> None:
    (t,) = [f for f in facts.extract(text) if f.kind == "time"]
    assert t.unit == zone


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # one moment in two zones
        (
            "The capsule splashed down at 21:40 UTC on Sunday.",
            "The capsule splashed down at 4:40 p.m. EST on Sunday.",
        ),
        (
            "The capsule splashed down at 21:40 GMT on Sunday.",
            "The capsule splashed down at 5:40 p.m. ET on Sunday.",
        ),
        (
            "The quake struck at 10:27 UTC on Wednesday.",
            "The quake struck at 2:27 a.m. Pacific Standard Time on Wednesday.",
        ),
        # a zone against a local time: its offset is not told, and the day may be the next
        (
            "The satellite launched at 02:10 UTC on Friday, 6 June, from French Guiana.",
            "The satellite launched at 11:10 p.m. local time on Thursday, 5 June, from French Guiana.",
        ),
    ],
)
def test_one_moment_told_in_two_zones_is_no_conflict(left: str, right: str) -> None:
    assert _diffs(left, right) == []
    c = reader.compare("Space. " + left, "Space. " + right)
    assert not [d for d in c.disagreements()]
    chips = [x for k in c.links for x in (*k.only_left, *k.only_right)]
    if "local" not in right:  # (a time on the local clock is a detail of its own side)
        assert not any(x.endswith(("UTC", "EST", "GMT", "ET")) for x in chips)


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The capsule splashed down at 21:40 UTC on Sunday.",
            "The capsule splashed down at 5:40 p.m. EST on Sunday.",
            [("time", "21:40 UTC", "5:40 p.m. EST")],
        ),
        (  # two times on the local clock, one of them converted wrong
            "Liftoff was at 01:42 UTC, which was 22:42 local time in Kourou.",
            "Liftoff came at 9:42 p.m. local time in Kourou (01:42 UTC).",
            [("time", "22:42 local time", "9:42 p.m. local time")],
        ),
        (  # one zone, a day apart: the day changed
            "The capsule splashed down at 21:40 UTC on Sunday, 8 June.",
            "The capsule splashed down at 21:40 UTC on Saturday, 7 June.",
            [("date", "8 June", "7 June"), ("day", "Sunday", "Saturday")],
        ),
    ],
)
def test_two_moments_in_two_zones_or_a_day_moved_in_one_conflict(
    left: str, right: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _diffs(left, right) == expected


def test_two_romanisations_of_one_speaker_are_one_speaker() -> None:
    quote = '"Every one of them is coming home, and we will not stop," '
    left = quote + "President Volodymyr Zelensky wrote on Telegram on Saturday."
    right = quote + "President Volodymyr Zelenskyy wrote on Telegram on Saturday."
    assert [d for d in _diffs(left, right) if d[0] == "speaker"] == []
    other = quote + "President Volodymyr Zelaya wrote on Telegram on Saturday."
    assert [d[0] for d in _diffs(left, other)] == ["speaker"]
    # a role before the name on one side only: the given name is the word before the surname (ut62)
    said = '"We will appeal the fine," {} said.'
    spelled = _diffs(said.format("chief executive Anders Lindqvist"), said.format("CEO Anders Lindquist"))
    assert [d[0] for d in spelled] == ["spelling"]


@pytest.mark.parametrize(
    ("left", "right", "kinds"),
    [
        ("Navalnaya wrote on X.", "Navalnaia wrote on X.", []),  # a surname alone, romanised two ways
        ("Kaczmarek told reporters.", "Kaczmarik told reporters.", []),  # a surname alone, one letter apart
        ("Kaczmarek told reporters.", "Nowicki told reporters.", ["speaker"]),  # another person
        ("Yulia Navalnaya wrote on X.", "Navalnaia wrote on X.", []),
    ],
)
def test_a_surname_alone_written_two_ways_is_one_speaker(left: str, right: str, kinds: list[str]) -> None:
    quote = '"The sentence will not silence anyone in this country," '
    assert [d[0] for d in _diffs(quote + left, quote + right) if d[0] == "speaker"] == kinds


def test_a_change_by_some_years_is_no_length_of_that_many_years() -> None:
    left = "The law raises the minimum service for a full pension from 30 to 35 years, officials said."
    right = "The law lengthens the minimum service for a full pension by five years, to 35, officials said."
    assert [d for d in _diffs(left, right) if d[0] == "duration"] == []
    changed = "The law lengthens the minimum service for a full pension by seven years, officials said."
    assert [d[0] for d in _diffs(right, changed)] == ["duration"]


@pytest.mark.parametrize(
    ("text", "span", "minutes"),
    [
        ("The quake struck at 1755 GMT on Monday.", "1755 GMT", 17 * 60 + 55),
        ("The launch is set for 0300 UTC on Friday.", "0300 UTC", 3 * 60),
        ("The launch is set for 0300UTC on Friday.", "0300UTC", 3 * 60),
    ],
)
def test_a_wire_time_of_four_digits_with_its_zone_is_a_time_not_a_year(
    text: str, span: str, minutes: int
) -> None:
    # ut39: "(17:55 GMT)" / "1855 GMT" read the second as the year 1855
    (f,) = [f for f in facts.extract(text) if f.kind in ("time", "year", "number")]
    assert (f.kind, f.text, f.value) == ("time", span, minutes)
    assert [f.kind for f in facts.extract("The city burned in 1755 and again in 1855.")] == ["year", "year"]


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        pytest.param(  # ut243: one reading of the clock, "Eastern" and "ET": the weekdays conflict
            "The transfer window closes Thursday at 5 p.m. Eastern, the league said.",
            "The transfer window closes Wednesday at 5 p.m. ET, the league said.",
            [("day", "Thursday", "Wednesday")],
            id="one-reading-two-days",
        ),
        pytest.param(  # near miss: two readings in two zones may be one moment a day apart
            "The rocket lifted off at 02:10 UTC on Friday, the agency said.",
            "The rocket lifted off at 9:10 p.m. EST on Thursday, the agency said.",
            [],
            id="two-readings-one-moment",
        ),
    ],
)
def test_one_clock_reading_on_both_sides_is_no_shift_of_zone(
    left: str, right: str, want: list[tuple[str, str, str]]
) -> None:
    from tests.test_conflicts_guards import both_ways

    assert [d for d in both_ways(left, right) if d[0] in ("day", "date")] == want
