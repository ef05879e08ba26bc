"""One figure given as the least on one side and as the most on the other ("a minimum of
$10,000" / "up to $10,000") is a conflict, and so is a count told above and below one
figure ("more than 30 hikers were stranded" / "fewer than 30"), and a group turned round in
a sentence otherwise kept ("towns of fewer than 20,000" / "towns of more than 20,000"); two
sides of one threshold ("earning less than $400,000" / "income above $400,000") and two
hedges of one kind are not.  Sentences of our own, each pair checked both ways
(tests.test_conflicts_guards.both_ways)."""

from __future__ import annotations

import pytest

from tests.test_conflicts_guards import both_ways
from tests.test_conflicts_parts import flagged


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (
            "Under the new rule, tenants who win can recover a minimum of $5,000 from the landlord.",
            "The rule lets tenants who win claim up to $5,000 in costs from a landlord.",
            ("a minimum of $5,000", "up to $5,000"),
        ),
        (
            "Each of the 40 volunteers will be paid at least 300 euros for the week of the survey.",
            "The 40 volunteers will be paid at most 300 euros each for the week of the survey.",
            ("at least 300 euros", "at most 300 euros"),
        ),
    ],
)
def test_a_floor_and_a_ceiling_of_one_figure_conflict(left: str, right: str, spans: tuple[str, str]) -> None:
    assert [(a, b) for _, a, b in both_ways(left, right)] == [spans]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # two sides of one threshold: both true at once
        (
            "The mayor has promised not to raise fees for households earning less than $60,000 a year.",
            "The plan raises the waste fee for households with income above $60,000 a year.",
        ),
        # the same limit told twice
        (
            "Tenants who win can recover up to $5,000 from the landlord under the rule.",
            "Under the rule, tenants who win may claim a maximum of $5,000 from a landlord.",
        ),
    ],
)
def test_one_threshold_or_one_limit_is_no_conflict(left: str, right: str) -> None:
    assert both_ways(left, right) == []


def test_an_estimate_against_a_floor_is_no_conflict() -> None:
    # "as many as" estimates, it sets no limit: both can be true of 10 people
    assert (
        both_ways(
            "As many as 10 people were hurt when the footbridge gave way on Sunday.",
            "At least 10 people were hurt when the footbridge gave way on Sunday.",
        )
        == []
    )


