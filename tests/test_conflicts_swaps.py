# ruff: noqa: E501  (sentence pairs read best one per line)
"""Figures swapped between the things of one sentence (reader.facts.figure_swaps): both
sides state the same figures, so only which thing each is told of changed.  A list told in
another order, or the same figures under the same things, is no conflict.

Every sentence is made up for the test (other events, other outlets' styles); each case
runs in both directions (the sides swapped).
"""

from __future__ import annotations

import pytest

import reader
from reader import facts
from reader.facts.figure_swaps import SWAPPED
from tests.test_conflicts_twins import shown


def test_figures_set_against_a_name_s_with_to_and_swapped_conflict() -> None:
    # ut269: "Vireo moved ahead of Halden ..., with 348 points to Halden's 341" / "... with 341 points
    # to Halden's 348": the figure after "to Name's" is that name's, the one before the other side's
    # (the name told twice: no figure of its own by the clauses)
    left = "Bremen overtook Hertha in the table on Saturday, with 61 points to Hertha's 58."
    right = "With 58 points to Hertha's 61, Bremen moved past Hertha in the table on Saturday."
    assert [(a, b) for a, b, note in _flags(left, right) if note.startswith(SWAPPED)] == [("58", "61")]
    # near misses: the figures in their places, told in other words; two names' figures
    kept = "With 61 points to Hertha's 58, Bremen moved past Hertha in the table on Saturday."
    assert _flags(left, kept) == []
    other = "With 58 points to Mainz's 61, Bremen moved past Hertha in the table on Saturday."
    assert [note for _, _, note in _flags(left, other) if note.startswith(SWAPPED)] == []


def test_figures_swapped_between_two_sentences_the_other_side_merges_conflict() -> None:
    # ut267: "... Shanghai to Rotterdam rose to $4,870 ... Rates from Shanghai to Genoa climbed 19
    # percent to $5,210." / "... Shanghai to Rotterdam costing $5,210, ... while Shanghai-Genoa rates
    # were up 19% at $4,870"; ut201: Brent and WTI settled at each other's price
    left = (
        "Oats for delivery in Chicago closed at $3.42 a bushel, up 2 percent on the week. "
        "Wheat in Kansas City ended the week at $5.87, up 1 percent."
    )
    right = "Chicago oats rose 2 percent to close at $5.87 a bushel, while Kansas City wheat gained 1 percent to $3.42."
    assert [note for _, _, note in _flags(left, right) if note.startswith(SWAPPED)] == [
        "figures swapped: $3.42 vs $5.87 (Chicago)"
    ]
    # near miss: the figures told with their own things, merged
    kept = "Chicago oats rose 2 percent to close at $3.42 a bushel, while Kansas City wheat gained 1 percent to $5.87."
    assert _flags(left, kept) == []


def _flags(left: str, right: str) -> list[tuple[str, str, str]]:
    """The differences of one comparison of two sentences, checked both ways round."""

    def run(a: str, b: str) -> list[tuple[str, str, str]]:
        return [(d.left, d.right, d.note) for ln in reader.compare(a, b).links for d in ln.differences]

    there, back = run(left, right), run(right, left)
    assert sorted((y, x) for x, y, _ in back) == sorted((x, y) for x, y, _ in there)
    return there


