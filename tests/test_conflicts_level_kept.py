"""One figure told kept at its level on one side and moved to it on the other (reader.facts.level_kept):
"will stay at 3,115 dollars" / "will also rise, to 3,115 dollars" (ut291).  Sentences of our own,
checked both ways round, with near misses."""

from __future__ import annotations

import pytest

from tests.test_conflicts_records_and_subjects import flags


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
