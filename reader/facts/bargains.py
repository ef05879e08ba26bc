"""One side of a bargain: a sum in a negotiation is what was demanded ("his demand for $5
billion") or what was offered ("a compromise of $2.5 billion"), two sums, not one told two ways.
"""

from __future__ import annotations

import re

_DEMANDED = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|request(?:s|ed)?|sought|seek(?:s|ing)?|insist(?:s|ed))\b", re.I
)
_OFFERED = re.compile(
    r"\b(?:(?:counter-?)?offer(?:s|ed|ing)?|compromise|proposal|propos(?:e|es|ed)|floated|insufficient|inadequate)\b",
    re.I,
)


def bargaining_side(text: str) -> str:
    """'<demand>' or '<offer>' when a sentence tells only one side of a bargain, else ''
    (in an item's verb: two sums of two sides do not pair)."""
    demanded, offered = _DEMANDED.search(text) is not None, _OFFERED.search(text) is not None
    return "<demand>" if demanded and not offered else "<offer>" if offered and not demanded else ""
