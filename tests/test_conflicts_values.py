"""Values of two different things inside a link or across the articles: the day someone
spoke against the day of an act, a duration that names a kind of thing ("a 24-hour
rule"), the bounds of a range ("one to three years"), a stamp with seconds, and a cross
conflict whose sentence its own passage already agrees with.

Every sentence is made up for the test; each case runs both ways, with a near miss that
must still be flagged.
"""

from __future__ import annotations

import pytest

import reader
from reader import facts
from tests.test_conflicts_precision import both_ways  # one link's differences, both ways

CASES = [
    pytest.param(  # the day a senator spoke and the day the lawyers wrote the letter
        "On Monday, the mayor's lawyers rejected the council's request in a letter to the panel.",
        "Council chair Ruth Ames said Tuesday that the panel also sent a letter to the lawyers.",
        "day",
        [],
        id="day-of-saying-vs-day-of-an-act",
    ),
    pytest.param(  # near miss: one act, its day told two ways
        "On Monday, the mayor's lawyers rejected the council's request in a letter to the panel.",
        "On Tuesday, the mayor's lawyers rejected the council's request in a letter.",
        "day",
        [("Monday", "Tuesday")],
        id="day-of-one-act",
    ),
    pytest.param(  # near miss: two days of saying the same thing
        "The harbour chief said Monday that the ferry line would close for repairs.",
        "The harbour chief said Wednesday that the ferry line would close for repairs.",
        "day",
        [("Monday", "Wednesday")],
        id="day-of-one-statement",
    ),
    pytest.param(  # the day figures were published, told as said and as showed (ut167)
        "Annual inflation eased to 2.8 percent in May, the statistics office said on Tuesday, June 17.",
        "Inflation slowed to 2.8% last month, official figures showed on Wednesday.",
        "day",
        [("Tuesday", "Wednesday")],
        id="day-of-publishing",
    ),
    pytest.param(  # the day a statement was made, its speaker between the day and the verb (ut163)
        "The Housing Regulator said on Monday that it would publish new rules on rent rises in the spring.",
        "On Tuesday the Housing Regulator said it would publish new rules on rent rises in the spring.",
        "day",
        [("Monday", "Tuesday")],
        id="day-then-speaker-then-verb",
    ),
    pytest.param(  # one payment's date, told with "pay" and "payable" (ut170)
        "The brewer raised its dividend to 40 cents a share and will pay it on May 12.",
        "The brewer lifted its dividend to 40 cents a share, payable on May 21.",
        "date",
        [("May 12", "May 21")],
        id="pay-payable",
    ),
    pytest.param(  # one running total, since the start of a month told two ways (ut174)
        "Wildfires have burned 8,400 hectares since the start of July, the agency said.",
        "Fires have burned 4,800 hectares since July began, the agency said.",
        "number",
        [("8,400", "4,800")],
        id="running-total-two-ways",
    ),
    pytest.param(  # the moment of an act and a limit of another (ut165)
        "Circuit Judge Tomas Ruiz issued the order at 7:15 p.m., extending voting by one hour at both sites.",
        "Dane County Circuit Judge Tomas Ruiz ordered two of them to stay open until 9 p.m.",
        "time",
        [],
        id="a-moment-and-a-limit",
    ),
    pytest.param(  # near miss: one moment told two ways
        "Judge Ana Ruiz signed the order at 6:40 p.m., extending voting at two schools.",
        "Judge Ana Ruiz signed the order at 8:40 p.m., keeping two schools open.",
        "time",
        [("6:40 p.m.", "8:40 p.m.")],
        id="one-moment",
    ),
    pytest.param(  # a level's baseline and the gap to it (ut164)
        "The median wait was 18 weeks, compared with 15 weeks a year earlier.",
        "Patients waited a median of 18 weeks, three weeks longer than a year before.",
        "duration",
        [],
        id="a-baseline-and-a-gap",
    ),
    pytest.param(  # one report, its day put before the verb on one side, its speaker unnamed (ut162)
        "The survey follows one from a rival lender, which on Friday reported a 1.2 percent rise in lending.",
        "The survey follows one from a rival lender, which reported on Thursday that lending rose 1.2%.",
        "day",
        [("Friday", "Thursday")],
        id="day-before-the-verb-of-one-report",
    ),
    pytest.param(  # near miss: the day a speaker urged, put before the verb, and the day of an act
        "Gov. Dana Pruitt on Monday urged lawmakers to rewrite the zoning bill sent to her a day earlier.",
        "Gov. Dana Pruitt signed a rewritten version of the zoning bill on Tuesday.",
        "day",
        [],
        id="day-of-urging-before-the-verb-vs-day-of-an-act",
    ),
    pytest.param(  # one state's start, the state reworded
        "The ferry line has been family-owned since 1987, its owners said on Friday.",
        "Its owners said the ferry line has stayed in family hands since 1978.",
        "year",
        [("1987", "1978")],
        id="since-a-reworded-state",
    ),
    pytest.param(  # near miss: a state's start and the year of another act
        "The ferry line has been family-owned since 1987, its owners said on Friday.",
        "Its owners said the ferry line bought its second boat in 1978.",
        "year",
        [],
        id="since-against-another-act",
    ),
    pytest.param(  # the year a figure is compared with, against the year it is of (ut94)
        "The carrier flew 12.1 million passengers in 2023, up 4 percent from the year before.",
        "The carrier flew 12.1 million passengers last year, 4% more than in 2022.",
        "year",
        [],
        id="baseline-year-against-the-year-measured",
    ),
    pytest.param(  # near miss: the year measured told two ways
        "The carrier flew 12.1 million passengers in 2023, up 4 percent from the year before.",
        "The carrier flew 12.1 million passengers in 2021, 4% more than a year earlier.",
        "year",
        [("2023", "2021")],
        id="year-measured-told-two-ways",
    ),
    pytest.param(  # near miss: the baseline told two ways
        "Profits at the lender were higher than in 2019, the bank said on Tuesday.",
        "Profits at the lender were higher than in 2018, the bank said on Tuesday.",
        "year",
        [("2019", "2018")],
        id="baseline-told-two-ways",
    ),
    pytest.param(  # the next event's day told from the first one's date (ut97)
        "The plans were published on Monday, March 3, ahead of a council vote the following day.",
        "Plans published on Monday set out the scheme ahead of a council vote on Tuesday, March 4.",
        "date",
        [],
        id="day-told-as-the-following-day",
    ),
    pytest.param(  # near miss: a date beside its weekday, the act worded two ways (ut57)
        "Fans will be able to buy tickets for the final from Thursday, May 8.",
        "Ticket sales for the final open on Thursday, May 15.",
        "date",
        [("May 8", "May 15")],
        id="date-beside-its-weekday-act-reworded",
    ),
    pytest.param(  # one act in two words: "reached" / "arrived" (ut95)
        "The lifeboat from Wick reached the scene at 4:10 a.m. and took four men off the wreck.",
        "A Wick lifeboat arrived at 4:40 a.m. and took four men off the wreck; a tug came later.",
        "time",
        [("4:10 a.m.", "4:40 a.m.")],
        id="time-of-one-arrival-two-verbs",
    ),
    pytest.param(  # "starting" is no act: the day of the cut told two ways (ut55)
        "The port will cut the number of night sailings to 4 from 6 starting on Monday, the ferry firm said.",
        "The port will offer fewer night sailings from Wednesday, the ferry firm said.",
        "day",
        [("Monday", "Wednesday")],
        id="day-after-starting",
    ),
    pytest.param(  # near miss: "the next" of no day tells no day
        "The plans were published on March 3, ahead of the next council vote, the clerk said.",
        "The plans were published on March 4, ahead of a council vote, the clerk said.",
        "date",
        [("March 3", "March 4")],
        id="the-next-of-no-day",
    ),
    pytest.param(  # near miss: both tell the following day, the first date told two ways
        "The plans were published on March 3, ahead of a council vote the following day.",
        "The plans were published on March 4, ahead of a council vote the following day.",
        "date",
        [("March 3", "March 4")],
        id="one-date-with-the-following-day-both-sides",
    ),
    pytest.param(  # a kind of rule, not how long anything took
        "The state bans most drug trials after ten weeks under the new code.",
        "The code, which includes a 24-hour waiting rule and a cap on trials, is strict.",
        "duration",
        [],
        id="hyphenated-kind",
    ),
    pytest.param(  # near miss: a stretch of time is a duration told
        "Inspectors watched the plant over 13 months before the report was filed.",
        "Inspectors watched the plant over a 30-day period before the report was filed.",
        "duration",
        [("13 months", "30-day period")],
        id="hyphenated-period",
    ),
    pytest.param(  # the bound of a range against what was served
        "The clerk was sentenced to one to three years for fraud, all but six months suspended.",
        "The clerk served eight months in a county jail for fraud.",
        "duration",
        [],
        id="range-bound",
    ),
    pytest.param(  # near miss: a single term against another
        "The clerk was sentenced to three years in a county jail for fraud.",
        "The clerk was sentenced to eight months in a county jail for fraud.",
        "duration",
        [("three years", "eight months")],
        id="one-term",
    ),
    pytest.param(  # one hedge put on two figures: each writer chose the figure they hedge
        "The audit team reached its findings at least 10 weeks ago, the ministry said.",
        "The audit team reached its findings at least 6 weeks ago, the ministry said.",
        "duration",
        [("at least 10 weeks", "at least 6 weeks")],
        id="one-hedge-two-figures",
    ),
    pytest.param(  # ... in two units that do not meet when each is read as written
        "The audit team reached its findings at least two and a half months ago, the ministry said.",
        "The audit team reached its findings at least six weeks ago, the ministry said.",
        "duration",
        [("at least two and a half months", "at least six weeks")],
        id="one-hedge-two-units",
    ),
    pytest.param(  # near miss: two units that meet ("a month" is about four weeks)
        "The strike at the port began more than a month ago, the union said.",
        "The strike at the port began more than four weeks ago, the union said.",
        "duration",
        [],
        id="one-hedge-units-that-meet",
    ),
    pytest.param(  # near miss: two hedges are two bounds, which rarely speak of one stretch
        "The strike at the port has lasted more than two weeks, the union said.",
        "The strike at the port has lasted up to six weeks, the union said.",
        "duration",
        [],
        id="two-hedges",
    ),
]


