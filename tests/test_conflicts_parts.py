"""A figure told by its part or by the rest of a whole (ut125, an aviation desk): "authorized to
have 54 controllers but currently has 39" / "15 controllers short of the 54", and "five sites in
Britain and one in the United States" / "six sites, five of them in Britain", were flagged
"39 vs 15" and "five vs six"."""

from __future__ import annotations

import pytest

import reader
from reader import facts
from tests.test_conflicts_twins import shown


def flagged(a: str, b: str) -> list[tuple[str, str, str]]:
    """The conflicts of comparing two texts, each way round (the second turned back)."""
    there = [(d.kind, d.left, d.right) for k in reader.compare(a, b).links for d in k.differences]
    back = [(d.kind, d.right, d.left) for k in reader.compare(b, a).links for d in k.differences]
    assert sorted(back) == sorted(there)
    return there


_KEPT = "The ruling party kept 270 of the council's 450 seats in Sunday's vote, officials said."


def test_a_part_against_the_rest_of_a_whole_both_state_is_no_conflict() -> None:
    lost = "The ruling party lost 180 of the council's 450 seats in Sunday's vote, officials said."
    assert shown(_KEPT, lost) == []


@pytest.mark.parametrize(
    ("right", "expected"),
    [
        # the rest does not add up to the whole
        (
            "The ruling party lost 190 of the council's 450 seats in Sunday's vote, officials said.",
            ("number", "270", "190"),
        ),
        # the whole stated on one side only: nothing says the two are parts of it
        (
            "The ruling party kept 180 council seats in Sunday's vote, officials said.",
            ("number", "270", "180"),
        ),
    ],
)
def test_a_figure_that_is_no_part_of_a_shared_whole_still_conflicts(
    right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in shown(_KEPT, right)


def test_a_count_of_them_counts_the_noun_of_the_count_before_it() -> None:
    text = "The chain runs hotels in ten cities, nine of them in Spain, and employs 4,000 people."
    assert [(f.text, f.unit) for f in facts.extract(text) if f.kind == "number"] == [
        ("ten", "cities"),
        ("nine", "cities"),
        ("4,000", "people"),
    ]


def test_a_part_told_of_them_agrees_with_the_same_part_told_alone() -> None:
    left = "The chain runs hotels in nine cities in Spain and one in Portugal, its annual report said."
    assert (
        flagged(left, "The chain runs hotels in ten cities, nine of them in Spain, its annual report said.")
        == []
    )
    # (the part told otherwise: nine against the whole or against the part, a conflict either way)
    wrong = flagged(
        left, "The chain runs hotels in ten cities, eight of them in Spain, its annual report said."
    )
    assert [(k, a) for k, a, _ in wrong] == [("number", "nine")]


def test_a_part_of_a_duration_or_a_sum_takes_no_noun_of_an_earlier_count() -> None:
    # ut125: "9,700 flying hours ... had logged 1,850 hours, 620 of them on the type": the 620 are
    # hours of the duration right before them, not "flying" of the count before that
    text = (
        "The pilot had 9,700 flying hours, and the co-pilot had logged 1,850 hours, 620 of them on the type."
    )
    assert [(f.text, f.unit) for f in facts.extract(text) if f.kind == "number"] == [
        ("9,700", "flying"),
        ("620", ""),
    ]


def test_two_counts_of_one_noun_that_add_up_to_a_whole_of_another_noun_conflict() -> None:
    # 5 + 6 = 11 by chance: the sites are no whole of the countries (ut177)
    left = '"We looked at eleven sites in five countries before choosing Ovar," the chief executive said.'
    right = (
        "The chief executive said the company had looked at 11 sites in six countries before choosing Ovar."
    )
    assert ("number", "five", "six") in flagged(left, right)


def test_two_lists_of_counts_pair_by_the_noun_after_each() -> None:
    # ut252: "The seven suspects, five men and two women" / "five men and three women"
    left = "The nine suspects, six men and three women, are aged between 20 and 61."
    right = "The nine suspects, six men and four women, range in age from 20 to 61."
    assert flagged(left, right) == [("number", "three", "four")]
    # near misses: the same counts in another order; a total and its parts, each part told alike
    assert flagged(left, "The nine suspects, three women and six men, range in age from 20 to 61.") == []
    parts = "The floods killed five people in Hungary and three in Slovakia, officials said."
    total = "Eight people were killed, five in Hungary and three in Slovakia, officials said."
    assert flagged(parts, total) == []
