"""Search in both articles: the matches of a query, and which one to go to first.

Case-insensitive by lower-casing both sides; where lower-casing would change a
sentence's length ("İ" becomes two characters) the offsets would no longer point into
the text, so such a character is kept as written and the rest is still lower-cased.
No Textual here: the screen shows the hits.
"""

from __future__ import annotations

from typing import NamedTuple

from reader.model import Comparison, Side

SIDES: tuple[Side, Side] = ("left", "right")


class Hit(NamedTuple):
    """One match: ``sentence.text[start:end]`` of one side."""

    side: Side
    sentence: int
    start: int
    end: int


def find_in(text: str, query: str) -> list[tuple[int, int]]:
    """Offsets of every (non-overlapping) case-insensitive match of ``query`` in ``text``."""
    needle = query.lower()
    if not needle:
        return []
    hay = text.lower()
    if len(hay) != len(text):
        hay = "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)
    out: list[tuple[int, int]] = []
    i = hay.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = hay.find(needle, i + len(needle))
    return out


def find_hits(comparison: Comparison, query: str) -> list[Hit]:
    """Every match of ``query`` in both articles, left article first, in reading order."""
    if not query.strip():
        return []
    return [
        Hit(side, sentence.id, start, end)
        for side in SIDES
        for sentence in comparison.document(side).sentences
        for start, end in find_in(sentence.text, query)
    ]


def first_hit(hits: list[Hit] | tuple[Hit, ...], side: Side, sentence: int) -> int:
    """The index of the first hit on ``side`` at or after ``sentence`` (else the very first)."""
    return next((i for i, h in enumerate(hits) if h.side == side and h.sentence >= sentence), 0)


def hits_by_sentence(hits: list[Hit] | tuple[Hit, ...], side: Side) -> dict[int, list[tuple[int, int]]]:
    """One side's hits grouped per sentence, as a pane draws them."""
    per: dict[int, list[tuple[int, int]]] = {}
    for hit in hits:
        if hit.side == side:
            per.setdefault(hit.sentence, []).append((hit.start, hit.end))
    return per