@pytest.mark.parametrize(("left", "right", "kind", "expected"), CASES)
def test_values_of_one_thing_only(left: str, right: str, kind: str, expected: list) -> None:
    assert both_ways(left, right, kind) == expected


def test_a_stamp_with_seconds_gives_no_year() -> None:
    stamp = "updated 12 / 19 / 2009 2:48:40 PM ET The old boss died Monday in prison, officials said."
    other = "He admitted in court in 2007 that he had faked the illness, officials said."
    assert both_ways(stamp, other, "year") == []


def test_a_change_from_one_value_to_another_is_no_range() -> None:  # near miss of the range
    got = both_ways(
        "The toll rose from 10 to 15 people on Monday, the ministry said.",
        "The toll rose to 19 people on Monday, the ministry said.",
        "number",
    )
    assert got == [("15", "19")]


# ---------------------------------------------------------------------------------------
# a passage that states the value itself: the other sentence of it tells another thing


def passage(left: list[str], right: list[str], kind: str = "number") -> list[tuple[str, str]]:
    """Differences of ``kind`` of one link holding all sentences of each side, both ways."""
    from reader.comparison import build_links
    from reader.inputs import load_text
    from reader.pipeline import document

    def get(a: list[str], b: list[str]) -> list[tuple[str, str]]:
        da, db = document(load_text(" ".join(a), "left")), document(load_text(" ".join(b), "right"))
        groups = [(tuple(range(len(da.sentences))), tuple(range(len(db.sentences))), 1.0)]
        return [
            (d.left, d.right) for k in build_links(da, db, groups) for d in k.differences if d.kind == kind
        ]

    there, back = get(left, right), get(right, left)
    assert sorted((b, a) for a, b in back) == sorted(there)
    return there


