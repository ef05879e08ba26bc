"""The one value of a kind in two sentences that tell one thing in other words (ut39, ut41: a
weather desk and a transport desk): "will take effect on 8 December" / "starting on 18 December"
in a sentence otherwise told twice is one date told two ways, not two one-sided details."""

from __future__ import annotations

import pytest

from reader import facts
from reader.facts.twin_values import twins


def shown(a: str, b: str) -> list[tuple[str, str, str]]:
    """The differences both ways, those the gate lets show (a passage scored 0.5)."""
    fa, fb = facts.extract(a), facts.extract(b)
    there = [
        (d.kind, d.left, d.right)
        for d in facts.differences(fa, fb, a, b)
        if facts.credible(d, fa, fb, a, b, 0.5)
    ]
    back = [
        (d.kind, d.left, d.right)
        for d in facts.differences(fb, fa, b, a)
        if facts.credible(d, fb, fa, b, a, 0.5)
    ]
    assert [(k, r, l) for k, l, r in back] == there
    return there


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (  # a date whose act is worded two ways ("take effect" / "starting")
            "Harbor Transit also confirmed that a new ferry schedule will take effect on 3 March, adding 40"
            " weekly sailings on the Island Route.",
            "Separately, Harbor Transit confirmed that a new ferry schedule starting on 13 March will add 40"
            " weekly sailings on the Island Route.",
            [("date", "3 March", "13 March")],
        ),
        (  # a word of moving near one date makes no change of it: dates are no measures
            "Harbor Transit also confirmed that a new ferry schedule will take effect on 3 March, up from"
            " a winter timetable, adding 40 weekly sailings on the Island Route.",
            "Separately, Harbor Transit confirmed that a new ferry schedule starting on 13 March will add 40"
            " weekly sailings on the Island Route.",
            [("date", "3 March", "13 March")],
        ),
        (  # a count whose noun is worded two ways, nouns of people
            "Mayor Ana Ruiz ordered the evacuation of about 9,000 residents in Riverside County and"
            " neighboring Eastgate County on Sunday night.",
            "Roughly 6,000 people in Riverside and Eastgate counties were told to leave on Sunday night under"
            " evacuation orders issued by Mayor Ana Ruiz.",
            [("number", "about 9,000", "Roughly 6,000")],
        ),
        (  # a count of one thing, each sentence naming the other's noun
            "Analysts at Baltic Freight Data estimated that the stalled ships were carrying about"
            " 120,000 cars, counted in vehicle units (VU).",
            "Baltic Freight Data reckons the stalled ships had some 210,000 vehicle units (VU) of cars"
            " on board.",
            [("number", "about 120,000", "some 210,000")],
        ),
        (  # a clock time, its act worded two ways ("last seen on video" / "footage last showed") (ut100)
            "The warden said the two men were last seen on camera at 2:51 a.m. on Sunday, heading east along"
            " the county road.",
            "Camera footage last showed the two men at 2:15 a.m. on Sunday heading east on the county road,"
            " the warden said.",
            [("time", "2:51 a.m.", "2:15 a.m.")],
        ),
        (  # clock times that differ too: the time is the difference, no clock anchors the weekdays
            "The boil-water notice was withdrawn at 6 p.m. on Saturday, after tests showed the supply"
            " was safe again.",
            "Officials withdrew the boil-water notice at 9 a.m. on Sunday once tests showed the supply"
            " was safe.",
            [("time", "6 p.m.", "9 a.m.")],
        ),
        (  # a weekday beside a clock time both tell alike: one moment (ut102)
            "The boil-water notice was withdrawn at 6 p.m. on Saturday, after tests showed the supply"
            " was safe again.",
            "Officials withdrew the boil-water notice at 6 p.m. on Sunday once tests showed the supply"
            " was safe.",
            [("day", "Saturday", "Sunday")],
        ),
        (  # the span of a deal around one specific volume told alike (ut108)
            "Portugal and Morocco signed a 12-year agreement to trade 2.5 billion kilowatt hours of power"
            " a year over a new cable, the ministers said.",
            "Morocco will sell Portugal 2.5 billion kilowatt hours of power a year under an eight-year deal,"
            " the ministers said, to be carried by a new cable.",
            [("duration", "12-year", "eight-year")],
        ),
    ],
)
def test_the_one_value_of_twin_sentences_is_one_value_told_two_ways(
    left: str, right: str, expected: list[tuple[str, str, str]]
) -> None:
    assert twins(left, right)
    assert shown(left, right) == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # told alike: nothing to flag
            "Harbor Transit also confirmed that a new ferry schedule will take effect on 3 March, adding 40"
            " weekly sailings on the Island Route.",
            "Separately, Harbor Transit confirmed that a new ferry schedule starting on March 3 will add 40"
            " weekly sailings on the Island Route.",
        ),
        (  # a short headline inside a long sentence of the whole operation: no twin
            "Navy ship foils pirate attack in the Gulf of Aden, 18 pirates held",
            "The navy ship, deployed on patrols in the Gulf of Aden under the command of the Eastern"
            " Fleet, foiled a multiple-boat pirate attack on merchant vessels on 4 May and held pirates"
            " from three skiffs, the navy said in a statement issued in the capital.",
        ),
        (  # two weekdays of two acts of one story: weekdays are never paired as twins
            "A jury in Ohio convicted church leader Paul Grant of fraud on Thursday in a"
            " case brought by former members.",
            "Church leader Paul Grant was sentenced in Ohio on Tuesday in the fraud case"
            " brought by former members.",
        ),
        (  # two counts of two things: neither sentence names the other's noun
            "After the flooding in Marion County on Tuesday, 14 schools stayed shut,"
            " officials of the county said.",
            "After the flooding in Marion County on Tuesday, 9 bridges stayed shut,"
            " officials of the county said.",
        ),
        (  # a count in scores is read in part only ("three hundred and threescore")
            "So the servants of the king smote of the rebels three hundred and threescore men that died.",
            "So the king's servants struck the rebels so that three hundred sixty men died.",
        ),
    ],
)
def test_no_value_of_twins_is_paired_without_the_evidence(left: str, right: str) -> None:
    assert shown(left, right) == []


