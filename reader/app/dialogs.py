"""Small modal screens: help, export, open, confirm overwrite.

Each one returns its answer through ``dismiss`` so the flows (:mod:`reader.app.flows`)
decide what to do (write the file, run a comparison); the dialogs themselves never touch
the comparison.  Their keys come from the command table and their hints from the keys
in force (:mod:`reader.app.keys`), so a remapped key is named right here too.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from reader.app import safe
from reader.app.commands import COMMANDS, bindings
from reader.app.fields import Field, after_typed
from reader.app.keys import spoken, table_of
from reader.export import FORMATS as BY_SUFFIX
from reader.web import is_url

SUFFIX = {"markdown": ".md", "json": ".json", "html": ".html"}
FORMATS = (  # (format, radio label): what the export dialog offers, the first chosen
    ("markdown", "Markdown (for people)"),
    ("json", "JSON (for programs)"),
    ("html", "HTML report (to share)"),
)


class FormatButton(RadioButton):
    """A format of the export dialog: the chosen one shows a dot, the others none -- seen
    without colour (a plain radio button shows the same dot in two colours)."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # Textual reads it per render
        return "●" if self.value else " "


class _Shown:
    """Paths as a dialog shows them (:func:`reader.app.safe.name`) and back: a name with
    a control character or an undecodable byte is shown with visible stand-ins, and
    submitting it unedited gives the real path back."""

    def __init__(self) -> None:
        self._real: dict[str, str] = {}

    def show(self, path: str) -> str:
        shown = safe.name(path)
        self._real[shown] = path
        return shown

    def real(self, value: str) -> str:
        return self._real.get(value, value)


# the help's columns: each as wide as its longest entry and two spaces, so no two run together
_NAME_W = max(len(c.name) for c in COMMANDS) + 2
_ID_W = max(len("id for [keymap]"), *(len(c.id) for c in COMMANDS)) + 2
_WIDE = 2 + 16 + _NAME_W + _ID_W  # where "what it does" starts when the ids are shown


def _help_head(room: int, ids: bool = True) -> str:
    """The help's column heads; the third is the command's id, what a [keymap] entry in
    config.toml remaps (left out with ``ids`` false: a screen too narrow for it).  Narrow (80
    columns, ``room`` < 24 cells for the words): "what it does" goes on a line below, as each
    command's words do, not wrapped ("what it" / "does")."""
    head = f"  {'key':<16}{'command':<{_NAME_W}}" + (f"{'id for [keymap]':<{_ID_W}}" if ids else "")
    head = head + "what it does" if room >= 24 else f"{head.rstrip()}\n    what it does"
    return f"{head}\n\n"