def test_a_value_its_own_passage_agrees_with_is_no_conflict() -> None:
    left = ["The Greens picked up just six seats in the vote."]
    right = [
        "The Greens have lost nearly 60 seats over the past six years.",
        "They picked up just six seats in the vote.",
    ]
    assert passage(left, right) == []


def test_a_passage_that_never_states_the_value_still_conflicts() -> None:  # near miss
    left = ["The Greens picked up just six seats in the vote."]
    right = ["The Greens picked up nine seats in the vote.", "They had hoped for more."]
    assert passage(left, right) == [("six", "nine")]


def test_a_specific_figure_the_other_article_states_elsewhere_is_agreed_on() -> None:
    """ "now has 2,129 points" / "the scoring leader with 2,117 points", where the other article
    also says "ended the game with 2,129 points": the 2,117 was another moment."""
    from reader.comparison import build_links
    from reader.inputs import load_text
    from reader.pipeline import document

    record = "Ruiz passed Tom Brandt to become the club all-time scoring leader with 2,117 points."
    left = document(load_text(record + " Ruiz ended the game with 2,129 points.", "left"))
    right = document(load_text("Ruiz, a junior, now has 2,129 points, 13 more than Tom Brandt.", "right"))
    assert [d for k in build_links(left, right, [((0,), (0,), 0.5)]) for d in k.differences] == []
    # the other article not stating it: a conflict
    alone = document(load_text(record, "left"))
    links = build_links(alone, right, [((0,), (0,), 0.5)])
    assert [(d.left, d.right) for k in links for d in k.differences] == [("2,117", "2,129")]
    # a small count told elsewhere is no proof: two counts of one noun coincide often
    left = document(load_text("Six people were hurt in the crash.", "left"))
    right = document(
        load_text("Nine people were hurt in the crash. Six people were hurt in a fire.", "right")
    )
    links = build_links(left, right, [((0,), (0,), 0.5)])
    assert [(d.left, d.right) for k in links for d in k.differences] == [("Six", "Nine")]


