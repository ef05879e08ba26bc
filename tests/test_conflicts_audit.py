"""False alarms of the kinds a blind audit of flags on pairs outside the references found
(stop 26): a contraction printed apart read as no negation, clock times and lengths told
rounded, the moments, places in a series and figures of two acts, people or models in a
passage that shares words but tells two facts.

Every sentence is made up for the test; each rule has a near miss that must still be
flagged, and the comparisons run both ways.
"""

from __future__ import annotations

import pytest

import reader
from reader import facts
from reader.facts.gate import WEAK_PASSAGE_SCORE
from reader.facts.namewords import person
from tests.test_conflicts_precision import both_ways


def shown(left: str, right: str, kind: str, score: float | None) -> list[tuple[str, str]]:
    """The differences of ``kind`` the gate lets show in a passage scored ``score``, both ways."""
    lf = facts.extract_document([left])[0]
    rf = facts.extract_document([right])[0]
    out = []
    for a, b, ta, tb, flip in ((lf, rf, left, right, False), (rf, lf, right, left, True)):
        got = [
            (d.right, d.left) if flip else (d.left, d.right)
            for d in facts.differences(a, b, ta, tb)
            if d.kind == kind and facts.credible(d, a, b, ta, tb, score)
        ]
        out.append(sorted(got))
    assert out[0] == out[1]
    return out[0]


# ---------------------------------------------------------------------------------------
# a contraction printed apart ("didn’ t": a tokenizer's trace in scraped text)


def test_contraction_printed_apart_is_a_negation_on_both_sides() -> None:
    left = "The landlord didn’ t answer a letter from the tenants' union last week."
    right = "The landlord did not answer a letter from the tenants' union last week."
    assert both_ways(left, right, "negation") == []


def test_contraction_printed_apart_denies_what_the_other_states_in_its_own_words() -> None:
    left = "The landlord hadn’ t answered the letter from the tenants' union by Friday."
    right = "The landlord had answered the letter from the tenants' union by Friday."
    got = both_ways(left, right, "negation")
    assert got and "hadn’ t" in got[0][0]  # the span as the article writes it
    assert got[0][0] in left


def test_contraction_printed_apart_across_the_articles() -> None:
    left = "The council’ s office said the permit hadn’ t been issued as of Monday. The hall opened late."
    right = "The council's office said the permit hadn't been issued as of Monday. Nobody came."
    c = reader.compare(left, right)
    assert not [d for ln in c.links for d in ln.differences if d.kind == "negation"]


# ---------------------------------------------------------------------------------------
# clock times and lengths told rounded


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The first alarm came in at 3:30 a.m., the chief said.", "The first alarm came in at 3:33 a.m."),
        ("The ferry left the harbour at 8.40am on Sunday.", "The ferry left the harbour at 8.39am."),
        ("The crash was reported at 7:01 p.m. on the bridge.", "The crash was reported at 7 p.m."),
    ],
)
def test_clock_times_a_few_minutes_apart_one_rounded_are_one_moment(left: str, right: str) -> None:
    assert both_ways(left, right, "time") == []


@pytest.mark.parametrize(
    ("left", "right", "pair"),
    [
        (  # a quarter of an hour apart: two moments
            "The first alarm came in at 3:30 a.m., the fire chief said.",
            "The first alarm came in at 3:45 a.m.",
            ("3:30 a.m.", "3:45 a.m."),
        ),
        (  # neither time rounded: two clocks that disagree
            "The ferry left the harbour at 8:02 a.m. on Sunday.",
            "The ferry left the harbour at 8:04 a.m. on Sunday.",
            ("8:02 a.m.", "8:04 a.m."),
        ),
    ],
)
def test_clock_times_apart_or_exact_still_conflict(left: str, right: str, pair: tuple[str, str]) -> None:
    assert both_ways(left, right, "time") == [pair]


@pytest.mark.parametrize("whole", ["three weeks", "four weeks"])
def test_a_half_unit_rounded_to_the_whole_one_is_no_conflict(whole: str) -> None:
    left = "The strike at the port lasted three and a half weeks."
    right = f"The strike at the port lasted {whole}."
    assert both_ways(left, right, "duration") == []


@pytest.mark.parametrize(
    ("right", "value"),
    [
        ("The strike at the port lasted five weeks.", "five weeks"),
        ("The strike at the port lasted 18 days.", "18 days"),
    ],
)
def test_a_half_unit_against_another_length_still_conflicts(right: str, value: str) -> None:
    left = "The strike at the port lasted three and a half weeks."
    assert [b for _, b in both_ways(left, right, "duration")] == [value]


def test_exact_lengths_in_one_unit_still_conflict() -> None:
    left = "The strike at the port lasted 13 weeks."
    right = "The strike at the port lasted 14 weeks."
    assert both_ways(left, right, "duration") == [("13 weeks", "14 weeks")]


def test_time_served_rounded_from_a_half_is_no_conflict_across_the_articles() -> None:
    left = "Mark Ellery served three and a half years in prison for the fraud. He now teaches."
    right = "The clerk recalled the trial. Ellery served three years in prison for the fraud."
    c = reader.compare(left, right)
    assert not [d for ln in c.links for d in ln.differences]
    far = "The clerk recalled the trial. Ellery served six years in prison for the fraud."
    assert [d.kind for ln in reader.compare(left, far).links for d in ln.differences]


# ---------------------------------------------------------------------------------------
# a weak passage: two sentences that share words but may tell two facts


WEAK = WEAK_PASSAGE_SCORE - 0.2
STRONG = WEAK_PASSAGE_SCORE + 0.2


def test_a_day_with_no_act_beside_it_in_a_weak_passage_is_no_conflict() -> None:
    # a page's stamp glued to a sentence: nothing says what happened that day
    left = "Tuesday, May 5, 2015 |"
    right = "The library board voted on Thursday to close two branches."
    assert shown(left, right, "day", WEAK) == []
    assert shown(left, right, "day", STRONG) == [("Tuesday", "Thursday")]


