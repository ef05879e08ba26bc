"""The fact layer's fast paths find what the plain forms find.

Some patterns are written to be fast (opening with the letters a match can start with) and
some scanners run only after a cheap pre-check; each must never lose a fact written in an
unusual form: upper case, curly apostrophes, dotted and dotless i, a digit ordinal.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader import facts
from reader.facts import compare_names
from reader.facts.negation_hint import NEG_HINT
from reader.facts.pairing_items import _extra
from reader.facts.pairing_weapons import _WEAPON, KINDS, weapon_conflicts
from reader.model import Fact

# the plain forms the fast ones stand for
PLAIN_NEG = re.compile(r"\b(?:not|never|no|nobody|none|neither|nor|cannot)\b|n['’]t\b", re.I)
PLAIN_WEAPON = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(KINDS, key=len, reverse=True)) + r")\b", re.I
)
PIECES = [
    "not", "NOT", "Never", "no", "No", "nobody", "NONE", "neither", "NEİTHER", "neıther", "nor",
    "cannot", "CanNot", "n't", "N’T", "don’t", "can't", "snot", "xno", "no_", "_no", "knot",
    "Rifle", "RIFLES", "ak-47", "AK-47", "kalashnikov", "Kalashnikov", "pistol", "ſhotgun",
    "knife", "knives", "dagger", "crossbow", "handgun", "machete", " ", "-", ".", "'", "1", "é",
]  # fmt: skip


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8), st.sampled_from(["", " ", "-"]))
def test_fast_patterns_match_as_the_plain_ones(pieces: list[str], sep: str) -> None:
    text = sep.join(pieces)
    assert spans(NEG_HINT, text) == spans(PLAIN_NEG, text)
    assert spans(_WEAPON, text) == spans(PLAIN_WEAPON, text)


def test_negation_in_unusual_forms() -> None:
    for text in ("He CANNOT come.", "They DIDN’T vote.", "NEİTHER side agreed.", "None came."):
        assert NEG_HINT.search(text) is not None, text
    for text in ("A knot in the rope.", "Snow fell.", "Nonetheless, it rained."):
        assert NEG_HINT.search(text) is None, text


def test_ordinals_past_the_pre_check() -> None:
    # a digit ordinal with no ordinal word, and an ordinal word in capitals
    got = [
        (f.text, f.value)
        for f in facts.extract("It was the 21st meeting of the board.")
        if f.kind == "ordinal"
    ]
    assert got == [("21st", 21)]
    got = [(f.text, f.value) for f in facts.extract("He won for the TWELFTH time.") if f.kind == "ordinal"]
    assert got == [("TWELFTH", 12)]


def test_dates_past_the_month_pre_check() -> None:
    # an abbreviated month, and a date written with hyphens only
    for text, value in (
        ("It opened Sep. 3, 2014 downtown.", (2014, 9, 3)),
        ("Filed on 2013-04-11.", (2013, 4, 11)),
    ):
        got = [f.value for f in facts.extract(text) if f.kind == "date"]
        assert got == [value], text


def test_month_without_a_day_for_pairing() -> None:
    got = [f.text for f in _extra("He will leave at the end of February.")]
    assert got == ["the end of February"]


def test_weapon_in_capitals() -> None:
    left = ["The gunman opened fire with a RIFLE."]
    right = ["The gunman opened fire with a handgun."]
    assert [d.kind for _, _, d in weapon_conflicts(left, right)] == ["weapon"]


def test_name_variants_same_on_one_thread_or_many(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def names(*texts: str) -> list[list[Fact]]:
        return [[Fact("name", t, 0, len(t), t.lower())] for t in texts]

    left = names("Glenn Greenwald", "Anthony Calamita", "Harper Institute")
    right = names("Glenn Greenwal", "Anthony LaCalamita", "Harpur Institute")
    one = compare_names.name_variants(left, right)
    monkeypatch.setattr(compare_names, "CDIST_THREADS_FROM", 0)
    assert compare_names.name_variants(left, right) == one
    assert one
