"""Lines of a pasted page: their offsets, marks and the blocks and result the cleaner returns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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
    heading: bool = False  # written as a Markdown heading ("## ..."): the author's structure
    wrapped: bool = False  # one line of a hard-wrapped paragraph, not a unit of its own
    marker: tuple[int, int, str] | None = None  # a stripped list or heading mark (start, end, reason)
    # furniture cut out of a kept line (absolute start, end, reason): a stamp, a dateline,
    # a photo credit or a teaser glued to a sentence of the story
    cuts: list[tuple[int, int, str]] = field(default_factory=list)
    # the number of words of ``text``, counted once: the rules ask for it some ten times a line
    words: int = field(init=False, default=0)
    # (reason, proven) of the furniture_kind rule, once asked (reader.clean.furniture)
    kind: tuple[str, bool] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.words = len(self.text.split())


# A list marker: a bullet or a number of at most two digits ("2013. The NSA ..." is a year
# that starts a sentence, not item 2013 of a list).
_BULLET = re.compile(r"^[ \t]*(?:[•·▪●◦‣\-*+]|\d{1,2}[.)])[ \t]+")
_MD_HEADING = re.compile(r"^[ \t]*(#{1,6})[ \t]+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


# a line ends at "\n", "\r\n" or "\r" only: str.splitlines also breaks at "\x1c"-"\x1e",
# "\x85", "\u2028" and "\u2029", which the rest of the cleaner and the segmenter do not
# (a removed "0" after "\x1e" lay inside a sentence)
_RAW_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")


def _split_lines(text: str, *, strip_marks: bool = True) -> list[_Line]:
    """Non-blank lines with their offsets; list and heading marks are stripped (and kept
    on the line, to be listed as removed) unless ``strip_marks`` is false."""
    lines: list[_Line] = []
    pos = 0
    blank = True
    for found in _RAW_LINE.finditer(text):
        raw = found.group()
        if not raw:
            break
        body = raw.rstrip("\r\n")
        start = pos
        pos += len(raw)
        stripped = body.strip()
        if not stripped:
            blank = True
            continue
        lead = len(body) - len(body.lstrip())
        heading = _MD_HEADING.match(body) if strip_marks else None
        m = (_BULLET.match(body) if strip_marks else None) or heading
        marker: tuple[int, int, str] | None = None
        if m and not body[m.end() :].strip():
            m = heading = None  # a lone "-" or "1." is the line's content, not a mark
        if m:
            mark = body[lead : m.end()].rstrip()
            marker = (start + lead, start + lead + len(mark), "heading mark" if heading else "list marker")
            lead = m.end()
        content = body[lead:].rstrip()
        if not content:
            blank = True
            continue
        line = _Line(start + lead, start + lead + len(content), content, blank, heading=bool(heading))
        line.marker = marker
        lines.append(line)
        blank = False
    return lines


def _hard_wrapped(lines: list[_Line]) -> bool:
    """True when single newlines are line wrapping, not paragraph breaks (e-mail, Gutenberg)."""
    if len(lines) < 6:
        return False
    lengths = sorted(len(ln.text) for ln in lines)
    median = lengths[len(lengths) // 2]
    continued = sum(1 for ln in lines if not ln.blank_before)
    return 45 <= median <= 80 and lengths[-1] <= 100 and continued > len(lines) // 2


def _mark_wrapped(lines: list[_Line]) -> None:
    """Flag the lines of hard-wrapped prose paragraphs (several long lines, many words).

    A navigation list has short lines; a wrapped paragraph has lines near the wrap width
    except its last, which may be a single word.
    """
    if not lines:
        return
    median = sorted(len(ln.text) for ln in lines)[len(lines) // 2]
    groups: list[list[_Line]] = []
    for ln in lines:
        if ln.blank_before or not groups:
            groups.append([])
        groups[-1].append(ln)
    for group in groups:
        if len(group) < 2 or sum(ln.words for ln in group) < 12:
            continue
        if all(len(ln.text) >= 0.5 * median for ln in group[:-1]):
            for ln in group:
                ln.wrapped = True


_MID_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[\"“‘(]?[A-Z]")


def _prose(line: _Line) -> bool:
    return (line.words >= 12 or line.wrapped) and not line.reason


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]{4,}", text.lower()) if w not in _COMMON}


_COMMON = frozenset(
    "that this with from have were been they their there about after said says will would".split()
)
