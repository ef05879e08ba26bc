"""An age told in apposition: "Mayor John Smith, 54, resigned", "Jane Doe (31) was named".

The sentence scanners read an age only from its own words ("54-year-old", "aged 54", "54
years old"); a bare figure set off by commas or brackets right after a person's name is
the news style for the same age.  :func:`apposition_ages` turns such a figure, read as a
count with nothing counted, into an age, so "Smith, 54," and "Smith, 45," are compared
as the ages they are (and "Smith, 54," and "54-year-old Smith" agree).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader.facts.namewords import looks_like_person
from reader.lang import TITLES
from reader.model import Fact

# ages a person may be: a figure past this is a count, a year or a page
AGE_MAX = 110
# ", 54," / " (54)" right after the name, and a comma, a bracket or the sentence's end after
_BEFORE = (", ", " (")
_AFTER = re.compile(r"(?:,|\)|\s+and\b|\.\s*$|\s*$)")


def apposition_ages(text: str, facts: Sequence[Fact]) -> list[Fact]:
    """The facts of a sentence, a bare figure in apposition to a person's name as an age."""
    if not any(f.kind == "number" for f in facts) or not any(f.kind == "name" for f in facts):
        return list(facts)
    out = list(facts)
    names = [f for f in facts if f.kind == "name"]
    for i, f in enumerate(facts):
        if f.kind != "number" or f.context or f.unit or f.bound != "=" or not f.text.isdigit():
            continue
        if not 0 < float(f.value) <= AGE_MAX or _AFTER.match(text, f.end) is None:  # type: ignore[arg-type]
            continue
        name = next((g for g in names if g.end == f.start - 2), None)
        if name is None or text[name.end : f.start] not in _BEFORE:
            continue
        if looks_like_person(name.text, set()):
            out[i] = replace(f, kind="age", unit="years", resolution=0.0)
    return out


# the words between an age and the name after it: "31-year-old Robert Buckley", "the
# 47-year-old coach Maria Lopez" (lower-case words only, within this many characters)
_BEARER_AFTER = 30
_LOWER_WORDS = re.compile(r"(?:\s+[a-z][\w-]*)*\s+$")
# what stands between a name and its age before it: "Lopez, 20", "Lopez (20)", "Obama, aged 16"
# titles and offices are no part of who a person is ("Deputy Jerry Ortiz" is "Jerry Ortiz")
TITLE_WORDS = frozenset(t.lower() for t in TITLES)
_GAP_BEFORE = re.compile(r"(?:,\s+|\s+\()(?:aged\s+)?$")


def bearer(text: str, f: Fact, facts: Sequence[Fact]) -> tuple[tuple[str, ...], bool]:
    """The words of the name an age is of, and whether it is in apposition to it: the name
    right before ("Lopez, 20": True), or right after "N-year-old" ("31-year-old Robert
    Buckley": False); empty when no name stands there."""
    for g in facts:
        if g.kind == "name" and g.end <= f.start and _GAP_BEFORE.fullmatch(text, g.end, f.start):
            return _words(g.text), True
    for g in facts:
        if g.kind == "name" and f.end < g.start <= f.end + _BEARER_AFTER:
            if _LOWER_WORDS.fullmatch(text, f.end, g.start):
                return _words(g.text), False
            break
    return (), False


def _words(name: str) -> tuple[str, ...]:
    """The words of a person's name, titles left out, up to an "of" ("Robert Buckley of the
    U.K."): the surname last."""
    words = name.split(" of ")[0].split()
    low = (w.lower().removesuffix("'s").removesuffix("’s") for w in words)
    return tuple(w for w in low if w not in TITLE_WORDS)


def _one_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One surname, and given names that meet when both give some ("Jose Luis Orozco" /
    "Jose Orozco"; not "Jerry Ortiz" / "Jeremy Ortiz")."""
    return a[-1] == b[-1] and (len(a) == 1 or len(b) == 1 or not set(a[:-1]).isdisjoint(b[:-1]))


def two_bearers(ta: str, fa: Fact, la: Sequence[Fact], tb: str, fb: Fact, lb: Sequence[Fact]) -> bool:
    """May two ages be of two people?  Yes when both are told of names of two people
    ("Andrew Lopez, 20" / "Jonathan Carrasquillo, 24"; "the 36-year-old Klitschko" / "the
    40-year-old Thompson"; "Jerry Ortiz, 35" / "17-year-old Jeremy Ortiz"), and when an age
    in apposition is set against one told of no name ("Andrew Lopez, 20" / "an 11-year-old
    girl"): a figure after a name is an age only of that name, so it is compared only with
    an age of that name."""
    (a, apposed_a), (b, apposed_b) = bearer(ta, fa, la), bearer(tb, fb, lb)
    if apposed_a or apposed_b:
        return not (a and b and _one_person(a, b))
    return bool(a and b and not _one_person(a, b))
