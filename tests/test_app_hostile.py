"""The app under hostile input (issue 13): nothing from outside reaches the terminal raw.

The app is driven with Pilot at 20x8, 40x12, 80x24 and 300x100 through every key of the
help -- read from the command table, so a new command is covered without touching this
file -- on articles full of markup, escape sequences, bidi controls, very long words and
empty lines, from files whose names carry ESC/OSC sequences, a newline, bytes that are
not UTF-8, or Cyrillic, CJK and emoji.  After every key the screen is checked: no
exception, no control character in any cell, markup shown as written, and no OSC or BEL
in what would be written to the terminal.

The export faults (read-only folder, a folder as target, a full disk, names that are not
UTF-8) leave the old file intact and no temporary file, keep the comparison open, and
say in one line what failed.
"""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path

import pytest
from rich.console import Console
from textual import events
from textual.keys import key_to_character
from textual.pilot import Pilot
from textual.widgets import Input, Static

from reader.app import safe
from reader.app.commands import COMMANDS, Command
from reader.app.dialogs import ConfirmScreen, ExportScreen, HelpScreen, OpenScreen
from reader.app.main import ReaderApp, toast_room
from reader.app.pane import GUTTER
from reader.app.panels import cut_words
from reader.model import Comparison, Meta, Sentence
from reader.pipeline import compare_texts

SIZES = [(20, 8), (40, 12), (80, 24), (300, 100)]

LEFT_TEXT = (
    "[bold red]Mayor[/] resigns after [link=https://evil.example]vote[/link]\n\n"
    "The mayor [bold red]really[/] \x1b[31mresigned\x1b[0m on Friday \x1b]0;PWNED\x07"
    "[link=https://evil.example]after[/link] the vote.\n\n\n\n"
    "Officials said \u202eevil\u202c the [@click=app.quit]budget[/] was wrong.\n"
    "\n   \n"
    f"A {'w' * 400} word is long. The council will meet again on Monday.\n"
)
RIGHT_TEXT = (
    "Mayor quits [i]after[/i] vote\n\n"
    "On Friday the mayor resigned after the vote.\x07\n\n"
    "Officials said the budget was [b]right[/b].\x1b[2J\n\n"
    "The council meets again on Monday. Bidi \u2066isolate\u2069 here.\n"
)
NAMES = [
    (b"evil\x1b]0;PWNED\x07\x1b[31mname.txt", "новости-新闻-📰.txt"),
    (b"line\nbreak\xff\xfe.txt", "\u202eevil\u202c.txt"),
]


def hostile_files(folder: Path, names: tuple[bytes | str, bytes | str]) -> tuple[str, str]:
    paths = []
    for name, text in zip(names, (LEFT_TEXT, RIGHT_TEXT), strict=True):
        raw = name if isinstance(name, bytes) else name.encode("utf-8")
        path = os.path.join(os.fsencode(folder), raw)
        with open(path, "wb") as fh:
            fh.write(text.encode("utf-8"))
        paths.append(os.fsdecode(path))
    return paths[0], paths[1]


def screen_text(app: ReaderApp) -> str:
    """Every cell of the top screen, as text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def terminal_output(app: ReaderApp) -> str:
    """What the driver would write for a full repaint."""
    console = Console(file=io.StringIO(), force_terminal=True, color_system="truecolor", width=app.size.width)
    console.print(app.screen._compositor.render_update(full=True), end="")
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(out, str)
    return out


def assert_clean(app: ReaderApp, where: str, *, output: bool = True) -> None:
    """No cell holds a character a terminal could act on; with ``output``, what a full
    repaint would write holds no OSC, BEL or single-byte CSI either."""
    text = screen_text(app)
    bad = [ch for ch in text if not safe.is_safe(ch) or ch in "\x1b\x07\x9b\t\r"]
    assert not bad, (where, bad[:5])
    if output:
        out = terminal_output(app)
        assert "\x1b]" not in out and "\x07" not in out and "\x9b" not in out, where


async def assert_markup_literal(app: ReaderApp, pilot: Pilot[None]) -> None:
    """The articles' markup is in the panes as written (wrapping aside)."""
    screen = app.main_screen
    lines = []
    for side in ("left", "right"):
        pane = screen.pane(side)
        if screen.side != side:  # a tiny terminal shows the focused pane only
            await pilot.press("tab")
            await pilot.pause()
        assert pane.wrapped is not None
        lines += [pane._render_text_line(y).text[GUTTER:] for y in range(pane.wrapped.height)]
    squashed = "".join("".join(lines).split())
    for markup in (
        "[boldred]really[/]",
        "[link=https://evil.example]after[/link]",
        "[@click=app.quit]budget[/]",
    ):
        assert markup in squashed


