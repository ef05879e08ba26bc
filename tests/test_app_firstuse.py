"""A second first-time user test: the partner in view, one-pane mode, resizing, p with
nowhere to go.  Pilot drives the app over comparisons built by hand (tests/test_app_usability.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.content import Content
from textual.widgets import Footer, RadioButton, Static
from textual.widgets._footer import FooterKey

from reader.app.commands import COMMANDS
from reader.app.dialogs import ExportScreen, HelpScreen
from reader.app.main import ReaderApp
from reader.app.palette import ThemeChoices
from reader.app.panels import fit_phrases, summary_phrases
from reader.model import Comparison, Document, Link, Sentence
from tests.test_app_usability import app_for, comparison

FILLER = [f"Filler sentence number {i} says nothing about the matter at hand." for i in range(60)]


def far_partner() -> Comparison:
    """Left 0 is in two passages: with right 0 (near) and with right 50 (far away)."""
    left = ["The port reopened on Friday after the storm.", *FILLER[:5]]
    right = ["The port reopened Friday.", *FILLER[:49], "Ships waited outside the port after the storm."]
    return comparison(left, right, [Link((0,), (0,), 0.8), Link((0,), (50,), 0.5)])


def two_far_partners() -> Comparison:
    """One passage with two partners 45 sentences apart: both cannot be on screen."""
    left = ["The port reopened on Friday after the storm.", *FILLER[:5]]
    right = ["The port reopened Friday.", *FILLER[:44], "Ships waited outside after the storm."]
    return comparison(left, right, [Link((0,), (0, 45), 0.8)])


def on_screen(app: ReaderApp, side: str, sentence: int) -> bool:
    pane = app.main_screen.pane(side)  # type: ignore[arg-type]
    assert pane.wrapped is not None
    return pane.top_line <= pane.wrapped.first_line[sentence] < pane.top_line + pane.view_height


async def test_the_other_pane_shows_the_selected_passages_far_partner() -> None:
    app = app_for(far_partner())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.main_screen
        await pilot.press("j")  # passage 2: left 0 with right 50
        assert screen.selected_link == 1
        assert on_screen(app, "right", 50)
        assert screen.pane("right").selected == {50}


async def test_partners_that_do_not_fit_are_named() -> None:
    app = app_for(two_far_partners())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.main_screen
        await pilot.press("j", "k")  # a move: the panes follow the selection
        assert on_screen(app, "right", 0)
        assert not on_screen(app, "right", 45)
        assert "also right 46" in str(screen.query_one("#details").render())


def long_pair() -> Comparison:
    """Sixty sentences a side; left 50 and right 50 tell the same thing."""
    left = [*FILLER[:50], "The port reopened on Friday after the storm.", *FILLER[50:59]]
    right = [*FILLER[:50], "The port reopened Friday after a storm.", *FILLER[50:59]]
    return comparison(left, right, [Link((50,), (50,), 0.8, "conflict", [], [], [])])


async def test_switching_panes_in_one_pane_mode_keeps_the_passage_in_view() -> None:
    app = app_for(long_pair())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.main_screen
        await pilot.press("c")  # passage 1 (at left 50)
        await pilot.press("s", "tab")
        await pilot.pause()
        assert screen.side == "right" and screen.selected_link == 0
        assert on_screen(app, "right", 50)
        await pilot.press("tab")
        await pilot.pause()
        assert on_screen(app, "left", 50)
        await pilot.press("j", "j", "j", "tab")  # the hidden pane was not scrolled meanwhile
        await pilot.pause()
        assert screen.side == "right" and screen.stop is not None
        assert on_screen(app, "right", screen.stop.first)


async def test_a_resize_keeps_the_selection_in_view() -> None:
    app = app_for(long_pair())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.main_screen
        await pilot.press("c")
        for size in ((120, 14), (60, 16), (120, 30)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            assert on_screen(app, "left", 50), size
        assert screen.selected_link == 0


async def test_partner_with_nowhere_to_go_says_why() -> None:
    app = app_for(far_partner())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.main_screen
        await pilot.press("j", "j")  # left 1: only in the left article
        assert screen.stop is not None and screen.stop.link is None
        await pilot.press("p")
        assert screen.side == "left"
        assert screen.status == "No partner: this sentence is only in the left article."
    app = app_for(comparison(["One thing happened."], ["Another thing did."], []))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("p")
        assert "No passages link the two articles" in app.main_screen.status


def one_paragraph(source: str, sentences: list[str]) -> Document:
    """Sentences run on in one paragraph, so a screen line can hold parts of two."""
    out, pos = [], 0
    for i, text in enumerate(sentences):
        out.append(Sentence(i, text, pos, pos + len(text), 0))
        pos += len(text) + 1
    return Document(source, " ".join(sentences), source, out, [])


def marks(app: ReaderApp, side: str) -> list[tuple[str, str]]:
    """Each screen line's gutter mark and its text."""
    pane = app.main_screen.pane(side)  # type: ignore[arg-type]
    assert pane.wrapped is not None
    lines = [pane._render_text_line(y) for y in range(pane.wrapped.height)]
    return [(strip.text[1], strip.text[3:].strip()) for strip in lines if strip.text]


