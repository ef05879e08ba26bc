"""Moving the selection: next and previous passage, conflict, unique sentence, page, pane.

Mixed into the main screen (:class:`reader.app.screen.ReaderScreen`), which supplies
what :class:`Cursor` names: the navigator, the side and cursor, the panes and
``select``.  A move starts from the selection while it is on screen, and from the
screen's top once the user has scrolled it away; a jump past the last conflict (or
unique sentence) wraps around and says so.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Protocol

from textual.app import App

from reader.app import safe
from reader.app.keys import table_of
from reader.app.nav import Navigator, Stop, other
from reader.app.pane import ArticlePane
from reader.counts import discrepancies
from reader.model import Side


class Cursor(Protocol):
    """What the moves need of the screen they are mixed into."""

    cursor: dict[Side, int]

    @property
    def nav(self) -> Navigator | None: ...
    @property
    def side(self) -> Side: ...
    @property
    def stop(self) -> Stop | None: ...
    @property
    def app(self) -> App[Any]: ...
    def pane(self, side: Side) -> ArticlePane: ...
    def select(
        self, side: Side, index: int, *, keep_status: bool = False, follow: bool = True, at: int | None = None
    ) -> None: ...
    def say(self, text: str) -> None: ...
    def show_side(self, side: Side) -> None: ...
    def _nothing_here(self) -> bool: ...
    def _pane_scrolled(self, pane: ArticlePane) -> None: ...
    def _start_from(self) -> int: ...
    def _visible(self, stop: Stop) -> bool: ...
    def _jump(self, indexes: list[int], forward: bool, what: str, every: bool = True) -> None: ...
    def _page(self, direction: int) -> None: ...
    def _conflict(self, forward: bool) -> None: ...
    def _unique(self, forward: bool) -> None: ...
    def _reworded(self, forward: bool) -> None: ...


class MoveActions:
    """The screen's actions that move the selection (bound in the command table)."""

    def action_next(self: Cursor) -> None:
        if self.nav is None or self._nothing_here():
            return
        start = self._start_from()
        if self.stop is not None and start + 1 >= len(self.nav.stops[self.side]):
            self.say(f"End of the {self.side} article.")  # nowhere to go: say so
            return
        self.select(self.side, start + 1)

    def action_previous(self: Cursor) -> None:
        if self.nav is None or self._nothing_here():
            return
        start = self._start_from()
        stop = self.stop
        if stop is None or not self._visible(stop):
            start += 1  # the top stop itself counts as "previous" when scrolled away
        elif start == 0:
            self.say(f"Top of the {self.side} article.")
            return
        self.select(self.side, max(0, start - 1) if start > 0 else 0)

    def _jump(self: Cursor, indexes: list[int], forward: bool, what: str, every: bool = True) -> None:
        """To the next (previous) of ``indexes``, wrapping round; ``every``: they are all there are
        (then one alone is said to be the only one)."""
        if self.nav is None:
            return
        current = self._start_from() if forward else self.cursor[self.side]
        target = Navigator.after(indexes, current) if forward else Navigator.before(indexes, current)
        if target is None and indexes:  # wrap around, and say so
            target = indexes[0] if forward else indexes[-1]
            self.select(self.side, target)
            if every and len(indexes) == 1:  # nowhere else to go: say there is only this one
                self.say(f"This is the only {what} of the {self.side} article.")
                return
            where = "first" if forward else "last"
            self.say(f"Wrapped to the {where} {what} of the {self.side} article.")
            return
        if target is not None:
            self.select(self.side, target)

    def action_next_conflict(self: Cursor) -> None:
        self._conflict(True)

    def action_previous_conflict(self: Cursor) -> None:
        self._conflict(False)

    def _conflict(self: Cursor, forward: bool) -> None:
        if self.nav is None or self._nothing_here():
            return
        if self.nav.conflict_stops[self.side]:
            self._jump(self.nav.conflict_stops[self.side], forward, "conflict")
        elif self.nav.comparison.names:  # the summary counts them: say where they are
            names = self.nav.comparison.names
            said = ", ".join(f"{n.difference.left}/{n.difference.right}" for n in names[:3])
            more = f" and {len(names) - 3} more" if len(names) > 3 else ""
            where = discrepancies(self.nav.comparison).outside  # names, datelines
            self.say(safe.line(f"No passage in conflict; {where}: {said}{more}."))
        else:
            self.say("No conflicts in this comparison.")

    def action_next_unique(self: Cursor) -> None:
        self._unique(True)

    def action_previous_unique(self: Cursor) -> None:
        self._unique(False)

    def _unique(self: Cursor, forward: bool) -> None:
        if self.nav is None or self._nothing_here():
            return
        if self.nav.unique_stops[self.side]:
            self._jump(self.nav.unique_stops[self.side], forward, "unique sentence")
        else:
            self.say(f"No one-sided sentences in the {self.side} article: each has a partner.")

    def action_next_reworded(self: Cursor) -> None:
        self._reworded(True)

    def action_previous_reworded(self: Cursor) -> None:
        self._reworded(False)

    def _reworded(self: Cursor, forward: bool) -> None:
        """To the next (previous) passage told by both in other words, where no fact rule reads
        a difference (:meth:`Navigator.reworded`); each passage is read once, when the walk
        reaches it."""
        if self.nav is None or self._nothing_here():
            return
        nav, side = self.nav, self.side
        passages = nav.passage_stops[side]
        current = self._start_from() if forward else self.cursor[side]
        cut = bisect_right(passages, current) if forward else bisect_left(passages, current)
        walk = passages[cut:] + passages[:cut] if forward else passages[:cut][::-1] + passages[cut:][::-1]
        link = nav.stops[side]
        target = next((i for i in walk if (li := link[i].link) is not None and nav.reworded(li)), None)
        if target is None:
            self.say("No passage told by both is told in other words: each says the same words.")
        else:
            self._jump([target], forward, "reworded passage", every=False)  # says so when it wraps

    def action_first(self: Cursor) -> None:
        if self.nav is not None and not self._nothing_here():
            self.select(self.side, 0)

    def action_last(self: Cursor) -> None:
        if self.nav is not None and not self._nothing_here():
            self.select(self.side, len(self.nav.stops[self.side]) - 1)

    def _page(self: Cursor, direction: int) -> None:
        pane = self.pane(self.side)
        pane.scroll_line(pane.top_line + direction * max(1, pane.view_height - 2))
        self._pane_scrolled(pane)

    def action_page_down(self: Cursor) -> None:
        self._page(1)

    def action_page_up(self: Cursor) -> None:
        self._page(-1)

    def action_switch_pane(self: Cursor) -> None:
        """Focus the other article: same passage when it has one there, else the level sentence."""
        nav, stop = self.nav, self.stop
        if nav is None:
            return
        new = other(self.side)
        if stop is None or not nav.stops[new]:  # from or to an article with no sentences
            self.show_side(new)
            return
        partner = nav.partner_stop(stop)
        if partner is None:
            here = self.pane(self.side)
            lines = here.lines_of((stop.first,))
            row = (lines[0] - here.top_line) if lines else 0
            there = self.pane(new)
            assert there.wrapped is not None
            sid = there.wrapped.sentence_near(there.top_line + row)
            partner = nav.stop_of[new][sid] if sid >= 0 else 0
            self.pane(new).focus()
            self.select(new, partner, at=sid if sid >= 0 else None)
            return
        self.pane(new).focus()
        self.select(new, partner)

    def action_partner(self: Cursor) -> None:
        nav, stop = self.nav, self.stop
        if nav is None or self._nothing_here() or stop is None:
            return
        partner = nav.partner_stop(stop)
        if partner is None:  # nowhere to go: say why, on the status line like every such move
            there = other(stop.side)
            if not nav.comparison.links:
                self.say(f"No passages link the two articles: no sentence has a partner in the {there} one.")
            else:
                self.say(f"No partner: this sentence is only in the {stop.side} article.")
            return
        new = other(self.side)
        self.pane(new).focus()
        self.select(new, partner)

    def _visible(self: Cursor, stop: Stop) -> bool:
        pane = self.pane(stop.side)
        lines = pane.lines_of((stop.first,))
        return lines is not None and pane.top_line <= lines[0] < pane.top_line + pane.view_height

    def _start_from(self: Cursor) -> int:
        """Where a move starts: the selection, or (if it was scrolled away) the screen top."""
        nav = self.nav
        assert nav is not None
        stop = self.stop
        if stop is not None and self._visible(stop):
            return self.cursor[self.side]
        sid = self.pane(self.side).top_sentence()
        return nav.stop_from(self.side, sid) - 1 if sid >= 0 else -1

    def _nothing_here(self: Cursor) -> bool:
        """Say so when the article the keys act on has no sentences (True): no key is silent."""
        if self.nav is None or self.nav.stops[self.side]:
            return False
        there = other(self.side)
        if self.nav.stops[there]:
            tab = table_of(self.app).hint("switch-pane")
            self.say(f"The {self.side} article has no sentences: {tab} goes to the {there} article.")
        else:
            self.say("Neither article has any sentences.")
        return True
