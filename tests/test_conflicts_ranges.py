"""Two ranges of one thing compared whole (ut41, ut42: a shipping delay "10 to 12 days" / "7 to 9
days", a company's guidance "$2.20 billion to $2.25 billion" / "$2.30 billion to $2.35 billion")."""

from __future__ import annotations

import pytest

from reader import facts
from reader.facts.ranges import range_diffs
from reader.model import Difference
from tests.test_conflicts_twins import shown


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The closure of the pass adds 3 to 4 hours to each lorry's journey.",
            "Drivers say the closed pass is adding 6 to 8 hours to each lorry's journey.",
            ("3 to 4 hours", "6 to 8 hours"),
        ),
        (
            "The airline expects a profit of €1.1 billion to €1.3 billion for the year.",
            "For the year the airline expects a profit of €1.5 billion to €1.7 billion.",
            ("€1.1 billion to €1.3 billion", "€1.5 billion to €1.7 billion"),
        ),
        (
            "Rents in the city are set to rise 4-5% next year, the report said.",
            "Rents in the city are set to rise 7-9% next year, the report said.",
            ("4-5%", "7-9%"),
        ),
    ],
)
def test_two_ranges_apart_of_one_thing_conflict(left: str, right: str, expected: tuple[str, str]) -> None:
    assert ("number", *expected) in shown(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # overlapping, or one inside the other: they agree
        ("The closure adds 3 to 5 hours to each journey.", "The closure adds 4 to 6 hours to each journey."),
        (
            "The closure adds 3 to 5 hours to each journey.",
            "The closure adds about four hours to each journey.",
        ),
        # two units: two things measured
        ("The closure adds 3 to 5 hours to each journey.", "The closure adds 6 to 8 miles to each journey."),
        # a move from one level to another is no range
        ("Fares rose from 3 to 4 percent of income.", "Fares rose from 6 to 7 percent of income."),
    ],
)
def test_ranges_that_meet_or_measure_two_things_do_not_conflict(left: str, right: str) -> None:
    assert range_diffs(left, right) == []


def test_two_ranges_apart_show_in_a_weak_passage_too() -> None:
    # ut41: a detour told with two capes and two ranges of days was linked at 0.35; the weak
    # passage's gate held the ranges back as two one-sided details
    left = "Several lines sent ships around Cape Agulhas, a route that adds about 5 to 6 days to each voyage."
    right = "Lines such as these sent vessels the long way via Cape Verde, adding roughly 2 to 3 days to"
    right += " each voyage."
    fa, fb = facts.extract(left), facts.extract(right)
    (d,) = [d for d in facts.differences(fa, fb, left, right) if d.note.startswith("range")]
    assert (d.left, d.right) == ("5 to 6 days", "2 to 3 days")
    assert facts.credible(d, fa, fb, left, right, 0.35)


def test_a_range_of_sums_with_a_scale_on_each_bound_is_one_range() -> None:  # ut99
    from tests.test_conflicts_bounds import both_ways as _both

    left = "The group kept its forecast for core earnings of between 2.4 billion and 2.8 billion euros."
    assert _both(left, "The group confirmed its full-year core earnings guidance of €2.4bn-€2.8bn.") == []
    assert _both(left, "The group confirmed its full-year core earnings guidance of €2.4bn-€3.1bn.") == [
        ("amount", "2.8 billion euros", "€3.1bn")
    ]