def test_twins_need_most_words_of_both_sentences() -> None:
    short = "Storm cuts power to 40,000 homes in Kent"
    assert not twins(
        short,
        short + " and Sussex, the utility said, as crews worked through the night"
        " to restore lines brought down by falling trees across three counties",
    )
    assert twins(short + " and Sussex", short + " and in Sussex")


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("One woman died when the roof of the barn collapsed.", 1.0),
        ("Two were hurt; one passenger was killed.", 1.0),
        ("No one died when the roof of the barn collapsed.", None),
        ("One woman's warning saved the village.", None),  # a possessive
        ("She was the one woman who stayed.", None),
        ("The gunman shot one person and injured two others.", None),  # an object: another outcome
        ("One of the workers died.", None),
    ],
)
def test_one_person_opening_a_clause_is_a_count(text: str, counted: float | None) -> None:
    # ut39: "One man died" / "Two men collapsed and died" was no conflict: "one" was never read
    ones = [f.value for f in facts.extract(text) if f.kind == "number" and f.text.lower() == "one"]
    assert ones == ([counted] if counted else [])


def test_one_person_and_two_people_of_one_toll_conflict() -> None:
    left = "One woman died after the flood swept through Alder Creek, the sheriff said."
    right = "Two women died after the flood swept through Alder Creek, the sheriff said."
    assert shown(left, right) == [("number", "One", "Two")]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (  # one specific sum told alike frames two reworded sentences: the one change each tells (ut87)
            "Fare revenue for the route reached £12.6 million in the year, up 14% on the year before,"
            " the operator said.",
            "The operator said fare revenue on the route hit £12.6 million, 41 percent more than the"
            " year before.",
            [("percentage", "14%", "41 percent")],
        ),
        (  # a move from one figure told alike: its ends are one figure (ut90)
            "To help pay for the scheme, the state will raise the duty on imported steel from 12 percent"
            " to 18 percent.",
            "To protect the mills, duties on steel imports will go up from 12% to 15%.",
            [("percentage", "18 percent", "15%")],
        ),
        (  # two specific shares told alike: the one date each is of what they measure (ut93)
            "Member contributions will climb to 12.4 percent of salary from 11.6 percent starting"
            " October 1, the scheme said.",
            "Member contributions will rise to 12.4% of salary from 11.6% on September 1.",
            [("date", "October 1", "September 1")],
        ),
        (  # two sums told alike around a date whose act each words its own way (ut91)
            "For a flat using 40 cubic metres a quarter, the heating bill will go from £182.40 to"
            " £196.75 starting on April 1.",
            "A flat using 40 cubic metres a quarter will pay £196.75 instead of £182.40 from March 1.",
            [("date", "April 1", "March 1")],
        ),
        (  # one figure with two digits swapped, whatever noun each side counts (ut88)
            "The insurer, valued at $3.1 billion, said on Monday it would cut 630 jobs as claims rose.",
            "The insurer will lay off 360 employees as claims rose, it said on Monday.",
            [("number", "630", "360")],
        ),
    ],
)
def test_a_value_told_in_other_words_around_one_frame(
    left: str, right: str, expected: list[tuple[str, str, str]]
) -> None:
    assert not twins(left, right)
    assert shown(left, right) == expected


