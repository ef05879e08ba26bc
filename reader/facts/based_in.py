"""Where an organisation is based, told two ways: "New Jersey-based Goya" / "Goya, the New
York-based company", "Acme, based in Ohio" / "Texas-based Acme".

News gives an organisation's home before its name ("Seattle-based Amazon"), after it in an
apposition ("Goya, the New Jersey-based company") or with "based in" ("Goya, which is based in
New Jersey").  Two linked sentences that give one organisation two homes disagree, and no rule of
names reads it: the place is glued to "-based", and the name it belongs to stands apart from it.
Not a conflict: one home inside the other's words ("New York" / "New York City"), two
organisations, a home only one side gives.

And the state or country a person is of, the same way: "Sen. Scott Brown of Massachusetts" / "Sen.
Scott Brown of Connecticut", "Sens. Scott Brown in Massachusetts and ..." (a title before the
name: "in" after a name alone may tell where an act happened), "Ohio lawyer Dana Pryce" / "Texas
lawyer Dana Pryce" (a role between place and name).  Only a place the tables know as a state or a
country: "Trump lawyer Rudy Giuliani" names whose lawyer, and no table here tells every town
from a surname.
"""

from __future__ import annotations

import re

from reader.facts.countries import country_of, is_capital
from reader.facts.namewords import state_name
from reader.facts.speech_patterns import ROLE_WORDS
from reader.model import Difference

# a place: one to three capitalised words ("Seattle", "New Jersey", "Fort Worth"), its initials
# with dots too ("D.C.")
_PLACE = r"(?P<place>(?:[A-Z][a-zA-Z.]+\s){0,2}[A-Z][a-zA-Z.]+)"
# an organisation: one to three capitalised words
_ORG = r"(?P<org>(?:[A-Z][\w&'.-]*\s){0,2}[A-Z][\w&'.-]*)"
_BEFORE = re.compile(rf"{_PLACE}-based\s+{_ORG}")  # "New Jersey-based Goya"
_APPOSED = re.compile(rf"{_ORG},\s+(?:the|a|an)\s+{_PLACE}-based\b")  # "Goya, the New York-based company"
_BASED_IN = re.compile(rf"{_ORG},\s+(?:which\s+is\s+|that\s+is\s+)?based\s+in\s+{_PLACE}")  # "Goya, based in"
# a person's full name (a given name, an initial, a surname) and the place they are of
_PERSON = r"(?P<org>[A-Z][a-z]+\s(?:[A-Z]\.\s)?[A-Z][\w'’-]*[a-z])"
_PERSON_OF = re.compile(rf"{_PERSON}\s+of\s+{_PLACE}")  # "Sen. Scott Brown of Massachusetts"
# ("in" after a titled name: "Sens. Scott Brown in Massachusetts")
_TITLED_IN = re.compile(rf"\b(?:Sens?|Reps?|Gov|Govs)\.\s+{_PERSON}\s+in\s+{_PLACE}")
_ROLE_OF = re.compile(rf"{_PLACE}\s+(?P<role>[a-z]+)\s+{_PERSON}")  # "Ohio lawyer Dana Pryce"
# words that start a sentence or a clause, never an organisation's first word
_NOT_ORG = frozenset("The A An This That Its His Her Their Our".split())


def base_diffs(left_text: str, right_text: str) -> list[Difference]:
    """One organisation or person given two homes by the two sentences (the module docstring)."""
    out = []
    if "based" in left_text and "based" in right_text:  # (most pairs say nowhere where anything is based)
        left, right = _homes(left_text), _homes(right_text)
        for org, place in left.items():
            other = right.get(org)
            if other is not None and not one_place(place, other):
                out.append(Difference("name", place, other, f"where {org} is based: {place} vs {other}"))
    left, right = _people_homes(left_text), _people_homes(right_text)
    for who, place in left.items():
        other = right.get(who)
        if other is not None and not one_place(place, other):
            out.append(Difference("name", place, other, f"where {who} is from: {place} vs {other}"))
    return out


def without_stop(place: str) -> str:
    """A place read up to a sentence's end without its stop ("Nevada." is Nevada; "D.C." keeps its dots)."""
    last = place.split()[-1]
    return place[:-1] if last.endswith(".") and last.count(".") == 1 else place


def wide_place(place: str) -> bool:
    """Is a place a state or a country (not a capital), one that holds towns?"""
    return bool(state_name(place) or (country_of(place) and not is_capital(place)))


def within(a: str, b: str) -> bool:
    """May one place hold the other, or both be one: one place (:func:`one_place`), or a state or
    a country against a place that is neither ("Lincoln" / "Nebraska")?"""
    return one_place(a, b) or wide_place(a) != wide_place(b)


def _people_homes(text: str) -> dict[str, str]:
    """Each person's state or country a sentence gives, by the person's full name."""
    out: dict[str, str] = {}
    for pattern in (_PERSON_OF, _TITLED_IN, _ROLE_OF):
        for m in pattern.finditer(text):
            if pattern is _ROLE_OF and m.group("role") not in ROLE_WORDS:
                continue
            place = without_stop(m.group("place"))
            if wide_place(place):
                out.setdefault(m.group("org"), place)
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