async def settle(app: ReaderApp, pilot: Pilot[None]) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


async def leave_dialog(app: ReaderApp, pilot: Pilot[None], where: str, *, reopen: bool = True) -> None:
    """Check a dialog, then act in it as a user would: export, reopen (or cancel), close."""
    await pilot.pause()
    assert_clean(app, where)
    if isinstance(app.screen, ExportScreen):
        await pilot.press("enter")  # export to the default name (the cwd is a temporary folder)
        await pilot.pause()
        if isinstance(app.screen, ConfirmScreen):
            assert_clean(app, where + " confirm")
            await pilot.press("y")
    elif isinstance(app.screen, OpenScreen):  # the same two files again, names shown safely
        await pilot.press(*(("enter", "enter") if reopen else ("escape",)))
    elif isinstance(app.screen, HelpScreen):
        await pilot.press("escape")
    await settle(app, pilot)


async def tap(app: ReaderApp, pilot: Pilot[None], key: str) -> None:
    """Press one key as Pilot does, but wait for the messages it causes rather than for
    the process to idle (Pilot's ~70 ms a key would make this file slow)."""
    event = events.Key(key, key_to_character(key))
    event.set_sender(app)
    app.post_message(event)
    for _ in range(3):  # the key, the action's messages, their repaints
        await pilot.pause(0)


