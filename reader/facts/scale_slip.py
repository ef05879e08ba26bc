"""One figure written with two scale words ("$5 million" / "$5 billion") or its point moved.

:func:`reader.facts.compare_numbers` takes figures more than a few times apart for two
scopes (a plan's total and one offer, a game's points and a season's).  The same figure
written with another scale word ("fined $5 million" / "fined $5 billion", "2.3 million
people" / "2.3 billion people") is no other scope: it is a classic slip of one figure, and
of one slot whatever the ratio (:func:`scale_slip`); so is one figure with its decimal point
moved or a zero dropped ("$2.5 million" / "$25 million", "$480 billion" / "$48 billion").
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.facts.pairing_items import stems
from reader.facts.tables import SCALE, SCALE_WORD
from reader.model import Fact
from reader.spelling import neighbours_swapped

_SCALED = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn|m|b|k)\b", re.IGNORECASE
)


def _scaled(text: str) -> tuple[str, str] | None:
    """(the figure as written, the scale word) of a quantity written with one, else None."""
    m = _SCALED.search(text)
    if m is None:
        return None
    word = m.group(2).lower()
    return m.group(1).replace(",", ""), SCALE_WORD.get(word, word)


def _one_figure_two_scales(a: str, b: str) -> bool:
    """Are two spans the same figure written with two scale words, or with its decimal point
    moved or a zero dropped ("$2.5 million" / "$25 million", "$480 billion" / "$48 billion"),
    or written out on one side and with a scale word a thousand or a million times over on the
    other ("$150,000" / "$150 million")?"""
    sa, sb = _scaled(a), _scaled(b)
    if sa is None and sb is None:
        return False
    if sa is None or sb is None:
        return _written_out(a if sa is None else b, sb or sa)  # type: ignore[arg-type]
    if sa == sb:
        return False
    return sa[0] == sb[0] or (sa[1] == sb[1] and _digits(sa[0]) == _digits(sb[0]))


_PLAIN = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _written_out(plain: str, scaled: tuple[str, str]) -> bool:
    """Is the plain figure ("$150,000") the scaled one's digits ("150" million) a thousand or a
    million times smaller or larger?"""
    m = _PLAIN.search(plain)
    if m is None or "," not in m.group() or scaled[1] not in SCALE:
        return False  # a figure written out in full ("150,000"), not a small count or a year
    value, other = float(m.group().replace(",", "")), float(scaled[0]) * SCALE[scaled[1]]
    ratio = max(value, other) / max(min(value, other), 1.0)
    return ratio in (1e3, 1e6) and _digits(m.group().replace(",", "")) == _digits(scaled[0])


def _digits(figure: str) -> str:
    """The digits that tell a figure, without its point and its zeros at either end ("2.50" and
    "25": "25")."""
    return figure.replace(".", "").strip("0")


def other_scale_word(a: Fact, b: Fact) -> bool:
    """Are two counts or sums one figure as written with two scale words ("6.3 billion pounds" /
    "6.3 million pounds")?  Two scopes (a running total, one occasion) never share the figure so."""
    return _figure_of_two_scales(a, b) is not None


def _figure_of_two_scales(a: Fact, b: Fact) -> str | None:
    """The figure as written that two counts or sums share with two scale words, else None."""
    if a.kind != b.kind or a.kind not in ("number", "money"):
        return None
    sa, sb = _scaled(a.text), _scaled(b.text)
    return sa[0] if sa is not None and sb is not None and sa[0] == sb[0] and sa[1] != sb[1] else None


def scale_slip(a: Fact, b: Fact) -> bool:
    """Are two quantities one figure written with two scale words ("$5 million" / "$5
    billion"), or its decimal point moved ("2.1 percent" / "21 percent", "$29" / "$290",
    "$585,000" / "$5.85 million": :func:`point_moved`)?"""
    if a.kind != b.kind:
        return False
    if a.kind in ("number", "money") and _one_figure_two_scales(a.text, b.text):
        return True
    return a.kind in ("number", "money", "percent") and point_moved(a, b)


def scaled_slip(a: Fact, b: Fact) -> bool:
    """Are two sums or counts, each written with a scale word, the same digits (two at least) a power
    of ten apart ("410 million euros" / "4.1 billion euros", "$1.84 billion" / "$1.84 million"):
    one figure slipped, whatever sentences tell them?  Not "$5 billion" / "$5 million" (one digit
    is many a figure's) nor "$740,000" / "$740 million" (a sum written out beside a scaled one)."""
    return _scaled(a.text) is not None and _scaled(b.text) is not None and point_moved(a, b)


# a figure of one digit ("2 percent" / "20 percent") shares its digits with many another
POINT_DIGITS_MIN = 2


def point_moved(a: Fact, b: Fact, digits_min: int = POINT_DIGITS_MIN) -> bool:
    """Are two values the same digits, at least ``digits_min`` of them, a power of ten apart
    (10 to a million times): one figure with its point moved or zeros added, the classic slip
    of a desk, not two scopes?"""
    va, vb = abs(float(a.value)), abs(float(b.value))  # type: ignore[arg-type]
    if not va or not vb or va == vb:
        return False
    ratio = max(va, vb) / min(va, vb)
    if not any(abs(ratio - 10**k) <= 1e-6 * 10**k for k in range(1, 7)):
        return False
    da, db = _digits(f"{va:.6f}"), _digits(f"{vb:.6f}")
    return da == db and len(da) >= digits_min


# the figure of a quantity as written, its thousands commas dropped ("1,320", "14.31")
FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# a figure of this many digits and one with a digit before them are one figure slipped, in any
# words; with fewer ("4 percent" / "14 percent") only between the same words (figure_frames)
ADDED_DIGITS_MIN = 2


def digit_added(a: Fact, b: Fact, digits_min: int = ADDED_DIGITS_MIN) -> bool:
    """Is one quantity the other with a digit struck before its figure or a nought after it, all
    else written the same ("25 percent" / "125 percent", "$4.31" / "$14.31", "320 million euros"
    / "1,320 million euros", "about 400 ounces" / "about 4,000 ounces"): the slip of a desk, not
    two scopes far apart?  ``digits_min``: of the
    shorter figure (a figure of one digit shares its digits with many another)."""
    if a.kind != b.kind or a.kind not in ("number", "money", "percent"):
        return False
    ma, mb = FIGURE.search(a.text), FIGURE.search(b.text)
    if ma is None or mb is None:
        return False
    fa, fb = ma.group().replace(",", ""), mb.group().replace(",", "")
    short, long_ = sorted((fa, fb), key=len)
    if len(long_) != len(short) + 1 or long_[0] == "0":
        return False
    # ... or a nought put after a whole figure ("about 400 ounces" / "about 4,000 ounces")
    if long_[1:] != short and not (long_ == short + "0" and "." not in long_):
        return False
    return sum(c.isdigit() for c in short) >= digits_min and one_writing(a, b)


# a figure with two neighbouring digits swapped has this many digits at least: "420" / "240",
# "C$27,560" / "C$27,650", "$75,000" / "$57,000" (two digits, "14" / "41", meet by chance)
TRANSPOSED_DIGITS_MIN = 3


def digits_transposed(a: Fact, b: Fact) -> bool:
    """Is one quantity the other with two neighbouring digits swapped, all else written the
    same ("about 420 employees" / "About 240 workers", "C$27,560" / "C$27,650"): a typist's
    slip of one figure, whatever words the rewrite put around it?"""
    if a.kind != b.kind or a.kind not in ("number", "money", "percent"):
        return False
    ma, mb = FIGURE.search(a.text), FIGURE.search(b.text)
    if ma is None or mb is None or ma.group().count(",") != mb.group().count(","):
        return False
    fa, fb = ma.group().replace(",", ""), mb.group().replace(",", "")
    if len(fa) != len(fb) or sum(c.isdigit() for c in fa) < TRANSPOSED_DIGITS_MIN:
        return False
    return neighbours_swapped(fa, fb) and one_writing(
        replace(a, text=a.text.lower()), replace(b, text=b.text.lower())
    )


def miscopied(a: Fact, b: Fact) -> bool:
    """Is one specific figure miscopied: two digits swapped, another scale word, its point moved,
    another currency (the four tests below)?"""
    return (
        digits_transposed(a, b) or scale_word_changed(a, b) or point_slipped(a, b) or currency_changed(a, b)
    )


# a figure with another scale word has this many digits at least besides its zeros and point
# ("$9.8 million" / "$9.8 billion"): one digit ("$5 million" / "$5 billion") may be two sums
SCALE_SLIP_DIGITS_MIN = 2


def scale_word_changed(a: Fact, b: Fact) -> bool:
    """Is one specific sum or count (:data:`SCALE_SLIP_DIGITS_MIN` digits or more besides its
    zeros and point) written with two scale words, its sign and hedge alike ("climbing 6.8
    percent to $1.14 billion" / "rising 6.8% to $1.14 million"): a slip of one figure, whatever
    words stand around it?  ("$5 million" / "$5 billion" may be two sums.)"""
    figure = _figure_of_two_scales(a, b)
    if figure is None or len(_digits(figure)) < SCALE_SLIP_DIGITS_MIN:
        return False
    if a.kind == "money" and a.unit and a.unit == b.unit:
        # one currency, written as its sign or its name, one hedge ("about 2.6 million dollars" /
        # "about $2.6 billion", "1.2 million euros" / "a 1.2 billion-euro purse")
        return a.bound == b.bound
    rest_a, rest_b = (_SCALED.sub("", f.text.lower()).strip() for f in (a, b))
    return rest_a == rest_b


def point_slipped(a: Fact, b: Fact) -> bool:
    """Is one sum or count, written with its scale word, the other with its point moved, all else
    written alike and :data:`TRANSPOSED_DIGITS_MIN` digits or more ("105 million euros" / "10.5
    million euros"): a slip of one figure, whatever words the rewrite put around it?  (Two digits,
    "$1.5 million" / "$15 million", may be a part and its whole.)"""
    return scaled_slip(a, b) and point_moved(a, b, TRANSPOSED_DIGITS_MIN) and one_writing(a, b)


def currency_changed(a: Fact, b: Fact) -> bool:
    """Is one specific sum (:data:`TRANSPOSED_DIGITS_MIN` digits or more besides its zeros and
    point) told in two currencies ("had reached £38.6 million" / "had cost $38.6 million")?  A
    conversion changes the figure; the same figure in another currency is a slip of its sign,
    whatever words stand around it."""
    if a.kind != "money" or b.kind != "money" or not a.unit or not b.unit or a.unit == b.unit:
        return False
    ma, mb = FIGURE.search(a.text), FIGURE.search(b.text)
    if ma is None or mb is None or a.value != b.value:
        return False
    return len(_digits(ma.group().replace(",", ""))) >= TRANSPOSED_DIGITS_MIN


def one_writing(a: Fact, b: Fact) -> bool:
    """Are two quantities written alike but for their figures: one unit, one scale word, one
    qualifier ("about 4 percent" / "about 14 percent")?"""
    ma, mb = FIGURE.search(a.text), FIGURE.search(b.text)
    if ma is None or mb is None or a.kind != b.kind:
        return False
    rest_a, rest_b = a.text[: ma.start()] + a.text[ma.end() :], b.text[: mb.start()] + b.text[mb.end() :]
    if a.kind == "money" and a.unit and a.unit == b.unit and a.bound == b.bound:
        # one currency, written as its sign or its name ("1.87 billion euros" / "€1.78 billion"),
        # one hedge: the scale word decides
        sa, sb = _scaled(a.text), _scaled(b.text)
        return sa[1] == sb[1] if sa is not None and sb is not None else sa is None and sb is None
    return _PERCENT.sub("%", rest_a.lower()) == _PERCENT.sub("%", rest_b.lower())


# a share's mark written out or as a sign ("4 percent" / "14%"): one writing
_PERCENT = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)")


