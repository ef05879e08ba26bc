"""A move's end, or its base, told two ways: "Pedestrian deaths dropped from 41 to 29, while
deaths among car occupants fell from 68 to 61" / "Deaths among pedestrians fell from 41 to 26 and
among car occupants from 68 to 61; motorcyclist deaths stayed at 22" (ut150).

The figures of two sentences are paired by kind and value; when one side tells a figure more
(the motorcyclists' 22) no pairing is sure and none is made.  A move of a figure names its own
pair: "from 41 to 29", "to 29 from 41", "29, down from 41".  The same start on both sides, told
once on each, says the two tell one move, so two ends apart are one value told two ways, however
many other figures stand beside.  Not a conflict: an end the other side states anywhere (two
moves' ends traded are the swaps' rule; a move told the other way round is
:mod:`reader.facts.reversed_direction`'s), one end the other rounded ("to 29.5" / "to 30"),
a start either side tells as the start of two moves.  A change to one level told in points and
in percent ("rising 0.8 points to 50.6" / "rose 0.8% to 50.6") is one unit slipped.  Likewise
one base each side tells alone
("down from 26 percent in 2022" / "down from 24% in 2022", ut157), where a bound beside it ("just
over a fifth") would let either agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.change_turned import UPWARD, change_turned, levels_turned
from reader.facts.compare_numbers import QUANTITY_LABELS, quantity_difference
from reader.facts.opposite_pairs import MOVE_WORDS
from reader.facts.opposites import OPPOSITE_NOTE
from reader.facts.reversed_direction import FigureMove, figure_moves
from reader.lang import CARDINALS
from reader.model import Difference, Fact

_FIGURE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_DIGIT = re.compile(r"\d")
# the base a figure moved from, told alone ("22 percent ..., down from 26 percent in 2022")
_BASE = re.compile(rf"\b(?:up|down)\s+from\s+(?:[$€£]\s?)?({_FIGURE.pattern})")


def move_diffs(
    left: Sequence[Fact],
    right: Sequence[Fact],
    left_text: str,
    right_text: str,
    found: Sequence[Difference] = (),
) -> list[Difference]:
    """The ends (:func:`move_end_diffs`) and then the bases (:func:`base_diffs`) of one move that
    two sentences tell apart, not those a difference ``found`` tells already."""
    ends = move_end_diffs(left, right, left_text, right_text, found)
    if not (_DIGIT.search(left_text) and _DIGIT.search(right_text)):  # (no figure in digits: no move told)
        return ends + base_diffs(left, right, left_text, right_text, [*found, *ends])
    ends += change_unit_diffs(left_text, right_text, [*found, *ends])
    ends += points_told_as_percent(left_text, right_text, [*found, *ends])
    ends += direction_turned(left_text, right_text, [*found, *ends])
    ends += change_turned(left_text, right_text, [*found, *ends])  # one change alone, reworded around
    ends += levels_turned(left_text, right_text, [*found, *ends])  # ... or told by its two levels
    ends += change_to_one_level(left_text, right_text, [*found, *ends])
    return ends + base_diffs(left, right, left_text, right_text, [*found, *ends])


# the note of a move in points told as a change in percent
POINTS_NOTE = "percentage points told as percent"
# (a gap or a margin's change: "the operating margin widened 3.5% to 24.5%")
_WIDEN = ("widened", "widens", "widening", "narrowed", "narrows", "narrowing")
# a change and the level it reached: "rising 0.8 points to 50.6", "rose by 0.8% to 50.6"
# (the change in words too, "by one percentage point"; the level "to", a comma before it or not)
_CHANGE = re.compile(
    r"\b(?:" + "|".join((*MOVE_WORDS, *_WIDEN)) + r")\s+(?:by\s+)?"
    rf"(?P<change>({_FIGURE.pattern}|{'|'.join(w for w, n in CARDINALS.items() if 0 < n <= 10)})"
    r"\s*(?P<unit>%|percent\b|per\s+cent\b|(?:percentage\s+)?points?\b))"
    rf"\s*,?\s+to\s+(?P<level>{_FIGURE.pattern})",
    re.I,
)


def change_unit_diffs(left_text: str, right_text: str, found: Sequence[Difference] = ()) -> list[Difference]:
    """One change to one level, told in points on one side and in percent on the other ("rising
    0.8 points to 50.6" / "rose 0.8% to 50.6"): the same figures, so one unit is wrong."""
    if " to " not in left_text or " to " not in right_text:
        return []
    out = []
    for a in _CHANGE.finditer(left_text):
        for b in _CHANGE.finditer(right_text):
            if (
                _value(a.group(2)) == _value(b.group(2))
                and _value(a.group("level")) == _value(b.group("level"))
                and ("point" in a.group("unit").lower()) != ("point" in b.group("unit").lower())
                and not any(a.group(2) in d.left and b.group(2) in d.right for d in found)
            ):
                x, y = a.group("change"), b.group("change")
                out.append(Difference("percentage", x, y, f"percentage: {x} vs {y}"))
    return out


def move_end_diffs(
    left: Sequence[Fact],
    right: Sequence[Fact],
    left_text: str,
    right_text: str,
    found: Sequence[Difference] = (),
) -> list[Difference]:
    """The ends of one move (the same start once on each side) that the two sides tell apart,
    each a quantity of one kind (``left``, ``right``: the sentences' facts), not told by the other
    side anywhere nor by a difference ``found`` already."""
    out = []
    for mine, theirs in _one_moves(left_text, right_text):
        d = _told_apart(mine[3], theirs[3], (left, right), (left_text, right_text), found)
        out += [d] if d is not None else []
    return out


def base_diffs(
    left: Sequence[Fact],
    right: Sequence[Fact],
    left_text: str,
    right_text: str,
    found: Sequence[Difference] = (),
) -> list[Difference]:
    """The base of one move told two ways: each side tells one "up from" or "down from" a figure,
    the two figures apart and neither stated by the other side ("down from 26 percent in 2022" /
    "down from 24% in 2022", ut157); not one the other rounded."""
    if "from" not in left_text or "from" not in right_text:
        return []
    la, ra = _BASE.findall(left_text), _BASE.findall(right_text)
    if len(la) != 1 or len(ra) != 1:
        return []
    d = _told_apart(la[0], ra[0], (left, right), (left_text, right_text), found)
    return [d] if d is not None else []


def _one_moves(left_text: str, right_text: str) -> list[tuple[FigureMove, FigureMove]]:
    """The moves of the two sentences that are one move: the same start, told once on each side."""
    if "from" not in left_text or "from" not in right_text:
        return []  # (the cheap test first: most sentence pairs tell no move)
    lm, rm = figure_moves(left_text), figure_moves(right_text)
    out = []
    for mine in lm:
        theirs = [m for m in rm if m[1] == mine[1]]
        if len(theirs) == 1 and sum(m[1] == mine[1] for m in lm) == 1:
            out.append((mine, theirs[0]))
    return out


def _told_apart(
    x: str,
    y: str,
    facts: tuple[Sequence[Fact], Sequence[Fact]],
    texts: tuple[str, str],
    found: Sequence[Difference],
) -> Difference | None:
    """The difference of the figures written ``x`` (left) and ``y`` (right) as the quantities they
    are, when they are apart: not one the other rounded, neither stated by the other side
    anywhere, both of one kind, and no difference ``found`` telling them already."""
    if _rounded(x, y) or _value(x) in _figures(texts[1]) or _value(y) in _figures(texts[0]):
        return None
    a, b = _quantity(facts[0], x), _quantity(facts[1], y)
    if (
        a is None
        or b is None
        or a.kind != b.kind
        or any(a.text in d.left and b.text in d.right for d in found)
    ):
        return None
    return quantity_difference(a, b, a.kind)


def _quantity(facts: Sequence[Fact], figure: str) -> Fact | None:
    """The fact of a kind of quantity whose figure is ``figure``."""
    return next((f for f in facts if f.kind in QUANTITY_LABELS and _written_in(figure, f.text)), None)


def ends_of_one_move(left_text: str, a: str, right_text: str, b: str) -> bool:
    """Are the figures written ``a`` and ``b`` (a fact's text: "29", "4.1%", "£1.9 billion") the
    ends of one move of the two sentences, its start the same and told once on each side?"""
    pairs = _one_moves(left_text, right_text)
    return next((_written_in(theirs[3], b) for mine, theirs in pairs if _written_in(mine[3], a)), False)


def _written_in(figure: str, text: str) -> bool:
    """Is ``figure`` the figure of ``text`` (not a part of a longer one)?"""
    return re.search(rf"(?<![\d.,]){re.escape(figure)}(?![\d]|[.,]\d)", text) is not None


def _figures(text: str) -> set[float]:
    return {_value(m.group()) for m in _FIGURE.finditer(text)}


def _value(figure: str) -> float:
    return float(CARDINALS.get(figure.lower(), figure.replace(",", "")))


def _rounded(a: str, b: str) -> bool:
    """Is one figure the other rounded to its own places ("29.5" / "30", "4.04" / "4.0",
    "29,500" / "30,000")?"""
    return _rounds_to(a, b) or _rounds_to(b, a)


def _rounds_to(exact: str, rounder: str) -> bool:
    digits = rounder.replace(",", "")
    whole, _, places = digits.partition(".")
    step = (
        10.0 ** -len(places) if places else 10.0 ** min(len(whole) - len(whole.rstrip("0")), len(whole) - 1)
    )
    return abs(_value(exact) - float(digits)) <= step / 2


_PERCENT = r"\s*(?:%|percent\b|per\s+cent\b)"
# two levels of one share, the move between them: "to 24.5% from 21.0%", "from 21% to 24.5%"
_LEVELS = re.compile(
    rf"\bto\s+(?P<to>{_FIGURE.pattern}){_PERCENT}\s+from\s+(?P<start>{_FIGURE.pattern}){_PERCENT}"
    rf"|\bfrom\s+(?P<start2>{_FIGURE.pattern}){_PERCENT}\s+to\s+(?P<to2>{_FIGURE.pattern}){_PERCENT}",
    re.I,
)


# ... or a change "by" so much "to" a level, the verb further back ("raises the share of state
# waters under full protection by 4.5 percent, to 7.5 percent", ut184)
_BY_TO = re.compile(
    rf"\bby\s+(?P<change>({_FIGURE.pattern})\s*(?P<unit>%|percent\b|per\s+cent\b|(?:percentage\s+)?points?\b))"
    rf"\s*,?\s+to\s+(?P<level>{_FIGURE.pattern})",
    re.I,
)


# ... or its change alone, the level told elsewhere in the sentence ("now cover 18 percent of the
# cost, having dropped 6 percent" / "had fallen to 18 percent from 24 percent", ut277)
_CHANGE_ALONE = re.compile(_CHANGE.pattern.split(r"\s*,?\s+to\s+")[0] + r"(?!\s*,?\s+(?:to|from)\b)", re.I)


def _ends(m: re.Match[str]) -> tuple[float, float]:
    """The start and the level of a move told by its two levels (a match of :data:`_LEVELS`)."""
    return _value(m.group("start") or m.group("start2")), _value(m.group("to") or m.group("to2"))


def _in_percent(change: float, base: float, level: float) -> bool:
    """Is ``change`` the move from ``base`` to ``level`` in percent of the base (to a twentieth of a
    point): the change told right, not its points?"""
    return abs(abs(level - base) / base * 100 - change) < 0.05


def _level_told(text: str, level: float) -> bool:
    return any(_value(m.group(1)) == level for m in re.finditer(rf"({_FIGURE.pattern}){_PERCENT}", text))


def points_told_as_percent(
    left_text: str, right_text: str, found: Sequence[Difference] = ()
) -> list[Difference]:
    """A share's move told by its two levels on one side ("widened to 24.5% from 21.0%") and by
    its change in percent to the same level on the other ("widened 3.5% to 24.5%"), the change
    the levels' gap in points, not their change in percent (16.7 %): points told as percent
    (ut178)."""
    out = []
    for one, other, flip in ((left_text, right_text, False), (right_text, left_text, True)):
        for m in _LEVELS.finditer(one):
            start, to = _ends(m)
            alone = [c for c in _CHANGE_ALONE.finditer(other) if _level_told(other, to)]
            for c in [*_CHANGE.finditer(other), *_BY_TO.finditer(other), *alone]:
                change = _value(c.group(2))
                if (
                    "point" in c.group("unit").lower()
                    or (c.re is not _CHANGE_ALONE and _value(c.group("level")) != to)
                    or abs(abs(to - start) - change) > 1e-9
                    or _in_percent(change, start, to)
                    or any(_told(d, c.group("change"), m.group(), flip) for d in found)
                ):
                    continue
                x, y = m.group().strip(), c.group("change")
                a, b = (y, x) if flip else (x, y)
                out.append(Difference("percentage", a, b, f"{POINTS_NOTE}: {a} vs {b}"))
    return out or _gap_told_as_percent(left_text, right_text)


# a share set against another ("stands at 6.2 percent, against a national average of 4.4 percent") and
# the gap told as a share "higher than" the other ("1.8 percent higher than the national average of
# 4.4 percent", ut286): the gap in points, its change in percent another figure (40.9 %)
_AGAINST = re.compile(
    rf"(?P<a>{_FIGURE.pattern}){_PERCENT},?\s+(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+"
    rf"(?:[a-z'’-]+\s+){{0,4}}?(?P<b>{_FIGURE.pattern}){_PERCENT}",
    re.I,
)
_GAP = re.compile(
    rf"(?P<change>({_FIGURE.pattern})\s*(?P<unit>%|percent\b|per\s+cent\b|(?:percentage\s+)?points?\b))\s+"
    rf"(?:higher|lower|more|less|above|below)\s+than\s+(?:[a-z'’-]+\s+){{0,4}}?(?P<level>{_FIGURE.pattern}){_PERCENT}",
    re.I,
)


def _gap_told_as_percent(left_text: str, right_text: str) -> list[Difference]:
    """Two shares set against each other on one side, their gap told in percent on the other."""
    if "than" not in left_text and "than" not in right_text:
        return []  # (the cheap test first)
    for one, other, flip in ((left_text, right_text, False), (right_text, left_text, True)):
        for m in _AGAINST.finditer(one):
            a, b = _value(m.group("a")), _value(m.group("b"))
            for c in _GAP.finditer(other):
                change = _value(c.group(2))
                if (
                    "point" not in c.group("unit").lower()
                    and _value(c.group("level")) == b
                    and b
                    and abs(abs(a - b) - change) < 1e-9
                    and not _in_percent(change, b, a)
                ):
                    x, y = m.group().strip(), c.group("change")
                    left, right = (y, x) if flip else (x, y)
                    return [Difference("percentage", left, right, f"{POINTS_NOTE}: {left} vs {right}")]
    return []


def _told(d: Difference, change: str, levels: str, flip: bool) -> bool:
    """Does ``d`` tell the change already, other than as the change against a level of the move
    (a difference of figures that :func:`superseded` drops: "3 percent vs 4.5 percent")?"""
    mine, other = (d.left, d.right) if flip else (d.right, d.left)
    return change in mine and other not in levels


def superseded(
    found: Sequence[Difference], moves: Sequence[Difference], texts: tuple[str, str] = ("", "")
) -> list[Difference]:
    """``found`` without a difference of figures that pairs a level of a move with its change,
    which a move's own difference tells right ("3 percent vs 4.5 percent" of "from 3 percent to
    7.5 percent" / "by 4.5 percent, to 7.5 percent": points told as percent), or which is the
    change in percent of the levels the other side tells ("to 32 percent from 40 percent" /
    "having dropped 20 percent": 40 is no 20, each true)."""
    told = [m for m in moves if m.note.startswith(POINTS_NOTE)]
    # (a move turned round tells its figures too: "from $40 to $55" / "from $55 to $40" is no "$55 vs $40")
    told += [d for d in found if d.kind == "negation"]
    return [
        d
        for d in found
        if d.kind == "negation"
        or (
            not any(d.left in m.left and d.right in m.right for m in told)
            and not _level_and_its_change(d, *texts)
        )
    ]


def _level_and_its_change(d: Difference, left_text: str, right_text: str) -> bool:
    for one, other, mine, theirs in (
        (left_text, right_text, d.left, d.right),
        (right_text, left_text, d.right, d.left),
    ):
        for m in _LEVELS.finditer(one) if mine in one and "from" in one else ():
            start, to = _ends(m)
            if mine not in m.group() or not start:
                continue
            changes = [*_CHANGE.finditer(other), *_BY_TO.finditer(other), *_CHANGE_ALONE.finditer(other)]
            if any(
                theirs in c.group("change") and _in_percent(_value(c.group(2)), start, to) for c in changes
            ):
                return True
    return False


# a move told whole: its verb, its change and the level it reached ("rose by 117,000 to 4.4
# million", "fell 3% to $41.20")
_MOVE = re.compile(
    r"\b(?P<verb>"
    + "|".join((*MOVE_WORDS, "up", "down"))
    + r")\s+(?:by\s+)?(?:[$€£]\s?)?(?P<change>"
    + _FIGURE.pattern
    + r")"
    r"(?P<unit>\s*(?:%|percent\b|per\s+cent\b|points?\b|million\b|billion\b|bn\b|m\b))?"
    r"\s+to\s+(?:[$€£]\s?)?(?P<level>" + _FIGURE.pattern + r")",
    re.I,
)


def direction_turned(left_text: str, right_text: str, found: Sequence[Difference] = ()) -> list[Difference]:
    """One move told with the same change and the same level on both sides, its verb going up
    on one and down on the other ("rose by 117,000 to 4.4 million" / "fell by 117,000 to 4.4
    million", in sentences reworded around it, ut179), or with the same level and start ("rose to
    410,000 in the second week from 260,000" / "fell to 410,000 ... from 260,000", ut211): the same
    two figures make it one move."""
    against = [d for d in _against_its_figures(left_text, right_text) if d not in found]
    if " to " not in left_text or " to " not in right_text:
        return against
    out: list[Difference] = []
    for pattern, first, second in ((_MOVE, "change", "level"), (_MOVE_FROM, "level", "start")):
        for a in pattern.finditer(left_text):
            for b in pattern.finditer(right_text):
                va, vb = a.group("verb"), b.group("verb")
                if (
                    (va.lower() in UPWARD) != (vb.lower() in UPWARD)
                    and _value(a.group(first)) == _value(b.group(first))
                    and _value(a.group(second)) == _value(b.group(second))
                    and _unit_letter(a) == _unit_letter(b)
                    and not any(va in d.left and vb in d.right for d in [*found, *out])
                ):
                    out.append(Difference("negation", va, vb, f"{OPPOSITE_NOTE}: {va} vs {vb}"))
    return out + against


def _against_its_figures(left_text: str, right_text: str) -> list[Difference]:
    """A move whose verb goes against its own two figures ("had fallen to 4.3 million from 3.8
    million"), the other side telling the same two figures with no move of its own ("4.3 million
    people ... compared with 3.8 million a year ago", ut263): a rise told as a fall, or the
    other way round."""
    out: list[Difference] = []
    for mine, other, flip in ((right_text, left_text, False), (left_text, right_text, True)):
        moves = list(_MOVE_FROM.finditer(mine)) if "from" in mine.lower() else []
        if not moves or _MOVE_FROM.search(other) or _MOVE.search(other):
            continue  # no move "to ... from" here, or the other tells its own move: direction_turned's
        for m in moves:
            level, start, verb = m.group("level"), m.group("start"), m.group("verb")
            if _value(level) == _value(start) or (_value(level) > _value(start)) == (verb.lower() in UPWARD):
                continue
            if _written_in(level, other) and _written_in(start, other):
                way = "a rise" if _value(level) > _value(start) else "a fall"
                told = f"{way} from {start} to {level}"
                a, b = (verb, level) if flip else (level, verb)  # (spans: the other's level, the verb)
                note = f"{OPPOSITE_NOTE}: {verb} vs {told}" if flip else f"{OPPOSITE_NOTE}: {told} vs {verb}"
                out.append(Difference("negation", a, b, note))
    return out


# ... a move to its level and from its start, a few words between ("rose to 410,000 in the second
# week from 260,000")
_MOVE_FROM = re.compile(
    r"\b(?P<verb>"
    + "|".join(MOVE_WORDS)
    + r")\s+to\s+(?:[$€£]\s?)?(?P<level>"
    + _FIGURE.pattern
    + r")(?P<unit>\s*(?:%|percent\b|per\s+cent\b|million\b|billion\b))?"
    + r"(?:\s+[\w'-]+){0,6}?\s+from\s+(?:[$€£]\s?)?(?P<start>"
    + _FIGURE.pattern
    + r")",
    re.I,
)


# a level specific enough to name its thing: a figure with thousands ("to 104,500", not "to 4%")
_SPECIFIC_LEVEL = re.compile(r"\d,\d{3}")


def change_to_one_level(
    left_text: str, right_text: str, found: Sequence[Difference] = ()
) -> list[Difference]:
    """One move to one specific level, its change told two ways ("rose by 4 percent to 104,500"
    / "up 12 percent to 104,500", ut188): the level names the thing, so the changes conflict."""
    if " to " not in left_text or " to " not in right_text:
        return []
    out = []
    for a in _MOVE.finditer(left_text):
        for b in _MOVE.finditer(right_text):
            x, y = _change(left_text, a), _change(right_text, b)
            unit = _unit_letter(a)
            if (
                _SPECIFIC_LEVEL.search(a.group("level"))
                and _value(a.group("level")) == _value(b.group("level"))
                and _value(a.group("change")) != _value(b.group("change"))
                and unit == _unit_letter(b)
                and (a.group("verb").lower() in UPWARD) == (b.group("verb").lower() in UPWARD)
                and not any(x in d.left or y in d.right for d in found)
            ):
                kind = "percentage" if unit in ("%", "p") else "number"
                out.append(Difference(kind, x, y, f"change to {a.group('level')}: {x} vs {y}"))
    return out


def _unit_letter(m: re.Match[str]) -> str:
    """The first letter of a move's unit ("%", "p" for percent or points, "m", "b"), '' for none."""
    return (m.group("unit") or "").strip().lower()[:1]


def _change(text: str, m: re.Match[str]) -> str:
    """A move's change as written, with its unit ("4 percent")."""
    return text[m.start("change") : m.end("unit") if m.group("unit") else m.end("change")]
