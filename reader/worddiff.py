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
from difflib import SequenceMatcher
from typing import Literal

from rapidfuzz.distance import Indel

from reader.facts.measures import one_measure
from reader.facts.opposites import opposite_of
from reader.facts.tables import DUR_UNITS
from reader.lang import (
    ABBREVIATED_WORDS,
    ADDRESS_FORMS,
    ALIGN_STOP_WORDS,
    CARDINALS,
    COUNT_STOP_WORDS,
    MONTHS,
    NEGATIONS,
    ORDINAL_WORDS,
)
from reader.textnorm import fold, one_spelling

Kind = Literal["equal", "changed", "conflict"]

# A word (letters/digits, with inner apostrophes, dots or commas as in "they've",
# "U.S." or "1,000"), or any single other non-space character.
_TOKEN = re.compile(
    r"\w+(?:['’.,\u2010\u2011-]\w+)*(?:(?<=\.\w)\.)?|[^\w\s]"
)  # "U.S." with its last dot; "Wal-Mart" one word, whichever hyphen joins it


@dataclass(frozen=True, slots=True)
class Mark:
    """A span ``text[start:end]`` of one side and how it compares with the other side."""

    start: int
    end: int
    kind: Kind


# one key for a word in either typography: curly or straight quotes and apostrophes ("don’t" /
# "don't"), an abbreviation with or without its dots ("F.B.I." / "FBI", "U.S." / "US")
# typographic quotes and hyphens as plain ones ("law‑although" with a non-breaking hyphen)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u2010": "-", "\u2011": "-"})


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Word and punctuation tokens as ``(start, end, key)``; the key is case-folded, its quote
    marks straight (:data:`_QUOTES`), a word's inner dots dropped (not a figure's) and a
    house style's abbreviation read as its word (:data:`_HOUSE_STYLE`)."""
    out = []
    for m in _TOKEN.finditer(text):
        key = m.group().casefold().translate(_QUOTES)
        key = key.replace(".", "") if key[0].isalpha() else key
        out.append((m.start(), m.end(), _HOUSE_STYLE.get(key, key)))
    return out


# one word in two house styles: "38%" / "38 percent", "Sen." / "Senator"
_HOUSE_STYLE = {"%": "percent", **ABBREVIATED_WORDS}


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


def same_words(left: str, right: str) -> float:
    """The share of the words two texts have in common in the same order (0 to 1; case and
    punctuation aside): what a reader means by "how alike", unlike the aligner's score, which
    weighs rare words and numbers far above the rest ("would not be a mistake" / "would be a
    mistake" are 91 % the same words; two sentences apart by one sum are too, though a sum
    weighs much in the score)."""
    a = [k for _, _, k in tokens(left) if k[0].isalnum()]
    b = [k for _, _, k in tokens(right) if k[0].isalnum()]
    if not a and not b:
        return 1.0
    return float(Indel.normalized_similarity(a, b))


# a passage the order of a rewrite links (score 0: between two linked passages) that shares
# at least this share of its words is told by its words after all ("could be four years" /
# "could be eight years": 89 %); saying "linked by place, not words" there misleads (two
# short sentences share half their words in "he" and "the" alone)
BY_PLACE_SAME_WORDS_MAX = 0.75


def linked_by_place(score: float, aligned: bool, alike: float) -> bool:
    """Is a passage linked only by its place between two linked passages (a text rewritten in
    order), its words (``alike``: :func:`same_words` of its two sides) too unlike to tell it?"""
    return aligned and score == 0 and alike < BY_PLACE_SAME_WORDS_MAX


Token = tuple[int, int, str]
Opcode = tuple[str, int, int, int, int]


def _word_opcodes(left: str, right: str) -> tuple[list[Token], list[Token], Sequence[Opcode]]:
    """Both texts' tokens and how the left's become the right's (difflib's opcodes)."""
    lt, rt = tokens(left), tokens(right)
    matcher = SequenceMatcher(None, [t[2] for t in lt], [t[2] for t in rt], autojunk=False)
    return lt, rt, matcher.get_opcodes()


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
    lt, rt, ops = _word_opcodes(left, right)
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