def test_days_of_one_act_in_a_weak_passage_still_conflict() -> None:
    left = "The orchestra's conductor resigned on Monday after a dispute over pay."
    right = "The conductor resigned on Friday, the orchestra said."
    assert shown(left, right, "day", WEAK) == [("Monday", "Friday")]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "Two crowns were lost in a break-in at the Abbey of Melk, in Lower Austria, on June 9, 1998.",
            "Burglars broke into the Abbey of Melk overnight on June 19, 1998, police said.",
        ),
        (
            "Thieves stole the chalice from St Brigid's Church in Kildare on April 2, 2011.",
            "The chalice was taken in a theft at St Brigid's in Kildare, gardai said, on April 12, 2011.",
        ),
    ],
)
def test_one_theft_or_break_in_told_in_two_forms_is_one_act_in_a_weak_passage(left: str, right: str) -> None:
    # "a break-in" / "broke into", "stole" / "a theft": one act in two word forms, its date changed
    (pair,) = shown(left, right, "date", WEAK)
    assert pair[0] != pair[1]
    assert shown(right, left, "date", WEAK) == [pair[::-1]]


def test_a_break_in_and_a_trial_are_two_acts_in_a_weak_passage() -> None:
    left = "Two crowns were lost in a break-in at the Abbey of Melk, in Lower Austria, on June 9, 1998."
    trial = "The abbey's former sacristan went on trial in St. Poelten on June 19, 1998, prosecutors said."
    assert shown(left, trial, "date", WEAK) == []
    assert shown(left, trial, "date", STRONG) == [("June 9, 1998", "June 19, 1998")]


def test_a_moment_whose_next_clause_tells_another_act_is_no_conflict_in_a_weak_passage() -> None:
    # "but" opens the clause of another act: the march's start is not the crowd's leaving
    left = "Organisers said the march set off around 6:15pm but the square was cleared by officers."
    right = "By then (9:40 p.m.), officers said the square had been cleared and two people were held."
    assert shown(left, right, "time", WEAK) == []
    # the same act on both sides still conflicts
    near = "Organisers said the march set off around 6:45pm from the square, officers said."
    assert shown(left, near, "time", WEAK) == [("6:15pm", "6:45pm")]


def test_two_places_both_sentences_tell_are_no_ordinal_conflict() -> None:
    # each sentence names both places: a move from one to the other, not one place told two ways
    left = "The club fields Ortiz at second base and Kamara at third. A trade may move Ortiz."
    right = "A trade would move Ortiz from second to third base, with Kamara sent to the Mariners."
    assert shown(left, right, "ordinal", STRONG) == []
    # one side alone names a place: still one place told two ways
    right = "The club fields Ortiz at third base, with Kamara sent to the Mariners."
    assert shown(left, right, "ordinal", STRONG) == [("second", "third")]


def test_places_in_two_series_are_no_conflict_in_a_weak_passage() -> None:
    left = "It was the striker's second goal against the visitors this season."
    right = "The striker scored his ninth goal of the season in the first half."
    assert shown(left, right, "ordinal", WEAK) == []


def test_an_ordinal_in_a_strong_passage_still_conflicts() -> None:
    left = "It was the striker's second goal of the season, the club said."
    right = "It was the striker's third goal of the season, the club said."
    assert shown(left, right, "ordinal", STRONG) == [("second", "third")]


def test_two_people_s_days_in_a_weak_passage_are_no_conflict() -> None:
    left = "Defender Marco Ruiz was placed on the injured list Wednesday with a knee sprain."
    right = "On Tuesday, the club placed midfielder Tomas Berg on the injured list with a broken toe."
    assert shown(left, right, "day", WEAK) == []


def test_one_person_s_day_in_a_weak_passage_still_conflicts() -> None:
    left = "Defender Marco Ruiz was placed on the injured list Wednesday with a knee sprain."
    right = "On Tuesday, the club placed Ruiz on the injured list after he hurt his knee."
    assert shown(left, right, "day", WEAK) == [("Wednesday", "Tuesday")]


def test_a_source_named_is_not_the_person_the_value_belongs_to() -> None:
    # "Prosecutor Ann Hale said the 39-year-old ..." names who spoke, not whose age it is
    left = "Prosecutor Ann Hale said the 39-year-old Dayton man had been drinking before the crash."
    right = "The man accused of the crash is Paul Dorsey, a 38-year-old Dayton resident who had been drunk."
    assert shown(left, right, "age", WEAK) == [("39-year-old", "38-year-old")]


# ---------------------------------------------------------------------------------------
# two models, two offers: a measure written before what the figure is for


def test_prices_of_two_models_told_by_their_sizes_are_no_conflict() -> None:
    left = "The 15-inch laptop starts at $1,799 in the United States."
    right = "The 11-inch laptop still starts at $999 in the United States."
    assert shown(left, right, "amount", None) == []


def test_two_offers_told_by_their_lengths_are_no_conflict() -> None:
    left = "The Hawks offered the pitcher a seven-year deal worth $140 million, reports said."
    right = "The Lions made the pitcher an eight-year, $200 million offer, reports said."
    assert shown(left, right, "amount", None) == []


def test_one_model_s_two_prices_still_conflict() -> None:
    left = "The 13-inch laptop starts at $1,099 in the United States."
    right = "The 13-inch laptop starts at $1,199 in the United States."
    assert shown(left, right, "amount", None) == [("$1,099", "$1,199")]


# ---------------------------------------------------------------------------------------
# units of measure: one measure converted is no conflict; a wrong conversion is one


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The storm left 10 inches of snow on the town.",
            "The storm left 25 centimeters of snow on the town.",
        ),
        ("The fire burned 30 miles north of the town.", "The fire burned 48 kilometres north of the town."),
        ("The lorry carried 2,000 pounds of salt.", "The lorry carried 900 kilograms of salt."),
    ],
)
def test_one_measure_in_two_units_is_no_conflict(left: str, right: str) -> None:
    assert both_ways(left, right, "number") == []


def test_a_wrong_conversion_is_a_conflict_that_names_both_units() -> None:
    left = "The storm left 10 inches of snow on the town."
    right = "The storm left 50 centimeters of snow on the town."
    assert both_ways(left, right, "number") == [("10 inches", "50 centimeters")]
    c = reader.compare(left, right)
    assert [d.note for ln in c.links for d in ln.differences] == ["length: 10 inches vs 50 centimeters"]


