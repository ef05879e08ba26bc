"""Slips of one figure that the words around it used to hide (ut135 insurance, ut136 shipping, ut137
energy, ut138 courts): a scale word changed in a sentence that also says "in total", a year with two
digits swapped in a sentence reworded around it, a figure kept with a unit of another measure, the
day of a statement told with two verbs of telling ("reported on Monday" / "said on Friday").

Every sentence is made up for the test, checked both ways round, with near misses.
"""

from __future__ import annotations

import pytest

from tests.mirror import Found, cross_of_kind
from tests.mirror import both_ways as mirrored
from tests.test_conflicts_twins import shown


def across(left: list[str], right: list[str]) -> Found:
    return mirrored(cross_of_kind("money"), left, right)


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (  # a running total on one side: still one figure, its scale word changed
            "Insurers paid out 3.1 billion pounds in motor claims in the quarter.",
            "In total insurers paid £3.1 million in motor claims in the quarter.",
            ("amount", "3.1 billion pounds", "£3.1 million"),
        ),
        (
            "So far the appeal has raised $2.4 million for the families, the charity said.",
            "The charity said the appeal had raised $2.4 billion for the families.",
            ("amount", "$2.4 million", "$2.4 billion"),
        ),
        (
            "Altogether 1.2 million passengers used the airport in March.",
            "The airport handled 1.2 billion passengers in March.",
            ("number", "1.2 million", "1.2 billion"),
        ),
        (  # a conversion in brackets after the sum is the same sum, no second one (ut171, ut174)
            "The county plans to invest 2.4 billion euros ($2.6 billion) over five years in new flood walls.",
            "Over five years the county intends to spend 2.4 million euros on new flood walls.",
            ("amount", "2.4 billion euros", "2.4 million euros"),
        ),
    ],
)
def test_one_figure_with_another_scale_word_beside_a_total(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in shown(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # a running total and the figure of one occasion: two scopes, as before
        (
            "So far the fund has raised $4 million, after $2 million in the first round.",
            "The fund raised $2 million in its first round.",
        ),
        (
            "In all, the charity gave out 3,000 meals, 1,200 of them on Sunday.",
            "The charity gave 1,200 meals on Sunday.",
        ),
        # a total and an occasion whose figures only share their digits' scale word
        (
            "In total the airline carried 4 million passengers.",
            "The airline carried 3 million passengers in May.",
        ),
    ],
)
def test_near_miss_a_total_and_one_occasion_stay_apart(left: str, right: str) -> None:
    assert not [d for d in shown(left, right) if d[0] in ("amount", "number")]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (  # two neighbouring digits swapped, the clause reworded around the year
            "The jury found the company knew as early as 1998 that the dye posed a cancer risk.",
            "Jurors said the firm had known since at least 1989 that the dye could cause cancer.",
            ("1998", "1989"),
        ),
        (
            "The museum, which opened in 1974, drew 2 million visitors last year.",
            "Opened to the public in 1947, the museum had 2 million visitors last year.",
            ("1974", "1947"),
        ),
    ],
)
def test_a_year_with_two_digits_swapped(left: str, right: str, expected: tuple[str, str]) -> None:
    assert ("year", *expected) in shown(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the two years both sides tell, each of its own act
        (
            "The club was founded in 1978 and moved to its stadium in 1987.",
            "Founded in 1978, the club has played at its stadium since 1987.",
        ),
        # two years a digit apart but not swapped neighbours: two acts' years, no slip of one
        (
            "The company knew as early as 1998 that the dye posed a risk.",
            "Regulators first studied the dye in 1988.",
        ),
        # two candidates on one side: no one year to pair
        (
            "The firm knew by 1998 of the risk, and again in 2012.",
            "The firm had known since 1989 of the risk, and regulators acted in 2021.",
        ),
    ],
)
def test_near_miss_years_that_are_no_slip(left: str, right: str) -> None:
    assert not [d for d in shown(left, right) if d[0] == "year"]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (  # a mass and a volume: no conversion without the oil's density, one figure's unit slipped
            "The tanker spilled an estimated 420 tonnes of fuel oil after the collision.",
            "The tanker spilled an estimated 420 barrels of fuel oil after the collision.",
            ("an estimated 420 tonnes", "an estimated 420 barrels"),
        ),
        (
            "Two tankers carrying a combined 600,000 barrels of naphtha were diverted to Rotterdam.",
            "Two tankers with a combined 600,000 tonnes of naphtha were heading for Rotterdam.",
            ("600,000 barrels", "600,000 tonnes"),
        ),
    ],
)
def test_one_figure_with_a_unit_of_another_measure(left: str, right: str, expected: tuple[str, str]) -> None:
    assert ("number", *expected) in shown(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the figure of each measure told alike
        (
            "The ship was 300 metres long and carried 300 tonnes of cargo.",
            "The ship, 300 metres long, carried 300 tonnes of cargo.",
        ),
        # a volume and a mass of one cargo with two figures: no conversion asked
        (
            "The tanker carried 2 million barrels of crude.",
            "The tanker carried about 270,000 tonnes of crude.",
        ),
        # barrels a day written as "bpd"
        ("Output rose to 1.2 million barrels a day.", "Output rose to 1.2 million bpd."),
    ],
)
def test_near_miss_measures_told_alike_or_apart(left: str, right: str) -> None:
    assert not [d for d in shown(left, right) if d[0] == "number"]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (  # the verbs of telling the news are one act, whichever a writer picks (ut142, ut60)
            "Rival Kestrel Automotive reported on Monday that its October sales fell 1.2 percent.",
            "Rival Kestrel Automotive said on Friday its October sales had fallen 1.2%.",
            ("Monday", "Friday"),
        ),
        (  # figures published / showed (ut135, ut130)
            "Car insurance prices fell 8 percent in the quarter to 576 pounds, according to figures"
            " published on Wednesday by the underwriters' association.",
            "Drivers paid an average of £576 for car cover in the quarter, 8% less than a year before,"
            " the underwriters' association's figures showed on Thursday.",
            ("Wednesday", "Thursday"),
        ),
    ],
)
def test_the_day_a_statement_was_made_told_with_two_verbs_of_telling(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert ("day", *expected) in shown(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # two acts: a filing on one day, a statement on another
        (
            "The union filed its pay claim on Monday, asking for a 6 percent rise.",
            "The union said on Thursday it was asking for a 6% pay rise.",
        ),
        # one day told alike with two verbs of telling
        (
            "Rival Kestrel Automotive reported on Monday that its October sales fell 1.2 percent.",
            "Rival Kestrel Automotive said on Monday its October sales had fallen 1.2%.",
        ),
    ],
)
def test_near_miss_days_of_two_acts_or_one_day(left: str, right: str) -> None:
    assert not [d for d in shown(left, right) if d[0] == "day"]


