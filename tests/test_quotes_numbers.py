"""A number told in several words inside a quotation ("two hundred", "fifteen hundred", "a
thousand", "three million") reads as one number, so one quotation with the number in words on
one side and in digits on the other is no rewording (reader.facts.compare_quotes); another
number in its place still is.

Every sentence here is made up for the test, each case checked in both directions.
"""

from __future__ import annotations

import pytest

from reader import facts
from reader.facts.quote_words import quote_words as _quote_words
from tests.test_quotes_short import quote_diffs  # the quote differences, both ways


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            '"We have lost two hundred homes in this valley and we will rebuild every one," the mayor said.',
            '"We have lost 200 homes in this valley and we will rebuild every one," the mayor said.',
            id="two-hundred",
        ),
        pytest.param(
            "“The plant closes in March and fifteen hundred workers will lose their jobs,” the union said.",
            "“The plant closes in March and 1,500 workers will lose their jobs,” the union said.",
            id="fifteen-hundred",
        ),
        pytest.param(
            "“More than a thousand volunteers turned up on the beach this morning,” said Ms. Reyes.",
            "“More than 1,000 volunteers turned up on the beach this morning,” said Ms. Reyes.",
            id="a-thousand",
        ),
        pytest.param(
            "“Three million people rely on this river for their drinking water,” the minister said.",
            "“3 million people rely on this river for their drinking water,” the minister said.",
            id="three-million",
        ),
        pytest.param(
            "“We found twenty-five of the missing sheep on the hillside above the farm,” he said.",
            "“We found 25 of the missing sheep on the hillside above the farm,” he said.",
            id="twenty-five",
        ),
        pytest.param(
            '"It cost us two hundred and fifty thousand dollars to repair the old bridge," she said.',
            '"It cost us 250,000 dollars to repair the old bridge," she said.',
            id="two-hundred-and-fifty-thousand",
        ),
    ],
)
def test_a_number_in_words_or_digits_is_one_wording(a: str, b: str) -> None:
    assert quote_diffs(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "spans"),
    [
        pytest.param(
            '"We have lost two hundred homes in this valley and we will rebuild every one," the mayor said.',
            '"We have lost 300 homes in this valley and we will rebuild every one," the mayor said.',
            ("two hundred", "300"),
            id="two-hundred-300",
        ),
        pytest.param(
            "“The plant closes in March and fifteen hundred workers will lose their jobs,” the union said.",
            "“The plant closes in March and 1,050 workers will lose their jobs,” the union said.",
            ("fifteen hundred", "1,050"),
            id="fifteen-hundred-1050",
        ),
    ],
)
def test_another_number_in_its_place_is_still_a_rewording(a: str, b: str, spans: tuple[str, str]) -> None:
    # shown once: as a quotation reworded, or as the number it changes when that is read too
    fa, fb = facts.extract_document([a])[0], facts.extract_document([b])[0]
    shown = {(d.left, d.right) for d in facts.differences(fa, fb, a, b) if d.kind in ("quote", "number")}
    assert shown == {spans}


@pytest.mark.parametrize(
    ("text", "compared"),
    [
        ("two hundred homes", ["200", "homes"]),
        ("a thousand cuts", ["1000", "cuts"]),
        ("1,500 people", ["1500", "people"]),
        ("twenty one guns", ["21", "guns"]),
        # number words that make no one number stay words, each in its digits
        ("two three-pointers", ["2", "3", "pointers"]),
        ("two and three", ["2", "and", "3"]),
        ("a man", ["a", "man"]),
        ("in the 1990s", ["in", "the", "1990s"]),
    ],
)
def test_the_words_of_a_number_are_read_as_one(text: str, compared: list[str]) -> None:
    assert [f for _, f in _quote_words(text)] == compared


def test_a_number_changed_in_a_quotation_is_shown_once_as_a_number() -> None:
    import reader

    a = "“We sent two hundred volunteers,” the organiser said on Monday."
    b = "“We sent 300 volunteers,” the organiser said on Monday."
    for x, y in ((a, b), (b, a)):
        kinds = [d.kind for k in reader.compare(x, y).links for d in k.differences]
        assert kinds == ["number"]


@pytest.mark.parametrize(
    ("a", "b", "spans"),
    [
        # a name and its initials, dotted or not: one wording (ut48)
        (
            "“We will seek approval in the United States and Canada by next spring,” the founder said.",
            "“We will seek approval in the U.S. and Canada by next spring,” the founder said.",
            [],
        ),
        (
            "“Our exports to the European Union have halved since the dispute began,” the minister said.",
            "“Our exports to the EU have halved since the dispute began,” the minister said.",
            [],
        ),
        # initials that are another name's still differ
        (
            "“Our exports to the European Union have halved since the dispute began,” the minister said.",
            "“Our exports to the UK have halved since the dispute began,” the minister said.",
            [("European Union", "UK")],
        ),
    ],
)
def test_a_name_and_its_initials_in_a_quote_are_one_wording(
    a: str, b: str, spans: list[tuple[str, str]]
) -> None:
    assert quote_diffs(a, b) == spans
