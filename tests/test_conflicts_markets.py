# ruff: noqa: E501  (sentence pairs read best one per line)
"""Markets and company copy (ut34, a financial wire's editor): a move and the level it reached
("gained 1.12 percent to 18,703.5"), a decimal point moved in a share, basis points against
percentage points, the verbs of a market's moves, one figure told going up and down."""

from __future__ import annotations

import pytest

import reader
from reader import facts
from reader.facts.figure_frames import in_range
from reader.facts.figure_moves import opposite_move


def _diffs(a: str, b: str) -> list[tuple[str, str, str]]:
    return [(d.kind, d.left, d.right) for d in facts.differences(facts.extract(a), facts.extract(b), a, b)]


def _both_ways(a: str, b: str) -> list[tuple[str, str, str]]:
    there, back = _diffs(a, b), _diffs(b, a)
    assert [(k, r, l) for k, l, r in back] == there
    return there


@pytest.mark.parametrize(
    ("text", "figure", "ranged"),
    [
        ("The Nasdaq gained 1.12 percent to 18,703.5 on Friday.", "1.12 percent", False),
        ("The Nasdaq gained 1.12 percent to 18,703.5 on Friday.", "18,703.5", False),
        ("The 10-year yield fell 6 basis points to 4.21 percent.", "6 basis points", False),
        ("Home prices rose 10 to 15 percent in the suburbs.", "10", True),  # a range still
        ("Fares will rise 3 percent to 5 percent next year.", "3 percent", True),
        # a verb of moving before the change, the level a share too (ut161)
        ("Hotel occupancy climbed 2.8 percent to 81.4 percent in July.", "2.8 percent", False),
        ("Hotel occupancy climbed 2.8 percent to 81.4 percent in July.", "81.4 percent", False),
    ],
)
def test_a_move_and_the_level_it_reached_are_no_range(text: str, figure: str, ranged: bool) -> None:
    (f,) = [f for f in facts.extract(text) if f.text == figure]
    assert in_range(text, f) is ranged


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The Kospi gained 2.41 percent to 2,611.3 on Thursday.",
            "The Kospi gained 2.14 percent to 2,611.3 on Thursday.",
            [("percentage", "2.41 percent", "2.14 percent")],
        ),
        (
            "The Kospi gained 2.41 percent to 2,611.3 on Thursday.",
            "The Kospi gained 2.41 percent to 2,161.3 on Thursday.",
            [("number", "2,611.3", "2,161.3")],
        ),
        (  # a point dropped from a share after one verb
            "Retail sales rose 0.4 percent in March, the bureau said.",
            "Retail sales rose 4 percent in March, the bureau said.",
            [("percentage", "0.4 percent", "4 percent")],
        ),
        (  # basis points converted wrong, both ways
            "The central bank's move adds roughly 0.5 percentage points to mortgage rates.",
            "The central bank's move adds roughly 5 basis points to mortgage rates.",
            [("percentage", "roughly 0.5 percentage points", "roughly 5 basis points")],
        ),
        (  # basis points told as percent (ut242): one change whose unit slipped
            "The central bank raised its deposit rate by 50 basis points to 3.75 percent on Thursday.",
            "The central bank raised its deposit rate by 50 percent to 3.75 percent on Thursday.",
            [("percentage", "50 basis points", "50 percent")],
        ),
        (  # ... beside a bound both tell, which explains no other figure (ut248: "less than 60
            # percent of median income" / "below 60 percent" is no partner of "2 percent")
            "Some 14 percent of tenants live below 60 percent of median income, up two percentage points from 2020.",
            "Some 14 percent of tenants live on less than 60 percent of median income, a rise of 2 percent since 2020.",
            [("percentage", "two percentage points", "2 percent")],
        ),
        (  # a change in points told as a percent change, the level it reached kept (ut161)
            "Hotel occupancy climbed 2.8 percentage points to 81.4 percent in July.",
            "Hotel occupancy climbed 2.8 percent to 81.4 percent in July.",
            [("percentage", "2.8 percentage points", "2.8 percent")],
        ),
        (  # an index's change told in points and in percent, the level it reached kept (ut170)
            "The services index rose 1.4 points to 52.3 in March, a survey showed on Monday.",
            "The services index climbed 1.4% to 52.3 in March, the survey showed.",
            [("percentage", "1.4 points", "1.4%")],
        ),
        (  # a change from an earlier time told as a gap and with its sign (ut174)
            "Reservoirs stood at 58 percent of capacity, 4 percentage points lower than a week earlier.",
            "Reservoirs were at 58 percent of capacity, down 4 percent from a week earlier.",
            [("percentage", "4 percentage points", "4 percent")],
        ),
        (  # a gap told as "above" and as "beat ... by" (ut163)
            "Wage growth of 5.2% was 0.4 percentage points above inflation of 4.8% in May.",
            "Wage growth of 5.2% beat May's inflation of 4.8% by 0.4%.",
            [("percentage", "0.4 percentage points", "0.4%")],
        ),
        (
            "Gilt yields dropped 8 basis points to 4.02 percent.",
            "Gilt yields dropped 0.8 percentage point to 4.02 percent.",
            [("percentage", "8 basis points", "0.8 percentage point")],
        ),
    ],
)
def test_market_figures_told_two_ways_conflict(
    left: str, right: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _both_ways(left, right) == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The bank cut its main rate by 25 basis points.",
            "The bank cut its main rate by 0.25 percentage points.",
        ),
        ("Retail sales rose 0.4 percent in March.", "Retail sales rose 0.4% in March, the bureau said."),
        # two shares of two things a power of ten apart: not one figure
        ("Exports rose 0.5 percent in May.", "Imports fell 5 percent in May."),
    ],
)
def test_one_figure_in_two_units_or_two_things_is_no_conflict(left: str, right: str) -> None:
    assert [d for d in _both_ways(left, right) if d[0] == "percentage"] == []


