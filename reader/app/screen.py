"""The main screen: two panes, summary bar, details panel, search line, footer.

The screen owns the cursor (which stop of which pane is selected) and keeps the panes in
step along the alignment: the selected passage is highlighted on both sides and the
other pane is scrolled so the partner sits level with it (:mod:`reader.app.sync`); when
a pane is scrolled by hand, the other follows the sentence at its top through the links,
not the line count.  A new comparison opens with both articles at their first line; the
panes follow the selection from the user's first move on.

What the view reflects is reactive state (``side``, ``busy``, ``show_diff`` ...) with
watchers, and the footer is told through ``bindings=True``.  The arithmetic lives in
pure modules (``nav``, ``sync``, ``search``), the file dialogs in ``flows``, the worker's
job in ``loading``, the moves and the search actions in the ``moves`` and ``finding``
mixins; this module holds the widgets and the other actions.
"""

from __future__ import annotations

import gc
import time

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Input, Static

from reader.app import flows, safe
from reader.app.commands import bindings
from reader.app.dialogs import HelpScreen
from reader.app.finding import SearchActions
from reader.app.footer import FittedFooter
from reader.app.keys import table_of
from reader.app.layout import Block
from reader.app.loading import LoadingPanel
from reader.app.moves import MoveActions
from reader.app.nav import Navigator, Stop, other
from reader.app.pane import ArticlePane, PaneStyles
from reader.app.panels import (
    Details,
    PaneHeader,
    SearchLine,
    Summary,
    details_content,
    failed_content,
    header_rows,
    legend_content,
    summary_phrases,
)
from reader.app.search import Hit
from reader.app.sync import level_scroll, map_line, out_of_view
from reader.app.themes import DEFAULT_THEME
from reader.counts import counted
from reader.model import Comparison, Side
from reader.overlap import overlap
from reader.segment import SplitMode

SIDES: tuple[Side, Side] = ("left", "right")
NARROW = 100  # below this many columns the panes stack
SHORT = 30  # below this many rows the details panel shrinks
# below this many rows stacked panes show only the focused one (at 40x10 the upper had no text row)
TINY = 14