def test_a_count_told_above_and_below_one_figure_conflicts() -> None:
    # the same noun counted after the same verb: one claims over 30, the other under
    assert [
        (a, b)
        for _, a, b in both_ways(
            "Rescuers said more than 30 hikers were stranded on the ridge overnight.",
            "Rescuers said fewer than 30 hikers were stranded on the ridge overnight.",
        )
    ] == [("more than 30", "fewer than 30")]


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        # a share opening its sentence, its verb reworded out of reach (ut166)
        (
            "More than 30 percent of members back the merger, a poll of 900 members found.",
            "Less than 30 percent of members back the merger, according to a poll of 900 members.",
            ("More than 30 percent", "Less than 30 percent"),
        ),
        # a share inside the sentence, the same words around it on both sides (ut167, ut170)
        (
            "Exports to the region rose sharply, with more than 35 percent of them going by rail.",
            "Exports to the region climbed, with less than 35% of them going by rail.",
            ("more than 35 percent", "less than 35%"),
        ),
        (
            "Refiners have cut output by more than 12% since June because of weak demand.",
            "Refiners have trimmed production by less than 12% since June on weak demand.",
            ("more than 12%", "less than 12%"),
        ),
        # a count opening its sentence, the rest reworded (ut164)
        (
            "More than 8,000 households lost power in the county on Friday, the utility said.",
            "Just under 8,000 households in the county were left without power on Friday, the utility said.",
            ("More than 8,000", "Just under 8,000"),
        ),
    ],
)
def test_one_claimed_figure_told_above_and_below_conflicts(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert [(a, b) for _, a, b in both_ways(left, right)] == [spans]


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        # a count after a verb, the sentence reworded around it (ut174)
        (
            "A landslide buried the village road on Monday, killing at least 12 people and injuring"
            " more than 300, the provincial governor said.",
            "At least 12 people were killed and fewer than 300 injured when a landslide buried the"
            " village road on Monday, the governor said.",
            ("more than 300", "fewer than 300"),
        ),
        # ... a count of its noun, a quotation turned into a report (ut172)
        (
            "“We have more than 800 engineers in the field tonight,” the utility's director said.",
            "The utility's director said it had fewer than 800 engineers in the field overnight.",
            ("more than 800", "fewer than 800"),
        ),
    ],
)
def test_a_claimed_count_turned_round_in_a_reworded_sentence_conflicts(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert [(a, b) for _, a, b in both_ways(left, right)] == [spans]


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        # a share opening its sentence turned round, beside a floor of another slot that both
        # bounds would fit (ut178): the floor explains neither
        (
            "More than 40% of patients on the highest dose lost at least a fifth of their weight.",
            "Fewer than 40% of patients on the top dose lost at least a fifth of their weight.",
            ("More than 40%", "Fewer than 40%"),
        ),
        (
            "Over 60 percent of the orchards in the valley lost at least a quarter of their harvest.",
            "Under 60 percent of the orchards in the valley lost at least a quarter of their harvest, growers"
            " said.",
            ("Over 60 percent", "Under 60 percent"),
        ),
    ],
)
def test_a_bound_turned_round_is_not_explained_by_another_figure(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert [(a, b) for _, a, b in both_ways(left, right)] == [spans]


def test_a_lone_count_after_of_turned_round_against_a_claimed_one_conflicts() -> None:  # ut239
    # "after committee scrutiny of more than 2,000 proposed amendments" / "after committees work
    # through fewer than 2,000 proposed amendments": one figure each side writes once
    left = "The final vote follows a review of more than 1,400 written objections by the planning board."
    right = "The planning board must first work through fewer than 1,400 written objections before the vote."
    assert [(a, b) for _, a, b in both_ways(left, right)] == [("more than 1,400", "fewer than 1,400")]
    # near miss: a small figure after "of" picks a group ("firms of more than 50 workers")
    firms = "The rule covers firms of more than 50 workers in the region, the ministry said."
    fewer = "The ministry said firms now employ fewer than 50 workers in the region."
    assert both_ways(firms, fewer) == []


def test_a_count_a_relative_clause_or_a_participle_picks_is_a_threshold() -> None:  # near miss
    left = "Clinics that employ more than 20 nurses must publish their rotas, the regulator said."
    right = "The regulator said clinics employing fewer than 20 nurses must publish rotas."
    assert both_ways(left, right) == []


def test_shares_of_two_groups_opening_their_sentences_are_no_conflict() -> None:  # near miss
    assert (
        both_ways(
            "More than 30 percent of members back the merger, a poll of 900 members found.",
            "Less than 30 percent of staff back the merger, according to a poll of 900 members.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        # the count opens the sentence: its verb comes after its noun
        (
            "More than 60 passengers were evacuated from the ferry before it sank, the coast guard said.",
            "Fewer than 60 passengers were evacuated from the ferry before it sank, the coast guard said.",
            ("More than 60", "Fewer than 60"),
        ),
        # the verb before the count
        (
            "The storm destroyed more than 200 homes along the coast of the island on Sunday.",
            "The storm destroyed fewer than 200 homes along the coast of the island on Sunday.",
            ("more than 200", "fewer than 200"),
        ),
        # a verb in -ing told with "is"
        (
            "The new plant is employing more than 300 workers from the valley, the mayor said.",
            "The new plant is employing fewer than 300 workers from the valley, the mayor said.",
            ("more than 300", "fewer than 300"),
        ),
    ],
)
def test_a_claimed_count_above_and_below_one_figure_conflicts(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert [(a, b) for _, a, b in both_ways(left, right)] == [spans]


@pytest.mark.parametrize(
    ("left", "right", "words"),
    [
        # an -ing word without "is" names a group: the figures' rule sees two groups, but one
        # sentence otherwise kept, the group turned round, is a rewrite's reversal (ut60: "towns
        # of fewer than 20,000 inhabitants" / "towns of more than 20,000 inhabitants")
        (
            "Farms employing more than 10 seasonal workers must register them with the county.",
            "Farms employing fewer than 10 seasonal workers must register them with the county.",
            ("more", "fewer"),
        ),
        # a relative clause names a group too
        (
            "Firms that employ more than 50 workers must offer health coverage, the rule says.",
            "Firms that employ fewer than 50 workers must offer health coverage, the rule says.",
            ("more", "fewer"),
        ),
        # "with" names a group; a verb put for another besides
        (
            "The grants will go to clinics with more than 15 doctors, the state said last spring.",
            "The grants will reach clinics with fewer than 15 doctors, the state said last spring.",
            ("more", "fewer"),
        ),
    ],
)
def test_a_group_turned_round_in_a_sentence_otherwise_kept_conflicts(
    left: str, right: str, words: tuple[str, str]
) -> None:
    got = both_ways(left, right)
    assert [(k, a, b) for k, a, b in got] == [("negation", *words)]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # another group under another rule: more than the bound changed
        (
            "Firms that employ more than 50 workers must offer health coverage, the rule says.",
            "Under the rule, small companies with fewer than 50 employees get a tax credit for coverage.",
        ),
        # a word that turns the group round too: one rule told from either side
        (
            "The levy applies to firms with more than 50 workers, the ministry said.",
            "The levy exempts firms with fewer than 50 workers, the ministry said.",
        ),
    ],
)
def test_a_count_that_names_a_group_above_and_below_is_no_conflict(left: str, right: str) -> None:
    assert both_ways(left, right) == []


