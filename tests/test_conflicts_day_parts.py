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


def test_an_afternoon_for_an_evening_conflicts_only_in_a_rewrite() -> None:
    # a sentence kept, the part of the day changed (and its subject named)
    assert both_ways(
        "He will return to the harbour pub on Tuesday evening for a dinner with his cousins.",
        "The mayor will return to the harbour pub on Tuesday afternoon for a dinner with his cousins.",
    ) == [("time", "Tuesday evening", "Tuesday afternoon")]
    # two outlets' sentences: five o'clock may be either
    assert (
        both_ways(
            "The mayor reached the harbour pub on Tuesday evening, aides said.",
            "The mayor flew into the regional airport on Tuesday afternoon and drove to the harbour pub.",
        )
        == []
    )


def test_dawn_or_noon_beside_a_weekday_is_no_act_of_its_own() -> None:
    # "early on Sunday" / "before dawn on Saturday" (ut240): a part of the day, not the event
    assert both_ways(
        "Shells hit the market in the border town of Kessa early on Sunday, officials said.",
        "Shells struck the market in the border town of Kessa before dawn on Saturday, officials said.",
    ) == [("day", "Sunday", "Saturday")]
    # near miss: the same day both ways, no conflict
    assert (
        both_ways(
            "Shells hit the market in the border town of Kessa early on Sunday, officials said.",
            "Shells struck the market in the border town of Kessa at dawn on Sunday, officials said.",
        )
        == []
    )
