"""Labels a page sets before its headline or before a paragraph's first sentence.

- A section label before the headline: "Op-Ed: Why masks should return", "Analysis: ...",
  "Breaking: ...".  The words are the sections and story kinds of news sites (a table of
  furniture words, ``SECTION_LABELS``); a name before a colon ("Biden: we will win") is the
  headline's own speaker and stays.
- An update label opening a paragraph with no date after it: "Updated: Rick Santorum on
  Sunday ...", "UPDATE — The mayor ...".  Only with its colon or dash and a capital after it:
  "Updated figures show ..." is a sentence.
- A list of highlights before the story: "Story highlights <points without full stops>
  Washington CNN — <the story>"; pasted as text, the points and the dateline run into the
  first sentence.  The label and the points are cut with the dateline; with no dateline in
  reach, only the label.

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


# "Story highlights", "Key points", "Highlights": the label of a list of points before the story
_HIGHLIGHTS = re.compile(
    r"(?:Story\s+highlights|STORY\s+HIGHLIGHTS|Key\s+points|KEY\s+POINTS|Highlights)\b\s*:?\s*(?=[A-Z\"“‘'])"
)
# the two-word label also after a caption's last sentence or a photo credit in the same line
_HIGHLIGHTS_INSIDE = re.compile(
    r"(?<=[.!?\"”’)A-Z]\s)(?:Story\s+highlights|STORY\s+HIGHLIGHTS)\b\s*:?\s*(?=[A-Z\"“‘'])"
)
# the dateline that opens the story after the points, its agency's brackets often lost in the
# paste: "Washington CNN —", "CNN —", "NEW YORK (Reuters) -"
_STORY_DATELINE = re.compile(
    rf"(?:[A-Z][\w.'’-]*,?\s+){{0,3}}\(?(?:CNN|AP|Reuters|AFP|Bloomberg)\)?\s*[{_DASHES_IN}]{{1,2}}\s*(?=[\"“A-Z])"
)
# the points are a few short lines: at most this many characters before the dateline
HIGHLIGHTS_CHARS_MAX = 600


def highlights(text: str) -> list[tuple[int, int, str]]:
    """A list of highlights opening a line (or after a caption in it), cut with the story's
    dateline (see above)."""
    if "ighlights" not in text and "oints" not in text and "IGHLIGHTS" not in text and "OINTS" not in text:
        return []
    m = _HIGHLIGHTS.match(text) or _HIGHLIGHTS_INSIDE.search(text)
    if m is None:
        return []
    a = m.start()
    for d in _STORY_DATELINE.finditer(text, m.end(), m.end() + HIGHLIGHTS_CHARS_MAX):
        if re.search(r"[.!?][\"”’)]?\s", text[m.end() : d.start()] + " "):
            break  # a sentence of the story came first: the points end before it
        return [(a, len(text[: d.end()].rstrip()), "story highlights")]  # with the dateline
    return [(a, len(text[: m.end()].rstrip()), "story highlights")]


def paragraph_labels(text: str) -> list[tuple[int, int, str]]:
    """The labels a paragraph may open with: an update label, a list of highlights."""
    return update_label(text) + highlights(text)
