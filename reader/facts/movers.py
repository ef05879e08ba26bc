"""A share that moved: the direction its verb tells and the thing that moved.

"Average asking rents in the region fell 14 percent year over year" / "while average asking
rents slid 4% from a year earlier": a share with no noun after it counts nothing the pairing
rules can name, so it was never paired.  What moved is the head of the subject of the verb
before it ("rents in the region", "sales of new homes"), and "fell" and "slid" tell one
direction.  Two shares of one thing moving one way are one slot told twice; two directions are two facts
(a figure turned round is :mod:`reader.facts.figure_moves`'s).
"""

from __future__ import annotations

import re

from reader.facts.opposite_pairs import DOWN, UP
from reader.facts.outcomes import stem5

_DIRECTION = {stem5(w): "<up>" for forms in UP for w in forms} | {
    stem5(w): "<down>" for forms in DOWN for w in forms
}
# where the clause of the move opens: a mark, or a word that starts another clause
_CLAUSE_OPENS = re.compile(r"[,;:(]|\b(?:while|whereas|but|and|as|after|with|that)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][a-z]+")
# a preposition ends the head of the subject ("rents in the region")
_PREPOSITIONS = frozenset("of in at on for from across among within".split())
# words that tell no thing that moved
_NOT_MOVERS = frozenset(
    "the a an its their his her our this that these those in of on at for from by to "
    "was were is are has have had been also said says would will could".split()
)


def direction(verb: str) -> str:
    """'<up>' or '<down>' for a verb of a figure going up or down (as :func:`stem5` writes it),
    else ''."""
    return _DIRECTION.get(verb, "")


def mover(text: str, verb_at: int) -> frozenset[str]:
    """The stem of the thing that moved: the head of the clause's subject before the verb that
    starts at ``verb_at``, its last word before a preposition ("*rents* in the region", "*sales*
    of new homes", "new-home *sales*"); empty when none."""
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(text, 0, verb_at)]
    start = opens[-1] if opens else 0
    head = ""
    for w in _WORD.findall(text, start, verb_at):
        low = w.lower()
        if low in _PREPOSITIONS and head:
            break
        if low not in _NOT_MOVERS:
            head = low
    return frozenset({stem5(head)}) if head else frozenset()
