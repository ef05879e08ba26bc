"""Nobody done to on one side, some done to on the other, is a conflict of kind "negation"
(reader.facts.nobody_told); an act of nobody against another act, or a side that tells both,
is not.  Sentences of our own, each pair checked both ways."""

from __future__ import annotations

import pytest

from reader.facts.nobody_told import nobody_and_some
from tests.test_conflicts_guards import both_ways


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "Firefighters said no one was hurt in the warehouse fire.",
            "Firefighters said two workers were hurt in the warehouse fire.",
            id="no-one",
        ),
        pytest.param(
            "No passengers were injured when the ferry struck the pier.",
            "Four passengers were injured when the ferry struck the pier.",
            id="no-noun",
        ),
        pytest.param(
            "Nobody was arrested during the march, organisers said.",
            "A man was arrested during the march, organisers said.",
            id="nobody",
        ),
    ],
)
def test_nobody_against_some_is_a_denial(left: str, right: str) -> None:
    assert [k for k, _, _ in both_ways(left, right)] == ["negation"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(
            "No one was hurt in the warehouse fire.",
            "Two buildings were damaged in the warehouse fire.",
            id="another-act",
        ),
        pytest.param(
            "No one was hurt in the first blast, but two people were hurt in the second.",
            "Two people were hurt in the second blast.",
            id="both-told",
        ),
        pytest.param(
            "No one was hurt in the fire.", "Two people were questioned after the fire.", id="another-verb"
        ),
    ],
)
def test_nobody_against_another_act_or_a_side_telling_both_is_none(left: str, right: str) -> None:
    assert nobody_and_some(left, right) == nobody_and_some(right, left) == []


def test_injuries_suffered_are_some_injured() -> None:
    # ut244: "no pilgrim had been seriously injured" / "several pilgrims had suffered serious injuries"
    left = "Organisers said no runner had been seriously injured in the heat."
    right = "Organisers said two runners had suffered serious injuries in the heat."
    assert [k for k, _, _ in both_ways(left, right)] == ["negation"]
    # near miss: cuts suffered are no injuries told
    assert (
        nobody_and_some(
            "No one was injured in the crash.", "Two drivers had suffered minor cuts in the crash."
        )
        == []
    )
