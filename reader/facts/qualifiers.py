"""What a name is qualified by: a person's office and home state, a town's state.

"Sen. Chris Murphy" / "Rep. Chris Murphy", "Vermont Sen. Bernie Sanders" / "New Hampshire Sen.
Bernie Sanders", "Springfield, Missouri" / "Springfield, Illinois": two linked sentences that name
one person or one town and qualify it two ways disagree on the qualifier, whatever else they
say (a rewrite's slip, or one outlet's error).  Only offices that are one post at a time
(senator, representative, governor, mayor, president and their deputies, a chamber's
president, speaker and party leaders) and the American
states are read; not an office told as past ("former Rep.", "then-Sen.", "the late"), nor a
courtesy title ("Mr.", "Dr."): a person may hold two posts in one career, or none.
"""

from __future__ import annotations

import re

from reader.facts.namewords import state_name
from reader.lang import MONTHS, WEEKDAYS
from reader.model import Difference, Fact
from reader.textnorm import fold

# each office's names, as written before a name, folded, its dots dropped
_OFFICES = {
    "sen": "senator",
    "senator": "senator",
    "rep": "representative",
    "representative": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "gov": "governor",
    "governor": "governor",
    "mayor": "mayor",
    "president": "president",
    "vice president": "vice president",
    "lt gov": "lieutenant governor",
    "lieutenant governor": "lieutenant governor",
    # the posts of a chamber's leaders, one holder at a time ("Senate President Peter
    # Courtney" / "Senate Majority Leader Peter Courtney")
    "senate president": "senate president",
    "majority leader": "majority leader",
    "minority leader": "minority leader",
    "speaker": "speaker",
    "house speaker": "speaker",
}
# a chamber's leader is one of its members: "Senate Majority Leader Mitch McConnell" is "Sen.
# Mitch McConnell", "Speaker Nancy Pelosi" is "Rep. Nancy Pelosi"
_LEADERS = ("senate president", "majority leader", "minority leader", "speaker")
_MEMBERS = ("senator", "representative")
_HELD_TOGETHER = frozenset(frozenset((post, member)) for post in _LEADERS for member in _MEMBERS)
# the cheap test of a sentence for any office word, before its names are read
_OFFICE_HINT = re.compile(
    r"\b(?:Sen|Senator|Rep|Representative|Congress(?:wo)?man|Gov|Governor|Mayor|President|Lt|Leader|Speaker)\b"
)
# words that tell an office as held before, or not held yet: no office of now
_PAST = re.compile(r"\b(?:former|ex|then|late|retired|candidate|hopeful|elect)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")


