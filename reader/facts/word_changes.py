"""The words two wordings of one sentence share and the few places where they differ: word tokens
in any typography, the share of words in common (:func:`same_words`), and each small change
(:func:`small_changes`: "Senate president" / "Senate majority leader").  The base of the word diff
(:mod:`reader.worddiff`) and of the rule that reads a value or an opposite put in a changed place
(:mod:`reader.facts.aligned_changes`); in the facts package so that rule can read it without a
cycle (the word diff marks the facts' differences, so it imports the facts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from rapidfuzz.distance import Indel

from reader.facts.sentence import extract  # the fact layer reads figures in words ("sixty", "9")
from reader.lang import ABBREVIATED_WORDS, ADDRESS_FORMS, COUNT_STOP_WORDS, MONTHS, ORDINAL_WORDS
from reader.textnorm import fold, one_spelling

# A word (letters/digits, with inner apostrophes, dots or commas as in "they've",
# "U.S." or "1,000"), or any single other non-space character.
_TOKEN = re.compile(
    r"\w+(?:['’.,\u2010\u2011-]\w+)*(?:(?<=\.\w)\.)?|[^\w\s]"
)  # "U.S." with its last dot; "Wal-Mart" one word, whichever hyphen joins it


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


Token = tuple[int, int, str]


Opcode = tuple[str, int, int, int, int]


def word_opcodes(left: str, right: str) -> tuple[list[Token], list[Token], Sequence[Opcode]]:
    """Both texts' tokens and how the left's become the right's (difflib's opcodes)."""
    lt, rt = tokens(left), tokens(right)
    matcher = SequenceMatcher(None, [t[2] for t in lt], [t[2] for t in rt], autojunk=False)
    return lt, rt, matcher.get_opcodes()


def small_changes(left: str, right: str, words_max: int = 4) -> list[tuple[str, str]]:
    """The places where two wordings differ, each by a few words (each side at most
    ``words_max``, punctuation aside), as the words of each side ("" for words one side
    lacks): what a reader should look at in a rewrite no fact rule reads ("Senate president"
    / "Senate majority leader").  A clause moved (deleted in one place, inserted in another)
    is compared with itself, so a word changed in it is named ("after taking a loss of ..."
    / "After taking a profit of ...": "loss" / "profit") and a pure move is no change.
    Empty when any change is a longer rewording: then the words alone do not say it, the
    word diff does."""
    lt, rt, ops = word_opcodes(left, right)
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
