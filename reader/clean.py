"""Clean: separate the article from the web page it was pasted from.

Text copied from a news site carries the site around it: taglines, "Save for later",
"View Caption", newsletter promos, photo credits, "Recommended:" teasers, a footer of
account features.  We detect them by *kind* (rules that fire on any site), never by a
list of one article's lines, and we throw nothing away: every removed line is returned
with the rule that removed it, so the reader can show it and the user can disagree.

The rules work on lines.  Signals that are safe on their own (a call to action, a credit,
a label prefix, a line repeated verbatim) mark a line directly; weaker ones (a short line
without sentence punctuation) only count in the page's header and footer or next to lines
already marked, so a sub-heading between two paragraphs of prose survives.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from reader.model import Removed


@dataclass(frozen=True, slots=True)
class Block:
    """A kept stretch of text (a paragraph or a heading) inside the document."""

    start: int
    end: int
    paragraph: int
    kind: str = "body"  # body | title | heading


@dataclass(frozen=True, slots=True)
class Cleaned:
    blocks: list[Block]
    removed: list[Removed]
    title: str | None


@dataclass(slots=True)
class _Line:
    start: int  # offset of the content (after indentation and bullet)
    end: int
    text: str
    blank_before: bool
    reason: str = ""

    @property
    def words(self) -> int:
        return len(self.text.split())


_BULLET = re.compile(r"^[ \t]*(?:[•·▪●◦‣\-*+]|\d+[.)])[ \t]+")
_MD_HEADING = re.compile(r"^[ \t]*(#{1,6})[ \t]+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")

# Calls to action and page furniture, by kind.  Each pattern names a habit of web pages,
# not a line of one article.
_FURNITURE: list[tuple[str, re.Pattern[str]]] = [
    (
        "account feature (saving, reading later)",
        re.compile(
            r"\b(save[ds]?\s+(for\s+later|this|items?)|saved\s+(items?|this)|read\s+later|"
            r"reading\s+list|from\s+any\s+device|user\s*name|failed\s+to\s+(save|load)|"
            r"already\s+saved|limit\s+of\s+\d*\s*saved|manage\s+(you|your)\s+saved|"
            r"saved\s*\(|bookmark(ed)?\b)",
            re.I,
        ),
    ),
    (
        "newsletter or subscription promo",
        re.compile(
            r"\b(newsletters?|subscribe|subscription|sign\s+up|to\s+your\s+inbox|"
            r"(daily|weekly|monthly)\s+(summary|digest|briefing|roundup|newsletter|email)|"
            r"stories\s+you\s+care\s+about|delivered\s+to\s+you)\b",
            re.I,
        ),
    ),
    (
        "advertising label",
        re.compile(r"\b(video\s+ads?|advertisement|sponsored(\s+content)?|ad\s+choices|about\s+ads)\b", re.I),
    ),
    (
        "call to action",
        re.compile(
            r"\b(click\s+here|tap\s+here|read\s+more|learn\s+more|share\s+(this|on)|follow\s+us|"
            r"we\s+want\s+to\s+hear|give\s+us\s+a\s+rating|did\s+we\s+miss|let\s+us\s+know|"
            r"here\s+are\s+some\s+ways|make\s+a\s+difference|leave\s+a\s+comment|"
            r"join\s+the\s+conversation|please\s+visit|log\s*in|sign\s+in|download\s+(our|the)\s+app|"
            r"cookie(s)?\s+(policy|settings)|privacy\s+policy|terms\s+of\s+(use|service)|"
            r"all\s+rights\s+reserved|skip\s+to\s+(main\s+)?content)\b",
            re.I,
        ),
    ),
]

# "Recommended: ...", "Related: ...", "READ MORE: ..." -- a teaser for another page.
_LABEL_PREFIX = re.compile(
    r"^(recommended|related(\s+(stories|articles|content|coverage))?|read\s+more|see\s+also|"
    r"more\s+(from|on)[^:]{0,30}|most\s+(read|popular|viewed)|watch|listen|trending|"
    r"editor'?s\s+picks?|also\s+read|don'?t\s+miss|advertisement|sponsored|photo|credit|"
    r"image|video|graphic)\s*[:|>\-–]",
    re.I,
)

# Interface words that, alone on a short line, are buttons or menu entries.
_UI_WORDS = {
    "close", "open", "menu", "share", "tweet", "email", "print", "comments", "comment",
    "view", "caption", "gallery", "next", "previous", "prev", "back", "top", "home",
    "more", "less", "expand", "collapse", "play", "pause", "mute", "unmute", "replay",
    "subscribe", "login", "logout", "search", "save", "saved", "like", "follow",
    "facebook", "twitter", "linkedin", "whatsapp", "reddit", "pinterest", "copy", "link",
    "show", "hide", "items", "item", "edition", "advertisement", "ad", "ads", "video",
    "photos", "photo", "image", "images", "skip", "continue", "reading", "loading",
}

# Photo and wire credits: "Claude Paris/AP", "(AP Photo/Michel Euler)", "Reuters/...",
# "Photo: Jane Doe", "Getty Images", and agency bylines at the end of wire copy.
_AGENCIES = r"(AP|AFP|Reuters|Getty(\s+Images)?|EPA|Xinhua|Bloomberg|PA|ANP|dpa|Shutterstock|Sipa|Alamy)"
_CREDIT = re.compile(
    rf"^\(?([A-Z][\w.'\-]+(\s+[A-Z][\w.'\-]+){{0,3}}\s*/\s*{_AGENCIES}(\s+Photo)?|"
    rf"{_AGENCIES}(\s+Photo)?\s*/\s*[A-Z][\w.'\-]+(\s+[A-Z][\w.'\-]+){{0,3}}|"
    rf"(photo|image|picture|credit|photograph)s?\s*(by|:)\s*.+|"
    rf"\(?(reporting|additional\s+reporting|editing|writing)\s+by\s+.+)\)?\s*$",
    re.I,
)


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    blank = True
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        start, end = pos, pos + len(body)
        pos += len(raw)
        stripped = body.strip()
        if not stripped:
            blank = True
            continue
        lead = len(body) - len(body.lstrip())
        m = _BULLET.match(body) or _MD_HEADING.match(body)
        if m:
            lead = m.end()
        content = body[lead:].rstrip()
        if not content:
            blank = True
            continue
        lines.append(_Line(start + lead, start + lead + len(content), content, blank))
        blank = False
    return lines


def _is_short_label(line: _Line) -> bool:
    """A few words with no sentence punctuation: a heading, a tagline or a button."""
    return line.words <= 8 and not _SENTENCE_END.search(line.text)


def _furniture_reason(line: _Line) -> str:
    text = line.text
    if _CREDIT.match(text) and line.words <= 12:
        return "photo or wire credit"
    if _LABEL_PREFIX.match(text) and line.words <= 25:
        return "teaser for another page"
    words = re.findall(r"[a-z]+", text.lower())
    if words and len(words) <= 4 and all(w in _UI_WORDS or len(w) <= 2 for w in words):
        if any(w in _UI_WORDS for w in words):
            return "navigation or button label"
    if line.words <= 40:
        for reason, pattern in _FURNITURE:
            if pattern.search(text):
                return reason
    if re.fullmatch(r"[\W\d_]+", text):
        return "no words (separator or counter)"
    return ""


def _prose(line: _Line) -> bool:
    return line.words >= 12 and not line.reason


def clean(text: str, *, enabled: bool = True, one_unit_per_line: bool = False) -> Cleaned:
    """Split ``text`` into kept blocks and removed lines; find the title.

    ``enabled=False`` keeps every line (for texts that are not web pages).
    ``one_unit_per_line`` makes every line its own paragraph (verse, subtitles, lists).
    """
    lines = _split_lines(text)
    if enabled and not one_unit_per_line:
        _mark(lines)
    elif enabled:
        for line in lines:  # line-per-unit texts: only the safe signals, no region rules
            if line.words <= 6:
                line.reason = _furniture_reason(line)

    kept = [ln for ln in lines if not ln.reason]
    title: str | None = None
    title_line: _Line | None = None
    if not one_unit_per_line and kept:
        first = kept[0]
        following = kept[1] if len(kept) > 1 else None
        md = _MD_HEADING.match(text[text.rfind("\n", 0, first.start) + 1 : first.start + 1])
        if md or (_is_short_label(first) or first.words <= 20 and not first.text.endswith(".")) and (
            following is not None and following.words > first.words
        ):
            title, title_line = first.text, first

    blocks: list[Block] = []
    para = -1
    joined = _hard_wrapped(lines)
    prev: _Line | None = None
    for ln in kept:
        new_para = (
            prev is None
            or ln.blank_before
            or not joined
            or bool(_SENTENCE_END.search(prev.text)) and ln.text[:1].isupper()
        )
        if new_para:
            para += 1
        kind = "title" if ln is title_line else ("heading" if _is_short_label(ln) else "body")
        if not new_para and blocks:
            last = blocks[-1]
            blocks[-1] = Block(last.start, ln.end, last.paragraph, last.kind)
        else:
            blocks.append(Block(ln.start, ln.end, para, kind))
        prev = ln
    removed = [Removed(ln.text, ln.start, ln.end, ln.reason) for ln in lines if ln.reason]
    return Cleaned(blocks, removed, title)


def _hard_wrapped(lines: list[_Line]) -> bool:
    """True when single newlines are line wrapping, not paragraph breaks (e-mail, Gutenberg)."""
    if len(lines) < 6:
        return False
    lengths = sorted(len(ln.text) for ln in lines)
    median = lengths[len(lengths) // 2]
    continued = sum(1 for ln in lines if not ln.blank_before)
    return 45 <= median <= 80 and lengths[-1] <= 100 and continued > len(lines) // 2


def _mark(lines: list[_Line]) -> None:
    """Give every boilerplate line its reason, in three passes from safe to weak signals."""
    # 1. signals safe on their own
    for line in lines:
        line.reason = _furniture_reason(line)
    # 2. a short line without punctuation, repeated verbatim, is page chrome
    counts = Counter(ln.text.lower() for ln in lines if _is_short_label(ln))
    for line in lines:
        if not line.reason and _is_short_label(line) and counts[line.text.lower()] > 1:
            line.reason = "repeated short line"
    # 3. regions: before the first prose paragraph, only the last short line (the headline)
    #    stays; after the last prose paragraph, short lines and lines among marked ones go.
    first_prose = next((i for i, ln in enumerate(lines) if _prose(ln)), None)
    if first_prose is not None:
        head = [i for i in range(first_prose) if not lines[i].reason]
        headline = head[-1] if head else None
        for i in head:
            if i != headline and _is_short_label(lines[i]):
                lines[i].reason = "site header or section tagline"
    last_prose = next((i for i in range(len(lines) - 1, -1, -1) if _prose(lines[i])), None)
    if last_prose is not None:
        tail = list(range(last_prose + 1, len(lines)))
        # the footer starts at its first short label or marked line; a short sentence
        # right after the last paragraph is still the article's
        start = next((i for i in tail if lines[i].reason or _is_short_label(lines[i])), None)
        if start is not None:
            marked = sum(1 for i in tail if lines[i].reason)
            for i in range(start, len(lines)):
                if not lines[i].reason and (marked >= 2 or _is_short_label(lines[i])):
                    lines[i].reason = "page footer"
    # 4. a short label squeezed between boilerplate lines is boilerplate too
    for i, line in enumerate(lines):
        if line.reason or not _is_short_label(line):
            continue
        before = lines[i - 1].reason if i > 0 else ""
        after = lines[i + 1].reason if i + 1 < len(lines) else ""
        if before and after:
            line.reason = "page furniture between boilerplate"
