"""How many times, told two ways: "holds twice as much water" / "three times as much water", "cut
the verges once a year" / "twice a year".

A multiple or a frequency is no figure the quantities read ("twice" has no digit, "three times" no
noun of its own), so a rewrite that changes it goes unseen.  Each sentence's one multiple of a
kind is read with what it multiplies: a comparison ("as much", "as many", "more"), or a period
("a year", "per week").  Two linked sentences that each tell one multiple of one kind, the
same comparison or the same period, and give it two values, tell one thing two ways.
"""

from __future__ import annotations

import re

from reader.lang import CARDINALS
from reader.model import Difference

_WORDS = {"once": 1, "twice": 2, "thrice": 3}
_MULTIPLE = re.compile(
    r"(?<![\w.,])(?P<n>once|twice|thrice|(?P<k>\d{1,3}(?:\.\d+)?|[a-z]+)\s+times)\s+"
    r"(?P<frame>as\s+(?:much|many|large|big|high|long|fast|likely|often)|more|(?:a|per|each|every)\s+"
    r"(?:day|week|fortnight|month|quarter|season|year|decade))\b",
    re.IGNORECASE,
)


def multiplier_diffs(left_text: str, right_text: str, found: list[Difference]) -> list[Difference]:
    """One multiple of one kind on each side, two values (the module's rule); none that ``found``
    shows already."""
    if "time" not in left_text + right_text and "ice " not in left_text + right_text:
        return []  # (the cheap question first)
    a, b = _multiples(left_text), _multiples(right_text)
    out = []
    for frame in a.keys() & b.keys():
        (va, ta), (vb, tb) = a[frame], b[frame]
        if va == vb or any(ta in d.left or tb in d.right for d in found):
            continue
        if _figure(tb) in left_text and _figure(ta) in right_text:
            continue  # both figures on both sides: two things swapped (the swaps' rule tells it)
        out.append(Difference("number", ta, tb, f"number: {ta} vs {tb}"))
    return out


def _multiples(text: str) -> dict[str, tuple[float, str]]:
    """Per kind of multiple (its comparison or period), the one value the text gives and its words;
    a kind told twice is left out (two things multiplied)."""
    seen: dict[str, list[tuple[float, str]]] = {}
    for m in _MULTIPLE.finditer(text):
        value = _value(m)
        if value is not None:
            frame = " ".join(m.group("frame").lower().split()[-1:])  # "much", "year", "more"
            seen.setdefault(frame, []).append((value, m.group()))
    return {frame: told[0] for frame, told in seen.items() if len(told) == 1}


def _value(m: re.Match[str]) -> float | None:
    word = m.group("n").lower()
    if word in _WORDS:
        return _WORDS[word]
    k = m.group("k").lower()
    return float(k) if k[0].isdigit() else CARDINALS.get(k)


def _figure(told: str) -> str:
    """The figure of a multiple as written ("2.17" of "2.17 times as likely"; "twice" of "twice a year")."""
    return told.split()[0]
