"""Where a figure stands among its words: a bound of a range ("between 12 and 16", "one to
three years"), a change and the level it reached ("rose by 92,000 to 1.61 million"), two
figures in the same words ("closed at 18.42." / "closed at 18.24.").

Read by :func:`reader.facts.discrepancies.differences` on the two sentences compared.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.facts.compare_numbers import QUANTITY_LABELS, Apart
from reader.facts.measures import unit_of
from reader.facts.opposite_pairs import MOVE_WORDS
from reader.facts.pairing_counts import crowd_sizes
from reader.facts.scale_slip import one_writing
from reader.facts.tables import SCALE, SCALE_WORDS
from reader.facts.values import amount
from reader.lang import MONTH_NAMES
from reader.model import Difference, Fact


def framed(left_text: str, right_text: str) -> Apart:
    """Two figures of one slot by where they stand: two bare figures between the same words
    ("rose by 92,000 to 1.61 million." / "to 16.1 million."; "to 1.268." / "to 1.286."), not the
    part of a whole ("mother of 13"), or two written alike between the same words ("reported in
    4 percent of" / "in 14 percent of"), or right after the same name, as results are listed
    ("Vance 24,015 (37.3 percent)" / "Vance 24,510 (37.3%)"); or two sizes of a gathering ("a
    crowd of 18,452 saw" / "watched by 18,254 fans").  Without the sentences, none are."""
    if not left_text or not right_text:
        return lambda a, b: False
    return lambda a, b: (
        (
            bare(a)
            and bare(b)
            and len(w := _words_before(left_text, a.start)) == 2
            and w[1] != "of"
            and w == _words_before(right_text, b.start)
            and _word_after(left_text, a.end) == _word_after(right_text, b.end)
        )
        or (bare(a) and bare(b) and _holder(left_text, a.start) == _holder(right_text, b.start) != "")
        or (a.kind in _SLIPS and one_writing(a, b) and _same_words_around(a, b, left_text, right_text))
        or crowd_sizes(a, b, left_text, right_text)
    )


# quantities whose figure alone a rewrite may change in the same words ("reported in 4 percent
# of" / "reported in 40 percent of"): one slot, however far apart the values
_SLIPS = frozenset({"number", "money", "percent"})


def _same_words_around(a: Fact, b: Fact, left_text: str, right_text: str) -> bool:
    """Do two figures stand between the same two words before and word after ("reported in 4
    percent of" / "reported in 14 percent of")?"""
    before = _words_before(left_text, a.start)
    return (
        len(before) == 2
        and before == _words_before(right_text, b.start)
        and _word_after(left_text, a.end) == _word_after(right_text, b.end)
    )


def _holder(text: str, at: int) -> str:
    """The name a figure is listed after ("Vance 24,015"), as written; '' when none is."""
    m = _HOLDER.search(text, max(0, at - 40), at)
    return m.group(1) if m is not None else ""


# a capitalised word, not opening the sentence, right before a figure
_HOLDER = re.compile(r"(?<=[a-z,;)] )([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?) $")


def bare(f: Fact) -> bool:
    """A figure with no word that says what it counts ("to 1.268", "by 92,000")."""
    return f.kind == "number" and not f.unit and not f.context and f.bound == "="


def _words_before(text: str, at: int) -> list[str]:
    """The two words (or figures) before ``at``, lower case: "closed at", "92,000 to"."""
    return [w.lower() for w in _TOKEN.findall(text, max(0, at - 40), at)[-2:]]


def _word_after(text: str, at: int) -> str:
    """The word after a figure, or "." where its clause ends (a comma, a stop, the end)."""
    m = _NEXT_WORD.match(text, at)
    return "." if m is None or not m.group(1) else m.group(1).lower()


_TOKEN = re.compile(r"[A-Za-z]+|\d[\d,.]*")
_NEXT_WORD = re.compile(r"\s*([A-Za-z]*)")


# "between 12 and 16 years old", "between $1 and $1.5 trillion": the bounds of a range;
# "one to three years", "10 to 15 people" too (not "from 10 to 15": a change, its end a value)
_RANGE_BEFORE = re.compile(r"\bbetween\s+(?:\S+\s+and\s+)?$", re.I)
_RANGE_AFTER = re.compile(r"\s+and\s+\S")
_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# the figure before "to" whole: not its decimals ("from 12.5 percent to": "5" is no figure)
_TO_BEFORE = re.compile(r"(?<![\d.,])\b(" + _NUMBER + r")(?:\s*%|\s+percent)?\s+to\s+$", re.I)
_TO_AFTER = re.compile(r"\s+to\s+(" + _NUMBER + r")\b", re.I)
# "from" right before a figure: the start of a move ("rose from 10 to 12 percent"), no range
# (a currency's sign between: "lifting the cap from £9,250 to £9,640", ut278)
FROM_BEFORE = re.compile(r"\bfrom\s+(?:[£$€¥]|[A-Z]{1,2}\$)?$", re.I)
# ... unless a verb of a span stands before it: "prices ranged from 3,000 to 20,000 euros"
_SPAN_VERB = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere)\s+from\s+$", re.I)


def moved_from(text: str, at: int) -> bool:
    """Does "from" before ``at`` start a move ("rose from 10 to 12 percent"), not a span?"""
    return FROM_BEFORE.search(text, max(0, at - 8), at) is not None and (
        _SPAN_VERB.search(text, max(0, at - 20), at) is None
    )


# "by 92,000 to 1.61 million": a change and the level it reached, not a range ("grew by 5 to 10
# percent"), when the level is this many times the change at least
_BY = re.compile(r"\bby\s+$", re.I)
LEVEL_OVER_CHANGE_MIN = 5.0
# ... and a verb of moving right before the change stands for "by" ("rose 3.1 percent to 84.6
# percent": a rise and the level it reached, not a range)
_MOVED = re.compile(r"\b(?:" + "|".join(MOVE_WORDS) + r")\s+$", re.I)


def _change_before(text: str, at: int) -> bool:
    """Does "by" or a verb of moving stand right before the figure at ``at``?"""
    return (
        _BY.search(text, max(0, at - 4), at) is not None
        or _MOVED.search(text, max(0, at - 14), at) is not None
    )


_RANGE_KINDS = frozenset({"number", "money", "percent", "age", "duration"})
# a share's mark: a range's two figures are both shares, or only its second says so
_SHARE = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)", re.I)


