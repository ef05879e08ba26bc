"""Where the cursor can go: passages in reading order, conflicts, unique sentences.

A *stop* is what one press of ``j`` moves to in a pane: a run of consecutive sentences
of one link (a passage), or one sentence that has no partner.  Stops are listed per
side in reading order, with sorted indexes of the conflict and unique stops, so every
move is a list lookup or a bisection -- a key press costs the same on a 31,000-verse
text as on a news story.  No Textual here: the screen owns the widgets, this owns the
arithmetic, and both are tested apart.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from reader.model import Comparison, Link, Side
from reader.worddiff import Mark, diff_group


def other(side: Side) -> Side:
    return "right" if side == "left" else "left"


@dataclass(frozen=True, slots=True)
class Stop:
    """One cursor position in one pane: sentences ``first..last`` (all in ``link``, if any)."""

    side: Side
    first: int
    last: int
    link: int | None


class Navigator:
    """Stops, roles and partners of a finished comparison."""

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        links = comparison.links
        self.stops: dict[Side, list[Stop]] = {}
        self.stop_of: dict[Side, list[int]] = {}
        self.role_of: dict[Side, list[str]] = {}
        self.link_of: dict[Side, list[int]] = {}
        self.conflict_stops: dict[Side, list[int]] = {}
        self.unique_stops: dict[Side, list[int]] = {}
        self.passage_stops: dict[Side, list[int]] = {}
        # linked sentences of each side in reading order, for scroll interpolation
        self.linked: dict[Side, list[int]] = {}
        for side in ("left", "right"):
            n = len(comparison.document(side).sentences)
            link_of = [-1] * n
            conflict = [False] * n
            for li, link in enumerate(links):
                for sid in link.ids(side):
                    if 0 <= sid < n:
                        if link_of[sid] < 0:
                            link_of[sid] = li
                        if link.relation == "conflict":
                            conflict[sid] = True
            roles = [
                "unique" if link_of[i] < 0 else ("conflict" if conflict[i] else "shared") for i in range(n)
            ]
            stops: list[Stop] = []
            stop_of = [0] * n
            for sid in range(n):
                li = link_of[sid]
                prev = stops[-1] if stops else None
                if li >= 0 and prev is not None and prev.link == li and prev.last == sid - 1:
                    stops[-1] = Stop(side, prev.first, sid, li)
                else:
                    stops.append(Stop(side, sid, sid, li if li >= 0 else None))
                stop_of[sid] = len(stops) - 1
            self.stops[side] = stops
            self.stop_of[side] = stop_of
            self.role_of[side] = roles
            self.link_of[side] = link_of
            self.conflict_stops[side] = [
                i
                for i, st in enumerate(stops)
                if st.link is not None and links[st.link].relation == "conflict"
            ]
            self.unique_stops[side] = [i for i, st in enumerate(stops) if st.link is None]
            self.passage_stops[side] = [i for i, st in enumerate(stops) if st.link is not None]
            self.linked[side] = [i for i in range(n) if link_of[i] >= 0]
        self._diffs: dict[int, tuple[list[list[Mark]], list[list[Mark]]]] = {}

    # -- moves -----------------------------------------------------------------------

    @staticmethod
    def after(indexes: list[int], current: int) -> int | None:
        """The first index in the sorted list after ``current``."""
        i = bisect_right(indexes, current)
        return indexes[i] if i < len(indexes) else None

    @staticmethod
    def before(indexes: list[int], current: int) -> int | None:
        """The last index in the sorted list before ``current``."""
        i = bisect_left(indexes, current)
        return indexes[i - 1] if i > 0 else None

    def link(self, stop: Stop) -> Link | None:
        return None if stop.link is None else self.comparison.links[stop.link]

    def sentences(self, stop: Stop) -> dict[Side, tuple[int, ...]]:
        """The sentences to highlight for a stop: the whole passage, on both sides."""
        link = self.link(stop)
        if link is None:
            empty: tuple[int, ...] = ()
            return {stop.side: tuple(range(stop.first, stop.last + 1)), other(stop.side): empty}
        return {"left": link.left, "right": link.right}

    def partner_stop(self, stop: Stop) -> int | None:
        """The stop on the other side where this stop's passage starts (None: no partner)."""
        link = self.link(stop)
        if link is None:
            return None
        side = other(stop.side)
        ids = link.ids(side)
        return self.stop_of[side][min(ids)] if ids else None

    def partner_sentence(self, side: Side, sid: int) -> int | None:
        """The first sentence on the other side linked to ``sid`` (None: unique)."""
        li = self.link_of[side][sid]
        if li < 0:
            return None
        link = self.comparison.links[li]
        ids = link.ids(other(side))
        return min(ids) if ids else None

    def anchors(self, side: Side, sid: int) -> tuple[int | None, int | None]:
        """The nearest linked sentences at or before and after ``sid`` on ``side``."""
        linked = self.linked[side]
        i = bisect_right(linked, sid)
        before = linked[i - 1] if i > 0 else None
        after = linked[i] if i < len(linked) else None
        return before, after

    # -- word diff ---------------------------------------------------------------------

    def marks(self, side: Side, sid: int) -> list[Mark]:
        """Word-diff marks of one sentence against its link's other side (cached per link)."""
        li = self.link_of[side][sid]
        if li < 0:
            return []
        cached = self._diffs.get(li)
        link = self.comparison.links[li]
        if cached is None:
            left = self.comparison.left.sentences
            right = self.comparison.right.sentences
            conflicts = [(d.left, d.right) for d in link.differences]
            cached = diff_group(
                [left[i].text for i in link.left], [right[i].text for i in link.right], conflicts
            )
            self._diffs[li] = cached
        ids = link.ids(side)
        per = cached[0] if side == "left" else cached[1]
        try:
            return per[ids.index(sid)]
        except ValueError:
            return []