def test_two_groups_on_either_side_of_a_count_are_no_conflict() -> None:
    # a threshold has no verb of its own: firms above and below it are two groups
    assert (
        both_ways(
            "Shops with more than 20 staff must publish their pay gap from April.",
            "Shops with fewer than 20 staff are exempt from the pay gap rule from April.",
        )
        == []
    )


def test_two_figures_of_one_slot_pair_with_their_closest_retelling() -> None:
    """Two times since on one side, one on the other: the closest is its retelling ("returned
    12 weeks ago" / "moved back six weeks ago"), not the first ("four years ago")."""
    from reader.facts import differences, extract

    left = "She moved to Leeds four years ago, but returned to her home town 12 weeks ago."
    right = "He had lived in Leeds with her for three years and moved back around six weeks ago."
    for a, b in ((left, right), (right, left)):
        got = [(d.left, d.right) for d in differences(extract(a), extract(b)) if d.kind == "duration"]
        want = ("12 weeks", "around six weeks") if a == left else ("around six weeks", "12 weeks")
        assert got == [want]


@pytest.mark.parametrize(
    ("right", "want"),
    [
        ("At least 6 people were killed and 32 injured when the tornado struck on Sunday.", [("23", "32")]),
        ("At least 6 people were killed and 23 injured when the tornado struck on Sunday.", []),
    ],
)
def test_a_floor_told_by_its_own_retelling_explains_no_other_count(
    right: str, want: list[tuple[str, str]]
) -> None:
    """ "at least 6 people" is told by the other side's "at least 6 people": it is not also the
    injured's count ("32" is above six), so the injured's two counts still pair (ut52's lead)."""
    left = "The tornado killed at least 6 people and injured 23 on Sunday, the county sheriff said."
    assert [(a, b) for _, a, b in both_ways(left, right)] == want