@pytest.mark.parametrize(
    ("left", "right", "units"),
    [
        (
            "The ferry route covers 181 miles along the coast.",
            "The ferry route covers 181 kilometers along the coast.",
            "181 miles vs 181 kilometers",
        ),
        (
            "The tower rises 900 feet above the harbour.",
            "The tower rises 900 meters above the harbour.",
            "900 feet vs 900 meters",
        ),
        (  # two units within the bounds of a rough conversion, the figure kept (ut24's planted error)
            "The winger averaged 6.4 yards a run in the cup.",
            "The winger averaged 6.4 metres a run in the cup.",
            "6.4 yards vs 6.4 metres",
        ),
    ],
)
def test_one_figure_in_another_unit_of_its_measure_is_a_conflict(left: str, right: str, units: str) -> None:
    """The figure kept, its unit changed: another measure, which the note and the spans name."""
    left_span, right_span = units.split(" vs ")
    assert both_ways(left, right, "number") == [(left_span, right_span)]
    c = reader.compare(left, right)
    assert [d.note for ln in c.links for d in ln.differences] == [f"length: {units}"]


# British house style writes the unit onto its figure ("90km", "113km/h", "34C"); temperatures
# convert with the scales' zeros apart; "pounds" after a figure is a weight


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The ferry covered 90 miles before noon.", "The ferry covered 145km before noon."),
        ("Gusts reached 70 mph on the ridge overnight.", "Gusts reached 113km/h on the ridge overnight."),
        ("The calf weighed 3,400 pounds at birth.", "The calf weighed 1,540kg at birth."),
        ("The lake hit 94 degrees Fahrenheit on Sunday.", "The lake hit 34C on Sunday."),
        ("The lake hit 94°F on Sunday.", "The lake hit 34.4 °C on Sunday."),
        ("Frost held at minus 5C across the valley.", "Frost held at 23F across the valley."),
        # a scale one side leaves unsaid: nothing to compare
        ("The lake hit 94 degrees on Sunday.", "The lake hit 34C on Sunday."),
    ],
)
def test_a_measure_converted_in_british_style_is_no_conflict(left: str, right: str) -> None:
    assert both_ways(left, right, "number") == []
    c = reader.compare(left, right)
    assert [ln.only_left + ln.only_right for ln in c.links if ln.left != (0,)] in ([[]], [])


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (
            "The ferry covered 90 miles before noon.",
            "The ferry covered 90km before noon.",
            ("90 miles", "90km"),
        ),
        (
            "Gusts reached 70 mph on the ridge overnight.",
            "Gusts reached 70km/h on the ridge overnight.",
            ("70 mph", "70km/h"),
        ),
        (
            "The calf weighed 3,400 pounds at birth.",
            "The calf weighed 3,400kg at birth.",
            ("3,400 pounds", "3,400kg"),
        ),
        ("The lake hit 68°F on Sunday.", "The lake hit 25C on Sunday.", ("68°F", "25C")),
        (
            "The fire has burned 18,500 acres of forest.",
            "The fire has burned 18,500 hectares of forest.",
            ("18,500 acres", "18,500 hectares"),
        ),
    ],
)
def test_a_measure_converted_wrong_in_british_style_is_a_conflict(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert both_ways(left, right, "number") == [spans]


def test_the_one_figure_of_a_measure_left_on_each_side_is_one_measure() -> None:
    # the depths converted right beside them; the two temperatures are the only ones
    left = "Tags showed the turtle dove to 3,900 feet, where the water was about 41 degrees Fahrenheit."
    right = "Tags showed the turtle dived to 1,190 metres, in water of about 10C."
    assert both_ways(left, right, "number") == [("about 41 degrees Fahrenheit", "about 10C")]
    # the conflict's figures are no one-sided details besides
    c = reader.compare(f"Dive log\n\n{left}", f"Dive log\n\n{right}")
    assert [d.difference.left for d in c.disagreements()] == ["about 41 degrees Fahrenheit"]
    assert all(not k.only_left and not k.only_right for k in c.links)
    right = "Tags showed the turtle dived to 1,190 metres, in water of about 5C."
    assert both_ways(left, right, "number") == []


def test_a_small_c_on_a_figure_is_no_temperature() -> None:
    from reader import facts as facts_mod

    assert [f.unit for f in facts_mod.extract("Room 34c was empty.") if f.kind == "number"] == []
    assert [f.unit for f in facts_mod.extract("It was 34C in the shade.") if f.kind == "number"] == ["c"]


def test_pounds_sterling_are_still_money() -> None:
    left = "The club was fined 5,000 pounds sterling for the pitch invasion."
    right = "The club was fined 6,000 pounds sterling for the pitch invasion."
    assert both_ways(left, right, "amount") == [("5,000 pounds sterling", "6,000 pounds sterling")]


def test_pounds_of_a_sentence_about_money_are_sterling_and_a_weight_elsewhere() -> None:
    """ "9,250 pounds a year" for a fee is the sum "£9,250" (ut44: "£9,535" / "9,355 pounds" was
    missed, "£9,250" / "9,250 pounds" read as two things); a catch or a weight stays a weight."""
    left = "The college will charge £7,450 a year for the course from September."
    assert both_ways(left, left.replace("£7,450", "7,450 pounds"), "amount") == []
    assert both_ways(left, left.replace("£7,450", "7,540 pounds"), "amount") == [("£7,450", "7,540 pounds")]
    catch = "The trawler landed 7,450 pounds of cod at the harbour on Monday."
    assert [f.kind for f in facts.extract(catch) if f.text.startswith("7,450")] == ["number"]
    weight = "The bull weighed 2,100 pounds at the county fair, its owner said."
    assert [f.kind for f in facts.extract(weight) if f.text.startswith("2,100")] == ["number"]


def test_pounds_of_a_rate_a_fare_or_a_premium_are_sterling() -> None:
    """ut123: "the average daily rate rose 3.2 percent to 146 pounds" / "climbed 3.2% to 146 euros"
    read a count of pounds against a sum in euros, two things."""
    for text in (
        "The average nightly rate at the resort rose 4.1 percent to 212 pounds.",
        "The cheapest return fare to the island is now 86 pounds.",
        "Her annual premium went up to 1,240 pounds after the claim.",
    ):
        assert [f.kind for f in facts.extract(text) if f.text.split()[0][0].isdigit()][-1] == "money", text
    left = "The average nightly rate at the resort rose 4.1 percent to 212 pounds, the group said."
    assert both_ways(left, left.replace("212 pounds", "212 euros"), "amount") == [("212 pounds", "212 euros")]


def test_two_dimensions_are_two_measures() -> None:
    left = "The crew cleared 40 miles of road after the storm."
    right = "The crew cleared 40 tonnes of debris after the storm."
    assert both_ways(left, right, "number") == []
    left = "The crew cleared 12 miles of road after the storm."
    assert both_ways(left, right, "number") == []


# ---------------------------------------------------------------------------------------
# a change "from X to Y": a decimal figure is whole, not a range bound read from its decimals


def test_the_start_of_a_change_with_decimals_is_compared() -> None:
    left = "The tax rate rose from 16.67 percent to 18.75 percent last year."
    right = "The tax rate rose from 12.5 percent to 18.75 percent last year."
    assert both_ways(left, right, "percentage") == [("16.67 percent", "12.5 percent")]


# ---------------------------------------------------------------------------------------
# hedges and prices: "nearly" a figure, a price without its cents


def test_a_figure_a_little_under_one_told_as_nearly_it_is_no_conflict() -> None:
    left = "The records show the couple paid $43 million in taxes since 2007. The rest is gifts."
    right = "The couple earned $141 million and paid nearly $44 million in taxes from 2007 on."
    assert not [d for ln in reader.compare(left, right).links for d in ln.differences]
    far = right.replace("nearly $44 million", "nearly $48 million")
    notes = [d.note for ln in reader.compare(left, far).links for d in ln.differences]
    assert notes == ["amount: $43 million vs nearly $48 million"]


def test_half_a_place_rounded_up_under_a_hedge_is_no_conflict() -> None:  # ut159
    left = "The harvest is worth A$27.5 billion to growers, the forecaster said on Tuesday."
    right = "The forecaster put the value of the harvest at about A$28 billion."
    assert not [d for ln in reader.compare(left, right).links for d in ln.differences]
    far = right.replace("about A$28 billion", "about A$29 billion")  # near miss: rounds to no 29
    notes = [d.note for ln in reader.compare(left, far).links for d in ln.differences]
    assert notes == ["amount: A$27.5 billion vs about A$29 billion"]


def test_a_price_without_its_cents_is_the_same_price() -> None:
    left = "The phone sells for $99.99 down with monthly payments of $20."
    right = "The phone sells for $99 down with monthly payments of $20."
    assert shown(left, right, "amount", STRONG) == []
    other = "The phone sells for $89 down with monthly payments of $20."
    assert shown(left, other, "amount", STRONG) == [("$99.99", "$89")]


# ---------------------------------------------------------------------------------------
# negations that deny nothing: a plea against a verdict, a degree


def test_a_plea_of_not_guilty_against_a_verdict_of_guilty_is_two_acts() -> None:
    left = "A Tulsa man was found guilty Friday on two counts of arson at the depot."
    right = "A Tulsa man has pleaded not guilty to two counts of arson at the depot."
    assert both_ways(left, right, "negation") == []


@pytest.mark.parametrize(
    "left",
    [
        "A Tulsa man pleaded guilty Friday to two counts of arson at the depot.",  # two pleas
        "The jury found the Tulsa man guilty of two counts of arson at the depot.",  # two verdicts
    ],
)
def test_two_pleas_or_two_verdicts_still_conflict(left: str) -> None:
    right = left.replace("pleaded guilty", "pleaded not guilty").replace("man guilty", "man not guilty")
    assert [a for a, _ in both_ways(left, right, "negation")] == ["guilty"]


def test_not_old_enough_denies_a_degree_not_the_quality() -> None:
    left = "The two brothers are not old enough to vote in the county election."
    right = "The two brothers are old, and both will vote in the county election."
    assert both_ways(left, right, "negation") == []


def test_not_seen_since_a_time_is_last_seen_then() -> None:  # ut154
    left = "Public debt reached 97.1 percent of output in June, a level not seen since the early 1950s."
    right = "Public debt stood at 97.1% of output in June, a level last seen in the early 1950s."
    assert both_ways(left, right, "negation") == []
    # near miss: "seen since" stated against "not seen since" is a denial
    other = "Public debt reached 97.1 percent of output in June, a level often seen since the early 1950s."
    assert [a for a, _ in both_ways(left, other, "negation")] != []


# ---------------------------------------------------------------------------------------
# a word of the language is no name spelled two ways


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # an adverb capitalised only where its sentence opens
            "Partly through his friendship with Senator Ray Dunn, Hale rose fast. Hale left in 1980.",
            "The hall housed the Democratic Party offices. Hale left in 1980.",
        ),
        (  # a word the other article writes in lower case too
            "The deal with the Forbes family closed on Monday. It was signed at noon.",
            "The armed forces closed the road on Monday, the Armed Forces said. It was signed at noon.",
        ),
    ],
)
def test_a_word_of_the_language_is_no_name_spelled_two_ways(left: str, right: str) -> None:
    for a, b in ((left, right), (right, left)):
        assert reader.compare(a, b).names == []