def test_two_speakers_days_are_two_statements_one_speaker_s_one() -> None:
    # the verbs of telling are one act only of one speaker (ut60: "telecom group Fibranet said on
    # Monday" / "the Spanish telecom group said on Tuesday"); two bodies' days are two statements
    left = "Spanish telecom group Fibranet said on Monday it would connect 2.4 million more homes."
    right = "Fibranet will connect another 2.4 million homes, the Spanish telecom group said on Tuesday."
    assert ("day", "Monday", "Tuesday") in shown(left, right)
    other = "Fibranet will connect another 2.4 million homes, the industry ministry said on Tuesday."
    assert not [d for d in shown(left, other) if d[0] == "day"]


def test_a_bound_whose_scale_word_slipped_conflicts_beside_a_figure_it_would_allow() -> None:
    # ut149: "has since cost more than 1.3 billion pounds" / "more than £1.3 million", beside a
    # "£495 million" that the bound "more than £1.3 million" would let explain it
    a = "The bridge was first costed at 240 million euros but has since cost more than 1.7 billion euros."
    b = "The bridge, first costed at €240 million, has since cost more than €1.7 million, auditors said."
    assert [(x, y) for k, x, y in shown(a, b) if k == "amount"] == [
        ("more than 1.7 billion euros", "more than €1.7 million")
    ]
    # near miss: the bound told alike, the first costing's scale word beside it is no partner
    c = "The bridge, first costed at €240 million, has since cost more than €1.7 billion, auditors said."
    assert [k for k, _, _ in shown(a, c) if k == "amount"] == []


