"""Searching from the main screen: the search line, the matches shown, n and N.

Mixed into the main screen (:class:`reader.app.screen.ReaderScreen`) as the moves are
(:mod:`reader.app.moves`); the screen supplies what :class:`Searcher` names.  Finding the
matches is :mod:`reader.app.search`'s arithmetic; this module shows them and moves to them.
"""

from __future__ import annotations

from functools import partial
from typing import Any, Protocol

from textual import events
from textual.app import App
from textual.widget import Widget
from textual.widgets import Input

from reader.app import safe
from reader.app.keys import table_of
from reader.app.nav import Navigator, Stop
from reader.app.pane import ArticlePane
from reader.app.search import Hit, count_label, find_hits, first_hit, hits_by_sentence
from reader.model import Comparison, Side

SIDES: tuple[Side, Side] = ("left", "right")


class Searcher(Protocol):
    """What the search needs of the screen it is mixed into."""

    comparison: Comparison | None
    query_text: str
    hit_index: int
    hits: tuple[Hit, ...]
    status: str
    _search_run: int
    _searching: bool

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
    def add_class(self, *names: str, update: bool = True) -> Any: ...
    def remove_class(self, *names: str, update: bool = True) -> Any: ...
    def has_class(self, *names: str) -> bool: ...
    def query_one(self, selector: str) -> Widget: ...

    busy: bool

    @property
    def focused(self) -> Widget | None: ...
    def action_search(self) -> None: ...
    def action_close_search(self) -> None: ...
    def set_focus(
        self, widget: Widget | None, scroll_visible: bool = True, from_app_focus: bool = False
    ) -> None: ...
    def run_worker(self, work: Any, *, thread: bool, group: str, exit_on_error: bool, name: str) -> Any: ...
    def search(self, query: str) -> int: ...
    def _search_job(self, run: int, comparison: Comparison, query: str, where: tuple[str, int]) -> None: ...
    def _where(self) -> tuple[str, int]: ...
    def _found(
        self, run: int, comparison: Comparison, query: str, hits: list[Hit], where: tuple[str, int]
    ) -> None: ...
    def _show_found(self, query: str, hits: list[Hit]) -> int: ...
    def goto_hit(self, index: int) -> None: ...
    def _show_hits(self) -> None: ...
    def _no_hits(self) -> bool: ...


