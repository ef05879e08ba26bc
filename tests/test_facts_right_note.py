"""A conflict found under the right name: the currency of a sum with its conversion beside it,
a figure swapped rather than its verb reversed, a lot's code rather than a temperature, and a
surname that is also a month.  reader.facts.conversions, reader.facts.discrepancies,
reader.facts.extract_numbers, reader.facts.extract_names; every sentence is made up for the
test, and each case is checked both ways round."""

from __future__ import annotations

from tests.mirror import notes


def test_a_sum_with_its_conversion_against_the_same_figure_in_the_other_currency_is_the_currency() -> None:
    a = "The shipyard booked charges of 480 million euros ($517 million) in the third quarter."
    b = "The shipyard booked charges of $480 million in the third quarter."
    assert notes(a, b) == ["amount: 480 million euros vs $480 million"]
    # the conversion itself told wrong is still the conversion's difference
    c = "The shipyard booked charges of 480 million euros ($717 million) in the third quarter."
    assert notes(a, c) == ["amount: $517 million vs $717 million"]


def test_a_figure_swapped_between_two_things_is_the_swap_not_its_verb_reversed() -> None:
    a = "Exports to Brazil rose 6.4 percent to 18,200 tonnes, while shipments to Chile fell 3.1 percent."
    b = "Brazilian exports climbed 3.1% to 18,200 tonnes, while shipments to Chile slid 6.4%."
    found = notes(a, b)
    assert found and all(n.startswith("figures swapped") for n in found)
    # the verb reversed with the figures in place is an opposite
    c = "Exports to Brazil fell 6.4 percent to 18,200 tonnes, while shipments to Chile fell 3.1 percent."
    assert any(n.startswith("one side says the opposite") for n in notes(a, c))


def test_five_digits_and_a_letter_are_a_code_not_a_temperature() -> None:
    a = "The recall covers batches 31007B through 31542C, the company said."
    b = "The recall covers batches 31007B through 31524C, the company said."
    assert notes(a, b) == ["number: 31542C vs 31524C"]
    assert notes("Ovens reached 230C on Friday.", "Ovens reached 320C on Friday.") == [
        "temperature: 230C vs 320C"
    ]


def test_a_surname_that_is_a_month_is_a_name() -> None:
    a = "County health officer Dr. Paula Marsh said the water was safe to drink."
    b = "County health officer Dr. Paula March said the water was safe to drink."
    assert notes(a, b) == ["name spelled two ways: Marsh vs March"]
    assert notes('"The water is safe," Marsh said.', '"The water is safe," March said.') == [
        "name spelled two ways: Marsh vs March"
    ]
    # a month after a word of time, or before a day's figure, is the month
    assert notes("The plant reopened in May.", "The plant reopened in June.") == ["date: May vs June"]
    assert not [n for n in notes("Data for May said little.", "Data for May said little.") if "name" in n]


def test_a_preposition_opening_a_sentence_is_no_name() -> None:
    from reader.facts import extract_document

    def names(text: str) -> list[str]:
        return [f.text for f in extract_document([text])[0] if f.kind == "name"]

    assert names("Over 30 years she wrote 12 novels in Lisbon.") == ["Lisbon"]
    assert names("Across the region, Harmon Foods shut 14 stores.") == ["Harmon Foods"]
    assert names("Throughout March the plant ran at half speed.") == []
    # a brand that opens with a preposition keeps its first word
    assert names("Under Armour cut its forecast on Tuesday.") == ["Under Armour"]


def test_a_surname_and_its_age_ending_a_sentence_is_an_age() -> None:
    # the article names the person in full elsewhere; the surname alone, set off with its figure
    # at the end of the sentence, is that person with an age (ut205: "... against 41,188 for Baric, 53.")
    from reader.facts import extract_document

    doc = extract_document(
        [
            "Independent candidate Marta Kovac won the seat.",
            "The incumbent got 9,120 votes, against 8,904 for Kovac, 41.",
        ]
    )
    assert [(f.kind, f.text) for f in doc[1] if f.kind in ("age", "number")] == [
        ("number", "9,120"),
        ("number", "8,904"),
        ("age", "41"),
    ]
    # a figure after a place that ends a sentence stays a number
    doc = extract_document(["Marta Kovac won the seat.", "Turnout was highest in Split, 41."])
    assert [f.kind for f in doc[1] if f.text == "41"] == ["number"]


def test_a_surname_and_its_age_before_a_clause_of_who_is_an_age() -> None:  # ut217
    from reader.facts import extract_document

    doc = extract_document(
        ["The house named Paola Ferri as its new designer.", "Lenz succeeds Ferri, 61, who left in May."]
    )
    assert [(f.kind, f.text) for f in doc[1] if f.kind in ("age", "number")] == [("age", "61")]


def test_a_surname_and_its_age_before_a_verb_of_saying_is_an_age() -> None:  # ut209
    from reader.facts import extract_document

    doc = extract_document(
        [
            "The agency's chief economist, Omar Haddad, spoke on Monday.",
            '"We expect a fall," Haddad, 51, told reporters.',
        ]
    )
    assert [(f.kind, f.text) for f in doc[1] if f.kind in ("age", "number")] == [("age", "51")]


def test_a_surname_opening_a_sentence_with_its_age_before_a_list_of_decimals_is_an_age() -> None:
    # ut261: "Voss, 24, averaged 23.7 points, 6.2 rebounds and 5.9 assists": the decimals after
    # their commas are a player's averages, no second figure set off by commas
    from reader.facts import extract_document

    doc = extract_document(
        [
            "Forward Dana Kerr signed a new deal.",
            "Kerr, 27, averaged 18.4 points, 7.1 rebounds and 2.2 blocks.",
        ]
    )
    assert [(f.kind, f.text) for f in doc[1] if f.kind == "age"] == [("age", "27")]
    # near miss: two figures set off by commas are a list, no age ("Kerr, 27, Mills, 19")
    doc = extract_document(
        ["Forward Dana Kerr signed a new deal.", "Kerr, 27, Mills, 19, and Ode, 9, scored."]
    )
    assert [f.kind for f in doc[1] if f.kind == "age"] == []
