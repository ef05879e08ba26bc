"""A count written as a compound adjective ("a 98-page draft", "the 35-word oath") is a number
of its noun, and a measure so written ("a 14-foot fence", "a 3.2-km runway") a number of its
unit; spans of time, ages, codes, a sports field's yards and a screen's inches are not.
Sentences of our own."""

from __future__ import annotations

import pytest

from reader.facts import extract
from tests.test_conflicts_guards import both_ways


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The council published a 98-page report on the harbour on Monday.", 98.0, "page"),
        ("The 9-member board approved the plan.", 9.0, "member"),
        ("She took the 35-word oath at noon.", 35.0, "word"),
    ],
)
def test_a_count_before_its_noun_is_a_number(text: str, value: float, unit: str) -> None:
    got = [(f.value, f.unit) for f in extract(text) if f.kind == "number"]
    assert got == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "The 54-year-old skipper was rescued.",  # an age
        "The ban lasts for a 30-day period.",  # a span of time
        "Police found an AK-47 in the van.",  # a code
        "He scored on a 73-yard run.",  # a sports field's yards: of many plays
        "The 13-inch model starts at $1,199.",  # a screen's inches name a model
        "The patch covers the 64-bit version only.",  # a product's make
    ],
)
def test_no_count_of_a_time_age_code_or_measure(text: str) -> None:
    assert [f for f in extract(text) if f.kind == "number"] == []


def test_two_counts_of_one_document_conflict() -> None:
    assert both_ways(
        "The council published a 98-page report on the harbour on Monday night.",
        "The council published a 89-page report on the harbour on Monday night.",
    ) == [("number", "98-page", "89-page")]


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        (  # a measure's unit changed (ut100: a prison fence)
            "The two men got out by climbing a 16-foot wall behind the laundry, guards said.",
            "The two men got out by scaling a 16-metre wall behind the laundry, guards said.",
            [("number", "16-foot", "16-metre")],
        ),
        (  # a measure's figure changed, in two units of one length
            "The port will dredge a 2,800-metre channel for the new terminal.",
            "The port will dredge a 8.2-km channel for the new terminal.",
            [("number", "2,800-metre", "8.2-km")],
        ),
        (  # one length converted: no conflict (ut101's "3,200-metre" / "3.2-km")
            "The port will dredge a 2,800-metre channel for the new terminal.",
            "The port will dredge a 2.8-km channel for the new terminal.",
            [],
        ),
    ],
)
def test_a_measure_before_its_noun_is_a_number_of_its_unit(
    left: str, right: str, want: list[tuple[str, str, str]]
) -> None:
    assert both_ways(left, right) == want
