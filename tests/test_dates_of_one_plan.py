"""Dates of one act told in other words: a vote's date after "expected to" / "due to", a schedule's
new date beside the old one both sides write ("in June 2028 instead of December 2026" / "in January
2028 rather than December 2026"), one act's date beside another date on one side, a statement's day
its speaker named two ways, a return "resumed" / "restarted"; with sentences of our own, both ways
round (reader.facts.event_words, reader.facts.gate_weak, reader.facts.compare_temporal,
reader.facts.one_act, reader.facts.weekday_owners)."""

from __future__ import annotations

import pytest

from tests.mirror import notes
from tests.test_conflicts_parts import flagged


def test_the_date_of_an_act_told_after_to_is_that_acts_date() -> None:
    # "expected to vote on the housing bill on March 4" / "due to vote on March 6": the vote's
    # date, though a noun ("housing") stands between the act and its date on one side (ut199)
    assert notes(
        "The assembly is expected to vote on the housing bill on March 4, and passage is considered likely.",
        "The assembly is due to vote on March 6.",
    ) == ["date: March 4 vs March 6"]


def test_the_dates_of_two_acts_after_to_are_no_conflict() -> None:  # near miss
    assert (
        notes(
            "The assembly is expected to debate the housing plan on March 4.",
            "The assembly is due to adopt its budget on March 6.",
        )
        == []
    )


def test_a_schedules_new_date_beside_the_old_one_both_write_conflicts() -> None:
    # a weak passage (other verbs: "delivered" / "arrive") whose dates have no words of their own:
    # the old date both sides write makes the other pair one schedule's new date (ut199)
    assert flagged(
        "The first of the two ferries will be delivered 14 months late, in May 2027 instead of March 2026,"
        " the operator said on Friday.",
        "The operator said the first of two ferries would arrive more than a year behind schedule, in"
        " August 2027 rather than March 2026.",
    ) == [("date", "May 2027", "August 2027")]


def test_two_acts_dates_beside_a_date_both_write_are_no_conflict() -> None:  # near miss
    assert (
        flagged(
            "The plant opened in June 2019 and will close in March 2026, the company said.",
            "The plant, which the company bought in May 2015, will close in March 2026.",
        )
        == []
    )


def test_one_acts_date_beside_another_date_on_one_side_conflicts() -> None:
    # unequal numbers of dates a side: the one pair told of one act ("the review") is compared,
    # the other date ("the June 1 vote") is a detail one side adds (ut205)
    assert flagged(
        "The union had requested the review on June 3, two days after the June 1 vote, citing errors at"
        " four depots.",
        "The union, which had asked for the review on June 13 citing errors at four depots, said it would"
        " not strike.",
    ) == [("date", "June 3", "June 13")]


def test_dates_of_two_acts_beside_another_date_are_no_conflict() -> None:  # near miss
    assert (
        flagged(
            "The firm was founded on March 3, 1990, and listed its shares on May 5, 2005, its filing says.",
            "The firm, which hired its 1,000th worker on June 2, 1998, listed its shares in 2005.",
        )
        == []
    )


_PORT = (
    "Passenger numbers at the port fell by 6 percent in the first six months of 2024 compared with the"
    " same period last year, the Baltic Ports Authority said on Monday."
)


def test_the_day_one_speaker_named_two_ways_spoke_conflicts() -> None:
    # "the Baltic Ports Authority said" / "the region's ports authority said": one speaker (ut209)
    right = (
        "Passenger numbers at the port dropped 6 percent in the first half of 2024 from a year earlier,"
        " the region's ports authority said on Tuesday."
    )
    assert flagged(_PORT, right) == [("day", "Monday", "Tuesday")]


def test_the_days_two_speakers_spoke_are_no_conflict() -> None:  # near miss
    right = (
        "Passenger numbers at the port dropped 6 percent in the first half of 2024 from a year earlier,"
        " the shipping ministry said on Tuesday."
    )
    assert flagged(_PORT, right) == []


