"""The Textual app, driven with Pilot: open, move, stay in step, search, toggle, export, theme.

Most tests hand the app a finished comparison of the bundled pair (computed once) so
they test the app, not the pipeline; one test goes through the worker as a user does.
Each test points XDG_CONFIG_HOME at its own temporary folder.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input, RadioButton, Static

from reader.app.dialogs import ConfirmScreen, ExportScreen, HelpScreen, OpenScreen
from reader.app.main import ReaderApp
from reader.app.pane import ArticlePane
from reader.app.screen import ReaderScreen
from reader.model import Comparison
from reader.pipeline import bundled_paths, compare_files, compare_texts

SIZE = (120, 36)


_CACHE: dict[str, Comparison] = {}


def bundled() -> Comparison:
    if "bundled" not in _CACHE:
        _CACHE["bundled"] = compare_files(*bundled_paths())
    return _CACHE["bundled"]


def make_app(comparison: Comparison | None = None, **kwargs: object) -> ReaderApp:
    left, right = (str(p) for p in bundled_paths())
    return ReaderApp(left, right, comparison=comparison or bundled(), **kwargs)  # type: ignore[arg-type]


def main(app: ReaderApp) -> ReaderScreen:
    return app.main_screen


def row_of(pane: ArticlePane, sentence: int) -> int:
    assert pane.wrapped is not None
    return pane.wrapped.first_line[sentence] - pane.top_line


def assert_level(screen: ReaderScreen) -> None:
    """The selection's first line and its partner's first line are on the same row
    (unless the other pane cannot scroll that far)."""
    stop = screen.stop
    assert stop is not None and stop.link is not None
    link = screen.comparison.links[stop.link]  # type: ignore[union-attr]
    here = screen.pane(stop.side)
    there = screen.pane("right" if stop.side == "left" else "left")
    partner = min(link.right if stop.side == "left" else link.left)
    want = row_of(here, stop.first)
    got = row_of(there, partner)
    clamped = there.top_line in (0, round(there.max_scroll_y))
    assert got == want or clamped, (want, got, there.top_line)
    assert 0 <= want < here.view_height


async def test_opens_the_bundled_pair_in_a_worker_and_selects_the_first_passage() -> None:
    left, right = (str(p) for p in bundled_paths())
    app = ReaderApp(left, right)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = main(app)
        assert screen.comparison is not None and not screen.busy
        stop = screen.stop
        assert stop is not None and stop.link is not None
        assert stop.link == screen.nav.stops["left"][screen.nav.passage_stops["left"][0]].link  # type: ignore[union-attr]
        link = screen.comparison.links[stop.link]
        assert screen.pane("left").selected == frozenset(link.left)
        assert screen.pane("right").selected == frozenset(link.right)
        assert screen.load_seconds < 5
        summary = str(app.screen.query_one("#summary").render())
        assert f"{len(screen.comparison.links)} passages" in summary


async def test_next_and_previous_passage_walk_the_focused_pane_in_order() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        first = screen.cursor["left"]
        await pilot.press("j")
        assert screen.cursor["left"] == first + 1
        await pilot.press("down", "down")
        assert screen.cursor["left"] == first + 3
        await pilot.press("k")
        assert screen.cursor["left"] == first + 2
        await pilot.press("g")
        assert screen.cursor["left"] == 0
        await pilot.press("G")
        assert screen.cursor["left"] == len(screen.nav.stops["left"]) - 1  # type: ignore[union-attr]


async def test_next_conflict_selects_a_conflict_with_its_partner_level() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        nav = screen.nav
        assert nav is not None and nav.conflict_stops["left"]
        seen = []
        for _ in range(len(nav.conflict_stops["left"])):
            await pilot.press("c")
            stop = screen.stop
            assert stop is not None and stop.link is not None
            assert screen.comparison.links[stop.link].relation == "conflict"  # type: ignore[union-attr]
            assert_level(screen)
            seen.append(screen.cursor["left"])
        assert sorted(set(seen)) == nav.conflict_stops["left"]
        current = screen.cursor["left"]
        expected = nav.before(nav.conflict_stops["left"], current)
        await pilot.press("C")
        assert screen.cursor["left"] == (nav.conflict_stops["left"][-1] if expected is None else expected)


async def test_the_only_conflict_is_said_to_be_the_only_one_not_wrapped_to() -> None:
    left = "Ferry fares rise. The council raised ferry fares by 4 percent on Monday, the mayor said."
    right = "Ferry fares rise. The council raised ferry fares by 6 percent on Monday, the mayor said."
    app = make_app(compare_texts(left, right))
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        assert screen.nav is not None and len(screen.nav.conflict_stops["left"]) == 1
        await pilot.press("c")
        await pilot.press("c")
        assert screen.stop is not None and screen.stop.link is not None
        assert screen.status == "This is the only conflict of the left article."


async def test_next_unique_selects_a_sentence_without_partner_on_either_side() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        for side in ("left", "right"):
            if screen.side != side:
                await pilot.press("tab")
            assert screen.side == side
            await pilot.press("u")
            stop = screen.stop
            assert stop is not None and stop.link is None and stop.side == side
            assert stop.first in screen.comparison.unique(side)  # type: ignore[union-attr]
            assert screen.pane(side).selected == frozenset({stop.first})
            other = "right" if side == "left" else "left"
            assert screen.pane(other).selected == frozenset()
            cursor = screen.cursor.copy()
            await pilot.press("p")  # no partner: a notice, the selection stays
            assert screen.cursor == cursor and screen.side == side
            assert "only in the" in screen.status
            await pilot.press("U")


async def test_tab_keeps_the_passage_and_p_jumps_to_the_partner() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("c")
        link = screen.selected_link
        await pilot.press("tab")
        assert screen.side == "right" and screen.selected_link == link
        assert isinstance(app.focused, ArticlePane) and app.focused.side == "right"
        assert_level(screen)
        await pilot.press("p")
        assert screen.side == "left" and screen.selected_link == link


async def test_scrolling_one_pane_keeps_the_other_in_step_along_the_alignment() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        left, right = screen.pane("left"), screen.pane("right")
        await pilot.press("pagedown")
        assert left.top_line > 0
        assert right.top_line == min(screen.map_line("left", left.top_line), round(right.max_scroll_y))
        # the sentence at the top of the left pane, if linked, has its partner level with it
        nav = screen.nav
        assert nav is not None
        sid = left.top_sentence()
        partner = nav.partner_sentence("left", sid)
        if partner is not None and left.wrapped.first_line[sid] == left.top_line:  # type: ignore[union-attr]
            assert right.wrapped.first_line[partner] == right.top_line  # type: ignore[union-attr]
        # scrolling by hand (the mouse wheel path) syncs too
        left.scroll_to(y=left.top_line + 7, animate=False)
        await pilot.pause()
        assert right.top_line == min(screen.map_line("left", left.top_line), round(right.max_scroll_y))
        await pilot.press("pageup", "pageup")
        assert left.top_line == 0


async def test_moving_after_scrolling_away_starts_from_the_screen_top() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("pagedown", "pagedown")
        top = screen.pane("left").top_line
        await pilot.press("j")
        stop = screen.stop
        assert stop is not None
        assert screen.pane("left").wrapped.first_line[stop.first] >= top - 2  # type: ignore[union-attr]


async def test_search_finds_matches_in_both_panes_and_n_moves_on() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("slash")
        search = app.screen.query_one("#search", Input)
        assert app.focused is search
        await pilot.press(*"ambassador", "enter")
        assert app.focused is not search
        assert len(screen.hits) > 2
        sides = {side for side, *_ in screen.hits}
        assert sides == {"left", "right"}
        side, sid, start, end = screen.hits[screen.hit_index]
        stop = screen.stop
        assert stop is not None and stop.side == side and stop.first <= sid <= stop.last
        text = screen.comparison.document(side).sentences[sid].text  # type: ignore[union-attr]
        assert text[start:end].lower() == "ambassador"
        first = screen.hit_index
        await pilot.press("n")
        assert screen.hit_index == first + 1
        await pilot.press("N")
        assert screen.hit_index == first
        assert "Match" in screen.status
        # no match: said in the status (the old position goes), nothing selected changes
        before = screen.cursor.copy()
        assert screen.search("zzqxj") == 0
        assert screen.cursor == before and screen.status.startswith("No match for")
        await pilot.press("n")  # n still runs, to say why it cannot move
        assert screen.cursor == before and screen.status.startswith("No match for")


async def test_escape_closes_the_search_line() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("slash", "x", "escape")
        assert not screen.has_class("-searching")
        assert isinstance(app.focused, ArticlePane)


async def test_toggle_removed_text_and_word_diff() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        left = screen.pane("left")
        assert screen.comparison is not None and screen.comparison.left.removed
        height = left.wrapped.height  # type: ignore[union-attr]
        link = screen.selected_link
        await pilot.press("r")
        assert left.show_removed and left.wrapped.height > height  # type: ignore[union-attr]
        kinds = {p.kind for b in left.wrapped.blocks for p in b.pieces}  # type: ignore[union-attr]
        assert "removed" in kinds
        assert screen.selected_link == link
        await pilot.press("r")
        assert not left.show_removed and left.wrapped.height == height  # type: ignore[union-attr]
        assert left.show_diff
        await pilot.press("w")
        assert not left.show_diff and not screen.pane("right").show_diff


async def test_word_diff_marks_changed_words_in_the_selected_pair() -> None:
    app = make_app(theme="dark")
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("c")
        stop = screen.stop
        assert stop is not None and stop.link is not None

        def marked() -> set[object]:
            colours: set[object] = set()
            for side in ("left", "right"):
                pane = screen.pane(side)
                lines = pane.lines_of(tuple(pane.selected))
                assert lines is not None
                for y in range(lines[0], lines[1] + 1):
                    strip = pane.render_line(y - pane.top_line)
                    colours |= {seg.style.bgcolor for seg in strip if seg.style and seg.text.strip()}
                colours -= {pane.rich_style.bgcolor, None}
            return colours

        assert len(marked()) >= 2  # the selection background plus changed/conflict marks
        await pilot.press("w")
        assert len(marked()) == 1  # the selection only


async def test_clicking_a_sentence_selects_its_passage() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        right = screen.pane("right")
        await pilot.click(right, offset=(10, 3))
        assert screen.side == "right"
        assert right.wrapped is not None
        sid = right.wrapped.line_sentence[right.top_line + 3]
        stop = screen.stop
        assert (stop is not None and stop.first <= sid <= stop.last) or sid in right.selected


async def test_export_writes_markdown_then_json_and_asks_before_overwriting(tmp_path: Path) -> None:
    app = make_app()
    target = tmp_path / "out.md"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        path = app.screen.query_one("#path", Input)
        assert path.value.endswith("csmonitor-nsa-france-mexico-vs-afp-nsa-france-mexico.md")
        path.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert target.read_text(encoding="utf-8").startswith("#")
        # JSON, by switching the format (the suffix follows)
        await pilot.press("e")
        app.screen.query_one("#path", Input).value = str(tmp_path / "out.md")
        await pilot.click("#json")
        await pilot.pause()
        assert app.screen.query_one("#json", RadioButton).value
        assert app.screen.query_one("#path", Input).value == str(tmp_path / "out.json")
        await pilot.click("#ok")
        await pilot.pause()
        data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
        assert data["format"] == "reader-comparison/1"
        # the same path again: asked, "n" keeps the file
        (tmp_path / "out.json").write_text("keep me", encoding="utf-8")
        await pilot.press("e")
        app.screen.query_one("#path", Input).value = str(tmp_path / "out.json")
        await pilot.click("#json")
        await pilot.press("enter")  # enter exports from anywhere in the dialog
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert (tmp_path / "out.json").read_text(encoding="utf-8") == "keep me"
        # the status line no longer says the last export's "Exported ...": it says nothing was
        assert app.main_screen.status == f"Not exported; {tmp_path / 'out.json'} is unchanged."
        # and "y" overwrites
        await pilot.press("e")
        app.screen.query_one("#path", Input).value = str(tmp_path / "out.json")
        await pilot.click("#json")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert (
            json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["format"] == "reader-comparison/1"
        )
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("Wrote ") and "out.json" in m for m in messages)
        # the status line says so too, not the last word before the export
        assert app.main_screen.status.startswith("Exported /") and "out.json" in app.main_screen.status


async def test_export_to_an_unwritable_place_says_so_without_crashing(tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        assert not screen.write_export("json", str(tmp_path / "missing" / "x.json"))
        await pilot.pause()
        assert any("Could not write" in n.message for n in app._notifications)


async def test_theme_switch_is_remembered_between_runs(config_home: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert app.theme == "dark"
        await pilot.press("t")
        await pilot.pause()
        chosen = app.theme
        assert chosen != "dark" and chosen in app.reader_themes
    saved = (config_home / "reader" / "config.toml").read_text(encoding="utf-8")
    assert f'theme = "{chosen}"' in saved
    again = make_app()
    async with again.run_test(size=SIZE):
        assert again.theme == chosen


def whole_lines(pane: ArticlePane, role: str) -> list[int]:
    """Lines that show one sentence of the given role and nothing else."""
    layout, nav = pane.wrapped, pane.nav
    assert layout is not None and nav is not None
    out = []
    for y in range(layout.height):
        sid = layout.line_sentence[y]
        if sid < 0 or nav.role_of[pane.side][sid] != role:
            continue
        block = layout.blocks[layout.line_block[y]]
        a, b = block.piece_at(layout.line_start[y]), block.piece_at(max(0, layout.line_end[y] - 1))
        if a is b:
            out.append(y)
    return out


async def test_colour_blind_theme_marks_roles_in_the_gutter_and_by_emphasis() -> None:
    app = make_app(theme="colorblind")
    async with app.run_test(size=SIZE):
        pane = main(app).pane("left")
        for role, mark, check in (
            ("unique", "+", lambda st: st.italic),
            ("conflict", "!", lambda st: st.bold and st.underline),
            ("shared", "=", lambda st: True),
        ):
            lines = whole_lines(pane, role)
            assert lines, role
            strip = pane.render_line(lines[0] - pane.top_line)
            assert strip.text[1] == mark
            assert all(check(seg.style) for seg in list(strip)[3:] if seg.style and seg.text.strip())


async def test_a_user_theme_file_is_offered(config_home: Path) -> None:
    folder = config_home / "reader" / "themes"
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text(
        'name = "mine"\n[colors]\nprimary = "#ff00ff"\n[roles]\nconflict = "#ff0000"\n', encoding="utf-8"
    )
    (folder / "broken.toml").write_text("name = [", encoding="utf-8")
    app = make_app(theme="mine")
    async with app.run_test(size=SIZE):
        assert app.theme == "mine" and "mine" in app.reader_themes
        assert app.theme_variables["role-conflict"] == "#ff0000"
        assert any("broken.toml" in p for p in app.problems)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_small_terminals_stack_the_panes_and_keep_working(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = main(app)
        assert screen.has_class("-narrow")
        left, right = screen.pane("left"), screen.pane("right")
        assert left.region.height >= 3 and right.region.height >= 3
        assert left.region.y < right.region.y and left.region.width >= size[0] - 2
        await pilot.press("c", "j", "u", "tab", "pagedown")
        assert screen.stop is not None
        await pilot.press("s")
        assert not left.display or not left.parent.display  # type: ignore[union-attr]
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_article_text_is_data_never_markup() -> None:
    comparison = compare_texts(
        "Officials from [a European Union] body met on Monday. [bold] is not markup.\n\n"
        "Escape \x1b[31m is gone. [/] closes nothing.",
        "Officials from [a European Union] body met Monday.\n\n[they've] written this only here.",
    )
    app = ReaderApp("a.txt", "b.txt", comparison=comparison)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("r")
        text = "\n".join(
            screen.pane(side).render_line(y).text for side in ("left", "right") for y in range(12)
        )
        assert "[a European Union]" in text
        assert "[bold] is not markup." in text
        assert "[they've] written" in text
        assert "[/] closes nothing." in text
        assert "\x1b" not in text


async def test_a_bad_file_in_the_open_dialog_gives_a_one_line_error(tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        before = screen.comparison
        await pilot.press("o")
        assert isinstance(app.screen, OpenScreen)
        app.screen.query_one("#left", Input).value = str(tmp_path / "nope.txt")
        await pilot.click("#ok")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.comparison is before and not screen.busy
        # the dialog is back with the paths as typed and the one-line reason in it
        assert isinstance(app.screen, OpenScreen)
        assert app.screen.query_one("#left", Input).value == str(tmp_path / "nope.txt")
        error = app.screen.query_one("#open-error")
        said = str(error.render())
        assert "nope.txt" in said and "\n" not in said and error.display
        # and a good pair opens
        a, b = tmp_path / "a.txt", tmp_path / "b.txt"
        a.write_text("The minister resigned on Friday after the vote.\n", encoding="utf-8")
        b.write_text("After the vote, the minister resigned on Friday.\n", encoding="utf-8")
        app.screen.query_one("#left", Input).value = str(a)
        app.screen.query_one("#right", Input).value = str(b)
        await pilot.click("#ok")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.comparison is not before and screen.paths == (str(a), str(b))


async def test_the_open_dialog_comes_back_on_the_path_that_failed(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("The minister resigned on Friday after the vote.\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        app.screen.query_one("#left", Input).value = str(a)
        app.screen.query_one("#right", Input).value = str(tmp_path / "nope.txt")
        await pilot.click("#ok")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, OpenScreen)
        # the right path failed: typing goes to the right field, the left stays as it was
        right = app.screen.query_one("#right", Input)
        assert app.screen.focused is right and right.cursor_position == len(right.value)
        await pilot.press(
            "backspace",
            "backspace",
            "backspace",
            "backspace",
            "backspace",
            "backspace",
            "backspace",
            "backspace",
        )
        await pilot.press(*"a.txt")
        assert app.screen.query_one("#left", Input).value == str(a)
        assert right.value == str(tmp_path / "a.txt")


async def test_moves_with_nowhere_to_go_say_why() -> None:
    comparison = compare_texts("Only this.\n", "Something else entirely, unrelated.\n")
    app = ReaderApp("a.txt", "b.txt", comparison=comparison)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        assert screen.check_action("quit", ()) is True
        await pilot.press("c")  # moves nothing, breaks nothing, says why
        assert screen.cursor["left"] == 0
        assert screen.status == "No conflicts in this comparison."


async def test_help_lists_every_command_and_the_palette_runs_them() -> None:
    from reader.app.commands import COMMANDS

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        help_text = str(app.screen.query_one("#help-text").render())
        for command in COMMANDS:
            assert command.name in help_text
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"next conflict")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        stop = screen.stop
        assert stop is not None and stop.link is not None
        assert screen.comparison.links[stop.link].relation == "conflict"  # type: ignore[union-attr]


async def test_the_palette_finds_a_command_by_the_words_the_app_uses_for_it() -> None:
    # the legend says "disagree" and the details "words differ": a user types those words
    from reader.app.palette import ReaderCommands

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        provider = ReaderCommands(app.screen)
        found = {q: [str(h.text) async for h in provider.search(q)] for q in ("disagree", "words differ")}
        assert found["disagree"][:2] == ["Next conflict", "Previous conflict"]
        assert "Next reworded passage" in found["words differ"]
        # a name's own match still comes first
        hits = [h async for h in provider.search("next conflict")]
        assert str(hits[0].text) == "Next conflict" and hits[0].score > 0.1


async def test_summary_names_names_spelled_two_ways_outside_passages(tmp_path, monkeypatch) -> None:
    """Names spelled two ways are said in the summary bar, whether a passage or a conflict
    link of their own shows them, and each discrepancy is listed once (not also as a name)."""
    from reader.app.panels import summary_content
    from reader.pipeline import compare_texts

    c = compare_texts(
        "The storm reached the coast on Monday and flooded two towns. "
        "Rescue teams were led by Captain Marguerite Delacroix of the coast guard.",
        "Parliament will debate the budget next spring, the speaker said. "
        "Marguerite Delacroux later praised the volunteers who worked through the night.",
    )
    text = summary_content(c).plain
    assert text.count("Delacroix/Delacroux") == 1
    shown = [d for link in c.links for d in link.differences] + [n.difference for n in c.names]
    assert [(d.left, d.right) for d in shown if d.kind == "spelling"] == [("Delacroix", "Delacroux")]


@pytest.mark.parametrize(
    ("data", "where"),
    [
        ({"colors": {"primary": "#123456"}, "roles": {"conflict": "not-a-colour"}}, "roles.conflict"),
        ({"colors": {"primary": "nope"}}, "colors.primary"),
    ],
)
def test_a_bad_colour_in_a_theme_names_its_place(data: dict[str, object], where: str) -> None:
    from reader.app.themes import parse_theme

    with pytest.raises(ValueError, match=where):
        parse_theme(data, "mine")


def test_a_user_theme_with_a_bad_colour_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    from reader.app.themes import load_themes

    (tmp_path / "odd.toml").write_text('name = "odd"\n[colors]\nprimary = "#ff00ff"\n[roles]\nshared = "x"\n')
    loaded = load_themes(tmp_path)
    assert "odd" not in [t.name for t in loaded.themes]
    assert any("odd.toml" in p and "roles.shared" in p for p in loaded.problems)


async def test_full_garbage_collections_wait_for_a_pause(monkeypatch: pytest.MonkeyPatch) -> None:
    """A full pass of the collector never lands inside a burst of key presses (it took
    50-90 ms on a whole Bible); it runs once the user pauses, and the process's own
    collector settings come back when the app exits."""
    import asyncio
    import gc

    from reader.app import main as app_main

    before = gc.get_threshold()
    calls: list[float] = []
    real_collect = gc.collect

    def spy(*args: int) -> int:
        calls.append(asyncio.get_running_loop().time())
        return real_collect(*args)

    monkeypatch.setattr(app_main, "IDLE_GC_SECONDS", 0.4)
    monkeypatch.setattr(gc, "collect", spy)
    monkeypatch.setattr(gc, "get_count", lambda: (0, 0, 1))  # something is always due
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert gc.get_threshold()[2] > before[2]  # no automatic full pass while it runs
        await pilot.press("j")
        calls.clear()
        for _ in range(12):  # a key every 0.1 s or so: never a pause of 0.4 s
            await pilot.press("j")
            await asyncio.sleep(0.05)
        assert not calls
        await asyncio.sleep(1.0)
        assert calls  # the pause came, and with it the collection
        main(app).busy = True  # a comparison running in the worker: it paused the collector
        await asyncio.sleep(0.1)
        calls.clear()
        await asyncio.sleep(1.0)
        assert not calls
    assert gc.get_threshold() == before


async def test_at_start_both_articles_show_from_their_first_line_and_follow_from_the_first_move() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = main(app)
        for side in ("left", "right"):
            pane = screen.pane(side)
            assert pane.top_line == 0, side
            first = pane.lines_of((0,))
            assert first is not None and first[0] < pane.view_height  # the opening sentence shows
            doc = screen.comparison.document(side)  # type: ignore[union-attr]
            header = str(app.screen.query_one(f"#{side}-header").render())
            assert (doc.title or doc.source.rsplit("/", 1)[-1])[:30] in header  # the title above it
        assert screen.stop is not None and not screen.following  # selected, not scrolled to
        await pilot.press("c")  # the first move: from here the panes follow the selection
        assert screen.following
        assert_level(screen)


async def test_an_export_that_fails_keeps_the_comparison_open_and_says_what_failed(tmp_path: Path) -> None:
    app = make_app()
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        comparison, cursor = screen.comparison, screen.cursor.copy()
        await pilot.press("e")
        app.screen.query_one("#path", Input).value = str(blocked / "out.md")
        await pilot.press("enter")
        await pilot.pause()
        # the dialog comes back with the name given and the one-line reason in it
        assert isinstance(app.screen, ExportScreen) and app.is_running
        assert app.screen.query_one("#path", Input).value == str(blocked / "out.md")
        said = str(app.screen.query_one("#export-error", Static).render())
        assert "\n" not in said and said.startswith(f"Could not write {blocked / 'out.md'}: ")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and screen.comparison is comparison and screen.cursor == cursor
        assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left behind


async def test_an_export_gets_the_permissions_of_the_command_lines(tmp_path: Path) -> None:
    import os

    app = make_app()
    async with app.run_test(size=SIZE):
        screen = main(app)
        assert screen.write_export("markdown", str(tmp_path / "new.md"))
        umask = os.umask(0)
        os.umask(umask)
        assert (tmp_path / "new.md").stat().st_mode & 0o777 == 0o666 & ~umask
        existing = tmp_path / "kept.md"
        existing.write_text("old", encoding="utf-8")
        existing.chmod(0o640)
        assert screen.write_export("markdown", str(existing))
        assert existing.stat().st_mode & 0o777 == 0o640
