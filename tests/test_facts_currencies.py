"""A sum's currency: one sum converted into two currencies with one figure is a slip, and
currencies written as words are money.  reader.facts.conversions, reader.facts.tables; every
sentence is made up for the test, and each case is checked both ways round."""

from __future__ import annotations

import pytest

from tests.mirror import facts_of, notes


def test_one_sum_converted_into_two_currencies_with_one_figure_is_a_slip() -> None:
    a = "The fine was set at 2 million rupees, about $24,000, the court said."
    b = "The fine was set at 2 million rupees (about 24,000 euros), the court said."
    assert notes(a, b) == ["amount: about $24,000 vs about 24,000 euros"]
    # two rates give two figures: one sum converted into two currencies is no conflict
    c = "The fine was set at 2 million rupees (about 22,000 euros), the court said."
    assert notes(a, c) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The bank lent 40 billion naira to farmers.", "NGN"),
        ("Tickets cost 1,200 baht each.", "THB"),
        ("The budget adds 3.5 trillion rupiah for roads.", "IDR"),
        ("Profit reached 61.3 billion New Taiwan dollars.", "TWD"),  # ut117
        ("Profit reached NT$61.3 billion.", "TWD"),
        ("The league fined the club 20,000 Swiss francs.", "CHF"),  # ut204
    ],
)
def test_a_currency_written_as_a_word_is_money(text: str, unit: str) -> None:
    assert [f.unit for f in facts_of(text) if f.kind == "money"] == [unit]


def test_one_specific_figure_told_once_a_side_in_two_currencies_is_a_slip() -> None:  # ut107
    a = "Korvia launched the Tessa 3 tablet on Monday at $649 in the United States and 579 pounds in Britain."
    b = "Korvia launched the Tessa 3 tablet on Monday at $649 in the U.S. and €579 in Britain."
    assert notes(a, b) == ["amount: 579 pounds vs €579"]
    # near miss, among sums the other side does not pair one to one: a round figure ("500")
    # is no sure slip
    c = "Korvia priced it at $649 in the U.S., 500 pounds in Britain and 1.2 million won in Korea."
    d = "Korvia priced it at $649 in the U.S., €500 in Britain and 1,200,000 won in Korea."
    assert notes(c, d) == []
    assert notes(c.replace("500", "579"), d.replace("500", "579")) == ["amount: 579 pounds vs €579"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The board kept the quarterly dividend at 33 cents a share.", 0.33, ""),  # a hundredth of any
        (
            "The transit fee is 3.4 euros/MWh, the operator said.",
            3.4,
            "EUR",
        ),  # a rate after a currency's word
        ("Halcyon is pricing the phone at 849 pounds in Britain.", 849, "GBP"),  # a price: sterling
        ("Shares in the group fell 6.3 percent to 48 pence.", 0.48, "GBP"),  # a hundredth of a pound (ut113)
    ],
)
def test_cents_a_rate_and_a_price_in_pounds_are_money(text: str, value: float, unit: str) -> None:
    assert [(f.value, f.unit) for f in facts_of(text) if f.kind == "money"] == [(value, unit)]


def test_a_sum_in_cents_compares_with_a_sum_in_a_currency() -> None:  # ut108
    a = "The board kept the quarterly dividend unchanged at 33 cents per share, the company said."
    assert notes(a, "The company said the quarterly dividend was held at $0.33 a share.") == []
    assert notes(a, "The company said the quarterly dividend was held at $0.38 a share.") == [
        "amount: 33 cents vs $0.38"
    ]
    # near miss: a weight in pounds stays a weight
    assert [f.kind for f in facts_of("The sturgeon weighed 849 pounds.") if f.kind == "money"] == []


def test_a_sum_s_scale_slipped_in_new_taiwan_dollars_conflicts() -> None:  # ut117
    a = "The foundry reported a net profit of 48.2 billion New Taiwan dollars ($1.5 billion) for the quarter."
    b = "The foundry made a net profit of NT$48.2 million ($1.5 billion) in the quarter."
    assert notes(a, b) == ["amount: 48.2 billion New Taiwan dollars vs NT$48.2 million"]


def test_one_fine_told_in_swiss_francs_and_in_euros_is_a_slip() -> None:  # ut204
    a = "The league had fined the club 20,000 Swiss francs before the appeal."
    b = "The league had fined the club 20,000 euros before the appeal."
    assert notes(a, b) == ["amount: 20,000 Swiss francs vs 20,000 euros"]