def in_range(text: str, f: Fact) -> bool:
    """Is a quantity a bound of a range ("between 12 and 16", "one to three years")?"""
    if f.kind not in _RANGE_KINDS:
        return False
    m = _RANGE_BEFORE.search(text, max(0, f.start - 30), f.start)
    if m is not None and ("and" in m.group().lower() or _RANGE_AFTER.match(text, f.end) is not None):
        return True
    before = _TO_BEFORE.search(text, max(0, f.start - 30), f.start)
    if before is not None and not moved_from(text, before.start()):
        if f.kind != "percent" and _SHARE.search(before.group()):
            return False  # "gained 1.12 percent to 18,703.5": a change and the level it reached
        by = _change_before(text, before.start())
        return not _descending(before.group(1), f, first=False) and not (by and _level(before.group(1), f))
    after = _TO_AFTER.match(text, f.end)
    if after is None or moved_from(text, f.start):
        return False
    mark = _SHARE.match(text, after.end())
    if f.kind == "percent" and (mark is None or (f.unit == "points") != ("point" in mark.group().lower())):
        return False  # ... the change: a range's figures are shares alike ("10 to 15 percent")
    if _change_before(text, f.start) and _level(after.group(1), f, first=True):
        return False
    return not _descending(after.group(1), f, first=True)


def _level(other: str, f: Fact, *, first: bool = False) -> bool:
    """Is the figure after "to" many times the one after "by" (:data:`LEVEL_OVER_CHANGE_MIN`)?"""
    try:
        o, v = float(other.replace(",", "")), float(amount(f))
    except ValueError:
        return False
    change, level = (v, o) if first else (o, v)
    return level >= LEVEL_OVER_CHANGE_MIN * change > 0