def test_a_range_of_sums_with_the_scale_word_on_each_bound_is_one_range() -> None:  # ut118
    """ "$18 million-$24 million" read its top bound as a bare "million" (a million of nothing),
    and the sum beside the range then met the bound ("amount: $24 million vs $31.2 million")."""
    from tests.test_conflicts_bounds import both_ways as _both

    text = "The 1961 canvas had carried a presale estimate of $18 million-$24 million, and the hammer "
    text += "fell at $31.2 million."
    assert [(f.kind, f.value) for f in facts.extract(text) if f.kind == "money"] == [
        ("money", 18e6),
        ("money", 24e6),
        ("money", 31.2e6),
    ]
    assert _both("The 1961 canvas had been estimated to sell for $18 million to $24 million.", text) == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (  # "between ... and" against a span verb's "from ... to": one range, its top slipped a scale
            "Tickets for the final sold for between 90 and 400 pounds on resale sites.",
            "On resale sites, tickets for the final ranged from 90 to 4,000 pounds.",
            ("between 90 and 400 pounds", "90 to 4,000 pounds"),
        ),
        (  # the same bottom, another top, both written "between"
            "The storm's gusts were expected to reach between 60 and 80 kilometres an hour.",
            "Gusts of between 60 and 130 kilometres an hour were expected from the storm.",
            ("between 60 and 80 kilometres", "between 60 and 130 kilometres"),
        ),
        (  # two ranges apart, one with "varied from"
            "Waiting times at the border varied from 2 to 3 hours on Friday.",
            "On Friday waiting times at the border were between 5 and 6 hours.",
            ("2 to 3 hours", "between 5 and 6 hours"),
        ),
    ],
)
def test_a_range_between_two_figures_or_ranging_from_one_is_read_whole(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert ("number", *expected) in shown(left, right)
    assert ("number", *expected[::-1]) in shown(right, left)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # one inside the other with no bound in common: two estimates that meet
        (
            "Gusts of between 60 and 95 kilometres an hour were expected.",
            "Gusts of 70 to 80 kilometres an hour.",
        ),
        # the same range told two ways
        ("Tickets sold for between 90 and 400 pounds.", "Tickets ranged from 90 to 400 pounds."),
        # a bound moved a little: a range told at two moments, as more terms were handed down
        (
            "The five men convicted so far received prison terms of between four and 30 years.",
            "Six men have been convicted, with prison terms ranging from three to 30 years.",
        ),
        # a move from one level keeps its start: no range, whatever its end
        ("Fares rose from 3 to 4 percent of income.", "Fares rose from 3 to 6 percent of income."),
    ],
)
def test_ranges_told_alike_and_moves_from_one_level_are_no_range_conflict(left: str, right: str) -> None:
    assert range_diffs(left, right) == range_diffs(right, left) == []


def test_a_span_verb_makes_from_a_range_and_a_move_keeps_its_figures() -> None:
    from reader.facts.figure_frames import in_range

    spanned = "Prices ranged from 120 to 180 dollars a barrel last year."
    moved = "Prices rose from 120 to 180 dollars a barrel last year."
    assert [(f.value, in_range(spanned, f)) for f in facts.extract(spanned) if f.value in (120, 180)] == [
        (120, True),
        (180, True),
    ]
    assert [(f.value, in_range(moved, f)) for f in facts.extract(moved) if f.value in (120, 180)] == [
        (120, False),
        (180, False),
    ]


def test_a_range_of_temperatures_converted_between_scales_agrees() -> None:
    # "between 8 and 11 degrees Celsius" / "46 to 52 degrees Fahrenheit" (ut241): converted and
    # rounded to the degree, one range
    celsius = "Overnight temperatures on the pass stayed between 3 and 6 degrees Celsius, the club said."
    assert (
        range_diffs(celsius, "On the pass it was 37 to 43 degrees Fahrenheit overnight, the club said.") == []
    )
    assert range_diffs(celsius, "Overnight the pass saw 37F to 43F, the club said.") == []
    # ... but converted wrong, or the scale dropped on one side of a rewrite, the two are apart
    wrong = range_diffs(celsius, "On the pass it was 48 to 54 degrees Fahrenheit overnight, the club said.")
    assert [(d.left, d.right) for d in wrong] == [
        ("between 3 and 6 degrees Celsius", "48 to 54 degrees Fahrenheit")
    ]
    warmer = range_diffs(
        celsius, "Overnight temperatures on the pass stayed between 13 and 16 degrees Celsius."
    )
    assert [(d.left, d.right) for d in warmer] == [
        ("between 3 and 6 degrees Celsius", "between 13 and 16 degrees Celsius")
    ]


def test_a_range_of_ages_with_one_bound_moved_is_another_group() -> None:  # ut300
    left = "The programme invited 41,200 women aged 50 to 71 for a breast screening from May 2022."
    right = "Women aged 47 to 71 were invited for a breast screening from May 2022, 41,200 in all."
    assert range_diffs(left, right) == [
        Difference("number", "50 to 71", "47 to 71", "range: 50 to 71 vs 47 to 71")
    ]
    # near misses: the same ages written two ways; a range of other things moved a little
    same = "Women aged between 50 and 71 were invited for a breast screening, 41,200 in all."
    assert range_diffs(left, same) == []
    assert range_diffs("The repairs will take 50 to 71 days.", "The repairs will take 47 to 71 days.") == []
