"""The one table of what the reader can do: keys, footer, help, hints, command palette.

Every command is written once here, with its key(s), and nothing else in the app spells
a key: the main screen's and the dialogs' ``BINDINGS`` are generated from this table,
and every hint that names a key (footer, help screen, dialogs, notifications, the
details panel, the search line) asks :class:`reader.app.keys.KeyTable` for the key in
force -- the one written here, or the user's from the ``[keymap]`` table of the config
file.  So a rebinding can never leave a hint wrong.  Each command's ``id`` is its
Binding id, the name a user remaps it by.

Whether a command can be used right now is the screen's ``check_action``: the footer
greys out and the palette leaves out what cannot (no comparison yet, export while one
runs).  A move with nowhere to go ("next conflict" when there are none, "next match"
with no search) stays usable and says why in the status line, rather than a key that
silently does nothing.
This module is pure data and depends on nothing of the app's screens.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding

Scope = str
"""Where a command's binding lives: "main" (the reader), "search" (the search line),
"help", "confirm", "export", "open" (the dialogs)."""


@dataclass(frozen=True, slots=True)
class Command:
    """One thing the user can do, with every way it is shown."""

    key: str
    """Textual key name(s), comma-separated; the first is the one hints name."""
    action: str
    """Action name on the widget that holds the binding."""
    description: str
    """Short label (footer, palette)."""
    id: str
    """Binding id: what the user's ``[keymap]`` names to remap it."""
    tooltip: str
    """One sentence: what it does and why you would."""
    group: str
    """Heading in the help screen."""
    show: bool = True
    """In the footer."""
    pair: str | None = None
    """Id of the reverse command the footer shows after a slash ("j/k")."""
    priority: bool = False
    palette: bool = True
    """Offered by the command palette."""
    title: str = ""
    """Longer name for the palette and help, when the footer label is terse."""
    scope: Scope = "main"

    @property
    def name(self) -> str:
        return self.title or self.description


COMMANDS: tuple[Command, ...] = (
    Command(
        "question_mark,f1",
        "help",
        "Help",
        "help",
        "Show every key and what it does.",
        "App",
    ),
    Command("q", "quit", "Quit", "quit", "Leave the reader.", "App"),
    Command(
        "j,down",
        "next",
        "Passage",
        "next",
        "Select the next passage (or one-sided sentence) in this pane; each passage once, "
        "numbered in this pane's reading order.",
        "Move",
        pair="previous",
        title="Next passage",
    ),
    Command(
        "k,up",
        "previous",
        "Previous",
        "previous",
        "Select the previous passage in this pane.",
        "Move",
        show=False,
        title="Previous passage",
    ),
    Command(
        "c",
        "next_conflict",
        "Conflict",
        "next-conflict",
        "Jump to the next passage where the two accounts disagree.",
        "Move",
        pair="previous-conflict",
        title="Next conflict",
    ),
    Command(
        "C",
        "previous_conflict",
        "Previous conflict",
        "previous-conflict",
        "Jump to the previous passage where the accounts disagree.",
        "Move",
        show=False,
    ),
    Command(
        "u",
        "next_unique",
        "Unique",
        "next-unique",
        "Jump to the next sentence that only this side has (switch pane to see the other side).",
        "Move",
        pair="previous-unique",
        title="Next unique sentence",
    ),
    Command(
        "U",
        "previous_unique",
        "Previous unique",
        "previous-unique",
        "Jump to the previous sentence that only this side has.",
        "Move",
        show=False,
        title="Previous unique sentence",
    ),
    Command(
        "d",
        "next_reworded",
        "Reworded",
        "next-reworded",
        "Jump to the next passage told by both whose words differ where no fact rule reads them: "
        "a few words changed (the details name them) or the sentence rewritten whole.",
        "Move",
        pair="previous-reworded",
        title="Next reworded passage",
    ),
    Command(
        "D",
        "previous_reworded",
        "Previous reworded",
        "previous-reworded",
        "Jump to the previous passage told by both whose words differ where no fact rule reads them.",
        "Move",
        show=False,
        title="Previous reworded passage",
    ),
    Command(
        "pagedown,space",
        "page_down",
        "Page down",
        "page-down",
        "Scroll this pane a page down; the other pane follows the alignment.",
        "Move",
        show=False,
    ),
    Command("pageup,b", "page_up", "Page up", "page-up", "Scroll this pane a page up.", "Move", show=False),
    Command("home,g", "first", "First", "first", "Select the first passage.", "Move", show=False),
    Command("end,G", "last", "Last", "last", "Select the last passage.", "Move", show=False),
    Command(
        "tab",
        "switch_pane",
        "Pane",
        "switch-pane",
        "Move the focus to the other article, keeping the passage when it is there.",
        "Move",
        title="Switch pane",
    ),
    Command(
        "p",
        "partner",
        "Partner",
        "partner",
        "Jump to the partner of the selected passage in the other article.",
        "Move",
        title="Jump to partner",
    ),
    Command(
        "slash",
        "search",
        "Search",
        "search",
        "Search both articles for words (ignoring case and accents: pena finds Peña).",
        "Find",
        title="Search",
    ),
    Command(
        "n",
        "search_next",
        "Next match",
        "search-next",
        "Go to the next search match.",
        "Find",
        show=False,
        title="Next search match",
    ),
    Command(
        "N",
        "search_previous",
        "Previous match",
        "search-previous",
        "Go to the previous search match.",
        "Find",
        show=False,
        title="Previous search match",
    ),
    Command(
        "enter",
        "submit",
        "Find",
        "search-find",
        "In the search line: find the words typed, from the selection on.",
        "Find",
        show=False,
        palette=False,
        scope="search",
        title="Find",
    ),
    Command(
        "escape",
        "screen.close_search",
        "Close",
        "search-close",
        "In the search line: close it and go back to the article.",
        "Find",
        show=False,
        palette=False,
        scope="search",
        title="Close search",
    ),
    Command(
        "e",
        "export",
        "Export",
        "export",
        "Write the comparison to a file: Markdown, JSON, or an HTML report to share.",
        "File",
        title="Export comparison",
    ),
    Command(
        "o",
        "open",
        "Open",
        "open",
        "Compare two other articles: text files, saved web pages (.html) or http(s) addresses.",
        "File",
        title="Open other articles",
    ),
    Command(
        "r",
        "toggle_removed",
        "Removed",
        "toggle-removed",
        "Show or hide the boilerplate that was taken out (dimmed).",
        "View",
        show=False,  # in the help and the palette: the footer keeps room for d/D Reworded
        title="Toggle removed text",
    ),
    Command(
        "w",
        "toggle_diff",
        "Diff",
        "toggle-diff",
        "Mark or unmark the words that differ inside linked passages.",
        "View",
        title="Toggle word diff",
    ),
    Command(
        "s",
        "toggle_single",
        "One pane",
        "toggle-single",
        "Show only the focused article (handy on narrow terminals); press again for both.",
        "View",
        show=False,
        title="Toggle one pane / both",
    ),
    Command(
        "t",
        "next_theme",
        "Theme",
        "next-theme",
        "Switch to the next colour theme (dark, light, colour-blind, yours); it is remembered.",
        "View",
        show=False,
        title="Next theme",
    ),
)


