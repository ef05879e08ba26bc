"""The command palette's view of the command table: the commands usable right now; and
the palette that chooses a theme, the reader's own first.

It reads the table (:mod:`reader.app.commands`) and runs a command as an action of the
main screen; the table and the screen know nothing of it, so the dependency runs one
way: ``main -> palette -> screen -> commands``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider

from reader.app.commands import COMMANDS, Command
from reader.app.keys import table_of
from reader.app.screen import ReaderScreen


class ReaderCommands(Provider):
    """The reader's commands in the palette, each with its keys in force and what it does."""

    def _main_screen(self) -> ReaderScreen | None:
        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, ReaderScreen):
                return screen
        return None

    def _usable(self) -> Iterator[tuple[Command, partial[Any], str]]:
        screen = self._main_screen()
        if screen is None:
            return
        keys = table_of(self.app)
        for command in COMMANDS:
            if command.palette and screen.check_action(command.action, ()):
                run = partial(screen.run_action, command.action)
                yield command, run, f"{keys.label(command.id)} · {command.tooltip}"

    async def discover(self) -> Hits:
        for command, run, help_text in self._usable():
            yield DiscoveryHit(command.name, run, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        words = " ".join(query.lower().split())
        for command, run, help_text in self._usable():
            score = matcher.match(command.name)
            if score > 0:
                yield Hit(score, matcher.highlight(command.name), run, help=help_text)
            elif len(words) >= 3 and words in command.tooltip.lower():
                # the words the rest of the app uses ("disagree", "words differ") find the
                # command named otherwise ("Next conflict", "Next reworded passage"), below
                # any match of a name
                yield Hit(_BY_DESCRIPTION, command.name, run, help=help_text)


# the score of a command found by its description, not its name (names score up to 1)
_BY_DESCRIPTION = 0.1


class ThemeChoices(Provider):
    """Every theme in one list: the reader's own first (their role colours and marks are
    made for it), then Textual's (which get the reader's default role colours)."""

    def _choices(self) -> list[tuple[str, str]]:
        app = self.app
        ours = [n for n in getattr(app, "reader_themes", []) if n in app.available_themes]
        rest = sorted(n for n in app.available_themes if n not in ours)
        said = [(n, "the reader's theme") for n in ours]
        return said + [(n, "Textual's theme, with the reader's default role colours") for n in rest]

    def _set(self, name: str) -> None:
        self.app.theme = name
        self.app.notify(f"Theme: {name}", timeout=2, markup=False)

    async def discover(self) -> Hits:
        for name, help_text in self._choices():
            yield DiscoveryHit(name, partial(self._set, name), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text in self._choices():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self._set, name), help=help_text)


def theme_palette() -> CommandPalette:
    """The palette that chooses a theme (the palette's "Theme" entry)."""
    return CommandPalette(providers=[ThemeChoices], placeholder="Search for themes (the reader's first)…")
