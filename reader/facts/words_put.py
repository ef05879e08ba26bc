"""One word put for another that says the opposite, in two linked sentences: "the council approved
the plan" / "rejected the plan", a claim denied on one side and admitted on the other, a verdict
or a move told the other way, one ordinal for another.  Split from
:mod:`reader.facts.discrepancies`, which asks it first of every linked pair."""

from __future__ import annotations

import re

from reader.facts.comparisons import opposite_comparison, other_way_round
from reader.facts.court_outcomes import opposite_verdict
from reader.facts.figure_moves import moves_swapped, opposite_move
from reader.facts.figure_swaps import SWAPPED, swapped
from reader.facts.negation_words import PREVENTING
from reader.facts.opposite_claims import opposite_claim
from reader.facts.opposite_context import opposite_in_clause
from reader.facts.opposites import (
    OPPOSITE_NOTE,
    STRETCH_MAX,
    one_exchange,
    opposite_said,
    opposite_word,
    ordinal_word,
)
from reader.lang import MONTH_NAMES, WEEKDAYS
from reader.model import Difference, Fact
from reader.textnorm import one_stretch_apart


def words_put_for_others(
    facts: tuple[list[Fact], list[Fact]], left_text: str, right_text: str, negated: bool
) -> list[Difference]:
    """One word put for its opposite in a sentence otherwise the same, or a claim denied on one
    side and admitted on the other (:mod:`reader.facts.opposite_claims`), unless a negation
    tells it already, and one ordinal for another (:mod:`reader.facts.opposites`)."""
    out = []
    # the sieve both one-word rules start with, asked here first: most linked pairs (31,000
    # verses of two Bibles) are no one stretch apart and skip both
    near = one_stretch_apart(left_text, right_text, STRETCH_MAX)
    got = None
    if not negated:
        got = opposite_word(left_text, right_text) if near else None
        got = got or opposite_said(left_text, right_text) or opposite_claim(left_text, right_text)
        got = got or opposite_verdict(left_text, right_text) or opposite_move(*facts, left_text, right_text)
        got = got or opposite_in_clause(left_text, right_text) or opposite_comparison(left_text, right_text)
        if got is not None and (
            other_way_round(left_text, right_text)
            or one_exchange(left_text, right_text, got)
            or part_of_a_date(left_text, right_text, got)
            or _both_prevent(left_text, right_text, got)
        ):
            got = None
    two = moves_swapped(*facts, left_text, right_text) if got is not None else None
    if two is not None and not swapped(*facts, left_text, right_text):
        a, b = two[0].text, two[1].text  # (each move turned round: the two figures changed places,
        # no rule of swaps naming the things they changed between)
        out.append(Difference("percentage", a, b, f"{SWAPPED}: {a} vs {b}"))
    elif got is not None:
        out.append(Difference("negation", got[0], got[1], f"{OPPOSITE_NOTE}: {got[0]} vs {got[1]}"))
    if near and (got := ordinal_word(left_text, right_text)):
        out.append(Difference("ordinal", got[0], got[1], f"ordinal: {got[0]} vs {got[1]}"))
    return out


def _both_prevent(left_text: str, right_text: str, words: tuple[str, str]) -> bool:
    """Are the opposites a verb of keeping and one of stopping, each keeping something from an act
    ("to stop gasoline prices from rising" / "to keep gasoline prices from climbing": one aim)?"""
    return all(
        w.lower() in PREVENTING and re.match(r"\s+(?:\S+\s+){0,4}?from\b", text[text.find(w) + len(w) :])
        for w, text in zip(words, (left_text, right_text), strict=True)
    )


def part_of_a_date(a: str, b: str, words: tuple[str, str]) -> bool:
    """Are the opposites ``words`` "early" and "late" of a month, a day or its part ("set for early
    May" / "late May", "early on Tuesday")?  The dates' own rules read those; an act ahead of its
    time or behind it ("two months early" / "two months late") is the opposites'."""
    x, y = (w.lower() for w in words)
    if {x, y} != {"early", "late"}:
        return False
    return any(
        m is not None
        for m in (
            _DATE_AFTER.match(a.lower(), a.lower().find(x) + len(x)),
            _DATE_AFTER.match(b.lower(), b.lower().find(y) + len(y)),
        )
    )


_DATE_AFTER = re.compile(
    r"\s+(?:on\s+|in\s+)?(?:"
    + "|".join((*(m.lower() for m in MONTH_NAMES), *WEEKDAYS))
    + r"|morning|afternoon|evening|night)\b"
)
