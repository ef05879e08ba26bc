"""Nobody done to on one side, some done to on the other: "Police said no one was hurt in the
blast" / "Police said two people were hurt in the blast", "no pilgrim had been seriously
injured" / "several pilgrims had been seriously injured".

The negation rules read a "no" before a noun against the same noun stated; a count of people
told instead ("two people", "a man", "several pilgrims") is another subject to them, so the
toll turned round passed.  Here the two clauses say one act in the passive of the same verb
(the same word, an adverb before it or not), one of nobody ("no one", "nobody", "no" and a
noun) and one of a count of people or of the same noun: one side denies what the other
states.
"""

from __future__ import annotations

import re

from reader.lang import CARDINALS
from reader.model import Difference

_BE = r"(?:was|were|had\s+been|has\s+been|have\s+been|is|are|got)\s+(?:[a-z]+ly\s+)?"
_NOBODY = re.compile(
    rf"\b(?:no\s+one|no-one|nobody|no\s+(?P<noun>[a-z]+?)s?)\s+{_BE}(?P<verb>[a-z]+)\b", re.I
)
_COUNT = "|".join(["\\d+", "a", "an", "several", "some", "many", "dozens\\s+of", *CARDINALS])
_SOME = re.compile(
    rf"\b(?P<count>{_COUNT})\s+(?:[a-z]+\s+)?(?!(?:had|has|have|was|were|is|are)\b)(?P<noun>[a-z]+?)s?\s+"
    rf"(?:{_BE}(?P<verb>[a-z]+)\b"
    # ... or hurt told as injuries suffered: "several pilgrims had suffered serious injuries" (ut244)
    r"|(?:had\s+|have\s+|has\s+)?(?:suffered|sustained)\s+(?:[a-z]+\s+)?(?P<injuries>injuries)\b)",
    re.I,
)
# the nouns a count of people is told with, for "no one" / "nobody"
_PEOPLE = frozenset(
    "people person man men woman women child children passenger worker resident officer soldier "
    "civilian pilgrim student patient driver pedestrian firefighter visitor fan".split()
)


def nobody_and_some(left_text: str, right_text: str) -> list[Difference]:
    """The act told of nobody on one side and of some on the other (the module's rule), at most one."""
    for one, other, flip in ((left_text, right_text, False), (right_text, left_text, True)):
        if "no" not in one.lower():
            continue  # (the cheap test first: most sentences deny nobody)
        for m in _NOBODY.finditer(one):
            verb = m.group("verb").lower()
            if verb in CARDINALS:
                continue  # "no more than two were": no act
            if any(_verb(k) == verb for k in _SOME.finditer(one)):
                continue  # the side tells both: "no one was hurt in the first blast, two in the second"
            for n in _SOME.finditer(other):
                if _verb(n) != verb or not _same_people(m, n):
                    continue
                a, b = m.group(), n.group()
                x, y = (b, a) if flip else (a, b)
                return [Difference("negation", x, y, f"one side denies what the other states: {x} vs {y}")]
    return []


def _same_people(m: re.Match[str], n: re.Match[str]) -> bool:
    """Is the count's noun the denied one's, or one of people for "no one" / "nobody"?"""
    noun = (n.group("noun") or "").lower()
    denied = (m.group("noun") or "").lower()
    return noun == denied if denied else noun in _PEOPLE


def _verb(n: re.Match[str]) -> str:
    """The verb of a count's act ("injured" for injuries suffered)."""
    return "injured" if n.group("injuries") else n.group("verb").lower()
