"""The word diff marks what changed inside a linked pair, conflicts strongest."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.worddiff import Mark, diff_group, diff_words, said_apart, small_changes, tokens, weight


def spans(text: str, marks: list[Mark], kind: str) -> list[str]:
    return [text[m.start : m.end] for m in marks if m.kind == kind]


def test_identical_sentences_are_all_equal() -> None:
    left, right = diff_words("The NSA spied on France.", "the NSA spied on France.")
    assert {m.kind for m in left} == {"equal"}
    assert {m.kind for m in right} == {"equal"}


def test_changed_words_are_marked_on_both_sides_as_one_phrase() -> None:
    a = "Le Monde said the NSA recorded 70.3 million calls over 30 days."
    b = "Le Monde said the agency recorded 70.3 million calls in a month."
    left, right = diff_words(a, b)
    assert spans(a, left, "changed") == ["NSA", "over 30 days"]
    assert spans(b, right, "changed") == ["agency", "in a month"]
    assert "70.3" in " ".join(spans(a, left, "equal"))


def test_conflicting_values_are_marked_conflict_and_win_over_changed() -> None:
    a = "The NSA intercepted 70.3 million calls over 13 months."
    b = "The NSA intercepted 70.3 million calls over a 30-day period."
    left, right = diff_words(a, b, [("13 months", "30-day period")])
    assert spans(a, left, "conflict") == ["13 months"]
    assert spans(b, right, "conflict") == ["30-day period"]
    assert "a" in spans(b, right, "changed")


def test_conflict_value_inside_equal_words_is_still_found() -> None:
    a = "Der Spiegel reported it."
    left, _ = diff_words(a, "Der Speigel reported it.", [("Spiegel", "Speigel")])
    assert spans(a, left, "conflict") == ["Spiegel"]


def test_group_diff_splits_marks_back_per_sentence() -> None:
    left = ["France summoned the ambassador.", "He was received on Monday."]
    right = ["France summoned the US ambassador, who was received on Monday."]
    lm, rm = diff_group(left, right)
    assert len(lm) == 2 and len(rm) == 1
    for text, marks in zip(left, lm, strict=True):
        for m in marks:
            assert 0 <= m.start < m.end <= len(text)
    assert "US" in spans(right[0], rm[0], "changed")[0]
    assert spans(left[1], lm[1], "equal")[-1].endswith("Monday.")


def test_tokens_keep_contractions_and_numbers_whole() -> None:
    assert [t[2] for t in tokens("They've paid 1,000.5 [bold] U.S.")] == [
        "they've",
        "paid",
        "1,000.5",
        "[",
        "bold",
        "]",
        "us",  # an abbreviation with its last dot, the dots dropped; a figure's kept
    ]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The U.S. envoy said he can't stay.", "The US envoy said he can’t stay."),
        ("The F.B.I. “declined” to comment.", 'The FBI "declined" to comment.'),
    ],
)
def test_typography_is_no_change_of_words(left: str, right: str) -> None:
    lm, rm = diff_words(left, right)
    assert {m.kind for m in lm + rm} == {"equal"}
    assert small_changes(left, right) == []


@given(st.text(max_size=80), st.text(max_size=80))
def test_marks_are_ordered_in_range_and_cover_every_token(a: str, b: str) -> None:
    for text, marks in zip((a, b), diff_words(a, b, [(a[:3], b[:3])]), strict=True):
        last = 0
        for m in marks:
            assert last <= m.start < m.end <= len(text)
            last = m.end
        covered = {i for m in marks for i in range(m.start, m.end)}
        for s, e, _ in tokens(text):
            assert set(range(s, e)) <= covered


def test_worddiff_is_core_code_without_ui_imports() -> None:
    tree = ast.parse(Path("reader/worddiff.py").read_text(encoding="utf-8"))
    names = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    names |= {(n.module or "").split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not names & {"textual", "rich"}


def test_same_words_is_the_share_of_words_in_common_not_the_link_score() -> None:
    from reader.worddiff import same_words

    # one sum apart: most words the same (the aligner's score weighs the sum far more)
    one_sum = same_words(
        "The plan would cost $32.6 trillion over its first ten years.",
        "The plan would cost $36.2 trillion over its first ten years.",
    )
    assert 0.85 < one_sum < 1
    # a negation added: not all the same, though no content word differs
    negated = same_words("The mayor said it was a mistake.", "The mayor said it was not a mistake.")
    assert 0.85 < negated < 1
    # case and punctuation aside
    assert same_words("The ferry, late, left.", "the ferry late left") == 1.0
    assert same_words("Ferries sail.", "Trains run.") == 0.0


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # the words as written: a dotted abbreviation, a hyphenated word, an apostrophe
        (
            "The vote came on Monday, aides said.",
            "The vote came on Oct. 29, aides said.",
            [("Monday", "Oct. 29")],
        ),
        (
            "The youth-led groups marched.",
            "The Women’s March marched.",
            [("youth-led groups", "Women’s March")],
        ),
        # words one side lacks; punctuation alone is no change
        ("The old bridge reopened.", "The bridge reopened!", [("old", "")]),
        # a longer rewording is left to the word diff
        (
            "The council approved the plan.",
            "After a long night of debate the members of the council said yes.",
            [],
        ),
    ],
)
def test_small_changes_name_the_words_as_written(
    left: str, right: str, expected: list[tuple[str, str]]
) -> None:
    assert small_changes(left, right) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # a clause moved and a word changed in it: the word is named
        (
            "The ferry firm made $2 million in 2021 after taking a loss of $1.4 million in 2020.",
            "After taking a profit of $1.4 million in 2020, the ferry firm made $2 million in 2021.",
            [("loss", "profit")],
        ),
        # a clause or an attribution only moved: no change
        (
            "The ferry firm made $2 million in 2021 after taking a loss of $1.4 million in 2020.",
            "After taking a loss of $1.4 million in 2020, the ferry firm made $2 million in 2021.",
            [],
        ),
        ("Ruiz said the crews would be back by May.", "The crews would be back by May, Ruiz said.", []),
        # two items of a list in each other's places: no change; one put for another still is
        (
            "Crews from the Harbour, Transport and Parks departments cleared the road.",
            "Crews from the Parks, Transport and Harbour departments cleared the road.",
            [],
        ),
        (
            "Crews from the Harbour, Transport and Parks departments cleared the road.",
            "Crews from the Harbour, Transport and Water departments cleared the road.",
            [("Parks", "Water")],
        ),
    ],
)
def test_a_moved_clause_is_compared_with_itself(
    left: str, right: str, expected: list[tuple[str, str]]
) -> None:
    assert small_changes(left, right) == expected


def test_a_form_of_address_dropped_is_no_change_in_every_view() -> None:
    # the app's details read small_changes too: "Mr" / (none) there, skipped by d, confused
    left = "Mr. Okafor said the crews would be back in the harbour by May."
    assert small_changes(left, left.replace("Mr. Okafor", "Okafor")) == []
    assert small_changes(left, left.replace("Mr. Okafor", "Ms. Okafor")) == [("Mr", "Ms")]


def test_a_house_styles_form_of_a_word_is_no_change() -> None:
    left = "Support rose to 38% in May, Sen. Ruiz said."
    right = "Support rose to 38 percent in May, Senator Ruiz said."
    assert small_changes(left, right) == []
    assert small_changes(left, right.replace("38", "48")) == [("38", "48")]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The hall seats 3,400 people on match days.", "The hall seats 3400 people on match days."),
        ("It was the club's 11th win of the season.", "It was the club's eleventh win of the season."),
        ("The final is set for Sept. 8 in Bern.", "The final is set for September 8 in Bern."),
        ("Sixty riders finished the stage in Lyon.", "60 riders finished the stage in Lyon."),
        # a non-breaking hyphen for a hyphen
        ("He avoided the law-although a jury agreed.", "He avoided the law\u2011although a jury agreed."),
        # British and American spellings of one word
        (
            "The bill offers a path to legalization for them.",
            "The bill offers a path to legalisation for them.",
        ),
        # a phrase moved with a joint more ("Saturday night" / "on Saturday night")
        (
            "The club won the cup Saturday night in Bern after extra time.",
            "The club won the cup in Bern on Saturday night after extra time.",
        ),
    ],
)
def test_one_value_or_phrase_written_another_way_is_no_change(left: str, right: str) -> None:
    assert small_changes(left, right) == []
    assert small_changes(right, left) == []


def test_another_value_and_a_hyphenated_name_are_changes_as_written() -> None:
    left = "It was the club's 11th win, a lawyer for Wal-Mart said."
    assert small_changes(left, left.replace("11th", "twelfth")) == [("11th", "twelfth")]
    assert small_changes(left, left.replace("a lawyer for Wal-Mart", "Wal-Mart's counsel")) == [
        ("a lawyer for Wal-Mart", "Wal-Mart's counsel")
    ]


def test_the_changes_that_may_matter_are_named_first() -> None:
    changes = [
        ("their", "its"),  # function words
        ("Harbour", "harbour"),  # a capital alone
        ("organise", "organize"),  # a spelling
        ("windy", "stormy"),  # other words
        ("Dover", "Calais"),  # a name
        ("Most", "Not most"),  # a negation
        ("12", "21"),  # a figure
    ]
    assert [weight(c) for c in changes] == [3, 3, 3, 2, 1, 0, 0]
    said = said_apart(changes, 3, str)
    assert said == "“Most” / “Not most”; “12” / “21”; “Dover” / “Calais”; 4 more"
    # equals keep their reading order
    assert (
        said_apart([("windy", "stormy"), ("calm", "still")], 2, str) == "“windy” / “stormy”; “calm” / “still”"
    )


def test_an_opposite_or_a_unit_put_for_another_weighs_as_a_figure() -> None:
    # ut124: "fallen" / "risen" and "weeks" / "months" were "3 more" behind "Dr" / (none)
    assert [weight(c) for c in [("fallen", "risen"), ("weeks", "months"), ("metres", "feet")]] == [0, 0, 0]
    assert [weight(c) for c in [("cases", "infections"), ("week", "weekend"), ("Dr", "")]] == [2, 2, 1]
    assert said_apart([("Dr", ""), ("the number of", ""), ("fallen", "risen")], 1, str) == (
        "“fallen” / “risen”; 2 more"
    )


def test_a_change_holds_no_quotation_mark_or_bracket_whose_partner_is_outside_it() -> None:
    # ut30: the Markdown read “it "does not believe” and “3.6bn (about £2.8bn”
    got = small_changes(
        'The firm said in a filing that it "does not expect" the review to hurt its results.',
        "In a filing, the firm admitted that the review could hurt its results.",
    )
    assert ("it does not expect", "") in got
    assert small_changes("Sales were $3.6 billion.", "Sales were $3.6bn (about £2.8bn).") == [
        ("$3.6 billion", "$3.6bn about £2.8bn")  # a sum keeps its sign (ut31: "65m" for "€65m")
    ]
    # marks whose partner is inside stay as written
    assert small_changes(
        'The mayor called it "bold" again on Monday.', "The mayor said nothing on Monday."
    ) == [('called it "bold" again', "said nothing")]
