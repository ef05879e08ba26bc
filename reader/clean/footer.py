"""The staff lines that close a story: who contributed, the author's note, "Follow her on Twitter".

    Fox News' Jane Roe and John Doe contributed to this report.
    Jane Roe is a reporter for Fox News. Follow her on Twitter at @janeroe.
    Follow Sam Lee on Twitter: @samlee
    Copyright 2024 The Associated Press. All rights reserved.

Pasted copy often keeps them glued to the last paragraph, or (a story pasted as one line)
to the story itself; they are the outlet's furniture, not a fact of the event.  Only the
tail of a line is cut, and only when everything from the first such sentence to the line's
end is staff lines: a story sentence after them keeps them all.  Who contributed is named
(two capitalised words at least: "Scientists at three universities contributed research" is
the story's).  "Follow ... on Twitter" takes the rest of the line with it (the outlet's
licence notice, a handle), up to ``FOLLOW_TAIL_WORDS_MAX`` words and with nobody said to say
anything in it; an author's note ("X is a reporter for Y.") counts only
before another staff line, since on its own it may be a fact of the story.
"""

from __future__ import annotations

import re

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
_COPYRIGHT = re.compile(
    r"(?:(?:Copyright|©)\s*(?:\d{4}\s+)?[^.!?]{0,80}\.\s*)?All\s+rights\s+reserved\.(?:\s+This\s+material\s+may\s+not"
    r"\s+be\s+[^.!?]{0,80}\.)?|(?:Copyright|©)\s*\d{4}\s+[^.!?]{0,80}\."
)
# where a sentence may start: the line's start, or after a sentence end and white space
# (not after an initial or a short title: "John D. | Smith")
_STARTS = re.compile(r"(?:^|(?<=[.!?\"”’)])\s+)(?=[A-Z])")
_AFTER_NAME_DOT = re.compile(rf"(?:\b[A-Z]|\b(?:{'|'.join(_SHORT_TITLES)}))\.\s*$")
_KEYS = ("contributed", "Follow", "Copyright", "©", "rights reserved")
# the rest of a line after "Follow ... on Twitter": at most FOLLOW_TAIL_WORDS_MAX words, read
# with a bounded pattern (never the whole rest of a long line), and no reporting verb in it
_TAIL = re.compile(rf"\s*(?:\S+\s*){{0,{FOLLOW_TAIL_WORDS_MAX}}}")
_REPORTED = re.compile(r"\b(?:said|says|told|according)\b")

REASON = "staff line (contributors, author, follow)"


def staff_tail(text: str) -> list[tuple[int, int, str]]:
    """The staff lines that end ``text``, as one cut (start, end, reason); none: []."""
    if not any(k in text for k in _KEYS):
        return []
    failed: set[tuple[int, bool]] = set()  # (position, after a note) read before: not staff to the end
    for m in _STARTS.finditer(text):
        start = m.end()
        if _AFTER_NAME_DOT.search(text, max(0, start - 6), start):
            continue
        if _all_staff(text, start, failed):
            return [(start, len(text.rstrip()), REASON)]
    return []


def _all_staff(text: str, pos: int, failed: set[tuple[int, bool]]) -> bool:
    """Everything from ``pos`` to the end is staff lines (see the module docstring).

    A chain of sentences that fails fails from every position it passed through: those are
    remembered in ``failed``, so each position is read once for the whole line (linear)."""
    note = False  # the last sentence read was an author's note: another staff line must follow
    seen: list[tuple[int, bool]] = []
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            ok = not note
            break
        if (pos, note) in failed:
            ok = False
            break
        seen.append((pos, note))
        if m := _FOLLOW.match(text, pos):
            tail = _TAIL.match(text, m.end())
            ok = tail is not None and tail.end() == len(text) and not _REPORTED.search(text, m.end())
            break
        if (m := _CONTRIBUTED.match(text, pos)) and len(_CAPITALISED.findall(m.group("who"))) >= 2:
            pos, note = m.end(), False
            continue
        if m := _COPYRIGHT.match(text, pos):
            pos, note = m.end(), False
            continue
        if m := _AUTHOR_NOTE.match(text, pos):
            pos, note = m.end(), True
            continue
        ok = False
        break
    if not ok:
        failed.update(seen)
    return ok
