"""The passages told by both whose words differ in a few places no fact rule reads.

A rewrite that changes "Senate President" to "Senate Majority Leader", a speaker's title or a
quote's attribution to an organisation keeps a passage "told by both": no fact rule reads
those words.  An editor checking the rewrite must still see them, so every view names them:
the export's heading and each such passage, ``--summary`` a line a passage, the app its
details.  Only small changes count (:func:`reader.worddiff.small_changes`); a longer rewording
is left to the word diff.  So does the one value of a kind each side tells alone, however the
rest is reworded (:func:`values_apart`): "begin in 2027" / "due in 2028" is no agreement, even
where no rule can tie the two years to one act.
"""

from __future__ import annotations

import re

from reader.facts import extract
from reader.facts.opposites import opposite_of
from reader.model import Comparison, Fact, Link
from reader.worddiff import same_words, small_changes


def unread_changes(
    c: Comparison, k: Link, small: list[tuple[str, str]] | None = None
) -> list[tuple[str, str]]:
    """The places a passage's two wordings differ by a few words (``small``, when read
    already: :func:`reader.worddiff.small_changes`), less those a difference of the passage
    already tells (its values, or words within them); and the one value of a kind each side
    tells alone (:func:`values_apart`), however reworded the rest."""
    if small is None:
        small = small_changes(c.text("left", k.left), c.text("right", k.right))
    changes = [
        (a, b)
        for a, b in small
        if not any((not a or _within(a, d.left)) and (not b or _within(b, d.right)) for d in k.differences)
    ]
    values = [v for v in values_apart(c, k) if not any(v[0] in a and v[1] in b for a, b in changes)]
    values += [
        v
        for v in opposites_apart(c, k)
        if not any(v[0] in a and v[1] in b for a, b in changes + values)
        and not any(v[0] in d.left or v[1] in d.right for d in k.differences)
    ]
    values += negation_apart(c, k) if not changes and not values else []  # (a hint for a passage told
    # in other words throughout, where nothing else tells the reader where to look)
    if not any(ch.isdigit() for a, b in changes for ch in a + b):
        return changes + values  # no figure, date or time moved: nothing to look up
    told_l, told_r = _moments(c.left.facts, k.left), _moments(c.right.facts, k.right)
    return [(a, b) for a, b in changes if not (_told(a, told_r) and _told(b, told_l))] + values


# the kinds of value a passage's two sides may each tell one of alone: a date only the left
# gives and a date only the right gives are one slot to read, even when no rule could tell
# they are of one act ("take effect on 8 December" / "starting on 18 December")
_VALUE_KINDS = ("date", "year", "day", "time", "number", "money", "percent", "duration", "age")
# ... of a passage that tells one thing: below this score, two outlets' passages of one story
# give the days of two acts ("announced Sunday" / "announced on Wednesday": five of the corpus
# sample's passages at 0.20-0.38); the user tests' rewrites of one value scored 0.44-0.59
VALUES_APART_SCORE = 0.4


def values_apart(c: Comparison, k: Link) -> list[tuple[str, str]]:
    """Per kind, the one value each side of a shared passage states alone (its one-sided
    details), as a pair of spans: not a conflict (no rule read them as one thing), but no
    agreement either, so the passage is listed with the changes an editor must read."""
    if not k.only_left or not k.only_right or k.score < VALUES_APART_SCORE:
        return []  # (most passages: no value on one side alone)
    out = []
    for kind in _VALUE_KINDS:
        lv = _alone(c.left.facts, k.left, k.only_left, kind)
        rv = _alone(c.right.facts, k.right, k.only_right, kind)
        if len(lv) == 1 and len(rv) == 1:
            out.append((lv[0], rv[0]))
    return out


# a word in lower case: a capital is a name's ("South Richmond Hill") or a sentence's first word
_WORD = re.compile(r"\b[a-z]+\b")
# opposites of place and order, which two accounts use of two things all the time ("fired last
# week ... walked into his former office" / "after being fired"; "left" the office / "right now")
_NO_HINT = frozenset("before after left right north south east west up down over under".split())


def opposites_apart(c: Comparison, k: Link) -> list[tuple[str, str]]:
    """The words of a shared passage's two sides that are opposites, each missing from the other
    side ("price decreases averaging 1.8 percent" / "average price increases of 1.8%", "below the
    2021 peak" / "above the record": ut135, ut141): no rule read the sentences, reworded around
    the pair, as one statement reversed, but a reader must look; at most one pair a word."""
    if k.score < VALUES_APART_SCORE:
        return []
    left = _WORD.findall(c.text("left", k.left))
    right = _WORD.findall(c.text("right", k.right))
    words_l, words_r = set(left), set(right)
    out: list[tuple[str, str]] = []
    taken: set[str] = set(_NO_HINT)
    for a in left:
        if a in words_r or a in taken:
            continue
        opposite = opposite_of(a)  # (once a word, not once a word of the other side)
        b = next((b for b in right if b in opposite and b not in words_l and b not in taken), None)
        if b is not None:
            out.append((a, b))
            taken |= {a, b}
    return out