def test_an_older_count_of_years_is_read_whole() -> None:  # the Bible's "two and fifty years"
    [d] = [
        f for f in facts.extract("and he reigned two and fifty years in Jerusalem.") if f.kind == "duration"
    ]
    assert (d.text, d.value) == ("two and fifty years", 52 * 365.25)
    left = "And the days which he reigned were two and twenty years, and he slept with his fathers."
    right = "The days which he reigned were twenty-two years; then he slept with his fathers."
    assert shown(left, right) == []
    # near miss: a range's bounds stay two figures
    got = [(f.kind, f.text) for f in facts.extract("The works take between two and thirty days.")]
    assert ("duration", "thirty days") in got


def test_one_figure_told_alike_leaves_dates_of_two_acts_apart() -> None:  # near miss
    left = "The council will pay £182.40 per household, the clerk said on April 1."
    right = "Households will get £182.40 each once the fund opens on March 1, the council said."
    assert shown(left, right) == []


def test_the_level_a_sum_moved_from_and_the_change_are_two_measures() -> None:  # ut97
    left = "Locum spending at the 12 clinics reached €48 million in 2024, up from €31 million in 2021."
    right = "The 12 clinics spent €48 million on locums in 2024, €17 million more than in 2021."
    assert shown(left, right) == []
    # near miss: the level moved from told two ways
    right = "The 12 clinics spent €48 million on locums in 2024, up from €37 million in 2021."
    assert shown(left, right) == [("amount", "€31 million", "€37 million")]


def test_a_change_and_a_level_beside_one_sum_are_two_measures() -> None:  # near miss
    left = "Sales reached $4.2 billion in the quarter, up 5 percent, the company said."
    right = "The company reported $4.2 billion in quarterly sales, with an operating margin of 12 percent."
    assert shown(left, right) == []


def test_a_date_split_into_a_sentence_of_its_own_is_the_longer_ones_date() -> None:  # ut102
    from reader.facts.twin_values import split_part
    from reader.pipeline import compare_texts

    long_ = (
        "The rules apply from 1 April 2026, after which operators will have a transition period until"
        " 30 September 2026 to replace the old meters."
    )
    short = "Operators will then have until 30 June 2026 to replace the old meters."
    assert split_part(long_, short) and split_part(short, long_)
    assert not split_part(long_, "Operators will then have until 30 June 2026 to replace the cabling.")
    got = compare_texts(long_, "The rules apply from 1 April 2026. " + short)
    assert [d.note for ln in got.links for d in ln.differences] == ["date: 30 September 2026 vs 30 June 2026"]