class HelpScreen(ModalScreen[None]):
    """Every key, grouped, from the same table as the footer and the palette."""

    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = bindings("help")

    def compose(self) -> ComposeResult:
        group = ""
        box = min(110, int(self.app.size.width * 0.95)) - 6
        room = box - _WIDE
        indent = " " * _WIDE
        keys = table_of(self.app)
        palette = spoken(self.app.COMMAND_PALETTE_BINDING)
        parts: list[str | tuple[str, str] | Content] = [(_help_head(room, box >= _WIDE), "dim")]
        for command in COMMANDS:
            if command.group != group:
                if group:
                    parts.append("\n")
                group = command.group
                parts += [(group, "bold $accent"), "\n"]
            parts += [(f"  {keys.label(command.id):<16}", "bold"), f"{command.name:<{_NAME_W}}"]
            if box >= _WIDE:  # what [keymap] names; on a narrow screen it would wrap the row
                parts.append((f"{command.id:<{_ID_W}}", "italic $text-muted"))
            if room >= 24:
                lines = textwrap.wrap(command.tooltip, room) or [""]
                parts += [(lines[0], "dim"), "\n"]
                parts += [part for line in lines[1:] for part in (indent, (line, "dim"), "\n")]
            else:  # under the command, each line indented (not wrapped back to the edge)
                lines = textwrap.wrap(command.tooltip, max(20, box - 4)) or [""]
                parts += ["\n", *(part for line in lines for part in ("    ", (line, "dim"), "\n"))]
        parts += [
            "\n",
            ("Mouse", "bold $accent"),
            "\n",
            ("  click a sentence", "bold"),
            "  selects its passage in both articles\n",
            ("  wheel", "bold"),
            "             scrolls a pane; the other follows the alignment\n",
            (f"  {palette}", "bold"),
            f"{'':<{18 - len(palette)}}command palette (every command above, by name)\n",
            "\n",
            ("Colours", "bold $accent"),
            "\n  ",
            ("both say it", "$role-shared"),
            " · ",
            ("they disagree", "$role-conflict"),
            " · ",
            ("only one says it", "$role-unique"),
            " · ",
            ("removed boilerplate", "$role-removed"),
            "\n  words that differ inside a passage are marked; conflicting values most strongly",
            "\n  a mark beside a line (colour-blind theme: = ! + ~) belongs to the sentence that",
            "\n  fills most of that line; the text's own style marks every sentence",
            "\n\n",
            ("Themes", "bold $accent"),
            f"\n  {keys.label('next-theme')} cycles the reader's own, from this one: ",
            f"{' → '.join(self._ours())};",
            f"\n  the palette's Theme ({palette}) lists them first, then Textual's",
        ]
        with Vertical(id="help-box"):
            yield Label("reader · keys", id="help-title")
            with VerticalScroll():
                yield Static(Content.assemble(*parts), id="help-text")
            yield Label(f"{keys.label('help-close')} to close", classes="dialog-hint")

    def _ours(self) -> list[str]:
        """The reader's own themes in the order the key goes through them, the one in use first."""
        names = list(getattr(self.app, "reader_themes", [])) or ["colorblind", "dark", "light"]
        at = names.index(self.app.theme) if self.app.theme in names else 0
        return names[at:] + names[:at]

    def action_dismiss(self, result: None = None) -> None:  # type: ignore[override]
        self.dismiss(None)

    def action_scroll_help(self, lines: int) -> None:
        """j and k move the help as they move the panes (the arrows and page keys scroll it too)."""
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question (used before overwriting a file)."""

    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = bindings("confirm")

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content(self.question), classes="dialog-text")
            with Horizontal(classes="dialog-buttons"):
                keys = table_of(self.app)
                yield Button(f"Overwrite ({keys.hint('confirm-yes')})", variant="warning", id="yes")
                yield Button(f"Cancel ({keys.hint('confirm-no')})", id="no")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


class FormatSet(RadioSet):
    """The export formats: an arrow picks the format it moves to, as a radio group does (two
    user tests moved the highlight, saw it on HTML and exported Markdown: only enter picked)."""

    def action_next_button(self) -> None:
        super().action_next_button()
        if self.has_focus:  # (the set moves to its first button on mount, picking nothing)
            self.action_toggle_button()

    def action_previous_button(self) -> None:
        super().action_previous_button()
        if self.has_focus:
            self.action_toggle_button()


class ExportScreen(ModalScreen[tuple[str, str] | None]):
    """Format and path for an export; answers ``(format, path)`` or None.

    The file name's suffix decides the format, as on the command line: typing ``.json``
    selects JSON, picking HTML makes the name end in ``.html``, and a name with an unknown
    suffix (or none) is refused with a line in the dialog, which stays open.
    """

    # enter exports wherever the focus is (after picking a format too), except on Cancel
    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = bindings("export")

    def __init__(
        self, default_stem: str, folder: str | None = None, path: str = "", error: str = "", fmt: str = ""
    ) -> None:
        """``path`` and ``error``: the dialog back after an export failed, with the name
        that was given and why it could not be written; ``fmt``: the format chosen last time."""
        super().__init__()
        self.stem = default_stem
        self.folder = folder or os.getcwd()
        self.paths = _Shown()
        self.path, self.error = path, error
        self.format = (self._format_of(self.paths.show(path)) if path else None) or fmt or "markdown"
        self._echoes: list[str] = []  # formats set from the name typed, their Changed to come
        self._error_at = ""  # the name the error shown is about

    def _path_for(self, fmt: str) -> str:
        return self.paths.show(str(Path(self.folder) / (self.stem + SUFFIX[fmt])))

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="export-box"):
            yield Label("Export the comparison", classes="dialog-title")
            with FormatSet(id="format"):
                for fmt, label in FORMATS:
                    yield FormatButton(label, value=fmt == self.format, id=fmt)
            yield Label("Write to (the suffix picks the format: .md, .json, .html):")
            shown = self.paths.show(self.path) if self.path else self._path_for(self.format)
            self._error_at = shown  # the error stays until the name is changed
            yield Field(shown, id="path", select_on_focus=False)
            error = Static(Content(safe.line(self.error)), id="export-error", classes="dialog-error")
            error.set_class(bool(self.error), "-shown")
            yield error
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")
            keys = table_of(self.app)
            hint = (
                f"{keys.hint('export-submit')} to export · {keys.hint('export-format')} for the formats"
                f" · {keys.hint('export-cancel')} to cancel"
            )
            yield Label(hint, classes="dialog-hint")

    def on_mount(self) -> None:
        field = self.query_one("#path", Input)
        field.focus()
        field.cursor_position = len(field.value)
        # the highlight on the format chosen (a RadioSet highlights its first button when
        # mounted): enter there exports, it does not pick the first format instead
        formats = self.query_one("#format", RadioSet)
        formats._selected = [fmt for fmt, _ in FORMATS].index(self.format)  # (pressed_index: not yet)

    def _format_of(self, value: str) -> str | None:
        """The format the name's suffix asks for (None: no suffix, or one we do not write)."""
        return BY_SUFFIX.get(Path(self.paths.real(value.strip())).suffix.lower())

    def _error(self, text: str) -> None:
        error = self.query_one("#export-error", Static)
        error.update(Content(safe.line(text)))
        error.set_class(bool(text), "-shown")
        self._error_at = self.query_one("#path", Input).value

    @on(Input.Changed, "#path")
    def _name_changed(self) -> None:
        """A suffix typed selects its format (the name is left as typed).

        Typing is faster than the messages: the name is read as it is now (the event's
        value may be a few keys old), and the RadioSet's Changed for the button set here
        is marked as this echo, not a format picked by hand: it arrives after more keys,
        and it rewrote the suffix of the name being typed ("c.md.json" became "c.md.md",
        "c.jsonl" became "c.json")."""
        value = self.query_one("#path", Input).value
        if value != self._error_at:  # not the field filled in when the dialog came back
            self._error("")
        fmt = self._format_of(value)
        if fmt is not None and fmt != self.format:
            self.format = fmt
            button = self.query_one(f"#{fmt}", RadioButton)
            if not button.value:  # a button already on sends no Changed
                self._echoes.append(fmt)
                button.value = True

    @on(RadioSet.Changed)
    def _format_changed(self, event: RadioSet.Changed) -> None:
        """A format picked gives the name that format's suffix (unless it has one already)."""
        fmt = event.pressed.id if event.pressed.id in SUFFIX else "markdown"
        if fmt in self._echoes:  # set from the name typed, not picked: leave the name alone
            self._echoes.remove(fmt)
            return
        self.format = fmt
        path_input = self.query_one("#path", Input)
        current = path_input.value
        real = self.paths.real(current)
        if self._format_of(current) == fmt or not real.strip() or real.endswith(("/", os.sep)):
            return
        suffix = Path(real).suffix
        base = real[: -len(suffix)] if suffix else real
        path_input.value = self.paths.show(base + SUFFIX[fmt])

    def action_submit(self) -> None:
        after_typed(self, self._submit)

    def _submit(self) -> None:
        focused = self.focused
        if isinstance(focused, Button) and focused.id == "cancel":
            self.dismiss(None)
        elif isinstance(focused, RadioSet) and focused.pressed_index != focused._selected:
            focused.action_toggle_button()  # enter on the formats picks the highlighted one first
        else:
            self._ok()

    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        value = self.query_one("#path", Input).value.strip()
        if not value:
            self._error("Give a file name.")
            return
        fmt = self._format_of(value)
        if fmt is None:
            suffix = Path(self.paths.real(value)).suffix
            said = f"Unknown suffix {safe.line(suffix, 20)!r}" if suffix else "No suffix"
            self._error(f"{said}: end the name with .md, .json or .html (the suffix picks the format).")
            self.query_one("#path", Input).focus()
            return
        path = self.paths.real(value)
        self.dismiss((fmt, path if path != value else os.path.expanduser(path)))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class OpenScreen(ModalScreen[tuple[str, str] | None]):
    """Two paths to compare; answers ``(left, right)`` or None.

    Enter opens once both are given (else it goes to the empty one).  When the two
    cannot be compared (no such file, a page that does not load) the screen brings the
    dialog back with what was typed and ``error``, the one-line reason, shown in it.
    """

    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = bindings("open")

    def __init__(self, left: str, right: str, error: str = "") -> None:
        super().__init__()
        self.left, self.right = left, right
        self.error = error
        self.paths = _Shown()

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="open-box"):
            yield Label("Compare two articles", classes="dialog-title")
            yield Static(
                Content("Text files, saved web pages (.html) or http(s) addresses."),
                classes="dialog-text",
            )
            yield Label("Left:")
            yield Field(self.paths.show(self.left), id="left", select_on_focus=False)
            yield Label("Right:")
            yield Field(self.paths.show(self.right), id="right", select_on_focus=False)
            error = Static(Content(safe.line(self.error)), id="open-error", classes="dialog-error")
            error.set_class(bool(self.error), "-shown")
            yield error
            with Horizontal(classes="dialog-buttons"):
                yield Button("Open", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")
            keys = table_of(self.app)
            hint = (
                f"{keys.hint('open-submit')} to open · {keys.hint('open-next')} to move"
                f" · {keys.hint('open-cancel')} to cancel"
            )
            yield Label(hint, classes="dialog-hint")

    def on_mount(self) -> None:
        # back with an error about the right path only: the cursor goes where the fix is typed
        field = self.query_one(f"#{self._failed_side()}", Input)
        field.focus()
        field.cursor_position = len(field.value)

    def _failed_side(self) -> str:
        """The side the error names ("…/nope.txt: no such file"), the left when both or neither."""
        named = [bool(p) and safe.line(safe.name(p)) in self.error for p in (self.left, self.right)]
        return "right" if named == [False, True] else "left"

    def _say(self, text: str) -> None:
        error = self.query_one("#open-error", Static)
        error.update(Content(safe.line(text)))
        error.set_class(bool(text), "-shown")

    def action_submit(self) -> None:
        after_typed(self, self._submit)

    def _submit(self) -> None:
        """On Cancel: cancel; elsewhere: open when both paths are given, else go to the empty one."""
        focused = self.focused
        if isinstance(focused, Button) and focused.id == "cancel":
            self.dismiss(None)
        else:
            self._ok()

    @on(Button.Pressed, "#ok")
    def _ok(self) -> None:
        fields = [self.query_one(f"#{side}", Input) for side in ("left", "right")]
        empty = [field for field in fields if not field.value.strip()]
        if empty:
            empty[0].focus()
            self._say("Give two files, pages or addresses.")
            return
        left, right = (self._path(field.value.strip()) for field in fields)
        self.dismiss((left, right))

    def _path(self, value: str) -> str:
        """What was typed as a path: an address as written, a file with ``~`` expanded,
        a name shown with stand-ins as the real name."""
        real = self.paths.real(value)
        return real if real != value or is_url(value) else os.path.expanduser(value)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
