"""A word of the language, not a name: two capitalised words spelled near each other are a
name spelled two ways only when neither is an ordinary word ("Partly" / "Party", "Being" /
"Bring", "Forces" / "Forbes").  Used by :func:`reader.facts.compare_names.name_variants`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# a word of the language capitalised only where a sentence starts: an adverb, a verb's form
# ("Partly through his friendship ..." / "the Democratic Party"; "Being asked to play ..." /
# "Bring it on!"), not a name
_FORM_ENDINGS = ("ly", "ing")


def language_word(left: str, right: str, texts: tuple[str, str]) -> bool:
    """Is either word of a name spelled two ways a word of the language: written in lower
    case by either text ("Forces" / "forces"), or ending as an adverb or a verb's form and
    capitalised only where a sentence opens?  A book's text is megabytes: its words in lower
    case are read once, a capitalised word is looked for by plain substring search."""
    for word in (left, right):
        low = word.lower()
        if any(low in _lower_words(t) for t in texts):
            return True
        if low.endswith(_FORM_ENDINGS):
            starts = [(t, at) for t in texts for at in _whole_word_at(t, word)]
            if starts and all(_opens_sentence(t, at) for t, at in starts):
                return True
    return False


@lru_cache(maxsize=8)
def _lower_words(text: str) -> frozenset[str]:
    """The words a text writes in lower case (memoised: one pair's texts, asked per word)."""
    return frozenset(_LOWER_WORD.findall(text))


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")


def _whole_word_at(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a whole word (case as given)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield at
        at = text.find(word, at + 1)


def _opens_sentence(text: str, at: int) -> bool:
    """Does the word at ``at`` open a sentence (after a full stop, a line's start or a quote
    mark opening one)?"""
    before = text[max(0, at - 4) : at].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?:\n"