def test_a_name_misspelled_across_the_articles_is_still_found() -> None:
    left = "Coach Dana Whitlock resigned on Monday. Whitlock had led the team since 2015."
    right = "Coach Dana Whitlok resigned on Monday after a losing season."
    c = reader.compare(left, right)
    shown_names = [(n.difference.left, n.difference.right) for n in c.names]
    in_links = [(d.left, d.right) for ln in c.links for d in ln.differences if d.kind == "spelling"]
    assert ("Whitlock", "Whitlok") in shown_names + in_links


def test_lengths_of_two_models_told_by_their_sizes_are_no_conflict() -> None:
    left = "The 11-inch laptop offers 5 hours of battery life on one charge."
    right = "The 15-inch laptop offers seven hours of battery life on one charge."
    assert shown(left, right, "duration", STRONG) == []
    same = "The 11-inch laptop offers seven hours of battery life on one charge."
    assert shown(left, same, "duration", STRONG) == [("5 hours", "seven hours")]


def test_a_quote_opened_by_saying_given_to_another_person_is_a_speaker_conflict() -> None:
    left = 'Sen. Ada Lindqvist slammed the memo, saying, "I am appalled by its contents and its harm."'
    right = 'Sen. Tom Brandt slammed the memo, saying, "I am appalled by its contents and its harm."'
    assert both_ways(left, right, "speaker") == [("Sen. Ada Lindqvist", "Sen. Tom Brandt")]
    same = 'Lindqvist slammed the memo on Monday, saying: "I am appalled by its contents and its harm."'
    assert both_ways(left, same, "speaker") == []


