"""One day, two parts of it, of one act ("died on Monday morning" / "died on Monday evening"):
reader.facts.compare_temporal.day_part_diffs.  Sentences of our own, each pair both ways."""

from __future__ import annotations

from tests.test_conflicts_guards import both_ways


def test_two_parts_of_one_day_of_one_act_conflict() -> None:
    assert both_ways(
        "The ferry captain died in the county hospital on Monday morning, a spokesman said.",
        "The ferry captain died in the county hospital on Monday evening, a spokesman said.",
    ) == [("time", "Monday morning", "Monday evening")]


def test_what_is_no_day_part_conflict() -> None:
    # parts that run into each other
    assert (
        both_ways(
            "The ferry captain died in the county hospital on Monday evening, a spokesman said.",
            "The ferry captain died in the county hospital on Monday night, a spokesman said.",
        )
        == []
    )
    # two acts of one day: a report in the morning, an outage in the afternoon
    assert (
        both_ways(
            "Reports on Tuesday morning said a cable under the harbour had been cut by a ship.",
            "Phone lines across the harbour district failed on Tuesday afternoon, operators said.",
        )
        == []
    )