@pytest.mark.parametrize(
    ("left", "right", "spans", "thing"),
    [
        pytest.param(  # two countries, each with the other's figure
            "Norway is sending about 3,200 troops to the drill and Denmark about 1,900, the command said.",
            "Norway has committed around 1,900 troops and Denmark around 3,200, according to the command.",
            ("about 3,200", "around 1,900"),
            "Norway",
            id="countries",
        ),
        pytest.param(  # two goods in a price report, the subjects in another order
            "Coffee prices were up 12.4 percent from a year earlier, while sugar prices rose 7.8 percent.",
            "Sugar prices jumped 12.4% year on year, while coffee rose 7.8% as harvests failed.",
            ("12.4 percent", "7.8%"),
            "Coffee",
            id="goods",
        ),
        pytest.param(  # two acts of one company, the verbs kept and the counts swapped
            "The chain opened 14 branches and closed 6 during the year.",
            "The chain opened 6 branches and closed 14 during the year.",
            ("14", "6"),
            "branches",
            id="acts",
        ),
        pytest.param(  # a clause holding a figure both keep before the one swapped
            "Across five provinces the coastguard rescued 212 migrants, while another 37 were found dead at sea.",
            "Across five provinces the coastguard saved 37 migrants, and another 212 were found dead at sea.",
            ("212", "37"),
            "migrants",
            id="shared-figure-first",
        ),
        pytest.param(  # figures with a thousands comma (no clause cut), the things named by their words
            "The tanker was carrying about 1,450 tonnes of heavy fuel oil and 220 tonnes of diesel.",
            "The tanker had about 220 tonnes of heavy fuel oil and 1,450 tonnes of diesel on board.",
            ("about 1,450", "about 220"),
            "heavy",
            id="thousands-comma",
        ),
        pytest.param(  # a figure set off alone belongs to the clause before it
            "Northline Pictures led all studios with nine nominations, followed by Arbor Films with five.",
            "Arbor Films earned the most nominations of any studio, nine, ahead of Northline Pictures with five.",
            ("nine", "five"),
            "Pictures",  # (a sentence's first word is a name only if it is a country's)
            id="figure-set-off",
        ),
        pytest.param(  # "plus" joins two things; the clause that shares the most words is the one
            "Every guest will receive a refund of 40 percent of the ticket price and a voucher of 30 percent toward a later show.",
            "Guests will get 30% of their ticket price back plus a 40% voucher toward a later show, the venue said.",
            ("40 percent", "30%"),
            "ticket",
            id="plus-most-words",
        ),
        pytest.param(  # a ranking with a demonym for the country, a first clause with no words of its own
            "Syria was the most common country of origin, accounting for 6,310 claims, followed by Eritrea with 4,275 and Sudan with 3,904.",
            "Syrians lodged the most claims, 6,310, ahead of Eritreans with 3,904 and Sudanese with 4,275.",
            ("4,275", "3,904"),
            "Eritrea",
            id="ranking",
        ),
        pytest.param(  # a list told "respectively" against two clauses
            "Shipments from Antofagasta and Iquique fell 12% and 7%, respectively, in the second quarter, the port authority said.",
            "Shipments from Antofagasta fell 7% in the second quarter, while Iquique's dropped 12%, the port authority said.",
            ("12%", "7%"),
            "Antofagasta",
            id="respectively-names",
        ),
        pytest.param(  # lower-case things, the sentence's first word capitalised anyway
            "Imports and exports grew 3.1% and 5.4%, respectively, in October.",
            "Exports grew 3.1% in October while imports climbed 5.4%.",
            ("5.4%", "3.1%"),
            "exports",
            id="respectively-lower-case",
        ),
        pytest.param(  # three items, a unit after the figures
            "Kenya, Uganda and Tanzania bought 410,000, 260,000 and 180,000 tonnes, respectively.",
            "Tanzania bought 180,000 tonnes, Uganda 410,000 tonnes and Kenya 260,000 tonnes.",
            ("260,000", "410,000"),
            "Uganda",
            id="respectively-three",
        ),
        pytest.param(  # ages swapped between two people named (ut99)
            "The victims were named as Aidan Walsh, 41, a welder, and Tomasz Nowak, 29, a fitter.",
            "The victims were Aidan Walsh, 29, a welder, and Tomasz Nowak, 41, a fitter, police said.",
            ("41", "29"),
            "Aidan",
            id="ages-of-two-people",
        ),
        pytest.param(  # two spans of time swapped between a place's figure and the nation's (ut100)
            "Sick leave averaged 23 days per nurse at the trust last year, against a national figure of 14 days.",
            "Sick leave averaged 14 days per nurse at the trust last year, compared with 23 days nationally.",
            ("23 days", "14 days"),
            "nurse",
            id="durations",
        ),
        pytest.param(  # one side's "more than a year earlier" read as a span leaves the shares' swap seen (ut61)
            "Exports of copper rose to 2.1 million tonnes in May, down 3.5% from April but up 6.1% from a year earlier.",
            "Copper exports reached 2.1 million tonnes in May, 6.1% less than in April but 3.5% more than a year earlier.",
            ("3.5%", "6.1%"),
            "April",
            id="span-read-on-one-side-only",
        ),
        pytest.param(  # a yield in tonnes a hectare, written "t/ha" on the other side (ut105)
            "Yields in the north, the main barley region, averaged 6.4 tonnes per hectare, while the"
            " west recorded 5.1 tonnes.",
            "In the north, the main barley-growing region, yields averaged 5.1 t/ha, compared with 6.4"
            " t/ha in the west.",
            ("6.4", "5.1"),
            "averaged",
            id="tonnes-a-hectare-as-t-ha",
        ),
        pytest.param(  # a figure only one side tells, the swap among the figures both tell (ut116)
            "Of the 260 jobs to go, 140 are in the depots and 120 are in head office, the operator said.",
            "Of the jobs to go, 120 are in the depots and 140 are in head office, the operator said.",
            ("140", "120"),
            "depots",
            id="beside-a-figure-one-side-tells",
        ),
        pytest.param(  # two names that traded figures standing where they stood (ut116)
            "Visitors from Canada rose by 18 percent, from 41,000 to 48,400, while those from Mexico fell by 9 percent to 30,200.",
            "Visitors from Mexico rose 18%, from 41,000 to 48,400, while those from Canada fell 9% to 30,200.",
            ("18 percent", "9%"),
            "Canada",
            id="names-traded-figures",
        ),
        pytest.param(  # two counts traded between the years they are told of (ut119)
            "Doping cases have doubled, with laboratories reporting 64 positive tests for the drug in 2024, up from 30 in 2022.",
            "Doping cases have doubled: laboratories reported 30 positive tests for the drug in 2024, up from 64 in 2022.",
            ("64", "30"),
            "positive",
            id="counts-traded-between-years",
        ),
        pytest.param(  # two bidders' prices traded, the second bidder named after its figure (ut122)
            "Varnell's bid was priced at £8.6 million per train, compared with £9.2 million for Ostby Rail, the department said.",
            "Varnell offered a price of £9.2 million per train against £8.6 million from Ostby Rail, the department said.",
            ("£8.6 million", "£9.2 million"),
            "Varnell",
            id="bidders-traded-prices",
        ),
        pytest.param(  # two firms' fines traded, one named after its fine (ut122)
            "The largest fine, of 41.3 million euros, was imposed on Grupo Ferral, while Hormigones Suarez received a fine of 27.9 million euros.",
            "The biggest penalty, €41.3 million, went to Hormigones Suarez, while Grupo Ferral was fined €27.9 million.",
            ("27.9 million euros", "€41.3 million"),
            "Hormigones Suarez",
            id="firms-traded-fines",
        ),
        pytest.param(  # a figure and its baseline traded, the baseline told in other words (ut157)
            "The ombudsman opened 38 formal investigations in the 2024-25 year, compared with 52 the year before.",
            "The ombudsman opened 52 formal investigations in 2024-25, against 38 a year earlier.",
            ("38", "52"),
            "formal",
            id="figure-and-baseline-traded",
        ),
        pytest.param(  # "against" sets two things apart as a comma does (ut163, ut166)
            "The fund held assets of £3.2 billion and liabilities of £3.65 billion at the end of March.",
            "The fund's accounts showed assets of £3.65 billion against liabilities of £3.2 billion in March.",
            ("£3.2 billion", "£3.65 billion"),
            "assets",
            id="against",
        ),
        pytest.param(  # an attribution moved from the start to the end reorders no list (ut169)
            "According to the Campus Funding Council, Iowa spent $6,940 per student last year,"
            " compared with a national average of $9,115.",
            "Iowa spent $9,115 per student last year, against a national average of $6,940,"
            " according to the Campus Funding Council.",
            ("$6,940", "$9,115"),
            "Iowa",
            id="attribution-moved",
        ),
    ],
)
def test_figures_swapped_between_things_conflict(
    left: str, right: str, spans: tuple[str, str], thing: str
) -> None:
    got = _flags(left, right)
    assert [(a, b) for a, b, _ in got] == [spans]
    assert got[0][2] == f"{SWAPPED}: {spans[0]} vs {spans[1]} ({thing})"


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(  # a span written before its noun is the campaign's, wherever it stands (ut63)
            "A three-week polio vaccination drive reached 4.1 million children, the ministry said.",
            "Some 4.1 million children were vaccinated against polio in a three-week drive, the ministry said.",
            id="span-before-its-noun",
        ),
        pytest.param(  # the same figures under the same things, told in another order
            "Norway is sending about 3,200 troops to the drill and Denmark about 1,900, the command said.",
            "Denmark has committed around 1,900 troops and Norway around 3,200, according to the command.",
            id="list-reordered",
        ),
        pytest.param(  # two counts, each with its own verb, in another order
            "Inspectors said 58 bridges had been closed and 23 repaired since the flood.",
            "Twenty-three bridges have been repaired and 58 closed since the flood.",
            id="verbs-reordered",
        ),
        pytest.param(  # one sentence cut into two clauses on one side only: nothing to swap
            "The rate rose to 4.6 percent in June from 4.1 percent in May.",
            "The rate rose to 4.6% in June, from 4.1% in May.",
            id="clauses-differ",
        ),
        pytest.param(  # "respectively" with each figure kept with its thing
            "Imports and exports grew 3.1% and 5.4%, respectively, in October.",
            "Exports grew 5.4% in October while imports climbed 3.1%.",
            id="respectively-kept",
        ),
        pytest.param(  # both told "respectively", the list in another order with its figures
            "Kenya, Uganda and Tanzania bought 410,000, 260,000 and 180,000 tonnes, respectively.",
            "Tanzania, Kenya and Uganda bought 180,000, 410,000 and 260,000 tonnes, respectively.",
            id="respectively-reordered",
        ),
        pytest.param(  # more figures than the list: no reading of which is whose
            "Imports and exports, worth $4.2 billion in all, grew 3.1% and 5.4%, respectively.",
            "Exports grew 3.1% while imports climbed 5.4%, to $4.2 billion in all.",
            id="respectively-unread",
        ),
        pytest.param(  # two names, each with its own figures, in another order
            "Visitors from Canada rose by 18 percent while those from Mexico fell by 9 percent.",
            "Visitors from Mexico fell by 9 percent while those from Canada rose by 18 percent.",
            id="names-reordered-with-their-figures",
        ),
        pytest.param(  # an age and a count in each other's clause: no figures traded
            "Seventeen-year-old Dario Vance was shot and killed on Friday night after pointing a gun at two uniformed officers who stopped him, police said.",
            "Two uniformed officers shot and killed a 17-year-old Leeds resident after police say he pointed a gun at officers on Friday.",
            id="an-age-and-a-count",
        ),
        pytest.param(  # each firm keeps its fine, told in another order
            "The largest fine, of 41.3 million euros, was imposed on Grupo Ferral, while Hormigones Suarez received a fine of 27.9 million euros.",
            "The biggest penalty, €41.3 million, went to Grupo Ferral, while Hormigones Suarez was fined €27.9 million.",
            id="firms-keep-their-fines",
        ),
        pytest.param(  # a speaker named after the figures is not whom they are of
            "Coastguard spokesman Piet Vos said 14 of the 16 crew had been lifted off by a helicopter from Esbjerg.",
            "A helicopter from Esbjerg lifted off 14 of the 16 crew, coastguard spokesman Piet Vos said.",
            id="a-speaker-after-the-figures",
        ),
        pytest.param(  # a sum and a count next to two names in another order
            "Norway signed a $4 billion deal with Germany on Friday to buy 54 Leopard tanks, the ministry said.",
            "Norway on May 3 agreed to buy 54 Leopard tanks from Germany for 4 billion dollars, the ministry said.",
            id="a-sum-and-a-count",
        ),
    ],
)
def test_figures_under_the_same_things_are_no_conflict(left: str, right: str) -> None:
    assert _flags(left, right) == []


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        (  # two counts in one clause, each with its noun (ut82)
            "The recall covers 212 engines fitted to 14 airlines in 9 countries.",
            "The recall covers 212 engines fitted to 9 airlines in 14 countries.",
            [("14", "9", f"{SWAPPED}: 14 vs 9 (airlines)")],
        ),
        (  # the same counts of the same nouns in another order: no swap
            "The raid left 4 officers and 7 protesters injured.",
            "Seven protesters and four officers were injured in the raid.",
            [],
        ),
        (  # the figures where they stood, their nouns traded: one thing under two names (ut110)
            "The defeat was their fourth in seven games and left them on 9 points from 11 matches.",
            "The defeat was their fourth in seven matches and left them on 9 points from 11 games.",
            [],
        ),
        (  # near miss: the figures moved under nouns kept in place
            "The defeat was their fourth in seven games and left them on 9 points from 11 matches.",
            "The defeat was their fourth in 11 games and left them on 9 points from seven matches.",
            [("seven", "11", f"{SWAPPED}: seven vs 11 (games)")],
        ),
        (  # a measure in the sentence tells where, not how many: the counts still swap (ut225)
            "The survey found 31 adults at four sites, 22 males and nine females, all above 1,800 meters.",
            "The survey counted 31 adults, nine males and 22 females, at four sites higher than about 5,900 feet.",
            [("22", "nine", f"{SWAPPED}: 22 vs nine (males)")],
        ),
        (  # a count both sides tell, one with no noun after it, is told alike: the others still swap (ut249)
            "Silva scored 18 goals in 33 matches for the club last season, including 11 at home.",
            "Last season Silva scored 33 goals in 18 matches for the club, 11 of them at home.",
            [("18", "33", f"{SWAPPED}: 18 vs 33 (goals)")],
        ),
    ],
)
def test_counts_swapped_between_their_nouns(left: str, right: str, want: list[tuple[str, str, str]]) -> None:
    assert _flags(left, right) == want