def test_a_spokesman_s_words_given_to_whom_he_speaks_for_is_a_speaker_conflict() -> None:
    # a user test: the name after "for" is whom the speaker speaks for, not a second name of
    # the speaker (as "Senator Ellis, the Democratic leader," / "Ellis" is)
    left = '"Several of the reports are not accurate," Tom Brandt, a spokesman for Okafor\'s office, said.'
    right = '"Several of the reports are not accurate," Okafor said on Friday.'
    assert both_ways(left, right, "speaker") == [("Tom Brandt", "Okafor")]
    same = '"Several of the reports are not accurate," Okafor, speaking for the harbour board, said.'
    assert both_ways(same, right, "speaker") == []


def test_a_quote_reworded_in_a_rewrite_that_merged_two_sentences_is_found() -> None:
    """The merged sentence's other quote is told alike by the passage's other sentence: that
    says nothing of the reworded one (a user test's merged 2-to-1 passage)."""
    left = (
        "The budget is dead on arrival, the leader said. "
        "“It is full of massive tax increases and more spending,” Senator Ada Lindqvist told reporters. "
        "Lindqvist said “the voters can thank the House” that the plan “will not see the light of day.”"
    )
    right = (
        "The budget is dead on arrival, the leader said. "
        "“It is full of massive tax increases and more borrowing,” Senator Ada Lindqvist told reporters,"
        " adding that “the voters can thank the House” that the plan “will not see the light of day.”"
    )
    c = reader.compare(left, right)
    notes = [d.note for ln in c.links for d in ln.differences]
    assert "quote worded two ways: “more spending” vs “more borrowing”" in notes


def test_did_not_and_the_past_form_differ_by_the_negation_alone() -> None:
    """ "did not dispute" / "disputed", though the sentence disputes something else later (a
    user test's planted negation)."""
    left = "Party officials did not dispute the authenticity of the tape, but disputed its meaning."
    right = "Party officials disputed the authenticity of the tape, but disputed its meaning."
    assert both_ways(left, right, "negation") == [("officials did not dispute", "officials disputed")]
    same = "Party officials didn’t dispute the authenticity of the tape, but disputed its meaning."
    assert both_ways(left, same, "negation") == []


def test_a_quote_whose_speaker_follows_a_few_words_of_the_writer_is_given_to_them() -> None:
    """'"..." of the report, said NAME': a user test moved such a quote to another person and it
    passed as told alike."""
    left = "The board is “doing all it can to reopen the pier” this summer, said Nora Quist, its spokeswoman."
    right = (
        "The board is “doing all it can to reopen the pier” this summer, said Harbour Director Ivo Brandt."
    )
    assert both_ways(left, right, "speaker") == [("Nora Quist", "Harbour Director Ivo Brandt")]
    # near misses: the same speaker with an office before the name; a writer's clause naming no one
    same = "The board is “doing all it can to reopen the pier” this summer, said spokeswoman Nora Quist."
    assert both_ways(left, same, "speaker") == []
    nobody = "The board is “doing all it can to reopen the pier” this summer, the harbour office said."
    assert both_ways(left, nobody, "speaker") == []


@pytest.mark.parametrize(
    ("name", "person_named"),
    [
        ("Labor Secretary Hilda Solis", "Hilda Solis"),
        ("Housing and Urban Development Secretary Julian Castro", "Julian Castro"),
        ("Secretary of State Mike Pompeo", "Mike Pompeo"),
        ("Gary Steinberg", "Gary Steinberg"),
        ("House Speaker Nancy Pelosi", "Nancy Pelosi"),
        ("Senate Majority Leader Mitch McConnell", "Mitch McConnell"),
        ("CBS reporter Major Garrett", "CBS reporter Major Garrett"),  # one word after the title
    ],
)
def test_an_office_named_by_its_field_is_no_part_of_the_person(name: str, person_named: str) -> None:
    assert person(name) == person_named


def test_a_question_credited_in_a_sentence_of_its_own_is_given_to_that_speaker() -> None:
    """'“...?” Committee Chairwoman Ana B. Ruiz (D-Ore.) said.': the credit is read with the
    quotation (a user test moved such a question to the House Speaker and nothing showed it)."""
    ask = "“Why must the islands wait a third winter for a ferry?”"
    left = f"The hearing opened on Tuesday. {ask} Harbour Committee Chairwoman Ana B. Ruiz (D-Ore.) said."
    right = f"The hearing opened on Tuesday. {ask} House Speaker Ivo Lind said."
    got = both_ways(left, right, "speaker")
    assert got == [("Harbour Committee Chairwoman Ana B. Ruiz", "House Speaker Ivo Lind")]
    same = f"The hearing opened on Tuesday. {ask} Ruiz said."
    assert both_ways(left, same, "speaker") == []


def test_two_speakers_who_share_only_a_given_name_are_two_people() -> None:
    said = "The strike ended on Friday. “We will keep the pumps running all winter,” {} said."
    assert both_ways(said.format("Mike Sommers"), said.format("Mike Wirth"), "speaker") == [
        ("Mike Sommers", "Mike Wirth")
    ]
    # with an adverb before the verb ("recently told reporters")
    later = (
        "The strike ended on Friday. “We will keep the pumps running all winter,” {} recently told reporters."
    )
    assert both_ways(later.format("Mike Sommers"), later.format("Mike Wirth"), "speaker") == [
        ("Mike Sommers", "Mike Wirth")
    ]
    # near misses: one surname, a given name written two ways or left out
    assert both_ways(said.format("Mike Sommers"), said.format("Michael Sommers"), "speaker") == []
    assert both_ways(said.format("Mike Sommers"), said.format("Sommers"), "speaker") == []


