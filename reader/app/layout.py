"""Wrapping one article to a pane width: blocks of text -> screen lines, and back.

The pane is a Line-API widget: it only renders the lines on screen.  For that it needs,
for every screen line, which block (paragraph) and which characters it shows, and for
every sentence its first and last line (to scroll to it, to level it with its partner)
-- both directions as flat lists, so a key press costs a lookup, not a scan.  Kept free
of Textual so it can be timed and tested on its own; only Rich's cell widths are used.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

from rich.cells import cell_len, get_character_cell_size

from reader.model import Document

PieceKind = Literal["sentence", "removed"]


def _display_table() -> dict[int, str]:
    """Whitespace that would break the one-row-per-line promise is shown as a space, and
    anything a terminal could act on as a visible stand-in (a control picture, U+FFFD) --
    load() has done that already, but a Document may be built by hand.  One character
    for one, so offsets into the sentence stay valid; one table, so one pass."""
    table = {code: chr(0x2400 + code) for code in range(0x20)}
    table[0x7F] = "\u2421"
    bidi = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    for code in [*range(0x80, 0xA0), *map(ord, bidi), *range(0xD800, 0xE000)]:
        table[code] = "\ufffd"
    for ch in "\n\r\t\v\f\u2028\u2029":
        table[ord(ch)] = " "
    return table


_FLATTEN = _display_table()
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


@dataclass(slots=True)
class Piece:
    """One sentence (or one removed stretch) inside a block: ``block.text[start:end]``."""

    kind: PieceKind
    ident: int
    start: int
    end: int


@dataclass(slots=True)
class Block:
    """A paragraph as one running text: its sentences joined by a space."""

    text: str
    pieces: list[Piece]
    blank_before: bool = False
    starts: list[int] = field(default_factory=list)

    def piece_at(self, offset: int) -> Piece | None:
        """The piece under a character offset (the joining space belongs to the left one)."""
        i = bisect_right(self.starts, offset) - 1
        return self.pieces[i] if i >= 0 else None


def build_blocks(doc: Document, *, show_removed: bool, paragraph_gap: bool) -> list[Block]:
    """The article as blocks in reading order.

    ``paragraph_gap`` puts a blank line between paragraphs (prose); without it, a blank
    line is kept only where the source had one (verse or subtitles split by line).
    Removed stretches, when shown, are blocks of their own at their place in the text.
    """
    items: list[tuple[int, PieceKind, int]] = [(s.start, "sentence", s.id) for s in doc.sentences]
    if show_removed:
        items.extend((r.start, "removed", i) for i, r in enumerate(doc.removed))
        items.sort(key=lambda t: (t[0], t[1] != "removed"))
    blocks: list[Block] = []
    parts: list[str] = []
    pieces: list[Piece] = []
    blank = False
    prev_kind: PieceKind | None = None
    prev_para = -1
    prev_end = 0
    pos = 0

    def flush() -> None:
        nonlocal parts, pieces, pos
        if pieces:
            blocks.append(Block("".join(parts), pieces, blank, [p.start for p in pieces]))
        parts, pieces, pos = [], [], 0

    for start, kind, ident in items:
        if kind == "sentence":
            s = doc.sentences[ident]
            text, end, para = s.text, s.end, s.paragraph
        else:
            r = doc.removed[ident]
            text, end, para = r.text, r.end, -2
        gap_blank = bool(_BLANK_LINE.search(doc.text, prev_end, start)) if start > prev_end else False
        new_block = prev_kind is None or kind == "removed" or prev_kind == "removed" or para != prev_para
        if new_block:
            flush()
            if prev_kind is not None:
                blank = gap_blank or (paragraph_gap and not (kind == prev_kind == "removed"))
        else:
            parts.append(" ")
            pos += 1
        flat = text.translate(_FLATTEN).strip() or " "
        pieces.append(Piece(kind, ident, pos, pos + len(flat)))
        parts.append(flat)
        pos += len(flat)
        prev_kind, prev_para, prev_end = kind, para, max(prev_end, end)
    flush()
    return blocks


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text`` to ``width`` cells, as ``(start, end)`` offsets.

    Breaks at spaces (the space is dropped), or inside a word longer than the line.
    The fast path (one cell per character, nearly every Latin text) jumps a line at a
    time with ``rfind`` instead of walking words: 31,000 verses wrap in a blink.
    """
    width = max(1, width)
    n = len(text)
    out: list[tuple[int, int]] = []
    if text.isascii() or cell_len(text) == n:
        pos = 0
        while pos < n:
            if n - pos <= width:
                out.append((pos, n))
                break
            cut = text.rfind(" ", pos, pos + width + 1)
            if cut <= pos:
                out.append((pos, pos + width))
                pos += width
            else:
                out.append((pos, cut))
                pos = cut + 1
            while pos < n and text[pos] == " ":
                pos += 1
        return out or [(0, 0)]
    # wide characters: walk the cells
    pos = 0
    while pos < n:
        cells = 0
        i = pos
        last_space = -1
        while i < n:
            w = get_character_cell_size(text[i])
            if cells + w > width:
                break
            if text[i] == " ":
                last_space = i
            cells += w
            i += 1
        if i >= n:
            out.append((pos, n))
            break
        if text[i] == " ":
            out.append((pos, i))
            pos = i + 1
        elif last_space > pos:
            out.append((pos, last_space))
            pos = last_space + 1
        else:
            i = max(i, pos + 1)
            out.append((pos, i))
            pos = i
        while pos < n and text[pos] == " ":
            pos += 1
    return out or [(0, 0)]