def test_figures_swapped_between_two_measures_a_sentence_names() -> None:  # ut103
    from reader.facts.measure_labels import swapped_measures
    from tests.mirror import facts_of

    left = "Nurses voted 64 percent in favour of the pay offer on a turnout of 58 percent, the union said."
    right = "The pay offer was backed by 58 percent of nurses who voted, on a turnout of 64 percent, the union said."
    got = _flags(left, right)
    assert got == [("58 percent", "64 percent", "figures swapped: 58 percent vs 64 percent (turnout)")]
    # one measure told alike, or a figure only one side tells: no swap of this rule's
    kept = right.replace("backed by 58 percent", "backed by 64 percent").replace(
        "turnout of 64", "turnout of 58"
    )
    assert swapped_measures(facts_of(left), facts_of(kept), left, kept) == []
    other = right.replace("turnout of 64 percent", "turnout of 61 percent")
    assert swapped_measures(facts_of(left), facts_of(other), left, other) == []


def test_a_measure_whose_words_tell_more_than_one_thing_names_no_figure() -> None:  # near miss (ut78)
    left = "Savers aged 55 to 64 held the highest average balances, at £24,300, while those aged 25 to 34 held an average of £6,150."
    right = "The highest balances were among 55- to 64-year-olds, at an average of £24,300, against £6,150 for 25- to 34-year-olds."
    assert _flags(left, right) == []