_WORD = re.compile(r"[\w'’]+")


def _beside(text: str, span: str) -> tuple[str, str]:
    """The words just before and just after ``span`` in ``text`` (lower case; '' at an edge)."""
    at = text.find(span)
    if at < 0:
        return "", ""
    before = _WORD.findall(text[:at])
    after = _WORD.findall(text[at + len(span) :])
    return (before[-1].lower() if before else ""), (after[0].lower() if after else "")


# two sums that share three digits or more with two scale words ("68.4", "1.14", "322") are no two
# sums that share their digits by chance, whatever the words beside them: one figure miscopied
SLIP_CERTAIN_DIGITS_MIN = 3


def slip_apart(left: str, right: str, left_text: str, right_text: str) -> bool:
    """Two figures with two scale words that are no slip of one figure: the words beside them
    differ on both sides ("a $5 billion budget" / "the $5 million plan", "cost $4 million" /
    "a $4 billion program"), so they are two sums that share their digits by chance; a slip
    keeps its frame ("fined $5 million by" / "fined $5 billion by"), and so do two sentences
    with no other figure of a scale that tell much alike (:data:`SLIP_SHARED_WORDS`: "Content
    spending ... to reach $17 billion, unchanged from earlier guidance" / "expects to spend $17
    million on content ..., in line with its earlier guidance") or that
    state another sum alike ("spent £4.7 billion ..., up from £3.96 billion" / "cost ... 4.7
    million pounds ..., compared with £3.96 billion")."""
    if not _one_figure_two_scales(left, right):
        return False
    ours, theirs = _scaled(left), _scaled(right)
    if ours and theirs and ours[0] == theirs[0] and len(_digits(ours[0])) >= SLIP_CERTAIN_DIGITS_MIN:
        return False  # "$68.4 million left on his contract" / "is owed $68.4 billion": no chance
    if _other_figures(left_text, left) & _other_figures(right_text, right):
        return False
    if _share_before(left_text, left) & _share_before(right_text, right):
        return False  # one move to the sum told alike ("fell 7 percent to" / "7% lower at")
    if (
        _sums(left_text) == 1 == _sums(right_text)
        and len(stems(left_text) & stems(right_text)) >= SLIP_SHARED_WORDS
    ):
        return False  # the one such figure of each: "to reach $17 billion" / "to spend $17 million"
    if len(_clause_stems(left_text, left) & _clause_stems(right_text, right)) >= _NEAR_SHARED_MIN:
        return False  # what the sum is for, told near it on both sides: "invest €2.4 billion ... in
        # electric vehicle production" / "put €2.4 million into electric vehicle production" (ut179)
    (b1, a1), (b2, a2) = _beside(left_text, left), _beside(right_text, right)
    return b1 != b2 and a1 != a2


