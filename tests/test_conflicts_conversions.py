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


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        pytest.param(  # the other sum told alike on both sides converts nothing (ut75)
            "The Tianjin lumber premium eased to $26 a cubic metre from $41 in early May.",
            "The Tianjin lumber premium eased to 26 yuan a cubic metre from $41 in early May.",
            [("amount", "$26", "26 yuan")],
            id="twin-converts-nothing",
        ),
        pytest.param(  # "pounds a tonne" is a price, not a weight (ut75)
            "In London, July sugar settled at 512 pounds a tonne after a volatile session.",
            "London's July sugar contract settled at 512 euros a tonne after a volatile session.",
            [("amount", "512 pounds", "512 euros")],
            id="pounds-a-tonne",
        ),
        pytest.param(  # "won" after a scale is Korea's currency (ut77)
            "The carmaker booked an operating profit of 3.4 trillion won in the quarter.",
            "The carmaker booked an operating profit of 3.4 trillion yen in the quarter.",
            [("amount", "3.4 trillion won", "3.4 trillion yen")],
            id="won-after-a-scale",
        ),
        pytest.param(  # a scale slipped beside the same conversion: the won are two figures (ut68)
            "The shipyard posted a net profit of 215 billion won ($161 million) for the year.",
            "The shipyard posted a net profit of 215 million won ($161 million) for the year.",
            [("amount", "215 billion won", "215 million won")],
            id="slip-beside-its-conversion",
        ),
        pytest.param(  # the rand's sign is a letter: "R46 million" is a sum, and the sum told alike
            # on both sides frames the conversion beside it, so its scale slipped (ut85)
            "The clean-up of the bay has cost 38 million rand, or about $2.1 million, the port said.",
            "The bay's clean-up has cost R38 million (about $2.1 billion), the port said.",
            [("amount", "about $2.1 million", "about $2.1 billion")],
            id="rand-sign",
        ),
        pytest.param(  # the dollars convert the zlotys, not the euros: one sum, its currency slipped (ut102)
            "The regional inspectorate fined the tannery 2.4 million zlotys ($620,000) on Friday.",
            "On Friday, the regional inspectorate fined the tannery 2.4 million euros.",
            [("amount", "2.4 million zlotys", "2.4 million euros")],
            id="third-currency-beside-a-conversion",
        ),
        pytest.param(  # Singapore's dollar is no American one
            "Mid-range hotels reported an average rate of S$184 a night in March.",
            "Mid-range hotels averaged US$184 a night in March.",
            [("amount", "S$184", "US$184")],
            id="singapore-dollar",
        ),
        pytest.param(  # millions of pounds not "of" a thing are a sum, so they meet "£90 million"
            "It is, however, smaller than the record 64 million pounds imposed on a water firm in 2022.",
            "Even so, it is larger than the record £64 million imposed on a water firm in 2022.",
            [("negation", "smaller", "larger")],
            id="scaled-pounds",
        ),
    ],
)
def test_one_figure_in_two_currencies_is_a_slip(
    left: str, right: str, want: list[tuple[str, str, str]]
) -> None:
    assert _both_ways(left, right) == want


def test_a_sum_converted_and_the_verb_won_stay_what_they_are() -> None:
    # a conversion of another sum of the sentence, told alike on both sides: no slip
    assert (
        _both_ways(
            "The port charged $41 a container, about 300 yuan, in May.",
            "The port charged $41 (300 yuan) a container in May.",
        )
        == []
    )
    # a road's number, a sum's sign in lower case and a weight in millions of pounds are no sums
    for text in ("The N2 and the R101 were closed on Monday.", "The r46 million figure was revised."):
        assert not [f for f in facts.extract(text) if f.kind == "money"], text
    recall = facts.extract("The plant recalled 2 million pounds of ground beef on Friday.")
    assert [f.kind for f in recall if f.value == 2e6] == ["number"]
    # ... nor is one sum in two styles, in rand or Singapore dollars
    assert (
        _both_ways("Fines of R3,500 were issued on Monday.", "Fines of R3,500 were issued on Monday.") == []
    )
    assert _both_ways("A room costs S$298 a night.", "A room costs 298 Singapore dollars a night.") == []
    # "won" as a verb after a figure is no currency
    found = facts.extract("The ruling party won 152 seats, and the opposition won 3 by-elections.")
    assert not [f for f in found if f.kind == "money"]
    assert [f.unit for f in facts.extract("Pay rose to 4.1 million won a year.") if f.kind == "money"] == [
        "KRW"
    ]


def test_a_sum_and_its_conversion_against_either_alone_is_no_slip() -> None:  # near miss
    left = "The regional inspectorate fined the tannery 2.4 million zlotys ($620,000) on Friday."
    assert _both_ways(left, "On Friday, the regional inspectorate fined the tannery $620,000.") == []
    assert (
        _both_ways(left, "On Friday, the regional inspectorate fined the tannery 2.4 million zlotys.") == []
    )


def test_a_year_joined_to_a_word_of_time_is_no_model_code() -> None:  # ut102
    # "by end-2026" is a time: it does not set two sums apart as the prices of two models would
    got = compare_texts(
        "The closures will be completed by the end of 2027 and should save 480 million euros a year.",
        "The group aims to finish the closures by end-2027 and expects annual savings of $480 million.",
    )
    assert [d.note for ln in got.links for d in ln.differences] == [
        "amount: 480 million euros vs $480 million"
    ]


def test_a_sum_converted_in_brackets_pairs_its_conversion_with_the_other_side_s_currency() -> None:
    # ut254: "spent 3.2 billion Norwegian crowns ($290 million)" / "spent $290 billion": the
    # crowns explain no dollar sum, the dollars in brackets are the pair
    left = "The insurer paid 1.8 billion Swiss francs ($2.04 billion) for the portfolio."
    right = "The insurer paid $2.04 million for the portfolio, the filing showed."
    assert [(a, b) for k, a, b in _both_ways(left, right) if k == "amount"] == [
        ("$2.04 billion", "$2.04 million")
    ]
    # near miss: the conversion told alike agrees
    assert [k for k, _, _ in _both_ways(left, right.replace("million", "billion")) if k == "amount"] == []
