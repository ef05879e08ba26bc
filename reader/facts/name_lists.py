"""One name of a list put for another: "will close its bureaus in Leeds, Bristol and Glasgow" /
"will shut its Leeds, Bristol and Edinburgh bureaus".

A list of names (three or more, joined by commas and a last "and" or "or") told on both sides,
of one length, every name but one the same on both sides: the one left on each side is one
name put for another, whatever the words around the list (a rewrite moves a list to the front,
makes it a modifier).  Two names alike are what make the two lists one list; a list of two
names, or one whose other names differ too, is left to the rules of whole sentences.  Neither
odd name may stand anywhere in the other sentence (a name moved out of the list, "Leeds,
Bristol and Glasgow" / "Leeds and Bristol, and later Glasgow", is no name put for another),
and the two must not be one name written two ways (a spelling, "Fort Myers" / "Ft. Myers", a
translation's "Cain" / "Kain").
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from reader.facts.countries import country_of
from reader.model import Difference, Fact
from reader.spelling import near_spelling
from reader.textnorm import fold

# a capitalised name of one to three words; a list of them, comma-joined, its last after "and"/"or"
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_LIST = re.compile(rf"\b({_NAME}(?:,\s+{_NAME})+,?\s+(?:and|or)\s+{_NAME})")
_ITEM_CUT = re.compile(r",?\s+(?:and|or)\s+|,\s+")
# the fewest names a list holds for two lists to be read as one
LIST_NAMES_MIN = 3


def list_name_diffs(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """The one name each side's list holds that the other's does not, in two lists otherwise
    the same (the module's rule), as a difference; else nothing."""
    la, lb = _lists(left_text), _lists(right_text)
    if not la or not lb:
        return []
    for a in la:
        for b in lb:
            if len(a) != len(b):
                continue
            only_a = [x for x in a if x not in b]
            only_b = [y for y in b if y not in a]
            if len(only_a) != 1 or len(only_b) != 1:
                continue
            x, y = only_a[0], only_b[0]
            if x in right_text or y in left_text or _one_name(x, y):
                continue
            if not (_named(x, left) and _named(y, right)):
                continue
            return [Difference("name", x, y, f"one name for another: {x} vs {y}")]
    return []


def _lists(text: str) -> list[list[str]]:
    """The lists of :data:`LIST_NAMES_MIN` names or more in ``text``, each as its names."""
    if text.count(",") < 1:
        return []  # (most sentences: no list)
    out = []
    for m in _LIST.finditer(text):
        names = [n.strip() for n in _ITEM_CUT.split(m.group(1)) if n.strip()]
        if len(names) >= LIST_NAMES_MIN and len(set(names)) == len(names):
            out.append(names)
    return out


# two names this alike letter for letter (a rapidfuzz ratio) are one written two ways ("Cain" /
# "Kain": 75), not two places or people ("Glasgow" / "Edinburgh": 25)
ONE_NAME_RATIO_MIN = 70


def _one_name(x: str, y: str) -> bool:
    """Are two names one name written two ways: one country's two names, a spelling, a shared word
    ("Fort Myers" / "Ft. Myers"), or letters mostly alike (:data:`ONE_NAME_RATIO_MIN`)?"""
    fx, fy = fold(x), fold(y)
    country = country_of(x)
    return (
        (bool(country) and country == country_of(y))  # "the United States" / "the US"
        or near_spelling(fx, fy)
        or bool(set(fx.replace(".", " ").split()) & set(fy.replace(".", " ").split()))
        or fuzz.ratio(fx, fy) >= ONE_NAME_RATIO_MIN
    )


def _named(name: str, facts: list[Fact]) -> bool:
    """Is ``name`` read as a name by the fact layer (not a capitalised word opening a sentence)?"""
    return any(f.kind == "name" and (name in f.text or f.text in name) for f in facts)
