"""Labels a page sets before its headline or before a paragraph's first sentence.

- A section label before the headline: "Op-Ed: Why masks should return", "Analysis: ...",
  "Breaking: ...".  The words are the sections and story kinds of news sites (a table of
  furniture words, ``SECTION_LABELS``); a name before a colon ("Biden: we will win") is the
  headline's own speaker and stays.
- An update label opening a paragraph with no date after it: "Updated: Rick Santorum on
  Sunday ...", "UPDATE — The mayor ...".  Only with its colon or dash and a capital after it:
  "Updated figures show ..." is a sentence.

The title is the headline without them; a word in capitals before a colon on the headline's
line ("NCAA: Improper gifts ...") is the headline's own, not a dateline.
"""

from __future__ import annotations

import re

from reader.clean.datelines import _DASHES_IN
from reader.clean.lines import _Line

# Sections and kinds of story that sites print before a headline with a colon; each is page
# furniture, not a word of the headline (a person's or a place's name before a colon is)
SECTION_LABELS = frozenset(
    """op-ed oped opinion analysis editorial commentary column explainer review exclusive
    breaking watch live perspective interview obituary podcast video photos essay satire
    letters fact-check""".split()
) | frozenset(
    {
        "breaking news",
        "news analysis",
        "fact check",
        "letter to the editor",
        "first look",
        "must see",
        "must read",
    }
)
_SECTION = re.compile(r"(?P<label>[A-Za-z][A-Za-z\- ]{1,24}?)\s*:\s+(?=[\"“‘'A-Za-z0-9])")
HEADLINE_WORDS_MIN = 3  # what follows the label must still be a headline


def section_label(title: str) -> int | None:
    """Where the headline starts after a section label ("Op-Ed: ..."), or None."""
    m = _SECTION.match(title)
    if m is None or m.group("label").lower() not in SECTION_LABELS:
        return None
    if len(title[m.end() :].split()) < HEADLINE_WORDS_MIN:
        return None
    return m.end()


def cut_section_label(line: _Line, title: str) -> str:
    """Cut a section label off the title line; return the headline without it."""
    if title != line.text[: len(title)]:
        return title
    at = section_label(title)
    if at is None:
        return _title_lead(line, title)
    label_end = line.start + len(title[:at].rstrip())
    # a label in capitals was read as a dateline ("OPINION: ..."): the label is the reason
    cuts = [c for c in line.cuts if not c[1] <= label_end]
    if any(a < line.start + at for a, _, _ in cuts):
        return title
    line.cuts = sorted([*cuts, (line.start, label_end, "section label before the headline")])
    return title[at:]


# "Updated:", "UPDATE -", "Update —" before the first word of a paragraph
_UPDATE_LABEL = re.compile(rf"(?:updated?|UPDATED?|Updated?)\s*(?::|\s[{_DASHES_IN}]{{1,2}})\s*(?=[\"“A-Z])")


def update_label(text: str) -> list[tuple[int, int, str]]:
    """An update label at the start of a line (with a date after it, the longer stamp cut of
    reader.clean.cuts takes its place)."""
    m = _UPDATE_LABEL.match(text)
    if m is None:
        return []
    return [(0, len(text[: m.end()].rstrip()), "update label")]


def _title_lead(line: _Line, title: str) -> str:
    """The title without an update label at its start ("UPDATE: Storm closes ..."); a word in
    capitals before a colon that was read as a dateline ("NCAA: Improper gifts ...") is the
    headline's own (a headline has no dateline): its cut is undone."""
    lead = next((c for c in line.cuts if c[0] == line.start), None)
    if lead is None:
        return title
    text = line.text[: lead[1] - line.start]
    label = _UPDATE_LABEL.match(title)
    if label is not None and len(text) <= label.end():
        return title[label.end() :]
    if lead[2] == "dateline" and text.endswith(":"):
        line.cuts.remove(lead)
    return title