def small_changes(left: str, right: str, words_max: int = 4) -> list[tuple[str, str]]:
    """The places where two wordings differ, each by a few words (each side at most
    ``words_max``, punctuation aside), as the words of each side ("" for words one side
    lacks): what a reader should look at in a rewrite no fact rule reads ("Senate president"
    / "Senate majority leader").  A clause moved (deleted in one place, inserted in another)
    is compared with itself, so a word changed in it is named ("after taking a loss of ..."
    / "After taking a profit of ...": "loss" / "profit") and a pure move is no change.
    Empty when any change is a longer rewording: then the words alone do not say it, the
    word diff does."""
    lt, rt, ops = _word_opcodes(left, right)
    out: list[tuple[str, str]] = []
    gone: list[tuple[int, int]] = []  # long stretches only one side has: (start, end) in left
    came: list[tuple[int, int]] = []  # ... in right
    for op, i1, i2, j1, j2 in ops:
        if op == "equal":
            continue
        wa = [(s, e) for s, e, k in lt[i1:i2] if k[0].isalnum()]
        wb = [(s, e) for s, e, k in rt[j1:j2] if k[0].isalnum()]
        if not wa and not wb:
            continue  # punctuation only
        if max(len(wa), len(wb)) > words_max:
            gone += [(wa[0][0], wa[-1][1])] if wa else []
            came += [(wb[0][0], wb[-1][1])] if wb else []
            continue
        out.append((_as_written(left, wa), _as_written(right, wb)))
    if len(gone) != len(came):
        return []  # a stretch one side has and the other has nowhere: a longer rewording
    for a, b in zip(gone, came, strict=True):
        inner = _moved(left[a[0] : a[1]], right[b[0] : b[1]], words_max)
        if inner is None:
            return []
        out += inner
    # a word moved within the sentence ("Mediaite" dropped here, added there): no change; nor
    # two items of a list in each other's places ("Interior ... Homeland Security" /
    # "Homeland Security ... Interior")
    moved = {w for w, _ in out if w} & {w for _, w in out if w}
    swapped = {(a, b) for a, b in out if a and b and (b, a) in out}
    return [
        (a, b)
        for a, b in out
        if not (a in moved and not b)
        and not (b in moved and not a)
        and (a, b) not in swapped
        and not (bool(a) != bool(b) and _address_only(a or b))  # "Mr." dropped: house style
        and not (a and b and _one_value(a, b))  # "3,400" / "3400", "11th" / "eleventh"
        and not (a and b and _one_spelling(a, b))  # "legalization" / "legalisation"
        and not _moved_with_a_joint(a, b, out)  # "Saturday night" moved: "on Saturday night"
    ]


_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")


def _one_spelling(a: str, b: str) -> bool:
    """Are two wordings the same words in British and American spelling?"""
    wa, wb = fold(a).split(), fold(b).split()
    return len(wa) == len(wb) and all(one_spelling(x) == one_spelling(y) for x, y in zip(wa, wb, strict=True))


def _value(words: str) -> tuple[str, float] | None:
    """The one month, ordinal or figure some words write ("Sept", "eleventh", "3,400"), else None."""
    w = words.strip(".,").lower()
    if w in MONTHS:
        return "month", MONTHS[w]
    if w in ORDINAL_WORDS:
        return "ordinal", ORDINAL_WORDS[w]
    if m := _ORDINAL.fullmatch(w):
        return "ordinal", int(m.group(1))
    from reader.facts import extract  # the fact layer reads figures in words ("sixty", "9")

    found = [f.value for f in extract(words) if isinstance(f.value, float)]
    return ("figure", found[0]) if len(found) == 1 else None


def _one_value(a: str, b: str) -> bool:
    """Do two wordings write one month, ordinal or figure (a house style's choice)?"""
    va = _value(a)
    return va is not None and va == _value(b)


def _moved_with_a_joint(a: str, b: str, out: list[tuple[str, str]]) -> bool:
    """Are the words one side alone has found alone on the other side elsewhere, with a function
    word more or fewer ("Saturday night" dropped here, "on Saturday night" added there)?"""
    if bool(a) == bool(b) or not (mine := _content_words(a or b)):
        return False
    others = [y for x, y in out if y and not x] if a else [x for x, y in out if x and not y]
    return any(_content_words(o) == mine for o in others)


def _content_words(words: str) -> frozenset[str]:
    return frozenset(w.strip(".,;:") for w in words.lower().split()) - COUNT_STOP_WORDS


def _address_only(words: str) -> bool:
    """Are the words one side alone has only forms of address ("Mr", "Mr. and Mrs.")?"""
    found = [w.strip(".").lower() for w in words.split()]
    return bool(found) and all(w in ADDRESS_FORMS or w == "and" for w in found) and found[0] != "and"


# a long stretch one side has in another place is the same clause moved when this share of
# its words meet the other side's (difflib's ratio)
MOVED_SHARE_MIN = 0.6


def _moved(a: str, b: str, words_max: int) -> list[tuple[str, str]] | None:
    """The small changes inside a clause moved from ``a``'s place to ``b``'s; None when the
    two stretches are no one clause."""
    ka, kb = [k for _, _, k in tokens(a)], [k for _, _, k in tokens(b)]
    if SequenceMatcher(None, ka, kb, autojunk=False).ratio() < MOVED_SHARE_MIN:
        return None
    inner = small_changes(a, b, words_max)
    return inner if inner or [k for k in ka if k[0].isalnum()] == [k for k in kb if k[0].isalnum()] else None


def _as_written(text: str, words: list[tuple[int, int]]) -> str:
    """The stretch of ``text`` from the first of ``words`` to the last, its punctuation and
    spaces as written ("Oct. 29", "youth-led groups"), less a quotation mark or bracket whose
    partner lies outside it ('it "does not believe' reads 'it does not believe'); "" for none."""
    if not words:
        return ""
    start = words[0][0]
    if start and text[start - 1] in "$€£¥":  # a sum's sign goes with its figure ("€65m", not "65m")
        start -= 1
    got = text[start : words[-1][1]]
    for opening, closing in _PAIRED:
        if got.count(opening) != got.count(closing):
            got = got.replace(opening, "").replace(closing, "")
    if got.count('"') % 2:
        got = got.replace('"', "")
    return " ".join(got.split())


_PAIRED = (("(", ")"), ("[", "]"), ("“", "”"))


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