def _read(name: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(office, state, the person's words folded) of a name fact's text, or None when it names
    no office: "New Hampshire Sen. Bernie Sanders" -> ("senator", "new hampshire", ("bernie",
    "sanders")); "Representative Gary Peters of Michigan" -> ("representative", "michigan", ...)."""
    words = _WORD.findall(name)
    folded = [fold(w).strip(".").replace(".", "") for w in words]
    for k in range(len(folded)):
        two = " ".join(folded[k : k + 2])
        office, size = (_OFFICES[two], 2) if two in _OFFICES else (_OFFICES.get(folded[k], ""), 1)
        if not office:
            continue
        rest = folded[k + size :]
        if "of" in rest:
            at = rest.index("of")
            person, state = tuple(rest[:at]), state_name(" ".join(words[k + size + at + 1 :]))
        else:
            person, state = tuple(rest), state_name(" ".join(words[:k])) if k else ""
        if person and all(w[:1].isalpha() for w in person):
            return office, state, person
        return None
    return None


def _told(read: list[tuple[Fact, tuple[str, str, tuple[str, ...]]]]) -> set[tuple[str, str]]:
    """Each (office, surname) and (state, surname) a sentence gives."""
    return {(q, person[-1]) for _, (office, state, person) in read for q in (office, state)}


def _one_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One surname, and the given names agree when both give them."""
    return a[-1] == b[-1] and (len(a) == 1 or len(b) == 1 or a[0] == b[0])


def _as_written(name: str, person: tuple[str, ...]) -> str:
    """The person's words as the name writes them ("Kevin McCarthy", not "Kevin Mccarthy")."""
    words = [w for w in _WORD.findall(name) if fold(w).strip(".").replace(".", "") in person]
    if len(words) < len(person):
        return " ".join(p.capitalize() for p in person)
    return " ".join(words[-len(person) :])


def _past(text: str, f: Fact) -> bool:
    """Is the office of the name fact ``f`` told as past (or still to come) in ``text``?"""
    return _PAST.search(text, max(0, f.start - 12), f.end) is not None


def qualifier_diffs(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """One person named in both sentences with two offices or two home states, and one town
    with two states (:func:`town_states`)."""
    out: list[Difference] = []
    if not _OFFICE_HINT.search(left_text) or not _OFFICE_HINT.search(right_text):
        return out + town_states(left, right, left_text, right_text)  # the cheap test first
    read_l = [(f, r) for f in left if f.kind == "name" and (r := _read(f.text)) and not _past(left_text, f)]
    read_r = [(f, r) for f in right if f.kind == "name" and (r := _read(f.text)) and not _past(right_text, f)]
    # an office or a state the other side also gives that surname is no conflict: two people
    # of one name ("President Clinton campaigned for Sen. Clinton")
    told_l, told_r = _told(read_l), _told(read_r)
    for fa, (office_a, state_a, person_a) in read_l:
        for fb, (office_b, state_b, person_b) in read_r:
            if not _one_person(person_a, person_b):
                continue
            surname = person_a[-1]
            if (office_a, surname) in told_r or (office_b, surname) in told_l:
                office_b = office_a  # each side tells the other's office too
            if (state_a, surname) in told_r or (state_b, surname) in told_l:
                state_b = state_a
            who = _as_written(fb.text, person_b)
            if office_a != office_b and frozenset((office_a, office_b)) not in _HELD_TOGETHER:
                note = f"office of {who}: {office_a} vs {office_b}"
                out.append(Difference("name", fa.text, fb.text, note))
            elif state_a and state_b and state_a != state_b:
                note = f"state of {who}: {state_a.title()} vs {state_b.title()}"
                out.append(Difference("name", fa.text, fb.text, note))
    return out + town_states(left, right, left_text, right_text)


# a town and its state after a comma: "Springfield, Missouri", "Tampa, Fla."
_TOWN_STATE = re.compile(r"\b((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+),\s((?:[A-Z][a-z]+\.?\s?){1,2})")


# words that open a phrase before a comma, not a town ("On Friday, Georgia officials said")
_NOT_TOWN = frozenset({"on", "in", "at", "by", "for", "from", "since", "until", "after", "before"})
_NOT_TOWN |= frozenset(WEEKDAYS) | frozenset(MONTHS)


def _towns(text: str) -> dict[str, tuple[str, str]]:
    """Each town given with one state ("Springfield, Missouri"); a town given two states in
    one text (a list: "Portland, Maine, and Portland, Oregon") is left out."""
    out: dict[str, tuple[str, str]] = {}
    twice: set[str] = set()
    for m in _TOWN_STATE.finditer(text):
        if {w.lower() for w in m.group(1).split()} & _NOT_TOWN:
            continue
        parts = m.group(2).split()
        for size in (2, 1):  # "New Hampshire", then "Missouri" of "Missouri Governor"
            state = state_name(" ".join(parts[:size])) if len(parts) >= size else ""
            if state and not state_name(m.group(1)):
                shown = f"{m.group(1)}, {' '.join(parts[:size])}".rstrip(".,")
                if m.group(1) in out and out[m.group(1)][0] != state:
                    twice.add(m.group(1))
                out.setdefault(m.group(1), (state, shown))
                break
    return {town: got for town, got in out.items() if town not in twice}


def town_states(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """One town given two states ("Springfield, Missouri" / "Springfield, Illinois")."""
    if "," not in left_text or "," not in right_text:
        return []
    if not any(f.kind == "name" and state_name(f.text) for f in left):
        return []  # a state is a name fact of its own: most linked pairs name none
    if not any(f.kind == "name" and state_name(f.text) for f in right):
        return []
    tl, tr = _towns(left_text), _towns(right_text)
    out = []
    for town, (state_a, shown_a) in tl.items():
        got = tr.get(town)
        if got is not None and got[0] != state_a:
            note = f"state of {town}: {state_a.title()} vs {got[0].title()}"
            out.append(Difference("name", shown_a, got[1], note))
    return out
