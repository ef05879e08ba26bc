"""Quotations that run over several sentences.

News quotes a speaker over two or three sentences and names them once, after the last:
'"I can't help but think those remarks are over the line.' / 'It's wrong.' / 'It's
destructive," said Robert Gibbs.'  The sentence extractor (:mod:`reader.facts.extract_quotes`)
sees only a quote opened and closed in one sentence; worse, in a sentence that begins
inside a quotation it pairs the closing mark with the next opening one, and takes the
words between them ('," said Senate Appropriations Chairman Richard Shelby, who "') for a
quote.

Here the marks are read in order over the article: "“" and "„" open, "”" closes, and a
straight mark closes a quotation that is open and opens one that is not.  The part of
each sentence inside a quotation is a quote fact, with its speaker when its own sentence
names one after the closing mark (a speaker named in another sentence is not carried: it
would show one misattribution on every sentence of the quotation).  A sentence that
begins inside a quotation gets its quotes from this reading instead of the extractor's.

A stray mark must not turn the rest of an article into a quotation: a straight mark after
a digit (5'10", a 55" screen) is no quotation mark, and an open quotation carries over
at most :data:`QUOTE_CARRY` sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.extract_quotes import said
from reader.model import Fact

# a quotation left open carries over at most this many sentences: news quotes run to two
# or three; a mark left open by mistake must not make the rest of an article a quote
QUOTE_CARRY = 6

_MARK = re.compile('[“”„"]')


def quotations_across_sentences(
    sentences: Sequence[str], raw: list[list[Fact]], paragraphs: Sequence[int] | None = None
) -> None:
    """Add to ``raw`` (each sentence's facts) the parts of quotations that run over
    several sentences, and redo the quotes of a sentence that begins inside one.
    ``paragraphs`` (each sentence's paragraph) ends a quotation with its paragraph unless
    the next one opens with a mark (a quotation over paragraphs reopens each)."""
    par = paragraphs if paragraphs is not None else [0] * len(sentences)
    open_for = 0  # sentences left that the open quotation may still cover
    for i, text in enumerate(sentences):
        if open_for and par[i] != par[i - 1] and not _opens(text):
            open_for = 0
        inside = open_for > 0
        if not inside and not _MARK.search(text):
            continue
        spans, still_open = _spans(text, inside)
        if still_open and not inside and not _continued(sentences, par, i, text[spans[-1][0]]):
            still_open = False  # a stray mark, or a quotation cut off: not carried over
            if text[spans[-1][0]] == '"':
                spans.pop()  # and a straight mark does not say it opens
        open_for = (open_for - 1 if inside else QUOTE_CARRY) if still_open else 0
        if inside:  # the extractor paired this sentence's marks the wrong way round
            raw[i] = [f for f in raw[i] if f.kind != "quote"]
        _add(text, spans, raw[i])


def _add(text: str, spans: list[tuple[int, int, int, int]], facts: list[Fact]) -> None:
    """Add a quote fact for each stretch the sentence extractor did not find; ``facts``
    stays sorted.  Both lists are in text order, so one walk finds the overlaps."""
    have = [(f.start, f.end) for f in facts if f.kind == "quote"]
    names = [f for f in facts if f.kind == "name"]
    k = 0
    for qs, a, b, qe in spans:
        while k < len(have) and have[k][1] <= a:
            k += 1
        if k < len(have) and have[k][0] < b:
            continue  # the sentence extractor found this one
        f = said(text, a, b, qs, qe, names)
        if f is not None:
            facts.append(f)
    facts.sort(key=lambda f: (f.start, f.end))


def _opens(text: str) -> bool:
    """Does the sentence begin with an opening mark?"""
    m = _MARK.search(text)
    return m is not None and m.group() != "”" and not text[: m.start()].strip()


def _continued(sentences: Sequence[str], par: Sequence[int], i: int, opening: str) -> bool:
    """Does the quotation left open at the end of sentence ``i`` go on?

    Looking at the next mark within :data:`QUOTE_CARRY` sentences: a closing curly mark,
    or a straight one right after a word or a stop ('over," she said'), closes it; a mark
    opening the next sentence, or the next paragraph, reopens it.  A mark that opens
    mid-sentence ('it "could be') says it was left open by mistake.  A curly opening mark
    says it opens, so with no mark ahead it runs to the end of its paragraph (the loop
    ends it there); a straight one needs a mark that closes or reopens it.
    """
    for j in range(i + 1, min(i + 1 + QUOTE_CARRY, len(sentences))):
        text = sentences[j]
        if par[j] != par[j - 1]:
            return _opens(text) or opening != '"'
        m = _MARK.search(text)
        if m is None:
            continue
        p, mark = m.start(), m.group()
        if mark == "”":
            return True
        if not text[:p].strip():
            return j == i + 1 or opening != '"'
        return mark == '"' and not text[p - 1].isspace()
    return opening != '"'


def _spans(text: str, inside: bool) -> tuple[list[tuple[int, int, int, int]], bool]:
    """The stretches of ``text`` inside quotation marks, as (opening mark, start, end,
    past the closing mark) — a quotation open at either end of the sentence has no mark
    there: the sentence's end stands for it — and whether one is still open at its end.

    An opening mark at the start of a sentence inside a quotation opens it again (a
    quotation over paragraphs reopens each one); a straight mark after a digit is none.
    """
    spans: list[tuple[int, int, int, int]] = []
    qs, start = (0, 0) if inside else (-1, -1)
    for m in _MARK.finditer(text):
        j, mark = m.start(), m.group()
        reopens = start >= 0 and not text[:j].strip()
        if mark in "“„" or (mark == '"' and (start < 0 or reopens)):
            if mark == '"' and start < 0 and j > 0 and text[j - 1].isdigit():
                continue  # 5'10", a 55" screen: inches, not a quotation
            qs, start = j, j + 1
        elif start >= 0:  # "”", or a straight mark closing the open quotation
            spans.append((qs, start, j, j + 1))
            start = -1
    if start >= 0:
        spans.append((qs, start, len(text), len(text)))
    return spans, start >= 0
