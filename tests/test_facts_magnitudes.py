"""Counts told in twelves ("three dozen") and by their order of magnitude ("hundreds of",
"tens of thousands of"): values that agree with the figures they round and conflict with the
next order.  Sentences of our own, each pair checked both ways."""

from __future__ import annotations

import pytest

import reader
from reader.facts.sentence import extract
from tests.test_conflicts_guards import both_ways


@pytest.mark.parametrize(
    ("text", "shown", "value"),
    [
        ("Volunteers planted three dozen oaks along the river on Sunday.", "three dozen", 36.0),
        ("Volunteers planted a dozen oaks along the river on Sunday.", "a dozen", 12.0),
        ("Hundreds of volunteers planted oaks along the river on Sunday.", "Hundreds of", 550.0),
        ("Tens of thousands of fans lined the route of the parade.", "Tens of thousands of", 55_000.0),
    ],
)
def test_counts_in_twelves_and_magnitudes_are_read_whole(text: str, shown: str, value: float) -> None:
    numbers = [f for f in extract(text) if f.kind == "number"]
    assert [(f.text, f.value) for f in numbers] == [(shown, value)]


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (
            "Thousands of fans lined the route of the parade through the old town.",
            "Hundreds of fans lined the route of the parade through the old town.",
            ("Thousands of", "Hundreds of"),
        ),
        (
            "Firefighters rescued dozens of residents from the flooded estate overnight.",
            "Firefighters rescued hundreds of residents from the flooded estate overnight.",
            ("dozens of", "hundreds of"),
        ),
        (
            "Hundreds of fans lined the route of the parade through the old town.",
            "Some 4,000 fans lined the route of the parade through the old town.",
            ("Hundreds of", "Some 4,000"),
        ),
        (
            "The trust planted two dozen oaks along the river this spring.",
            "The trust planted three dozen oaks along the river this spring.",
            ("two dozen", "three dozen"),
        ),
    ],
)
def test_a_count_of_another_order_conflicts(left: str, right: str, spans: tuple[str, str]) -> None:
    assert [(a, b) for _, a, b in both_ways(left, right)] == [spans]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # a figure inside the span the word allows
        (
            "Hundreds of fans lined the route of the parade through the old town.",
            "About 600 fans lined the route of the parade through the old town.",
        ),
        (
            "Thousands of fans lined the route of the parade through the old town.",
            "More than 2,500 fans lined the route of the parade through the old town.",
        ),
        (
            "Firefighters rescued dozens of residents from the flooded estate overnight.",
            "Firefighters rescued 45 residents from the flooded estate overnight.",
        ),
        # twelves rounded: 36 and 38 are "three dozen"
        (
            "The trust planted three dozen oaks along the river this spring.",
            "The trust planted 38 oaks along the river this spring.",
        ),
        (
            "The trust planted three dozen oaks along the river this spring.",
            "The trust planted 36 oaks along the river this spring.",
        ),
    ],
)
def test_a_figure_the_word_allows_is_no_conflict(left: str, right: str) -> None:
    assert both_ways(left, right) == []


def test_orders_of_magnitude_far_apart_still_conflict() -> None:
    # "dozens" and "thousands" are more than ten times apart, which for two figures means two
    # scopes; for two orders of magnitude it is what they tell
    got = both_ways(
        "Dozens of people were killed in the attack on the market, officials said.",
        "Thousands of people were killed in the attack on the market, officials said.",
    )
    assert [(a, b) for _, a, b in got] == [("Dozens of", "Thousands of")]
    got = both_ways(
        "Dozens more were hurt in the attack on the market, officials said.",
        "Hundreds more were hurt in the attack on the market, officials said.",
    )
    assert [(a, b) for _, a, b in got] == [("Dozens", "Hundreds")]


def test_a_hedged_figure_inside_the_order_agrees_across_the_articles() -> None:
    # paired across the whole articles too, not only inside a link
    left = "Floods swept the valley on Sunday. Hundreds of people were evacuated overnight, officials said."
    right = "About 300 people were evacuated overnight as floods swept the valley, officials said on Sunday."
    for a, b in ((left, right), (right, left)):
        c = reader.compare(a, b)
        assert [d for k in c.links for d in k.differences if d.kind == "number"] == []


def test_thousands_is_written_loosely_for_tens_of_thousands() -> None:
    assert (
        both_ways(
            "Police said thousands of protesters marched through the capital on Sunday.",
            "Police said 15,000 protesters marched through the capital on Sunday.",
        )
        == []
    )


def test_an_order_of_magnitude_explains_only_a_count_of_its_own_noun() -> None:
    # "millions more" of another noun beside them hid the two counts of people
    assert both_ways(
        "About 28 million people have no cover and millions more have too little, the study says.",
        "Fewer than 20 million people have no cover and millions more have too little, the study says.",
    ) == [("number", "About 28 million", "Fewer than 20 million")]
    # near miss: an order of magnitude of one act, a figure of another (a town's people)
    assert (
        both_ways(
            "A strong quake hit the town of Kalvar in February, killing hundreds of people.",
            "In February a strong quake rocked Kalvar, a town of about 15,000 people near the coast.",
        )
        == []
    )


def test_a_fraction_of_a_scale_is_no_whole_of_it() -> None:
    # ut252: "nearly a quarter of a million dollars in cash" was read as "a million dollars", a
    # figure four times too large that hid a swap beside it; since stop 63 (ut343) it is read as
    # the quarter it is
    from reader import facts

    got = facts.extract("Officers also seized nearly a quarter of a million dollars in cash.")
    assert [f.value for f in got if f.kind == "money"] == [250_000.0]
    # near miss: a million told alone is a million
    got = facts.extract("Officers also seized a million dollars in cash.")
    assert [f.value for f in got if f.kind == "money"] == [1_000_000.0]
