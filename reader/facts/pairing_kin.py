"""Which of two relatives is the elder, told two ways across the articles ("his older
sister" / "his younger sister").

A comparative of a relative ("older brother", "little sister", "eldest son") says who was
born first: two accounts of one family that call one relative older and younger disagree
on a fact no number holds.  Directions are compared, not words (:data:`DIRECTIONS`: a
table of the general English words for an elder or a younger relative), so "elder
brother" and "big brother" agree, as do "little sister" and "younger sister".  A
conflict needs:

* the same kind of relative (:data:`RELATIVES`: "sister", "sons"), lower case ("Big
  Brother" is a name);
* not two relatives named apart ("his older brother, Erik Berg" / "his younger brother Tom
  Berg" tell of two brothers, both rightly);
* one direction for that relative in each article, in all its sentences (a family with an
  older and a younger son, either article naming both, is no conflict);
* the two sentences to name one family: a word of a name in common, the sentence before
  counting for one that speaks of "his", "her" or "their" relative (a witness's "my little
  brother" and a reporter's "his older brother" are two families' words).

The sentences that first give each direction are reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.pairing_items import WORD
from reader.lang import TITLES
from reader.model import Difference, Fact

# a word for an elder or a younger relative, its direction (general English)
DIRECTIONS: dict[str, str] = {
    **dict.fromkeys(("older", "elder", "eldest", "oldest", "big"), "older"),
    # not "baby": a baby son is an infant, not the younger of two
    **dict.fromkeys(("younger", "youngest", "little", "kid"), "younger"),
}
# the relatives such a word is said of; singular and plural apart ("his two older sons" and
# "his younger son" are three sons, not one told two ways)
RELATIVES: dict[str, str] = {
    **{w: w for w in ("sister", "brother", "son", "daughter", "sibling")},
    **{w + "s": w + "s" for w in ("sister", "brother", "son", "daughter", "sibling")},
}
# (the lookahead on first letters changes no match; it lets ``re`` skip to those letters)
_KIN = re.compile(
    r"\b(?=[OoEeBbYyLlKk])(?i:("
    + "|".join(DIRECTIONS)
    + r"))[- ]("
    + "|".join(sorted(RELATIVES, key=len, reverse=True))
    + r")\b"
)
# the relative's name right after the words ("older brother, Erik Berg") or right before
# them ("Mary Cheney, the younger sister of ...")
_NAME_AFTER = re.compile(r",?\s+((?:[A-Z][\w'’\-]+\s+){0,3}[A-Z][\w'’\-]+)")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’\-]+\s+){0,3}[A-Z][\w'’\-]+),\s+(?:the\s+|an?\s+)?$")
_POSSESSIVE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\b")


def _mentions(texts: Sequence[str]) -> dict[str, list[tuple[int, str, str, tuple[str, ...]]]]:
    """For each relative an article gives a direction, its mentions in reading order:
    (sentence, direction, the words as written, the relative's name as lower-case words)."""
    out: dict[str, list[tuple[int, str, str, tuple[str, ...]]]] = {}
    for i, t in enumerate(texts):
        for m in _KIN.finditer(t):
            who = _NAME_AFTER.match(t, m.end()) or _NAME_BEFORE.search(t, max(0, m.start() - 60), m.start())
            name = tuple(w.lower() for w in who.group(1).split() if w.lower() not in TITLES) if who else ()
            out.setdefault(RELATIVES[m.group(2)], []).append(
                (i, DIRECTIONS[m.group(1).lower()], m.group(), name)
            )
    return out


def _two_people(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two named relatives who are not one person: both named, with other first names and
    neither name inside the other ("Erik Berg" / "Tom Berg"; "Berg" / "Tom Berg" may be one)."""
    return bool(a and b) and a[0] != b[0] and not (set(a) <= set(b) or set(b) <= set(a))


def _family(facts: Sequence[Sequence[Fact]], texts: Sequence[str], i: int) -> frozenset[str]:
    """The words of the names sentence ``i`` gives (titles aside), and those of the
    sentence before when it speaks of "his", "her" or "their" relative."""
    ids = [i - 1, i] if i and _POSSESSIVE.search(texts[i]) else [i]
    return frozenset(
        w.lower()
        for k in ids
        for f in (facts[k] if k < len(facts) else [])
        if f.kind == "name"
        for w in WORD.findall(f.text)
        if len(w) > 2 and w.lower() not in TITLES
    )


def kin_conflicts(
    left: Sequence[Sequence[Fact]],
    right: Sequence[Sequence[Fact]],
    left_texts: Sequence[str],
    right_texts: Sequence[str],
) -> list[tuple[int, int, Difference]]:
    """(left sentence, right sentence, difference) for each relative one article calls
    older and the other younger; swapping the articles swaps the sides."""
    lm = _mentions(left_texts)
    if not lm:
        return []
    rm = _mentions(right_texts)
    out: list[tuple[int, int, Difference]] = []
    for kin in sorted(lm.keys() & rm.keys()):
        a, b = lm[kin], rm[kin]
        if len({x[1] for x in a}) != 1 or len({y[1] for y in b}) != 1 or a[0][1] == b[0][1]:
            continue
        pair = next(
            (
                (x, y)
                for x in a
                for y in b
                if not _two_people(x[3], y[3])
                and not _family(left, left_texts, x[0]).isdisjoint(_family(right, right_texts, y[0]))
            ),
            None,
        )
        if pair is not None:
            (li, _, ta, _), (ri, _, tb, _) = pair
            out.append((li, ri, Difference("relation", ta, tb, f"which relative is older: {ta} vs {tb}")))
    return out
