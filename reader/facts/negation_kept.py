"""A negation found that denies nothing the other side states, whatever its words: a plea
set against a verdict ("has pleaded not guilty" / "was found guilty": two acts of a trial),
a degree denied ("not old enough to marry" says nothing against "old"), a whole denied where the
other side states a part ("does not cover its full cost" / "covering only part of its cost").  Checked after
:mod:`reader.facts.negation` finds a denial.  And a statement the other side's passage states
too (:func:`stated_beside`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.model import Difference, Document

# a plea and a verdict are two acts: "has pleaded not guilty" / "was found guilty"
_PLEA = re.compile(r"\b(?:plea|pleas|plead|pleads|pleaded|pleading|pled)\b", re.IGNORECASE)
# "not old enough to marry" denies a degree, not the quality ("the girls are old")
_ENOUGH = re.compile(r"\s+enough\b", re.IGNORECASE)


def no_denial(d: Difference, left_text: str, right_text: str) -> bool:
    """Is a negation found no denial of what the other side states: a plea set against a
    verdict, a degree denied ("not old enough"), a thing not seen since a time against its being
    last seen then?"""
    guilt = "guilty" in d.left.lower() and "guilty" in d.right.lower()
    if guilt and bool(_PLEA.search(left_text)) != bool(_PLEA.search(right_text)):
        return True
    for span, text, other, stated in (
        (d.left, left_text, right_text, d.right),
        (d.right, right_text, left_text, d.left),
    ):
        at = text.find(span)
        if at >= 0 and _ENOUGH.match(text, at + len(span)):
            return True
        if at >= 0 and _NEGATION.search(span) and _WHOLE.match(text, at + len(span)) and _PART.search(other):
            return True  # "does not cover its full cost" / "covering only part of its cost"
        if at >= 0 and _NEGATION.search(span) and _SINCE.match(text, at + len(span)) and _LAST.search(other):
            return True  # "a level not seen since the 1960s" / "a level last seen in the 1960s" (ut154)
        if (
            at >= 0
            and _NEGATION.search(span)
            and _SINCE_AFTER.match(text, at + len(span))
            and _last(stated, other)
        ):
            return True  # "had not won the seat since 1997" / "had last won the seat in 1997" (ut253)
    return _manner_negated(left_text, right_text)


# a manner and its negative form: "tightened incorrectly" says what "did not tighten correctly"
# says (ut177); the prefixes English makes a manner's opposite with
_NEGATIVE_PREFIXES = ("in", "im", "un", "ir", "il")
_MANNER = re.compile(r"\b[a-z]{4,}ly\b")


def _manner_negated(left_text: str, right_text: str) -> bool:
    """Does one side state an act done in a negative manner ("incorrectly", "improperly") and
    the other write the plain manner, which its negation turns into the same ("may not have
    tightened ... correctly")?"""
    lw, rw = set(_MANNER.findall(left_text.lower())), set(_MANNER.findall(right_text.lower()))
    return any(
        w.startswith(p) and w[len(p) :] in other
        for words, other in ((lw, rw), (rw, lw))
        for w in words
        for p in _NEGATIVE_PREFIXES
    )


# a thing not seen (heard, recorded) since a time was last seen then: "not seen since the early
# 1960s" says what "last seen in the early 1960s" says
_SINCE = re.compile(r"\s+since\b", re.IGNORECASE)
_LAST = re.compile(r"\blast\s+(?:seen|heard|recorded|reached|hit|touched)\b", re.IGNORECASE)


# a whole denied is a part stated: "does not cover its full cost" says what "covering only part
# of its cost" says; "did not pay the full amount" against "paid the full amount" stays a denial
# ... "since" a few words after the act denied ("had not won the seat since 1997")
_SINCE_AFTER = re.compile(r"(?:\s+[\w'’-]+){1,3}?\s+since\b", re.IGNORECASE)


def _last(stated: str, text: str) -> bool:
    """Is the act stated right after "last" ("had last won")?"""
    words = stated.split()
    return bool(words) and re.search(rf"\blast\s+{re.escape(words[-1])}\b", text, re.IGNORECASE) is not None


_NEGATION = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE)
_WHOLE = re.compile(
    r"(?:\s+[\w'’]+){0,3}?\s+(?:full|fully|whole|entire|entirely|all|every|completely|wholly)\b",
    re.IGNORECASE,
)
_PART = re.compile(r"\b(?:part|partly|partially|portion|fraction|some\s+of)\b", re.IGNORECASE)


def stated_beside(d: Difference, others_left: list[str], others_right: list[str]) -> bool:
    """Does another sentence of the passage state what the negation ``d`` sets against its
    own side: the right's words in another left sentence, or the left's in another right one?
    ("... was not protected because ..." and "... a report is protected ..." merged on the left
    against "... was not protected because ..." on the right: the left tells both, the merged
    sentence is of another report, not the denial of this one.)"""
    for span, others in ((d.right, others_left), (d.left, others_right)):
        pattern = re.compile(rf"(?<!\w){re.escape(span)}(?!\w)", re.IGNORECASE)
        if len(span.split()) > 1 and any(pattern.search(text) for text in others):
            return True
    return False


def negation_beside(
    d: Difference,
    left: Document,
    right: Document,
    at_l: tuple[int, Sequence[int]],
    at_r: tuple[int, Sequence[int]],
) -> bool:
    """Is ``d``, found between left sentence ``at_l[0]`` and right ``at_r[0]`` of a passage (the
    passage's sentences ``at_l[1]``, ``at_r[1]``), a negation another of them states too?"""
    if d.kind != "negation":
        return False  # (asked of every difference of every passage: the sentences only for a negation)
    (li, lids), (ri, rids) = at_l, at_r
    others_l = [left.sentences[i].text for i in lids if i != li]
    others_r = [right.sentences[i].text for i in rids if i != ri]
    return stated_beside(d, others_l, others_r)