def test_a_scale_slip_in_a_merged_sentence_pairs_by_its_figure_before_the_closest_value() -> None:
    # ut149: "to 3 billion crowns" / "..., SEK 2.5 billion goes to ..., and ... doubles to SEK 3
    # million": the closest value (2.5 billion) is another sum; the same figure with another scale
    # word is the slip
    a = "The budget also doubles funding for coastal radar to 4 billion crowns."
    b = "A further SEK 3.5 billion goes to new frigates, and coastal radar funding doubles to SEK 4 million."
    assert [(x, y) for k, x, y in shown(a, b) if k == "amount"] == [("4 billion crowns", "SEK 4 million")]


def test_one_count_at_two_scales_in_other_words_is_one_slot() -> None:
    # "a figure expected to rise to 1.4 million by 2040" / "expects that to reach 1.4 billion by
    # 2040" (ut248): the one count left on each side, its figure kept, its scale word changed
    a = "Some 850,000 people live with the condition, a figure expected to rise to 1.6 million by 2045."
    b = "Nearly 850,000 people live with the condition, the charity expects it to reach 1.6 billion by 2045."
    assert [(x, y) for k, x, y in shown(a, b) if k == "number"] == [("1.6 million", "1.6 billion")]
    # near miss: a count and a compound before a noun ("a 4.2 million-barrel draw") are one figure
    c = "The institute had reported on Tuesday a crude draw of 4.2 million barrels."
    d = "On Tuesday, the institute had reported a 4.2 million-barrel crude draw."
    assert [k for k, _, _ in shown(c, d) if k == "number"] == []


def test_a_figure_of_three_digits_at_two_scales_is_a_slip_whatever_the_words_beside() -> None:
    # "$68.4 million left on his contract" / "is owed $68.4 billion" (ut243): three digits shared
    # with two scale words are no two sums
    a = "The striker has three years and $41.7 million left on his deal after this season."
    b = "Okafor is owed $41.7 billion over the three seasons after this one."
    assert [(x, y) for k, x, y in shown(a, b) if k == "amount"] == [("$41.7 million", "$41.7 billion")]
    # near miss: one digit at two scales, the words beside apart, may be two sums
    c = "The city approved a $4 billion budget for roads."
    d = "Officials expect the $4 million study to take a year."
    assert [k for k, _, _ in shown(c, d) if k == "amount"] == []


def test_one_sum_with_its_point_moved_pairs_across_the_articles() -> None:
    # ut269: "revenue rose 18 percent last year to 410 million euros" in one sentence, "annual revenue
    # now stands at 4.1 billion euros" in a sentence linked elsewhere: ten times apart, the same
    # digits, one sum slipped, found across the articles
    left = [
        "Harbour Foods said its annual revenue rose 9 percent to 630 million euros last year.",
        "The group employs 2,400 people at its plants in Cork and Limerick.",
    ]
    right = [
        "The group, which employs 2,400 people in Cork and Limerick, reported higher sales.",
        "Harbour Foods' annual revenue now stands at 6.3 billion euros, the company said.",
    ]
    assert across(left, right) == [(0, 1, "630 million euros", "6.3 billion euros")]
    # near miss: other digits ten times apart are two scopes, as before
    other = [right[0], right[1].replace("6.3 billion", "4.8 billion")]
    assert across(left, other) == []
