"""Word-level diff of two linked sentences, for marking what changed inside a pair.

Alignment says *which* sentences tell the same thing; a reader then wants to see *how*
the wording differs without re-reading both.  This module compares the word tokens of
the two sides (like a good diff tool: whole words, case-insensitive, punctuation as
tokens of its own) and returns character spans marked ``equal`` or ``changed``; spans
that hold a conflicting fact value (a :class:`reader.model.Difference`) are marked
``conflict`` so a view can make them stand out most.

It is part of the core: plain Python, no UI imports, offsets into the given strings,
so the app, an export or a test can use it alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from reader.facts.measures import one_measure
from reader.facts.opposites import opposite_of
from reader.facts.tables import DUR_UNITS
from reader.facts.word_changes import same_words as same_words  # (the word diff's own words)
from reader.facts.word_changes import small_changes as small_changes
from reader.facts.word_changes import tokens as tokens
from reader.facts.word_changes import word_opcodes
from reader.lang import (
    ALIGN_STOP_WORDS,
    CARDINALS,
    NEGATIONS,
)
from reader.textnorm import one_spelling

Kind = Literal["equal", "changed", "conflict"]


@dataclass(frozen=True, slots=True)
class Mark:
    """A span ``text[start:end]`` of one side and how it compares with the other side."""

    start: int
    end: int
    kind: Kind


def _merge(marks: list[Mark]) -> list[Mark]:
    """Join neighbouring marks of the same kind, so a changed phrase is one span
    (spaces between its words included) instead of a row of separate words."""
    out: list[Mark] = []
    for m in marks:
        if out and out[-1].kind == m.kind:
            out[-1] = Mark(out[-1].start, m.end, m.kind)
        else:
            out.append(m)
    return out


def _find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Case-insensitive occurrences of ``needle`` in ``text`` (same length when folded
    with ``lower``, which keeps offsets valid for the texts this sees)."""
    if not needle.strip():
        return []
    hay, pin = text.lower(), needle.lower()
    if len(hay) != len(text) or len(pin) != len(needle):
        hay, pin = text, needle
    out: list[tuple[int, int]] = []
    i = hay.find(pin)
    while i >= 0:
        out.append((i, i + len(pin)))
        i = hay.find(pin, i + max(1, len(pin)))
    return out


def _apply_conflicts(text: str, marks: list[Mark], values: Iterable[str]) -> list[Mark]:
    """Re-mark the spans that hold a conflicting value as ``conflict``.

    The value's own span wins over the word diff: "25" vs "26" is not just a changed
    word, it is the discrepancy the reader is looking for.
    """
    spans = [span for value in values for span in _find_all(text, value)]
    if not spans:
        return marks

    def piece(start: int, end: int, kind: Kind) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Mark(start, end, kind))

    spans.sort()
    out: list[Mark] = []
    for m in marks:
        cuts = [(max(m.start, s), min(m.end, e)) for s, e in spans if s < m.end and e > m.start]
        if not cuts:
            out.append(m)
            continue
        pos = m.start
        for s, e in cuts:
            if s > pos:
                piece(pos, s, m.kind)
            if e > max(pos, s):
                piece(max(pos, s), e, "conflict")
            pos = max(pos, e)
        if pos < m.end:
            piece(pos, m.end, m.kind)
    return _merge(out)


# a passage the order of a rewrite links (score 0: between two linked passages) that shares
# at least this share of its words is told by its words after all ("could be four years" /
# "could be eight years": 89 %); saying "linked by place, not words" there misleads (two
# short sentences share half their words in "he" and "the" alone)
BY_PLACE_SAME_WORDS_MAX = 0.75


def linked_by_place(score: float, aligned: bool, alike: float) -> bool:
    """Is a passage linked only by its place between two linked passages (a text rewritten in
    order), its words (``alike``: :func:`same_words` of its two sides) too unlike to tell it?"""
    return aligned and score == 0 and alike < BY_PLACE_SAME_WORDS_MAX


