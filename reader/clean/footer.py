"""The staff lines that close a story: who contributed, the author's note, "Follow her on Twitter".

    Fox News' Jane Roe and John Doe contributed to this report.
    Jane Roe is a reporter for Fox News. Follow her on Twitter at @janeroe.
    Follow Sam Lee on Twitter: @samlee
    Copyright 2024 The Associated Press. All rights reserved.
    Copyright © 2016 The Washington Times, LLC.
    This article originally appeared on Fox News.
    A version of this article appears in print on ... with the headline: ...

Pasted copy often keeps them glued to the last paragraph, or (a story pasted as one line)
to the story itself; they are the outlet's furniture, not a fact of the event.  Only the
tail of a line is cut, and only when everything from the first such sentence to the line's
end is staff lines: a story sentence after them keeps them all.  Who contributed is named
(two capitalised words at least: "Scientists at three universities contributed research" is
the story's).  "Follow ... on Twitter" takes the rest of the line with it (the outlet's
licence notice, a handle), up to ``FOLLOW_TAIL_WORDS_MAX`` words and with nobody said to say
anything in it; an author's note ("X is a reporter for Y.") counts only
before another staff line, since on its own it may be a fact of the story. Other furniture the
cleaner cut from the line ("Click here for reprint permission.", a newsletter promo) may stand
among the staff lines; it keeps its own cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.clean.datelines import _DASHES_IN

# After "Follow ... on Twitter" the rest of the line goes: a handle, the outlet's licence or
# contact notice (some forty words).  A longer rest is story, and nothing is cut.
FOLLOW_TAIL_WORDS_MAX = 60

_NAME = r"[A-Z][\w'’.\-]*"
_SOCIAL = r"(?:Twitter|X|Facebook|Instagram|Threads|Bluesky|LinkedIn|TikTok|Mastodon)"
_WHO = rf"(?:her|him|them|me|us|the\s+author|{_NAME}(?:\s+{_NAME}){{0,3}})"
_FOLLOW = re.compile(rf"Follow\s+{_WHO}\s+on\s+{_SOCIAL}\b")
# a full stop that ends no sentence inside a name: an initial ("John D. Smith") or a short
# title ("St.", "Mr."); a look-behind is of one width, so the titles go by length
_SHORT_TITLES = ("St", "Mr", "Ms", "Dr", "Jr", "Sr", "Mrs")
_BY_WIDTH = ("|".join(t for t in _SHORT_TITLES if len(t) == n) for n in (2, 3))
_NAME_DOT = "(?:" + "|".join([r"(?<=\b[A-Z])\.", *(rf"(?<=\b(?:{ts}))\." for ts in _BY_WIDTH)]) + ")"
_CONTRIBUTED = re.compile(
    rf"(?P<who>[A-Z](?:[^.!?]|{_NAME_DOT}){{0,200}}?)\scontributed\s+(?:to\s+this\s+(?:report|story|article)"
    r"|(?:additional\s+)?reporting|research)(?:\s+(?:from|in)\s+[A-Z][^.!?]{0,60})?\.[\"'”’)]*"
)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’\-]*")
_AUTHOR_NOTE = re.compile(
    rf"{_NAME}(?:\s+{_NAME}){{0,3}}\s+is\s+an?\s+(?:[\w\-]+\s+){{0,3}}(?i:reporter|correspondent|writer|editor"
    r"|producer|journalist|columnist|contributor)\s+(?:for|at|with)\s+[^.!?]{1,60}\."
)
# the wire's notice: "Copyright 2024 The Associated Press. All rights reserved. This material
# may not be published, broadcast, rewritten or redistributed."
# (the mark as pages write it: "Copyright", "©", "(c)", or both: "Copyright © 2016 The
# Washington Times, LLC."; a year or a span of years: "© 2010-2016 Harbour Press.")
_MARK = r"(?:Copyright\s*(?:©|\([Cc]\))?|©|\([Cc]\))"
_YEARS = rf"\d{{4}}(?:\s*[{_DASHES_IN}]\s*\d{{4}})?"
_COPYRIGHT = re.compile(
    rf"(?:{_MARK}\s*(?:{_YEARS}\s+)?[^.!?]{{0,80}}\.\s*)?All\s+rights\s+reserved\.(?:\s+This\s+material\s+may\s+not"
    rf"\s+be\s+[^.!?]{{0,80}}\.)?|{_MARK}\s*{_YEARS}\s+[^.!?]{{0,80}}\."
)
# where the story was first printed: "This article originally appeared on Fox News.", "This
# story was first published by The Harbour Gazette.", "This article is republished from The
# Conversation under a Creative Commons license."; the outlet is a name ("HarbourPress.com"),
# so a sentence that goes on about it ("... on Fox News, but the network retracted it.") stays
_OUTLET = r"[A-Z][\w'’&\-]*(?:\.\w[\w'’&\-]*)*"
_FIRST_PRINTED = re.compile(
    r"This\s+(?:article|story|report|piece|post|column|interview|essay)\s+(?:was\s+|is\s+|has\s+been\s+)?"
    r"(?:(?:originally|first)\s+(?:appeared|published|ran|posted)|republished)\s+(?:on|in|at|by|from)\s+"
    rf"{_OUTLET}(?:\s+(?:(?:of|and|&|the)\s+)?{_OUTLET}){{0,6}}(?:\s+under\s+a\s+Creative\s+Commons\s+licen[cs]e)?\."
)
# the print edition's note: "A version of this article appears in print on October 12, 2012,
# on page A16 of the New York edition with the headline: ...", the headline running to the
# line's end (at most FOLLOW_TAIL_WORDS_MAX words: see _TAIL)
_IN_PRINT = re.compile(
    r"A\s+version\s+of\s+this\s+(?:article|story|review|column|report|obituary|interview)\s+"
    r"(?:appears|appeared)\s+in\s+print\s+on\s+[^:!?]{0,160}?\s+with\s+the\s+headline\s*:"
)
# where a sentence may start: the line's start, or after a sentence end and white space
# (not after an initial or a short title: "John D. | Smith")
_STARTS = re.compile(r"(?:^|(?<=[.!?\"”’)])\s+)(?=[A-Z©]|\([Cc]\)|[•·▪]\s*[A-Z])")
_AFTER_NAME_DOT = re.compile(rf"(?:\b[A-Z]|\b(?:{'|'.join(_SHORT_TITLES)}))\.\s*$")
_KEYS = (
    "contributed", "Follow", "Copyright", "©", "(c)", "(C)", "rights reserved", "originally",
    "first appeared", "first published", "first ran", "first posted", "republished", "in print",
)  # fmt: skip
# the rest of a line after "Follow ... on Twitter": at most FOLLOW_TAIL_WORDS_MAX words, read
# with a bounded pattern (never the whole rest of a long line), and no reporting verb in it
_TAIL = re.compile(rf"\s*(?:\S+\s*){{0,{FOLLOW_TAIL_WORDS_MAX}}}")
_REPORTED = re.compile(r"\b(?:said|says|told|according)\b")

REASON = "staff line (contributors, author, copyright, where first printed)"


def staff_tail(text: str, cuts: Sequence[tuple[int, int, str]] = ()) -> list[tuple[int, int, str]]:
    """The staff lines that end ``text``, as cuts (start, end, reason); none: [].

    ``cuts`` is the furniture other rules found in the line ("Click here for reprint
    permission.", a newsletter promo): staff lines may stand after or around it, and it keeps
    its own cut and reason; the staff lines around it are cut one piece each."""
    if not any(k in text for k in _KEYS):
        return []
    jumps = {a: b for a, b, _ in cuts}
    failed: set[tuple[int, bool]] = set()  # (position, after a note) read before: not staff to the end
    starts = sorted({m.end() for m in _STARTS.finditer(text)} | {b for _, b, _ in cuts})
    for start in starts:
        if _AFTER_NAME_DOT.search(text, max(0, start - 6), start):
            continue
        if _all_staff(text, start, failed, jumps):
            return _around(text, start, sorted((a, b) for a, b, _ in cuts if a >= start))
    return []


def _around(text: str, start: int, cuts: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """text[start:] but the ``cuts`` in it, in pieces trimmed of white space."""
    out, pos = [], start
    for a, b in [*cuts, (len(text), len(text))]:
        piece = text[pos:a]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((pos + lead, pos + len(piece.rstrip()), REASON))
        pos = max(pos, b)
    return out


_GAP = frozenset(" \t\n\r\u00a0•·▪")  # between staff lines: white space and bullets


def _all_staff(text: str, pos: int, failed: set[tuple[int, bool]], jumps: dict[int, int]) -> bool:
    """Everything from ``pos`` to the end is staff lines (see the module docstring), or other
    furniture already cut (``jumps``: from a cut's start to its end), one staff line at least.

    A chain of sentences that fails fails from every position it passed through: those are
    remembered in ``failed``, so each position is read once for the whole line (linear)."""
    note = False  # the last sentence read was an author's note: another staff line must follow
    found = False
    seen: list[tuple[int, bool]] = []
    while True:
        while pos < len(text) and (text[pos] in _GAP or text[pos].isspace() or pos in jumps):
            pos = max(jumps.get(pos, pos), pos + 1)
        if pos >= len(text):
            ok = found and not note
            break
        if (pos, note) in failed:
            ok = False
            break
        seen.append((pos, note))
        if (m := _FOLLOW.match(text, pos)) or (m := _IN_PRINT.match(text, pos)):
            tail = _TAIL.match(text, m.end())
            ok = tail is not None and tail.end() == len(text)
            ok = ok and (m.re is _IN_PRINT or not _REPORTED.search(text, m.end()))
            break
        if (m := _CONTRIBUTED.match(text, pos)) and len(_CAPITALISED.findall(m.group("who"))) >= 2:
            pos, note, found = m.end(), False, True
            continue
        if (m := _COPYRIGHT.match(text, pos)) or (m := _FIRST_PRINTED.match(text, pos)):
            pos, note, found = m.end(), False, True
            continue
        if m := _AUTHOR_NOTE.match(text, pos):
            pos, note, found = m.end(), True, True
            continue
        ok = False
        break
    if not ok:
        failed.update(seen)
    return ok
