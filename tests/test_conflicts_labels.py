"""Numbers named by a word before them ("Category 4", "Flight NW 482", "NexOS 7"), and sizes of
memory and storage ("256GB", "1 terabyte"): read as facts of their own (ut39, ut41, ut42: the
weather, transport and technology desks)."""

from __future__ import annotations

import pytest

from reader import facts
from reader.facts.labelled_numbers import labelled_number_diffs
from tests.test_conflicts_twins import shown


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Typhoon Mawar struck Guam as a Category 4 storm late on Wednesday.",
            "Typhoon Mawar hit Guam late on Wednesday as a Category 3 storm.",
            [("number", "Category 4", "Category 3")],
        ),
        (
            "Flight BA 117 returned to Heathrow after a cabin pressure warning.",
            "Flight BA 171 returned to Heathrow after a warning about cabin pressure.",
            [("number", "Flight BA 117", "Flight BA 171")],
        ),
        (
            "Users can download Orion 12 from Tuesday, the company said.",
            "From Tuesday, users can download Orion 13, the company said.",
            [("number", "Orion 12", "Orion 13")],
        ),
        (  # near miss of a plural: another model in the plural
            "A Boeing 767 landed in Shannon with a cracked window, the airline said.",
            "One of its Boeing 757s landed in Shannon with a cracked window, the airline said.",
            [("number", "Boeing 767", "Boeing 757s")],
        ),
    ],
)
def test_a_number_one_label_names_two_ways_is_a_conflict(left: str, right: str, expected: list) -> None:
    assert shown(left, right) == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Typhoon Mawar struck Guam as a Category 4 storm.", "Typhoon Mawar hit Guam as a Category 4 storm."),
        # a list of versions: two things, not one told two ways
        ("Version 10 of the browser is safe.", "Attacks hit Version 8 and 9 of the browser."),
        # a place before a count, a name before a count of a plural noun: counts, not labels
        ("Storms killed people in Texas 12 hours apart.", "Storms killed people in Texas 14 hours apart."),
        ("Es gibt in Deutschland 249 Sterne-Restaurants.", "Es gibt in Deutschland 308 Sterne-Restaurants."),
        # a year after a capitalised word opening a sentence is no label's number
        ("In 2013 the plant opened in Leeds.", "In 2013 the plant opened its doors in Leeds."),
        ("The plant opened on May 3 in Leeds.", "The plant opened in Leeds on May 4 or so."),
        # a model and its plural (ut161)
        (
            "A Boeing 767 landed in Shannon with a cracked window.",
            "One of its Boeing 767s landed in Shannon.",
        ),
    ],
)
def test_no_labelled_number_is_compared_without_one_label_and_two_numbers(left: str, right: str) -> None:
    assert labelled_number_diffs(left, right) == []


@pytest.mark.parametrize(
    ("text", "span", "gigabytes"),
    [
        ("The base model has 256GB of storage.", "256GB", 256),
        ("The base model has 256 GB of storage.", "256 GB", 256),
        ("The top model has a 2TB drive.", "2TB", 2000),
        ("It has 512MB of memory.", "512MB", 0.512),
    ],
)
def test_a_size_of_storage_is_a_measure(text: str, span: str, gigabytes: float) -> None:
    from reader.facts.measures import unit_of

    (f,) = [f for f in facts.extract(text) if f.kind == "number"]
    size = unit_of(f.unit)
    assert f.text == span and size is not None and size[0] == "data"
    assert float(f.value) * size[1] == pytest.approx(gigabytes)


def test_sizes_of_storage_compare_across_units_and_not_between_models() -> None:
    a = "The Pro model starts with 256GB of storage and costs $999."
    assert shown(a, "The Pro model, which costs 999 dollars, starts with 512GB of storage.") == [
        ("number", "256GB", "512GB")
    ]
    b = "The top model comes with 1TB of storage."
    assert shown(b, "The top model comes with 1 terabyte of storage.") == []
    # two models' sizes in one unit, four times apart: two things measured
    c = "The 11-inch model ships with 128GB of flash storage."
    assert shown(c, "The 15-inch model ships with 500GB of flash storage.") == []


def test_a_size_beside_a_price_both_tell_is_of_one_model() -> None:
    # ut42: "starts at $999 with 256GB" / "costs 999 dollars and comes with 512GB": the price
    # both tell beside the size says it is one model's, though no word beside it is shared
    a = "The Lumo 5 starts at $499 with 64GB of storage, while the Lumo 5 Max starts at $899 with 256GB."
    b = "The Lumo 5 costs $499 with 64GB of storage, while the Max costs 899 dollars and comes with 512GB."
    assert shown(a, b) == [("number", "256GB", "512GB")]
