"""One outcome told of a count in two words, across the whole articles (reader.facts.pairing).

"flattening 12 homes" and "eight homes had been destroyed" count the homes lost; a count that
is the subject of a clause of its own takes the verb after it, not a word before it ("told the
radio station eight homes had been destroyed"); two counts of two things in one sentence add up
to nothing the article tells.  Every sentence here is made up for the test; each case is checked
both ways round (tests/mirror.py).
"""

from __future__ import annotations

from mirror import both_ways, cross_of_kind

NUMBERS = cross_of_kind("number")

STORM = [
    "A tornado tore through Harlan County on Friday, flattening 12 homes and"
    " injuring five people, the sheriff said."
]


def test_one_loss_in_two_words_is_a_conflict() -> None:
    right = [
        "The sheriff told a radio station that eight homes had been destroyed and five"
        " people injured in the county."
    ]
    assert both_ways(NUMBERS, STORM, right) == [(0, 0, "12", "eight")]


def test_the_word_before_a_clause_of_its_own_is_not_its_verb() -> None:
    # "station" stands right before the count: the count's verb is "had been destroyed"
    right = [
        "The sheriff told the county radio station eight homes had been destroyed and five people injured."
    ]
    assert both_ways(NUMBERS, STORM, right) == [(0, 0, "12", "eight")]


def test_two_counts_of_two_things_add_up_to_no_told_figure() -> None:
    # 8 homes and 4 people make 12, which is no count of homes
    right = [
        "The sheriff told a radio station that eight homes had been destroyed and four"
        " people hurt in the county."
    ]
    assert both_ways(NUMBERS, STORM, right) == [(0, 0, "12", "eight")]


def test_parts_of_one_thing_still_add_up() -> None:
    right = [
        "The sheriff said the tornado flattened seven homes in Harlan and five homes in"
        " nearby Evarts on Friday."
    ]
    assert both_ways(NUMBERS, STORM, right) == []


def test_two_outcomes_are_two_counts() -> None:
    right = [
        "The sheriff said eight homes had been evacuated before the tornado in the"
        " county and five people injured."
    ]
    assert both_ways(NUMBERS, STORM, right) == []


def test_fewer_homes_damaged_than_flattened_is_a_conflict() -> None:
    # a flattened home is a damaged one: eight damaged cannot hold 12 flattened
    right = [
        "The sheriff said eight homes had been damaged by the tornado in the county and five people injured."
    ]
    assert both_ways(NUMBERS, STORM, right) == [(0, 0, "12", "eight")]


def test_more_homes_damaged_than_flattened_agree() -> None:
    # a flattened home is a damaged one too: 45 damaged and 12 flattened agree
    right = [
        "The sheriff said 45 homes had been damaged by the tornado in the county and five people injured."
    ]
    assert both_ways(NUMBERS, STORM, right) == []


def test_a_relative_clause_keeps_the_verb_before() -> None:
    # the six were rescued: the clause tells what they were, not a count of the stranded
    left = ["Coast guard crews rescued six passengers who were stranded on the ferry near Oban on Sunday."]
    right = ["Four passengers were stranded on the ferry near Oban on Sunday, the coast guard said."]
    assert both_ways(NUMBERS, left, right) == []


def test_the_dead_of_a_town_the_other_article_never_names_are_not_paired() -> None:
    left = [
        "A gunman stormed a market in Dunmore, killing nine people.",
        "It came a week after the attack on a school in Carlow.",
    ]
    right = ["A gunman killed 14 people at a school in Carlow, police said."]
    assert both_ways(NUMBERS, left, right) == []


GROUND = ["Lightning struck four people at a cricket ground in Leeds on Sunday, officials said."]


def test_a_list_of_who_they_were_keeps_the_verb_after_it() -> None:
    # struck by lightning and injured (by the strike or in the rush to leave) are two counts
    right = [
        "Six people, including two players, were injured at the cricket ground in Leeds"
        " on Sunday, officials said."
    ]
    assert both_ways(NUMBERS, GROUND, right) == []


def test_one_toll_past_a_list_of_who_they_were_is_a_conflict() -> None:
    left = ["A bus plunged into a ravine near Cusco on Sunday, killing four people, officials said."]
    right = ["Six people, including two children, were killed when the bus plunged into a ravine near Cusco."]
    assert both_ways(NUMBERS, left, right) == [(0, 0, "four", "Six")]


QUAKE = [
    "An earthquake shook the island of Korsa on Monday, killing 10 people and destroying dozens of homes."
]


def test_one_toll_told_early_and_late_is_a_conflict() -> None:
    # more than three times apart: told of one outcome, still one count
    right = [
        "The island's governor told reporters that three people had been killed in the earthquake on Korsa."
    ]
    assert both_ways(NUMBERS, QUAKE, right) == [(0, 0, "10", "three")]


def test_a_toll_ten_times_apart_is_another_count() -> None:
    right = [
        "The earthquake killed 110 people on Korsa and the mainland together, the governor told reporters."
    ]
    assert both_ways(NUMBERS, QUAKE, right) == []


def test_a_count_with_no_outcome_is_not_a_toll() -> None:
    right = [
        "The island's governor told reporters that three people had been rescued after"
        " the earthquake on Korsa."
    ]
    assert both_ways(NUMBERS, QUAKE, right) == []
