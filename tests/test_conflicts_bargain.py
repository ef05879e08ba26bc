"""Two sides of a bargain: a sum demanded and a sum offered are two sums, not one told two ways."""

from __future__ import annotations

from mirror import both_ways, cross_of_kind

money = cross_of_kind("money")
OPENING = "The miners' strike entered its third week on Monday."


def test_a_demand_and_an_offer_do_not_conflict() -> None:
    left = [OPENING, "The union repeated its demand for $60 million in back pay for the miners."]
    right = [OPENING, "The company called its offer of $35 million in back pay for the miners fair."]
    assert both_ways(money, left, right) == []


def test_two_tellings_of_one_demand_still_conflict() -> None:
    left = [OPENING, "The union repeated its demand for $60 million in back pay for the miners."]
    right = [OPENING, "The union has demanded $45 million in back pay for the miners since May."]
    assert both_ways(money, left, right) == [(1, 1, "$60 million", "$45 million")]


def test_a_sentence_telling_both_sides_keeps_its_sum_pairable() -> None:
    left = [OPENING, "The union demanded $60 million in back pay for the miners, after an offer."]
    right = [OPENING, "The union has demanded $45 million in back pay for the miners since May."]
    assert both_ways(money, left, right) == [(1, 1, "$60 million", "$45 million")]


def test_a_bargaining_word_in_another_clause_is_not_the_sums() -> None:
    storm = "Storms flooded the coast on Monday."
    left = [storm, "The governor requested federal aid, saying the storm caused $3 billion in damage."]
    right = [storm, "Officials floated a recovery plan, saying the storm caused $5 billion in damage."]
    assert both_ways(money, left, right) == [(1, 1, "$3 billion", "$5 billion")]
