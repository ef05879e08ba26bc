"""A negation found that denies nothing the other side states, whatever its words: a plea
set against a verdict ("has pleaded not guilty" / "was found guilty": two acts of a trial),
a degree denied ("not old enough to marry" says nothing against "old").  Checked after
:mod:`reader.facts.negation` finds a denial.
"""

from __future__ import annotations

import re

from reader.model import Difference

# a plea and a verdict are two acts: "has pleaded not guilty" / "was found guilty"
_PLEA = re.compile(r"\b(?:plea|pleas|plead|pleads|pleaded|pleading|pled)\b", re.IGNORECASE)
# "not old enough to marry" denies a degree, not the quality ("the girls are old")
_ENOUGH = re.compile(r"\s+enough\b", re.IGNORECASE)


def no_denial(d: Difference, left_text: str, right_text: str) -> bool:
    """Is a negation found no denial of what the other side states: a plea set against a
    verdict, or a degree denied ("not old enough")?"""
    guilt = "guilty" in d.left.lower() and "guilty" in d.right.lower()
    if guilt and bool(_PLEA.search(left_text)) != bool(_PLEA.search(right_text)):
        return True
    for span, text in ((d.left, left_text), (d.right, right_text)):
        at = text.find(span)
        if at >= 0 and _ENOUGH.match(text, at + len(span)):
            return True
    return False
