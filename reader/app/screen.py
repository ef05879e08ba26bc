"""The main screen: two panes, summary bar, details panel, search line, footer.

The screen owns the cursor (which stop of which pane is selected) and keeps the panes in
step along the alignment: the selected passage is highlighted on both sides and the
other pane is scrolled so the partner sits level with it; when a pane is scrolled by
hand, the other follows the sentence at its top through the links, not the line count.
The comparison runs in a thread worker, so the screen answers keys (q, o) meanwhile.
"""

from __future__ import annotations

import contextlib
import gc
import os
import time
from functools import partial
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, ProgressBar, Static

from reader.app.commands import bindings
from reader.app.dialogs import ConfirmScreen, ExportScreen, HelpScreen, OpenScreen
from reader.app.layout import Block
from reader.app.nav import Navigator, Stop, other
from reader.app.pane import ArticlePane, PaneStyles
from reader.app.panels import (
    Details,
    Summary,
    details_content,
    header_content,
    legend_content,
    summary_content,
)
from reader.model import Comparison, Side

SIDES: tuple[Side, Side] = ("left", "right")
NARROW = 100  # below this many columns the panes stack
SHORT = 30  # below this many rows the details panel shrinks


class ReaderScreen(Screen[None]):
    """Side-by-side reading of one comparison."""

    BINDINGS = bindings()
    AUTO_FOCUS = None

    def __init__(
        self,
        left: str,
        right: str,
        *,
        split: str = "sentences",
        boilerplate: bool = True,
        stdin: bytes | None = None,
        comparison: Comparison | None = None,
    ) -> None:
        super().__init__()
        self.paths = (left, right)
        self.split = split
        self.boilerplate = boilerplate
        self.stdin = stdin
        self.comparison: Comparison | None = None
        self.nav: Navigator | None = None
        self.side: Side = "left"
        self.cursor: dict[Side, int] = {"left": 0, "right": 0}
        self.busy = False
        self.load_seconds = 0.0
        self.load_error = ""
        self.show_removed = False
        self.show_diff = True
        self.single = False
        self.query_text = ""
        self.hits: list[tuple[Side, int, int, int]] = []
        self.hit_index = -1
        self.status = ""
        self._initial = comparison
        self._binding_state: tuple[object, ...] = ()
        self._last_progress = 0.0

    # -- building ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="summary-bar"):
            yield Summary(Content("Comparing…"), id="summary")
            yield Static(legend_content(), id="legend")
        with Horizontal(id="panes"):
            for side in SIDES:
                with Vertical(id=f"{side}-side", classes="side"):
                    yield Static(Content(""), id=f"{side}-header", classes="pane-header")
                    yield ArticlePane(side, id=f"{side}-pane")
        with Vertical(id="loading"):
            yield Label(Content("Comparing the two articles…"), id="stage")
            yield ProgressBar(total=1.0, show_eta=False, id="progress")
        yield Details(Content(""), id="details")
        yield Input(placeholder="search both articles · enter to find · esc to close", id="search")
        yield Footer(compact=True, show_command_palette=False)

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

    def restyle(self) -> None:
        """Recompute the panes' styles from the current theme (and drop cached lines)."""
        app = self.app
        variables = dict(getattr(app, "theme_variables", {}) or app.get_css_variables())
        looks = getattr(app, "looks", {})
        styles = PaneStyles.from_theme(variables, looks.get(app.theme))
        for side in SIDES:
            self.pane(side).restyle(styles)
        # Content with $variables is resolved when rendered: re-render the texts
        if self.comparison is not None:
            self._update_headers()
            self.query_one("#summary", Summary).update(summary_content(self.comparison))
        self.query_one("#legend", Static).update(legend_content())
        self._update_details()

    # -- loading -------------------------------------------------------------------------

    def start_compare(self, left: str, right: str, *, stdin: bytes | None = None) -> None:
        """Compare two files in a thread; the screen stays responsive meanwhile."""
        self.busy = True
        self.load_error = ""
        self.add_class("-loading")
        self.query_one("#stage", Label).update(
            Content.assemble("Reading ", (left, "bold"), " and ", (right, "bold"), "…")
        )
        self.query_one("#progress", ProgressBar).update(progress=0)
        self._refresh_bindings()
        self.run_worker(
            partial(self._compare, left, right, stdin),
            thread=True,
            exclusive=True,
            group="compare",
            exit_on_error=False,
            name="compare",
        )

    def _compare(self, left: str, right: str, stdin: bytes | None) -> None:
        """Worker thread: run the pipeline, hand the result (or the error) to the UI."""
        from reader.inputs import InputError
        from reader.pipeline import compare_files

        started = time.perf_counter()

        def progress(stage: str, fraction: float) -> None:
            now = time.perf_counter()
            if now - self._last_progress >= 0.05 or fraction >= 1.0:
                self._last_progress = now
                self.app.call_from_thread(self._progress, stage, fraction)

        try:
            comparison = compare_files(
                left,
                right,
                split=self.split,  # type: ignore[arg-type]
                boilerplate=self.boilerplate,
                progress=progress,
                stdin=(lambda: stdin) if stdin is not None else None,
            )
        except InputError as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return
        except (OSError, ValueError, MemoryError) as exc:
            message = " ".join(str(exc).split()) or type(exc).__name__
            self.app.call_from_thread(self._failed, f"{left} / {right}: {message}")
            return
        from reader.app.layout import build_blocks

        gap = self.split != "lines"
        blocks = {
            side: build_blocks(comparison.document(side), show_removed=self.show_removed, paragraph_gap=gap)
            for side in SIDES
        }
        self.app.call_from_thread(self._loaded, comparison, left, right, started, blocks)

    def _progress(self, stage: str, fraction: float) -> None:
        self.query_one("#stage", Label).update(Content.assemble((stage, "bold"), f" {fraction:.0%}"))
        self.query_one("#progress", ProgressBar).update(progress=max(0.0, min(1.0, fraction)))

    def _failed(self, message: str) -> None:
        """A comparison could not be made: one line, no traceback; keep what was shown."""
        self.busy = False
        self.load_error = message
        self.app.notify(message, title="Cannot open", severity="error", markup=False, timeout=8)
        if self.comparison is not None:
            self.remove_class("-loading")
        else:
            self.query_one("#stage", Label).update(
                Content.assemble(
                    ("Cannot open: ", "bold $error"),
                    message,
                    "\n",
                    ("o", "bold"),
                    " open other files · ",
                    ("q", "bold"),
                    " quit",
                )
            )
        self._refresh_bindings()

    def _loaded(
        self,
        comparison: Comparison,
        left: str,
        right: str,
        started: float,
        blocks: dict[Side, list[Block]] | None = None,
    ) -> None:
        """Show a finished comparison and select its first passage."""
        self.comparison = comparison
        self.paths = (left, right)
        self.nav = nav = Navigator(comparison)
        gap = self.split != "lines"
        for side in SIDES:
            pane = self.pane(side)
            pane.show_removed, pane.show_diff = self.show_removed, self.show_diff
            pre = blocks.get(side) if blocks is not None else None
            pane.show_document(comparison.document(side), nav, paragraph_gap=gap, blocks=pre)
        self.query_one("#summary", Summary).update(summary_content(comparison))
        self.busy = False
        self.remove_class("-loading")
        self.hits, self.hit_index, self.query_text, self.status = [], -1, "", ""
        self.side = "left"
        self.cursor = {"left": 0, "right": 0}
        self._update_headers()
        start = nav.passage_stops["left"][0] if nav.passage_stops["left"] else 0
        if nav.stops["left"]:
            self.select("left", start)
        else:
            self._update_details()
        self.pane("left").focus()
        self.load_seconds = time.perf_counter() - started
        # a long comparison is millions of objects that live until the next one: keep
        # them out of the collector's full passes, which otherwise stall a key press
        gc.freeze()
        self._refresh_bindings()
        for doc in (comparison.left, comparison.right):
            for note in doc.notes:
                self.app.notify(f"{doc.source}: {note}", severity="warning", markup=False)

    def _update_headers(self) -> None:
        if self.comparison is None:
            return
        for side in SIDES:
            header = header_content(self.comparison.document(side), side, side == self.side)
            widget = self.query_one(f"#{side}-header", Static)
            widget.update(header)
            widget.set_class(side == self.side, "-focused")

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

    def select(self, side: Side, index: int, *, keep_status: bool = False) -> None:
        """Select a stop: highlight its passage on both sides, show it, level the partner."""
        nav = self.nav
        if nav is None or not nav.stops[side]:
            return
        index = max(0, min(index, len(nav.stops[side]) - 1))
        if side != self.side:
            self.side = side
            self._update_headers()
        self.cursor[side] = index
        stop = nav.stops[side][index]
        if not keep_status:
            self.status = ""
        sentences = nav.sentences(stop)
        for s in SIDES:
            self.pane(s).set_selected(frozenset(sentences[s]))
        focused = self.pane(side)
        lines = focused.lines_of(tuple(range(stop.first, stop.last + 1)))
        if lines is not None:
            focused.ensure_visible(*lines)
            self._level(side, lines[0], stop.first)
        self._update_details()
        self._refresh_bindings()

    def _level(self, side: Side, line: int, sentence: int) -> None:
        """Scroll the other pane so what matches ``line`` of ``side`` is on the same row."""
        row = line - self.pane(side).top_line
        target = self.map_line(side, line, sentence)
        self.pane(other(side)).scroll_line(target - row)

    def map_line(self, side: Side, line: int, sentence: int | None = None) -> int:
        """The line of the other pane that corresponds to ``line`` of this one.

        A linked sentence maps to its partner (proportionally inside it); a sentence
        with no partner is placed between the nearest linked sentences before and after
        it, so both panes reach the next shared point together.  ``sentence`` names the
        sentence to follow when several share the line (it may start mid-line).
        """
        nav = self.nav
        a, b = self.pane(side).wrapped, self.pane(other(side)).wrapped
        if nav is None or a is None or b is None:
            return line
        sid = a.sentence_near(line) if sentence is None else sentence
        if sid < 0:
            return line
        partner = nav.partner_sentence(side, sid)
        if partner is not None:
            height_a = a.last_line[sid] - a.first_line[sid] + 1
            height_b = b.last_line[partner] - b.first_line[partner] + 1
            offset = max(0, line - a.first_line[sid])
            return b.first_line[partner] + min(height_b - 1, offset * height_b // height_a)
        before, after = nav.anchors(side, sid)

        def at(anchor: int) -> tuple[int, int]:
            p = nav.partner_sentence(side, anchor)
            assert p is not None
            return a.first_line[anchor], b.first_line[p]

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

    def _pane_scrolled(self, pane: ArticlePane) -> None:
        """A pane was scrolled by hand (wheel, scrollbar): the other follows the alignment."""
        if self.nav is None:
            return
        self.pane(other(pane.side)).scroll_line(self.map_line(pane.side, pane.top_line))

    def _visible(self, stop: Stop) -> bool:
        pane = self.pane(stop.side)
        lines = pane.lines_of((stop.first,))
        return lines is not None and pane.top_line <= lines[0] < pane.top_line + pane.view_height

    def _start_from(self) -> int:
        """Where a move starts: the selection, or (if it was scrolled away) the screen top."""
        nav = self.nav
        assert nav is not None
        stop = self.stop
        if stop is not None and self._visible(stop):
            return self.cursor[self.side]
        pane = self.pane(self.side)
        sid = pane.top_sentence()
        return nav.stop_of[self.side][sid] - 1 if sid >= 0 else -1

    # -- details, bindings -----------------------------------------------------------------

    def _update_details(self) -> None:
        details = self.query_one("#details", Details)
        if self.nav is None:
            details.update(Content(""))
            return
        body = details_content(self.nav, self.stop, self.cursor[self.side], len(self.nav.stops[self.side]))
        if self.status:
            body = Content.assemble((self.status, "bold $accent"), "\n", body)
        details.update(body)

    def _refresh_bindings(self) -> None:
        """Tell the footer only when what can be done has changed (it re-renders)."""
        state = tuple(
            self.check_action(c, ()) for c in ("next_conflict", "next_unique", "search_next", "export")
        )
        state += (self.busy,)
        if state != self._binding_state:
            self._binding_state = state
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        always = {"quit", "help", "open", "next_theme", "toggle_single"}
        if action in always:
            return True
        nav = self.nav
        if nav is None or (self.busy and action in {"export", "search"}):
            return None
        side = self.side
        if action in ("next_conflict", "previous_conflict"):
            return True if nav.conflict_stops[side] else None
        if action in ("next_unique", "previous_unique"):
            return True if nav.unique_stops[side] else None
        if action in ("search_next", "search_previous"):
            return True if self.hits else None
        return True

    # -- actions: moving -------------------------------------------------------------------

    def action_next(self) -> None:
        if self.nav is not None:
            self.select(self.side, self._start_from() + 1)

    def action_previous(self) -> None:
        if self.nav is None:
            return
        start = self._start_from()
        stop = self.stop
        if stop is None or not self._visible(stop):
            start += 1  # the top stop itself counts as "previous" when scrolled away
        self.select(self.side, max(0, start - 1) if start > 0 else 0)

    def _jump(self, indexes: list[int], forward: bool, what: str) -> None:
        if self.nav is None:
            return
        current = self._start_from() if forward else self.cursor[self.side]
        target = Navigator.after(indexes, current) if forward else Navigator.before(indexes, current)
        if target is None and indexes:  # wrap around, and say so
            target = indexes[0] if forward else indexes[-1]
            self.status = (
                f"Wrapped to the {'first' if forward else 'last'} {what} of the {self.side} article."
            )
            self.select(self.side, target, keep_status=True)
            return
        if target is not None:
            self.select(self.side, target)

    def action_next_conflict(self) -> None:
        if self.nav is not None:
            self._jump(self.nav.conflict_stops[self.side], True, "conflict")

    def action_previous_conflict(self) -> None:
        if self.nav is not None:
            self._jump(self.nav.conflict_stops[self.side], False, "conflict")

    def action_next_unique(self) -> None:
        if self.nav is not None:
            self._jump(self.nav.unique_stops[self.side], True, "unique sentence")

    def action_previous_unique(self) -> None:
        if self.nav is not None:
            self._jump(self.nav.unique_stops[self.side], False, "unique sentence")

    def action_first(self) -> None:
        if self.nav is not None:
            self.select(self.side, 0)

    def action_last(self) -> None:
        if self.nav is not None:
            self.select(self.side, len(self.nav.stops[self.side]) - 1)

    def _page(self, direction: int) -> None:
        pane = self.pane(self.side)
        pane.scroll_line(pane.top_line + direction * max(1, pane.view_height - 2))
        self._pane_scrolled(pane)

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_switch_pane(self) -> None:
        """Focus the other article: same passage when it has one there, else the level sentence."""
        nav, stop = self.nav, self.stop
        if nav is None or stop is None:
            return
        new = other(self.side)
        if not nav.stops[new]:
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
        self.select(new, partner)

    def action_partner(self) -> None:
        nav, stop = self.nav, self.stop
        if nav is None or stop is None:
            return
        partner = nav.partner_stop(stop)
        if partner is None:
            self.app.notify(f"This sentence is only in the {stop.side} article.", markup=False)
            return
        new = other(self.side)
        self.pane(new).focus()
        self.select(new, partner)

    @on(ArticlePane.Relaid)
    def _relaid(self) -> None:
        """Lines moved under the selection: show it again and re-level the partner."""
        if self.nav is not None and self.stop is not None:
            self.select(self.side, self.cursor[self.side], keep_status=True)

    @on(ArticlePane.SentenceClicked)
    def _clicked(self, event: ArticlePane.SentenceClicked) -> None:
        if self.nav is not None:
            self.pane(event.side).focus()
            self.select(event.side, self.nav.stop_of[event.side][event.sentence])

    def on_descendant_focus(self, event: object) -> None:
        """Focusing a pane by mouse or tab makes it the side the keys act on."""
        focused = self.focused
        if isinstance(focused, ArticlePane) and focused.side != self.side and self.nav is not None:
            self.side = focused.side
            self._update_headers()
            self._update_details()
            self._refresh_bindings()

    # -- actions: search -----------------------------------------------------------------------

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        self.add_class("-searching")
        search.value = self.query_text
        search.focus()

    def _close_search(self) -> None:
        self.remove_class("-searching")
        self.pane(self.side).focus()

    def on_key(self, event: object) -> None:
        from textual.events import Key

        if isinstance(event, Key) and event.key == "escape" and self.has_class("-searching"):
            event.stop()
            self._close_search()

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self._close_search()
        self.search(event.value)

    def search(self, query: str) -> int:
        """Find ``query`` (case-insensitive) in both articles; go to the first match from here."""
        self.query_text = query
        self.hits, self.hit_index = [], -1
        if self.comparison is None or not query.strip():
            self._show_hits()
            return 0
        needle = query.lower()
        for side in SIDES:
            for sentence in self.comparison.document(side).sentences:
                hay = sentence.text.lower()
                if len(hay) != len(sentence.text):
                    hay = sentence.text
                i = hay.find(needle)
                while i >= 0:
                    self.hits.append((side, sentence.id, i, i + len(needle)))
                    i = hay.find(needle, i + max(1, len(needle)))
        if not self.hits:
            self._show_hits()
            self.app.notify(f"No match for “{query}”.", severity="warning", markup=False)
            self._refresh_bindings()
            return 0
        stop = self.stop
        first = stop.first if stop is not None else 0
        start = next(
            (i for i, (side, sid, _, _) in enumerate(self.hits) if side == self.side and sid >= first),
            0,
        )
        self.goto_hit(start)
        return len(self.hits)

    def goto_hit(self, index: int) -> None:
        if not self.hits or self.nav is None:
            return
        self.hit_index = index % len(self.hits)
        side, sid, _, _ = self.hits[self.hit_index]
        self._show_hits()
        self.status = (
            f"Match {self.hit_index + 1} of {len(self.hits)} for “{self.query_text}” (n next, N previous)"
        )
        self.pane(side).focus()
        self.select(side, self.nav.stop_of[side][sid], keep_status=True)

    def _show_hits(self) -> None:
        current = self.hits[self.hit_index] if 0 <= self.hit_index < len(self.hits) else None
        for side in SIDES:
            per: dict[int, list[tuple[int, int]]] = {}
            for s, sid, a, b in self.hits:
                if s == side:
                    per.setdefault(sid, []).append((a, b))
            cur = current[1:] if current is not None and current[0] == side else None
            self.pane(side).set_hits(per, cur)  # type: ignore[arg-type]

    def action_search_next(self) -> None:
        self.goto_hit(self.hit_index + 1)

    def action_search_previous(self) -> None:
        self.goto_hit(self.hit_index - 1)

    # -- actions: view ---------------------------------------------------------------------------

    def action_toggle_removed(self) -> None:
        self.show_removed = not self.show_removed
        for side in SIDES:
            pane = self.pane(side)
            pane.show_removed = self.show_removed
            pane.relayout()
        if self.nav is not None and self.stop is not None:
            self.select(self.side, self.cursor[self.side], keep_status=True)
        removed = sum(len(self.comparison.document(s).removed) for s in SIDES) if self.comparison else 0
        verb = "shown (dimmed)" if self.show_removed else "hidden"
        self.app.notify(f"Removed text {verb}: {removed} stretches.", timeout=2, markup=False)

    def action_toggle_diff(self) -> None:
        self.show_diff = not self.show_diff
        for side in SIDES:
            pane = self.pane(side)
            pane.show_diff = self.show_diff
            pane.restyle(pane.look)
        self.app.notify(f"Word diff {'on' if self.show_diff else 'off'}.", timeout=2, markup=False)

    def action_toggle_single(self) -> None:
        self.single = not self.single
        self.set_class(self.single, "-single")
        for side in SIDES:
            self.query_one(f"#{side}-side").set_class(side != self.side, "-hidden-side")

    def action_next_theme(self) -> None:
        cycle = getattr(self.app, "cycle_theme", None)
        if cycle is not None:
            cycle()

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())

    def action_quit(self) -> None:
        self.app.exit()

    # -- actions: files ---------------------------------------------------------------------------

    def export_stem(self) -> str:
        def stem(path: str) -> str:
            return "stdin" if path == "-" else (Path(path).stem or "article")

        return f"{stem(self.paths[0])}-vs-{stem(self.paths[1])}"

    def action_export(self) -> None:
        if self.comparison is None:
            return
        self.app.push_screen(ExportScreen(self.export_stem()), self._export_chosen)

    def _export_chosen(self, answer: tuple[str, str] | None) -> None:
        if answer is None:
            return
        fmt, path = answer
        if os.path.isdir(path):
            self.app.notify(f"{path} is a folder; give a file name.", severity="error", markup=False)
            return
        if os.path.exists(path):
            self.app.push_screen(
                ConfirmScreen(f"{path} exists. Overwrite it?"),
                partial(self._confirmed, fmt, path),
            )
        else:
            self.write_export(fmt, path)

    def _confirmed(self, fmt: str, path: str, yes: bool | None) -> None:
        if yes:
            self.write_export(fmt, path)
        else:
            self.app.notify(f"Not exported; {path} is unchanged.", markup=False)

    def write_export(self, fmt: str, path: str) -> bool:
        """Write the comparison (atomically: a half-written file never replaces a good one)."""
        from reader.export import render

        if self.comparison is None:
            return False
        text = render(self.comparison, fmt)
        tmp = f"{path}.tmp-{os.getpid()}"
        try:
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            self.app.notify(f"Could not write {path}: {exc.strerror or exc}", severity="error", markup=False)
            return False
        self.app.notify(f"Wrote {os.path.abspath(path)}", title="Exported", markup=False)
        return True

    def action_open(self) -> None:
        left, right = self.paths
        self.app.push_screen(
            OpenScreen("" if left == "-" else left, "" if right == "-" else right), self._open_chosen
        )

    def _open_chosen(self, answer: tuple[str, str] | None) -> None:
        if answer is not None:
            self.start_compare(*answer)
