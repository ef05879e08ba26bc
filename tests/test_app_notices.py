"""Notices and help at 80 columns, as a first-time user met them: a notice under an open
dialog, a path broken mid-word in a notice, the help's header wrapped."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len
from textual.widgets import Input, Static

from reader.app.dialogs import ExportScreen, HelpScreen
from reader.app.main import toast_room
from reader.app.panels import cut_words
from tests.test_app_usability import app_for, shared_pair

LONG = "/tmp/some/where/deep/07-articles-latimes-com-vs-08-streetgangs-com.md"


def test_a_word_wider_than_a_notice_loses_its_middle_not_its_end() -> None:
    said = cut_words(f"Wrote {LONG}", 36)
    word = said.split(" ")[1]
    assert said.startswith("Wrote /tmp/") and word.endswith("streetgangs-com.md") and "…" in word
    assert cell_len(word) <= 36
    assert cut_words("Wrote a.md", 36) == "Wrote a.md"  # short words as they are


async def test_a_notice_does_not_cover_the_export_dialog_and_keeps_its_path_whole(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    app = app_for(shared_pair())
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#path", Input).value = str(tmp_path / ("x" * 60 + ".md"))
        await pilot.press("enter")  # written: a notice names the file
        await pilot.pause()
        wrote = [n.message for n in app._notifications if n.message.startswith("Wrote")]
        assert wrote and all(cell_len(w) <= toast_room(80) for w in wrote[0].split(" "))
        assert wrote[0].endswith("x.md") and "…" in wrote[0]
        await pilot.press("e")  # the dialog again while the notice is up
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        toasts = list(app.screen.query("Toast"))  # by its CSS type: Textual exports no Toast class
        assert toasts and all(t.styles.visibility == "hidden" for t in toasts)
        await pilot.press("escape")
        await pilot.pause()
        assert all(t.styles.visibility != "hidden" for t in app.screen.query("Toast"))  # back


async def test_the_help_header_is_not_wrapped_at_80_columns() -> None:
    app = app_for(shared_pair())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one("#help-text", Static)
        rows = [line.rstrip() for line in str(text.render()).splitlines()]
        head = next(i for i, row in enumerate(rows) if row.lstrip().startswith("key"))
        assert rows[head].rstrip().endswith("id for [keymap]")
        assert rows[head + 1].strip() == "what it does"
        # each command's words under it, indented on every line, none wider than the box
        said = [row for row in rows if row.startswith("    ") and not row.startswith("     ")]
        assert said and all(cell_len(row) <= text.content_region.width for row in said)


async def test_next_conflict_with_only_names_says_where_the_discrepancy_is() -> None:
    """The summary says "1 discrepancy" for a name spelled two ways across the articles:
    "next conflict" has no passage to go to, and says so naming the name."""
    from tests.test_counts_agree import with_names

    app = app_for(with_names(0, 1))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("c")
        status = app.main_screen.status
        assert status.startswith("No passage in conflict; 1 name spelled two ways") and "Pena/Peña" in status


async def test_the_help_leaves_out_the_id_column_where_it_would_wrap() -> None:
    app = app_for(shared_pair())
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        text = app.screen.query_one("#help-text", Static)
        rows = [line.rstrip() for line in str(text.render()).splitlines()]
        assert not any("id for [keymap]" in row for row in rows)
        # every command's row (its key and name) fits: no id left on a line of its own
        from reader.app.commands import COMMANDS

        named = [row for row in rows if any(row[18:].startswith(c.name) for c in COMMANDS)]
        assert len(named) >= len(COMMANDS) // 2
        assert all(cell_len(row) <= text.content_region.width for row in named)
        assert not any(row.strip() in {c.id for c in COMMANDS} for row in rows)


async def test_j_and_k_scroll_the_help_as_they_move_the_panes() -> None:
    from textual.containers import VerticalScroll

    app = app_for(shared_pair())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        scroll = app.screen.query_one(VerticalScroll)
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert scroll.scroll_y == 3
        await pilot.press("k")
        await pilot.pause()
        assert scroll.scroll_y == 2 and isinstance(app.screen, HelpScreen)
