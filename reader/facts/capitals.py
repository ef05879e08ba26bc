"""Which capitalised words of an article are names only by their place: a word opening a
sentence or a quote ("Hundreds", "Asked"), a word of a Title Case headline or of a page's
heading run into the text.  Such a word, never written as a name elsewhere, is no detail of one
side and no name to find misspelt."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.lang import COUNT_STOP_WORDS, NAME_CONNECTORS, SPEECH_VERBS
from reader.model import Fact
from reader.textnorm import title_case

# what follows a person named at the start of a sentence: a verb of saying ("Trump said"),
# a possessive ("Obama's plan")
_SUBJECT_AFTER = re.compile(r"(?:['’]s\b|,?\s+(?:has\s+|had\s+)?(?:" + "|".join(SPEECH_VERBS) + r")\b)")
# the words a Title Case headline leaves in lower case ("Suspect Arrested in Southern Florida")
_HEADLINE_SMALL = COUNT_STOP_WORDS | frozenset(NAME_CONNECTORS) | frozenset("vs nor".split())
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_LOWER_WORD = re.compile(r"(?<![\w'’.-])[a-z][\w'’.-]*")  # a word of _WORD that starts in lower case


def title_cased(text: str) -> bool:
    """Is a sentence written in Title Case or capitals ("Chick-fil-A Draws Huge Crowds",
    "FOR IMMEDIATE RELEASE"): three words or more, every one capitalised but the small ones?
    Its capitals then say nothing of which words are names."""
    # a word in lower case that is not a small one decides at once (most sentences, early)
    for m in _LOWER_WORD.finditer(text):
        if m.group() != "s" and m.group().lower() not in _HEADLINE_SMALL:
            return False
    # an "s" standing alone is a possessive cut off by a stray space ("Sheriff’ s Deputy")
    words = [w for w in _WORD.findall(text) if w != "s"]
    return title_case(words, 1.0, least=3, small=_HEADLINE_SMALL, least_big=2)


# a run of this many capitalised words, small words and figures aside, is a headline or a
# page's heading run into the text ("Office of the Press Secretary FOR IMMEDIATE RELEASE July
# 13, 2009 President Obama Announces Nominee"); a person with an office runs to six
# ("LeFlore County District Judge Jon Sullivan"), two bodies joined by "and" to seven ("U.S.
# Fish and Wildlife Service and National Marine Fisheries Service"): at six, a corpus sample
# lost such names
_HEADING_RUN = 8
_TOKEN = re.compile(r"\S+")


def _in_heading(text: str, f: Fact) -> bool:
    """Is the name ``f`` inside a run of :data:`_HEADING_RUN` capitalised words or more?"""
    big, inside = 0, False
    for m in _TOKEN.finditer(text):
        w = m.group().strip("\"“”‘’'(),:;.!?|–—-")
        if w[:1].islower() and w.lower() not in _HEADLINE_SMALL:
            if inside:
                break
            big = 0  # a word in lower case ends a run
        elif w[:1].isupper() and w.lower() not in _HEADLINE_SMALL:
            big += 1
        inside = inside or m.end() > f.start
    return big >= _HEADING_RUN


def _opens(text: str, f: Fact) -> bool:
    """Does a one-word name open a sentence or a quote ("says: ’Momma, look"), or follow a
    figure ("115th Street", "12 Magazines"), where a capital says nothing of a name?"""
    if " " in f.text:
        return False
    before = text[: f.start].rstrip()
    if _FIGURE_END.search(before):  # "at 115th Street": the end of a numbered name
        return True
    return f.sentence_initial or not before or before[-1] in "\"“‘’':(—–" or f.text[:1] in "’‘'\"“"


_FIGURE_END = re.compile(r"\d(?:st|nd|rd|th)?$")


def loose_names(texts: Sequence[str], facts: Sequence[Sequence[Fact]]) -> tuple[set[str], set[str]]:
    """(loose, sure): names as written where any word is capitalised (one word opening a
    sentence: "Hundreds", "Asked", "Below"; a Title Case headline: "Huge Crowds"), and names
    written where only a name is.  A name opening a sentence before a verb of saying or a
    possessive ("Trump said", "Obama's plan") is sure.  A loose name the articles never write
    as a sure one (whole, or as a word of one: "Rait" of "Craig Rait") is no detail to show."""
    loose: set[str] = set()
    sure: set[str] = set()
    for text, fs in zip(texts, facts, strict=False):
        if not any(f.kind == "name" for f in fs):
            continue
        headline = title_cased(text)
        capitals = sum(1 for w in text.split() if w[:1].isupper()) >= _HEADING_RUN
        for f in fs:
            if f.kind != "name":
                continue
            if (
                headline
                or (capitals and _in_heading(text, f))
                or (_opens(text, f) and not _SUBJECT_AFTER.match(text, f.end))
            ):
                loose.add(f.text)
            else:
                sure.add(f.text)
    return loose, sure


def headline_words(texts: Sequence[str], facts: Sequence[Sequence[Fact]]) -> tuple[set[str], set[str]]:
    """(words of the names found in Title Case lines, words of the names found elsewhere) of
    one document: "Accountant" of a headline "Fired Accountant Goes on Shooting Spree" is
    capitalised only because every word of the line is."""
    heads: set[str] = set()
    body: set[str] = set()
    for text, fs in zip(texts, facts, strict=False):
        names = [f.text for f in fs if f.kind == "name"]
        if names:
            (heads if title_cased(text) else body).update(w for t in names for w in t.split())
    return heads, body


def title_only(*found: tuple[set[str], set[str]]) -> frozenset[str]:
    """The words of :func:`headline_words` that no document writes as a name outside a Title
    Case line: no name to find misspelt."""
    body = set().union(*(b for _, b in found))
    return frozenset(w for h, _ in found for w in h if w not in body)


def only_loose(*found: tuple[set[str], set[str]]) -> frozenset[str]:
    """The loose names of several documents' :func:`loose_names` that none writes as sure."""
    loose = set().union(*(lo for lo, _ in found))
    sure = set().union(*(su for _, su in found))
    words = {w for t in sure for w in t.split()}
    return frozenset(t for t in loose if t not in sure and not (" " not in t and t in words))