async def press_every_key(
    app: ReaderApp, pilot: Pilot[None], commands: tuple[Command, ...], *, reopen: bool = False
) -> None:
    """Every key of every command in the help, quit last; the screen is checked after
    each command (both its keys), and the dialogs as they open (``reopen``: the open
    dialog compares the same two files again)."""
    screen = app.main_screen
    search = [c.key.split(",")[0] for c in commands if c.scope == "search"]  # find, close
    seen: set[str] = set()
    for command in commands:
        if command.action == "quit" or command.scope != "main":
            continue
        for key in command.key.split(","):
            await tap(app, pilot, key)
            if screen.has_class("-searching"):  # the search line: find markup, then close
                screen.query_one("#search", Input).value = "[bold red]"
                await pilot.press(search[0], key, "]", search[1])
                assert screen.query_text == "[bold red]"  # searched for as written
            if app.screen is not screen:
                seen.add(type(app.screen).__name__)
                await leave_dialog(app, pilot, f"{app.size} {command.id} {key}", reopen=reopen)
            assert app.screen is screen, (command.id, key)
        assert_clean(app, f"{app.size} {command.id}", output=False)
    assert_clean(app, "all keys pressed")
    assert {"HelpScreen", "ExportScreen", "OpenScreen"} <= seen  # the keys did reach the app
    await pilot.press(next(c for c in commands if c.action == "quit").key.split(",")[0])
    await pilot.pause()
    assert app.return_code == 0


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_every_key_at_every_size_with_hostile_text_and_file_names(
    size: tuple[int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    left, right = hostile_files(tmp_path, NAMES[SIZES.index(size) % len(NAMES)])
    app = ReaderApp(left, right)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert screen.comparison is not None, screen.load_error
        assert_clean(app, "loaded")
        await assert_markup_literal(app, pilot)
        await press_every_key(app, pilot, COMMANDS, reopen=size == (80, 24))
    exported = [p for p in tmp_path.iterdir() if p.suffix == ".md"]
    assert len(exported) == 1 and safe.is_safe(exported[0].name)
    assert not list(tmp_path.glob(".*.tmp"))


def raw_comparison() -> Comparison:
    """A comparison built by hand, bypassing load(): raw ESC, BEL, bidi and lone
    surrogates in the names, the title, the byline, the notes and the text."""
    c = compare_texts(
        "The mayor resigned on Friday. It rained.", "On Friday the mayor resigned. It was sunny."
    )
    for doc, evil in ((c.left, "\x1b]0;PWNED\x07"), (c.right, "\x1b[2J\udcff\u202e")):
        doc.source = f"news{evil}\nfile.txt"
        doc.title = f"[bold]Title{evil}[/bold]"
        doc.notes = [f"a note {evil} with\nnewlines"]
        doc.meta = Meta(
            doc.title, f"Au{evil}thor", "2026-01-01", f"Out{evil}let", f"https://x.example/{evil}"
        )
        text = doc.text + f" Raw {evil} text."
        start = len(doc.text) + 1
        doc.sentences.append(Sentence(len(doc.sentences), text[start:], start, len(text), 0))
        doc.text = text
    return c


async def test_a_comparison_built_by_hand_with_raw_controls_shows_nothing_raw(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    c = raw_comparison()
    app = ReaderApp(c.left.source, c.right.source, comparison=c)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert_clean(app, "loaded")
        text = screen_text(app)
        assert "[bold]Title␛]0;PWNED␇[/bold]" in text and "by Au␛]0;PWNED␇thor" in text
        messages = [n.message + n.title for n in app._notifications]
        assert messages and all(safe.is_safe(m) and "\n" not in m for m in messages)
        for key in ("e", "o"):  # the dialogs name the sources
            await pilot.press(key)
            if app.screen is not app.main_screen:
                await leave_dialog(app, pilot, key)
            await pilot.press("escape")
            assert_clean(app, key)


# -- export faults ---------------------------------------------------------------------------


def small() -> Comparison:
    return compare_texts("The mayor resigned on Friday. It rained.", "On Friday the mayor resigned.")


async def export_fails(
    app: ReaderApp, pilot: Pilot[None], target: Path | str, *, via_dialog: bool = True
) -> str:
    """Export to ``target`` and return the one error line; the comparison stays open.
    Through the dialog the line is in the dialog, which comes back with the name given
    (closed here with escape); else it is a notice."""
    screen = app.main_screen
    comparison, cursor = screen.comparison, dict(screen.cursor)
    before = len(app._notifications)
    if via_dialog:
        await pilot.press("e")
        app.screen.query_one("#path", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        if isinstance(app.screen, ConfirmScreen):
            await pilot.press("y")
            await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen) and dialog.query_one("#path", Input).value == str(target)
        shown = dialog.query_one("#export-error", Static)
        assert shown.display
        errors = [str(shown.render())]
        await pilot.press("escape")
        await pilot.pause()
        assert not [n for n in list(app._notifications)[before:] if n.severity == "error"]
    else:
        assert not screen.write_export("json", str(target))
        await pilot.pause()
        errors = [n.message for n in list(app._notifications)[before:] if n.severity == "error"]
    assert app.screen is screen and app.is_running
    assert screen.comparison is comparison and screen.cursor == cursor
    assert len(errors) == 1 and "\n" not in errors[0] and safe.is_safe(errors[0]), errors
    assert_clean(app, "after the failed export")
    return errors[0]


async def test_export_into_a_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = tmp_path / "ro"
    folder.mkdir()
    old = folder / "out.md"
    old.write_text("old", encoding="utf-8")
    folder.chmod(0o555)
    if os.geteuid() == 0:  # root writes anyway: make the folder refuse as it would a user
        real_open = os.open

        def refusing_open(path: str, flags: int, mode: int = 0o777, **kw: object) -> int:
            if os.path.dirname(os.fspath(path)) == str(folder) and flags & os.O_CREAT:
                raise PermissionError(errno.EACCES, "Permission denied", path)
            return real_open(path, flags, mode, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "open", refusing_open)
    try:
        app = ReaderApp("a.txt", "b.txt", comparison=small())
        async with app.run_test(size=(80, 24)) as pilot:
            line = await export_fails(app, pilot, old)
        assert line == f"Could not write {old}: Permission denied"
        assert old.read_text(encoding="utf-8") == "old"
        assert not list(folder.glob(".*.tmp"))
    finally:
        folder.chmod(0o755)


async def test_export_to_a_folder_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = tmp_path / "a-folder.md"
    folder.mkdir()
    app = ReaderApp("a.txt", "b.txt", comparison=small())
    async with app.run_test(size=(80, 24)) as pilot:
        line = await export_fails(app, pilot, folder)
        assert line == f"Not exported: {folder} is a folder; give a file name."
        line = await export_fails(app, pilot, folder, via_dialog=False)
        assert line == cut_words(f"Could not write {folder}: Is a directory", toast_room(80))  # a notice
    assert folder.is_dir() and not list(folder.iterdir())


async def test_export_on_a_full_disk_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    old = tmp_path / "out.html"
    old.write_text("old report", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)  # the temporary file is written, then the disk is full
    app = ReaderApp("a.txt", "b.txt", comparison=small())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        await pilot.click("#html")
        line = await export_fails(app, pilot, old)
    assert line == f"Could not write {old}: No space left on device"
    assert old.read_text(encoding="utf-8") == "old report"
    assert not list(tmp_path.glob(".*.tmp"))


async def test_export_with_names_that_are_not_utf8(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    left, right = hostile_files(tmp_path, (b"caf\xe9-\xff.txt", b"\x1b[31mred\xfe.txt"))
    app = ReaderApp(left, right)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert screen.comparison is not None, screen.load_error
        for fmt in ("json", "markdown", "html"):  # through the dialog, to the name it offers
            await pilot.press("e")
            await pilot.click(f"#{fmt}")
            value = app.screen.query_one("#path", Input).value
            assert safe.is_safe(value)
            await pilot.press("enter")
            await settle(app, pilot)
            assert app.screen is screen and os.path.isfile(value)
            assert_clean(app, fmt)
        # a target whose own name is not UTF-8: written under that name, shown with U+FFFD
        target = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"out\xff.json"))
        assert screen.write_export("json", target)
        await pilot.pause()
        assert os.path.exists(os.path.join(os.fsencode(tmp_path), b"out\xff.json"))
        assert app._notifications and "out\ufffd.json" in list(app._notifications)[-1].message
        # a document built by hand with a lone surrogate: one line, not a crash
        screen.comparison.left.source = "bad\udcff"  # type: ignore[union-attr]
        old = tmp_path / "kept.json"
        old.write_text("old", encoding="utf-8")
        line = await export_fails(app, pilot, old, via_dialog=False)
        said = cut_words(f"Could not write {old}: ", toast_room(80))  # a notice: the path loses its middle
        assert line.startswith(said) and old.read_text(encoding="utf-8") == "old"
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_terminal_that_hung_up_is_told_from_a_pipe_or_no_terminal() -> None:
    # under `make run` a closed window sends the app no hangup: it asks its terminal itself
    import io
    import os

    from reader.app.main import hung_up

    master, slave = os.openpty()
    with os.fdopen(slave, "w") as terminal:
        assert not hung_up(terminal)
        os.close(master)  # the window closed
        assert hung_up(terminal)
    read, write = os.pipe()
    with os.fdopen(write, "w") as pipe:
        assert not hung_up(pipe)
    os.close(read)
    assert not hung_up(io.StringIO()) and not hung_up(None)
