"""One figure kept and its unit changed for one of another kind: "the average shift would grow by
40 minutes" / "average shifts would be 40 percent longer" (ut277), "a 12 kilometre detour" / "a 12
percent detour".

A rewrite that keeps a figure and puts "percent" for its unit of time or measure (or the other way)
changes what the figure says, and no rule of one kind reads it: a share and a span are two kinds of
fact.  Compared when the figure is told once on each side, in a share on one side and in a span of
time or a measure on the other, and neither side also tells the other's reading of it ("rose 12
percent in the 12 months to May" tells both).  A figure below two is left alone: "1 percent" and
"one hour" meet by chance.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.measures import unit_of
from reader.model import Difference, Fact

# the smallest figure read: "1" is everywhere
_FIGURE_MIN = 2.0


def _reading(f: Fact) -> str:
    """What a figure's unit makes it: a share, a span of time, a measure, or '' for any other."""
    if f.kind == "percent":
        return "" if f.unit == "points" else "share"
    if f.kind == "duration":
        return "span"
    if f.kind == "number" and f.unit and unit_of(f.unit) is not None:
        return "measure"
    return ""


def unit_kind_slips(left: Sequence[Fact], right: Sequence[Fact]) -> list[Difference]:
    """The first figure told once a side, a share on one side and a span or a measure on the other."""
    read_l = [(f, r) for f in left if (r := _reading(f)) and _value(f) >= _FIGURE_MIN]
    read_r = [(f, r) for f in right if (r := _reading(f)) and _value(f) >= _FIGURE_MIN]
    if not read_l or not read_r or not ({r for _, r in read_l} | {r for _, r in read_r}) >= {"share"}:
        return []  # (most sentence pairs: no share on either side)
    for a, ra in read_l:
        for b, rb in read_r:
            if _value(a) != _value(b) or ra == rb or "share" not in (ra, rb):
                continue
            told = [
                f
                for f in (*left, *right)
                if f.kind in ("percent", "duration", "number") and _value(f) == _value(a)
            ]
            if len(told) != 2:
                continue  # the figure told twice on a side, or both readings on one
            return [Difference("percentage", a.text, b.text, f"unit: {_shown(a)} vs {_shown(b)}")]
    return []


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _value(f: Fact) -> float:
    """The figure as written (a span of time is valued in days: "40 minutes" is 40 here)."""
    m = _FIGURE.search(f.text)
    return float(m.group().replace(",", "")) if m else 0.0


def _shown(f: Fact) -> str:  # the figure with its unit ("14 kilometres"), as a note names it
    return f.text if f.kind != "number" or not f.unit or f.unit in f.text else f"{f.text} {f.unit}"
