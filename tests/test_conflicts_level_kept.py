"""One figure told kept at its level on one side and moved to it on the other (reader.facts.level_kept):
"will stay at 3,115 dollars" / "will also rise, to 3,115 dollars" (ut291).  Sentences of our own,
checked both ways round, with near misses."""

from __future__ import annotations

import pytest

from tests.mirror import flags


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The toll for lorries will rise to 14 euros, while the toll for cars will stay at 6.50 euros.",
            "Lorries will pay 14 euros, and the toll for cars will also go up, to 6.50 euros.",
            ("negation", "stay at", "go up, to"),
        ),
        (
            "The reserve bank held its cash rate at 3.85 percent on Tuesday, as most economists expected.",
            "The reserve bank cut its cash rate to 3.85 percent on Tuesday, as most economists expected.",
            ("negation", "held its cash rate at", "cut its cash rate to"),
        ),
    ],
)
def test_a_figure_kept_against_the_figure_moved_to_is_a_conflict(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flags(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # kept told two ways
            "The reserve bank held its cash rate at 3.85 percent on Tuesday.",
            "The reserve bank left its cash rate unchanged at 3.85 percent on Tuesday.",
        ),
        (  # two figures, each of its own thing: the rate kept, inflation moved
            "The bank held its cash rate at 3.85 percent, while inflation rose to 2.4 percent.",
            "Inflation climbed to 2.4 percent and the bank kept its cash rate at 3.85 percent.",
        ),
    ],
)
def test_one_level_kept_or_two_things_are_no_conflict(left: str, right: str) -> None:
    assert [d for d in flags(left, right) if d[0] == "negation"] == []


def test_a_duration_with_a_scale_word_keeps_its_bound_and_a_bound_turned_is_one_figure() -> None:  # ut298
    from reader.facts import extract

    got = [
        (f.text, f.bound)
        for f in extract("Volunteers gave more than 1.4 million hours.")
        if f.kind == "duration"
    ]
    assert got == [("more than 1.4 million hours", ">")]
    left = "Volunteers at the food bank gave more than 1.4 million hours of their time last year."
    right = "Food bank volunteers contributed less than 1.4 million hours of their time last year."
    assert ("duration", "more than 1.4 million hours", "less than 1.4 million hours") in flags(left, right)
    # near miss: a one-digit figure under two bounds ties no two acts together
    from reader.facts.one_act import same_act
    from reader.model import Difference

    d = Difference("duration", "more than 3 hours", "less than 3 hours", "")
    assert not same_act(
        d,
        "Rescuers searched the cliffs for more than 3 hours.",
        "The ferry crossing takes less than 3 hours.",
    )


def test_a_figure_moved_by_an_agent_with_its_object_told_the_other_way_is_a_conflict() -> None:  # ut294
    left = "The ministry said it would increase spending on the regional rail network by 5 percent in 2027."
    right = "The ministry said it would cut regional rail spending by 5 percent in 2027."
    assert ("negation", "increase", "cut") in flags(left, right)
    # near miss: one way in two verbs
    same = "The ministry said it would raise regional rail spending by 5 percent in 2027."
    assert [d for d in flags(left, same) if d[0] == "negation"] == []
