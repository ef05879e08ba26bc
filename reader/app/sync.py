"""Scroll levelling: which line of the other pane sits level with a line of this one.

The two panes follow the alignment, not the line count: a linked sentence maps to its
partner (proportionally inside it, since the two may wrap to different heights); a
sentence with no partner is placed between the nearest linked sentences before and after
it, so both panes reach the next shared point together.  Pure arithmetic over the
navigator and the two wrapped layouts -- no Textual -- so it is tested like ``nav.py``.
"""

from __future__ import annotations

from reader.app.layout import Layout
from reader.app.nav import Navigator, other
from reader.model import Side

ScreenLine = int
"""A line of a wrapped article (0 is its first)."""


def map_line(
    nav: Navigator,
    here: Layout,
    there: Layout,
    side: Side,
    line: ScreenLine,
    sentence: int | None = None,
    link: int | None = None,
) -> ScreenLine:
    """The line of ``there`` (the other side) that corresponds to ``line`` of ``here``.

    ``sentence`` names the sentence to follow when several share the line (it may start
    mid-line); by default it is the sentence nearest the line.  ``link`` names the passage
    to follow when the sentence belongs to several (its first passage by default): the
    selected passage's partner may be far from the sentence's first partner.
    """
    sid = here.sentence_near(line) if sentence is None else sentence
    if sid < 0:
        return line
    partner = nav.partner_sentence(side, sid)
    if link is not None:
        ids = nav.comparison.links[link].ids(other(side))
        partner = min(ids) if ids else partner
    if partner is not None:
        height_here = here.last_line[sid] - here.first_line[sid] + 1
        height_there = there.last_line[partner] - there.first_line[partner] + 1
        offset = max(0, line - here.first_line[sid])
        return there.first_line[partner] + min(height_there - 1, offset * height_there // height_here)
    return _between_anchors(nav, here, there, side, line, sid)


def _between_anchors(
    nav: Navigator, here: Layout, there: Layout, side: Side, line: ScreenLine, sid: int
) -> ScreenLine:
    """A line of an unlinked sentence: interpolated between the linked ones around it."""
    before, after = nav.anchors(side, sid)

    def at(anchor: int) -> tuple[int, int]:
        partner = nav.partner_sentence(side, anchor)
        assert partner is not None  # anchors are linked sentences
        return here.first_line[anchor], there.first_line[partner]

    if before is not None and after is not None:
        (a0, b0), (a1, b1) = at(before), at(after)
        if a1 > a0 and b1 > b0:
            return b0 + (line - a0) * (b1 - b0) // (a1 - a0)
    if before is not None:
        a0, b0 = at(before)
        return b0 + (line - a0)
    if after is not None:
        a1, b1 = at(after)
        return b1 - (a1 - line)
    return line


def level_scroll(top_here: ScreenLine, line: ScreenLine, target: ScreenLine) -> ScreenLine:
    """The other pane's top line that puts ``target`` on the same row as ``line`` here."""
    return target - (line - top_here)


def out_of_view(there: Layout, top: ScreenLine, height: int, sentences: tuple[int, ...]) -> list[int]:
    """The sentences of ``there`` whose first line is not on screen from line ``top``."""
    return [s for s in sentences if not top <= there.first_line[s] < top + height]
