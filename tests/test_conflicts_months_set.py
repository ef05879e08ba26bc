"""A month alone told as the date an event is set for or moved to ("is set for March", "was postponed
to June"), and "held" read as the act of a date fixed ("will be held in May" / "is set for March"):
one event's month told two ways.  Sentences of our own, both ways round, with near misses."""

from __future__ import annotations

import pytest

from tests.mirror import facts_of, flags


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("The planning inquiry is set for March, the council said.", "March"),
        ("The final was postponed to June after the flooding.", "June"),
        ("The launch has been pushed back to October.", "October"),
    ],
)
def test_a_month_a_date_is_set_for_or_moved_to_is_a_date(text: str, month: str) -> None:
    assert [f.text for f in facts_of(text) if f.kind == "date"] == [month]


def test_a_name_after_for_is_no_month() -> None:
    assert [
        f for f in facts_of("Most of the party voted for May in the leadership race.") if f.kind == "date"
    ] == []


def test_one_event_held_in_one_month_and_set_for_another_is_a_conflict() -> None:
    left = "A sentencing hearing for the two directors will be held in April, the court said."
    right = "A hearing to sentence the two directors is set for July, the court said."
    assert ("date", "April", "July") in flags(left, right)