async def test_a_gutter_mark_belongs_to_the_sentence_that_fills_most_of_its_line() -> None:
    shared = "The storm closed the port for three days and ships waited in the bay outside."
    left = one_paragraph("left.txt", [shared, "Six ships.", "Crews were unpaid."])
    right = one_paragraph("right.txt", [shared, "Nine ships.", "Crews went home."])
    links = [Link((0,), (0,), 0.9), Link((1,), (1,), 0.6, "conflict", [], [], [])]
    c = Comparison(left, right, links, [2], [2])
    app = ReaderApp("left.txt", "right.txt", comparison=c, remember=False, theme="colorblind")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.resize_terminal(120, 36)
        line = [m for m in marks(app, "left") if "Six ships." in m[1]]
        assert line and line[0][1].startswith("waited in the bay outside. Six ships.")
        # the shared sentence fills most of the line: "=", not the conflict's stronger "!"
        assert line[0][0] == "="


async def test_help_lists_the_ids_keymap_needs_and_f1_opens_it() -> None:
    app = app_for(far_partner())
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text", Static).render())
        assert "id for [keymap]" in text
        for command in COMMANDS:
            assert f" {command.id} " in text, command.id
            # the command's words and its id never run together ("Previous reworded passage
            # previous-reworded" read as one phrase)
            assert f"{command.name}  " in text and f"  {command.id}  " in text, command.id
        assert all(name in text for name in app.reader_themes) and "colorblind" in app.reader_themes
        assert "fills most of that line" in text
        await pilot.press("f1")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_t_says_which_theme_is_active_and_the_palette_lists_ours_first() -> None:
    app = app_for(far_partner())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.main_screen
        first = app.theme
        await pilot.press("t")
        assert app.theme != first
        assert screen.status == f"Theme: {app.theme}"
        assert f"Theme: {app.theme}" in str(screen.query_one("#details").render())
        titles = [c.title for c in app.get_system_commands(screen)]
        assert titles.count("Theme") == 1
        # the reader's own "Quit" and "Help" stand for Textual's: the palette lists each once
        assert "Quit" not in titles and "Keys" not in titles
        assert [c.name for c in COMMANDS if c.palette].count("Quit") == 1
        provider = ThemeChoices(screen)
        names = [name for name, _ in provider._choices()]
        ours = len(app.reader_themes)
        assert names[:ours] == app.reader_themes and "nord" in names[ours:]


def test_a_narrow_summary_drops_whole_phrases_never_cuts_one() -> None:
    c = far_partner()
    phrases = summary_phrases(c)
    whole = {p.plain for _, p in phrases}
    assert any(p.startswith("coverage L") for p in whole)
    for width in (120, 80, 60, 40, 30):
        rows = fit_phrases(phrases, width, 2)
        assert 1 <= len(rows) <= 2
        shown = [part for row in rows for part in row.plain.split(" · ")]
        # a phrase is whole, or (only one wider than the row) shortened with "…"
        wider = [p for p in whole if len(p) > width]
        cut = [part for part in shown if part not in whole and part != "…"]
        assert all(any(p.startswith(part[:-1]) for p in wider) for part in cut), (width, shown)
        assert all(row.cell_length <= width for row in rows)
        assert any(part.startswith("2 passages") for part in shown)  # the counts stay longest
    assert "…" in fit_phrases(phrases, 30, 1)[0].plain


async def _footer_labels(width: int, height: int) -> set[str]:
    """The footer entries shown whole at this terminal size."""
    app = app_for(far_partner())
    async with app.run_test(size=(width, height)) as pilot:
        await pilot.pause()
        footer = app.main_screen.query_one(Footer)
        return {
            k.description for k in footer.query(FooterKey) if k.region.right <= width and k.region.width > 0
        }


async def test_the_footer_keeps_export_and_open_at_80_columns() -> None:
    labels = await _footer_labels(80, 24)
    assert {"Export", "Open", "Passage", "Conflict", "Help"} <= labels, labels


async def test_the_footer_names_the_reworded_passages_at_120_columns() -> None:
    # two first-time users found d (the words a passage changed) only in the help
    assert "Reworded" in await _footer_labels(120, 36)


async def test_the_export_formats_show_the_chosen_one_without_colour() -> None:
    app = app_for(far_partner())
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)

        def dots() -> dict[str, bool]:
            buttons = app.screen.query(RadioButton)
            return {str(b.id): "●" in Content.assemble(b.render()).plain for b in buttons}

        assert dots() == {"markdown": True, "json": False, "html": False}
        app.screen.query_one("#json", RadioButton).value = True
        await pilot.pause()
        assert dots() == {"markdown": False, "json": True, "html": False}


async def test_t_says_the_theme_is_kept_when_it_is_written_to_the_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    app = ReaderApp("left.txt", "right.txt", comparison=far_partner(), remember=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        assert app.main_screen.status == f"Theme: {app.theme} (kept for the next start)"
    assert f'theme = "{app.theme}"' in (tmp_path / "reader" / "config.toml").read_text(encoding="utf-8")
