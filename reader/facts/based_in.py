"""Where an organisation is based, told two ways: "New Jersey-based Goya" / "Goya, the New
York-based company", "Acme, based in Ohio" / "Texas-based Acme".

News gives an organisation's home before its name ("Seattle-based Amazon"), after it in an
apposition ("Goya, the New Jersey-based company") or with "based in" ("Goya, which is based in
New Jersey").  Two linked sentences that give one organisation two homes disagree, and no rule of
names reads it: the place is glued to "-based", and the name it belongs to stands apart from it.
Not a conflict: one home inside the other's words ("New York" / "New York City"), two
organisations, a home only one side gives.
"""

from __future__ import annotations

import re

from reader.model import Difference

# a place: one to three capitalised words ("Seattle", "New Jersey", "Fort Worth"), its initials
# with dots too ("D.C.")
_PLACE = r"(?P<place>(?:[A-Z][a-zA-Z.]+\s){0,2}[A-Z][a-zA-Z.]+)"
# an organisation: one to three capitalised words
_ORG = r"(?P<org>(?:[A-Z][\w&'.-]*\s){0,2}[A-Z][\w&'.-]*)"
_BEFORE = re.compile(rf"{_PLACE}-based\s+{_ORG}")  # "New Jersey-based Goya"
_APPOSED = re.compile(rf"{_ORG},\s+(?:the|a|an)\s+{_PLACE}-based\b")  # "Goya, the New York-based company"
_BASED_IN = re.compile(rf"{_ORG},\s+(?:which\s+is\s+|that\s+is\s+)?based\s+in\s+{_PLACE}")  # "Goya, based in"
# words that start a sentence or a clause, never an organisation's first word
_NOT_ORG = frozenset("The A An This That Its His Her Their Our".split())


def base_diffs(left_text: str, right_text: str) -> list[Difference]:
    """One organisation given two homes by the two sentences (the module docstring)."""
    if "based" not in left_text or "based" not in right_text:
        return []  # (the cheap question: most pairs say nowhere where anything is based)
    left, right = _homes(left_text), _homes(right_text)
    out = []
    for org, place in left.items():
        other = right.get(org)
        if other is None or one_place(place, other):
            continue
        out.append(Difference("name", place, other, f"where {org} is based: {place} vs {other}"))
    return out


# a city and the short name news writes it by (data: each pair names one place)
_ALIASES = (
    frozenset({"washington", "d.c."}),
    frozenset({"new york", "nyc"}),
    frozenset({"los angeles", "l.a."}),
)


def one_place(a: str, b: str) -> bool:
    """Are two homes one place: one inside the other's words ("New York" / "New York City"), or a
    city and its short name ("Washington" / "D.C.")?"""
    x, y = a.lower(), b.lower()
    return x in y or y in x or any({x, y} <= pair for pair in _ALIASES)


def _homes(text: str) -> dict[str, str]:
    """Each organisation's home a sentence gives, by the organisation's last word ("Goya")."""
    out: dict[str, str] = {}
    for pattern in (_BEFORE, _APPOSED, _BASED_IN):
        for m in pattern.finditer(text):
            words = [w for w in m.group("org").split() if w not in _NOT_ORG]
            if words:
                out.setdefault(words[-1].strip(".,"), m.group("place"))
    return out