_CLAUSE_EDGE = re.compile(r"[,;:()—–]")
_NEAR_WORDS = 6  # the words either side of a sum, in its clause, that say what it is for
# ... of which two at least in common tell one purpose ("electric vehicle"); one is a shared
# setting ("earned $240,000 a year at the club" / "the club signed a $240 million deal")
_NEAR_SHARED_MIN = 2


def _clause_stems(text: str, span: str) -> frozenset[str]:
    """The stems of the content words within :data:`_NEAR_WORDS` of ``span``, in its clause
    ("includes $1.4 billion for space technology, a rise of 9 percent": space, technology)."""
    at = text.find(span)
    if at < 0:
        return frozenset()
    before = _CLAUSE_EDGE.split(text[:at])[-1]
    after = _CLAUSE_EDGE.split(text[at + len(span) :])[0]
    near = " ".join(_WORD.findall(before)[-_NEAR_WORDS:] + _WORD.findall(after)[:_NEAR_WORDS])
    return stems(near)


# a figure of three digits or more, with its currency sign and scale word, or of two digits with
# its scale word ("46 million rand" / "R46 million"): specific enough that two sentences stating
# it alike tell one frame (not a year)
_SPECIFIC = re.compile(
    r"[$€£¥]?(?:\d[\d,.]*\d\d(?:\s+(?:million|billion|trillion))?|\d[\d.]*\d\s+(?:million|billion|trillion))"
)


