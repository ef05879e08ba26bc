"""A sum told for two periods (reader.facts.periods): the figure is the same on both sides, the
period it is paid for changed ("a tariff of 12 dollars a month" / "$12 a week").  A sum one side
gives no period, two sums of one value each with its own period, or one period written two ways
("annual" / "a year") is no conflict.

Every sentence is made up for the test (other events, other outlets' styles); each case runs
in both directions (the sides swapped).
"""

from __future__ import annotations

import pytest

from reader.facts.periods import PERIOD_NOTE
from tests.test_conflicts_quoted_negation import _kinds as _flags  # every difference, both ways round


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        pytest.param(  # the period after the sum, the currency written two ways (ut60)
            "The water board will charge a connection fee of 12 dollars a month for new homes in the valley.",
            "New homes in the valley will pay the water board a connection fee of $12 a week.",
            [("amount", "12 dollars a month", "$12 a week")],
            id="after",
        ),
        pytest.param(  # a rate per unit, then per period (ut59)
            "The developer is asking $2.15 per square foot per month for the remaining warehouse space.",
            "The remaining warehouse space is listed at $2.15 per square foot per year, the developer said.",
            [("amount", "$2.15 per square foot per month", "$2.15 per square foot per year")],
            id="per-unit-per-period",
        ),
        pytest.param(  # an adjective before a range on one side, after it on the other (ut62)
            "The gang rented its phishing kit to other criminals for a monthly fee of between $250 and $900.",
            "The gang rented out its phishing kit to other criminals for between $250 and $900 a week.",
            [("amount", "$250", "$250")],
            id="range",
        ),
        pytest.param(  # a count told for two periods (ut78)
            "Members may make up to four free transfers a year between the two funds.",
            "Members can make up to four free transfers a month between the two funds.",
            [("number", "up to four free transfers a year", "up to four free transfers a month")],
            id="count-per-period",
        ),
        pytest.param(  # a rate from then on: "a month after that" (ut100)
            "About 4,000 inmates will leave in the first six weeks, then about 250 a month after that.",
            "About 4,000 inmates are due to leave in the first six weeks and about 250 a week after that.",
            [("number", "about 250 a month", "about 250 a week")],
            id="per-period-from-then-on",
        ),
        pytest.param(  # an interest rate by the month and by the year
            "The payday lender charges 2.9% a month on the outstanding balance.",
            "The payday lender charges 2.9% a year on the outstanding balance.",
            [("percentage", "2.9% a month", "2.9% a year")],
            id="rate-per-period",
        ),
        pytest.param(  # a yield per two units of area (ut75)
            "Rice farmers in the delta harvested 6.2 tonnes per hectare this season.",
            "Rice farmers in the delta harvested 6.2 tonnes per acre this season.",
            [("number", "6.2 tonnes per hectare", "6.2 tonnes per acre")],
            id="per-area",
        ),
        pytest.param(  # a fine per breach or per day (ut61)
            "The data law sets penalties of up to $2,500 per breach.",
            "The data law sets penalties of up to $2,500 per day.",
            [("amount", "up to $2,500 per breach", "up to $2,500 per day")],
            id="per-anything",
        ),
        pytest.param(  # near miss of the unit and its symbol: a unit of another measure, written whole
            "The battery cells cost $35 per kilowatt-hour to make, the carmaker said.",
            "The carmaker said the battery cells cost $35 per tonne to make.",
            [("amount", "$35 per kilowatt-hour", "$35 per tonne")],
            id="per-compound-unit",
        ),
        pytest.param(  # near miss of a head: two kinds of people are two
            "The fund will pay 300 euros per child this winter, the ministry said.",
            "The ministry said the fund will pay 300 euros per adult this winter.",
            [("amount", "300 euros per child", "300 euros per adult")],
            id="per-child-per-adult",
        ),
        pytest.param(  # a yearly sum against the same sum told as the total over a span (ut291)
            "The levy will raise an extra 45 million euros a year for flood defences, the minister said.",
            "The minister said the levy would raise 45 million euros over five years for flood defences.",
            [("amount", "45 million euros a year", "45 million euros over five years")],
            id="a-year-over-five-years",
        ),
    ],
)
def test_a_sum_told_for_another_period_conflicts(
    left: str, right: str, want: list[tuple[str, str, str]]
) -> None:
    assert _flags(left, right) == want


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(  # one period written two ways
            "Members pay an annual fee of $85 to use the courts, the club said.",
            "The club said members pay $85 a year to use the courts.",
            id="annual-a-year",
        ),
        pytest.param(  # a hotel's night is its day
            "Rooms at the lodge cost $140 a night during the festival.",
            "During the festival, rooms at the lodge cost $140 a day.",
            id="night-day",
        ),
        pytest.param(  # two sums of one value on one side, each with its own period
            "The union wants a raise of $3 an hour, and the company offered $3 a week more in bonuses.",
            "The company offered $3 a week in bonuses, while the union wants $3 more an hour.",
            id="two-sums-one-value",
        ),
        pytest.param(  # "a year ago" / "a month earlier" tell when the sum was, not a period
            "The pension fund held $6 million a year ago, the filing showed.",
            "The filing showed the pension fund held $6 million a month earlier.",
            id="when-not-a-period",
        ),
        pytest.param(  # no period on one side: nothing said of it
            "Subscribers will pay 9 euros a month from March, the broadcaster said.",
            "From March, subscribers will pay €9, the broadcaster said.",
            id="no-period",
        ),
        pytest.param(  # one unit, two names
            "Dinner at the gala costs $95 a head, the organisers said.",
            "The organisers said dinner at the gala costs $95 per person.",
            id="head-person",
        ),
        pytest.param(  # a head is any of the people counted (ut170)
            "The insurer will pay 2,500 euros per passenger, the airline said.",
            "The airline said its insurer will pay 2,500 euros a head.",
            id="head-passenger",
        ),
        pytest.param(  # a metric ton is a tonne (ut170)
            "Nickel fell to $16,400 a tonne in London on Thursday.",
            "Nickel dropped to $16,400 per metric ton in London on Thursday.",
            id="metric-ton-tonne",
        ),
        pytest.param(  # "per cent" is a share, not a unit; "per day" and "a day" are one
            "The mill turns out 900 tonnes a day and runs at 85 per cent of capacity.",
            "The mill runs at 85 per cent of capacity and turns out 900 tonnes per day.",
            id="per-cent-and-per-day",
        ),
        pytest.param(  # the period belongs to the next figure, not to the one before it
            "Savers need £1 to open the account, with three withdrawals a year allowed.",
            "Savers need £1 to open the account, which allows three withdrawals a year.",
            id="period-of-the-next-figure",
        ),
        pytest.param(  # "per" after a comma is another clause's; a move and its level are no range;
            # a share after a verb of moving is a change of the daily rate, not a share per day (ut57)
            "The average nightly rate for a cabin rose 4.2 percent to C$212, while revenue per booked"
            " cabin climbed 7.5 percent to C$180.",
            "Average nightly cabin rates rose 4.2% to 212 Canadian dollars. Revenue per booked cabin,"
            " a key measure, increased 7.5% to C$180.",
            id="clause-after-a-comma",
        ),
        pytest.param(  # one side gives it per fewer things and names the rest anyway (ut88)
            "The app costs cafes £3 per seat per month, with a minimum monthly charge of £25.",
            "It costs three pounds a month for each seat, with a minimum monthly charge of £25.",
            id="named-besides",
        ),
        pytest.param(  # one unit written whole and as its symbol: no "kilo" inside "kilowatt", no
            # name "Wh" inside "kWh" (ut142)
            "The battery cells cost $35 per kilowatt-hour to make, the carmaker said.",
            "The carmaker said the battery cells cost $35 per kWh to make.",
            id="unit-and-symbol",
        ),
        pytest.param(  # a span as long as the other side's period is that period
            "The levy will raise an extra 45 million euros a year for flood defences.",
            "The levy will raise an extra 45 million euros over 12 months for flood defences.",
            id="a-year-over-twelve-months",
        ),
        pytest.param(  # a total over a span against a sum told per nothing
            "The levy will raise an extra 45 million euros for flood defences.",
            "The levy will raise an extra 45 million euros over five years for flood defences.",
            id="none-over-five-years",
        ),
    ],
)
def test_one_period_or_none_is_no_conflict(left: str, right: str) -> None:
    assert _flags(left, right) == []