def _descending(other: str, f: Fact, *, first: bool) -> bool:
    """Does "X to Y" go down ("46 percent to 45 percent", "won 5 to 3")?  Then it is a score
    or a fall, two values, not a range: a range is written from its low bound up."""
    try:
        o = float(other.replace(",", ""))
    except ValueError:
        return False  # a number in words: read as a range, as before
    v = float(amount(f))
    return v > o if first else o > v


# a figure as a span opens with it (a currency's sign before it): "310", "$4.2 million", not
# "Provence 205" (a holder's figure, the holders' rule's)
_FIGURE_SPAN = re.compile(r"[$€£¥]?(\d[\d,.]*\d|\d)")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def list_reordered(left: str, right: str, left_text: str, right_text: str) -> bool:
    """Are two figures (the spans ``left`` / ``right`` of a difference) a list reordered: each
    side states both, in the opposite order, and the names around them are in the opposite
    order too ("Nice reported 310 cancellations and Marseille 205" / "Marseille reported 205
    cancellations and Nice 310")?  Two figures swapped between names kept in order ("Nice 205,
    Marseille 310") stay a conflict.  So are the two ends of one move told from either end
    (:func:`_one_move`)."""
    if _one_move(left, right, left_text, right_text):
        return True
    ma, mb = _FIGURE_SPAN.fullmatch(left), _FIGURE_SPAN.fullmatch(right)
    if ma is None or mb is None:
        return False
    fa, fb = ma.group(1), mb.group(1)
    at = [_whole_figure(t, f) for t in (left_text, right_text) for f in (fa, fb)]
    if min(at) < 0 or (at[0] < at[1]) == (at[2] < at[3]):
        return False
    # the names around the two figures only: an attribution moved from the start to the end
    # ("According to the State Association, Ohio spent $7,850 ..." / "Ohio spent $10,237 ...,
    # according to the State Association") reorders no list
    names_l = list(dict.fromkeys(_CAPITALISED.findall(left_text, *_around(left_text, at[0], at[1]))))
    names_r = list(dict.fromkeys(_CAPITALISED.findall(right_text, *_around(right_text, at[2], at[3]))))
    common = [n for n in names_l if n in names_r]
    order_r = [n for n in names_r if n in common]
    return len(common) >= 2 and common != order_r


_LIST_REACH = 60  # characters before a list's first figure its first name may stand

_END = r"(\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
# a move told from its start or from its end, its unit written at either end ("cut the exam from
# three days to two" / "shortened the exam to two days from three")
_MOVE = re.compile(
    rf"\bfrom\s+{_END}[^.;,]{{0,25}}?\bto\s+{_END}|\bto\s+{_END}[^.;,]{{0,25}}?\bfrom\s+{_END}", re.I
)


def _one_move(left: str, right: str, left_text: str, right_text: str) -> bool:
    """Are the figures of the spans ``left`` and ``right`` ("three days", "two") the two ends of one
    move that both sides tell, from the same start to the same end, whichever end each writes
    first or writes the unit with?"""
    ma, mb = re.match(_END, left, re.I), re.match(_END, right, re.I)
    if ma is None or mb is None or "from" not in left_text or "from" not in right_text:
        return False
    a, b = ma.group(1), mb.group(1)

    def moves(text: str) -> set[tuple[str, str]]:
        return {(m[0], m[1]) if m[0] else (m[3], m[2]) for m in (x.groups() for x in _MOVE.finditer(text))}

    both = {(x.lower(), y.lower()) for x, y in moves(left_text)} & {
        (x.lower(), y.lower()) for x, y in moves(right_text)
    }
    return any({a.lower(), b.lower()} == {x, y} for x, y in both)


def _around(text: str, a: int, b: int) -> tuple[int, int]:
    """From a little before the first of two figures at ``a`` and ``b`` to the end of the last's clause."""
    end = re.compile(r"[,;:.](?!\d)").search(text, max(a, b))
    return max(0, min(a, b) - _LIST_REACH), end.start() if end else len(text)


def _whole_figure(text: str, figure: str) -> int:
    """Where ``figure`` stands as a whole figure in ``text`` (not inside "3,105"); -1 if nowhere."""
    m = re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d]|[.,]\d)", text)
    return m.start() if m else -1


