"""Remapping keys: the [keymap] table of the config file, checked, applied, and shown.

Unit tests for ``parse_keymap``/``KeyTable`` (no app), then Pilot tests: a remapped key
works and every hint names it (footer, help, details panel, dialogs), a bad entry is one
line of warning and never a crash, and saving the theme keeps the user's [keymap].
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from textual.widgets import Button, Footer

from reader.app.commands import ALL_COMMANDS, BY_ID, COMMANDS
from reader.app.dialogs import ConfirmScreen, ExportScreen, HelpScreen
from reader.app.keys import KeyTable, is_key, parse_keymap, spoken
from reader.app.main import ReaderApp
from reader.app.panels import details_content
from reader.app.themes import read_config, write_config
from reader.model import Comparison
from reader.pipeline import bundled_paths, compare_files

SIZE = (120, 36)


def write_user_config(home: Path, text: str) -> Path:
    path = home / "reader" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


_CACHE: dict[str, Comparison] = {}


def make_app() -> ReaderApp:
    if "bundled" not in _CACHE:
        _CACHE["bundled"] = compare_files(*bundled_paths())
    left, right = (str(p) for p in bundled_paths())
    return ReaderApp(left, right, comparison=_CACHE["bundled"])


# -- the table and the keymap, without the app --------------------------------------------


def test_every_command_has_a_unique_id_and_valid_keys() -> None:
    ids = [c.id for c in ALL_COMMANDS]
    assert len(ids) == len(set(ids))
    for command in ALL_COMMANDS:
        assert all(is_key(k) for k in command.key.split(",")), command.id
        assert command.pair is None or command.pair in BY_ID


def test_a_good_keymap_is_taken_and_normalised() -> None:
    table, problems = parse_keymap({"next-conflict": "x", "previous": "?,up"} | {"help": "f1"})
    assert problems == []
    assert table.keys("next-conflict") == ["x"]
    assert table.keys("previous") == ["question_mark", "up"]
    assert table.label("previous") == "? / up" and table.hint("next-conflict") == "x"
    assert table.keys("next") == ["j", "down"]  # the others keep the table's keys
    assert table.footer(BY_ID["next"]) == "j/?"


@pytest.mark.parametrize(
    ("entry", "says"),
    [
        ({"nxt": "x"}, "no command has this id (did you mean 'next'?)"),
        ({"next": 5}, "give the keys as a string"),
        ({"next": ""}, "give the keys as a string"),
        ({"next": "ctrl+nope"}, "'ctrl+nope' is not a key name"),
        ({"next": "hyper+shift+wat"}, "is not a key name"),
        ({"next": "c"}, "'c' is already the key of 'next-conflict'"),
        ({"export": "ctrl+p"}, "'ctrl+p' is the key of the command palette"),
    ],
)
def test_a_bad_keymap_entry_is_one_line_and_left_out(entry: dict[str, object], says: str) -> None:
    table, problems = parse_keymap(entry)
    assert len(problems) == 1 and "\n" not in problems[0]
    assert says in problems[0] and "[keymap]" in problems[0]
    assert table.keymap == {}


def test_keys_freed_by_a_remap_can_be_taken_and_scopes_are_apart() -> None:
    table, problems = parse_keymap({"next-conflict": "x", "last": "c", "confirm-yes": "j"})
    assert problems == [] and table.keys("last") == ["c"] and table.keys("confirm-yes") == ["j"]
    assert parse_keymap([1, 2])[1] == ['config.toml: [keymap] must be a table of binding id = "keys"']


def test_hints_say_keys_as_people_read_them() -> None:
    assert [spoken(k) for k in ("slash", "question_mark", "escape", "ctrl+n", "down", "minus")] == [
        "/",
        "?",
        "esc",
        "ctrl+n",
        "down",
        "-",
    ]


def test_the_details_panel_names_the_keys_in_force() -> None:
    from reader.app.nav import Navigator

    comparison = _CACHE.get("bundled") or compare_files(*bundled_paths())
    nav = Navigator(comparison)
    stop = nav.stops["left"][nav.unique_stops["left"][0]]
    default = details_content(nav, stop, KeyTable()).plain
    assert "u next unique" in default and "c next conflict" in default and "tab other side" in default
    table, _ = parse_keymap({"next-unique": "x", "next-conflict": "ctrl+k", "switch-pane": "f2"})
    remapped = details_content(nav, stop, table).plain
    assert "x next unique" in remapped and "ctrl+k next conflict" in remapped and "f2 other side" in remapped


def test_saving_the_theme_keeps_the_users_keymap(config_home: Path) -> None:
    path = write_user_config(
        config_home, 'theme = "dark"\n\n[keymap]\nnext = "x,down"\n"search-next" = "f3"\n'
    )
    assert write_config({"theme": "light"})
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data == {"theme": "light", "keymap": {"next": "x,down", "search-next": "f3"}}
    # a file that does not parse is left as the user wrote it
    path.write_text("theme = [\n[keymap]\nnext = 'x'\n", encoding="utf-8")
    assert not write_config({"theme": "dark"})
    assert path.read_text(encoding="utf-8").startswith("theme = [")
    assert read_config() == {}


def test_saving_the_theme_keeps_the_users_comments_and_nested_tables(config_home: Path) -> None:
    written = (
        "# my reader setup\n"
        "width = 100  # the terminal at work\n"
        "\n"
        "[keymap]\n"
        "# vim-ish\n"
        'next = "j"\n'
        "[keymap.extra]\n"
        'deep = "x"\n'
    )
    path = write_user_config(config_home, written)
    assert write_config({"theme": "light"})
    text = path.read_text(encoding="utf-8")
    assert text.startswith('# my reader setup\nwidth = 100  # the terminal at work\ntheme = "light"\n')
    assert "# vim-ish" in text and "[keymap.extra]" in text
    assert tomllib.loads(text)["keymap"] == {"next": "j", "extra": {"deep": "x"}}
    # a second save replaces the line it wrote, it does not add one
    assert write_config({"theme": "dark"})
    again = path.read_text(encoding="utf-8")
    assert again.count("theme =") == 1 and tomllib.loads(again)["theme"] == "dark"
    assert "# my reader setup" in again


def test_a_config_the_app_must_rewrite_keeps_its_nested_tables(config_home: Path) -> None:
    # a double-quoted key and an array over lines: the line edit cannot be trusted, so the
    # file is written afresh, nested tables and all
    written = (
        '"theme" = "dark"\nrecent = [\n  ["a", "b"],\n]\n\n[keymap]\nquit = "q"\n[keymap.extra]\nx = "y"\n'
    )
    path = write_user_config(config_home, written)
    assert write_config({"theme": "light"})
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data == {"theme": "light", "recent": [["a", "b"]], "keymap": {"quit": "q", "extra": {"x": "y"}}}


# -- in the app ---------------------------------------------------------------------------


def footer_keys(app: ReaderApp) -> dict[str, str]:
    """Action -> key shown, for the footer's keys."""
    from textual.widgets._footer import FooterKey

    footer = app.screen.query_one(Footer)
    return {key.action: key.key_display for key in footer.query(FooterKey)}