def test_basis_points_are_read_as_hundredths_of_a_point() -> None:
    (f,) = [f for f in facts.extract("The yield rose 25 basis points.") if f.kind == "percent"]
    assert f.text == "25 basis points" and f.unit == "points" and f.value == pytest.approx(0.25)


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (
            "Shares of Orlen climbed 3.2 percent after the buyback.",
            "Shares of Orlen slid 3.2 percent after the buyback.",
            ("climbed", "slid"),
        ),
        (
            "The jobless rate eased to 5.1 percent in June, the agency said.",
            "The jobless rate rose to 5.1 percent in June, the agency said.",
            ("eased", "rose"),
        ),
        (
            "Hartwell raised its full-year profit forecast on Tuesday.",
            "Hartwell cut its full-year profit forecast on Tuesday.",
            ("raised", "cut"),
        ),
        (
            "The trade gap widened in April to its largest in a decade.",
            "The trade gap narrowed in April to its largest in a decade.",
            ("widened", "narrowed"),
        ),
        (
            "Quarterly earnings beat analysts' estimates by a wide margin.",
            "Quarterly earnings missed analysts' estimates by a wide margin.",
            ("beat", "missed"),
        ),
        (
            "Shares in the carmaker were up 6 percent at midday in Frankfurt.",
            "Shares in the carmaker were down 6 percent at midday in Frankfurt.",
            ("up", "down"),
        ),
    ],
)
def test_a_market_move_told_the_other_way_in_a_kept_sentence_conflicts(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert ("negation", *spans) in _both_ways(left, right)


def test_one_figure_moving_up_and_down_in_a_rewrite_conflicts() -> None:
    left = "Brandt Energy climbed 4.6 percent after the company announced a $2 billion share buyback."
    right = "Brandt Energy shares slid 4.6% even after the oil producer unveiled a $2bn buyback."
    assert opposite_move(facts.extract(left), facts.extract(right), left, right) == ("climbed", "slid")
    assert ("negation", "climbed", "slid") in _both_ways(left, right)


def test_a_verb_and_its_object_before_the_figure_tell_its_way() -> None:  # ut167
    left = "Discounter Penny Lane increased its market share to 11.4 percent from 10.9 percent."
    right = "Penny Lane's share of the market fell to 11.4% from 10.9%, the survey showed."
    assert ("negation", "increased", "fell") in _both_ways(left, right)
    # near miss: the verb of another clause, before a comma, moves nothing of the figure's
    other = "Discounter Penny Lane increased its range, and its share stood at 11.4 percent."
    assert opposite_move(facts.extract(other), facts.extract(right), other, right) is None


@pytest.mark.parametrize(
    ("left", "right", "verbs"),
    [
        # "up" or "down" before the figure tells its way, of the sentence's subject (ut47)
        (
            "Office vacancies in the harbour district rose 4.2 percent from a year earlier.",
            "Office vacancies in the harbour district shrank from a year earlier, down 4.2 percent.",
            ("rose", "down"),
        ),
        (
            "Starts of terraced homes fell 3.8% in March, the builders' survey showed.",
            "Starts of terraced homes, by contrast, picked up 3.8 percent in March, the survey showed.",
            ("fell", "up"),
        ),
    ],
)
def test_up_or_down_before_a_figure_is_its_way(left: str, right: str, verbs: tuple[str, str]) -> None:
    assert opposite_move(facts.extract(left), facts.extract(right), left, right) == verbs
    assert opposite_move(facts.extract(right), facts.extract(left), right, left) == verbs[::-1]


@pytest.mark.parametrize(
    ("left", "right", "verbs"),
    [
        (  # a move told as a noun, before or after its figure (ut51)
            "Permit applications totalled 48,210 in the first half, a fall of 14 percent from six months earlier.",
            "Some 48,210 people applied for permits in the first half, a 14% rise on the previous half.",
            ("fall", "rise"),
        ),
        (  # "down" / "more than" the base
            "Ridership on the ferry reached 3.1 million, down 9 percent from the same months of 2024.",
            "The ferry carried 3.1 million passengers, 9% more than in the same months last year.",
            ("down", "more"),
        ),
        (  # a result against the forecast (ut53)
            "Operating profit was 412 million euros, above the analysts' consensus of 398 million euros.",
            "Operating profit of 412 million euros fell short of the 398 million euros analysts had forecast.",
            ("above", "short"),
        ),
        (  # against last year's figure, told with no noun on one side
            "Schools expect to hire about 2,400 teaching assistants, fewer than the 2,650 they took on last year.",
            "Schools plan to hire roughly 2,400 assistants, more than the 2,650 schools hired last year.",
            ("fewer", "more"),
        ),
        (  # a span of time, longer or shorter (ut56)
            "The final ran two hours and 51 minutes, 14 minutes longer than last year's.",
            "The final lasted 2 hours 51 minutes, 14 minutes shorter than last year.",
            ("longer", "shorter"),
        ),
        (  # a result against the first film's: the word right after the figure is its noun, no moment
            "The sequel took $9.6 million, well below the $13 million opening of the first film.",
            "The sequel opened with $9.6 million, topping the $13 million debut of the original.",
            ("below", "topping"),
        ),
        (  # a loss against last year's
            "The carrier posted a net loss of $88 million, narrower than the $120 million loss a year earlier.",
            "The carrier's net loss of $88 million was wider than the $120 million loss of a year earlier.",
            ("narrower", "wider"),
        ),
        (  # one thing under two names: the words before one verb stand before the other (ut58)
            "Since 2018, rural parishes in the diocese had lost 4,300 members, the survey found.",
            "Rural parish membership had grown by 4,300 since 2018, the survey found.",
            ("lost", "grown"),
        ),
        (  # the base of a move: "down from" / "rose to ... from" (ut53)
            "Visitors spent an average of $61 a day at the fair, down from $64 in 2023, the organisers said.",
            "Spending per visitor rose to $61 a day from $64 in 2023, the organisers said.",
            ("down", "rose"),
        ),
        (  # the company as "the company" on one side and by its name on the other (ut64)
            "The lender's shares fell 3.6 percent to $18.40 in Frankfurt after the ruling.",
            "Nordbank shares rose 3.6% to $18.40 in Frankfurt following the decision.",
            ("fell", "rose"),
        ),
    ],
)
def test_a_move_as_a_noun_or_a_figure_measured_against_another_is_its_way(
    left: str, right: str, verbs: tuple[str, str]
) -> None:
    assert opposite_move(facts.extract(left), facts.extract(right), left, right) == verbs
    assert opposite_move(facts.extract(right), facts.extract(left), right, left) == verbs[::-1]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # one way, told as a noun and as a comparison
            "Ridership reached 3.1 million, a rise of 9 percent on 2024.",
            "Ridership reached 3.1 million, 9% higher than in 2024.",
        ),
        (  # a bound right before the figure is a bound, not a comparison (the bounds rule's)
            "More than 40 volunteers joined the search on Sunday.",
            "Fewer than 40 volunteers joined the search on Sunday, police said.",
        ),
        (  # a comparison negated
            "Profit was not above the 398 million euros analysts expected.",
            "Profit fell short of the 398 million euros analysts expected.",
        ),
        (  # the level rose by the rate, and the rate itself eased from a figure both give (ut83)
            "Rents in the city rose 5.2 percent in the year to March, down from 6.1 percent in February.",
            "Annual rent inflation in the city eased to 5.2% in the year to March from 6.1% in February.",
        ),
    ],
)
def test_one_way_a_bound_or_a_negated_comparison_is_no_opposite_move(left: str, right: str) -> None:
    assert opposite_move(facts.extract(left), facts.extract(right), left, right) is None


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Sales rose 5 percent in May.", "Costs fell 5 percent in May while sales were flat."),  # two things
        ("Nordbank shares rose 3.6 percent.", "Shares of Altbank fell 3.6 percent."),  # two named companies
        ("Sales rose 5 percent in May.", "Sales climbed in May, up 5 percent."),  # one way
        (
            "Exports rose 2 percent and imports rose 2 percent.",
            "Exports fell 2 percent, imports 2 percent.",
        ),  # twice
        ("Output did not fall 3 percent in May.", "Output rose 3 percent in May."),  # negated
        (  # two moments of one day
            "Bank shares rose 2.5 percent in the morning session in Milan.",
            "Bank shares fell 2.5 percent by the close in Milan.",
        ),
        ("Output rose 3 percent in May.", "Output climbed 3 percent in May, the agency said."),  # one way
    ],
)
def test_two_things_two_moves_or_a_negated_verb_is_no_opposite_move(left: str, right: str) -> None:
    assert opposite_move(facts.extract(left), facts.extract(right), left, right) is None


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The takeover is expected to close in Q4 2026, subject to approval by regulators.",
            "The takeover is expected to close in Q3 2026, subject to approval by regulators.",
            [("ordinal", "Q4", "Q3")],
        ),
        (  # one sum in two currencies
            "Nordvik will pay for the purchase with €2 billion of new bonds.",
            "Nordvik will pay for the purchase with 2 billion Norwegian crowns of new bonds.",
            [("amount", "€2 billion", "2 billion Norwegian crowns")],
        ),
    ],
)
def test_quarters_and_crowns_written_short_or_as_words_are_read(
    left: str, right: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _both_ways(left, right) == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Sales rose in the third quarter of 2025.", "Sales rose in Q3 2025."),
        ("The club paid 40 million Swedish crowns for him.", "The club paid 40 million kronor for him."),
        (
            "He saw seven crowns upon the heads.",
            "He saw seven crowns upon the heads of the beast.",
        ),  # no money
    ],
)
def test_one_quarter_or_one_sum_told_two_ways_is_no_conflict(left: str, right: str) -> None:
    assert _both_ways(left, right) == []


def test_two_shares_swapped_between_two_things_are_the_swap_not_a_move_turned_round() -> None:
    # ut262: "revenue ..., up 8 percent, and a pre-tax profit ..., down 12 percent" / "revenue rose
    # 12 percent ..., while pre-tax profit fell 8 percent": each figure went to the other thing
    left = "The chain reported sales of $3.1 billion, up 6 percent, and an operating profit of $240 million, down 9 percent."
    right = "The chain's sales rose 9 percent to $3.1 billion, while operating profit fell 6 percent to $240 million."
    notes = [d.difference.note for d in reader.compare(left, right).disagreements()]
    assert notes == ["figures swapped: 6 percent vs 9 percent"]
    # near miss: each figure kept with its thing, both moves turned round
    kept = "The chain's sales fell 6 percent to $3.1 billion, while operating profit rose 9 percent to $240 million."
    assert [d.difference.kind for d in reader.compare(left, kept).disagreements()] == ["negation"]