class ReaderScreen(MoveActions, SearchActions, Screen[None]):
    """Side-by-side reading of one comparison."""

    BINDINGS = bindings()
    AUTO_FOCUS = None

    side: var[Side] = var[Side]("left", init=False, bindings=True)
    """The pane the keys act on."""
    nav: var[Navigator | None] = var[Navigator | None](None, init=False, bindings=True)
    """Stops and partners of the comparison shown (None before the first one)."""
    busy = var(False, init=False, bindings=True)
    """A comparison is running in the worker."""
    hits: var[tuple[Hit, ...]] = var[tuple[Hit, ...]]((), init=False, bindings=True)
    """Matches of the last search."""
    show_removed = var(False, init=False)
    show_diff = var(True, init=False)
    single = var(False, init=False, toggle_class="-single")
    """Only the focused article is shown."""
    status = var("", init=False)
    """A line above the details (search position, wrap-around)."""

    def __init__(
        self,
        left: str,
        right: str,
        *,
        split: SplitMode = "sentences",
        boilerplate: bool = True,
        stdin: bytes | None = None,
        comparison: Comparison | None = None,
        user_agent: str | None = None,
    ) -> None:
        super().__init__()
        self.paths = (left, right)
        self.user_agent = user_agent
        self.split = split
        self.boilerplate = boilerplate
        self.stdin = stdin
        self.comparison: Comparison | None = None
        self.cursor: dict[Side, int] = {"left": 0, "right": 0}
        self.following = False  # the panes follow the selection (from the first move on)
        self.load_seconds = 0.0
        self.load_error = ""
        self.asked: tuple[str, str] | None = None  # paths typed in the open dialog, being compared
        self.query_text = ""
        self.hit_index = -1
        self._initial = comparison
        self.also = ""  # the selected passage's partners that do not fit the other pane

    # -- building ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="summary-bar"):
            yield Summary(Content("Comparing…"), id="summary")
            yield Static(legend_content(), id="legend")
        with Horizontal(id="panes"):
            for side in SIDES:
                with Vertical(id=f"{side}-side", classes="side"):
                    yield PaneHeader(Content(""), id=f"{side}-header", classes="pane-header")
                    yield ArticlePane(side, id=f"{side}-pane")
        yield LoadingPanel(id="loading")
        yield Details(Content(""), id="details")
        yield SearchLine(table_of(self.app), id="search")
        yield FittedFooter(compact=True, show_command_palette=False)

    def pane(self, side: Side) -> ArticlePane:
        return self.query_one(f"#{side}-pane", ArticlePane)

    def on_mount(self) -> None:
        for side in SIDES:
            self.pane(side).on_scrolled = self._pane_scrolled
        self.restyle()
        self._responsive(self.app.size.width, self.app.size.height)
        if self._initial is not None:
            started = time.perf_counter()
            self._loaded(self._initial, *self.paths, started)
            self._initial = None
        else:
            self.start_compare(*self.paths, stdin=self.stdin)

    def on_resize(self) -> None:
        self._responsive(self.app.size.width, self.app.size.height)

    def _responsive(self, width: int, height: int) -> None:
        """Stack the panes below NARROW columns; shrink the chrome on short terminals."""
        self.set_class(width < NARROW, "-narrow")
        self.set_class(height < SHORT, "-short")
        self.set_class(height < TINY, "-tiny")
        self._hide_other_side()
        self._update_details()  # compact on a small terminal

    def restyle(self) -> None:
        """Recompute the panes' styles from the current theme (and drop cached lines)."""
        app = self.app
        variables = dict(getattr(app, "theme_variables", {}) or app.get_css_variables())
        looks = getattr(app, "looks", {})  # Textual's themes (dracula ...) get our default look
        styles = PaneStyles.from_theme(variables, looks.get(app.theme) or looks.get(DEFAULT_THEME))
        for side in SIDES:
            self.pane(side).restyle(styles)
        # Content with $variables is resolved when rendered: re-render the texts
        if self.comparison is not None:
            self._update_headers()
            self.query_one("#summary", Summary).update(summary_phrases(self.comparison))
        self.query_one("#legend", Static).update(legend_content())
        self._update_details()

    # -- loading -------------------------------------------------------------------------

    def start_compare(self, left: str, right: str, *, stdin: bytes | None = None) -> None:
        """Compare two files in a thread; the screen stays responsive meanwhile."""
        self.busy = True
        self.load_error = ""
        self.add_class("-loading")
        options = {
            "split": self.split,
            "boilerplate": self.boilerplate,
            "stdin": stdin,
            "show_removed": self.show_removed,
            "user_agent": self.user_agent,
        }
        self.query_one(LoadingPanel).start(left, right, options, self._loaded, self._failed)

    def _failed(self, message: str) -> None:
        """A comparison could not be made: one line, no traceback; keep what was shown."""
        self.busy = False
        self.load_error = message = safe.line(message)
        asked, self.asked = self.asked, None
        if asked is not None:
            flows.start_open(self.app, asked, self._open_chosen, error=message)
        else:
            self.app.notify(message, title="Cannot open", severity="error", markup=False, timeout=8)
        if self.comparison is not None:
            self.remove_class("-loading")
        else:
            self.query_one(LoadingPanel).show_failure(failed_content(message, table_of(self.app)))

    def _loaded(
        self,
        comparison: Comparison,
        left: str,
        right: str,
        started: float,
        blocks: dict[Side, list[Block]] | None = None,
    ) -> None:
        """Show a finished comparison, both articles from their first line; the notices of
        the one before ("Little to compare") no longer hold: they go (at the first, the
        notices of the start stay: a bad keymap entry)."""
        if self.comparison is not None:
            self.app.clear_notifications()
        self.comparison, self.paths, self.asked = comparison, (left, right), None
        # the comparison came from the worker as millions of objects not yet collected: the
        # stops' allocations set off full passes over them (a Bible's stops took 0.32 s,
        # 0.16 s with them frozen first); freezing is cheap, and done again at the end
        gc.freeze()
        self.nav = nav = Navigator(comparison)
        gap = self.split != "lines"
        for side in SIDES:
            pane = self.pane(side)
            pane.show_removed, pane.show_diff = self.show_removed, self.show_diff
            pre = blocks.get(side) if blocks is not None else None
            pane.show_document(comparison.document(side), nav, paragraph_gap=gap, blocks=pre)
        self.query_one("#summary", Summary).update(summary_phrases(comparison))
        self.busy = False
        self.remove_class("-loading")
        self.hits, self.hit_index, self.query_text, self.status = (), -1, "", ""
        self._search_run, self._searching = self._search_run + 1, False  # a running one is stale
        self.side = "left"
        self.cursor = {"left": 0, "right": 0}
        self._update_headers()
        self._select_first(nav)
        self.pane("left").focus()
        self.load_seconds = time.perf_counter() - started
        # a long comparison is millions of objects that live until the next one: keep
        # them out of the collector's full passes, which otherwise stall a key press
        gc.freeze()
        for doc in (comparison.left, comparison.right):
            for note in doc.notes:
                self.app.notify(safe.line(f"{doc.source}: {note}"), severity="warning", markup=False)
        notice = overlap(comparison).notice  # also in the summary bar, in a few words
        if notice:
            self.app.notify(notice, title="Little to compare", severity="warning", markup=False, timeout=12)

    def _select_first(self, nav: Navigator) -> None:
        """Highlight the first passage without scrolling: the reader starts at the top."""
        self.following = False
        start = nav.passage_stops["left"][0] if nav.passage_stops["left"] else 0
        if nav.stops["left"]:
            self.select("left", start, follow=False)
        else:
            self._update_details()

    def _update_headers(self) -> None:
        if self.comparison is None:
            return
        rows = max(header_rows(self.comparison.document(side)) for side in SIDES)
        self.set_class(rows > 2, "-bylines")  # a web page's byline: both headers one row higher
        for side in SIDES:
            widget = self.query_one(f"#{side}-header", PaneHeader)
            widget.show(self.comparison.document(side), side, side == self.side, rows)
            widget.set_class(side == self.side, "-focused")

    # -- state watchers ----------------------------------------------------------------------

    def watch_side(self) -> None:
        self._update_headers()
        self._update_details()
        self._hide_other_side()

    def watch_status(self) -> None:
        self._update_details()

    def watch_show_diff(self, show: bool) -> None:
        for side in SIDES:
            pane = self.pane(side)
            pane.show_diff = show
            pane.restyle(pane.look)

    def watch_show_removed(self, show: bool) -> None:
        for side in SIDES:
            pane = self.pane(side)
            pane.show_removed = show
            pane.relayout()
        if self.nav is not None and self.stop is not None:
            self.select(self.side, self.cursor[self.side], keep_status=True, follow=self.following)

    def watch_single(self) -> None:
        self._hide_other_side()

    def _hide_other_side(self) -> None:
        """One pane, the focused one: asked for (s), or stacked panes on a tiny terminal."""
        one = self.single or (self.has_class("-narrow") and self.has_class("-tiny"))
        for side in SIDES:
            self.query_one(f"#{side}-side").set_class(one and side != self.side, "-hidden-side")

    # -- selection and scrolling ---------------------------------------------------------------

    @property
    def stop(self) -> Stop | None:
        """The selected stop (None before a comparison is shown, or for empty articles)."""
        if self.nav is None:
            return None
        stops = self.nav.stops[self.side]
        i = self.cursor[self.side]
        return stops[i] if 0 <= i < len(stops) else None

    @property
    def selected_link(self) -> int | None:
        stop = self.stop
        return None if stop is None else stop.link

    def select(
        self, side: Side, index: int, *, keep_status: bool = False, follow: bool = True, at: int | None = None
    ) -> None:
        """Select a stop: highlight its passage on both sides and, when following, show it
        (from sentence ``at`` when given: the one clicked or found) and level the partner."""
        nav = self.nav
        if nav is None or not nav.stops[side]:
            return
        index = max(0, min(index, len(nav.stops[side]) - 1))
        self.following = self.following or follow
        self.side = side
        self.cursor[side] = index
        stop = nav.stops[side][index]
        if not keep_status:
            self.set_reactive(ReaderScreen.status, "")
        sentences = nav.sentences(stop)
        for s in SIDES:
            self.pane(s).set_selected(frozenset(sentences[s]))
        focused = self.pane(side)
        shown = (at,) if at is not None and at in sentences[side] else tuple(range(stop.first, stop.last + 1))
        lines = focused.lines_of(shown)
        self.also = ""
        if lines is not None and follow:
            focused.ensure_visible(*lines)
            self._level(side, lines[0], shown[0], stop.link)
            self._partners_in_view(other(side), sentences[other(side)])
        self._update_details()

    def _level(self, side: Side, line: int, sentence: int, link: int | None = None) -> None:
        """Scroll the other pane so what matches ``line`` of ``side`` is on the same row."""
        target = self.map_line(side, line, sentence, link)
        self.pane(other(side)).scroll_line(level_scroll(self.pane(side).top_line, line, target))

    def _partners_in_view(self, side: Side, partners: tuple[int, ...]) -> None:
        """Bring the passage's first partner on ``side`` into view (levelling may leave it
        out when the pane cannot scroll that far); name the partners that still do not fit."""
        pane = self.pane(side)
        if not partners or pane.wrapped is None or self.single:
            return
        ids = tuple(sorted(partners))
        if out_of_view(pane.wrapped, pane.top_line, pane.view_height, ids[:1]):
            pane.ensure_visible(*(pane.lines_of(ids[:1]) or (0, 0)))
        hidden = out_of_view(pane.wrapped, pane.top_line, pane.view_height, ids)
        if hidden:
            self.also = f"also {side} " + ", ".join(str(s + 1) for s in hidden)

    def map_line(self, side: Side, line: int, sentence: int | None = None, link: int | None = None) -> int:
        """The line of the other pane that corresponds to ``line`` of this one (see sync)."""
        here, there = self.pane(side).wrapped, self.pane(other(side)).wrapped
        if self.nav is None or here is None or there is None:
            return line
        return map_line(self.nav, here, there, side, line, sentence, link)

    def _pane_scrolled(self, pane: ArticlePane) -> None:
        """A pane was scrolled by hand (wheel, scrollbar): the other follows the alignment."""
        if self.nav is None:
            return
        self.following = True
        self.pane(other(pane.side)).scroll_line(self.map_line(pane.side, pane.top_line))

    def show_side(self, side: Side) -> None:
        """Make ``side`` the one the keys act on, also when it has no sentences to select."""
        self.pane(side).focus()
        if self.nav is not None and self.nav.stops[side]:
            self.select(side, self.cursor[side])
        else:
            self.side = side

    def say(self, text: str) -> None:
        """A line above the details until the next move (search position, wrap-around)."""
        self.status = text

    def _update_details(self) -> None:
        details = self.query_one("#details", Details)
        if self.nav is None:
            details.update(Content(""))
            return
        small = self.has_class("-short") or self.has_class("-narrow")
        details.update(
            details_content(
                self.nav,
                self.stop,
                table_of(self.app),
                compact=small,
                status=" · ".join(t for t in (self.status, self.also) if t),
                side=self.side,
            )
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """What can be done now; the footer greys out and the palette leaves out the rest."""
        if action in {"quit", "help", "open", "next_theme", "toggle_single", "close_search"}:
            return True
        nav = self.nav
        if nav is None or (self.busy and action in {"export", "search"}):
            return None
        # "next conflict" with none, "next match" with no search ... still run, to say so
        return True

    @on(ArticlePane.Relaid)
    def _relaid(self) -> None:
        """Lines moved under the selection: show it again and re-level the partner (once
        the panes follow the selection; before, they stay at the top)."""
        if self.nav is not None and self.stop is not None:
            self.select(self.side, self.cursor[self.side], keep_status=True, follow=self.following)

    @on(ArticlePane.SentenceClicked)
    def _clicked(self, event: ArticlePane.SentenceClicked) -> None:
        if self.nav is not None:
            self.pane(event.side).focus()
            self.select(event.side, self.nav.stop_of[event.side][event.sentence], at=event.sentence)

    def on_descendant_focus(self, event: object) -> None:
        """Focusing a pane by mouse or tab makes it the side the keys act on."""
        focused = self.focused
        if isinstance(focused, ArticlePane) and self.nav is not None:
            self.side = focused.side

    # -- actions: search (the rest in reader.app.finding) ---------------------------------------

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.action_close_search()
        self.start_search(event.value)

    # -- actions: view ---------------------------------------------------------------------------

    def action_toggle_removed(self) -> None:
        self.show_removed = not self.show_removed
        removed = sum(len(self.comparison.document(s).removed) for s in SIDES) if self.comparison else 0
        verb = "shown (dimmed)" if self.show_removed else "hidden"
        stretches = counted(removed, "stretch", "stretches")
        # on the status line, no toast: a toast covers the right pane's text (ut44)
        self.say(f"Removed text {verb}: {stretches}.")

    def action_toggle_diff(self) -> None:
        self.show_diff = not self.show_diff
        self.say(f"Word diff {'on: the words that differ are marked' if self.show_diff else 'off'}.")

    def action_toggle_single(self) -> None:
        self.single = not self.single

    def action_next_theme(self) -> None:
        cycle = getattr(self.app, "cycle_theme", None)
        if cycle is not None:
            cycle()
            said = getattr(self.app, "theme_said", lambda: f"Theme: {self.app.theme}")()
            self.say(said)  # on the status line too: the toast goes

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())

    def action_quit(self) -> None:
        self.app.exit()

    # -- actions: files ---------------------------------------------------------------------------

    def export_stem(self) -> str:
        return flows.export_stem(self.paths)

    def action_export(self) -> None:
        if self.comparison is not None:
            flows.start_export(self.app, self.comparison, self.paths)

    def write_export(self, fmt: str, path: str) -> bool:
        """Write the comparison to ``path`` (see :func:`reader.app.flows.write_export`)."""
        return self.comparison is not None and flows.write_export(self.app, self.comparison, fmt, path)

    def action_open(self) -> None:
        flows.start_open(self.app, self.paths, self._open_chosen)

    def _open_chosen(self, left: str, right: str) -> None:
        self.asked = (left, right)  # if they fail, the dialog comes back with them
        self.start_compare(left, right)
