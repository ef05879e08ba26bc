"""Where the cursor can go: passages in reading order, conflicts, unique sentences.

A *stop* is what one press of ``j`` moves to in a pane: a passage (one link), or one
sentence that has no partner.  Each passage is one stop, placed at its first sentence
in that pane, so ``j``/``k`` visit every passage exactly once in the pane's reading
order -- also a passage that shares its first sentence with another (a sentence can
belong to two passages; the lower passage number goes first) or whose sentences are
not consecutive.  A passage has one number in both panes and the exports, its place in
the left's reading order; :attr:`Navigator.number` keeps each pane's order too, which the
right pane shows beside it (:meth:`Navigator.passage_label`).  Stops are
listed per side with sorted indexes of the conflict and unique stops, so every move is
a list lookup or a bisection -- a key press costs the same on a 31,000-verse text as
on a news story.  No Textual here: the screen owns the widgets, this owns the
arithmetic, and both are tested apart.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

from reader.model import Comparison, Link, Side
from reader.reworded import unread_changes
from reader.worddiff import Mark, diff_group, same_words


def other(side: Side) -> Side:
    return "right" if side == "left" else "left"


class Stop(NamedTuple):
    """One cursor position in one pane: a passage (``link``) from its first sentence
    here, ``first..last`` being its first run of consecutive sentences; or the one
    sentence ``first`` (== ``last``) that no passage holds (``link`` None).  A named
    tuple: a whole Bible makes 62,000 of them when it opens, a third of the time a
    frozen dataclass takes."""

    side: Side
    first: int
    last: int
    link: int | None


def _walk(side: Side, n: int, link_of: list[int], links: list[Link]) -> list[Stop]:
    """The stops of one pane in reading order: one per passage with sentences here (at
    its first sentence; a tie goes to the lower passage number) and one per sentence
    that no passage holds.  Bucketed by first sentence, no sort: linear on a Bible."""
    starting: list[list[Stop] | None] = [None] * n
    for li, link in enumerate(links):  # in passage order, so each bucket is too
        ids = link.ids(side)
        if len(ids) == 1:  # most links: no sorting, no run to find
            first = last = ids[0]
            if not 0 <= first < n:
                continue
        else:
            ids = tuple(sorted(i for i in ids if 0 <= i < n))
            if not ids:
                continue
            first = last = ids[0]
            for sid in ids[1:]:
                if sid != last + 1:
                    break
                last = sid
        bucket = starting[first]
        if bucket is None:
            starting[first] = [Stop(side, first, last, li)]
        else:
            bucket.append(Stop(side, first, last, li))
    stops: list[Stop] = []
    for sid in range(n):
        bucket = starting[sid]
        if bucket is not None:
            stops += bucket
        elif link_of[sid] < 0:
            stops.append(Stop(side, sid, sid, None))
    return stops


class Navigator:
    """Stops, roles and partners of a finished comparison."""

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        links = comparison.links
        self.stops: dict[Side, list[Stop]] = {}
        self.stop_of: dict[Side, list[int]] = {}
        """Sentence id -> the stop that selects it (its first passage's, or its own)."""
        self.stop_of_link: dict[Side, dict[int, int]] = {}
        """Link index -> its stop in this pane."""
        self.firsts: dict[Side, list[int]] = {}
        """Each stop's first sentence, ascending (for "the first stop from here")."""
        self.role_of: dict[Side, list[str]] = {}
        self.link_of: dict[Side, list[int]] = {}
        self.conflict_stops: dict[Side, list[int]] = {}
        self.unique_stops: dict[Side, list[int]] = {}
        self.passage_stops: dict[Side, list[int]] = {}
        self.number: dict[Side, dict[int, int]] = {}
        """Link index -> the passage's number in this pane's reading order (1-based)."""
        # linked sentences of each side in reading order, for scroll interpolation
        self.linked: dict[Side, list[int]] = {}
        for side in ("left", "right"):
            self._index(side, links)
        self._diffs: dict[int, tuple[list[list[Mark]], list[list[Mark]]]] = {}
        self._reworded: dict[int, bool] = {}

    def _index(self, side: Side, links: list[Link]) -> None:
        """One pane's stops, roles and the maps between sentences, stops and links."""
        n = len(self.comparison.document(side).sentences)
        link_of = [-1] * n
        conflict = [False] * n
        for li, link in enumerate(links):
            for sid in link.ids(side):
                if 0 <= sid < n:
                    if link_of[sid] < 0:
                        link_of[sid] = li
                    if link.relation == "conflict":
                        conflict[sid] = True
        roles = ["unique" if link_of[i] < 0 else ("conflict" if conflict[i] else "shared") for i in range(n)]
        stops = _walk(side, n, link_of, links)
        stop_of_link = {st.link: i for i, st in enumerate(stops) if st.link is not None}
        stop_of = [0] * n
        for i, st in enumerate(stops):
            if st.link is None:
                stop_of[st.first] = i
        for sid in range(n):
            if link_of[sid] >= 0:
                stop_of[sid] = stop_of_link[link_of[sid]]
        self.stop_of_link[side] = stop_of_link
        self.firsts[side] = [st.first for st in stops]
        self.stops[side] = stops
        self.stop_of[side] = stop_of
        self.role_of[side] = roles
        self.link_of[side] = link_of
        self.conflict_stops[side] = [
            i for i, st in enumerate(stops) if st.link is not None and links[st.link].relation == "conflict"
        ]
        self.unique_stops[side] = [i for i, st in enumerate(stops) if st.link is None]
        self.passage_stops[side] = [i for i, st in enumerate(stops) if st.link is not None]
        in_order = [stops[i].link for i in self.passage_stops[side]]
        self.number[side] = {li: k + 1 for k, li in enumerate(in_order) if li is not None}
        self.linked[side] = [i for i in range(n) if link_of[i] >= 0]

    def passage_label(self, li: int, side: Side, compact: bool = False) -> str:
        """ "Passage 5 of 30": one number a passage in every pane and export (the left's
        reading order), so "look at passage 5" finds one passage; in the right pane, where
        it stands in that pane's own order too ("Passage 5 of 30 (2nd down the right)")."""
        number = self.number["left"].get(li, li + 1)
        label = f"Passage {number} of {len(self.comparison.links)}"
        own = self.number["right"].get(li, number)
        if side == "right" and own != number and not compact:
            label += f" ({_ordinal(own)} down the right)"
        return label

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

    def reworded(self, link: int) -> bool:
        """Is passage ``link`` told by both with words that differ where no fact rule reads
        them (:func:`reader.reworded.unread_changes`), or told in other words throughout (no
        fact apart, but other words than the other side's, not only written another way)?
        Both are for the reader to read: a denial turned into an admission or a sum in a
        sentence rewritten whole is there, and ``d`` must stop there (four user tests).  Read
        on demand and kept: a word diff per passage, which a book's thirty thousand would
        make a wait at the start."""
        got = self._reworded.get(link)
        if got is None:
            c, k = self.comparison, self.comparison.links[link]
            got = k.relation == "shared" and (
                bool(unread_changes(c, k))
                or same_words(c.text("left", k.left), c.text("right", k.right)) < 1.0
            )
            self._reworded[link] = got
        return got

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
        return self.stop_of_link[other(stop.side)].get(stop.link) if stop.link is not None else None

    def stop_from(self, side: Side, sid: int) -> int:
        """The first stop of ``side`` that starts at or after sentence ``sid`` (len: none)."""
        return bisect_left(self.firsts[side], sid)

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


def _ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st."""
    tail = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{tail}"
