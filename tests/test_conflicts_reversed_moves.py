# ruff: noqa: E501  (sentence pairs read best one per line)
"""A move told the other way round ("from a final salary scheme to a career average scheme" /
"from a career average scheme to a final salary scheme") is a conflict of kind "negation";
the same move in other words, a move both ways on one side, or figures' ends are not
(reader.facts.reversed_direction).  Sentences of our own, each pair checked both ways."""

from __future__ import annotations

import pytest

from tests.test_conflicts_guards import both_ways


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        pytest.param(  # two ends sharing words, the move turned round (ut116)
            "The council plans to move new teachers from a final salary pension scheme to a career average scheme in 2027.",
            "The council plans to move new teachers from a career average pension scheme to a final salary scheme in 2027.",
            (
                "from a final salary pension scheme to a career average scheme",
                "from a career average pension scheme to a final salary scheme",
            ),
            id="pension-schemes",
        ),
        pytest.param(  # two places
            "The carrier will add a daily flight from Nairobi to Kigali on Monday, its chief executive said.",
            "The carrier will add a daily flight from Kigali to Nairobi on Monday, its chief executive said.",
            ("from Nairobi to Kigali", "from Kigali to Nairobi"),
            id="two-places",
        ),
        pytest.param(
            "Season tickets will go from $40 to $55 next year, the club said on Monday.",
            "Season tickets will go from $55 to $40 next year, the club said on Monday.",
            ("from $40 to $55", "from $55 to $40"),
            id="a-figure-s-move-both-from-the-start",
        ),
    ],
)
def test_a_move_turned_round_conflicts(left: str, right: str, spans: tuple[str, str]) -> None:
    assert both_ways(left, right) == [("negation", *spans)]


def test_a_figure_s_move_told_from_its_end_the_figures_the_other_way_round_is_told_by_the_figures() -> None:
    """ut122: the move reversed, and the figures swapped with it: since the figure before "down from"
    is read as the new level (ut129), the figures tell the one conflict, as they tell any swap."""
    left = "The council will cut the rate it pays on the loan from 5.2 percent to 3.9 percent, the treasurer said."
    right = "The council's loan will now carry interest at 5.2%, down from 3.9%, the treasurer said."
    assert both_ways(left, right) == [("percentage", "3.9 percent", "5.2%")]


def test_this_year_s_figure_against_the_year_before_s_swapped_is_a_move_turned_round() -> None:
    # ut264: "reached 44.9 million pounds, up from 38.7 million pounds the year before" / "cost
    # £38.7m this year against £44.9m the year before"
    # (a third sum each side tells: no swap of two figures alone)
    left = (
        "Spending on the museum roof, a 10-year, 80-million-pound project begun in 2019, reached"
        " 12.6 million pounds, up from 9.4 million pounds the year before."
    )
    right = "The museum roof project, a ten-year £80m scheme that began in 2019, cost £9.4m this year against £12.6m the year before."
    assert [k for k, _, _ in both_ways(left, right)] == ["negation"]
    # near miss: the same move told both ways round the year
    same = "The museum roof project, a ten-year £80m scheme that began in 2019, cost £12.6m this year against £9.4m the year before."
    assert both_ways(left, same) == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(  # the same move, its ends written in the other order
            "The mill is switching from coal to biomass by 2029, the owners said.",
            "The mill is switching to biomass from coal by 2029, the owners said.",
            id="to-before-from",
        ),
        pytest.param(  # one side tells the move both ways
            "Buses will run from Bath to Wells and back from Wells to Bath, the operator said.",
            "Buses will run from Wells to Bath, the operator said.",
            id="there-and-back",
        ),
        pytest.param(  # a figure's ends are the figures' rule
            "Fares will rise from 4 pounds to 5 pounds on Monday, the operator said.",
            "Fares will rise from 4 pounds to 5 pounds from Monday, the operator said.",
            id="figures",
        ),
        pytest.param(  # one move told from its start and from its end
            "The council will cut the rate it pays on the loan from 5.2 percent to 3.9 percent, the treasurer said.",
            "The council's loan will now carry interest at 3.9%, down from 5.2%, the treasurer said.",
            id="a-figure-s-move-from-its-end",
        ),
    ],
)
def test_the_same_move_is_no_conflict(left: str, right: str) -> None:
    assert both_ways(left, right) == []
