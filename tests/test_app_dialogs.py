"""The export and open dialogs as a first-time user met them: the suffix picks the
export format, enter opens two files, a failure keeps what was typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual._xterm_parser import XTermParser
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, Label, RadioButton, RadioSet, Static

from reader.app.dialogs import ExportScreen, OpenScreen
from tests.test_app_usability import SIZE, app_for, shared_pair


async def test_the_export_suffix_picks_the_format_and_an_unknown_one_is_refused(tmp_path: Path) -> None:
    app = app_for(shared_pair())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        hint = str(dialog.query_one(".dialog-hint", Label).render())
        assert "shift+tab" in hint and "format" in hint
        path = dialog.query_one("#path", Input)
        assert app.focused is path
        # typing a suffix selects its format
        path.value = ""
        await pilot.press(*str(tmp_path / "report.html"))
        await pilot.pause()
        assert dialog.format == "html" and dialog.query_one("#html", RadioButton).value
        assert path.value == str(tmp_path / "report.html")  # the name stays as typed
        # picking a format changes the suffix
        await pilot.click("#json")
        await pilot.pause()
        assert dialog.format == "json" and path.value == str(tmp_path / "report.json")
        # an unknown suffix: refused in the dialog, nothing written
        path.value = str(tmp_path / "report.txt")
        await pilot.click("#ok")
        await pilot.pause()
        assert app.screen is dialog
        error = dialog.query_one("#export-error", Static)
        assert error.display and "'.txt'" in str(error.render())
        assert not (tmp_path / "report.txt").exists()
        # an HTML name writes HTML
        path.value = str(tmp_path / "report.htm")
        await pilot.pause()
        assert dialog.format == "html" and not error.display
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)
        written = (tmp_path / "report.htm").read_text(encoding="utf-8")
        assert written.lstrip().lower().startswith("<!doctype html>")


async def test_enter_in_the_open_dialog_opens_when_both_paths_are_given(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The minister resigned on Friday after the vote.\n", encoding="utf-8")
    b.write_text("After the vote, the minister resigned on Friday.\n", encoding="utf-8")
    app = app_for(shared_pair())
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        await pilot.press("o")
        dialog = app.screen
        assert isinstance(dialog, OpenScreen)
        left, right = dialog.query_one("#left", Input), dialog.query_one("#right", Input)
        right.value = ""
        left.value = str(a)
        await pilot.press("enter")  # the right one is empty: go there
        assert app.screen is dialog and app.focused is right
        right.value = str(b)
        left.focus()
        await pilot.press("enter")  # both given: open, from the left field too
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, OpenScreen)
        assert screen.paths == (str(a), str(b))


async def test_an_arrow_on_the_formats_picks_one_and_enter_exports(tmp_path: Path) -> None:
    app = app_for(shared_pair())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        name = dialog.query_one("#path", Input)
        name.value = str(tmp_path / "arrow.md")
        await pilot.pause()
        await pilot.press("shift+tab", "down")  # an arrow picks the format it moves to: JSON
        await pilot.pause()
        assert dialog.format == "json" and name.value.endswith("arrow.json")
        await pilot.press("down")  # ... then HTML; the name follows, the dialog stays
        await pilot.pause()
        assert dialog.format == "html" and name.value.endswith("arrow.html")
        await pilot.press("up", "down")  # back to JSON and on to HTML again
        await pilot.pause()
        assert dialog.format == "html" and name.value.endswith("arrow.html")
        assert isinstance(app.screen, ExportScreen) and not list(tmp_path.iterdir())
        await pilot.press("enter")  # exports
        await pilot.pause(0.3)
        assert (tmp_path / "arrow.html").read_text(encoding="utf-8").lstrip().startswith("<!")
        # the next export opens on the format chosen last
        await pilot.press("e")
        await pilot.pause()
        again = app.screen
        assert isinstance(again, ExportScreen) and again.format == "html"
        assert again.query_one("#path", Input).value.endswith(".html")


CTRL_U, ENTER = "\x15", "\r"  # as the terminal sends them


def burst(app: App[None], *keys: str) -> None:
    """Keys as a fast typist sends them: all queued at once, none waited for (Pilot's
    ``press`` waits for the app to settle after each key, which hides the race).  The
    text is read by Textual's own terminal parser, as tmux's ``send-keys`` is."""
    driver = app._driver
    assert driver is not None
    for event in XTermParser().feed("".join(keys)):
        event.set_sender(app)
        driver.send_message(event)


async def settle(pilot: Pilot[None]) -> None:
    for _ in range(20):  # every queued key and message handled
        await pilot.pause()


@pytest.mark.parametrize("pause_after_clearing", [False, True])
async def test_a_name_typed_fast_then_enter_exports_to_that_name(
    tmp_path: Path, pause_after_clearing: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+U, a name and enter in one burst wrote the default name (enter, a priority
    binding, ran before the keys queued in the field); after a pause, the cleared field
    was refused as empty and the dialog stayed open."""
    monkeypatch.chdir(tmp_path)  # where the default name would go
    target = tmp_path / "fast1.json"
    app = app_for(shared_pair())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        if pause_after_clearing:
            await pilot.press("ctrl+u")
            await pilot.pause()
            burst(app, str(target), ENTER)
        else:
            burst(app, CTRL_U, str(target), ENTER)
        await settle(pilot)
        assert not isinstance(app.screen, ExportScreen)
        assert [p.name for p in tmp_path.iterdir()] == ["fast1.json"]
        assert target.read_text(encoding="utf-8").lstrip().startswith("{")


