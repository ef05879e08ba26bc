"""Figures swapped between two measures a sentence names: "Members voted 78 percent in favour ...
on a turnout of 71 percent" / "The offer was backed by 71 percent of members ... on a turnout
of 78 percent".

Both sentences state both figures, so the quantity rules see each told alike; what changed is
which figure the measure names.  A figure is named by the noun before "of" right before it,
after an article or a possessive ("a turnout of", "an unemployment rate of", "its margin of"),
a hedge between them allowed ("a turnout of about 71 percent").  When one measure names one
figure on each side, the two figures differ, and each side tells the other's figure too, the
figures were swapped; a measure whose words the sentence writes again elsewhere ("the highest
average balances, at £11,260, while those aged 18 to 24 owed an average of £3,180") may be of
more than one thing, and is left alone.  General English, no article's words.
"""

from __future__ import annotations

import re

from reader.facts.compare_numbers import QUANTITY_LABELS
from reader.model import Difference, Fact

# the note's opening, as the other swaps write it (the gate reads it)
SWAPPED = "figures swapped"
_LABEL_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her)\s+([a-z]+(?:\s+[a-z]+)?)\s+of\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+(?:over|under)\s+|roughly\s+)?$"
)
_FIGURES = frozenset({"number", "money", "percent"})


def _named(facts: list[Fact], text: str) -> dict[str, list[Fact]]:
    """Per measure (its words, lower case), the figures it names."""
    out: dict[str, list[Fact]] = {}
    low = text.lower()
    for f in facts:
        if f.kind not in _FIGURES:
            continue
        m = _LABEL_BEFORE.search(low, max(0, f.start - 48), f.start)
        if m is not None:
            out.setdefault(m.group(1), []).append(f)
    return out


def swapped_measures(
    left: list[Fact], right: list[Fact], left_text: str, right_text: str
) -> list[Difference]:
    """The first measure named with one figure a side, the two swapped (the module's rule)."""
    nl, nr = _named(left, left_text), _named(right, right_text)
    told_l = {(f.kind, f.value) for f in left}
    told_r = {(f.kind, f.value) for f in right}
    for label in sorted(nl.keys() & nr.keys(), key=lambda k: nl[k][0].start):
        (a, *more_l), (b, *more_r) = nl[label], nr[label]
        if more_l or more_r or a.kind != b.kind or a.value == b.value:
            continue
        if _said(label, left_text) > 1 or _said(label, right_text) > 1:
            continue  # words of more than one measure ("the highest average balances ... an average of")
        if (b.kind, b.value) in told_l and (a.kind, a.value) in told_r:
            what = QUANTITY_LABELS[a.kind]
            return [Difference(what, a.text, b.text, f"{SWAPPED}: {a.text} vs {b.text} ({label})")]
    return []


def _said(label: str, text: str) -> int:
    """How many times ``text`` writes the measure's words."""
    return len(re.findall(rf"\b{re.escape(label)}\b", text.lower()))
