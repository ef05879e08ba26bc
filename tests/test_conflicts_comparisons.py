"""A comparison turned round in a reworded sentence (ut83, ut88, ut90: food, startups and tax
desks): "held up better than the wider market" / "fared worse than the broader market"."""

from __future__ import annotations

import pytest

from reader.facts.comparisons import opposite_comparison, other_way_round
from tests.test_conflicts_guards import both_ways


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (  # the verb before and the adjective after reworded
            "Regional airports have coped better than the big hubs with the strikes, the survey found.",
            "Regional airports fared worse than the larger hubs during the strikes, according to the survey.",
            ("better", "worse"),
        ),
        (  # what it is compared with told in more words on one side
            "Even after the rise, Dunmore's water charge remains lower than those of nearby Kells,"
            " at 2.1 euros, and Navan.",
            "With the rise, Dunmore's water charge is now higher than those of nearby Kells and Navan.",
            ("lower", "higher"),
        ),
        (  # the comparative opens its clause: what it compares is the clause before (ut94)
            "Average bus fares rose 4.1 percent, more than the general inflation rate of 3.2 percent.",
            "Bus fares rose on average by 4.1%, less than general inflation of 3.2%.",
            ("more", "less"),
        ),
        (  # against a level named by its figure ("than the 3.1 percent they had forecast": ut137)
            "Analysts expect copper output to grow by 2.3 percent this year, slower than the 3.1 percent"
            " they had forecast in March.",
            "Analysts now see copper output growth of 2.3% this year, faster than the 3.1% they had"
            " predicted in March.",
            ("slower", "faster"),
        ),
        (  # a level set with "above" / "below", what it is compared with reworded (ut117)
            "Quarterly sales reached 4.2 billion euros, just above the average analyst forecast of"
            " 4.1 billion euros.",
            "Quarterly sales came to 4.2 billion euros, just below the 4.1 billion euro average analyst"
            " forecast.",
            ("above", "below"),
        ),
        (  # a preposition of level on one side, a comparative of the other way on the other (ut142)
            "Occupancy is expected to be about 71 percent this summer, slightly below last year's"
            " 74 percent.",
            "Summer occupancy should be about 71%, slightly higher than last year's 74%.",
            ("below", "higher"),
        ),
        (  # the thing compared told in other words, its figure before the comparative alike (ut269)
            "The new ferry crossed in 3 hours 40 minutes, quicker than the old vessel's best time.",
            "At 3 hours 40 minutes, the crossing by the new ferry was slower than the old vessel's best.",
            ("quicker", "slower"),
        ),
        (  # two bounds of one span of time are a comparison, not a count's threshold
            "The crew reached the ward in less than 9 minutes, the trust said on Friday.",
            "The crew reached the ward after more than 9 minutes, the trust said on Friday.",
            ("less", "more"),
        ),
    ],
)
def test_a_comparison_turned_round_in_other_words_conflicts(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert opposite_comparison(left, right) == spans
    assert opposite_comparison(right, left) == spans[::-1]
    assert both_ways(left, right) == [("negation", *spans)]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # the two things compared from each other's side: one claim
            "Dunmore's water charge is higher than Kells's charge, the report found on Monday.",
            "Kells's water charge is lower than Dunmore's charge, the report found on Monday.",
        ),
        (  # a negated comparison says the other
            "Dunmore's water charge is not higher than the charge in Kells, officials said.",
            "Dunmore's water charge is lower than the charge in Kells, officials said.",
        ),
        (  # a figure's bound, not a level named: the figures' rule ("below 300" / "above 300")
            "The firm expects job cuts at the plant to stay below 300 this year, the union said.",
            "The firm expects job cuts at the plant to rise above 300 this year, the union said.",
        ),
        (  # the other way round, each side's figure the other's level
            "Wage growth in the public sector was 3.9 percent, below the 4.4 percent rate in the private"
            " sector.",
            "Wage growth in the private sector was 4.4 percent, above the 3.9 percent rate in the public"
            " sector.",
        ),
        (  # compared with two things
            "Regional airports have coped better than the big hubs with the strikes, the survey found.",
            "Regional airports fared worse than the railways during the strikes, according to the survey.",
        ),
    ],
)
def test_a_comparison_from_the_other_side_negated_or_of_another_thing_is_no_conflict(
    left: str, right: str
) -> None:
    assert opposite_comparison(left, right) is None
    assert [k for k, _, _ in both_ways(left, right) if k in ("negation", "name")] == []


def test_the_other_way_round_is_told_apart_from_a_reversal() -> None:
    a = "Dunmore's water charge is higher than Kells's charge, the report found on Monday."
    assert other_way_round(
        a, "Kells's water charge is lower than Dunmore's charge, the report found on Monday."
    )
    assert not other_way_round(
        a, "Dunmore's water charge is lower than Kells's charge, the report found on Monday."
    )


def test_the_other_side_s_thing_as_subject_with_no_than_is_the_other_way_round() -> None:
    # ut146: "the price was 500 yuan higher than the X8 Pro" / "the X8 Pro had cost 500 yuan less"
    a = "The analyst said the new phone's price was 300 euros higher than the Vela 5, citing memory costs."
    b = "The analyst noted that the Vela 5 had cost 300 euros less, citing memory costs."
    assert other_way_round(a, b) and other_way_round(b, a)
    assert [k for k, _, _ in both_ways(a, b) if k == "negation"] == []
    # near miss: the same thing as subject on both sides, no other side's thing: a reversal
    c = "The analyst noted that the new phone's price was 300 euros lower, citing memory costs."
    assert not other_way_round(a, c)
    assert [k for k, _, _ in both_ways(a, c) if k == "negation"] == ["negation"]


def test_an_opposite_beside_a_figure_with_the_thing_after_it_reworded() -> None:
    # ut144: "0.29 metres below the record set during Storm Eva" / "0.29 metres above its Storm Eva
    # record": the words before alike, the thing after told in other words
    from reader.facts.opposite_context import opposite_in_clause

    a = "The Ouse at York peaked at 5.1 metres, 0.4 metres below the record set during Storm Ciara in 2020."
    b = "The Ouse at York peaked at 5.1 metres, 0.4 metres above its Storm Ciara record of 2020."
    assert opposite_in_clause(a, b) == ("below", "above")
    assert opposite_in_clause(b, a) == ("above", "below")
    # near miss: the thing after it another ("below the flood defences' height")
    c = "The Ouse at York peaked at 5.1 metres, 0.4 metres above the height of the new defences in 2020."
    assert opposite_in_clause(a, c) is None


def test_two_things_measured_against_one_level_are_not_one_comparison() -> None:
    # each side's own figure before the level: two things measured (the unit's name and figure
    # apart are the names' and figures' rules), not one comparison turned round
    a = "Revenue at the German unit, 2.1 billion euros, was above the 2 billion euros analysts had forecast."
    b = "Revenue at the French unit, 1.9 billion euros, was below the 2 billion euros analysts had forecast."
    assert opposite_comparison(a, b) is None
    c = "Revenue at the German unit, 2.1 billion euros, was below the 2 billion euros analysts had forecast."
    assert opposite_comparison(a, c) == ("above", "below")
    # a figure before both comparatives makes one thing compared, two figures two things
    d = "The new ferry crossed in 3 hours 40 minutes, quicker than the old vessel's best time."
    e = "At 4 hours 10 minutes, the crossing by the old ferry was slower than the old vessel's best."
    assert opposite_comparison(d, e) is None