@pytest.mark.parametrize(
    ("right", "want"),
    [
        # the same two counts, in the other order: no conflict (ut54's false alarm)
        ("Forty-one homes have been damaged and 128 destroyed, most of them in Paradise Valley.", []),
        # the destroyed count changed: the verb one count is told with is the other's word
        (
            "Forty-one homes have been damaged and 182 destroyed, most of them in Paradise Valley.",
            [("128", "182")],
        ),
    ],
)
def test_two_counts_reordered_are_paired_by_their_verbs(right: str, want: list[tuple[str, str]]) -> None:
    import reader

    left = "Fire officials said 128 homes had been destroyed and 41 damaged, most of them in Paradise Valley."
    for a, b, flip in ((left, right, False), (right, left, True)):
        got = [(d.left, d.right) for ln in reader.compare(a, b).links for d in ln.differences]
        assert got == ([(y, x) for x, y in want] if flip else want)


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        (  # "shortly before" a clock time: the minutes before it (ut104)
            "Firefighters reached the warehouse at 3:47 a.m., the brigade said.",
            "Firefighters reached the warehouse shortly before 4am, the brigade said.",
            [],
        ),
        (  # ... not the minutes after it
            "Firefighters reached the warehouse at 4:17 a.m., the brigade said.",
            "Firefighters reached the warehouse shortly before 4am, the brigade said.",
            [("time", "4:17 a.m.", "4am")],
        ),
        (  # ... nor an hour before
            "Firefighters reached the warehouse at 2:55 a.m., the brigade said.",
            "Firefighters reached the warehouse shortly before 4am, the brigade said.",
            [("time", "2:55 a.m.", "4am")],
        ),
        (
            "Firefighters reached the warehouse at 4:17 a.m., the brigade said.",
            "Firefighters reached the warehouse just after 4am, the brigade said.",
            [],
        ),
    ],
)
def test_a_time_told_near_one_side_of_a_clock_time(
    left: str, right: str, want: list[tuple[str, str, str]]
) -> None:
    assert both_ways(left, right) == want


def test_going_up_to_a_figure_is_its_level_and_a_sum_to_the_cent_is_no_rounding() -> None:  # ut103
    # "will go up to €3.10" is the fare's new level, so "from €2.80" / "from €2.50" is the one
    # sum left on each side, and "€2.00" is written to the cent, not "€2" with its cents left off
    assert both_ways(
        "A day ticket for the inner zones will cost €3.10, up from €2.80, from June 1.",
        "From June 1, a day ticket for the inner zones will go up to €3.10 from €2.00.",
    ) == [("amount", "€2.80", "€2.00")]
    # ... while a limit stays a limit: "can go up to" is at most
    assert (
        both_ways(
            "Fines for fare dodging can go up to €400 on the inner lines.",
            "Fines for fare dodging can reach as much as €400 on the inner lines.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        (  # a group turned round, its bound told after the figure on one side (ut100)
            "Inmates serving terms of less than four years will be freed after serving 40 percent of them.",
            "Inmates serving terms of four years or more will be freed after serving 40 percent of them.",
            [("negation", "less than four years", "four years or more")],
        ),
        (
            "Shops with fewer than 30 staff will be exempt from the new charge, the council said.",
            "Shops with 30 staff or more will be exempt from the new charge, the council said.",
            [("negation", "fewer than 30", "30 staff or more")],
        ),
        (  # near miss: the same bound told two ways
            "Shops with 30 staff or more will pay the new charge, the council said.",
            "Shops with more than 30 staff will pay the new charge, the council said.",
            [],
        ),
        (  # near miss: both groups told on both sides
            "Shops with fewer than 30 staff are exempt, while shops with 30 staff or more pay the charge.",
            "Shops with 30 staff or more pay the charge, and shops with fewer than 30 staff are exempt.",
            [],
        ),
    ],
)
def test_a_bound_told_after_its_figure_and_turned_round(
    left: str, right: str, want: list[tuple[str, str, str]]
) -> None:
    assert both_ways(left, right) == want