# the note's opening of such a swap (the gate reads it: both sides state both figures, on purpose)
SWAPPED_NOTE = "figures swapped between places"
# a figure and the place it is of, right after it: "120 km/h in Brest", "4 percent in Lyon", "310
# flights at Orly" (a unit or a noun of two words at most between)
# (or a moment, a month's end told like a place: "$3.2 billion at the end of September")
_OF_A_PLACE = re.compile(
    r"\s+(?:[a-z/]+\s+){0,2}?(?:in|at|for)\s+(?:the\s+)?(?:(?:end|start|beginning|close)\s+of\s+)?"
    r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
)


def swapped_between_places(
    left: list[Fact], right: list[Fact], left_text: str, right_text: str
) -> list[Difference]:
    """Figures swapped between two places a sentence keeps in order ("120 km/h in Brest and 90
    km/h in Quimper" / "90 km/h in Brest and 120 km/h in Quimper"): each side states the same
    figures and the same places, each figure right before its place, but another figure for a
    place.  The first place so told apart, as the two figures of it."""
    mine_l, mine_r = _places(left, left_text), _places(right, right_text)
    if len(mine_l) < 2 or set(mine_l) != set(mine_r):
        return []
    if sorted(f.value for f in mine_l.values()) != sorted(f.value for f in mine_r.values()):  # type: ignore[type-var]
        return []
    for place, a in mine_l.items():
        b = mine_r[place]
        if a.value != b.value:
            what = QUANTITY_LABELS[a.kind]
            note = (
                SWAPPED_NOTE if place.lower() not in MONTH_NAMES else SWAPPED_NOTE.replace("places", "dates")
            )
            return [Difference(what, a.text, b.text, f"{note}: {a.text} vs {b.text} ({place})")]
    return []


def _places(facts: list[Fact], text: str) -> dict[str, Fact]:
    """Each place a figure is told of right after it, when every such place has one figure
    and every figure its own value; else none."""
    out: dict[str, Fact] = {}
    for f in facts:
        if f.kind not in _SLIPS:
            continue
        m = _OF_A_PLACE.match(text, f.end)
        if m is None:
            continue
        if m.group(1) in out or any(g.value == f.value for g in out.values()):
            return {}
        out[m.group(1)] = f
    return out


# a figure that tells a gap to another figure, not a level: "leaves it 14 seats short of a
# majority", "three more seats than it won", "two points ahead of"; its noun between at most
_GAP_AFTER = re.compile(
    r"(?:\s+[a-z-]+)?\s+(?:short|shy|clear)\s+of\b|(?:\s+[a-z-]+)?\s+(?:ahead|behind)\b"
    r"|(?:\s+(?:more|fewer|less|higher|lower|greater|larger|smaller|bigger|longer|shorter))(?:\s+[a-z-]+)?\s+than\b"
    r"|(?:\s+[a-z-]+)?\s+(?:above|below)\b",
)


# ... or a verb of outdoing before it, with "by", in one clause: "beat September's inflation of 3.8%
# by 0.3%" (not "beat City at home, watched by 18,254 fans")
_GAP_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|exceed(?:s|ed|ing)?|outpac(?:es|ed|ing)|outstrip(?:s|ped|ping)?|"
    r"trail(?:s|ed|ing)?|surpass(?:es|ed|ing)?)\b(?:[^.,;:!?]|[.,](?=\d)){0,60}\bby\s+$",
    re.I,
)


def signed(text: str, f: Fact) -> bool:
    """Is the figure ``f`` of ``text`` told with the sign of a change ("down 5 percent", "up by 3")?
    Against a gap to an earlier time ("5 points lower than a week earlier") it is the same change."""
    return _SIGN_BEFORE.search(text, max(0, f.start - 16), f.start) is not None


# (or a noun of a change before "of": "a cut of 20 percent from last year" / "20 percentage points
# lower than last year's", ut263)
_SIGN_BEFORE = re.compile(
    r"\b(?:up|down)\s+(?:by\s+)?$|\b(?:cut|rise|increase|drop|fall|decline|decrease|jump|reduction)\s+of\s+$",
    re.I,
)