ROUNDED = [
    pytest.param(  # a measure told with a decimal and rounded to units
        "The new rule sets the average at 40.4 miles per gallon for the fleet.",
        "The new rule sets the fleet average at 40 miles per gallon.",
        "number",
        [],
        id="measure-rounded-to-units",
    ),
    pytest.param(  # a share rounded to units
        "The couple paid an effective tax rate of 35.7 percent last year.",
        "The couple paid an effective tax rate of 36 percent last year.",
        "percent",
        [],
        id="percent-rounded-to-units",
    ),
    pytest.param(  # near miss: a half is no rounding of the whole number below it
        "The index fell 3.5 points on Friday, the exchange said.",
        "The index fell 3 points on Friday, the exchange said.",
        "number",
        [("3.5", "3")],
        id="half-is-not-rounding",
    ),
    pytest.param(  # near miss: two whole counts stay exact
        "The storm destroyed 40 homes along the coast, officials said.",
        "The storm destroyed 41 homes along the coast, officials said.",
        "number",
        [("40", "41")],
        id="whole-counts-stay-exact",
    ),
    pytest.param(  # near miss: a small figure, a whole unit apart in share (9 %)
        "Unemployment in the county was 4 percent in May, the agency said.",
        "Unemployment in the county was 4.4 percent in May, the agency said.",
        "percentage",
        [("4 percent", "4.4 percent")],
        id="small-figure-is-no-rounding",
    ),
    pytest.param(  # near miss: a decimal far from the whole figure
        "The new rule sets the average at 41.6 miles per gallon for the fleet.",
        "The new rule sets the fleet average at 40 miles per gallon.",
        "number",
        [("41.6", "40")],
        id="decimal-beyond-rounding",
    ),
]


@pytest.mark.parametrize(("left", "right", "kind", "expected"), ROUNDED)
def test_a_whole_figure_beside_one_with_decimals_is_its_rounding(
    left: str, right: str, kind: str, expected: list[tuple[str, str]]
) -> None:
    assert both_ways(left, right, kind) == expected


