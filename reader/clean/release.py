"""The heading of a press release: who issues it, "FOR IMMEDIATE RELEASE", its date.

A release pasted from an institution's page opens with its heading, often run into one line
with the headline and the first sentence: "THE CITY OF KESTREL BAY" / "Office of the Mayor
FOR IMMEDIATE RELEASE March 4, 2021 Mayor Announces Harbour Closure Today, Mayor Ana Ortiz
announced ...".  The release marker (a table of the words releases print, ``_MARKER``) proves
the heading; what stands before it in its line is the issuer (an office, no sentence), the
date after it is a stamp.  A headline in Title Case after the date, up to a word that opens
the first sentence ("Today,", "The council ..."), is split off as the page's headline; then a
short line above the heading (the issuer's masthead, "THE WHITE HOUSE") is the issuer too.
Everything cut is listed with its exact offsets; a sentence that mentions a release ("The
council sent out a press release on Monday.") is never touched: the marker must open the
page's head.
"""

from __future__ import annotations

import re

from reader.clean.cuts import _stamp_at
from reader.clean.lines import _SENTENCE_END, _Line, _prose

# the words that mark a release's heading, in capitals or in title case, with an optional colon
_MARKER = re.compile(
    r"(?:FOR\s+IMMEDIATE\s+RELEASE|For\s+[Ii]mmediate\s+[Rr]elease|(?:PRESS|NEWS|MEDIA)\s+RELEASE|"
    r"(?:Press|News|Media)\s+Release)(?![\w'’])\s*:?\s*"
)
ISSUER_WORDS_MAX = 12  # "Office of the Press Secretary", "Department of Health, Media Office"
MASTHEAD_WORDS_MAX = 6  # "THE WHITE HOUSE", "City of Kestrel Bay"
RELEASE_HEAD_WORDS = (3, 25)  # a headline's length in words
REASON = "press release heading"
# a word that opens the first sentence after a headline in Title Case: a time with its comma
# ("Today, the ..."), or a determiner or preposition in capitals before a lower-case word
_OPENER = re.compile(
    r"\s+(?=(?:Today|Yesterday|Tonight|Earlier\s+today|This\s+(?:morning|afternoon|week)|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),\s|(?:The|A|An|In|On|At|With|After|Under)\s+[a-z])"
)
_SMALL = frozenset("a an the and or of for to in on at by with as from nor but".split())


def split_release_head(lines: list[_Line]) -> list[_Line]:
    """The page's lines with a release heading in its head cut (see the module's note)."""
    kept = [i for i, ln in enumerate(lines) if not ln.reason]
    head = []
    for i in kept:
        head.append(i)
        if _prose(lines[i]):
            break
    for k, i in enumerate(head):
        line = lines[i]
        m = _MARKER.search(line.text)
        if m is None or line.heading:
            continue
        before, stop = line.text[: m.start()], _stamp_at(line.text, m.end())[0]
        if not _issuer(before):
            return lines
        if (
            stop == m.end()
            and ":" not in m.group()
            and not m.group().isupper()
            and line.text[m.end() :].strip()
        ):
            return lines  # no date, colon or capitals, words after it: a release the story mentions
        parts = _release_parts(line, m.end(), stop)
        if parts is None:
            return lines
        if len(parts) == 3:  # a headline after the heading: a short line above is the masthead
            for j in head[:k]:
                if lines[j].words <= MASTHEAD_WORDS_MAX and not _SENTENCE_END.search(lines[j].text):
                    lines[j].reason = REASON
        return [*lines[:i], *parts, *lines[i + 1 :]]
    return lines


def _release_parts(line: _Line, at: int, stop: int) -> list[_Line] | None:
    """The marker line as lines: the heading (issuer, marker and date, removed), then the
    headline and the first sentence when a Title Case headline stands after the date.  The
    line's cuts inside the heading go with it; None when one would straddle two parts."""
    text = line.text
    end = max(stop, at)
    cut = len(text[:end].rstrip())
    heading = _Line(line.start, line.start + cut, text[:cut], line.blank_before, reason=REASON)
    heading.marker = line.marker  # a list or heading mark before it is listed as removed still
    rest = end + len(text[end:]) - len(text[end:].lstrip())
    if rest >= len(text):
        parts = [heading]
    elif (split := _headline_end(text, rest)) is None:
        parts = [heading, _Line(line.start + rest, line.end, text[rest:], True)]
    else:
        start = split + len(text[split:]) - len(text[split:].lstrip())
        headline = _Line(line.start + rest, line.start + split, text[rest:split], True)
        parts = [heading, headline, _Line(line.start + start, line.end, text[start:], True)]
    for a, b, why in line.cuts:
        home = next((p for p in parts if p.start <= a and b <= p.end), None)
        if home is None and b > heading.end:
            return None
        if home is not None and home is not heading:
            home.cuts.append((a, b, why))
    return parts


def _issuer(text: str) -> bool:
    """What stands before the marker in its line names the issuer: a few words, each
    capitalised or a small word ("Office of the Press Secretary"), no sentence."""
    words = text.replace("|", " ").split()
    if len(words) > ISSUER_WORDS_MAX or _SENTENCE_END.search(text.rstrip()):
        return False
    return all(w[:1].isupper() or w.lower() in _SMALL or not w[:1].isalnum() for w in words)


def _headline_end(text: str, at: int) -> int | None:
    """Where a Title Case headline starting at ``at`` ends, before the first sentence's opener."""
    lo, hi = RELEASE_HEAD_WORDS
    for m in _OPENER.finditer(text, at):
        words = text[at : m.start()].split()
        if (
            len(words) > hi
            or _SENTENCE_END.search(text[at : m.start()])
            or re.search(r"[.!?;]\s", text[at : m.start()])
        ):
            return None
        if len(words) >= lo and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL for w in words):
            return m.start()
    return None
