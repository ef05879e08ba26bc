"""The one table of what the reader can do: keys, footer, help screen, command palette.

Every command is written once here.  The main screen's ``BINDINGS`` are generated from
it, the help screen lists it, and the command palette offers it, so a key can never be
documented in one place and missing in another.  Whether a command can be used right
now (say, "next conflict" when there are none) is the screen's ``check_action``: the
footer greys it out and the palette leaves it out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from reader.app.screen import ReaderScreen


@dataclass(frozen=True, slots=True)
class Command:
    """One thing the user can do, with every way it is shown."""

    key: str  # Textual key name(s), comma-separated
    action: str  # action name on the main screen
    description: str  # short label (footer, palette)
    id: str
    tooltip: str  # one sentence: what it does and why you would
    group: str  # heading in the help screen
    show: bool = True  # in the footer
    key_display: str | None = None
    priority: bool = False
    palette: bool = True
    title: str = ""  # longer name for the palette and help, when the footer label is terse

    @property
    def name(self) -> str:
        return self.title or self.description


COMMANDS: tuple[Command, ...] = (
    Command(
        "question_mark", "help", "Help", "help", "Show every key and what it does.", "App", key_display="?"
    ),
    Command("q", "quit", "Quit", "quit", "Leave the reader.", "App"),
    Command(
        "j,down",
        "next",
        "Passage",
        "next",
        "Select the next passage (or sentence) in this pane.",
        "Move",
        key_display="j/k",
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
        key_display="c/C",
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
        "Jump to the next sentence that only this side has (tab to look at the other side).",
        "Move",
        key_display="u/U",
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
        key_display="tab",
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
        "Search both articles for words (case-insensitive).",
        "Find",
        key_display="/",
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
        "e",
        "export",
        "Export",
        "export",
        "Write the comparison to a Markdown or JSON file.",
        "File",
        title="Export comparison",
    ),
    Command("o", "open", "Open", "open", "Compare two other files.", "File", title="Open other files"),
    Command(
        "r",
        "toggle_removed",
        "Removed",
        "toggle-removed",
        "Show or hide the boilerplate that was taken out (dimmed).",
        "View",
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


def bindings() -> list[Binding | tuple[str, str] | tuple[str, str, str]]:
    """The main screen's key bindings, generated from :data:`COMMANDS`."""
    return [
        Binding(
            c.key,
            c.action,
            c.description,
            show=c.show,
            key_display=c.key_display,
            priority=c.priority,
            tooltip=c.tooltip,
            id=c.id,
        )
        for c in COMMANDS
    ]


def key_label(command: Command) -> str:
    """Keys as a person types them ("j / down"), for the help screen and palette."""
    names = {"slash": "/", "question_mark": "?", "space": "space", "pagedown": "PgDn", "pageup": "PgUp"}
    return " / ".join(names.get(k, k) for k in command.key.split(","))


class ReaderCommands(Provider):
    """The command palette's view of :data:`COMMANDS` (only those usable right now)."""

    def _usable(self) -> Iterator[Command]:
        screen = self._main_screen()
        if screen is None:
            return
        for command in COMMANDS:
            if command.palette and screen.check_action(command.action, ()):
                yield command

    def _main_screen(self) -> ReaderScreen | None:
        from reader.app.screen import ReaderScreen

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, ReaderScreen):
                return screen
        return None

    def _runner(self, command: Command) -> partial[Any]:
        screen = self._main_screen()
        assert screen is not None
        return partial(screen.run_action, command.action)

    async def discover(self) -> Hits:
        for command in self._usable():
            yield DiscoveryHit(
                command.name, self._runner(command), help=f"{key_label(command)} · {command.tooltip}"
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._usable():
            score = matcher.match(command.name)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(command.name),
                    self._runner(command),
                    help=f"{key_label(command)} · {command.tooltip}",
                )