def test_a_change_told_as_a_fraction_is_its_share() -> None:  # ut105
    left = "The ministry will cut direct payments by 20 percent from 2027, officials said."
    assert both_ways(left, left.replace("by 20 percent", "by a quarter")) == [
        ("percentage", "20 percent", "a quarter")
    ]
    assert (
        both_ways(left.replace("20 percent", "25 percent"), left.replace("by 20 percent", "by a quarter"))
        == []
    )
    # a hedged fraction (ut114): "about a fifth" is about 20 percent, not 40
    spreads = "Spreads on new bonds narrowed by about 20 percent over the year, the broker said."
    assert both_ways(spreads, spreads.replace("about 20 percent", "about a fifth")) == []
    assert both_ways(spreads.replace("20", "40"), spreads.replace("about 20 percent", "about a fifth")) == [
        ("percentage", "about 40 percent", "about a fifth")
    ]
    # a fraction of a thing is no change of a share
    assert (
        both_ways(
            "The race was delayed by a quarter of an hour on Sunday.",
            "The race was delayed by 15 minutes on Sunday.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (
            "Odette Laurin recorded more than 70 albums as a leader over a career spanning 51 years.",
            "Over 51 years she made fewer than 70 albums under her own name.",
            ("more than 70", "fewer than 70"),
        ),
        (
            "Nordavia flew more than 900 routes in the region during a decade of growth.",
            "Across a decade of growth it flew fewer than 900 routes in the region.",
            ("more than 900", "fewer than 900"),
        ),
        # ... or by a common word the other sentence writes in lower case (ut201)
        (
            "Grain exports totalled more than 900 cargoes this season, the ministry said.",
            "Exports totalled fewer than 900 cargoes this season, the ministry said.",
            ("more than 900", "fewer than 900"),
        ),
        # a share of a noun with its owner on one side only ("of the chain's branches" / "of the
        # branches", ut200): one noun counted
        (
            "More than 40 percent of the chain's branches are abroad, the bank said.",
            "Less than 40 percent of the branches are abroad, the bank said.",
            ("More than 40 percent", "Less than 40 percent"),
        ),
        # ... or its owner both write and two words for its noun ("of the day's spending" / "of the
        # day's outlay", ut194)
        (
            "More than half of the season's spending went on three signings, the club said.",
            "Less than half of the season's outlay went on three signings, the club said.",
            ("More than half of", "Less than half of"),
        ),
        # a unit that is a rate (barrels a day) against an average: two rates, one flow
        (
            "Pipeline flows averaged more than 600,000 bpd in March, the operator said.",
            "Pipeline flows stayed below 600,000 bpd in March, the operator said.",
            ("more than 600,000", "below 600,000"),
        ),
    ],
)
def test_a_count_turned_round_beside_a_common_word_or_a_rate_conflicts(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    # a capitalised preposition or common word opening one sentence holds no count, and a rate
    # unit is a rate: a comparison of the two articles flags the count as a sentence pair does
    assert [(a, b) for _, a, b in flagged(left, right)] == [spans]


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (  # the noun told in other words: one figure, each side's only one, turned round (ut222)
            "Ticket sales closed early, and more than 65,000 spectators watched the final on Sunday.",
            "Fewer than 65,000 fans saw the final on Sunday after ticket sales closed early.",
            ("more than 65,000", "Fewer than 65,000"),
        ),
        (  # a catalogue's titles told as its films (ut221)
            "The library deal covers more than 1,200 films, among them three Oscar winners.",
            "Fewer than 1,200 titles are included, three Oscar winners among them.",
            ("more than 1,200", "Fewer than 1,200"),
        ),
        (  # a sum of one currency, claimed by one verb (ut219)
            "The carmaker said it had invested more than 40 million euros in the Tarbes plant since 2019.",
            "The carmaker, which made 2.1 billion euros last year, said it had invested less than"
            " 40 million euros in Tarbes since 2019.",
            ("more than 40 million euros", "less than 40 million euros"),
        ),
    ],
)
def test_one_figure_turned_round_its_noun_in_other_words_conflicts(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert [(a, b) for _, a, b in both_ways(left, right)] == [spans]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the figure written twice on one side: two counts, one of each group
        (
            "More than 65,000 spectators watched the final, and fewer than 65,000 tickets were resold.",
            "Fewer than 65,000 fans saw the final on Sunday.",
        ),
        # a small figure: "more than 12 films" / "fewer than 12 titles" may be two lists
        (
            "The deal covers more than 12 films from the studio.",
            "Fewer than 12 titles from the studio are included.",
        ),
        # a threshold on one side picks a group
        (
            "Stadiums holding more than 65,000 spectators must add exits.",
            "Fewer than 65,000 fans saw the final on Sunday.",
        ),
    ],
)
def test_one_figure_above_and_below_for_two_things_is_no_conflict(left: str, right: str) -> None:
    assert [s for s in both_ways(left, right) if s[0] != "negation"] == []  # near misses


