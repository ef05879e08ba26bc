"""The reader's Textual app: themes, remembered settings, keymap, and the main screen.

The app itself is thin: it registers the theme files, restores the remembered theme,
applies the user's ``[keymap]`` (:mod:`reader.app.keys`) with Textual's ``set_keymap``,
and hands everything else to :class:`reader.app.screen.ReaderScreen`.  Tests and the
benchmark construct it directly (optionally with a finished Comparison, which skips the
worker) and drive it with Pilot.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import sys
import time
from collections.abc import Iterable
from typing import TextIO

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.theme import Theme

from reader.app import safe
from reader.app.commands import BY_ID
from reader.app.keys import KeyTable, parse_keymap
from reader.app.palette import ReaderCommands, theme_palette
from reader.app.panels import cut_words
from reader.app.screen import ReaderScreen
from reader.app.themes import (
    DEFAULT_ROLE_COLORS,
    DEFAULT_THEME,
    RoleLook,
    load_themes,
    read_config,
    write_config,
)
from reader.model import Comparison
from reader.segment import SplitMode

IDLE_GC_SECONDS = 0.5


# A notice (Textual's Toast) is 60 cells wide, at most half the screen, with a border and
# a cell of padding on each side: the cells left for its words.
TOAST_WIDTH = 60
TOAST_FRAME = 4


def toast_room(screen_width: int) -> int:
    """The cells of one line of a notice on a screen ``screen_width`` wide."""
    return max(8, min(TOAST_WIDTH, screen_width // 2) - TOAST_FRAME)


# Textual's palette entries the reader's command table has its own of ("Quit"; "Help" shows
# the keys)
_OWN_COMMANDS = frozenset(("Quit", "Keys"))


# how often the app asks whether its terminal is still there (see ReaderApp._exit_when_hung_up)
HANGUP_CHECK_SECONDS = 2.0


def hung_up(stream: TextIO | None) -> bool:
    """Has the terminal behind ``stream`` hung up (its window closed)?"""
    try:
        fd = stream.fileno() if stream is not None else -1
        if fd >= 0:
            os.tcgetpgrp(fd)
    except OSError as exc:
        return exc.errno == errno.EIO
    except ValueError:  # a closed or detached stream
        return False
    return False


class ReaderApp(App[None]):
    """Two accounts of one story, side by side."""

    CSS_PATH = "reader.tcss"
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        left: str,
        right: str,
        *,
        split: SplitMode = "sentences",
        boilerplate: bool = True,
        theme: str | None = None,
        stdin: bytes | None = None,
        comparison: Comparison | None = None,
        remember: bool = True,
        user_agent: str | None = None,
    ) -> None:
        """``comparison`` shows a finished comparison at once (tests, benchmarks);
        ``remember=False`` leaves the config file alone (screenshots); ``user_agent`` is
        sent when an address is fetched."""
        super().__init__()
        self.user_agent = user_agent
        self.left, self.right = left, right
        self.split = split
        self.boilerplate = boilerplate
        self.stdin = stdin
        self.comparison = comparison
        self.remember = remember
        loaded = load_themes()
        for t in loaded.themes:
            self.register_theme(t)
        self.looks: dict[str, RoleLook] = loaded.looks
        self.reader_themes: list[str] = [t.name for t in loaded.themes]
        self.problems: list[str] = list(loaded.problems)
        config = read_config()
        self.key_table: KeyTable
        self.key_table, bad_keys = parse_keymap(config.get("keymap"))
        self.problems += bad_keys
        self.set_keymap(dict(self.key_table.keymap))
        choice = theme or str(config.get("theme") or DEFAULT_THEME)
        if choice not in self.available_themes:
            if theme:
                self.problems.append(f"no theme named {theme!r}; using {DEFAULT_THEME!r}")
            choice = DEFAULT_THEME
        self.theme = choice
        self._settled = False
        self._last_input = time.monotonic()
        self._gc_threshold = gc.get_threshold()

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """Role colours for themes that do not set them (Textual's own themes)."""
        return dict(DEFAULT_ROLE_COLORS)

    def get_key_display(self, binding: Binding) -> str:
        """A command shown with its reverse ("j/k") names both keys in force."""
        command = BY_ID.get(binding.id or "")
        shown = self.key_table.footer(command) if command is not None else None
        return shown or super().get_key_display(binding)

    def get_default_screen(self) -> Screen[None]:
        return ReaderScreen(
            self.left,
            self.right,
            split=self.split,
            boilerplate=self.boilerplate,
            stdin=self.stdin,
            comparison=self.comparison,
            user_agent=self.user_agent,
        )

    @property
    def main_screen(self) -> ReaderScreen:
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                return screen
        raise LookupError("the main screen is not running")

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        for problem in self.problems:
            self.notify(problem, severity="warning", markup=False)
        self._settled = True
        # The collector's full pass walks every object made since the comparison was
        # frozen (see ReaderScreen._loaded), and Textual's strips leave cycles behind:
        # on a whole Bible that pass took 50-90 ms and landed inside a key press.  So
        # while the app runs, full passes wait until the user pauses; the young
        # generations are still collected as usual.
        gen0, gen1, _ = self._gc_threshold
        gc.set_threshold(gen0, gen1, 1_000_000)
        self.set_interval(IDLE_GC_SECONDS, self._collect_when_idle)
        self.set_interval(HANGUP_CHECK_SECONDS, self._exit_when_hung_up)

    def _exit_when_hung_up(self) -> None:
        """Quit when the terminal is gone.  Run under ``make run`` (make waits for its child and
        passes no hangup on), a closed terminal window left the app spinning on a dead terminal
        at 40-95 % of a core; asking the terminal who is in front fails with EIO once it hung up
        (a pipe or a headless test answers ENOTTY instead, and the app goes on)."""
        if hung_up(sys.__stdout__):
            self.exit()

    def on_unmount(self) -> None:
        gc.set_threshold(*self._gc_threshold)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp)):
            self._last_input = time.monotonic()
        await super().on_event(event)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification is one safe line, shown as written (never markup): the
        messages name files and addresses, and quote errors and notes from outside.  A
        word wider than the notice's line (a path) loses its middle, as in the pane
        headers, instead of being broken at the line's end ("…com.m" / "d")."""
        said = cut_words(safe.line(message), toast_room(self.size.width))
        super().notify(said, title=safe.line(title), severity=severity, timeout=timeout, markup=False)

    def _collect_when_idle(self) -> None:
        """A full collection when nothing was pressed for a while and anything is due.

        Not while a comparison runs in the worker: the pipeline pauses the collector on
        purpose (its millions of new objects hold almost no cycles), and a full pass from
        here would walk them all; they are frozen once the comparison is shown.
        """
        with contextlib.suppress(LookupError):
            if self.main_screen.busy:
                return
        if time.monotonic() - self._last_input >= IDLE_GC_SECONDS and gc.get_count()[2] > 0:
            gc.collect()

    def _theme_changed(self, theme: Theme) -> None:
        """Repaint the panes in the new colours and remember the choice."""
        with contextlib.suppress(LookupError):
            self.main_screen.restyle()
        if self._settled and self.remember and not write_config({"theme": theme.name}):
            self.notify("Could not save the theme choice.", severity="warning", markup=False)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's palette entries, with its "Theme" one listing the reader's themes first;
        not its "Quit" and "Keys", which the reader's own "Quit" and "Help" are (the palette
        listed "Quit" twice)."""
        for command in super().get_system_commands(screen):
            if command.title in _OWN_COMMANDS:
                continue
            if command.title == "Theme":
                yield SystemCommand(
                    "Theme", "Choose a theme: the reader's own first, then Textual's", self.search_themes
                )
            else:
                yield command

    def search_themes(self) -> None:
        self.push_screen(theme_palette())

    def cycle_theme(self) -> None:
        """Next of the reader's own themes (Textual's others are in the palette)."""
        names = self.reader_themes or [self.theme]
        i = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(i + 1) % len(names)]
        self.notify(self.theme_said(), timeout=2, markup=False)

    def theme_said(self) -> str:
        """The theme's name, and that it is kept for the next start when it is (the choice is
        written to the config file: a user should not find it there unannounced)."""
        return f"Theme: {self.theme}" + (" (kept for the next start)" if self.remember else "")
