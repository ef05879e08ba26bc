"""The main screen's text widgets: summary bar, pane headers, details panel, search line.

Both build :class:`textual.content.Content` from plain strings with styles attached, so
a title or a sentence like "[bold]" is shown as written, never interpreted as markup.
"""

from __future__ import annotations

import re
from itertools import accumulate

from rich.cells import cell_len
from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Static

from reader.app import safe
from reader.app.commands import bindings
from reader.app.fields import Field
from reader.app.keys import KeyTable
from reader.app.nav import Navigator, Stop, other
from reader.counts import discrepancies
from reader.model import DATELINE, Comparison, Document, Link, Side
from reader.overlap import overlap
from reader.reworded import unread_changes
from reader.textnorm import fold
from reader.worddiff import linked_by_place, said_apart, same_words, small_changes

ContentPart = str | tuple[str, str] | Content


def _short(text: str, limit: int = 160) -> str:
    return safe.line(text, limit)


def _list(items: list[str], limit: int = 8) -> str:
    shown = ", ".join(_short(i, 60) for i in items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def byline(doc: Document) -> str:
    """ "by {author} · {outlet} · {date}", only the parts the page gave ("" for none)."""
    meta = doc.meta
    if meta is None:
        return ""
    author = meta.author or ""
    if author and not author.lower().startswith("by "):
        author = f"by {author}"
    parts = [author, meta.outlet or "", meta.date or ""]
    return safe.line(" · ".join(p for p in parts if p.strip()), 200)


def header_rows(doc: Document) -> int:
    """How many rows the header of ``doc`` needs: title, byline (a web page's), where."""
    return 3 if byline(doc) else 2


def short_path(path: str, width: int) -> str:
    """A file's path or a page's address in ``width`` cells with its end kept -- the file
    name says which article it is: folders in the middle give way to "…/" (an address
    keeps its site when there is room: "https://site.example/…/the-story"); cut at its
    end, the name itself was lost.  A name wider than all that loses its middle."""
    if cell_len(path) <= width:
        return path
    base = path.rstrip("/")
    site = re.match(r"[a-z][a-z0-9+.-]*://[^/]+/", base, re.IGNORECASE)
    head = site.group(0) if site else ""
    *folders, name = base[len(head) :].split("/")
    kept = name + path[len(base) :]
    if cell_len(f"{head}…/{kept}") > width:
        head = ""
    for folder in reversed(folders):
        if cell_len(f"{head}…/{folder}/{kept}") > width:
            break
        kept = f"{folder}/{kept}"
    if cell_len(f"{head}…/{kept}") <= width:
        return f"{head}…/{kept}"
    return _middle_cut(kept, width)


def cut_words(text: str, width: int) -> str:
    """``text`` with each word wider than ``width`` cells shortened in its middle (a path
    in a notice), so that wrapping never breaks a word mid-way."""
    return " ".join(_middle_cut(w, width) if cell_len(w) > width else w for w in text.split(" "))


def _middle_cut(text: str, width: int) -> str:
    """``text`` in ``width`` cells with "…" for its middle (wide characters count two).

    A character at a time from the end, then from the start, to whichever side is the
    narrower, while the whole still fits.  The cells of each side are running sums (linear
    in the name), except around a zero-width joiner or a variation selector (joined emoji):
    rich measures those with their neighbours, so each cut is measured whole there."""
    if width <= 1:
        return "…"
    if "\u200d" in text or "\ufe0f" in text:

        def cells(i: int, j: int) -> tuple[int, int, int]:
            """Cells of the left side, the right side, and the cut ``text[:i] + "…" + text[j:]``."""
            return cell_len(text[:i]), cell_len(text[j:]), cell_len(text[:i] + "…" + text[j:])

    else:
        before = list(accumulate(map(cell_len, text), initial=0))  # cells of text[:i]
        dots = cell_len("…")

        def cells(i: int, j: int) -> tuple[int, int, int]:
            left, right = before[i], before[-1] - before[j]
            return left, right, left + dots + right

    i, j = 0, len(text)
    while i < j:  # the end first: the name's end (its suffix) says the most
        left, right, _ = cells(i, j)
        step = (i, j - 1) if right <= left else (i + 1, j)
        if cells(*step)[2] > width:
            break
        i, j = step
    return text[:i] + "…" + text[j:]


def header_content(doc: Document, side: str, focused: bool, rows: int = 2, width: int = 0) -> Content:
    """A pane header: which side and the title; the byline of a web page; its address
    (or the source file), shortened to ``width`` cells from the left if given.  ``rows``
    pads it so both headers are as high as the higher."""
    arrow = "▶ " if focused else "  "
    title = _short(doc.title or doc.source.rsplit("/", 1)[-1], 200)
    where = doc.meta.url if doc.meta is not None and doc.meta.url else doc.source
    parts: list[ContentPart] = [(arrow, "bold $accent"), (side.upper(), "bold"), "  ", (title, "bold")]
    by = byline(doc)
    if by:
        parts += ["\n", ("   " + by, "italic")]
    shown = safe.name(where)
    parts += ["\n", ("   " + (short_path(shown, width - 3) if width > 3 else shown), "dim")]
    parts += ["\n"] * max(0, rows - header_rows(doc))
    return Content.assemble(*parts)


Phrase = tuple[int, Content]
"""One part of the summary and its rank: on a narrow screen the highest ranks go first."""
SEPARATOR = Content(" · ")


def summary_phrases(comparison: Comparison) -> list[Phrase]:
    """Counts and coverage, each a phrase in the role colours, ranked for a narrow screen:
    the little-shared warning and the passage counts stay, coverage goes first."""
    s = comparison.summary()
    found = discrepancies(comparison)
    cov_l = float(s["coverage_left"])
    cov_r = float(s["coverage_right"])
    short = overlap(comparison).short
    passages = " passage: " if s["links"] == 1 else " passages: "
    phrases: list[Phrase] = [(0, Content.styled(f"⚠ {short.capitalize()}", "bold $warning"))] if short else []
    phrases += [
        (
            0,
            Content.assemble(
                (f"{s['links']}", "bold"), passages, (f"{s['shared']} shared", "bold $role-shared")
            ),
        ),
        (1, Content.styled(found.said, "bold $role-conflict")),
        (2, Content.assemble("only left ", (f"{s['unique_left']}", "bold $role-unique"))),
        (2, Content.assemble("only right ", (f"{s['unique_right']}", "bold $role-unique"))),
        (4, Content.assemble("coverage ", (f"L {cov_l:.0%} R {cov_r:.0%}", "bold"))),
    ]
    if found.parts:  # not all in passages: where they are, as every view says it
        phrases.append((3, Content.styled(found.parts, "$role-conflict")))
    spelled = _spelled_two_ways(comparison)
    if spelled:  # names spelled two ways, in a passage or outside any: which (not counted
        # again: the count is the discrepancies')
        more = f" and {len(spelled) - 3} more" if len(spelled) > 3 else ""
        said = f"spelled two ways: {', '.join(spelled[:3])}{more}"
        phrases.append((3, Content.styled(said, "bold $role-conflict")))
    return phrases


def summary_content(comparison: Comparison) -> Content:
    """The whole summary on one line (what a wide screen shows)."""
    return SEPARATOR.join(p for _, p in summary_phrases(comparison))


def fit_phrases(phrases: list[Phrase], width: int, rows: int) -> list[Content]:
    """At most ``rows`` rows of whole phrases, never one cut mid-phrase: the highest-ranked
    (last of equals) are left out until the rest fit, and a row ending in "…" says so."""
    kept = list(phrases)
    while True:
        dropped = len(kept) < len(phrases)
        lines = _pack([p for _, p in kept], width, dropped)
        if len(lines) <= rows or len(kept) <= 1:
            return lines[:rows]
        worst = max(range(len(kept)), key=lambda i: (kept[i][0], i))
        if kept[worst][0] == 0 and all(rank == 0 for rank, _ in kept):
            return lines[:rows]
        del kept[worst]


def _pack(phrases: list[Content], width: int, ellipsis: bool) -> list[Content]:
    """Phrases into rows of ``width`` cells joined by " · "; a phrase wider than a row is
    shortened; ``ellipsis``: the last row ends in " …" (something was left out)."""
    lines: list[Content] = []
    line: Content | None = None
    for phrase in [*phrases, Content("…")] if ellipsis else phrases:
        if phrase.cell_length > width:
            phrase = phrase.truncate(max(1, width - 1)) + Content("…")
        joined = phrase if line is None else line + SEPARATOR + phrase
        if line is not None and joined.cell_length > width:
            lines.append(line)
            joined = phrase
        line = joined
    if line is not None:
        lines.append(line)
    return lines


def phrase_rows(content: Content, width: int) -> list[Content]:
    """Each line of ``content`` as rows of ``width`` cells broken between its phrases
    (" · "), never inside one: a row that would end in half a phrase starts the phrase on
    the next row (the panel's last row ended "c next conflict ·", its key's words cut off
    below); only a phrase wider than a row is wrapped, at its spaces."""
    rows: list[Content] = []
    for line in content.split("\n", allow_blank=True):
        row: Content | None = None
        for phrase in line.split(" · ", allow_blank=True):
            if phrase.cell_length > width:
                wrapped = phrase.wrap(width) or [Content("")]
                rows += ([] if row is None else [row]) + wrapped[:-1]
                row = wrapped[-1]
                continue
            joined = phrase if row is None else row + SEPARATOR + phrase
            if row is not None and joined.cell_length > width:
                rows.append(row)
                joined = phrase
            row = joined
        rows.append(Content("") if row is None else row)
    return rows


def _spelled_two_ways(comparison: Comparison) -> list[str]:
    """Each name spelled two ways, once: the document-level list, then those that conflict
    links show (a name of one bearer spelled two ways is a conflict link of its own)."""
    found = [n.difference for n in comparison.names if n.difference.kind != DATELINE]
    found += [d for link in comparison.links for d in link.differences if d.kind == "spelling"]
    return list(dict.fromkeys(f"{d.left}/{d.right}" for d in found))


def legend_content() -> Content:
    return Content.assemble(
        ("■", "$role-shared"),
        " both  ",
        ("■", "$role-conflict"),
        " disagree  ",
        ("■", "$role-unique"),
        " one side  ",
        ("■", "$role-removed"),
        " removed",
    )


def _ids(ids: tuple[int, ...], compact: bool) -> str:
    """Sentence numbers (1-based); compact: the first two and the last of a long list."""
    if compact and len(ids) > 3:
        return f"{ids[0] + 1}, {ids[1] + 1} … {ids[-1] + 1} ({len(ids)})"
    return ", ".join(str(i + 1) for i in ids)


def details_content(
    nav: Navigator,
    stop: Stop | None,
    keys: KeyTable,
    compact: bool = False,
    status: str = "",
    side: Side = "left",
) -> Content:
    """What the details panel says about the selected stop (naming the keys in force),
    under the ``status`` line (search position, wrap-around) if any.

    ``compact`` (a small terminal, where the panel has two rows): a headline that fits
    one row -- no score, long sentence lists shortened -- so the first disagreement (the
    next row) is on screen; a status stands in for the headline until the next move."""
    empty = stop is None and not nav.stops[side]
    body = empty_side_content(nav, side, keys) if empty else _details(nav, stop, keys, compact)
    if not status:
        return body
    lines = body.split("\n")
    lines[: 1 if compact else 0] = [Content.styled(status, "bold $accent")]
    return Content("\n").join(lines)


def empty_side_content(nav: Navigator, side: Side, keys: KeyTable) -> Content:
    """What the details panel says on a side with no sentences: which one, why, and the
    keys that still help (the removed text, the other article)."""
    o = overlap(nav.comparison)
    if len(o.empty) == 2:
        removed = f"\n{keys.hint('toggle-removed')} shows what was removed."
        return Content.assemble((o.notice, "bold $warning"), removed)
    there = other(side)
    said = f"The {side} article has no sentences (nothing is left after clean-up)."
    return Content.assemble(
        (said, "bold $warning"),
        f"\n{keys.hint('toggle-removed')} shows what was removed · "
        f"{keys.hint('switch-pane')} goes to the {there} article.",
    )


def _details(nav: Navigator, stop: Stop | None, keys: KeyTable, compact: bool) -> Content:
    if stop is None:
        return Content("Nothing to show.")
    c = nav.comparison
    link = nav.link(stop)
    if link is None:
        doc = c.document(stop.side)
        sentence = doc.sentences[stop.first]
        return Content.assemble(
            ("Only in the " + stop.side + " article", "bold $role-unique"),
            f" · sentence {stop.first + 1} of {len(doc.sentences)} · paragraph {sentence.paragraph + 1}",
            "\n",
            (f"No sentence of the {other(stop.side)} article tells this · ", "dim"),
            (keys.hint("next-unique"), "bold"),
            (" next unique · ", "dim"),
            (keys.hint("next-conflict"), "bold"),
            (" next conflict · ", "dim"),
            (keys.hint("switch-pane"), "bold"),
            (" other side", "dim"),
        )
    li = stop.link if stop.link is not None else 0
    relation_style = "bold $role-conflict" if link.relation == "conflict" else "bold $role-shared"
    if compact:
        relation = "disagree" if link.relation == "conflict" else "both tell this"
        how = " · left "
    else:
        relation = "the accounts disagree" if link.relation == "conflict" else "both tell this"
        alike = same_words(*_texts(c, link))
        how = f" · {alike:.0%} same words · left "
        if not link.aligned:
            how = " · found across the articles · left "
        elif linked_by_place(link.score, link.aligned, alike):
            how = " · linked by place, not words · left "  # between two linked passages (a text in order)
    parts: list[ContentPart] = [
        (nav.passage_label(li, stop.side, compact), "bold"),
        " · ",
        (relation, relation_style),
        how,
        _ids(link.left, compact),
        " ↔ right ",
        _ids(link.right, compact),
    ]
    if compact and len(link.differences) > 1:  # two rows: all in one line, each label once
        note = safe.line(link.note)
        parts += ["\n", ("≠ ", "bold $role-conflict"), *_note_parts(link.differences[0].kind, note)]
    else:
        for d in link.differences:
            parts += ["\n", ("≠ ", "bold $role-conflict"), *_note_parts(safe.line(d.kind), safe.line(d.note))]
    if link.only_left:
        parts += ["\n", ("only left: ", "bold"), _list(link.only_left)]
    if link.only_right:
        parts += ["\n", ("only right: ", "bold"), _list(link.only_right)]
    if not link.differences and not link.only_left and not link.only_right:
        parts += ["\n", *_same_facts(c, link, keys)]
    elif changes := unread_changes(c, link):  # beside its facts, what else the words change
        shown = said_apart(changes, _CHANGES_SHOWN, lambda w: safe.line(w, 60))
        parts += ["\n", ("Words differ: ", "bold"), shown]
    return Content.assemble(*parts)


def _texts(c: Comparison, link: Link) -> tuple[str, str]:
    """The passage's sentences of each side, joined."""
    return c.text("left", link.left), c.text("right", link.right)


# the places of small rewording a passage's details list (the word diff shows every one)
_CHANGES_SHOWN = 2


def _same_facts(c: Comparison, link: Link, keys: KeyTable) -> list[ContentPart]:
    """What a passage with no fact apart says: the same words, or no fact the rules know
    apart in other words ("was on probation" / "was not on probation" is no rule's fact), so
    the reader knows to look at the words."""
    texts = _texts(c, link)
    if _words(texts[0]) == _words(texts[1]):
        return [("Same words on both sides.", "dim")]
    alike = same_words(*texts)
    if alike == 1.0:  # "3.1 percent" / "3.1%", "Gov." / "Governor": one wording, another form
        return [("Same words on both sides, written another way (a figure, a title, a mark).", "dim")]
    if linked_by_place(link.score, link.aligned, alike):
        return [
            ("Linked only by its place between two linked passages: read both · ", "dim"),
            (keys.hint("toggle-diff"), "bold"),
            (" word diff", "dim"),
        ]
    changes = small_changes(*texts)
    if not changes:
        return [
            ("Told in other words: the fact rules could not check it, so read both · ", "dim"),
            (keys.hint("toggle-diff"), "bold"),
            (" word diff", "dim"),
        ]
    return [
        ("Words differ: ", "bold"),
        said_apart(changes, _CHANGES_SHOWN, lambda w: safe.line(w, 60)),
        (" · no fact rule reads them · ", "dim"),
        (keys.hint("toggle-diff"), "bold"),
        (" word diff", "dim"),
    ]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


class Details(Widget):
    """The selected passage, in words.

    Not a Static: its height is fixed by CSS, so a new text needs a repaint only, not
    the layout pass a Static's update triggers (which cost tens of ms per key press).
    """

    DEFAULT_CSS = "Details { overflow-y: auto; }"

    def __init__(self, content: Content, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._content = content

    def update(self, content: Content) -> None:
        self._content = content
        self.refresh()

    def render(self) -> Content:
        return Content("\n").join(phrase_rows(self._content, max(1, self.content_region.width)))


class PaneHeader(Static):
    """A pane's header, built for its width when drawn: the path keeps its file name."""

    _header: tuple[Document, Side, bool, int] | None = None

    def show(self, doc: Document, side: Side, focused: bool, rows: int) -> None:
        self._header = (doc, side, focused, rows)
        self.refresh()

    def render(self) -> Content:
        if self._header is None:
            return Content("")
        doc, side, focused, rows = self._header
        return header_content(doc, side, focused, rows, self.content_region.width)


class Summary(Widget):
    """Counts of the whole comparison, in at most ``ROWS`` rows of whole phrases: on a
    narrow screen the lower-priority ones are left out (:func:`fit_phrases`)."""

    ROWS = 2
    DEFAULT_CSS = "Summary { height: auto; }"

    def __init__(self, content: Content, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._phrases: list[Phrase] = [(0, content)]

    def update(self, content: Content | list[Phrase]) -> None:
        self._phrases = content if isinstance(content, list) else [(0, content)]
        self.refresh(layout=True)

    def _lines(self, width: int) -> list[Content]:
        return fit_phrases(self._phrases, max(1, width), self.ROWS)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))

    def render(self) -> Content:
        return Content("\n").join(self._lines(self.content_region.width))


class SearchLine(Field):
    """The search line: enter finds, escape closes (keys from the command table)."""

    BINDINGS = bindings("search")

    def __init__(self, keys: KeyTable, *, id: str | None = None) -> None:
        find, close = keys.hint("search-find"), keys.hint("search-close")
        super().__init__(placeholder=f"search both articles · {find} to find · {close} to close", id=id)


def failed_content(message: str, keys: KeyTable) -> Content:
    """The loading panel when the first comparison failed: what, and what to do next."""
    return Content.assemble(
        ("Cannot open: ", "bold $error"),
        safe.line(message),
        "\n",
        (keys.hint("open"), "bold"),
        " open other files · ",
        (keys.hint("quit"), "bold"),
        " quit",
    )


def _note_parts(kind: str, note: str) -> list[str | tuple[str, str]]:
    """The note with its leading label in bold ("quote worded two ways: ..."); a note without
    one gets its kind as the label."""
    head, sep, rest = note.partition(": ")
    if sep:  # every note opens with its label ("day: ...", "name spelled two ways: ...")
        return [(head, "bold"), ": ", rest]
    return [(kind, "bold"), ": ", note]