def test_a_date_of_one_return_told_with_resumed_and_restarted_conflicts() -> None:  # ut209
    assert flagged(
        "Ferries to the island resumed on April 3 after a pause of two weeks.",
        "Island ferries restarted on April 13 after a two-week break.",
    ) == [("date", "April 3", "April 13")]


_RECORD = (
    "American Keira Dobbs broke the women's 400 metres world record at the Rome Golden Gala meeting"
    " on Friday, running 47.60 seconds."
)


def test_the_day_of_one_persons_act_her_name_opening_both_sentences_conflicts() -> None:
    # the name opens both sentences, a word before it on one side ("American Keira Dobbs" /
    # "Keira Dobbs of the United States", ut216): one subject's one act, whatever verbs tell it
    right = (
        "Keira Dobbs of the United States lowered the world record in the 400m to 47.60 seconds on"
        " Thursday night at the Rome Golden Gala."
    )
    assert flagged(_RECORD, right) == [("day", "Friday", "Thursday")]


def test_the_days_of_two_people_of_one_surname_are_no_conflict() -> None:  # near miss
    right = (
        "Lena Dobbs of the United States lowered the world record in the 400m to 47.60 seconds on"
        " Thursday night at the Rome Golden Gala."
    )
    assert [d for d in flagged(_RECORD, right) if d[0] == "day"] == []


def test_the_day_written_beside_one_figure_on_both_sides_is_that_figures_day() -> None:
    # "a final-round 64 on Sunday" / "a closing 64 on Saturday": no name opens both sentences and
    # no word of an act is shared, but the day belongs to one score both sides write (ut222)
    assert flagged(
        "After a final-round 64 on Sunday, Ingrid Solberg won the Dutch Open by three strokes.",
        "Ingrid Solberg took the Dutch Open by three shots thanks to a closing 64 on Saturday.",
    ) == [("day", "Sunday", "Saturday")]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # two scores, each with its own day: two rounds, not one
            "Norway's Ingrid Solberg shot a final-round 64 on Sunday to win the Dutch Open.",
            "Ingrid Solberg of Norway took the Dutch Open after a third-round 68 on Saturday.",
        ),
        (  # the figure far from the day: the day may be another act's
            "Norway's Ingrid Solberg shot a 64 to win the Dutch Open, which ended on Sunday.",
            "Ingrid Solberg of Norway carded a 64 and flew home to Oslo on Monday.",
        ),
    ],
)
def test_days_beside_two_figures_or_apart_from_one_are_no_conflict(left: str, right: str) -> None:
    assert [d for d in flagged(left, right) if d[0] == "day"] == []  # near misses


def test_the_year_a_change_is_measured_from_is_not_the_figures_year() -> None:
    # "last year, up 36% from 2022" / "in 2023, up 36% from the year before": 2022 is the base,
    # 2023 the figure's year (ut228)
    assert (
        flagged(
            "Paynode processed $92 billion in payments last year, up 31% from 2022.",
            "The company handled $92 billion in payments in 2023, up 31% from the year before.",
        )
        == []
    )
    # two bases, or two years of the figure, still conflict (near misses)
    assert flagged(
        "Paynode processed $92 billion in payments last year, up 31% from 2022.",
        "Paynode handled $92 billion in payments last year, up 31% from 2021.",
    ) == [("year", "2022", "2021")]
    assert flagged(
        "Paynode processed $92 billion in payments in 2023.",
        "Paynode handled $92 billion in payments in 2022.",
    ) == [("year", "2023", "2022")]


def test_the_word_date_is_no_event_of_a_date() -> None:
    # ut252: "set a trial date of October 14" / "set the trial for October 24, with a pretrial
    # hearing on May 2": the trial's date, whatever other date the sentence tells
    from reader import facts

    left = "Judge Ames set a trial date of March 9."
    right = "The judge set the trial for March 19, with a status hearing on January 6."
    got = [
        (d.kind, d.left, d.right)
        for d in facts.differences(facts.extract(left), facts.extract(right), left, right)
    ]
    assert got == [("date", "March 9", "March 19")]
    # near miss: the hearing's date against the trial's is no conflict
    other = "The judge set a status hearing for January 16."
    assert facts.differences(facts.extract(left), facts.extract(other), left, other) == []
