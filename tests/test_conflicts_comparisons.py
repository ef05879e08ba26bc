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