def test_the_note_names_the_figure_with_what_it_is_per() -> None:
    from reader import compare

    c = compare(
        "The orchard yields 14 tonnes of apples per hectare in a good year.",
        "The orchard yields 14 tonnes of apples per acre in a good year.",
    )
    notes = [d.note for ln in c.links for d in ln.differences]
    assert notes == [
        "a figure per another unit: 14 tonnes of apples per hectare vs 14 tonnes of apples per acre"
    ]


def test_the_note_names_both_periods() -> None:
    from reader import compare

    c = compare(
        "Customers will pay 18 euros a month for the basic plan, the operator said.",
        "The operator said the basic plan will cost customers €18 a week.",
    )
    notes = [d.note for ln in c.links for d in ln.differences]
    assert notes == [f"{PERIOD_NOTE}: 18 euros a month vs €18 a week"]


def test_a_period_changed_beside_the_same_unit_is_told_as_a_period() -> None:
    from reader import compare

    c = compare(
        "The landlord is asking $3.40 per square foot per month for the shop.",
        "The landlord is asking $3.40 per square foot per year for the shop.",
    )
    notes = [d.note for ln in c.links for d in ln.differences]
    assert notes == [f"{PERIOD_NOTE}: $3.40 per square foot per month vs $3.40 per square foot per year"]


def test_a_figure_per_fewer_of_the_same_things_tells_less_not_other() -> None:  # ut106
    assert (
        _flags(
            "The home charged self-funders £1,240 a week, while the council paid £910 a week per resident.",
            "The home charged self-funders £1,240 per week, against the £910 weekly rate the council paid.",
        )
        == []
    )


def test_a_player_s_pay_per_season_is_pay_by_the_year() -> None:
    # ut261: "$39.5 million per season" / "roughly $39.5 million a year": one season a year
    left = "The contract pays the striker $12.5 million per season through 2029."
    right = "The contract pays the striker roughly $12.5 million a year through 2029."
    assert _flags(left, right) == []
    # near miss: by the season and by the month are two periods
    assert [k for k, _, _ in _flags(left, right.replace("a year", "a month"))] == ["amount"]
