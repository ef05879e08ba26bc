"""Whose age: the person an age is told of, so two ages of two people are never compared.

News gives an age after the name ("Mayor John Smith, 54, resigned", read as an age by
:func:`reader.facts.extract_temporal.appositive_ages`) or before it ("31-year-old Robert
Buckley").  :func:`bearer` finds that name; :func:`two_bearers` says when two ages are of
two people ("Jerry Ortiz, 35" / "17-year-old Jeremy Ortiz").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.speech_patterns import ROLE_WORDS
from reader.lang import TITLES
from reader.model import Fact
from reader.spelling import near_spelling

# the words between an age and the name after it: "31-year-old Robert Buckley", "the
# 47-year-old coach Maria Lopez" (lower-case words only, within this many characters)
_BEARER_AFTER = 30
# (not past a preposition: "The 27-year-old pulled away from Ethiopia's Tadese Worku" is not his age, ut241)
_LOWER_WORDS = re.compile(r"(?:\s+(?!(?:from|of|to|with|at|by|in|on|against|over)\b)[a-z][\w-]*)*\s+$")
# what stands between a name and its age before it: "Lopez, 20", "Lopez (20)", "Obama, aged 16"
# titles and offices are no part of who a person is ("Deputy Jerry Ortiz" is "Jerry Ortiz")
TITLE_WORDS = frozenset(t.lower() for t in TITLES)
_GAP_BEFORE = re.compile(r"(?:,\s+|\s+\()(?:aged\s+)?$")
# ... and before an apposition that opens on the age ("Owen Blackwood, the 36-year-old defender", ut194)
# or holds it after a few words of its own ("Mikhail Orlov, a retired teacher aged 77", ut240): not
# past a word that turns to someone else ("the father of a 7-year-old", "whose 17-year-old son")
_GAP_BEFORE_APPOSED = re.compile(
    r",\s+(?:the|an?)\s+(?:(?!(?:of|and|or|with|for|to|from|who|whose|whom|his|her|their|its)\b)[a-z][\w-]*\s+){0,3}"
)

# ... or before the person's role set off by commas ("Markus Oberholzer, Helvion's chief executive, 56"):
# up to four words and the role's last word, which must be one of speech_patterns.ROLE_WORDS (read here and by
# extract_temporal and age_owners, which find such an age and its bearer)
ROLE_SET_OFF = r"(?:[\w'’.-]+\s+){0,4}(?P<role>[a-z-]+),"
_GAP_ROLE = re.compile(rf",\s+{ROLE_SET_OFF}\s+")


# ... or before the clause "who is" that tells the age, an aside between ("Marion Hallworth, the
# charity's CEO, who is 45"; read here and by age_owners)
WHO_IS_BEFORE = r"(?:[^,.;]{1,40},\s)?who\s+(?:is|was|turns|turned)\s$"
_NAME_WHO = re.compile(r",\s" + WHO_IS_BEFORE)


# a name after these is a place ("In Birmingham, a 19-year-old driver": no one's name, ut190)
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|outside)\s+$", re.IGNORECASE)


def bearer(text: str, f: Fact, facts: Sequence[Fact]) -> tuple[tuple[str, ...], bool]:
    """The words of the name an age is of, and whether it is in apposition to it: the name
    right before ("Lopez, 20": True), or right after "N-year-old" ("31-year-old Robert
    Buckley": False); empty when no name stands there."""
    who = next((g for g in facts if g.kind == "name" and _NAME_WHO.fullmatch(text, g.end, f.start)), None)
    if who is not None:
        return _words(who.text, who.start == 0), True  # "Marion Hallworth, the CEO, who is 45 and has run"
    after = _name_after(text, f, facts)
    if after and "year" in f.text:
        return after, False  # "In Andover, 18-year-old Maya Okonjo": hers, not the town's (ut188)
    for g in facts:
        if g.kind == "name" and g.end <= f.start and _GAP_BEFORE.fullmatch(text, g.end, f.start):
            return _words(g.text, g.start == 0), True
        if (
            g.kind == "name"
            and (gap := _GAP_ROLE.fullmatch(text, g.end, f.start))
            and gap["role"] in ROLE_WORDS
        ):
            return _words(g.text), True
        if (
            g.kind == "name"
            and g.end <= f.start
            and ("year" in f.text or f.text.lower().startswith("aged"))
            and _GAP_BEFORE_APPOSED.fullmatch(text, g.end, f.start)
            and not _PLACE_BEFORE.search(text, max(0, g.start - 10), g.start)
        ):
            return _words(g.text), True
    return after, False


def _name_after(text: str, f: Fact, facts: Sequence[Fact]) -> tuple[str, ...]:
    """The words of the name right after an age ("31-year-old Robert Buckley"), else ()."""
    opener = AT_AGE.search(text, max(0, f.start - 8), f.start) is not None  # "At age 80, Biden is"
    for g in facts:
        if g.kind == "name" and f.end < g.start <= f.end + _BEARER_AFTER:
            gap = _LOWER_WORDS.fullmatch(text, f.end, g.start) or (opener and text[f.end : g.start] == ", ")
            return _words(g.text) if gap else ()
    return ()


AT_AGE = re.compile(r"\bat\s+age\s+$", re.IGNORECASE)  # an age opening its clause, its bearer after the comma


def _words(name: str, opens: bool = False) -> tuple[str, ...]:
    """The words of a person's name, titles left out, up to an "of" ("Robert Buckley of the
    U.K."): the surname last.  An "of" inside an office before the name is no end of it
    ("Secretary of Labor Margaret Hollins": the words after it), nor is one word that ``opens``
    the sentence, capitalised by its place ("Relatives of Doris Whitcombe": hers)."""
    parts = name.split(" of ")
    if opens and len(parts) > 1 and len(parts[0].split()) == 1:
        parts = parts[1:]
    for part in parts:
        low = (w.lower().removesuffix("'s").removesuffix("’s") for w in part.split())
        words = tuple(w for w in low if w not in TITLE_WORDS)
        if words:
            return words
    return ()


def _one_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One surname, and given names that meet when both give some ("Jose Luis Orozco" /
    "Jose Orozco"; not "Jerry Ortiz" / "Jeremy Ortiz").  A surname spelled two ways after one
    given name is one person too ("Reto Ammann" / "Reto Amman": the spelling rule flags the
    slip, and the age is that person's all the same)."""
    if a[-1] != b[-1] and not (len(a) > 1 and len(b) > 1 and a[-2] == b[-2] and near_spelling(a[-1], b[-1])):
        return False
    return len(a) == 1 or len(b) == 1 or not set(a[:-1]).isdisjoint(b[:-1])


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
