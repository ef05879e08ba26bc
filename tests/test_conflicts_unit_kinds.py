"""One figure kept and its unit changed for one of another kind (reader.facts.unit_kinds): a span
of time or a measure told as a share.  Sentences of our own, each checked both ways."""

from __future__ import annotations

from tests.test_conflicts_twins import shown


def test_a_span_of_time_told_as_a_share_conflicts() -> None:
    # "the average shift would grow by 40 minutes" / "would be 40 percent longer" (ut277)
    got = shown(
        "The union said the average delivery round would grow by 35 minutes under the new plan.",
        "The union said delivery rounds would be 35 percent longer under the new plan.",
    )
    assert got == [("percentage", "35 minutes", "35 percent")]


def test_a_measure_told_as_a_share_conflicts() -> None:
    got = shown(
        "The diversion adds 18 kilometres to the route between the two towns.",
        "The diversion adds 18 percent to the route between the two towns.",
    )
    assert got == [("percentage", "18", "18 percent")]


def test_a_figure_told_both_ways_on_one_side_is_no_slip() -> None:  # near misses
    # "rose 12 percent in the 12 months to May" tells both readings of the figure
    assert (
        shown(
            "Rents rose 12 percent in the 12 months to May, the agency said.",
            "Rents rose 12 percent over the year to May, the agency said.",
        )
        == []
    )
    # ... and a figure below two meets by chance
    assert (
        shown(
            "The new line cuts the trip by one hour and fares by 1 percent.",
            "Fares fall 1 percent on the new line, which also saves an hour.",
        )
        == []
    )
