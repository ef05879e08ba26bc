"""One place put for another in a close rewording: "was nevertheless headed to Michigan on
Saturday to campaign for Gary Peters" / "was nonetheless traveling to Wisconsin on Saturday to
campaign for Gary Peters", "On a rainy evening in downtown Fort Collins, we met with" / "... in
downtown Loveland, we sat down with".

:mod:`reader.facts.name_swap` reads a name put for another in sentences otherwise word for word
the same, and only it (one name apart: "Georgia" names a state and a country).  A rewrite that
also rewords a verb or an adverb beside the place keeps the rest: the same people, the same day,
the same words around the place.  When the two sentences are that close (:data:`SAME_WORDS_MIN`
of their words in order), the word diff changes one place for another after the same word of
place ("to", "in", "downtown"), and no other change holds a name or a figure (which could make the
place another act's), the rewrite moved the event.

Not a conflict: a place within the other, as far as the tables tell ("Malibu" / "California": a
city and its state; a county, a province or a region by its word), a spelling of one name or one
name in two translations' letters, a place the other sentence names too (moved, not changed), a
month or a day ("in May").  Two cities are read as two places: no table here holds every suburb,
so a city and a district within it ("Brooklyn" / "New York") only stay apart by "City", which the
containment test reads.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from reader.facts.based_in import within
from reader.facts.word_changes import same_words, small_changes
from reader.lang import CALENDAR_WORDS
from reader.model import Difference, Fact
from reader.spelling import near_spelling, transliteration

# the share of their words in order two sentences must share to be one sentence reworded around
# a place: the user tests' rewrites scored 0.82-0.88; two outlets' own sentences about one event
# fall far below (aligned_changes reads other values from 0.5, with stricter other changes)
SAME_WORDS_MIN = 0.8
# a place: one to three capitalised words, nothing else
_PLACE = re.compile(r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s){0,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# the word right before a place that makes it one ("to Michigan", "in downtown Loveland")
_BEFORE = re.compile(r"\b(in|to|from|at|near|downtown|outside|into|across)\s+$")
# words that name a region around other places
_REGIONS = frozenset("County Province Region Borough District State Valley Bay Coast".split())
_CAPITAL_OR_DIGIT = re.compile(r"[A-Z0-9]")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+")
_WORDS = re.compile(r"\w+")
# the share of distinct words two sentences 0.8 alike in order share at the least, with a margin
# (the user tests' rewrites of a place share 0.76-0.89 of them)
_SHARED_SIEVE = 0.6


def place_put(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """The place a close rewording puts for another (the module docstring), at most one."""
    del left, right  # (read from the texts: the facts name a place only as a name)
    caps_l, caps_r = set(_CAPITALISED.findall(left_text)), set(_CAPITALISED.findall(right_text))
    if caps_l <= caps_r or caps_r <= caps_l:
        return []  # the cheap question first: each side must write a name the other does not
    words_l, words_r = set(_WORDS.findall(left_text.lower())), set(_WORDS.findall(right_text.lower()))
    if len(words_l & words_r) < _SHARED_SIEVE * max(len(words_l), len(words_r)):
        return []  # ... and most of its words (the word diff below is the costly question)
    if same_words(left_text, right_text) < SAME_WORDS_MIN:
        return []
    changes = small_changes(left_text, right_text)
    if len(changes) < 2:
        return []  # one word apart: name_swap's, with all its care
    places = [(a, b) for a, b in changes if _PLACE.fullmatch(a) and _PLACE.fullmatch(b)]
    if len(places) != 1 or any(_CAPITAL_OR_DIGIT.search(a + b) for a, b in changes if (a, b) not in places):
        return []  # no place changed, or another name or figure changed too: maybe another act
    a, b = places[0]
    if a.split()[0].lower() in CALENDAR_WORDS or b.split()[0].lower() in CALENDAR_WORDS:
        return []  # "said in May": when, not where
    if a in right_text or b in left_text or not _after_word_of_place(a, left_text, b, right_text):
        return []
    if near_spelling(a, b) or transliteration(a, b) or _sounds_alike(a, b) or _within(a, b):
        return []
    return [Difference("name", a, b, f"place: {a} vs {b}")]


# a name written in two translations' letters ("Osee" / "Hosea", "Shicron" / "Shikkeron", "Aphses"
# / "Happizzez"): their sounds folded this much alike (rapidfuzz ratio); two places of a rewrite
# scored 20-50 folded ("Michigan" / "Wisconsin", "Austin" / "Boston" the highest), the Bible's two
# translations' spellings of one name 86-92
SOUNDS_ALIKE_MIN = 75
_SOUNDS = (("ph", "p"), ("ck", "c"), ("k", "c"), ("z", "s"), ("y", "i"), ("h", ""))
_DOUBLED = re.compile(r"(.)\1+")


def _sounds_alike(a: str, b: str) -> bool:
    """Are two names one name's sounds written in two ways (the letters folded to their sounds)?"""
    fa, fb = a.lower(), b.lower()
    for x, y in _SOUNDS:
        fa, fb = fa.replace(x, y), fb.replace(x, y)
    return fuzz.ratio(_DOUBLED.sub(r"\1", fa), _DOUBLED.sub(r"\1", fb)) >= SOUNDS_ALIKE_MIN


def _after_word_of_place(a: str, left_text: str, b: str, right_text: str) -> bool:
    """Do both places follow one word of place ("to Michigan" / "to Wisconsin")?"""
    ma = _BEFORE.search(left_text, 0, left_text.find(a))
    mb = _BEFORE.search(right_text, 0, right_text.find(b))
    return ma is not None and mb is not None and ma.group(1) == mb.group(1)


def _within(a: str, b: str) -> bool:
    """May one place hold the other: a region's word, or as :func:`reader.facts.based_in.within`
    reads it (a state or a country against a city)?"""
    return any(w in _REGIONS for w in (a + " " + b).split()) or within(a, b)
