"""A month alone after a preposition of time ("threatened in May") is a date; two such months
of one act in a link conflict ("in May" / "in March"), with sentences of our own, both ways."""

from __future__ import annotations

import pytest

from reader.facts import extract
from tests.test_conflicts_guards import both_ways


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("The council had threatened in March to close the library.", 3),
        ("She has led the agency since January.", 1),
        ("In May, the council voted to close the library.", 5),
        ("The bridge will stay shut until September.", 9),
        # a part of a month, told with it
        ("The handset is coming towards the end of May, the carrier said.", 5),
        ("The vote is set for early June.", 6),
        ("Talks resumed in mid-July after a pause.", 7),
    ],
)
def test_a_month_after_a_preposition_of_time_is_a_date(text: str, month: int) -> None:
    dates = [f for f in extract(text) if f.kind == "date"]
    assert [(f.value[1], f.value[2]) for f in dates] == [(month, 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials may decide in the coming weeks.",  # the verb
        "The council may close the library.",
        "March organisers expect 5,000 people.",  # no preposition of time before it
        "He said the late May Wong had founded the club.",  # a name after "late"
    ],
)
def test_a_month_word_without_a_preposition_is_no_date(text: str) -> None:
    assert [f for f in extract(text) if f.kind == "date"] == []


def test_two_months_of_one_act_conflict() -> None:
    assert both_ways(
        "The mayor said on Tuesday that the council had threatened in May to close the library.",
        "The mayor said on Tuesday that the council had threatened in March to close the library.",
    ) == [("date", "May", "March")]


def test_a_month_and_a_dated_act_of_another_year_are_no_conflict() -> None:  # the near miss
    assert (
        both_ways(
            "In August, the court overturned the 2008 verdict against the preacher.",
            "In September 2007, a jury found the preacher guilty of the charges.",
        )
        == []
    )


def test_two_parts_of_months_of_one_act_conflict() -> None:
    assert both_ways(
        "The carrier said on Wednesday the handset would be coming towards the end of May.",
        "The carrier said on Wednesday the handset would be coming towards the end of June.",
    ) == [("date", "end of May", "end of June")]
    # near miss: two parts of one month tell no other month
    assert (
        both_ways(
            "The court clerk said on Wednesday the hearing is set for early May.",
            "The court clerk said on Wednesday the hearing is set for late May.",
        )
        == []
    )


def test_two_months_of_one_year_of_one_act_conflict() -> None:
    left = "The senators walked out in May 2019 and again this spring."
    right = "The senators walked out in April 2019 and again this spring."
    assert [(a, b) for k, a, b in both_ways(left, right) if k == "date"] == [("May 2019", "April 2019")]


def test_a_month_of_a_year_and_a_day_of_it_are_no_conflict() -> None:  # the near miss
    left = "The senators walked out in May 2019 and again this spring."
    right = "The senators walked out on May 3, 2019, and again this spring."
    assert [k for k, _, _ in both_ways(left, right) if k == "date"] == []


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        (  # a share's word is no act; "reduction" and "cut" are one act (ut78)
            "Traders expect the central bank to make a further reduction to 3.5% in October.",
            "Traders are betting the central bank will make a further cut to 3.5 percent in November.",
            ("October", "November"),
        ),
        (  # "agreed" and "decided" are one act (ut75)
            "The twelve member states agreed on Tuesday to keep fishing quotas unchanged.",
            "The twelve member states decided on Wednesday to keep fishing quotas unchanged.",
            ("Tuesday", "Wednesday"),
        ),
    ],
)
def test_a_day_of_one_act_told_in_two_words_conflicts(left: str, right: str, want: tuple[str, str]) -> None:
    assert [(x, y) for _, x, y in both_ways(left, right) if _ in ("date", "day")] == [want]


def test_a_range_of_months_with_one_end_changed_conflicts() -> None:  # ut107
    left = "The heaters recalled were sold between October 2021 and February 2024 for about $60."
    right = "The heaters were sold from October 2020 to February 2024 at around 60 dollars."
    assert both_ways(left, right) == [("date", "October 2021", "October 2020")]
    # near miss: the same range in other words
    assert both_ways(left, right.replace("2020", "2021")) == []


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        (  # ut125: one audit's month, its year changed, told with two verbs
            "Regulators found the faults during a routine inspection of the ferry's logbooks in March 2021.",
            "Inspectors uncovered the problem in March 2020 while checking the ferry's logbooks.",
            [("date", "March 2021", "March 2020")],
        ),
        (  # ut126: one day of one month, "take effect on" / "apply from"
            "The new fishing quotas will take effect on April 1, 2028, giving crews a year to adapt.",
            "The new fishing quotas apply from April 1, 2027.",
            [("date", "April 1, 2028", "April 1, 2027")],
        ),
        # near misses: two months, or a date whose weekday fits its year on each side (two stories)
        (
            "Regulators found the faults during a routine inspection of the ferry's logbooks in March 2021.",
            "Inspectors uncovered the problem in May 2020 while checking the ferry's logbooks.",
            [],
        ),
        (
            "Inspectors boarded the ferry on Friday, March 5, 2021, at the harbour.",
            "The ferry was launched at the harbour on Thursday, March 5, 2020.",
            [],
        ),
    ],
)
def test_one_date_whose_year_changed_conflicts_whatever_its_verbs(
    left: str, right: str, want: list[tuple[str, str, str]]
) -> None:
    assert both_ways(left, right) == want


def test_one_event_next_week_and_next_month_conflicts() -> None:  # ut164
    left = "The hospital trust said the new maternity ward would open next week."
    right = "The new maternity ward will open next month, the hospital trust said."
    got = [(k, a, b) for k, a, b in both_ways(left, right) if k == "day"]
    assert got == [("day", "next week", "next month")]
    # near miss: "this week" may be the other's "next week", written days apart
    later = right.replace("next month", "this week")
    assert [k for k, _, _ in both_ways(left, later) if k == "day"] == []


def test_the_month_of_one_figure_told_after_it_conflicts() -> None:
    # ut262: "the previous high of $1.16 billion set in January" / "... set in September", the
    # other side naming a second month (the month of the new record)
    left = "Fans bought a record 2.4 million tickets this season, beating the 2.17 million sold in March."
    right = "Fans bought a record 2.4 million tickets in October, beating the 2.17 million sold in May."
    assert both_ways(left, right) == [("date", "March", "May")]
    # near miss: another figure before each month is no one thing's month
    assert both_ways(left, right.replace("the 2.17 million sold in May", "the 1.9 million sold in May")) == [
        ("number", "2.17 million", "1.9 million")
    ]