@pytest.mark.parametrize(
    ("left", "right", "kind", "expected"),
    [
        # a house style's edit in the same sentence hides no error (a fourth user test)
        (
            "The bus crashed on Friday. It was heading north on 117th St. about 7 p.m., police said.",
            "The bus crashed on Friday. It was heading north on 117th Street about 7 a.m., police said.",
            "time",
            [("7 p.m.", "7 a.m.")],
        ),
        (
            "Officials said the migrants could not be sent back easily to the U.S. border towns.",
            "Officials said the migrants could be sent back easily to the US border towns.",
            "negation",
            [("could not be", "could be")],
        ),
        (
            "The vote came late. The caucus chose Representative Ada Lindqvist of Oregon as its leader.",
            "The vote came late. The caucus chose Rep. Ava Lindqvist of Oregon as its leader.",
            "name",
            [("Representative Ada Lindqvist of Oregon", "Rep. Ava Lindqvist of Oregon")],
        ),
        (
            "Portland is the second-largest city in the region, officials said on Monday.",
            "Portland is the third-largest city in the region, officials said on Monday.",
            "ordinal",
            [("second", "third")],
        ),
    ],
)
def test_an_error_beside_a_house_style_edit_is_still_found(
    left: str, right: str, kind: str, expected: list[tuple[str, str]]
) -> None:
    assert both_ways(left, right, kind) == expected


def test_a_speaker_named_after_the_verb_with_a_role_before_the_name() -> None:
    """'“...,” said ACLU lawyer Lee Gelernt': a user test gave a quote to him and nothing showed."""
    said = "The suit was filed on Monday. “We will see them in court,” said {}."
    left, right = said.format("Ruth Okafor"), said.format("ACLU lawyer Lee Gelernt")
    assert both_ways(left, right, "speaker") == [("Ruth Okafor", "Lee Gelernt")]
    # near misses: the same person with a role; a pronoun and a verb after "said"
    assert both_ways(said.format("Lee Gelernt"), right, "speaker") == []
    after = "The suit was filed on Monday. “We will see them in court,” Ruth Okafor said he told Smith."
    assert both_ways(left, after, "speaker") == []


def test_a_speaker_named_before_the_verb_with_a_role_in_lower_case() -> None:
    """'“...,” festival director Lee Gelernt said': the role before the name kept the name from
    speaking, so a quote given to him showed nothing (ut88, ut89; and ut55, ut57, ut62)."""
    said = "The suit was filed on Monday. “We will see them in court,” {} said."
    left, right = said.format("Ruth Okafor"), said.format("union legal director Lee Gelernt")
    assert both_ways(left, right, "speaker") == [("Ruth Okafor", "Lee Gelernt")]
    # near misses: the same person with a role; a role and no name
    assert both_ways(said.format("Lee Gelernt"), right, "speaker") == []
    assert both_ways(left, said.format("the union's legal director"), "speaker") == []


@pytest.mark.parametrize(
    "speaker",
    [
        "Meridor chief commercial officer Lee Gelernt",  # a role of three words (ut41)
        "Meridor's chief executive, Lee Gelernt,",  # a company's role set off by commas (ut42)
    ],
)
def test_a_speaker_after_a_company_and_a_long_role_is_the_person(speaker: str) -> None:
    said = "The order was signed on Monday. “This is our largest order yet,” said {} on stage."
    left, right = said.format("Ruth Okafor"), said.format(speaker)
    assert both_ways(left, right, "speaker") == [("Ruth Okafor", "Lee Gelernt")]
    assert both_ways(said.format("Lee Gelernt"), right, "speaker") == []


@pytest.mark.parametrize(
    "speaker",
    [
        "Rovers manager Lee Gelernt",  # a club's name before the role (ut140)
        "Nordhafen Bank economist Lee Gelernt",  # a body of two words
        "Nordhafen's chief executive Lee Gelernt",  # a possessive
    ],
)
def test_a_speaker_named_before_the_verb_after_a_body_and_a_role(speaker: str) -> None:
    said = "The club lost on Saturday. “We were poor for half an hour,” {} said."
    left, right = said.format("Ruth Okafor"), said.format(speaker)
    assert both_ways(left, right, "speaker") == [("Ruth Okafor", "Lee Gelernt")]
    # near misses: the same person; a role and no name
    assert both_ways(said.format("Lee Gelernt"), right, "speaker") == []
    assert both_ways(left, said.format("the club's manager"), "speaker") == []


# ---------------------------------------------------------------------------------------
# two figures a side, one pair of them agreeing: the other pair is one slot


def test_the_one_figure_left_on_each_side_of_two_lists_conflicts() -> None:
    """ "40.4 mpg, compared to the 46.7 mpg projected in 2025" / "from 54 mpg by 2025 to 40
    mpg": 40.4 and 40 agree, so 46.7 and 54 are the old standard told two ways (a year both
    tell beside them is their shared word)."""
    left = (
        "The new rule sets an average of 30.4 miles per gallon, compared to the 36.7 miles per "
        "gallon projected in 2028 under the old standard."
    )
    right = "The new rule lowers the standard from 44 miles per gallon by 2028 to 30 miles per gallon."
    assert shown(left, right, "number", None) == [("36.7", "44")]
    # near miss: no year or word beside the two figures but their unit
    other = "The new rule lowers the standard from 44 miles per gallon to 30 miles per gallon."
    assert shown(left.replace(" projected in 2028", ""), other, "number", None) == []


def test_a_quotation_standing_alone_after_a_speaker_s_goes_on_with_the_speaker() -> None:
    """ut30: '"...," Chief Ortega told reporters. "The winds do what they want."' in one paragraph;
    the rewrite gave the second quotation to the sheriff."""
    from reader.pipeline import compare_texts

    left = (
        "Fire crosses the ridge\n\n"
        "Crews fought the fire through the night.\n\n"
        '"We have not seen fire like this in thirty years," Fire Chief Dana Ortega told reporters. '
        '"The winds are doing whatever they want."\n\n'
        "Schools in the valley will stay closed on Wednesday."
    )
    right = (
        "Fire crosses the ridge\n\n"
        "Crews fought the fire through the night.\n\n"
        '"We have not seen fire like this in thirty years," Fire Chief Dana Ortega told reporters.\n\n'
        'Sheriff Tom Lopez warned: "The winds are doing whatever they want."\n\n'
        "Schools in the valley will stay closed on Wednesday."
    )
    c = compare_texts(left, right)
    got = [(d.left, d.right) for k in c.links for d in k.differences if d.kind == "speaker"]
    assert got == [("Dana Ortega", "Sheriff Tom Lopez")]
    # in another paragraph the quotation is nobody's we know: no speaker to set against
    apart = left.replace(' told reporters. "The winds', ' told reporters.\n\n"The winds')
    c = compare_texts(apart, right)
    assert [d for k in c.links for d in k.differences if d.kind == "speaker"] == []