LISTS = [
    pytest.param(  # every other figure of the list agrees: one figure a side is left
        "With 100 percent of the vote in, the mayor had 45.9 percent of the vote, Ames 23.8 percent.",
        "With 100 percent of the vote in, the mayor had 54.9 percent of the vote, Ames 23.8 percent.",
        "percentage",
        [("45.9 percent", "54.9 percent")],
        id="one-figure-of-a-list-changed",
    ),
    pytest.param(  # near miss: the other figure is hedged on one side, so it explains nothing (a
        # figure with two digits swapped, "54.9", would be shown all the same: one figure miscopied)
        "With 100 percent of the vote in, the mayor had 45.9 percent of the vote, Ames 23.8 percent.",
        "With nearly 100 percent of the vote in, the mayor had 51.2 percent of the vote, Ames 23.8 percent.",
        "percentage",
        [],
        id="a-hedged-figure-explains-nothing",
    ),
]


@pytest.mark.parametrize(("left", "right", "kind", "expected"), LISTS)
def test_a_list_whose_other_figures_agree_pairs_the_one_left_in_a_link(
    left: str, right: str, kind: str, expected: list[tuple[str, str]]
) -> None:
    # the link's own comparison, not the pairing across the articles
    assert passage([left], [right], kind) == expected


DAYS = [
    pytest.param(  # a day both name leaves the one day a side that differs
        "A club spokesman said Wednesday that the final is still set for Thursday evening.",
        "A club spokesman said Monday that the final is still set for Thursday evening.",
        [("Wednesday", "Monday")],
        id="one-day-differs-beside-a-shared-one",
    ),
    pytest.param(  # near miss: two days a side differ, pairing them is a guess
        "The board met on Monday and voted on Tuesday to close the depot.",
        "The board met on Wednesday and voted on Thursday to close the depot.",
        [],
        id="two-days-differ",
    ),
]


@pytest.mark.parametrize(("left", "right", "expected"), DAYS)
def test_a_day_named_by_both_leaves_the_day_that_differs(
    left: str, right: str, expected: list[tuple[str, str]]
) -> None:
    assert both_ways(left, right, "day") == expected


def compared(left: str, right: str) -> list[tuple[str, str, str]]:
    """(kind, left, right) of every difference of the whole pipeline's comparison of two
    texts, after checking that swapping the texts swaps the spans."""
    import reader

    def get(a: str, b: str) -> list[tuple[str, str, str]]:
        return [(d.kind, d.left, d.right) for k in reader.compare(a, b).links for d in k.differences]

    there, back = get(left, right), get(right, left)
    assert sorted((k, b, a) for k, a, b in back) == sorted(there)
    return there


