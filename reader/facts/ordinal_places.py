"""Two ordinals both sentences write are two places, not one place told two ways.

"Youkilis at first base and Lowell at third" / "move Youkilis from first to third base" name
both bases on each side; "the 72nd floor" / "floor 72" is one floor told as a number.
"""

from __future__ import annotations

import re

from reader.model import Difference


def both_told(d: Difference, left_text: str, right_text: str) -> bool:
    """Does each sentence write both ordinals of ``d`` ("Youkilis at first base and Lowell at
    third" / "move Youkilis from first to third base"): two places both tell, not one place
    told two ways?"""
    if _numbered(d.left, left_text, right_text) or _numbered(d.right, right_text, left_text):
        return True  # "the 72nd floor" / "floor 72": the other side tells it as a number
    return _has_word(right_text, d.left) and _has_word(left_text, d.right)


def _numbered(ordinal: str, text: str, other: str) -> bool:
    """Does ``other`` tell the ordinal ``ordinal`` of ``text`` as its noun and a number ("the
    72nd floor" / "floor 72", "floors 8 to 22")?"""
    m = re.match(r"(\d+)(?:st|nd|rd|th)$", ordinal)
    noun = re.match(r"\s+([a-z]+?)s?\b", text[text.find(ordinal) + len(ordinal) :]) if m else None
    if m is None or noun is None:
        return False
    told = rf"\b{noun.group(1)}s?\s+(?:\d+\s*(?:to|-|–|and)\s*)?{m.group(1)}\b"
    return re.search(told, other, re.IGNORECASE) is not None


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None
