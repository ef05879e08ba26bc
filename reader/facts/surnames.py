"""One person's surname told two ways, two letters apart: "former chief executive Caroline Ashby"
/ "former chief executive Caroline Ashley".

A surname one letter apart is the name rule's spelling (:mod:`reader.facts.compare_names`); two
letters apart it is a misspelling too, or another person put in the place: either way the two
accounts do not name the same person, and the note says so.  Asked of two full names of linked
sentences, word for word the same but for the surname (the given name and any title alike), the
two surnames of :data:`SURNAME_MIN` letters at least, opening alike, two edits apart
(:data:`EDITS_MAX`), no transliteration of one name (:func:`reader.spelling.transliteration`),
neither surname written anywhere on the other side (then the story names two people: "Mark
Dunn" and "Mark Dunne", both on both sides) nor made of the other ("New Zealand" / "New Zealander"),
and one role or office right before the name on both sides ("former chief executive") or opening
it ("Judge Miriam Castell"), which says a person is named ("the son of Nun Jehoshua" / "Nun
Joshua": two spellings of a scripture's name).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from reader.facts.namewords import looks_like_person
from reader.facts.speech_patterns import ROLE_WORDS
from reader.lang import OFFICES, TITLES
from reader.model import Difference, Fact
from reader.spelling import transliteration
from reader.textnorm import fold

SURNAME_MIN = 4
EDITS_MAX = 2
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def surname_diffs(left: list[Fact], right: list[Fact], texts: tuple[str, str]) -> list[Difference]:
    """Each full name of the left told with a surname two letters apart on the right (the module's
    rule), as a difference of the two surnames."""
    words: tuple[set[str], set[str]] | None = None  # read only for a candidate pair: most have none
    out = []
    for a in left:
        wa = a.text.split() if a.kind == "name" else []
        if len(wa) < 2 or not looks_like_person(a.text, set()):
            continue
        for b in right:
            wb = b.text.split() if b.kind == "name" else []
            if len(wb) != len(wa) or wa[:-1] != wb[:-1] or wa[-1] == wb[-1]:
                continue
            x, y = fold(wa[-1]), fold(wb[-1])
            if min(len(x), len(y)) < SURNAME_MIN or x[0] != y[0] or Levenshtein.distance(x, y) != EDITS_MAX:
                continue
            if words is None:
                words = (
                    {fold(w) for w in _WORD.findall(texts[0])},
                    {fold(w) for w in _WORD.findall(texts[1])},
                )
            if x in words[1] or y in words[0]:
                continue
            if (
                x.startswith(y)
                or y.startswith(x)
                or not (_role_before(texts[0], a) == _role_before(texts[1], b) != "" or _role(wa[0]))
            ):
                continue  # "New Zealander" / "New Zealand": a word made of the other; a role names the person
            if not transliteration(x, y):
                out.append(Difference("name", wa[-1], wb[-1], f"name: {a.text} vs {b.text}"))
    return out


_BEFORE = re.compile(r"([A-Za-z-]+)\s+$")


def _role_before(text: str, f: Fact) -> str:
    """The role or office right before the name ``f`` ("chief *executive* Caroline Ashby", "*Coach*
    Paul Berger"), lower case; "" for any other word ("the son of Nun Jehoshua")."""
    m = _BEFORE.search(text, max(0, f.start - 30), f.start)
    word = m.group(1).lower() if m else ""
    return word if _role(word) else ""


def _role(word: str) -> bool:
    """Is a word a role or an office, before a name or opening it ("Judge Miriam Castell")?"""
    word = word.lower()
    return word in ROLE_WORDS or word in OFFICES or word in TITLES
