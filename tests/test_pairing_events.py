"""The acts a date or a day is told of, across the whole articles (reader.facts.pairing_items.EVENTS).

Every sentence here is made up for the test; each case is checked both ways round.
"""

from __future__ import annotations

from reader.facts import cross_conflicts, extract_document


def both_ways(left: list[str], right: list[str]) -> list[tuple[str, str]]:
    lf, rf = extract_document(left), extract_document(right)
    there = [(d.left, d.right) for _, _, d in cross_conflicts(lf, rf, left, right)]
    back = [(d.right, d.left) for _, _, d in cross_conflicts(rf, lf, right, left)]
    assert there == back
    return there


def test_one_birth_on_two_dates_is_a_conflict() -> None:
    left = ["The singer Maria Okonjo was born on March 3, 1990, in Lagos, her label said."]
    right = ["Okonjo, who was born in Lagos on March 5, 1990, began singing in church."]
    assert both_ways(left, right) == [("March 3, 1990", "March 5, 1990")]


def test_a_day_of_another_act_near_the_first_is_no_conflict() -> None:
    # the arrest was on Sunday; the results of a test taken at the arrest came out Wednesday
    left = ["Pitcher Dale Simmons was arrested early Sunday on suspicion of drunken driving, police said."]
    right = [
        "Results of a blood test taken when Simmons was arrested were released Wednesday, police said,"
        " showing he was under the limit for drunken driving."
    ]
    assert both_ways(left, right) == []


HOME = ["Tomas Berg, 40, returned home to Vik about ten weeks ago after years at sea."]


def test_how_long_ago_one_act_was_told_two_ways_is_a_conflict() -> None:
    right = ["Berg had moved back to Vik four weeks ago, neighbours said, and worked at the harbour."]
    assert both_ways(HOME, right) == [("about ten weeks", "four weeks")]


def test_how_long_ago_near_in_value_or_short_is_no_conflict() -> None:
    # counted back from two publication days, or from memory: not two facts
    near = ["Berg had moved back to Vik six weeks ago, neighbours said, and worked at the harbour."]
    short = ["Berg had moved back to Vik two days ago, neighbours said, and worked at the harbour."]
    assert both_ways(HOME, near) == []
    assert both_ways(["Berg returned to his home town of Vik nine days ago."], short) == []


def test_how_long_ago_of_two_acts_is_no_conflict() -> None:
    # the move away and the move back are two acts
    right = ["Berg had moved to Oslo four years ago, neighbours in Vik said, and worked at the harbour."]
    assert both_ways(HOME, right) == []


def test_an_article_that_tells_an_act_twice_is_not_paired() -> None:
    right = [
        "Berg had moved back to Vik four weeks ago, neighbours said, and worked at the harbour.",
        "His brother had returned home to Vik two years ago.",
    ]
    assert both_ways(HOME, right) == []


def test_words_that_only_begin_like_an_act_are_no_act() -> None:
    # "electricity" is no election, "mission" no going missing, "disappointed" no disappearing
    for word in ("The depot's electricity failed", "The mission ended", "Fans were disappointed"):
        left = [f"{word} on Tuesday in Brora, the harbour office said."]
        right = ["The Brora harbour office was elected on Saturday, it said."]
        assert both_ways(left, right) == []


def test_a_date_of_this_year_and_a_month_with_its_year_written_are_two_votes() -> None:
    """ut132: "The City Council voted 5-2 on Wednesday, March 11, ..." / "St. Paul voters approved
    the original measure in a November 2021 ballot." was flagged "date: March 11 vs November 2021":
    news writes a date of its own year without the year, another year's with it."""
    left = ["The harbour board voted 6-1 on Tuesday, June 9, to raise mooring fees for yachts."]
    background = ["Residents approved the original mooring plan in an October 2019 ballot."]
    assert both_ways(left, background) == []
    # near miss: two dates of one vote, neither with a year, still conflict
    assert both_ways(left, ["The harbour board voted 6-1 on July 9 to raise mooring fees for yachts."]) == [
        ("June 9", "July 9")
    ]