@pytest.mark.parametrize("with_tab", [False, True])
async def test_paths_typed_fast_then_enter_open_as_typed(tmp_path: Path, with_tab: bool) -> None:
    """The left path and enter in one burst, the right one given already (the second enter finds
    the dialog closed); and ctrl+U, the left path, tab, ctrl+U, the right path and enter in one
    burst (ut33, ut34): every key went to the left field (the keys after the tab were queued
    there before the tab moved the focus), and the app compared the wrong two files."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The minister resigned on Friday after the vote.\n", encoding="utf-8")
    b.write_text("After the vote, the minister resigned on Friday.\n", encoding="utf-8")
    app = app_for(shared_pair())
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        await pilot.press("o")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, OpenScreen)
        if with_tab:
            burst(app, CTRL_U, str(a), "\t", CTRL_U, str(b), ENTER)
        else:
            dialog.query_one("#right", Input).value = str(b)
            burst(app, CTRL_U, str(a), ENTER, ENTER)
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert not isinstance(app.screen, OpenScreen)
        assert screen.paths == (str(a), str(b))


@pytest.mark.parametrize(
    ("picked", "typed", "fmt"),
    [
        ("#json", "c.md.json", "json"),  # was "c.md.md": markdown's late echo rewrote the suffix
        ("#json", "out.md/c.json", "json"),  # a folder with a suffix: was "out.md/c.md"
        (None, "c.jsonl", "markdown"),  # was "c.json": the name typed was cut back to a format's
    ],
)
async def test_a_name_typed_fast_stays_as_typed(picked: str | None, typed: str, fmt: str) -> None:
    app = app_for(shared_pair())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        name = dialog.query_one("#path", Input)
        if picked is not None:
            await pilot.click(picked)
            name.focus()
        name.value = ""
        await pilot.pause()
        burst(app, typed)
        await settle(pilot)
        assert name.value == typed
        assert dialog.format == fmt
        pressed = dialog.query_one("#format", RadioSet).pressed_button
        assert pressed is not None and pressed.id == fmt


async def test_a_search_typed_fast_after_ctrl_u_finds_what_was_typed() -> None:
    """The search line's ctrl+u ran after the keys typed after it (it cleared them too)."""
    app = app_for(shared_pair())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        burst(app, "zzz", CTRL_U, "bridge", ENTER)
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert app.main_screen.query_text == "bridge"


async def test_a_query_typed_in_one_burst_with_the_search_key_lands_in_the_search_line() -> None:
    """ "/bridge" and enter sent at once: the characters reached the pane before the search
    line opened, and the line was left empty (a user's tmux ``send-keys``)."""
    app = app_for(shared_pair())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        burst(app, "/bridge", ENTER)
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert app.main_screen.query_text == "bridge"
        assert app.main_screen.hits


async def test_a_failed_export_keeps_the_dialog_with_the_name_and_the_error(tmp_path: Path) -> None:
    """Writing to a folder that does not exist: the dialog stays (comes back) with the name
    typed and the reason in it, instead of closing on a notice and losing the name."""
    target = str(tmp_path / "nonexistent" / "x.json")
    app = app_for(shared_pair())
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("e")
        path = app.screen.query_one("#path", Input)
        path.value = ""
        await pilot.press(*target, "enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportScreen)
        assert dialog.query_one("#path", Input).value == target and dialog.format == "json"
        error = dialog.query_one("#export-error", Static)
        assert error.display and "Could not write" in str(error.render())
        assert not any("Could not write" in n.message for n in app._notifications)  # not a notice
        # a name that can be written: the error goes as the name changes, and it writes
        good = str(tmp_path / "x.json")
        dialog.query_one("#path", Input).value = good
        await pilot.pause()
        assert not error.display
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen) and Path(good).exists()


async def test_a_folder_as_the_export_name_brings_the_dialog_back_saying_so(tmp_path: Path) -> None:
    folder = tmp_path / "out.md"
    folder.mkdir()
    app = app_for(shared_pair())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        app.screen.query_one("#path", Input).value = str(folder)
        await pilot.pause()
        await pilot.click("#ok")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert "is a folder" in str(app.screen.query_one("#export-error", Static).render())
