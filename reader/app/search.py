"""Search in both articles: the matches of a query, and which one to go to first.

Accent- and case-insensitive: the query and the text are both *folded* (Unicode NFKD,
combining marks dropped, lower-cased, dashes and quotation marks as typed), so "pena nieto"
finds "Peña Nieto", "PEÑA" finds "peña" and "2-1" finds "2–1".  Folding can change the
length of a character ("ﬁ" -> "fi", "İ" -> "i̇" -> "i"), so the folded text keeps, for
each of its characters, the offset of the character it came from, and a match is given back
as offsets into the text as written (a match ending on a letter takes its accents along).
Plain ASCII text needs none of that and goes the fast way.  No Textual here: the screen shows the hits.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import NamedTuple

from reader.model import Comparison, Side

SIDES: tuple[Side, Side] = ("left", "right")


class Hit(NamedTuple):
    """One match: ``sentence.text[start:end]`` of one side."""

    side: Side
    sentence: int
    start: int
    end: int


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """``text`` without accents, case-folded: NFKD, combining marks dropped, then casefold
    (not lower: a final "Σ" lowers to "ς" in a word and to "σ" alone, "ß" is "ss")."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().translate(_MARKS)


# dashes and quotation marks as typed: "2-1" finds "2–1", "it's" finds "it’s" (one character each)
_MARKS = str.maketrans({"–": "-", "—": "-", "−": "-", "‐": "-", "‘": "'", "’": "'", "“": '"', "”": '"'})


def _folded(text: str) -> tuple[str, list[int] | None]:
    """The folded text, and the offset in ``text`` of each folded character (None when
    folding kept every character one character, so offsets are the same)."""
    if text.isascii():
        return text.lower(), None
    pieces = [fold(ch) for ch in text]
    hay = "".join(pieces)
    if len(hay) == len(text) and all(len(p) == 1 for p in pieces):
        return hay, None
    origin = [i for i, piece in enumerate(pieces) for _ in piece]
    return hay, origin


def find_in(text: str, query: str) -> list[tuple[int, int]]:
    """Offsets of every (non-overlapping) accent- and case-insensitive match of ``query``
    in ``text``, as offsets into ``text`` itself."""
    needle = fold(query)
    if not needle:
        return []
    hay, origin = _folded(text)
    out: list[tuple[int, int]] = []
    i = hay.find(needle)
    while i >= 0:
        j = i + len(needle)
        if origin is None:
            out.append((i, j))
        else:
            start, end = origin[i], origin[j - 1] + 1
            while end < len(text) and not fold(text[end]):  # the accents of the last letter
                end += 1
            if not out or start >= out[-1][1]:  # "f" twice inside one "ﬃ" is one place
                out.append((start, end))
        i = hay.find(needle, j)
    return out


# At most this many matches are found and counted in each article: a one-letter query in
# the Bible (two 4 MB texts) has 800,000, which took 2.3 s to find and 0.5 s more to sort
# per sentence; the first 5,000 of each take milliseconds and are more than anyone steps
# through with n (and both articles get their share, not the left one all of it).
MAX_HITS_PER_SIDE = 5_000


def find_hits(comparison: Comparison, query: str, limit: int = MAX_HITS_PER_SIDE) -> list[Hit]:
    """The matches of ``query`` in both articles, left article first, in reading order:
    all of them, or the first ``limit`` of each article (see :func:`capped`)."""
    if not query.strip():
        return []
    hits: list[Hit] = []
    for side in SIDES:
        found = 0
        for sentence in comparison.document(side).sentences:
            for start, end in find_in(sentence.text, query):
                hits.append(Hit(side, sentence.id, start, end))
                found += 1
                if found >= limit:
                    break
            if found >= limit:
                break
    return hits


def capped(hits: list[Hit] | tuple[Hit, ...], limit: int = MAX_HITS_PER_SIDE) -> bool:
    """Did an article have more matches than were counted?"""
    return any(sum(1 for h in hits if h.side == side) >= limit for side in SIDES)


def count_label(hits: list[Hit] | tuple[Hit, ...]) -> str:
    """How many matches, as the status line says it: "1,234", or "5,000+" when an article
    had more than were counted."""
    return f"{len(hits):,}+" if capped(hits) else f"{len(hits):,}"


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