def test_a_date_scheduled_for_an_act_is_the_acts_date() -> None:  # ut104
    from reader.pipeline import compare_texts

    left = (
        "The county board voted 6-3 on Tuesday, April 8, 2025, to close two libraries. "
        "The board spent most of the meeting on the transport budget. "
        "A final vote to confirm the closures is scheduled for May 13."
    )
    right = (
        "The county board on Tuesday voted 6-3 to close two libraries. "
        "The board must hold a final vote to confirm the closures on June 13."
    )
    got = compare_texts(left, right)
    notes = [(ln.left, ln.right, d.note) for ln in got.links for d in ln.differences]
    # the date of the final vote, in the link of its two sentences; not set against the first
    # vote's date across the articles as well
    assert [n for *_, n in notes if n.startswith("date")] == ["date: May 13 vs June 13"]


def test_a_span_a_preposition_governs_is_no_bound() -> None:  # "under a 10-year deal" (ut108)
    [d] = [
        f
        for f in facts.extract("Gas will flow under a 10-year deal signed on Monday.")
        if f.kind == "duration"
    ]
    assert (d.text, d.bound) == ("10-year", "=")
    # near misses: a bound of a span, with its article or its period noun
    [e] = [f for f in facts.extract("The works were finished in under a year.") if f.kind == "duration"]
    assert (e.text, e.bound) == ("under a year", "<")
    [g] = [f for f in facts.extract("Claims must be made within a 30-day period.") if f.kind == "duration"]
    assert (g.text, g.bound) == ("within a 30-day period", "<")


def test_a_named_day_is_no_weekday_of_an_act() -> None:
    # ut53: "the five days from Thanksgiving through Cyber Monday" against "said on Tuesday": a
    # season of shopping, not the day anyone spoke
    a = "A record 88 million people shopped over the weekend, up from 81.4 million, the group said Tuesday."
    b = "The group said on Dec. 2 that 88 million people shopped through Cyber Monday, up from 81.4m."
    assert [k for k, _, _ in shown(a, b) if k == "day"] == []
    assert [
        f.text for f in facts.extract("Sales on Black Friday and on Monday rose.") if f.kind == "day"
    ] == ["Monday"]
    # near miss: a weekday after a place's capital is the day of the act ("in Paris Monday")
    assert [f.text for f in facts.extract("He spoke in Paris Monday.") if f.kind == "day"] == ["Monday"]


def test_a_whole_and_the_members_picked_from_it_are_two_counts() -> None:
    # ut150: "Of the five stations, Canal Street and Harbour Point are the furthest behind" / "...
    # are the two stations furthest behind": the whole and the two picked from it, both true
    a = "Of the six depots, Northgate and Riverside are the most overcrowded, the inspectors said."
    b = "Northgate and Riverside are the two depots most overcrowded; Eastfield is nearly empty."
    assert [k for k, _, _ in shown(a, b) if k == "number"] == []
    # near miss: two wholes told apart conflict ("of the six" / "of the eight")
    c = "Of the eight depots, Northgate and Riverside are the most overcrowded, the inspectors said."
    assert [(x, y) for k, x, y in shown(a, c) if k == "number"] == [("six", "eight")]
    # near misses: a whole told "of the N" on one side and "of N" on the other is one whole (ut112,
    # ut68), and a count "of" a thing is no whole ("a crowd of 5,000")
    d = "Councillor Ames was one of the two members who voted against the budget on Monday."
    e = "Councillor Ames, one of three members who voted against the budget, spoke on Monday."
    assert [(x, y) for k, x, y in shown(d, e) if k == "number"] == [("two", "three")]
    f = "A crowd of 5,000 marched to the town hall on Saturday, police said."
    g = "Police said 8,000 marched to the town hall on Saturday."
    assert [(x, y) for k, x, y in shown(f, g) if k == "number"] == [("5,000", "8,000")]


def test_a_zero_dropped_from_a_hedged_figure_of_twin_sentences_conflicts() -> None:
    # ut156: "by around 300,000 a year" / "by about 30,000 a year", ten times apart (two scopes
    # elsewhere) in one sentence told twice
    a = "The minister told MPs the rules would cut the number of people able to settle by around 200,000."
    b = "The minister told peers the rules would cut the number of people able to settle by about 20,000."
    assert [(x, y) for k, x, y in shown(a, b) if k == "number"] == [("around 200,000", "about 20,000")]
    # near miss: two figures of other digits ten times apart stay two scopes
    c = "The minister told peers the rules would cut the number of people able to settle by 25,000."
    assert [k for k, _, _ in shown(a, c) if k == "number"] == []


