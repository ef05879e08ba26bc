"""Counts of one noun told with two outcomes inside one link (reader.facts.outcomes): "killed
four miners" / "injured seven miners", "destroyed eight homes" / "damaged 45 homes",
"arrested 14" / "charged six" are two counts, not one figure told two ways.  An outcome that
holds another (damaged holds destroyed, shot holds shot dead, charged holds convicted) still
disagrees when its count is the smaller.

Every sentence here is made up for the test, each case checked in both directions.
"""

from __future__ import annotations

import pytest

from reader import facts


def diffs(a: str, b: str) -> list[tuple[str, str]]:
    return [
        (d.left, d.right)
        for d in facts.differences(facts.extract(a), facts.extract(b), a, b)
        if d.kind == "number"
    ]


def both_ways(a: str, b: str) -> list[tuple[str, str]]:
    """The count differences of a against b, after checking b against a finds them swapped."""
    there, back = diffs(a, b), diffs(b, a)
    assert sorted((y, x) for x, y in back) == sorted(there)
    return there


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "The tornado destroyed eight homes in Moore on Monday, the county said.",
            "The tornado damaged 45 homes in Moore on Monday, the county said.",
            id="destroyed-damaged",
        ),
        pytest.param(
            "Eight homes were destroyed by the tornado in Moore on Monday.",
            "Forty-five homes were damaged by the tornado in Moore on Monday.",
            id="destroyed-damaged-passive",
        ),
        pytest.param(
            "The blast killed four miners at the pit near Soma on Tuesday.",
            "The blast injured seven miners at the pit near Soma on Tuesday.",
            id="killed-injured",
        ),
        pytest.param(
            "Officers arrested 14 protesters outside the embassy in Ankara, police said.",
            "Officers charged six protesters outside the embassy in Ankara, police said.",
            id="arrested-charged",
        ),
        pytest.param(
            "Twelve protesters were arrested outside the embassy in Ankara on Friday.",
            "Five protesters were charged outside the embassy in Ankara on Friday.",
            id="arrested-charged-passive",
        ),
        pytest.param(
            "Prosecutors charged five men over the fraud at the bank in Lyon.",
            "A court convicted three men over the fraud at the bank in Lyon.",
            id="charged-convicted",
        ),
        pytest.param(  # shot, wounded or killed: the two dead are among the four shot
            "The gunman shot four students at the school in Dayton before he was arrested.",
            "The gunman shot and killed two students at the school in Dayton before he was arrested.",
            id="shot-killed",
        ),
        pytest.param(
            "A former employee opened fire at the depot in Tulsa, shooting five drivers, police said.",
            "Three drivers were killed when a former employee opened fire at the depot in Tulsa, police say.",
            id="shooting-killed-passive",
        ),
        pytest.param(
            "Crews evacuated 300 residents as the river rose in Passau.",
            "Crews rescued 40 residents as the river rose in Passau.",
            id="evacuated-rescued",
        ),
    ],
)
def test_counts_of_two_outcomes_are_two_counts(a: str, b: str) -> None:
    assert both_ways(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "spans"),
    [
        pytest.param(
            "The tornado destroyed eight homes in Moore on Monday, the county said.",
            "The tornado destroyed 11 homes in Moore on Monday, the county said.",
            ("eight", "11"),
            id="destroyed-destroyed",
        ),
        pytest.param(  # a destroyed home is a damaged one: five damaged cannot hold eight
            "The tornado destroyed eight homes in Moore on Monday, the county said.",
            "The tornado damaged five homes in Moore on Monday, the county said.",
            ("eight", "five"),
            id="fewer-damaged-than-destroyed",
        ),
        pytest.param(
            "Officers arrested 14 protesters outside the embassy in Ankara, police said.",
            "Officers arrested nine protesters outside the embassy in Ankara, police said.",
            ("14", "nine"),
            id="arrested-arrested",
        ),
        pytest.param(
            "The gunman shot four students at the school in Dayton before he was arrested.",
            "The gunman shot six students at the school in Dayton before he was arrested.",
            ("four", "six"),
            id="shot-shot",
        ),
        pytest.param(  # the dead were shot: two shot cannot hold three shot dead
            "The gunman shot two students at the school in Dayton before he was arrested.",
            "The gunman shot and killed three students at the school in Dayton before he was arrested.",
            ("two", "three"),
            id="fewer-shot-than-killed",
        ),
        pytest.param(  # the convicted were charged: three charged cannot hold five convicted
            "Prosecutors charged three men over the fraud at the bank in Lyon.",
            "A court convicted five men over the fraud at the bank in Lyon.",
            ("three", "five"),
            id="fewer-charged-than-convicted",
        ),
    ],
)
def test_counts_of_one_outcome_still_conflict(a: str, b: str, spans: tuple[str, str]) -> None:
    assert both_ways(a, b) == [spans]


def test_each_count_is_explained_only_by_a_count_of_its_own_outcome() -> None:
    # the dead of one side are the hurt of the other, and the other way round: both differ
    a = "The blast killed four miners and injured seven at the pit near Soma."
    b = "The blast killed seven miners and injured four at the pit near Soma."
    assert sorted(both_ways(a, b)) == [("four", "seven"), ("seven", "four")]


def test_a_verb_that_only_begins_like_an_outcome_tells_none() -> None:
    from reader.facts.outcomes import _fate_of

    assert _fate_of("indicted") == _fate_of("charged") != ""
    assert _fate_of("convicted") != ""
    assert _fate_of("indicated") == ""  # polls indicated: no charge
    assert _fate_of("convinced") == ""  # the lawyers convinced: no conviction


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (  # a death toll named before a bare count counts the dead (ut39)
            "Six people were killed in the landslide, according to the regional governor.",
            "The regional governor put the death toll from the landslide at eight.",
            [("Six", "eight")],
        ),
        (
            "Officials said 21 people died in the floods across the province.",
            "The death toll from the floods across the province rose to 24, officials said.",
            [("21", "24")],
        ),
        (  # told alike, or a floor the toll meets
            "Officials said 21 people died in the floods across the province.",
            "The death toll from the floods across the province rose to 21, officials said.",
            [],
        ),
        (
            "At least six people were killed in the landslide, according to the regional governor.",
            "The regional governor put the death toll from the landslide at eight.",
            [],
        ),
    ],
)
def test_a_death_toll_named_before_a_bare_count_counts_the_dead(a: str, b: str, expected: list) -> None:
    assert both_ways(a, b) == expected
