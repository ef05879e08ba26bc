"""Facts a rewrite words around: an act stated before a verb of failing ("could be fined for
failing to repair" / "could not be fined for failing to repair"), a span a count was made over
("12 notices in 15 years" / "12 notices in eight years"), a run of years ("for a third straight
year" / "for a second straight year"; "a second" there is no span of time), the day of a move
told a little after its figure ("fell 8 percent in Frankfurt trading on Tuesday" / "dropped 8
percent in Frankfurt on Wednesday"), and "suspend" as "halt".  Sentences of our own, both ways
round, with near misses."""

from __future__ import annotations

import pytest

from reader.facts import extract
from reader.facts.negation import negation_diffs
from tests.mirror import flags


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The court held that landlords could be fined for failing to repair damp homes.",
            "The court ruled that landlords could not be fined for failing to repair damp homes.",
            ("negation", "fined", "could not be fined"),
        ),
        (
            "Colleagues said she had handed out fewer penalty notices than any other officer of her rank,"
            " with just 12 notices in 15 years.",
            "Colleagues said few officers of her rank were as lenient with notices: she wrote just 12"
            " notices in eight years.",
            ("duration", "15 years", "eight years"),
        ),
        (
            "The festival lost money for a third straight year, its organisers said on Monday.",
            "Organisers said the festival had made a loss for a second straight year.",
            ("ordinal", "third", "second"),
        ),
        (
            "Its shares fell 8 percent in Frankfurt trading on Tuesday after the warning.",
            "Kessler shares dropped 8 percent in Frankfurt on Wednesday.",
            ("day", "Tuesday", "Wednesday"),
        ),
    ],
)
def test_a_fact_reworded_around_is_a_conflict(left: str, right: str, expected: tuple[str, str, str]) -> None:
    assert expected in flags(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # both deny it
            "The court held that landlords could not be fined for failing to repair damp homes.",
            "The court ruled that landlords could not be fined for failing to repair damp homes.",
        ),
        (  # the same span in other words
            "Colleagues said she had handed out fewer penalty notices than any other officer of her rank,"
            " with just 12 notices in 15 years.",
            "Colleagues said few officers of her rank were as lenient with notices: she wrote just 12"
            " notices in fifteen years.",
        ),
        (  # one run told alike
            "The festival lost money for a second straight year, its organisers said on Monday.",
            "Organisers said the festival had made a loss for a second straight year.",
        ),
        (  # the move's figure far from the day of another act
            "Its shares fell 8 percent in early trading, and its chief executive met analysts in London on"
            " Tuesday.",
            "Kessler shares dropped 8 percent; its chief financial officer met investors in Paris on"
            " Wednesday.",
        ),
    ],
)
def test_a_fact_told_alike_or_of_another_thing_is_no_conflict(left: str, right: str) -> None:
    assert flags(left, right) == []


def test_a_second_before_a_noun_is_the_ordinal_and_before_a_pause_a_span() -> None:
    def spans(text: str) -> list[tuple[str, str]]:
        return [(f.kind, f.text) for f in extract(text) if f.kind in ("ordinal", "duration")]

    assert spans("Prices rose for a second straight month.") == [("ordinal", "second")]
    assert spans("He paused for a second before answering.") == [("duration", "a second")]


def test_suspending_is_halting() -> None:
    got = negation_diffs(
        "The operator said it would suspend services on the coastal line.",
        "The operator said it would not halt services on the coastal line.",
    )
    assert got == [("suspend", "would not halt")] or [(d.left, d.right) for d in got] == [
        ("suspend", "would not halt")
    ]