class SearchActions:
    """The screen's search actions (bound in the command table) and the hits they show."""

    _search_run = 0  # the number of the latest search asked for (a thread cannot be stopped)
    _searching = False  # a search is running in a thread

    def action_search(self: Searcher) -> None:
        search = self.query_one("#search")
        assert isinstance(search, Input)
        self.add_class("-searching")
        search.value = self.query_text
        # focused now, not after the keys already waiting (``focus()`` waits its turn): a query
        # typed in one burst with the key that opens the line ("/miller") lands in the line
        self.set_focus(search)

    def on_key(self: Searcher, event: events.Key) -> None:
        """Keys typed in one burst with the key that opens the search line ("/miller" from a
        fast typist, a paste, tmux ``send-keys``) reach the pane before the binding opens the
        line: the search key opens it here, at once, and the characters after it go on to the
        line, in order, instead of being lost (the line stops the characters typed in it, so a
        character that comes here while it has the focus was sent to the pane)."""
        search = self.query_one("#search")
        if self.focused is search:
            if event.is_printable and self.has_class("-searching"):
                event.stop()
                event.prevent_default()
                search.post_message(events.Key(event.key, event.character))
        elif (
            isinstance(self.focused, ArticlePane)
            and event.key in table_of(self.app).keys("search")
            and self.nav is not None
            and not self.busy
        ):
            event.stop()
            event.prevent_default()
            self.action_search()

    def action_close_search(self: Searcher) -> None:
        if self.has_class("-searching"):
            self.remove_class("-searching")
            self.pane(self.side).focus()

    def start_search(self: Searcher, query: str) -> None:
        """Search in a thread (a long text takes a while): the screen answers keys meanwhile,
        and only the latest search's matches, for the comparison still shown, are shown."""
        self._search_run += 1
        comparison = self.comparison
        if comparison is None or not query.strip():
            self.search(query)
            return
        self._show_found(query, [])  # the old search's marks go: they are about another query
        self._searching = True
        self.say(f"Searching for “{safe.line(query, 80)}”…")
        job = partial(self._search_job, self._search_run, comparison, query, self._where())
        self.run_worker(job, thread=True, group="search", exit_on_error=False, name="search")

    def _search_job(
        self: Searcher, run: int, comparison: Comparison, query: str, where: tuple[str, int]
    ) -> None:
        """Worker thread: find the matches, hand them to the UI thread."""
        hits = find_hits(comparison, query)
        self.app.call_from_thread(self._found, run, comparison, query, hits, where)

    def _where(self: Searcher) -> tuple[str, int]:
        """The focused side and the selected passage's first sentence: where the user is."""
        stop = self.stop
        return self.side, stop.first if stop is not None else -1

    def _found(
        self: Searcher, run: int, comparison: Comparison, query: str, hits: list[Hit], where: tuple[str, int]
    ) -> None:
        """On the UI thread: show a search's matches, unless a newer search (or another
        comparison) came since.  A user who moved on while it ran (typing in the search line
        again, or moving the selection) keeps the focus and the selection: the matches are
        marked and counted, and n goes to the first."""
        if run != self._search_run or comparison is not self.comparison:
            return
        self._searching = False
        search = self.query_one("#search")
        if hits and (search.has_focus or where != self._where()):
            self.query_text, self.hits, self.hit_index = query, tuple(hits), -1
            self._show_hits()
            nxt = table_of(self.app).hint("search-next")
            self.say(f"{count_label(hits)} matches for “{safe.line(query, 80)}” ({nxt} goes to the first).")
            return
        self._show_found(query, hits)

    def search(self: Searcher, query: str) -> int:
        """Find ``query`` (case-insensitive) in both articles, here and now; go to the first
        match from the selection.  Answers how many were found."""
        self._search_run += 1  # a search still running in a thread is now stale
        self._searching = False
        hits = find_hits(self.comparison, query) if self.comparison is not None else []
        return self._show_found(query, hits)

    def _show_found(self: Searcher, query: str, hits: list[Hit]) -> int:
        self.query_text = query
        self.hit_index = -1
        self.hits = tuple(hits)
        if not self.hits:
            self._show_hits()  # and the old "Match 3 of 4" goes: it was about another search
            self.say(f"No match for “{safe.line(query, 80)}”." if query.strip() else "")
            return 0
        stop = self.stop
        self.goto_hit(first_hit(self.hits, self.side, stop.first if stop is not None else 0))
        return len(self.hits)

    def goto_hit(self: Searcher, index: int) -> None:
        if not self.hits or self.nav is None:
            return
        self.hit_index = index % len(self.hits)
        hit = self.hits[self.hit_index]
        self._show_hits()
        self.pane(hit.side).focus()
        self.select(hit.side, self.nav.stop_of[hit.side][hit.sentence], at=hit.sentence)
        keys, query = table_of(self.app), safe.line(self.query_text, 80)
        self.status = (
            f"Match {self.hit_index + 1:,} of {count_label(self.hits)} for “{query}”, {hit.side} article, "
            f"sentence {hit.sentence + 1:,} "
            f"({keys.hint('search-next')} next, {keys.hint('search-previous')} previous)"
        )

    def _show_hits(self: Searcher) -> None:
        current = self.hits[self.hit_index] if 0 <= self.hit_index < len(self.hits) else None
        for side in SIDES:
            cur = current[1:] if current is not None and current.side == side else None
            self.pane(side).set_hits(hits_by_sentence(self.hits, side), cur)

    def action_search_next(self: Searcher) -> None:
        if not self._no_hits():
            if self.hit_index < 0:  # marked, not yet visited: the first match from the selection
                stop = self.stop
                self.goto_hit(first_hit(self.hits, self.side, stop.first if stop is not None else 0))
            else:
                self.goto_hit(self.hit_index + 1)

    def action_search_previous(self: Searcher) -> None:
        if not self._no_hits():
            self.goto_hit(self.hit_index - 1)

    def _no_hits(self: Searcher) -> bool:
        """Say why n/N cannot move (no search yet, or no match); False when there are hits."""
        if self.hits:
            return False
        if self._searching:
            self.say(f"Still searching for “{safe.line(self.query_text, 80)}”…")
        elif self.query_text.strip():
            self.say(f"No match for “{safe.line(self.query_text, 80)}”.")
        else:
            self.say(f"No search yet: {table_of(self.app).hint('search')} to search both articles.")
        return True
