"""Finding names: runs of capitalised words, cut where a name cannot go on.

The value of a name is its folded words without initials ("Charles H. Rivkin" ->
"charles rivkin"), so the same name written with or without accents, dots or a middle
initial is one value.  A single capitalised word at the start of a sentence may be an
ordinary word ("Review the plan."): it is marked ``sentence_initial`` and the document
context (:mod:`reader.facts.document`) drops it when the article also writes it in lower
case.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.facts.namewords import name_tokens
from reader.facts.spans import Spans, overlaps
from reader.facts.tables import INITIALS, NAME, NAME_ABBREVIATIONS
from reader.lang import MONTHS, NAME_CONNECTORS, NOT_NAMES, WEEKDAYS
from reader.model import Fact

_CONNECTORS = frozenset(NAME_CONNECTORS)
# after a run: a verb of saying (its run is who spoke: "March said"), or a figure ("Mexico March 3")
_SAID = re.compile(r"\s+(?:said|says|told|added|wrote|noted|asked)\b")
_FIGURE_AFTER = re.compile(r"[\s,]*\d")
# ... but a month after a word of time is the month ("data for March said")
_WHEN_BEFORE = re.compile(
    r"\b(?:for|in|on|since|by|until|of|from|through|last|next|this|early|late|mid)\s+$", re.I
)
# "We're", "They've", "I'll", "Couldn't": a pronoun or verb with its ending, never a name
_CONTRACTION = re.compile(r"['’](?:re|ve|ll|d|m)$|n['’]t$")


def _words_at(chain: str) -> list[tuple[int, str]]:
    """The words of a run with their offsets."""
    words: list[tuple[int, str]] = []
    at = 0
    for w in chain.split():
        at = chain.index(w, at)
        words.append((at, w))
        at += len(w)
    return words


def _segments(words: list[tuple[int, str]], surname_month: bool) -> list[list[int]]:
    """Word indexes of each candidate name: function words, months, weekdays and numbers
    break a run; a lower-case connector stays inside one that has begun.  With
    ``surname_month`` (no figure follows the run) a month that ends a run a name has begun
    ends the name ("Dr. Helen March", "Theresa May"), and a month alone is a name."""
    segments: list[list[int]] = []
    seg: list[int] = []
    for i, (_, w) in enumerate(words):
        if w in _CONNECTORS:  # lower case "of", "de": inside a name only
            if seg:
                seg.append(i)
            continue
        lw = w.lower().rstrip(".,:;")
        bare = lw[:-2] if lw.endswith(("'s", "’s")) else lw
        if seg and INITIALS.fullmatch(w):
            seg.append(i)  # a middle initial, not the article or the pronoun: "Samuel A. Alito"
        elif surname_month and bare in MONTHS and i == len(words) - 1 and (seg or i == 0) and w.istitle():
            if not seg or not _sentence_end(words[i - 1][1]):  # ("the LORD. May he ...": a sentence)
                seg.append(i)
        elif (
            bare in NOT_NAMES
            or bare in MONTHS
            or bare in WEEKDAYS
            or w[:1].isdigit()
            or _CONTRACTION.search(bare)
        ):
            if seg:
                segments.append(seg)
            seg = []
        else:
            seg.append(i)
    if seg:
        segments.append(seg)
    return segments


def _sentence_end(word: str) -> bool:
    """Does ``word`` end a sentence (a full stop, not an initial's or a title's: "Dr.", "A.")?"""
    return word.endswith(".") and not INITIALS.fullmatch(word) and word.lower() not in NAME_ABBREVIATIONS


@lru_cache(maxsize=8192)
def chain_names(chain: str, surname_month: bool = False) -> tuple[tuple[int, int, int, str], ...]:
    """The names inside one run of capitalised words: (start, end, words, key) each.

    Function words, months and weekdays break a run ("France and Mexico Monday" gives
    "France", "Mexico"); a lower-case connector stays inside ("Secretary of State John
    Kerry"); a possessive or a full stop at the end is not part of the name; a month may end one
    (:func:`_segments`, ``surname_month``).  Cached: the
    same runs ("God", "Le Monde", "NSA") come back in sentence after sentence.
    """
    words = _words_at(chain)
    out = []
    for seg in _segments(words, surname_month):
        while seg and words[seg[-1]][1] in _CONNECTORS:
            seg = seg[:-1]
        if not seg:
            continue
        start = words[seg[0]][0]
        last_at, end_word = words[seg[-1]]
        if end_word.endswith(("'s", "’s")):
            end_word = end_word[:-2]
        end_word = end_word.rstrip(",;:'’-&")
        if end_word.endswith(".") and not (
            INITIALS.fullmatch(end_word) or end_word.lower() in NAME_ABBREVIATIONS
        ):
            end_word = end_word[:-1]
        end = last_at + len(end_word)
        name = chain[start:end]
        toks = name_tokens(name)
        if len(name) < 2 or not toks:
            continue
        out.append((start, end, len(seg), " ".join(toks)))
    return tuple(out)


def names(text: str, facts: list[Fact], taken: Spans) -> None:
    for m in NAME.finditer(text):
        base = m.start()
        # a month is a surname when a given name, a title or a verb of saying, not a figure, is beside it
        said = _SAID.match(text, m.end()) is not None and not _WHEN_BEFORE.search(text, 0, m.start())
        month_named = said or (m.group().count(" ") > 0 and not _FIGURE_AFTER.match(text, m.end()))
        for rs, re_, n, key in chain_names(m.group(), month_named):
            start, end = base + rs, base + re_
            if taken and overlaps(taken, start, end):
                continue
            initial = n == 1 and (start == 0 or (start < 4 and not text[:start].strip(" \"“'‘([-–—")))
            facts.append(Fact("name", text[start:end], start, end, key, sentence_initial=initial))
