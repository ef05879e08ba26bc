"""The weapon of an attack, told two ways across the articles ("a rifle" / "a shotgun").

A weapon is no number, yet two accounts of one shooting that name two kinds of gun
disagree on a fact.  Weapons are compared by *kind* (:data:`KINDS`: a table of the
general class of weapons, each word to its kind), never by the word, so "an AR-15-style
rifle" and "a semi-automatic rifle" agree, and a general word ("gun", "weapon",
"firearm") agrees with any kind.  A conflict needs:

* each article to name exactly one kind of weapon, in all its sentences (an attack with
  a rifle and a handgun, each article naming one, is no conflict when either names both);
* each mention in a sentence that tells of the attack (an act of firing, killing, or an
  attacker armed with it: :data:`ATTACK`), and not of the police's weapons (a word of :data:`POLICE` near it).

The two sentences that first name each kind are reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.model import Difference

# a word of a weapon, its kind
KINDS: dict[str, str] = {
    **dict.fromkeys(("rifle", "rifles", "carbine", "ar-15", "ak-47", "kalashnikov"), "rifle"),
    **dict.fromkeys(("shotgun", "shotguns"), "shotgun"),
    **dict.fromkeys(("handgun", "handguns", "pistol", "pistols", "revolver", "revolvers"), "handgun"),
    **dict.fromkeys(("knife", "knives", "machete", "machetes", "dagger"), "knife"),
    **dict.fromkeys(("crossbow",), "crossbow"),
}
# The lookahead on the first letters of the words changes no match (every word starts with
# one of them; under re.I the class takes every case of a letter, as the words do), but
# lets ``re`` skip to those letters instead of trying every word at every position.
_FIRSTS = "".join(sorted({w[0] for w in KINDS}))
_WEAPON = re.compile(
    rf"\b(?=[{_FIRSTS}])(?:" + "|".join(re.escape(w) for w in sorted(KINDS, key=len, reverse=True)) + r")\b",
    re.I,
)
# words telling of an attack (stems): firing, shooting, killing, stabbing, an armed man
ATTACK = re.compile(
    r"\b(?:fir(?:e|ed|es|ing)|shot|shoot\w*|gunm[ae]n|kill\w*|stabb\w*|attack\w*|armed|brought|"
    r"carr(?:y|ied|ying)|wield\w*|brandish\w*)\b",
    re.I,
)
# words of the police or the military: their weapons are not the attacker's
# (not as the source of a report: "police said", "according to officers")
POLICE = re.compile(
    r"(?<!according to )\b(?:police|officers?|deputies|troopers?|swat|soldiers?|troops)\b"
    r"(?!\s+(?:said|say|says|told|reported|added))",
    re.I,
)


# how near (characters) a word of the police makes a weapon theirs: "deputies descended on
# the area with dogs and rifles", "officers armed with rifles"
NEAR = 60


def _kinds(texts: Sequence[str]) -> tuple[set[str], dict[str, tuple[int, str]]]:
    """Every kind an article names (the police's aside), and where each is first named
    in a sentence of the attack."""
    named: set[str] = set()
    first: dict[str, tuple[int, str]] = {}
    for i, t in enumerate(texts):
        if _WEAPON.search(t) is None:
            continue
        attack = ATTACK.search(t) is not None
        for m in _WEAPON.finditer(t):
            if POLICE.search(t, max(0, m.start() - NEAR), m.end() + NEAR) is not None:
                continue  # the police's weapon
            kind = KINDS[m.group().lower()]
            named.add(kind)
            if attack:
                first.setdefault(kind, (i, m.group()))
    return named, first


def weapon_conflicts(
    left_texts: Sequence[str], right_texts: Sequence[str]
) -> list[tuple[int, int, Difference]]:
    """(left sentence, right sentence, difference) when each article names one kind of
    weapon for the attack and the kinds differ; else nothing."""
    ln, lf = _kinds(left_texts)
    if len(ln) != 1 or not lf:
        return []
    rn, rf = _kinds(right_texts)
    if len(rn) != 1 or not rf or ln == rn:
        return []
    (li, a), (ri, b) = next(iter(lf.values())), next(iter(rf.values()))
    return [(li, ri, Difference("weapon", a, b, f"weapon: {a} vs {b}"))]