def _counts(left: str, right: str) -> list[tuple[str, str]]:
    return [(a, b) for k, a, b in compared(left, right) if k == "number"]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        pytest.param(  # one chief, misspelled on one side: the count still conflicts
            "Fire chief Castillo said 12 people died in the blaze.",
            "Fire chief Castilo said 14 people died in the blaze.",
            [("12", "14")],
            id="one-name-misspelled",
        ),
        pytest.param(  # one mayor romanised two ways
            "Mayor Smith said 12 people died in the blaze.",
            "Mayor Smyth said 14 people died in the blaze.",
            [("12", "14")],
            id="one-name-spelled-two-ways",
        ),
        pytest.param(  # near miss: two chiefs, each with a count of their own
            "Fire chief Castillo said 12 people died in the blaze.",
            "Fire chief Moreno said 14 people died in the blaze.",
            [],
            id="two-people",
        ),
    ],
)
def test_a_name_spelled_two_ways_does_not_hide_a_count(
    left: str, right: str, expected: list[tuple[str, str]]
) -> None:
    assert _counts(left, right) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        pytest.param(  # a share told as a ratio, changed
            "Polls showed about six in 10 commuters wanted a later first train.",
            "Polls showed about seven in 10 commuters wanted a later first train.",
            [("about six in 10", "about seven in 10")],
            id="ratio-changed",
        ),
        pytest.param(  # near miss: a ratio and its percentage
            "Polls showed six in 10 commuters wanted a later first train.",
            "Polls showed 58 percent of commuters wanted a later first train.",
            [],
            id="ratio-and-its-percentage",
        ),
        pytest.param(  # a small whole: "one in three" is a third, not 17-50 %
            "Polls showed one in three commuters wanted a later first train.",
            "Polls showed one in five commuters wanted a later first train.",
            [("one in three", "one in five")],
            id="small-whole",
        ),
        pytest.param(  # near miss: a count in a stretch of time is no share
            "The striker scored three in 10 minutes before the break.",
            "The striker scored three in 12 minutes before the break.",
            [],
            id="count-in-minutes",
        ),
    ],
)
def test_a_share_told_as_a_ratio_compares_as_a_share(
    left: str, right: str, expected: list[tuple[str, str]]
) -> None:
    assert [(a.lower(), b.lower()) for k, a, b in compared(left, right) if k == "percentage"] == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        pytest.param(  # a poll's score "X percent to Y percent" goes down: two values, no range
            "The poll showed the mayor edging her rival, 46 percent to 45 percent.",
            "The poll showed the mayor edging her rival, 48 percent to 45 percent.",
            [("percentage", "46 percent", "48 percent")],
            id="poll-score",
        ),
        pytest.param(  # near miss: a range written upwards stays a range
            "The inquiry could last one to three years, the lawyers said.",
            "The inquiry could last one to four years, the lawyers said.",
            [],
            id="range-upwards",
        ),
        pytest.param(  # "more" between a count and its noun: the count of what follows
            "There are two more council hearings before the vote.",
            "There are three more council hearings before the vote.",
            [("number", "two", "three")],
            id="two-more-hearings",
        ),
    ],
)
def test_scores_and_counts_with_more(left: str, right: str, expected: list[tuple[str, str, str]]) -> None:
    assert compared(left, right) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        pytest.param(  # a rate's figure changed: compared as a figure of its base
            "The county's overdose rate was 20.1 per 100,000 residents last year.",
            "The county's overdose rate was 21.0 per 100,000 residents last year.",
            [("number", "20.1", "21.0")],
            id="rate-changed",
        ),
        pytest.param(  # the noun counted between the figure and its base
            "Officials counted 3.4 deaths per 1,000 births in the region.",
            "Officials counted 4.3 deaths per 1,000 births in the region.",
            [("number", "3.4", "4.3")],
            id="rate-with-its-noun",
        ),
        pytest.param(  # near miss: the same rate, its base never a count of its own
            "The county's overdose rate was 20.1 per 100,000 residents last year.",
            "Last year the county recorded 20.1 overdoses per 100,000 residents.",
            [],
            id="same-rate",
        ),
    ],
)
def test_a_rate_compares_as_a_figure_of_its_base(
    left: str, right: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [d for d in compared(left, right) if d[0] == "number"] == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        pytest.param(  # one measure in two units and the same in the smaller one
            "The foal weighed 1 pound, 3 ounces at birth, the stable said.",
            "The foal weighed 19 ounces at birth, the stable said.",
            [],
            id="pounds-and-ounces-as-ounces",
        ),
        pytest.param(
            "Police said the driver is 6 feet 2 inches tall and wore a cap.",
            "Police said the driver is 74 inches tall and wore a cap.",
            [],
            id="feet-and-inches-as-inches",
        ),
        pytest.param(  # changed: one figure, its text as written
            "Police said the driver is 6 feet 2 inches tall and wore a cap.",
            "Police said the driver is 5-foot-9 and wore a cap.",
            [("number", "6 feet 2 inches", "5-foot-9")],
            id="height-changed",
        ),
        pytest.param(
            "The foal weighed 1 pound, 3 ounces at birth, the stable said.",
            "The foal weighed 1 pound, 5 ounces at birth, the stable said.",
            [("number", "1 pound, 3 ounces", "1 pound, 5 ounces")],
            id="weight-changed",
        ),
    ],
)
def test_a_measure_in_two_units_is_one_figure(
    left: str, right: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [d for d in compared(left, right) if d[0] == "number"] == expected


def test_a_headline_that_restates_its_leads_conflict_is_no_second_discrepancy() -> None:
    """The headline says "injuring 14", its lead "14 people", the other lead "12 people": one
    discrepancy, shown on the leads, not again on the headline's link."""
    left = (
        "Cargo ship strikes harbour bridge, injuring 14\n\n"
        "A cargo ship struck the harbour bridge in Kestrel Bay on Tuesday, injuring 14 people.\n\n"
        "The bridge will stay shut for at least three weeks, the council said.\n"
    )
    right = (
        "Ship hits bridge in Kestrel Bay\n\n"
        "A cargo ship hit the harbour bridge in Kestrel Bay on Tuesday, injuring 12 people.\n\n"
        "The council said the bridge would stay shut for at least three weeks.\n"
    )
    from reader.pipeline import compare_texts

    c = compare_texts(left, right)
    shown = [(k.left, k.right, d.left, d.right) for k in c.links for d in k.differences]
    assert [(a, b) for _, _, a, b in shown] == [("14", "12")]
    assert all(0 not in k.left for k in c.links if k.differences)


@pytest.mark.parametrize(
    ("left", "right", "note"),
    [  # a unit written on its figure is not written again after it (user tests: "2C c", "1TB tb")
        (
            "The accord aims to hold warming to 1.5 degrees Celsius this century.",
            "The accord aims to hold warming to 2C this century.",
            "temperature: 1.5 degrees Celsius vs 2C",
        ),
        (
            "The Vireo X ships with 1TB of storage in black.",
            "The Vireo X ships with 4 terabytes of storage in black.",
            "data size: 1TB vs 4 terabytes",
        ),
    ],
)
def test_one_unit_written_two_ways_is_named_once_a_side(left: str, right: str, note: str) -> None:
    got = [d.note for d in facts.differences(facts.extract(left), facts.extract(right), left, right)]
    assert got == [note]


def test_a_sum_with_two_digits_swapped_shows_in_other_words_whatever_its_currency_is_written() -> None:
    # ut130: "had raised 1.87 billion euros" / "has brought in €1.78 billion", a sentence reworded
    # (a weak passage), the euros written out on one side and as a sign on the other
    left = (
        "Portugal's telecoms regulator said on Tuesday that its auction of fifth-generation mobile airwaves "
        "had raised 2.49 billion euros, well above the 1.6 billion euros the finance ministry had pencilled "
        "into this year's budget."
    )
    right = (
        "An auction of 5G spectrum has brought in €2.94 billion for Portugal, far more than the €1.6 billion "
        "budgeted by the finance ministry, the country's telecoms regulator said on March 12."
    )
    fa, fb = facts.extract(left), facts.extract(right)
    (d,) = facts.differences(fa, fb, left, right)
    assert (d.left, d.right) == ("2.49 billion euros", "€2.94 billion")
    assert facts.credible(d, fa, fb, left, right, 0.28)


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        # a digit struck before the figure, in the same words: the slip an editor fears most
        (
            "Rashes were seen in 3 percent of children given the vaccine.",
            "Rashes were seen in 13% of children given the vaccine.",
            ("3 percent", "13%"),
        ),
        (
            "Copper closed at $4.18 a pound in London.",
            "Copper closed at $14.18 a pound in London.",
            ("$4.18", "$14.18"),
        ),
        (
            "The levy on imported steel will be 35 percent from July.",
            "The levy on imported steel will be 135 percent from July.",
            ("35 percent", "135 percent"),
        ),
        # ... or a zero added to a figure of one digit, between the same words
        (
            "Turnout fell 6 percent in the northern wards.",
            "Turnout fell 60 percent in the northern wards.",
            ("6 percent", "60 percent"),
        ),
        # of two figures or more, in other words too: one figure, not two scopes
        (
            "The dockers won a raise of 2.5 percent a year.",
            "Dock workers secured annual pay rises of 12.5 percent.",
            ("2.5 percent", "12.5 percent"),
        ),
        # ... or a nought put after it, in other words (ut129: "about 400 ounces of gold a day" / "4,000")
        (
            "The refinery said the fire would cost about 300 ounces of silver a day.",
            "At a cost of about 3,000 ounces of silver a day, the fire shut the refinery.",
            ("about 300", "about 3,000"),
        ),
    ],
)
def test_a_figure_with_a_digit_struck_is_a_conflict(left: str, right: str, spans: tuple[str, str]) -> None:
    kind = "amount" if "$" in spans[0] else "percentage"
    got = [
        (d.left, d.right) for d in facts.differences(facts.extract(left), facts.extract(right), left, right)
    ]
    back = [
        (d.left, d.right) for d in facts.differences(facts.extract(right), facts.extract(left), right, left)
    ]
    assert got == [spans] and back == [spans[::-1]], kind


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # two shares of one digit in other words: far apart, two scopes ("rose 4 percent this
        # year" / "14 percent since 2020")
        ("Rents rose 4 percent this year.", "Rents have risen 14 percent since 2020."),
        # a digit before the figure, but another qualifier: not one writing
        (
            "The levy on steel will be 35 percent from July.",
            "The levy on steel will be about 135 percent from July.",
        ),
    ],
)
def test_figures_far_apart_in_other_words_stay_two_scopes(left: str, right: str) -> None:
    assert facts.differences(facts.extract(left), facts.extract(right), left, right) == []
    assert facts.differences(facts.extract(right), facts.extract(left), right, left) == []


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        # a country's dollars written out and as a sign: one currency, the sums compared (ut50)
        (
            "Ottawa will give growers 1.8 billion Canadian dollars in relief, the minister said.",
            "Ottawa will give growers C$2.1 billion in relief, the minister said.",
            [("1.8 billion Canadian dollars", "C$2.1 billion")],
        ),
        (
            "Wellington set aside NZ$40 million for flood repairs on Monday.",
            "Wellington set aside 45 million New Zealand dollars for flood repairs on Monday.",
            [("NZ$40 million", "45 million New Zealand dollars")],
        ),
        # dollars of no country and a country's dollars: one sum, its currency told once (ut50)
        (
            "Canada sold 8.4 billion dollars of canola to Japan last year.",
            "Japan bought C$8.4 billion of Canadian canola last year.",
            [],
        ),
        # two countries' dollars named, the figure kept: the currency slipped
        (
            "The miner will pay A$3 billion for the copper project, it said on Monday.",
            "The miner will pay US$3 billion for the copper project, it said on Monday.",
            [("A$3 billion", "US$3 billion")],
        ),
    ],
)
def test_a_country_s_dollars_written_two_ways(left: str, right: str, spans: list[tuple[str, str]]) -> None:
    c = reader.compare(left, right)
    assert [(d.difference.left, d.difference.right) for d in c.disagreements()] == spans
    back = reader.compare(right, left)
    assert [(d.difference.right, d.difference.left) for d in back.disagreements()] == spans


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        # a hedge on a figure of three digits or more is a count hedged, not an estimate (ut48)
        (
            "The study enrolled 3,640 patients in nine countries, the drugmaker said.",
            "The study signed up some 3,460 people in nine countries, the drugmaker said.",
            [("3,640", "some 3,460")],
        ),
        # ... that still agrees with the figure rounded
        (
            "The study enrolled 3,460 patients in nine countries, the drugmaker said.",
            "The study signed up about 3,500 people in nine countries, the drugmaker said.",
            [],
        ),
        # a round figure hedged is an estimate: a fifth either way
        (
            "The island is home to 120,000 people, state media said.",
            "The island is home to about 100,000 people, state media said.",
            [],
        ),
    ],
)
def test_a_hedge_on_a_fine_figure_allows_little(left: str, right: str, spans: list[tuple[str, str]]) -> None:
    c = reader.compare(left, right)
    assert [(d.difference.left, d.difference.right) for d in c.disagreements()] == spans
    back = reader.compare(right, left)
    assert [(d.difference.right, d.difference.left) for d in back.disagreements()] == spans
