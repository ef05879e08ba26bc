"""A quote one side gives to "he" and the other to a named person: a conflict after all when
the article writing "he" cannot mean that person (:func:`said_by_another`).

:func:`reader.facts.credible` lets no pronoun conflict with a name: "he" may stand for anyone
the other side names.  But an article's "he" stands for someone it mentions, and for the one
named just before more than anyone named paragraphs away: a rewrite that gives a quote to
another person of the story shows there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.gate import named_speaker, one_quote, quote_by, quote_words
from reader.facts.namewords import content_tokens, person
from reader.lang import SUBJECT_PRONOUNS, TITLES
from reader.model import Difference, Fact
from reader.spelling import near_spelling, transliteration
from reader.textnorm import fold


def said_by_another(
    d: Difference,
    left: Sequence[Fact],
    right: Sequence[Fact],
    texts: tuple[str, str],
    near: tuple[str, str],
) -> bool:
    """Is a speaker difference between "he" and a name a conflict after all?  Yes when the
    article that writes "he" took it for a person it named before (:mod:`reader.facts.document`)
    and never mentions the other side's speaker anywhere (``texts``: the whole texts), by name
    (in any spelling: "Zelensky" for "Zelenskiy") or by the office they are named with ("the
    mayor" for "Mayor Jane Cole"): its "he" cannot be someone it never mentions (a rewrite that
    gives a quote to another person).  Yes too when the sentences just before the quote
    (``near``) name the one it took "he" for and not the other side's speaker: a person the
    article names further off is another of the story (a rewrite gives a quote to someone the
    story names elsewhere)."""
    if d.kind != "speaker" or not one_quote(d, left, right):
        return False
    for pronoun, named, facts, side in ((d.left, d.right, left, 0), (d.right, d.left, right, 1)):
        if pronoun.lower() not in SUBJECT_PRONOUNS or not named_speaker(named):
            continue
        said = quote_by(facts, pronoun)
        if said is None or not said.speaker:
            continue
        if not _mentioned(named, texts[side]):
            return True
        if not _same_words(d, left, right):
            continue
        if not _mentioned(named, near[side]) and _mentioned(said.speaker, near[side]):
            return True
    return False


# a quotation given to another person the story names: told in this many of the same words at
# least, most of the shorter's (two lines of two speakers share a word or two: "equality")
QUOTE_WORDS_MIN = 4
QUOTE_SHARE_MIN = 0.75


def _same_words(d: Difference, left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    words = quote_words(d, left, right)
    if words is None:
        return False
    sa, sb = words
    return len(sa & sb) >= max(QUOTE_WORDS_MIN, QUOTE_SHARE_MIN * min(len(sa), len(sb)))


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _mentioned(named: str, text: str) -> bool:
    """Does ``text`` mention the person ``named`` ("Mayor Jane Cole"): a word of their name in
    any spelling or romanisation, or a title they are named with ("the mayor")?"""
    words = {fold(w) for w in _WORD.findall(text)}
    names = content_tokens(person(named))
    titles = {fold(w).strip(".") for w in named.split()} & TITLES
    # "the mayor" stands for one person; "Representative Peter Welch" for another representative
    if any(re.search(rf"\b[Tt]he {re.escape(t)}\b", text) for t in titles):
        return True
    return any(
        n in words or any(near_spelling(n, w) or transliteration(n, w) for w in words if w[:1] == n[:1])
        for n in names
        if len(n) >= 3
    )