def test_a_verb_s_particle_over_is_no_bound() -> None:
    # ut155: "the jackpot had rolled over five times" / "rolled over six times": not "more than five"
    a = "The jackpot had rolled over five times before Saturday's draw, the operator said."
    b = "The operator said the jackpot had rolled over six times before Saturday's draw."
    assert [(x, y) for k, x, y in shown(a, b) if k == "number"] == [("five", "six")]
    assert [f.bound for f in facts.extract("Over 300 people attended.") if f.kind == "number"] == [">"]


def test_one_count_changed_in_a_sentence_kept_letter_for_letter_is_told() -> None:
    # "Twenty-eight have abandoned, eight of them after crashes ..." / "Thirty-eight have
    # abandoned, ..." (ut241): a sentence too short in content words to be twins by its stems,
    # the count its only change
    left = "Twelve have withdrawn so far, three of them with injuries from the storm on the coast."
    right = "Nineteen have withdrawn so far, three of them with injuries from the storm on the coast."
    assert shown(left, right) == [("number", "Twelve", "Nineteen")]
    # near miss: another word changed too, and the counts say nothing of one thing
    other = "Nineteen have arrived so far, three of them with injuries from the storm on the coast."
    assert shown(left, other) == []


def test_a_weekday_framed_alike_as_one_moment_pairs_in_other_words() -> None:
    # ut259: "the talks nearly collapsed late on Wednesday over ..." / "Negotiations almost broke
    # down late on Tuesday over ...": the same part of the day, one moment told with two verbs
    left = "Officials said the ceasefire nearly fell apart late on Monday over the release of prisoners."
    right = "The truce almost collapsed late on Sunday over how prisoners would be freed, officials said."
    assert shown(left, right) == [("day", "Monday", "Sunday")]
    # ut261: "Game 6 is Thursday" / "Game 6 is set for Friday": the day one named event is set for
    assert shown(
        "The Cup final is Saturday in Cardiff, where the hosts have won 14 of their 16 games this season.",
        "The Cup final is set for Sunday in Cardiff, where the hosts went 14-2 this season.",
    ) == [("day", "Saturday", "Sunday")]
    # near misses: two parts of the day, two events set for two days
    assert shown(left, right.replace("late on Sunday", "early on Sunday")) == []
    assert shown("The final is on Sunday in Cardiff.", "The semi-final is on Saturday in Cardiff.") == []


def test_a_weekday_with_one_part_of_the_day_after_it_or_the_early_hours_pairs() -> None:
    # ut269: "confirmed on Saturday evening that Kessler would take no further part" / "said on Friday
    # evening that Kessler would take no further part": the same part of the day after the day
    night = "The club confirmed on Tuesday night that Moreau would take no further part in the tour."
    other = "Torva said on Monday night that Moreau would take no further part in the tour."
    assert shown(night, other) == [("day", "Tuesday", "Monday")]
    assert shown(other, night) == [("day", "Monday", "Tuesday")]
    # ut270: "early on Tuesday" / "in the early hours of Wednesday": one part of the day told two ways
    early = "Three fishermen were rescued off Ushant early on Friday after their trawler capsized."
    hours = "Three fishermen were plucked from the sea off Ushant in the early hours of Saturday."
    assert shown(early, hours) == [("day", "Friday", "Saturday")]
    # near misses: two parts of the day after the days; the early hours of one day, late on another
    assert shown(night.replace("Tuesday night", "Tuesday morning"), other) == []
    assert shown(early.replace("early on Friday", "late on Friday"), hours) == []


