"""The staff lines that close a story: who contributed, the author's note, "Follow her on Twitter".

    Fox News' Jane Roe and John Doe contributed to this report.
    Jane Roe is a reporter for Fox News. Follow her on Twitter at @janeroe.
    Follow Sam Lee on Twitter: @samlee
    Copyright 2024 The Associated Press. All rights reserved.

Pasted copy often keeps them glued to the last paragraph, or (a story pasted as one line)
to the story itself; they are the outlet's furniture, not a fact of the event.  Only the
tail of a line is cut, and only when everything from the first such sentence to the line's
end is staff lines: a story sentence after them keeps them all.  "Follow ... on Twitter"
takes the rest of the line with it (the outlet's licence notice, a handle), up to
``FOLLOW_TAIL_WORDS_MAX`` words; an author's note ("X is a reporter for Y.") counts only
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
_CONTRIBUTED = re.compile(
    r"[A-Z][^.!?]{0,200}?\scontributed\s+(?:to\s+this\s+(?:report|story|article)|(?:additional\s+)?reporting"
    r"|research)(?:\s+(?:from|in)\s+[A-Z][^.!?]{0,60})?\.[\"'”’)]*"
)
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
_STARTS = re.compile(r"(?:^|(?<=[.!?\"”’)])\s+)(?=[A-Z])")
_KEYS = ("contributed", "Follow", "Copyright", "©", "rights reserved")

REASON = "staff line (contributors, author, follow)"


def staff_tail(text: str) -> list[tuple[int, int, str]]:
    """The staff lines that end ``text``, as one cut (start, end, reason); none: []."""
    if not any(k in text for k in _KEYS):
        return []
    for m in _STARTS.finditer(text):
        start = m.end()
        if _all_staff(text, start):
            return [(start, len(text.rstrip()), REASON)]
    return []


def _all_staff(text: str, pos: int) -> bool:
    """Everything from ``pos`` to the end is staff lines (see the module docstring)."""
    note = False  # the last sentence read was an author's note: another staff line must follow
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return not note
        if m := _FOLLOW.match(text, pos):
            return len(text[m.end() :].split()) <= FOLLOW_TAIL_WORDS_MAX
        if m := _CONTRIBUTED.match(text, pos):
            pos, note = m.end(), False
            continue
        if m := _COPYRIGHT.match(text, pos):
            pos, note = m.end(), False
            continue
        if m := _AUTHOR_NOTE.match(text, pos):
            pos, note = m.end(), True
            continue
        return False
