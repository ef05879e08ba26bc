"""A move told the other way round: "to move new staff from a defined benefit pension scheme to a
defined contribution scheme" / "from a defined contribution pension scheme to a defined benefit
scheme", "the flight from Lagos to Accra" / "from Accra to Lagos".

Both sentences name both ends, so no word is missing and no value differs: what changed is
which end is the start.  Each "from X to Y" of words (a figure's "from 5 to 7" is the figures'
rule) is read for the words its two ends do not share ("benefit pension" / "contribution");
when a start's own words are the other side's end's and the end's its start's, and the other
sentence tells no move the same way round, the move was reversed.
"""

from __future__ import annotations

import re

from reader.facts.choice_turned import choice_turned
from reader.model import Difference

# an end: one to five words, the first a letter; the end's end at a mark or a word that opens
# what follows the move ("from Lagos to Accra on Friday", "from coal to gas by 2030")
_END = r"(?:an?\s+|the\s+)?([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}?)"
_FROM_TO = re.compile(
    rf"\bfrom\s+{_END}\s+to\s+{_END}"
    r"(?=\s*[,.;:)]|\s+(?:from|by|in|on|at|for|and|or|with|after|before|over|under|within|until|which|that|as|when)\b|\s*$)",
    re.IGNORECASE,
)
_SMALL = frozenset("a an the of and or its their his her our new old".split())
_KEY = 5

Move = tuple[str, frozenset[str], frozenset[str]]  # (as written, the start's own words, the end's)


def reversed_moves(left_text: str, right_text: str) -> list[Difference]:
    """The move one side tells the other way round (the module's rule), the hours of a period
    (:func:`hours_reversed`), or the choice (:func:`reader.facts.choice_turned.choice_turned`), at
    most one."""
    return (
        _reversed(left_text, right_text)
        or hours_reversed(left_text, right_text)
        or choice_turned(left_text, right_text)
    )


# the hours of a period, from one clock time to another ("a curfew from 10 p.m. to 5 a.m.", "open
# between 9 a.m. and 1 p.m."): told the other way round, they are another part of the day (ut322)
_CLOCK = r"(\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?\s?m\b\.?|noon|midnight)"
_HOURS = re.compile(rf"\b(?:from|between)\s+{_CLOCK}\s+(?:to|until|till|and)\s+{_CLOCK}", re.IGNORECASE)


def hours_reversed(left_text: str, right_text: str) -> list[Difference]:
    """The hours of a period one side tells the other way round ("from 10 p.m. to 5 a.m." / "from
    5 a.m. to 10 p.m."), when the other side does not tell them both ways."""
    lh, rh = _hours(left_text), _hours(right_text)
    for (start, end), text in lh.items():
        other = rh.get((end, start))
        if other is not None and start != end and (start, end) not in rh and (end, start) not in lh:
            return [Difference("time", text, other, f"time: {text} vs {other}")]
    return []


def _hours(text: str) -> dict[tuple[str, str], str]:
    """Each period of clock times a text tells: (start, end) written alike, to the period as written."""
    return {(_clock(m.group(1)), _clock(m.group(2))): m.group() for m in _HOURS.finditer(text)}


def _clock(time: str) -> str:
    return "".join(c for c in time.lower() if c.isalnum())


def _reversed(left_text: str, right_text: str) -> list[Difference]:
    low_l, low_r = left_text.lower(), right_text.lower()
    if "from" in low_l and "from" in low_r:
        lm, rm = _moves(left_text), _moves(right_text)
        for text, xa, ya in lm:
            for other, xb, yb in rm:
                if xa & yb and ya & xb and not _same_way(xb, yb, lm) and not _same_way(xa, ya, rm):
                    return [_opposite(text, other)]
    if not all(
        any(w in low for w in ("from", " against ", " compared with ", " versus ")) for low in (low_l, low_r)
    ):
        return []
    lf, rf = figure_moves(left_text), figure_moves(right_text)
    for text, start, end, _ in lf:
        for other, start_b, end_b, _ in rf:
            if (start, end) == (end_b, start_b) and (start_b, end_b) not in {(x, y) for _, x, y, _ in lf}:
                return [_opposite(text, other)]
    return []


def _opposite(text: str, other: str) -> Difference:
    return Difference("negation", text, other, f"one side says the opposite: {text} vs {other}")


# a figure's move told from its start ("from 6.1 percent to 4.3 percent") or from its end ("at
# 4.3%, down from 6.1%", "to 4.3% from 6.1%"): the same two figures the other way round is a
# rise told as a fall ("will cut the rate from 6.1 percent to 4.3 percent" / "will now carry
# interest at 6.1%, down from 4.3%")
_FIG = (
    r"(?:[$€£]\s?)?(\d[\d,]*(?:\.\d+)?)(?:\s?(?:%|percent\b|per\s+cent\b|million\b|billion\b))?"
    # ... and its unit before the other end ("from 1.2 billion euros to")
    r"(?:\s+(?!to\b|from\b)[a-z]+(?=,?\s+(?:to|from|up|down)\b))?"
)
_FROM_START = re.compile(rf"\bfrom\s+{_FIG}\s+to\s+{_FIG}", re.IGNORECASE)
_FROM_END = re.compile(
    rf"{_FIG},?\s+(?:up|down)\s+from\s+{_FIG}|\bto\s+{_FIG}\s+from\s+{_FIG}", re.IGNORECASE
)
# ... or this year's figure set against the year before's ("cost £38.7m this year against £44.9m the
# year before" / "reached 44.9 million pounds, up from 38.7 million pounds the year before", ut264)
_AGAINST_BEFORE = re.compile(
    rf"{_FIG}m?\s+(?:this\s+year\s+|now\s+)?(?:against|compared\s+with|versus)\s+{_FIG}m?\s+"
    r"(?:the\s+year\s+before|a\s+year\s+(?:earlier|ago|before)|last\s+year|the\s+previous\s+year)\b",
    re.IGNORECASE,
)


# a move of a figure: as written, its start, its end and the end's figure as written
FigureMove = tuple[str, float, float, str]


def figure_moves(text: str) -> list[FigureMove]:
    """Each move of a figure ``text`` tells: as written, its start, its end and the end's figure
    as written ("from 41 to 29": 41.0, 29.0, "29"; "to 4.0% from 4.2%"; "8.4 percent, down from
    9.1 percent")."""
    out = [
        (m.group(), _value(m.group(1)), _value(m.group(2)), m.group(2).rstrip(","))
        for m in _FROM_START.finditer(text)
    ]
    for m in _FROM_END.finditer(text):
        end, start = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        out.append((m.group(), _value(start), _value(end), end.rstrip(",")))
    for m in _AGAINST_BEFORE.finditer(text):
        out.append((m.group(), _value(m.group(2)), _value(m.group(1)), m.group(1).rstrip(",")))
    return out


def _value(figure: str) -> float:
    return float(figure.replace(",", ""))


def _same_way(x: frozenset[str], y: frozenset[str], moves: list[Move]) -> bool:
    """Does one of ``moves`` go from ``x``'s words to ``y``'s?"""
    return any(x & mx and y & my for _, mx, my in moves)


def _moves(text: str) -> list[Move]:
    out = []
    for m in _FROM_TO.finditer(text):
        x, y = _keys(m.group(1)), _keys(m.group(2))
        if x - y and y - x:
            out.append((m.group(), frozenset(x - y), frozenset(y - x)))
    return out


def _keys(words: str) -> set[str]:
    return {w.lower()[:_KEY] for w in words.split() if w.lower() not in _SMALL}