def test_two_parts_of_one_whole_told_after_of_pair() -> None:
    # ut269: "Of the 62 cars that started the race, 44 were classified" / "Only 47 of the 62 starters
    # were classified": one part of one whole, told twice in other words
    left = "Of the 120 candidates who sat the bar exam in Accra, 87 passed, the council said."
    right = "The council said only 78 of its 120 candidates passed the bar exam."
    assert shown(left, right) == [("number", "87", "78")]
    assert shown(right, left) == [("number", "78", "87")]
    # near misses: two wholes; a part larger than the whole is no part of it
    assert shown(left, right.replace("its 120", "its 150")) == []
    assert shown(left.replace("87 passed", "130 passed"), right) == []


def test_the_weekday_of_one_quoted_statement_told_twice_pairs() -> None:
    # ut257: 'rejected the offer on Friday as "an insult to every driver ..."' / 'on Thursday
    # dismissed the offer as "an insult to every driver ..."': the day of one statement
    left = 'Union leader Ana Brandt rejected the pay offer on Friday as "a slap in the face for every nurse."'
    right = 'Ana Brandt on Thursday dismissed the pay offer as "a slap in the face for every nurse."'
    assert shown(left, right) == [("day", "Friday", "Thursday")]
    # near miss: a few quoted words are no one statement (twins' weekdays are most often two acts')
    short = [
        left.replace('"a slap in the face for every nurse."', '"a slap" for nurses.'),
        right.replace('"a slap in the face for every nurse."', '"a slap" for nurses.'),
    ]
    assert shown(*short) == []


def test_two_sums_told_alike_frame_one_sentence_and_its_count() -> None:
    # ut258: "receives 50,000 pounds, and each of the five other shortlisted authors gets 2,500
    # pounds" / "wins £50,000, while the six other shortlisted writers receive £2,500 each"
    left = "Okafor receives 40,000 euros, and each of the four other finalists gets 1,000 euros."
    right = "Okafor wins €40,000, while the five other finalists receive €1,000 each."
    assert shown(left, right) == [("number", "four", "five")]
    # near miss: one sum alike is no frame for two round counts of two things
    assert (
        shown(
            "Okafor receives 40,000 euros, and four other finalists were named on Monday.",
            "Okafor wins €40,000; five judges chose the winner.",
        )
        == []
    )


def test_a_count_of_the_number_of_a_noun_in_a_sentence_told_twice_conflicts() -> None:
    # ut255: "Some 61,529 people waited more than 12 hours ... for a bed" / "The number of people
    # waiting over 12 hours for a bed ... reached 65,129": one sentence told twice ("waited" /
    # "waiting" one word), the count's noun the subject "the number of" names
    left = "Some 4,210 drivers waited more than 3 hours at the Narva border crossing on Monday."
    right = "The number of drivers waiting over 3 hours at the Narva border crossing on Monday reached 4,870."
    assert shown(left, right) == [("number", "Some 4,210", "4,870")]
    # near miss: the same count in other words
    assert shown(left, right.replace("4,870", "4,210")) == []


def test_counts_told_in_one_order_all_alike_but_one_pair_at_its_place() -> None:
    # ut255: "61 are children under the age of 10, and 14 have been admitted to hospital" / "61,
    # are in children younger than 10, and 19 patients have needed hospital treatment"
    left = "Of those infected, 48 are pupils under the age of 12, and 9 have been admitted to hospital."
    right = "Most of the cases, 48, are in pupils younger than 12, and 13 patients have needed hospital care."
    assert shown(left, right) == [("number", "9", "13")]
    # near miss: two counts changed at once are no one sentence's figures told twice
    assert shown(left, right.replace("cases, 48, are", "cases, 51, are")) == []


def test_the_dates_of_one_span_from_one_anchor_are_of_one_act() -> None:
    # ut260: "The breach was detected on October 14 ..., nine days after the attackers first gained
    # access" / "... spotted the intrusion on October 17, nine days after the hackers first got in"
    left = "The leak was found on March 3 by an outside auditor, six days after the files were first copied."
    right = "An outside auditor discovered the breach on March 8, six days after the files were first taken."
    assert shown(left, right) == [("date", "March 3", "March 8")]
    # near miss: no span from an anchor on one side, the two dates may be of two acts
    assert shown(left, "An outside auditor discovered the breach on March 8 and told regulators.") == []
