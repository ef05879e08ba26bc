"""A page's stamp inside a sentence: "Published: May 3, 2021 20:09", "Updated on Tuesday" — the
date or time of the web page, not of anything the story tells.  A sentence that tells of a
publication ("the table was published on 8 September", "the annual street count, published on
Wednesday, March 12") gives the story's own date.

Read by :mod:`reader.facts.extract_temporal` before it takes a date, a day or a time.
"""

from __future__ import annotations

import re

from reader.facts.event_words import PUBLICATIONS
from reader.lang import MONTHS, WEEKDAYS

# a stamp of the web page, not a time of the story ("Updated: May 3, 2021 20:09 IST")
_STAMP_WORD = re.compile(r"\b(?:updated|published|posted|modified)\b(?:\s+(?:on|at))?\s*:?")


def in_stamp(low: str, start: int) -> bool:
    """Does a date or time at ``start`` belong to a "Published:/Updated:" stamp?"""
    if "ed" not in low:
        return False
    words = list(_STAMP_WORD.finditer(low, max(0, start - 60), start))
    if not words:
        return False
    w = words[-1]
    if not w.group().rstrip().endswith(":") and _told_act(low, w.start()):
        return False  # "the table was published on 8 September", "a table published on ...": the story's
    rest = low[words[-1].end() : start]
    for w in re.findall(r"[a-z]+", rest):
        if w not in MONTHS and w[:3] not in _WEEKDAY_PREFIXES and w != "at" and len(w) > 4:
            return False
    return len(re.findall(r"[a-z]+", rest)) <= 4


_WEEKDAY_PREFIXES = frozenset(d[:3] for d in WEEKDAYS)
# a word of the sentence before the stamp's word (no colon after it): a sentence telling of a
# publication, no page's stamp; but "Last updated", "First published" open a stamp
_TOLD_ACT = re.compile(r"\b(?!(?:last|first|originally)\b)([a-z]+)(,?)\s+$")


def _told_act(low: str, at: int) -> bool:
    """Does a word of the sentence stand before the stamp word at ``at``: any word, or after a comma
    the thing published ("in the table, published on Thursday, June 4", ut278; "the annual street
    count, published on Wednesday", ut284; not a byline's name)?"""
    m = _TOLD_ACT.search(low, max(0, at - 16), at)
    if m is None or not m.group(2) or m.group(1) in PUBLICATIONS:
        return m is not None
    return _NOUN_PHRASE.search(low, max(0, m.start(1) - 40), m.start(1)) is not None


# (a noun phrase of the sentence before the comma: an article or an owner before the noun)
_NOUN_PHRASE = re.compile(r"\b(?:the|an?|its|their|[a-z]+['’]s)\s+(?:[a-z'’-]+\s+){0,3}$")
