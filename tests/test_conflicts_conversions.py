"""A sum converted beside another (ut38, an international desk): two conversions of one sum
are one figure however far apart ("($200)" / "(about $2,000)" of 30,000 yen: one is converted
wrong), conversions of two sums never are ("($200)" of 30,000 yen / "($133)" of 20,000 yen)."""

from __future__ import annotations

import pytest

from reader import facts
from reader.facts.conversions import conversion_key, converted_sum, wrong_conversions
from reader.pipeline import compare_texts
from tests.test_conflicts_markets import _both_ways


@pytest.mark.parametrize(
    ("text", "figure", "converts"),
    [
        ("Each family gets 12,000 rupees ($144) a year.", "$144", "12,000 rupees"),
        ("The fine was €50 (about $54) per vehicle.", "about $54", "€50"),
        ("The fine was €50 (roughly $54) per vehicle.", "$54", "€50"),
        ("Tickets cost €50 and the bus costs $12.", "$12", None),  # two sums, far apart
        ("The fine was €50 per vehicle, $5 more than in 2021.", "$5", None),
        ("Each family gets 12,000 rupees a year.", "12,000 rupees", None),
    ],
)
def test_the_sum_a_conversion_converts_is_told_just_before_it(
    text: str, figure: str, converts: str | None
) -> None:
    found = facts.extract(text)
    (f,) = [f for f in found if f.text == figure or f.text.endswith(figure)]
    of = converted_sum(f, found)
    assert (of.text if of else None) == converts
    assert bool(conversion_key(f, found)) is (converts is not None)


def test_two_conversions_of_one_sum_are_compared_however_far_apart() -> None:
    left = "Pensioners will receive a one-off payment of 12,000 rupees ($144) before the festival."
    wrong = left.replace("($144)", "(about $1,440)")
    assert _both_ways(left, wrong) == [("amount", "$144", "about $1,440")]
    # rounded, or converted at the next day's rate: one sum all the same
    assert _both_ways(left, left.replace("($144)", "(about $150)")) == []
    assert _both_ways(left, left.replace("($144)", "($140)")) == []


def test_conversions_of_two_sums_are_never_one_figure() -> None:
    left = "Each household gets 30,000 yen ($200), with an extra 20,000 yen for each child."
    right = "Each household gets 30,000 yen, with an extra 20,000 yen ($133) for each child."
    assert _both_ways(left, right) == []
    wrong = "Each household gets 30,000 yen (about $2,000), plus 20,000 yen ($133) for each child."
    assert _both_ways(left, wrong) == [("amount", "$200", "about $2,000")]


def test_wrong_conversions_pairs_only_conversions_of_one_sum() -> None:
    a = facts.extract("A grant of 5 million euros ($5.4 million) and 2 million euros ($2.2 million).")
    b = facts.extract("A grant of 5 million euros ($54 million) and 2 million euros ($2.2 million).")
    assert [(x.text, y.text) for x, y in wrong_conversions(a, b)] == [("$5.4 million", "$54 million")]


def test_a_conversion_of_another_sum_elsewhere_in_the_articles_is_no_conflict() -> None:
    # unlinked sentences: the articles' facts are paired across them, and a conversion of
    # 30,000 yen is never compared with a conversion of 20,000 yen
    left = (
        "Tokyo plans aid\n\nThe government will pay households exempt from residence tax 30,000 yen ($200)"
        " under the relief plan approved by the cabinet. Officials said the money would arrive by spring."
    )
    right = (
        "Japan approves aid\n\nOfficials said the money would arrive by spring. Under the relief plan"
        " approved by the cabinet, households exempt from residence tax get 20,000 yen ($133) for each child."
    )
    told = {(d.difference.left, d.difference.right) for d in compare_texts(left, right).disagreements()}
    assert ("$200", "$133") not in told
    # the same sentences with one conversion of one sum: compared across the articles
    wrong = right.replace("20,000 yen ($133) for each child", "30,000 yen ($2,000)")
    told = {(d.difference.left, d.difference.right) for d in compare_texts(left, wrong).disagreements()}
    assert ("$200", "$2,000") in told
