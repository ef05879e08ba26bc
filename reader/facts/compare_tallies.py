"""Tallies of a vote or a game told two ways: "4-1" / "8-1", a running score at one moment
("led 40-30 with 6:00 left" / "led 40-33 with 6:00 left")."""

from __future__ import annotations

from reader.facts.extract_tallies import RECORD, UNANIMOUS
from reader.model import Difference, Fact


def tally_diffs(
    left: list[Fact], right: list[Fact], left_text: str = "", right_text: str = ""
) -> list[Difference]:
    """Tallies (of a vote, of a game) no tally of the other side equals, paired in order when
    each side has the same number of them left ("4-1" / "8-1": one vote counted two ways).  A
    record the other sentence writes too, unread there ("and 77-169 in three seasons"), is told
    by both."""
    lo = [
        a
        for a in left
        if a.kind == "tally" and not any(tallies_alike(a, b) for b in right if b.kind == "tally")
    ]
    ro = [
        b
        for b in right
        if b.kind == "tally" and not any(tallies_alike(a, b) for a in left if a.kind == "tally")
    ]
    records = [
        (a, b)
        for a in lo
        for b in ro
        if a.context[:1] == b.context[:1] == (RECORD,)
        and a.text not in right_text
        and b.text not in left_text
    ]
    if records:  # a team's records: of one season or venue each ("finished 44-38" / "went 44-36")
        return [_tally_difference(a, b) for a, b in records if a.context == b.context]
    lo, ro = [a for a in lo if a.context[:1] != (RECORD,)], [b for b in ro if b.context[:1] != (RECORD,)]
    if lo and all(f.context for f in lo + ro):  # running scores: one moment of the game each
        return [_tally_difference(a, b) for a in lo for b in ro if a.context == b.context]
    if not lo or len(lo) != len(ro):
        return []
    return [_tally_difference(a, b) for a, b in zip(lo, ro, strict=True)]


def _tally_difference(a: Fact, b: Fact) -> Difference:
    return Difference("tally", a.text, b.text, f"tally: {a.text} vs {b.text}")  # a vote's or a game's


def tallies_alike(a: Fact, b: Fact) -> bool:
    """One vote: the same tally, or a unanimous one and a tally with no vote against ("5-0")."""
    if a.value == b.value:
        return True
    return UNANIMOUS in (a.value, b.value) and any(str(v).endswith("-0") for v in (a.value, b.value))