def test_race_times_written_as_on_a_clock_are_times_taken_and_swap() -> None:
    # "took second place in 2:04:53, while ... Nageeye was third in 2:05:40" / "Worku came home
    # second in 2:05:40, and ... Nageeye ... was third in 2:04:53" (ut241): "2:04:53" is two hours
    # and more taken, not the clock's 2:04 and a count of 53
    got = _flags(
        "Amare was second in 2:06:12, while Okoth of Kenya finished third in 2:07:05.",
        "Amare finished second in 2:07:05, and Okoth of Kenya was third in 2:06:12.",
    )
    assert [(a, b) for a, b, note in got if note.startswith(SWAPPED)] == [("2:06:12", "2:07:05")]
    # a time taken told in words and on a clock is one ("7 minutes 41.22 seconds" / "7:41.22")
    assert (
        _flags(
            "Lund won the 3,000 metres in 7 minutes 41.22 seconds on the last night in Torun.",
            "Lund won the 3,000m in 7:41.22 on the last night in Torun.",
        )
        == []
    )
    # near miss: a clock with its zone keeps its seconds out of any time taken
    assert [
        f.kind for f in facts.extract("The launch came at 10:15:30 GMT on Monday.") if f.kind == "duration"
    ] == []


def test_counts_of_one_kind_swapped_between_two_names_each_told_with_a_share_conflict() -> None:
    # ut253: "came third with 16.2 percent and 15 seats, ahead of the National Front with 12.9
    # percent and 13 seats" / "... 16.2 percent and 13 seats, ... on 12.9 percent and 15 seats"
    left = "The Farmers' Party came second with 21.4 percent and 19 seats, ahead of the Green Left with 17.8 percent and 14 seats."
    right = "The Farmers' Party finished second on 21.4 percent and 14 seats, with the Green Left close behind on 17.8 percent and 19 seats."
    assert [(a, b) for a, b, note in _flags(left, right) if note.startswith(SWAPPED)] == [("19", "14")]
    # near miss: the same seats, the shares told in other words, is no swap
    kept = right.replace("and 14 seats", "and 19 seats").replace("and 19 seats.", "and 14 seats.")
    assert _flags(left, kept) == []