def gap(text: str, f: Fact) -> bool:
    """Is the figure ``f`` of ``text`` a gap to another figure ("14 seats short of a majority",
    "beat the forecast by 0.3%")?  Not a length: "190 metres short of the truck" is how far from
    it ("190 feet from the truck")."""
    told = _GAP_AFTER.match(text, f.end) is not None or _GAP_BEFORE.search(
        text, max(0, f.start - 90), f.start
    )
    return bool(told) and (unit_of(f.unit) or ("",))[0] != "length"


# the lower bound of a range told before its upper bound's scale: "2-3 million francs", "2 to 3
# million", "between 2 and 3 million" (a dash, "to" or "and" between, nothing more)
_BOUND_JOINT = re.compile(r"\s*(?:[-\u2013\u2014]|to|and)\s*$")
_SCALE_IN = re.compile(rf"\b({SCALE_WORDS})\b", re.I)
# a bound written bare: a figure with no scale, a currency's sign before it at most ("HK$2.8")
_BARE_BOUND = re.compile(r"((?:[A-Z]{1,3})?[$€£¥])?(\d[\d,]*(?:\.\d+)?)")


def _whole_beside_scaled(lower: str, upper: str, scale_at: int) -> bool:
    """A lower bound of a thousand or more beside an upper bound under a thousand of a scale
    is a whole figure of its own: a scale word takes the small figures of a range ("2-3 million",
    "1,500 to 2,000 million"), and no writer puts "100,000" for 100,000 million."""
    top = _FIGURE_SPAN.search(upper, 0, scale_at)
    return (
        float(lower.replace(",", "")) >= 1000
        and top is not None
        and float(top.group(1).replace(",", "")) < 1000
    )


def scaled_lower_bounds(text: str, facts: list[Fact]) -> list[Fact]:
    """The facts, a range's bare lower bound given its upper bound's scale and kind: "2-3 million
    francs" is 2 million francs to 3 million francs, not 2 and 3 million; "HK$2.8-3.6 million" is
    HK$2.8 million to HK$3.6 million (the sign told once, on the lower bound)."""
    out = list(facts)
    for i, f in enumerate(out):
        upper = next(
            (g for g in out if g.start > f.end and _BOUND_JOINT.fullmatch(text, f.end, g.start)), None
        )
        bare = _BARE_BOUND.fullmatch(f.text)
        signed = f.kind == "money" and bool(bare and bare.group(1))
        if upper is None or bare is None or not (signed or (f.kind == "number" and not f.unit)):
            continue
        m = _SCALE_IN.search(upper.text)
        if m is None or upper.kind not in ("number", "money", "percent") or (signed and upper.unit):
            continue
        if _whole_beside_scaled(bare.group(2), upper.text, m.start()):
            # "rose by 100,000 to 4.3 million": 100,000, not 100,000 million, a count of the
            # same thing as the figure it moved to
            out[i] = replace(f, context=f.context or upper.context)
            continue
        value = float(bare.group(2).replace(",", "")) * SCALE[m.group(1).lower()]
        if signed:  # the upper bound is a sum in the lower bound's currency
            out[i] = replace(f, value=value)
            j = out.index(upper)
            out[j] = replace(upper, kind="money", unit=f.unit)
        else:
            out[i] = replace(f, kind=upper.kind, value=value, unit=upper.unit, context=upper.context)
    return out


# the words of the share that is left: "the remaining 61.5 percent" / "38.5%, the rest going to"
_REST = re.compile(r"\b(?:rest|remaining|remainder)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def complements(d: Difference, texts: str) -> bool:
    """Are two shares of ``d`` a whole's two parts, one told as what is left ("the remaining 61.5
    percent" / "38.5% ..., with the rest going to ...")?  They add up to 100."""
    a, b = _FIGURE.search(d.left), _FIGURE.search(d.right)
    return (
        a is not None
        and b is not None
        and abs(float(a.group()) + float(b.group()) - 100) < 1e-6
        and bool(_REST.search(texts))
    )
