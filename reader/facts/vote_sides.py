"""A vote's side told with its verb: "voted for" (or "in favour of") the plan is "favour",
"voted against" it "opposed" (the words of :mod:`reader.facts.opposite_pairs`), so "voted against the plan" /
"voted for the plan" / "backed the plan" meet as opposites.  "for" alone says nothing (it is the
commonest preposition), so the verb and its side are read as one word, shown by the side's word.
"""

from __future__ import annotations

import re

_VOTES = ("vote", "votes", "voted", "voting")
# the word of the table each side is read as
_SIDES = {"for": "favour", "against": "opposed"}
# the phrases as written (the opposites' cheap test asks for one of them or a word of the table)
VOTED_SIDES = tuple(f"{vote} {side}" for vote in _VOTES for side in _SIDES)
_FAVOUR = ("favour", "favor")
_VOTED = re.compile(rf"\b(?:{'|'.join(_VOTES)})\s+(for|against|in\s+favou?r)\b")


def sides_named(low: str) -> frozenset[str]:
    """The words of the table the sides voted in ``low`` (lower case) are read as."""
    return (
        frozenset(_SIDES.get(m.group(1), "favour") for m in _VOTED.finditer(low))
        if "vot" in low
        else frozenset()
    )


def sides_voted(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``words`` (lower case, with their places) with each verb of voting and its side after it
    made one word of the table, its span the side's word ("against", "for", "favour")."""
    if not any(w in _SIDES or w in _FAVOUR for w, _, _ in words):
        return words
    out: list[tuple[str, int, int]] = []
    for word, start, end in words:
        if word in _SIDES and out and out[-1][0] in _VOTES:
            out[-1] = (_SIDES[word], start, end)
        elif word in _FAVOUR and len(out) > 1 and out[-1][0] == "in" and out[-2][0] in _VOTES:
            out[-2:] = [("favour", start, end)]  # "voted in favour of the plan"
        else:
            out.append((word, start, end))
    return out
