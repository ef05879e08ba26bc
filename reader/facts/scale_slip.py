"""One figure written with two scale words: "$5 million" / "$5 billion".

:func:`reader.facts.compare_numbers` takes figures more than a few times apart for two
scopes (a plan's total and one offer, a game's points and a season's).  The same figure
written with another scale word ("fined $5 million" / "fined $5 billion", "2.3 million
people" / "2.3 billion people") is no other scope: it is a classic slip of one figure, and
of one slot whatever the ratio (:func:`scale_slip`).
"""

from __future__ import annotations

import re

from reader.model import Fact

_SCALED = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn|m|b|k)\b", re.IGNORECASE
)
# abbreviations read as the scale word they stand for
_SCALE = {"bn": "billion", "b": "billion", "mn": "million", "m": "million", "k": "thousand"}


def _scaled(f: Fact) -> tuple[str, str] | None:
    """(the figure as written, the scale word) of a quantity written with one, else None."""
    m = _SCALED.search(f.text)
    if m is None:
        return None
    word = m.group(2).lower()
    return m.group(1).replace(",", ""), _SCALE.get(word, word)


def scale_slip(a: Fact, b: Fact) -> bool:
    """Are two quantities one figure written with two scale words ("$5 million" / "$5
    billion")?"""
    if a.kind != b.kind or a.kind not in ("number", "money"):
        return False
    sa, sb = _scaled(a), _scaled(b)
    return sa is not None and sb is not None and sa[0] == sb[0] and sa[1] != sb[1]