def test_whose_campaign_a_speaker_represents_is_not_who_speaks() -> None:
    from reader import facts as facts_mod

    sentences = [
        "Mark Delaney, the lawyer representing Ms. Okafor's campaign, confirmed the subpoenas to reporters.",
        '"We will cooperate with every inquiry," he said.',
    ]
    got = facts_mod.extract_document(sentences)
    assert [f.speaker for f in got[1] if f.kind == "quote"] == ["Mark Delaney"]


def test_two_statements_on_one_topic_are_no_quote_of_two_speakers() -> None:
    # "federal tax law" is what both statements are about, not one quotation given twice
    left = '"Congress alone has the responsibility of determining federal tax law," Brown said.'
    right = '"It grants protections under federal tax law that all couples deserve," Lew said.'
    assert both_ways(left, right, "speaker") == []
    # the same words given to another speaker still conflict, a short quote too
    assert both_ways(left, left.replace("Brown", "Lew"), "speaker") == [("Brown", "Lew")]
    short_l = 'The levy was "a disaster for the town," Brown said.'
    short_r = 'The levy was "a disaster," Lew said.'
    assert both_ways(short_l, short_r, "speaker") == [("Brown", "Lew")]
    # a short quote's words scattered in the other are another thing said
    assert (
        both_ways('"Not Obama\'s war," Brown said.', '"A war of Obama\'s choosing," Lew said.', "speaker")
        == []
    )


def test_a_count_beside_a_measure_converted_is_still_compared() -> None:
    # "under 8 feet long" / "under 2.4 metres long" is no second figure of the juveniles' count
    left = "The team will tag at least four juveniles under 8 feet long next year."
    right = "The team will tag at least six juveniles under 2.4 metres long next year."
    assert both_ways(left, right, "number") == [("at least four", "at least six")]
    same = "The team will tag at least four juveniles under 2.4 metres long next year."
    assert both_ways(left, same, "number") == []


@pytest.mark.parametrize("verb", ["cautioned", "observed", "concluded", "emphasised", "asserted"])
def test_a_quote_after_a_verb_of_saying_and_that_is_the_speaker_s(verb: str) -> None:
    left = '"Tags only tell you where the seal surfaced, not its path," said Dr. Ines Varga.'
    right = f'Mara Holt herself {verb} that "tags only tell you where the seal surfaced, not its path".'
    assert both_ways(left, right, "speaker") == [("Dr. Ines Varga", "Mara Holt")]