def test_figures_swapped_between_things_with_an_aside_or_a_month_conflict() -> None:
    # "Direct bidders, which include domestic funds, were awarded 18.2%, while primary dealers were
    # left with 10.5%" / "Direct bidders got 10.5%, and primary dealers, who must bid ..., took 18.2%"
    # (ut283): the aside is no clause; "1.9% this year and 2.4% next year, down from 2.2% and 2.6% in
    # its December projections" / "2.4% this year and 1.9% next year": the month names its clause
    got = shown(
        "Pension funds, which include state schemes, bought 31.4%, while hedge funds were left with 12.6%.",
        "Pension funds got 12.6%, and hedge funds, which trade often, took 31.4%.",
    )
    assert [(k, a, b) for k, a, b in got] == [("percentage", "31.4%", "12.6%")]
    got = shown(
        "It sees sales growing 3.1% this year and 4.2% next year, down from 3.5% and 4.4% in its June forecast.",
        "It now expects sales growth of 4.2% this year and 3.1% next year, down from 3.5% and 4.4% in June.",
    )
    assert [(k, a, b) for k, a, b in got] == [("percentage", "3.1%", "4.2%")]
    # near miss: the figures in their places
    assert (
        shown(
            "Pension funds, which include state schemes, bought 31.4%, while hedge funds were left with 12.6%.",
            "Pension funds got 31.4%, and hedge funds, which trade often, took 12.6%.",
        )
        == []
    )
