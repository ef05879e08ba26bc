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
    ],
)
def test_a_currency_written_as_a_word_is_money(text: str, unit: str) -> None:
    assert [f.unit for f in facts_of(text) if f.kind == "money"] == [unit]
