"""What a denied act and a stated one are done to: the object after each verb, and whether the
two sides give the act two objects ("has never backed the tax" / "came out in support of the
levy": two things, no denial).  Read by :mod:`reader.facts.negation`."""

from __future__ import annotations

from collections.abc import Set

from reader.facts.negation_words import Tokens, content_word, stem
from reader.lang import CARDINALS

# words between a verb and its object
_TO_OBJECT = frozenset("to a an the any in on of for with about at by".split())
# words of a part before an object ("most of the spending", "some of the cuts")
_PART_OF = frozenset("most some all much many half part parts each both several few".split())
# ... and words of more of the same before it, no object of their own ("would not seek further
# public funding" / "would seek additional public funding")
_MORE_OF = frozenset("further additional extra more fresh new".split())


def object_of(toks: Tokens, j: int) -> str:
    """The stem of the first content word after a verb ("reference any *person*", "supported
    most of the *spending*", "approved 412 *export* licences", ut276), or ''."""
    for k in range(j + 1, min(len(toks), j + 5)):
        t = toks[k][2]
        if t in _TO_OBJECT or t in _PART_OF or t in _MORE_OF or t[:1].isdigit():
            continue
        return stem(t) if content_word(t) and t not in _ADJUNCT else ""  # ("did not start because of")
    return ""


def other_object(ta: Tokens, p: int, tb: Tokens, j: int, content_a: Set[str], content_b: Set[str]) -> bool:
    """Do the two sides give the act two objects, neither named by the other sentence
    ("has never backed the tax" / "came out in support of the levy"), or two counts of them
    ("missed 11 games" / "did not miss any of the five playoff games", ut261)?"""
    fa, fb = _count_after(ta, p), _count_after(tb, j)
    if fa is not None and fb is not None and fa != fb:
        return True
    oa, ob = object_of(ta, p), object_of(tb, j)
    if not (oa and ob and oa != ob):
        return False
    if oa not in content_b and ob not in content_a:
        return True
    # both sentences name both things, the act another on each side ("backed most of the
    # spending but could not support a tax increase" / "supported most of the spending but
    # could not vote for a tax increase"), unless b's act reaches a's too ("approved the
    # budget and the levy" / "approved the budget but not the levy")
    return oa in content_b and ob in content_a and oa not in _reach(tb, j)


# where an act's objects end: the next clause
_REACH_END = frozenset({";", ":", ".", "but", "while", "although", "because", "though", "yet"})
_ADJUNCT = frozenset("despite because amid following after before since until due owing".split())  # no object


def _reach(toks: Tokens, j: int) -> set[str]:
    """The stems of the words after the verb at ``j`` up to the next clause (eight at most)."""
    out = set()
    for k in range(j + 1, min(len(toks), j + 9)):
        if toks[k][2] in _REACH_END:
            break
        out.add(stem(toks[k][2]))
    return out


def _count_after(toks: Tokens, j: int) -> int | None:
    """The count the object of the verb at ``j`` is told with ("11 games", "any of the five
    games"), in its clause, in digits or words; None when there is none."""
    for k in range(j + 1, min(len(toks), j + 7)):
        t = toks[k][2]
        if t in _REACH_END:
            return None
        if t.isdigit():
            return int(t)
        if t in CARDINALS:
            return CARDINALS[t]
    return None
