"""The headline: the site's name after it, and its copy where the story starts.

Pages name themselves after the headline ("Biden signs the bill - The Washington Post",
"... | Fox News") and print the headline again where the story starts, often after a
photo caption ("... in Washington on March 22, 2022. Senate passes gun bill The Senate
on Thursday ...").  The title keeps the headline alone; the site's name, the copy and a
caption before the copy are cut (listed, with exact offsets); the story's sentence stays.
"""

from __future__ import annotations

import re

from reader.clean.captions import DATED_CAPTION
from reader.clean.lines import _Line
from reader.lang import OFFICES, TITLE_ABBREVIATIONS

# the last " - X", " | X", " – X" or " — X" of a title (a doubled "--" is punctuation)
_TAIL_SEP = re.compile(r"(?<=\S)\s+([|\-–—])\s+(?=\S)")
# a word of an outlet's name: capitalised ("Fox", "U.S.", "NBCNews.com", "Barron's") or a
# domain ("politico.com"); "of", "and", "&" only inside ("The Times of India")
_SITE_WORD = re.compile(r"[A-Z0-9][\w'’.&\-]*|[a-z0-9\-]+(?:\.[a-z]{2,})+")
_SITE_INNER = frozenset({"of", "and", "&", "for", "on"})
# words that make a tail a clause of the headline, not a name ("- Where She Knows Everyone"),
# or a speaker's office ("Rates rise again - Fed Chair Powell" quotes the chair)
_CLAUSE_WORDS = frozenset(
    """i he she it we they you who what where when why how is are was were will not no yes
    says said chair""".split(),
).union(OFFICES, TITLE_ABBREVIATIONS)
SITE_WORDS_MAX = 5  # "The Times of India Online"; a longer tail is part of the headline
SITE_CHARS_MAX = 40
HEAD_WORDS_MIN = 3  # what stays must still be a headline
# a lower-case word of five letters or more: the headline is written in sentence case,
# where a capitalised tail cannot be the headline's own words
_SENTENCE_CASE = re.compile(r"(?<![\w'’])[a-z]{5,}\b")


def site_tail(text: str) -> int | None:
    """Where the site's name after a headline starts (its separator included), or None.

    The tail is one to five capitalised words (or a domain) after the last " - ", " | ",
    " – " or " — ".  A pipe is never the headline's own punctuation; after a dash the tail
    must read as a name, not as the headline going on: one word only as an acronym or a
    domain ("- CNN"), and after a headline in Title Case only a name that opens with
    "The", holds an acronym or is a domain ("- The New York Times").  Never: a tail with
    lower-case words, quotes, a question, a pronoun or a verb of saying.
    """
    seps = list(_TAIL_SEP.finditer(text))
    if not seps:
        return None
    sep = seps[-1]
    head, tail = text[: sep.start()], text[sep.end() :].strip()
    words = tail.split()
    if len(head.split()) < HEAD_WORDS_MIN or head.rstrip()[-1:] in "|-–—:":
        return None
    if not 1 <= len(words) <= SITE_WORDS_MAX or len(tail) > SITE_CHARS_MAX:
        return None
    if any(not (_SITE_WORD.fullmatch(w) or (k and w in _SITE_INNER)) for k, w in enumerate(words)):
        return None
    if any(w.lower().strip("'’.") in _CLAUSE_WORDS for w in words) or re.search(r"[\"“”‘?!:,]", tail):
        return None
    if sep.group(1) != "|":
        acronym = any(len(w) >= 2 and w.isupper() and w.isalpha() for w in words)
        domain = any("." in w.strip(".") for w in words)
        if len(words) == 1 and not (acronym or domain):
            return None
        if not _SENTENCE_CASE.search(head) and not (words[0] == "The" or acronym or domain):
            return None
    return sep.start(1)


def cut_site_tail(line: _Line) -> str:
    """Cut the site's name off the title line; return the headline alone."""
    at = site_tail(line.text)
    if at is None or (line.cuts and line.cuts[-1][1] > line.start + at):
        return line.text
    line.cuts.append((line.start + at, line.end, "site name after the headline"))
    return line.text[:at].rstrip()