def _other_figures(text: str, span: str) -> set[str]:
    at = text.find(span)
    rest = text[:at] + " " + text[at + len(span) :] if at >= 0 else text
    # (a year frames nothing; a currency sign is a style: "2.5 billion dollars" / "A$2.5 billion")
    return {f.lstrip("$€£¥") for f in _SPECIFIC.findall(rest) if not _YEAR.fullmatch(f)}


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# a share right before a sum, the change that brought it there ("fell 7 percent to", "7% lower at")
_SHARE_BEFORE = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|(?:percent|per cent)\b)[^\d.;]{0,16}$")


def _share_before(text: str, span: str) -> set[str]:
    at = text.find(span)
    m = _SHARE_BEFORE.search(text, max(0, at - 30), at) if at >= 0 else None
    return {m.group(1)} if m else set()


_A_SCALED_FIGURE = re.compile(r"\d\s*(?:million|billion|trillion|mln|bln|bn|m)\b", re.I)
# a sum written out in full with its currency ("$310,000"), the figure a slip writes with a scale word
_WRITTEN_SUM = re.compile(r"[$€£¥]\s?\d{1,3}(?:,\d{3})+(?![\d.,]*\s*(?:million|billion|trillion)\b)", re.I)


def _sums(text: str) -> int:
    """How many sums of a scale a sentence tells: written with a scale word, or, when it writes
    none so, written out in full with its currency; a sum's conversion in brackets after it
    ("1.2 billion euros ($1.3 billion)") is the same sum."""
    text = _BASE.sub("", _CONVERTED.sub("", text))
    return len(_A_SCALED_FIGURE.findall(text)) or len(_WRITTEN_SUM.findall(text))


# the base a sum is compared with ("up from 1.4 billion euros a year earlier", "against $3
# million"): the same sum at another time, no second sum of the sentence (ut177)
_BASE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus)\s+(?:about\s+|roughly\s+|some\s+)?"
    r"[A-Z]{0,3}[$€£¥]?\s?\d[\d,.]*\s*(?:million|billion|trillion|mln|bln|bn|m)?\b",
    re.I,
)


# a conversion in brackets right after a sum: "(about $1.3 billion)", "($1.6 billion)"
_CONVERTED = re.compile(r"\s*\((?:about\s+|roughly\s+|some\s+)?[A-Z]{0,3}[$€£¥][^()]{1,24}\)")


# two sentences with one figure of a scale each tell one sum when they share this many content
# words: "content", "expect", "earlier", "guidance" do; "The agency, which has a $5 billion
# budget, approved the plan" / "The agency approved the $5 million plan" (three) are two sums
SLIP_SHARED_WORDS = 4
