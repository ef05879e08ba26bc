"""Which spans of a sentence are someone's words: within quotation marks, or quoted from its
start up to a closing mark (the quotation began in an earlier sentence), or from an opening
mark to its end (it goes on in the next).  :mod:`reader.facts.negation` reads a negation
inside them as a speaker's, not the article's."""

from __future__ import annotations

import re

from reader.facts.speech_patterns import QUOTED

# text in quotation marks: double, curly (a curly mark may close on a straight one in
# scraped text: “will not resign"), or single ("'you ain't black'": an apostrophe inside a
# word does not close it)
# a closing mark with no opening before it: the quotation began in an earlier sentence
_FIRST_DOUBLE = re.compile(r"[\"“”]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a text within quotation marks; a sentence whose first mark closes a
    quotation ('... ever harmed the river,” she said.') is quoted up to that mark, one
    whose last mark opens one that does not close is quoted from it to the end."""
    first = _FIRST_DOUBLE.search(text)
    start = first.end() if first and _closes(text, first.start()) else 0
    spans = [(0, start)] if start else []
    spans += [(m.start(), m.end()) for m in QUOTED.finditer(text, start)]
    last = max((m.start() for m in _FIRST_DOUBLE.finditer(text)), default=-1)
    if last >= 0 and text[last] == "“" and not any(a <= last < b for a, b in spans):
        spans.append((last, len(text)))
    return spans


def _closes(text: str, at: int) -> bool:
    """Is the mark at ``at`` a closing one: "”", or a straight mark after a word (or
    punctuation) and before a space or the end?"""
    if text[at] == "”":
        return True
    if text[at] != '"' or at == 0 or text[at - 1].isspace():
        return False
    return at + 1 == len(text) or not text[at + 1].isalnum()