def _title_pattern(title: str) -> re.Pattern[str]:
    """The headline as a pattern: any run of white space between its words, and an
    optional space around punctuation inside a word (texts rebuilt from tokens: "' Enough '")."""
    words = []
    for word in title.split():
        parts = re.findall(r"\w+|\W", word)
        words.append(r"\s?".join(re.escape(p) for p in parts))
    return re.compile(r"\s+".join(words))


# where a sentence can start: after a sentence end (and a credit in brackets after it)
_SENTENCE_START = re.compile(r"[.!?][\"”’)]?\s+(?:\([^()]{1,80}\)\s+)?$")
_CALENDAR_NEXT = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Tonight|Yesterday|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
)
COPY_WITHIN = 600  # characters: the copy stands where the story starts, not further in
CAPTION_WORDS_MAX = 60  # what precedes the copy is a caption or a deck of at most this length


def cut_headline_copy(lines: list[_Line], title_line: _Line, title: str) -> None:
    """Cut a copy of the headline at the start of the story's first line, and the caption or
    deck before it in that line; the sentence after the copy stays.

    The copy must stand where a sentence starts (the line's start, after a sentence end or
    after a cut) and be followed by a full stop or a new sentence in capitals; a capitalised
    word that could go on a name ("Trump meets Kim Jong Un") or a day ("... Prize Friday")
    keeps the line whole.
    """
    if len(title.split()) < HEAD_WORDS_MIN + 1:
        return
    body = next((ln for ln in lines[lines.index(title_line) + 1 :] if not ln.reason), None)
    if body is None:
        return
    for m in _title_pattern(title).finditer(body.text, 0, COPY_WITHIN):
        a, b = m.span()
        if not _starts_sentence(body, a):
            continue
        end = _copy_end(body.text, b, title)
        if end is None:
            continue
        _add_cut(body, body.start + a, body.start + end, "headline repeated")
        before = body.text[:a]
        if before.strip() and len(before.split()) <= CAPTION_WORDS_MAX:
            caption = "photo caption or deck before the headline"
            # the whole stretch is one caption: a dated caption found in it goes into it
            body.cuts = [c for c in body.cuts if not (c[2] == DATED_CAPTION and c[1] <= body.start + a)]
            _add_cut(body, body.start, body.start + len(before.rstrip()), caption)
        return


def _starts_sentence(line: _Line, a: int) -> bool:
    before = line.text[:a]
    if not before.strip() or _SENTENCE_START.search(before):
        return True
    return any(y <= line.start + a and not line.text[y - line.start : a].strip() for _, y, _ in line.cuts)


def _copy_end(text: str, b: int, title: str) -> int | None:
    """Where the copy ends (its full stop included), or None when the text goes on with
    the headline's words as a sentence of its own."""
    rest = text[b:]
    if rest[:1] == "." and rest[1:2].isspace():
        return b + 1
    nxt = re.match(r"\s+([\"“‘']?)([A-Z0-9]\S*)(\s+\S+)?", rest)
    if nxt is None or _CALENDAR_NEXT.match(nxt.group(2)):
        return None
    name_end = title.split()[-1][-1:].isalpha() and title.split()[-1][:1].isupper()
    word, after = nxt.group(2), (nxt.group(3) or "").strip()
    if name_end and word[1:].islower() and after[:1].isupper():
        return None  # "... meets Kim Jong Un": a name running on
    return b


def _add_cut(line: _Line, a: int, b: int, reason: str) -> None:
    """Add a cut to a line, on the stretches that no cut covers yet; cuts stay sorted."""
    spans, pos = [], a
    for x, y, _ in sorted(line.cuts):
        if x > pos and line.text[pos - line.start : min(x, b) - line.start].strip():
            spans.append((pos, min(x, b), reason))
        pos = max(pos, y)
        if pos >= b:
            break
    if pos < b and line.text[pos - line.start : b - line.start].strip():
        spans.append((pos, b, reason))
    line.cuts = sorted([*line.cuts, *(_trimmed(line, x, y, r) for x, y, r in spans)])


def _trimmed(line: _Line, a: int, b: int, reason: str) -> tuple[int, int, str]:
    piece = line.text[a - line.start : b - line.start]
    lead = len(piece) - len(piece.lstrip())
    return a + lead, a + len(piece.rstrip()), reason
