"""The command palette's view of the command table: the commands usable right now.

It reads the table (:mod:`reader.app.commands`) and runs a command as an action of the
main screen; the table and the screen know nothing of it, so the dependency runs one
way: ``main -> palette -> screen -> commands``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

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
        for command, run, help_text in self._usable():
            score = matcher.match(command.name)
            if score > 0:
                yield Hit(score, matcher.highlight(command.name), run, help=help_text)
