"""The party of one politician, told two ways across the articles ("Chris Murphy (R-CT)" /
"Sen. Chris Murphy, D-Conn.").

American news gives a lawmaker's party (and state) right after the name, in a tag: "(R-Ky.)",
", D-Calif.,", "(I-Vt.)"; or in words: "Texas Republican John Cornyn", "Sen. Chris Murphy,
a Connecticut Democrat".  Two articles that give one person two parties disagree on a fact
that no number or quote holds.  A conflict needs:

* the same person: the same surname, and the same first name when both articles give one
  (so "Rick Scott (R-Fla.)" and "David Scott (D-Ga.)" are two people);
* one party for that person in each article (an article that gives a surname two parties
  speaks of two people, or of a party switch: no conflict);
* and the parties differ (R, D, I); the state is not compared (its spellings are many:
  "Conn.", "CT", "Connecticut").

The sentences that first give each party are reported, with the tag or the party word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.facts.namewords import state_name
from reader.facts.pairing_items import one_person, told_once
from reader.lang import ORG_WORDS, TITLES
from reader.model import Difference
from reader.textnorm import fold

# a name: one to four capitalised words ("Mitch McConnell", "Beto O'Rourke", "Shelley Moore
# Capito"); an initial with its dot counts as a word ("Robert P. Casey")
# (a word holds a lower-case letter, looked for ahead and then taken whole, possessively: two
# open runs around one letter made a long word polynomial to reject)
_WORD = r"(?<![\w'’-])[A-Z](?=[\w'’-]*?[a-z])[\w'’-]*+"
_NAME = rf"{_WORD}(?:\s+(?:[A-Z]\.|{_WORD})){{0,3}}"
_PARTY_LETTER = r"[RDI]"
# a state as the tag writes it: "Ky.", "N.Y.", "W.Va.", "Texas", "CT", "New Mexico" (up to two words)
_STATE = r"[A-Z][A-Za-z.]{0,12}(?:\s[A-Z][a-z.]+)?"
_PARTY_WORD = r"Republican|Democrat|Democratic|Independent"
_STATE_WORDS = r"(?:(?!The\b|A\b|An\b|This\b)[A-Z][a-z]+\s){0,2}"
_OFFICE = r"(?:(?:Sen|Rep|Gov)\.|Senator|Representative|Governor|Congressman|Congresswoman|Speaker)"

# "Chris Murphy (D-Conn.)", "Mitch McConnell, R-Ky.,": the tag right after the name
_TAG = re.compile(
    rf"(?P<name>{_NAME})\s*(?:\(|,\s)(?P<tag>(?P<letter>{_PARTY_LETTER})-{_STATE})(?=\)|,|\.?\s|\.?$)"
)
# "Texas Republican John Cornyn", "Democratic Sen. Chris Coons"
_BEFORE = re.compile(
    rf"\b(?P<tag>{_STATE_WORDS}(?P<word>{_PARTY_WORD}))\s+(?:{_OFFICE}\s+)?(?P<name>{_NAME})"
)
# "John Cornyn, a Texas Republican", "Chris Murphy, the Connecticut Democrat"
_AFTER = re.compile(rf"(?P<name>{_NAME}),\s+(?:a|an|the)\s+(?P<tag>{_STATE_WORDS}(?P<word>{_PARTY_WORD}))\b")

# "the Republican senator for Oregon, Jane Doe", "The Democratic minority leader, Tom Bradley":
# a British paper's restyling of the tag, the office in lower case before the name
_OFFICE_NOUN = r"(?:senator|congressman|congresswoman|representative|governor|leader|whip|lawmaker|mayor)"
_DESCRIBED = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<tag>(?P<word>{_PARTY_WORD})\s+(?:[a-z]+\s+){{0,2}}?{_OFFICE_NOUN}"
    rf"(?:\s+(?:for|from|of)\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?),?\s+(?P<name>{_NAME})"
)

_LETTER = {"republican": "R", "democrat": "D", "democratic": "D", "independent": "I"}
_PARTY_WORDS = frozenset(w.capitalize() for w in _LETTER)


@dataclass(frozen=True, slots=True)
class Mention:
    """One person given a party in one sentence."""

    sid: int
    first: str  # the first name, folded ('' when only the surname is given)
    last: str  # the surname, folded
    surname: str  # the surname as written
    party: str  # R, D or I
    text: str  # the tag or the party words as written


def _person(name: str, given: bool = False) -> tuple[str, str, str] | None:
    """(given name, surname folded, surname as written) of a name: the given name is the word
    before the surname, initials aside ("Senate Minority Leader Mitch McConnell": Mitch); an
    organisation ("the Democratic Party", "Senate") is no person; ``given``: a name without a
    given name is no person either."""
    words = name.split()
    last = words[-1]
    if last.lower() in ORG_WORDS or last.lower().strip(".") in TITLES or last in _PARTY_WORDS:
        return None
    before = [w for w in words[:-1] if not w.endswith(".")]
    first = before[-1] if before else ""
    if first.lower() in TITLES | ORG_WORDS or first in _PARTY_WORDS:
        first = ""
    if given and not first:
        return None
    return first.lower(), last.lower(), last


def mentions(texts: Sequence[str]) -> list[Mention]:
    """Every person given a party, in reading order."""
    out: list[Mention] = []
    for sid, text in enumerate(texts):
        # a tag needs its letter and hyphen, the other forms a party word: each pattern runs
        # only on a sentence that has what it needs (most sentences have neither)
        tagged = any(w in text for w in ("R-", "D-", "I-"))
        worded = any(w in text for w in ("Republican", "Democrat", "Independent"))
        for m in _TAG.finditer(text) if tagged else ():
            person = _person(m["name"])
            if person:
                out.append(Mention(sid, *person, m["letter"], m["tag"]))
        for rx in (_BEFORE, _AFTER, _DESCRIBED) if worded else ():
            for m in rx.finditer(text):
                person = _person(m["name"], given=True)
                if person:
                    out.append(Mention(sid, *person, _LETTER[m["word"].lower()], m["tag"].strip()))
    return out


def _by_surname(found: list[Mention]) -> dict[str, list[Mention]]:
    """Each surname an article gives one party for, with its mentions (first one first)."""
    by: dict[str, list[Mention]] = {}
    for m in sorted(found, key=lambda m: (m.sid, m.last)):
        by.setdefault(m.last, []).append(m)
    return told_once(by, lambda m: m.party)


def party_conflicts(
    left_texts: Sequence[str], right_texts: Sequence[str]
) -> list[tuple[int, int, Difference]]:
    """(left sentence, right sentence, difference) for each person the two articles give two
    parties; one per person, at the first mention on each side."""
    left = _by_surname(mentions(left_texts))
    if not left:
        return []
    right = _by_surname(mentions(right_texts))
    out: list[tuple[int, int, Difference]] = []
    for last in sorted(left.keys() & right.keys()):
        a, b = left[last][0], right[last][0]
        if a.party == b.party or not one_person(left[last], right[last]):
            continue
        note = f"party of {a.surname}: {a.text} vs {b.text}"
        out.append((a.sid, b.sid, Difference("party", a.text, b.text, note)))
    return out


_TAG_ALONE = re.compile(rf"(?P<letter>{_PARTY_LETTER})-(?P<state>[A-Za-z.]+)")
_WORDS_ALONE = re.compile(rf"(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s(?P<word>{_PARTY_WORD})")


def party_and_state(name: str) -> tuple[str, str] | None:
    """A name that is a party and a state, read alike from a tag and from words: "R-Ala" and
    "Alabama Republican" are ("R", "alabama"); None for any other name."""
    bare = name.strip(" ().,")
    if m := _TAG_ALONE.fullmatch(bare) or _WORDS_ALONE.fullmatch(bare):
        state = m.group("state")
        letter = m.groupdict().get("letter") or _LETTER[m.group("word").lower()]
        # one state however written ("Ala." / "Alabama"); a place no table knows, as written
        return letter, state_name(state) or fold(state).replace(".", "")
    return None


def party_told(name: str, other_names: Sequence[str]) -> bool:
    """Do ``other_names`` tell the party name ``name`` in other words: a tag ("D-Ore") by its
    party and its state named apart ("Democratic", "Oregon"), a party word or a state by a tag
    that holds it?"""
    tag, letter = party_and_state(name), _LETTER.get(name.lower())
    state = "" if tag or letter else state_name(name)
    if not (tag or letter or state):
        return False  # most names: no party, no state (asked of every name a passage leaves over)
    if tag:
        parties = {_LETTER.get(t.lower()) for t in other_names}
        return tag[0] in parties and any(state_name(t) == tag[1] for t in other_names)
    tags = [t for t in map(party_and_state, other_names) if t is not None]
    return any(t[0] == letter for t in tags) if letter else any(t[1] == state for t in tags)
