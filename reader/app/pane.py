"""One article pane: a Line-API ScrollView that renders only the lines on screen.

A widget per sentence takes seconds to mount for a long text; this pane keeps the
wrapped layout as flat lists (:mod:`reader.app.layout`) and builds a line's Strip when
it is shown, from Segments with Rich styles -- article text is never parsed as markup,
so "[bold]" or "[they've]" show as written.  Strips are cached (LRU) and dropped when
what they show changes: the selection (only its lines), toggles, theme, width.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.color import Color
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.app.layout import Block, Layout, Piece, build_blocks
from reader.app.nav import Navigator
from reader.app.themes import DEFAULT_ROLE_COLORS, RoleLook
from reader.model import Document, Side

GUTTER = 3  # selection bar, role mark, space

# overlay codes, strongest last
_NONE, _CHANGED, _CONFLICT, _SEARCH, _CURRENT = range(5)
_ROLE_CODE = {"": 0, "shared": 1, "conflict": 2, "unique": 3, "removed": 4}
_ROLE_NAME = {v: k for k, v in _ROLE_CODE.items()}


@dataclass(slots=True)
class _Codes:
    """Per-cell codes of one screen line (see ArticlePane._cell_codes)."""

    roles: list[int]
    sel: list[bool]
    over: list[int]
    line_role: str = ""
    line_selected: bool = False


@dataclass(slots=True)
class PaneStyles:
    """Rich styles for one theme, computed once per theme change (not per line)."""

    role: dict[str, Style]
    selected: Style
    changed: Style
    changed_quiet: Style
    conflict_value: Style
    search: Style
    search_current: Style
    bar: Style
    gutter: dict[str, str] = field(default_factory=dict)
    mark: dict[str, Style] = field(default_factory=dict)

    @classmethod
    def from_theme(cls, variables: dict[str, str], look: RoleLook | None) -> PaneStyles:
        """Read the role variables of the current theme (falling back to defaults)."""

        def color(name: str, fallback: str) -> Color:
            for value in (variables.get(name), DEFAULT_ROLE_COLORS.get(name), fallback):
                if value:
                    try:
                        return Color.parse(value)
                    except Exception:
                        continue
            return Color.parse(fallback)

        background = color("background", "#000000")
        foreground = color("foreground", "#ffffff")
        look = look or RoleLook()
        role: dict[str, Style] = {"": Style()}
        mark: dict[str, Style] = {}
        for name in ("shared", "conflict", "unique", "removed"):
            c = color(f"role-{name}", "#888888")
            words = look.emphasis.get(name, frozenset())
            role[name] = Style(
                color=c.rich_color,
                bold="bold" in words or None,
                italic="italic" in words or (name == "removed") or None,
                underline="underline" in words or None,
                dim="dim" in words or None,
                reverse="reverse" in words or None,
                strike="strike" in words or None,
            )
            mark[name] = Style(color=c.rich_color, bold=True)
        if "role-selected" in variables:
            selected = color("role-selected", "#444444")
        else:  # a Textual theme: derive from its own colours
            selected = background.blend(color("primary", "#0178d4"), 0.3)
        changed = (
            color("role-changed", "#555500")
            if "role-changed" in variables
            else background.blend(color("warning", "#ffa62b"), 0.3)
        )
        conflict = color("role-conflict", "#ff6040")
        search = color("role-search", "#d0a020")
        on_search = Color.parse("#000000") if search.brightness > 0.5 else foreground
        return cls(
            role=role,
            selected=Style(bgcolor=selected.rich_color),
            changed=Style(bgcolor=changed.rich_color),
            changed_quiet=Style(underline=True),
            conflict_value=Style(color=background.rich_color, bgcolor=conflict.rich_color, bold=True),
            search=Style(color=on_search.rich_color, bgcolor=search.rich_color),
            search_current=Style(
                color=on_search.rich_color, bgcolor=search.rich_color, bold=True, underline=True
            ),
            bar=Style(color=color("accent", "#ffa62b").rich_color, bold=True),
            gutter=dict(look.gutter),
            mark=mark,
        )


class ArticlePane(ScrollView, can_focus=True, inherit_bindings=False):
    """One side of the comparison, wrapped to the pane, coloured by role."""

    DEFAULT_CSS = """
    ArticlePane {
        overflow-x: hidden;
        overflow-y: scroll;
        scrollbar-size-vertical: 1;
        background: $background;
        color: $foreground;
    }
    """

    class SentenceClicked(Message):
        """A sentence was clicked: select its passage."""

        def __init__(self, side: Side, sentence: int) -> None:
            super().__init__()
            self.side: Side = side
            self.sentence = sentence

    class Relaid(Message):
        """The article was re-wrapped (new width, removed text toggled) or resized: lines
        moved, or the view did."""

    def __init__(self, side: Side, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.side: Side = side
        self.doc: Document | None = None
        self.nav: Navigator | None = None
        self.wrapped: Layout | None = None
        self._blocks: dict[bool, list[Block]] = {}
        self.paragraph_gap = True
        self.show_removed = False
        self.show_diff = True
        self.selected: frozenset[int] = frozenset()
        self.hits: dict[int, list[tuple[int, int]]] = {}
        self.current_hit: tuple[int, int, int] | None = None
        self.look: PaneStyles = PaneStyles.from_theme({}, None)
        self._cache: LRUCache[int, Strip] = LRUCache(1024)
        self._programmatic = 0
        self._base = Style()
        self._width = 0
        self._styles: dict[tuple[int, bool, int], Style] = {}
        self.on_scrolled: Callable[[ArticlePane], None] | None = None

    # -- data ------------------------------------------------------------------------

    def show_document(
        self, doc: Document, nav: Navigator, *, paragraph_gap: bool, blocks: list[Block] | None = None
    ) -> None:
        """Show a new article (after a comparison finished).

        ``blocks`` (built for the current show_removed) may come precomputed from the
        worker thread: for a 31,000-line text that saves the UI thread half a second.
        """
        self.doc, self.nav, self.paragraph_gap = doc, nav, paragraph_gap
        self._blocks.clear()
        if blocks is not None:
            self._blocks[self.show_removed] = blocks
        self.selected = frozenset()
        self.hits, self.current_hit = {}, None
        self.wrapped = None
        self.relayout(keep_position=False)

    @property
    def text_width(self) -> int:
        """Cells available to text (the pane minus scrollbar and gutter)."""
        return max(8, self.scrollable_content_region.width - GUTTER)

    def relayout(self, *, keep_position: bool = True) -> None:
        """Wrap the article to the current width, keeping the top sentence in view."""
        if self.doc is None:
            return
        if self.scrollable_content_region.width <= GUTTER:
            # not laid out yet (or hidden while loading): wrapping a long text to a
            # sliver would cost seconds for nothing; on_resize does it at the real width
            self.wrapped = None
            self.virtual_size = Size(0, 0)
            return
        top = self.top_sentence() if keep_position and self.wrapped is not None else -1
        blocks = self._blocks.get(self.show_removed)
        if blocks is None:
            blocks = build_blocks(self.doc, show_removed=self.show_removed, paragraph_gap=self.paragraph_gap)
            self._blocks[self.show_removed] = blocks
        self.wrapped = Layout(blocks, len(self.doc.sentences), self.text_width)
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, self.wrapped.height)
        if top >= 0:
            self.scroll_line(self.wrapped.first_line[top])
        elif not keep_position:
            self.scroll_line(0)
        self.refresh()
        self.post_message(self.Relaid())

    def on_resize(self, event: events.Resize) -> None:
        if self.doc is None:
            return
        if self.wrapped is None or self.wrapped.width != self.text_width:
            self.relayout()
        else:  # taller, shorter, or shown again (one-pane mode): the selection may be off screen
            self.post_message(self.Relaid())

    def restyle(self, styles: PaneStyles) -> None:
        """New theme: every cached line is stale."""
        self.look = styles
        self._styles.clear()
        self._cache.clear()
        self.refresh()

    def set_selected(self, sentences: frozenset[int]) -> None:
        """Highlight these sentences; only their lines (old and new) are re-rendered."""
        if sentences == self.selected:
            return
        self._forget(self.selected | sentences)
        self.selected = sentences
        self.refresh()

    def set_hits(self, hits: dict[int, list[tuple[int, int]]], current: tuple[int, int, int] | None) -> None:
        self.hits, self.current_hit = hits, current
        self._cache.clear()
        self.refresh()

    def _forget(self, sentences: frozenset[int]) -> None:
        layout = self.wrapped
        if layout is None:
            return
        for sid in sentences:
            if 0 <= sid < len(layout.first_line):
                for y in range(layout.first_line[sid], layout.last_line[sid] + 1):
                    self._cache.discard(y)

    # -- geometry ----------------------------------------------------------------------

    def scroll_line(self, y: float) -> None:
        """Scroll without telling the other pane (the caller keeps them in step)."""
        self._programmatic += 1
        try:
            self.scroll_to(y=max(0, y), animate=False, force=True)
        finally:
            self._programmatic -= 1

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if not self._programmatic and self.on_scrolled is not None and round(old_value) != round(new_value):
            self.on_scrolled(self)

    @property
    def top_line(self) -> int:
        return round(self.scroll_y)

    @property
    def view_height(self) -> int:
        return max(1, self.scrollable_content_region.height)

    def top_sentence(self) -> int:
        return -1 if self.wrapped is None else self.wrapped.sentence_near(self.top_line)

    def lines_of(self, sentences: tuple[int, ...] | frozenset[int]) -> tuple[int, int] | None:
        """First and last line of a set of sentences (None when empty or not laid out)."""
        if self.wrapped is None or not sentences:
            return None
        first = min(self.wrapped.first_line[s] for s in sentences)
        last = max(self.wrapped.last_line[s] for s in sentences)
        return first, last

    def ensure_visible(self, first: int, last: int) -> None:
        """Scroll as little as possible so lines first..last show, with a margin."""
        h = self.view_height
        margin = min(2, max(0, (h - (last - first + 1)) // 2))
        top = self.top_line
        if first - margin < top:
            self.scroll_line(first - margin)
        elif last + margin >= top + h:
            self.scroll_line(min(first - margin, last + margin - h + 1))

    # -- mouse -------------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        if self.wrapped is None:
            return
        offset = event.get_content_offset(self)
        if offset is None:
            return
        piece = self.wrapped.piece_at(self.top_line + offset.y, max(0, offset.x - GUTTER))
        if piece is not None and piece.kind == "sentence":
            self.post_message(self.SentenceClicked(self.side, piece.ident))

    # -- rendering ---------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        # the widget's base style (background, focus tint) is computed once per paint, not
        # per line; when it changes (focus moved) the cached lines are stale
        base = self.rich_style
        width = self.scrollable_content_region.width
        if base != self._base or width != self._width:
            self._base, self._width = base, width
            self._cache.clear()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        line = self.top_line + y
        strip = self._cache.get(line)
        if strip is None:
            strip = self._render_text_line(line)
            strip = strip.adjust_cell_length(self._width, self._base).apply_style(self._base)
            self._cache[line] = strip
        return strip

    def _render_text_line(self, y: int) -> Strip:
        layout = self.wrapped
        if layout is None or self.nav is None or self.doc is None or not 0 <= y < layout.height:
            return Strip([])
        bi = layout.line_block[y]
        if bi < 0:
            return Strip([])
        block = layout.blocks[bi]
        a, b = layout.line_start[y], layout.line_end[y]
        codes = self._cell_codes(block, a, b)
        return Strip(self._segments(block.text[a:b], codes))

    def _cell_codes(self, block: Block, a: int, b: int) -> _Codes:
        """Role, selection and overlay of every cell of ``block.text[a:b]``, and (for the
        gutter) the role of the sentence that fills most of the line -- the first of equals
        -- and whether any of it is selected.  The mark follows that one sentence, so a
        line that ends one sentence and starts another is marked by the longer part."""
        n = b - a
        codes = _Codes([0] * n, [False] * n, [_NONE] * n)
        pieces = block.pieces
        i = max(0, bisect_right(block.starts, a) - 1)
        role_of = self.nav.role_of[self.side] if self.nav is not None else []
        widest = 0
        while i < len(pieces) and pieces[i].start < b:
            p = pieces[i]
            s, e = max(p.start, a) - a, min(p.end, b) - a
            i += 1
            if e <= 0:
                continue
            if p.kind == "sentence":
                role, selected = role_of[p.ident], p.ident in self.selected
            else:
                role, selected = "removed", False
            if e - s > widest:  # the line's mark: the sentence that fills most of it
                widest, codes.line_role = e - s, role
            codes.roles[s:e] = [_ROLE_CODE[role]] * (e - s)
            if selected:
                codes.line_selected = True
                nxt = pieces[i] if i < len(pieces) else None
                joined = nxt is not None and nxt.kind == "sentence" and nxt.ident in self.selected
                end = min(e + 1 if joined else e, n)
                codes.sel[s:end] = [True] * (end - s)
            if p.kind == "sentence":
                self._overlay(codes.over, p, role, a, b)
        return codes

    def _overlay(self, over: list[int], p: Piece, role: str, a: int, b: int) -> None:
        """Mark word-diff changes and search hits of one sentence on the line's cells."""
        assert self.nav is not None
        if self.show_diff and role != "unique":
            for m in self.nav.marks(self.side, p.ident):
                if m.kind == "equal":
                    continue
                ms, me = max(p.start + m.start, a) - a, min(p.start + m.end, b) - a
                if me > ms:
                    over[ms:me] = [_CONFLICT if m.kind == "conflict" else _CHANGED] * (me - ms)
        for hs, he in self.hits.get(p.ident, ()):
            ms, me = max(p.start + hs, a) - a, min(p.start + he, b) - a
            if me > ms:
                cur = self.current_hit == (p.ident, hs, he)
                over[ms:me] = [_CURRENT if cur else _SEARCH] * (me - ms)

    def _segments(self, text: str, codes: _Codes) -> list[Segment]:
        """The gutter, then one Segment per run of cells that look the same."""
        styles = self.look
        bar = "▌" if codes.line_selected else " "
        mark = styles.gutter.get(codes.line_role, " ")
        segments = [
            Segment(bar, styles.bar),
            Segment(mark, styles.mark.get(codes.line_role, Style())),
            Segment(" "),
        ]
        roles, sel, over = codes.roles, codes.sel, codes.over
        n = len(text)
        cache = self._styles
        run_start = 0
        key = (roles[0], sel[0], over[0]) if n else (0, False, 0)
        for k in range(1, n + 1):
            nk = (roles[k], sel[k], over[k]) if k < n else None
            if nk != key:
                style = cache.get(key)
                if style is None:
                    style = cache[key] = self._style(*key)
                segments.append(Segment(text[run_start:k], style))
                run_start = k
                if nk is not None:
                    key = nk
        return segments

    def _style(self, role: int, selected: bool, overlay: int) -> Style:
        st = self.look
        style = st.role[_ROLE_NAME[role]]
        if selected:
            style = style + st.selected
        if overlay == _CHANGED:
            style = style + (st.changed if selected else st.changed_quiet)
        elif overlay == _CONFLICT:
            style = style + st.conflict_value
        elif overlay == _SEARCH:
            style = style + st.search
        elif overlay == _CURRENT:
            style = style + st.search_current
        return style