"""The reader's commands (main screen and search line): what the help screen lists."""

DIALOG_COMMANDS: tuple[Command, ...] = (
    Command(
        "escape,q,question_mark,f1", "dismiss", "Close", "help-close", "Close the help.", "Help", scope="help"
    ),
    Command("j", "scroll_help(1)", "Down", "help-down", "Scroll the help down a line.", "Help", scope="help"),
    Command("k", "scroll_help(-1)", "Up", "help-up", "Scroll the help up a line.", "Help", scope="help"),
    Command(
        "y", "answer(True)", "Overwrite", "confirm-yes", "Overwrite the file.", "Confirm", scope="confirm"
    ),
    Command(
        "n,escape",
        "answer(False)",
        "Cancel",
        "confirm-no",
        "Keep the file as it is.",
        "Confirm",
        scope="confirm",
    ),
    Command(
        "enter",
        "submit",
        "Export",
        "export-submit",
        "Export, wherever the focus is in the dialog (except on Cancel).",
        "Export",
        priority=True,
        scope="export",
    ),
    Command(
        "shift+tab",
        "app.focus_previous",
        "Format",
        "export-format",
        "From the file name: go back to the format buttons (an arrow picks a format, enter exports).",
        "Export",
        scope="export",
    ),
    Command(
        "escape", "cancel", "Cancel", "export-cancel", "Close without exporting.", "Export", scope="export"
    ),
    Command(
        "enter",
        "submit",
        "Open",
        "open-submit",
        "Open the two files when both are given; else go to the one still empty.",
        "Open",
        priority=True,
        scope="open",
    ),
    Command("tab", "app.focus_next", "Move", "open-next", "Go to the next field.", "Open", scope="open"),
    Command("escape", "cancel", "Cancel", "open-cancel", "Close without opening.", "Open", scope="open"),
)
"""The dialogs' keys: bound in each dialog, named in its hints, remappable like the rest."""

ALL_COMMANDS: tuple[Command, ...] = COMMANDS + DIALOG_COMMANDS
BY_ID: dict[str, Command] = {c.id: c for c in ALL_COMMANDS}


FOOTER_FIRST = (
    "next",
    "next-conflict",
    "next-unique",
    "search",
    "export",
    "open",
    "help",
    "partner",
    "next-reworded",
)
"""The most used commands, first in the footer: a narrow footer drops whole entries from
its end (:mod:`reader.app.footer`; at 80 columns Export and Open had gone); the help lists
the table in its own order.  "Reworded" is among them: two first-time users found the words
a passage changed only through the help, three of six missed errors shown there alone."""


def _footer_rank(command: Command) -> int:
    return FOOTER_FIRST.index(command.id) if command.id in FOOTER_FIRST else len(FOOTER_FIRST)


def bindings(scope: Scope = "main") -> list[Binding | tuple[str, str] | tuple[str, str, str]]:
    """The key bindings of one scope, generated from the table (each with its ``id``), the
    footer's most used first."""
    return [
        Binding(
            c.key,
            c.action,
            c.description,
            show=c.show,
            priority=c.priority,
            tooltip=c.tooltip,
            id=c.id,
        )
        for c in sorted((c for c in ALL_COMMANDS if c.scope == scope), key=_footer_rank)
    ]