class Layout:
    """The wrapped article: screen line <-> block offsets <-> sentence."""

    def __init__(self, blocks: list[Block], n_sentences: int, width: int) -> None:
        self.blocks = blocks
        self.width = max(1, width)
        lb: list[int] = []
        ls: list[int] = []
        le: list[int] = []
        lsent: list[int] = []
        first = [0] * n_sentences
        last = [0] * n_sentences
        for bi, block in enumerate(blocks):
            if block.blank_before and lb:
                lb.append(-1)
                ls.append(0)
                le.append(0)
                lsent.append(-1)
            base = len(lb)
            lines = wrap(block.text, self.width)
            pieces = block.pieces
            pi = 0
            for a, b in lines:
                lb.append(bi)
                ls.append(a)
                le.append(b)
                # advance to the piece that holds offset a
                while pi + 1 < len(pieces) and pieces[pi + 1].start <= a:
                    pi += 1
                p = pieces[pi]
                lsent.append(p.ident if p.kind == "sentence" else -1)
            # first/last line of each sentence: two pointers over pieces and lines
            li = 0
            for p in pieces:
                if p.kind != "sentence":
                    continue
                while li + 1 < len(lines) and lines[li + 1][0] <= p.start:
                    li += 1
                first[p.ident] = base + li
                lj = li
                while lj + 1 < len(lines) and lines[lj + 1][0] < p.end:
                    lj += 1
                last[p.ident] = base + lj
        # Typed arrays, not lists: a list of 90,000 ints is a container the garbage
        # collector walks element by element on every full pass (30-90 ms for a whole
        # Bible, inside a key press); an array holds no objects and is never walked.
        self.line_block = array("i", lb)
        self.line_start = array("i", ls)
        self.line_end = array("i", le)
        self.line_sentence = array("i", lsent)  # sentence at the start of each line (-1: none)
        self.first_line = array("i", first)
        self.last_line = array("i", last)

    @property
    def height(self) -> int:
        return len(self.line_block)

    def sentence_near(self, y: int) -> int:
        """The first sentence shown at or below line ``y`` (or above, at the very end);
        -1 for an article without sentences."""
        n = len(self.line_sentence)
        for yy in range(max(0, y), n):
            if self.line_sentence[yy] >= 0:
                return self.line_sentence[yy]
        for yy in range(min(y, n - 1), -1, -1):
            if self.line_sentence[yy] >= 0:
                return self.line_sentence[yy]
        return -1

    def offset_at(self, y: int, x: int) -> tuple[Block, int] | None:
        """Block and character offset under cell ``x`` of line ``y`` (text cells only)."""
        if not 0 <= y < len(self.line_block) or self.line_block[y] < 0:
            return None
        block = self.blocks[self.line_block[y]]
        a, b = self.line_start[y], self.line_end[y]
        text = block.text[a:b]
        if text.isascii():
            off = min(max(0, x), max(0, len(text) - 1))
        else:
            cells, off = 0, 0
            for off, ch in enumerate(text):  # noqa: B007
                cells += get_character_cell_size(ch)
                if cells > x:
                    break
        return block, a + off

    def piece_at(self, y: int, x: int) -> Piece | None:
        """The sentence or removed stretch under a cell (for mouse clicks)."""
        hit = self.offset_at(y, x)
        if hit is None:
            return None
        block, off = hit
        return block.piece_at(off)