def test_bare_degrees_take_the_one_scale_the_article_names() -> None:
    from reader.pipeline import compare_texts

    left = (
        "Heat grips the valley\n\nTemperatures reached 94 degrees Fahrenheit in the valley on Tuesday.\n\n"
        "Overnight lows in the valley stayed near 68 degrees, forecasters said."
    )
    right = (
        "Heat grips the valley\n\nTemperatures reached 34C in the valley on Tuesday.\n\n"
        "Overnight lows in the valley stayed near {} forecasters said."
    )
    c = compare_texts(left, right.format("25C,"))
    assert [(d.left, d.right) for k in c.links for d in k.differences] == [("68 degrees", "25C")]
    assert [d for k in compare_texts(left, right.format("20C,")).links for d in k.differences] == []
    # with no scale named anywhere, bare degrees are compared with no temperature
    plain = left.replace(" Fahrenheit", "")
    assert [d for k in compare_texts(plain, right.format("25C,")).links for d in k.differences] == []


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (
            "The utility said it has no evidence that its equipment caused the fire.",
            "The utility said it found evidence that its equipment caused the fire.",
            ("has no evidence", "found evidence"),
        ),
        (
            "Inspectors said they saw no sign of a leak at the plant on Monday.",
            "Inspectors said they had signs of a leak at the plant on Monday.",
            ("saw no sign", "had signs"),
        ),
    ],
)
def test_no_thing_had_against_a_thing_found_is_a_denial(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert both_ways(left, right, "negation") == [spans]


@pytest.mark.parametrize(
    ("left", "right", "kind", "spans"),
    [
        (
            "Skin irritation was reported by 2.1 percent of patients.",
            "Skin irritation was reported by 21 percent of patients.",
            "percentage",
            ("2.1 percent", "21 percent"),
        ),
        (
            "The monitor costs $29 a month to rent.",
            "The monitor costs $290 a month to rent.",
            "amount",
            ("$29", "$290"),
        ),
        (
            "The champion took home $585,000 in prize money.",
            "The champion took home $5.85 million in prize money.",
            "amount",
            ("$585,000", "$5.85 million"),
        ),
    ],
)
def test_a_figure_with_its_point_moved_is_one_figure_misreported(
    left: str, right: str, kind: str, spans: tuple[str, str]
) -> None:
    """ut31, ut32: the classic desk slip, a tenfold figure (money and shares over three times
    apart are otherwise two scopes)."""
    assert both_ways(left, right, kind) == [spans]


def test_figures_apart_by_more_than_a_slip_are_still_two_scopes() -> None:
    # other digits, or one digit alone, in other words: a plan's share and another's
    assert (
        both_ways(
            "The levy takes 2.1 percent of sales.",
            "The new levy would claim 35 percent of sales.",
            "percentage",
        )
        == []
    )
    assert (
        both_ways(
            "Growth was 2 percent last year.", "Growth has reached 20 percent since 2019.", "percentage"
        )
        == []
    )
    # ... but between the same words, written alike, one figure told two ways: a slip
    assert both_ways("Growth was 2 percent last year.", "Growth was 20 percent last year.", "percentage") == [
        ("2 percent", "20 percent")
    ]


@pytest.mark.parametrize(
    ("left", "down", "right"),
    [
        ("Coverage decreased from 94 percent in 2019 to 89 percent last year.", "decreased", "rose"),
        ("Hospital admissions declined by a third over the winter, the trust said.", "declined", "climbed"),
        ("Ticket sales dropped sharply after the final was moved, organisers said.", "dropped", "grew"),
    ],
)
def test_any_word_of_going_down_against_any_of_going_up_is_an_opposite(
    left: str, down: str, right: str
) -> None:
    got = both_ways(left, left.replace(down, right, 1), "negation")
    assert got == [(down, right)]


def test_to_avoid_doing_it_states_no_doing_it() -> None:
    left = "Anyone with a fever should call first, to avoid infecting others in waiting rooms."
    right = "Anyone with a fever should call first so they do not infect others in waiting rooms."
    assert both_ways(left, right, "negation") == []
    stated = "The patient was infecting others in the waiting room, nurses said."
    assert both_ways(stated, stated.replace("was infecting", "was not infecting"), "negation") != []


def test_people_under_two_general_names_are_one_count() -> None:
    left = "The study followed 98,560 adults for 12 years."
    assert both_ways(left, "The study followed 9,856 men and women for 12 years.", "number") == [
        ("98,560", "9,856")
    ]
    assert both_ways(left, "The study followed 98,560 men and women for 12 years.", "number") == []


def test_a_share_is_not_a_change_in_points() -> None:
    # ut32: a relative cut reported as an absolute one
    left = "The drug cut the risk of a second stroke by 40 percent compared with a placebo."
    right = left.replace("40 percent", "40 percentage points")
    assert both_ways(left, right, "percentage") == [("40 percent", "40 percentage points")]
    same = "Support rose 4 percentage points to 40 percent, the poll found."
    assert both_ways(same, same.replace("40 percent", "40%"), "percentage") == []


def test_a_level_told_by_its_change_in_points_is_no_conflict() -> None:
    # ut131: "up from 15 percent" / "rose by 7 percentage points" set the old level against the change
    left = "Early voting rose to 19 percent of ballots, up from 12 percent in 2022."
    right = "Early voting rose by 7 percentage points from 2022, to 19% of ballots."
    assert both_ways(left, right, "percentage") == []
    # near miss: two old levels, one unit, still conflict
    right = "Early voting rose to 19% of ballots, up from 13 percent in 2022."
    assert both_ways(left, right, "percentage") == [("12 percent", "13 percent")]


@pytest.mark.parametrize(
    ("left", "right", "note"),
    [
        (
            "Thermometers in Lyon read 39C at noon.",
            "Thermometers in Lyon read 41C at noon.",
            "temperature: 39C vs 41C",
        ),
        (
            "The jet levelled off at 31,000 feet over the Alps.",
            "The jet levelled off at 33,000 feet over the Alps.",
            "length: 31,000 feet vs 33,000 feet",
        ),
        (
            "The harvester lifted 12 tonnes of beet in an hour.",
            "The harvester lifted 15 tonnes of beet in an hour.",
            "weight: 12 tonnes vs 15 tonnes",
        ),
        (
            "The ferry covered 90 miles before noon.",
            "The ferry covered 90km before noon.",
            "length: 90 miles vs 90km",
        ),
        # a count of things keeps the noun it counts, after the figures
        (
            "Some 400 volunteers cleared the beach in Brest.",
            "Some 600 volunteers cleared the beach in Brest.",
            "number: Some 400 vs Some 600 (volunteers)",
        ),
    ],
)
def test_a_measure_s_conflict_is_named_by_what_it_measures(left: str, right: str, note: str) -> None:
    c = reader.compare(left, right)
    assert [d.difference.note for d in c.disagreements()] == [note]
    # the kind rules read stays "number"; the label is the note's, and the Markdown export uses it
    assert [d.difference.kind for d in c.disagreements()] == ["number"]
    assert c.disagreements()[0].difference.label == note.partition(":")[0]


def test_dollars_of_no_country_in_a_sentence_of_one_country_s_dollars_are_that_country_s() -> None:
    """ut130: "spent 6.8 billion Australian dollars ... a further 2.5 billion dollars" / "A$6.8
    million ... another A$2.5 billion": the bare dollars read as US dollars left A$2.5 billion
    unexplained, and the slip was noted against it ("6.8 billion Australian dollars vs A$2.5
    billion")."""
    left = (
        "Ottawa has spent 4.1 billion Canadian dollars on the scheme since 2021 and set aside a further "
        "1.3 billion dollars for the next three years."
    )
    assert [(f.text, f.unit) for f in facts.extract(left) if f.kind == "money"] == [
        ("4.1 billion Canadian dollars", "CAD"),
        ("1.3 billion dollars", "CAD"),
    ]
    right = "Spending on the scheme reached C$4.1 million since 2021, with another C$1.3 billion set aside."
    assert both_ways(left, right, "amount") == [("4.1 billion Canadian dollars", "C$4.1 million")]
    # dollars named as US dollars, or a "$" sign (a wire's conversion), keep their country
    told = "Canberra will pay 3 billion Australian dollars, or about 2 billion US dollars, for the jets."
    assert [f.unit for f in facts.extract(told) if f.kind == "money"] == ["AUD", "USD"]
    sign = "Canberra will pay A$3 billion ($2 billion) for the jets."
    assert [f.unit for f in facts.extract(sign) if f.kind == "money"] == ["AUD", "USD"]


def test_an_act_last_done_then_is_not_done_since() -> None:
    # ut253: "had last won the seat in 1997" / "had not won the seat since 1997"
    left = "The Liberals had last won the district in 2003, the commission said."
    right = "The Liberals had not won the district since 2003, the commission said."
    assert both_ways(left, right, "negation") == []
    # near miss: a win stated without "last" against one denied since is read as before
    assert both_ways(left.replace("had last won", "won"), right, "negation") != []


def test_an_act_stated_of_one_doer_and_denied_of_another_both_named_is_no_denial() -> None:
    # ut252: "a relative identified the older man" / "although police have not identified either man"
    left = "Police have not released the names, but a neighbour identified the driver as Omar Reyes."
    right = "Neighbours named the driver as Omar Reyes, although police have not identified him."
    assert both_ways(left, right, "negation") == []
    # near miss: one doer on both sides
    denied = "Police have not identified the driver as Omar Reyes, the neighbour said."
    assert (
        both_ways("Police identified the driver as Omar Reyes, the neighbour said.", denied, "negation") != []
    )
    # near miss: one doer named two ways, each side writing both words ("team" / "side", ut194)
    left = "Coach Ana Ruiz said her side had wasted chances and admitted the stronger team had won."
    right = "Coach Ana Ruiz said her team had wasted chances but insisted the stronger side had not won."
    assert both_ways(left, right, "negation") != []