async def test_a_remapped_key_works_and_shows_in_the_footer_and_help(config_home: Path) -> None:
    write_user_config(config_home, '[keymap]\nnext-conflict = "x"\nprevious = "i"\nhelp = "f1"\n')
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        nav = screen.nav
        assert nav is not None
        await pilot.pause()
        assert not [n for n in app._notifications if n.severity != "information"]
        start = screen.cursor["left"]
        await pilot.press("x")
        assert screen.cursor["left"] in nav.conflict_stops["left"] and screen.cursor["left"] != start
        before = screen.cursor["left"]
        await pilot.press("c")  # the old key no longer does it
        assert screen.cursor["left"] == before
        await pilot.press("i")
        assert screen.cursor["left"] == before - 1
        shown = footer_keys(app)
        assert shown["next_conflict"] == "x/C" and shown["next"] == "j/i" and shown["help"] == "f1"
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        help_text = str(app.screen.query_one("#help-text").render())
        rows = [line.strip() for line in help_text.splitlines()]
        assert any(row.startswith("x ") and "Next conflict" in row for row in rows)
        assert any(row.startswith("i ") and "Previous passage" in row for row in rows)
        assert str(app.screen.query_one(".dialog-hint").render()) == "esc / q / ? / f1 to close"
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_the_help_lists_the_themes_in_the_order_the_key_goes_from_the_one_in_use(
    config_home: Path,
) -> None:
    # ut41: the help read "colorblind, dark, light" while t went from dark to light
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for _ in range(2):
            await pilot.press("question_mark")
            help_text = str(app.screen.query_one("#help-text").render())
            order = help_text.split("from this one: ")[1].split(";")[0].split(" → ")
            assert order[0] == app.theme and sorted(order) == sorted(app.reader_themes)
            await pilot.press("escape")
            await pilot.press("t")
            assert app.theme == order[1]


async def test_dialog_keys_can_be_remapped_and_their_hints_follow(config_home: Path, tmp_path: Path) -> None:
    write_user_config(config_home, '[keymap]\nconfirm-yes = "o"\nexport-cancel = "ctrl+g"\n')
    app = make_app()
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        hint = str(app.screen.query_one(".dialog-hint").render())
        assert hint == "enter to export · shift+tab for the formats · ctrl+g to cancel"
        await pilot.press("ctrl+g")
        assert not isinstance(app.screen, ExportScreen)
        await pilot.press("e")
        app.screen.query_one("#path").value = str(target)  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert str(app.screen.query_one("#yes", Button).label) == "Overwrite (o)"
        await pilot.press("o")
        await pilot.pause()
        assert '"format": "reader-comparison/1"' in target.read_text(encoding="utf-8")  # .json: JSON


async def test_a_bad_keymap_entry_is_reported_in_one_line_and_the_rest_applies(config_home: Path) -> None:
    write_user_config(config_home, '[keymap]\nnext-conflit = "x"\nlast = "q"\nfirst = "f5"\n')
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        warnings = [n.message for n in app._notifications if n.severity == "warning"]
        assert len(warnings) == 2 and all("\n" not in w for w in warnings)
        assert any("next-conflit" in w and "did you mean 'next-conflict'" in w for w in warnings)
        assert any("last" in w and "'q' is already the key of 'quit'" in w for w in warnings)
        screen = app.main_screen
        await pilot.press("G")
        await pilot.press("f5")
        assert screen.cursor["left"] == 0
        assert app.is_running  # q still quits, and nothing crashed


def test_the_main_screen_lists_every_command_of_the_help() -> None:
    assert {c.scope for c in COMMANDS} == {"main", "search"}


async def test_the_failed_load_panel_names_the_keys_in_force(config_home: Path, tmp_path: Path) -> None:
    write_user_config(config_home, '[keymap]\nopen = "f4"\nquit = "ctrl+x"\n')
    app = ReaderApp(str(tmp_path / "nope-a.txt"), str(tmp_path / "nope-b.txt"))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        stage = str(app.main_screen.query_one("#stage").render())
        assert "f4 open other files · ctrl+x quit" in stage
        await pilot.press("ctrl+x")
        await pilot.pause()
    assert not app.is_running