def diff_words(
    left: str,
    right: str,
    conflicts: Iterable[tuple[str, str]] = (),
) -> tuple[list[Mark], list[Mark]]:
    """Compare two sentences word by word.

    Returns the marks of the left and of the right text: ordered, non-overlapping spans
    covering every token (whitespace between equal tokens is not covered).  ``conflicts``
    are ``(left value, right value)`` pairs, e.g. from ``Difference.left/right``.
    """
    lt, rt, ops = word_opcodes(left, right)
    lm: list[Mark] = []
    rm: list[Mark] = []
    for op, i1, i2, j1, j2 in ops:
        kind: Kind = "equal" if op == "equal" else "changed"
        lm.extend(Mark(s, e, kind) for s, e, _ in lt[i1:i2])
        rm.extend(Mark(s, e, kind) for s, e, _ in rt[j1:j2])
    lm, rm = _merge(lm), _merge(rm)
    pairs = list(conflicts)
    lm = _apply_conflicts(left, lm, (a for a, _ in pairs))
    rm = _apply_conflicts(right, rm, (b for _, b in pairs))
    return lm, rm


_NEGATING = frozenset(NEGATIONS) | {"without"}


def weight(change: tuple[str, str]) -> int:
    """How much a change of :func:`small_changes` may matter, 0 first: a figure, a negation, a
    word for its opposite or a unit for another ("29" / "27", "All" / "Not all", "fallen" /
    "risen", "weeks" / "months"); a name ("Marseilles" / "Genoa"); other words; function
    words, capitals or spelling alone ("their" / "its", "Weeks" / "weeks")."""
    a, b = change
    joined = f"{a} {b}".replace("’", "'")
    words = set(re.findall(r"[\w']+", joined))
    low = {w.lower() for w in words}
    if any(c.isdigit() for c in joined) or low & _NEGATING or low & CARDINALS.keys() or "n't" in joined:
        return 0
    if _turned(a.lower(), b.lower()):
        return 0
    if [one_spelling(w.lower()) for w in a.split()] == [one_spelling(w.lower()) for w in b.split()]:
        return 3
    if low <= ALIGN_STOP_WORDS:
        return 3
    return 1 if any(w[:1].isupper() for w in words) else 2


def _turned(a: str, b: str) -> bool:
    """Does one side put a word for its opposite, or a unit for another of its measure?"""
    xs, ys = re.findall(r"[a-z]+", a), re.findall(r"[a-z]+", b)
    if any(y in opposite_of(x) for x in xs for y in ys):
        return True
    return any(x != y and (one_measure(x, y) or (_time(x) and _time(y))) for x in xs for y in ys)


def _time(word: str) -> bool:
    """Is the word a unit of time ("weeks", "month"): no unit of measure's table holds it?"""
    return word.removesuffix("s") in DUR_UNITS


def said_apart(changes: Sequence[tuple[str, str]], most: int, shown: Callable[[str], str]) -> str:
    """The ``most`` weightiest of :func:`small_changes` (:func:`weight`; in reading order among
    equals) in one line, each side's words written by ``shown`` (an export's escaping, the app's
    one-line cut) in curly quotes, "(none)" for words one side lacks, and how many more:
    "“president” / “majority leader”; (none) / “old”; 2 more"."""
    first = sorted(changes, key=weight)[:most]
    said = "; ".join(" / ".join(f"“{shown(w)}”" if w else "(none)" for w in pair) for pair in first)
    return said + (f"; {len(changes) - most} more" if len(changes) > most else "")


def diff_group(
    left: Sequence[str],
    right: Sequence[str],
    conflicts: Iterable[tuple[str, str]] = (),
) -> tuple[list[list[Mark]], list[list[Mark]]]:
    """Compare a link's sentences (one or more per side) as two running texts.

    A link may join two sentences on one side to one on the other; diffing the joined
    texts finds words that moved across the sentence boundary.  The marks come back per
    sentence, with offsets into that sentence.
    """

    def join(texts: Sequence[str]) -> tuple[str, list[int]]:
        starts, pos = [], 0
        for t in texts:
            starts.append(pos)
            pos += len(t) + 1
        return " ".join(texts), starts

    ltext, lstarts = join(left)
    rtext, rstarts = join(right)
    lm, rm = diff_words(ltext, rtext, conflicts)
    return _split(lm, left, lstarts), _split(rm, right, rstarts)


def _split(marks: list[Mark], texts: Sequence[str], starts: list[int]) -> list[list[Mark]]:
    out: list[list[Mark]] = []
    for text, base in zip(texts, starts, strict=True):
        end = base + len(text)
        out.append(
            [
                Mark(max(m.start, base) - base, min(m.end, end) - base, m.kind)
                for m in marks
                if m.start < end and m.end > base
            ]
        )
    return out
