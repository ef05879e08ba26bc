"""Who said it, told of another person: "Carvalho said the board would spend 8.5 million euros
on marketing next year" / "Ferreira said the board would put €8.5 million into marketing next
year".

Reported speech has no quotation marks to hold its words, so :mod:`reader.facts.quote_speakers`
never reads it.  Two sentences that each open on one person and a verb of saying, and then tell
one statement (most of the shorter statement's content words in the other, at least
:data:`STATEMENT_WORDS_MIN` of them), give the statement to two people.  When both people are
known to both articles (each article names each of them somewhere), one account gives the words
to the wrong person: two strangers may well say alike, two people of the same story seldom
say one thing in the same words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set

from reader.lang import COUNT_STOP_WORDS
from reader.model import Difference, Fact
from reader.textnorm import fold

# the verb of saying after the speaker, and the words said: "Carvalho said (that)", "Maria
# Lopez, the agency's director, told reporters on Monday (that)"
_SAID = re.compile(
    r"\s+(?:said|says|told\s+(?:[\w'’]+\s+){0,3}?|added|argued|warned|insisted|stated|announced)\s+"
    r"(?:on\s+\w+\s+)?(?:that\s+)?"
)
# the words a speaker's name may have before it: a title ("Finance director", "But Deputy Mayor")
TITLE_WORDS_MAX = 4
# the most characters before the verb: a name, its title and an aside
_HEAD_MAX = 120
_WORD = re.compile(r"[\w'’.]+")
# the share of the shorter statement's content words the other must hold (as for a claim denied
# and admitted: reader.facts.opposite_claims)
SAME_STATEMENT_SHARE = 0.7
# a statement of fewer content words says too little to be one statement ("it would")
STATEMENT_WORDS_MIN = 5


def reported_speaker(
    facts: tuple[list[Fact], list[Fact]],
    texts: tuple[str, str],
    known: Callable[[], tuple[Set[str], Set[str]]],
) -> list[Difference]:
    """The two people one statement of reported speech is given to, when they differ (the
    module docstring); ``known`` gives the surnames (folded) each whole article names."""
    said_a, said_b = _said(facts[0], texts[0]), _said(facts[1], texts[1])
    if said_a is None or said_b is None:
        return []
    (pa, words_a), (pb, words_b) = said_a, said_b
    sa, sb = fold(pa.text.split()[-1]), fold(pb.text.split()[-1])
    if sa == sb or not _one_statement(words_a, words_b):
        return []
    names_l, names_r = known()
    if not {sa, sb} <= set(names_l) or not {sa, sb} <= set(names_r):
        return []  # a person one article never names: two accounts may quote two people
    return [Difference("name", pa.text, pb.text, f"who said it: {pa.text} vs {pb.text}")]


def _said(facts: list[Fact], text: str) -> tuple[Fact, str] | None:
    """The person a sentence opens on and the words it says they said: the name before the verb
    of saying (an aside between them set off by commas), a title at most before it."""
    verb = _SAID.search(text, 0, _HEAD_MAX + 40)
    if verb is None or verb.start() > _HEAD_MAX:
        return None
    head = text[: verb.start()]
    end = head.find(",") if head.rstrip().endswith(",") else len(head)
    name = next((f for f in facts if f.kind == "name" and f.end == end), None)
    if name is None or len(_WORD.findall(text[: name.start])) > TITLE_WORDS_MAX:
        return None
    return name, text[verb.end() :]


def _content(text: str) -> set[str]:
    return {fold(w.strip(".")) for w in _WORD.findall(text.lower())} - COUNT_STOP_WORDS - {""}


def _one_statement(a: str, b: str) -> bool:
    """Do two statements tell one thing: most of the shorter one's content words in the other?"""
    ca, cb = _content(a), _content(b)
    short = min(len(ca), len(cb))
    return short >= STATEMENT_WORDS_MIN and len(ca & cb) >= SAME_STATEMENT_SHARE * short