def test_a_figure_compared_with_a_year_earlier_bounds_no_year() -> None:
    # "3.1% more than a year earlier": the comparative is the figure's, "a year earlier" when it
    # was compared; told "fewer" the change turns round, but no duration is bounded (ut226)
    got = both_ways(
        "The port handled 2.3 million containers in May, 3.1% more than a year earlier.",
        "The port moved 2.3 million containers in May, 3.1% fewer than a year earlier.",
    )
    assert [k for k, _, _ in got] == ["negation"]
    # a length of time bounded both ways round is still a duration's conflict (near miss)
    lasted = both_ways("The dispute lasted more than a year.", "The dispute lasted less than a year.")
    assert "duration" in [k for k, _, _ in lasted]


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        # two words of one kind of hedge: each writer chose the figure, so figures compare (ut229)
        (
            "Adult grey seals can weigh as much as 2.3 tonnes, the trust said.",
            "Adult grey seals can weigh up to 3.2 tonnes, the trust said.",
            ["number"],
        ),
        # the same figure under two such words, or a floor against a ceiling: no conflict (near misses)
        (
            "Adult grey seals can weigh as much as 2.3 tonnes, the trust said.",
            "Adult grey seals can weigh up to 2.3 tonnes, the trust said.",
            [],
        ),
        (
            "Adult grey seals weigh at least 2.3 tonnes, the trust said.",
            "Adult grey seals weigh up to 3.2 tonnes, the trust said.",
            [],
        ),
    ],
)
def test_two_figures_hedged_by_one_kind_of_word_compare_as_written(
    left: str, right: str, want: list[str]
) -> None:
    assert [k for k, _, _ in both_ways(left, right)] == want


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        pytest.param(  # ut243: one crowd's size, "a crowd of", turned round in other words
            "A crowd of more than 52,000 fell quiet after the late penalty.",
            "Mensah's late penalty silenced a crowd of fewer than 52,000.",
            ["number"],
            id="a-crowd-of",
        ),
        pytest.param(  # ut246: a delegation's size on one side, what an arrival came with on the other
            "The minister arrived in Lagos on Tuesday leading a delegation of more than 150 investors.",
            "The minister landed on Tuesday with fewer than 150 investors in tow.",
            ["number"],
            id="landed-with",
        ),
        pytest.param(  # near miss: a plural a threshold picks from ("towns of") stays a threshold
            "The grant is open to villages of fewer than 3,000 residents, the ministry said.",
            "Villages of more than 3,000 residents will get a separate fund, the ministry said.",
            [],
            id="villages-of",
        ),
    ],
)
def test_one_whole_s_size_or_what_an_act_came_with_is_a_count_claimed(
    left: str, right: str, want: list[str]
) -> None:
    assert [k for k, _, _ in both_ways(left, right) if k == "number"] == want