# words that deny, and their contractions: a passage reworded throughout whose one side denies
# and the other does not may say the opposite ("would not intervene" / "are ready to intervene",
# "must approve" / "does not need the approval": ut277, ut275), which no rule reads in other words
_DENYING = re.compile(r"\b(?:not|never|no|none|nobody|nothing|neither|nor|without)\b|n[’']t\b", re.IGNORECASE)


def negation_apart(c: Comparison, k: Link) -> list[tuple[str, str]]:
    """The denial of a passage told in other words whose other side denies nothing, as a pair of
    spans with the missing side empty ("not" / ""): a reader must look; none when both deny."""
    if k.score < VALUES_APART_SCORE or k.differences:
        return []
    texts = c.text("left", k.left), c.text("right", k.right)
    left, right = (_DENYING.findall(t) for t in texts)
    if bool(left) == bool(right) or _prefixed(*(texts if right else texts[::-1])):
        return []
    return [(left[0], "")] if left else [("", right[0])]


def _prefixed(plain: str, denying: str) -> bool:
    """Does ``plain`` deny with a prefix a word ``denying`` writes ("unauthorized checks" / "checks
    that no one had authorized"): both deny?"""
    words = set(_WORD.findall(denying.lower()))
    prefixed = re.findall(r"\b(?:un|non-?)[a-z]{4,}", plain.lower())
    return any(w[2:] in words or w[3:].lstrip("-") in words for w in prefixed)


def _alone(facts: list[list[Fact]], ids: tuple[int, ...], details: list[str], kind: str) -> list[str]:
    return list(
        dict.fromkeys(
            f.text for i in ids if i < len(facts) for f in facts[i] if f.kind == kind and f.text in details
        )
    )


# facts a rewrite may move within its sentence or write another way ("02:00 GMT" / "2am GMT")
_MOVABLE = frozenset({"time", "date", "day"})


def _moments(facts: list[list[Fact]], ids: tuple[int, ...]) -> set[tuple[str, object]]:
    """The times and dates a passage's sentences state (a document may hold no facts: none)."""
    return {(f.kind, f.value) for i in ids if i < len(facts) for f in facts[i] if f.kind in _MOVABLE}


def _told(words: str, other: set[tuple[str, object]]) -> bool:
    """Are the words of a change a time or date the other side's passage states too (or no words
    at all)?"""
    if not words:
        return True
    facts = [(f.kind, f.value) for f in extract(words) if f.kind in _MOVABLE]
    return bool(facts) and all(f in other for f in facts)


Changes = list[tuple[str, str]]


def to_read(c: Comparison, most: int | None = None) -> tuple[list[tuple[int, Changes]], list[int]]:
    """The shared passages a reader must read, in one pass (a word diff a passage costs 0.1
    ms, three seconds over a book's thirty thousand): those with such changes, each with its
    number among all passages (as the app and the export count them, from 1) and the changes;
    and the numbers of those told in other words throughout, their words not the other side's
    and no change of a few words to name, so neither a fact rule nor a list of changed words
    reads them, as the app says there and where ``d`` stops (a sum or a denial in a sentence
    rewritten whole: user tests ut47, ut48, ut50 found the exports silent where the app sent
    them).  Each list the first ``most``, when given; a passage is in one list at most."""
    changed: list[tuple[int, Changes]] = []
    otherwise: list[int] = []
    for n, k in enumerate(c.links, 1):
        if k.relation != "shared":
            continue
        left, right = c.text("left", k.left), c.text("right", k.right)
        small = small_changes(left, right)
        if changes := unread_changes(c, k, small):
            if most is None or len(changed) < most:
                changed.append((n, changes))
        elif not small and same_words(left, right) < 1.0 and (most is None or len(otherwise) < most):
            otherwise.append(n)
        if most is not None and len(changed) >= most and len(otherwise) >= most:
            break
    return changed, otherwise


def reworded(c: Comparison, most: int | None = None) -> list[tuple[int, Changes]]:
    """The shared passages with changes no fact rule reads (:func:`to_read`)."""
    return to_read(c, most)[0]


def told_otherwise(c: Comparison, most: int | None = None) -> list[int]:
    """The shared passages told in other words throughout (:func:`to_read`)."""
    return to_read(c, most)[1]


def _within(words: str, span: str) -> bool:
    """Are a change's words part of a difference's span (or the span of them): told already?
    (A change's missing side is told by the other's: "(none)" / "Not" within "Not all".)"""
    return bool(words) and bool(span) and (words in span or span in words)
