"""Narrow and tiny terminals, as a first-time user met them: the footer and the details
drop whole entries and phrases instead of cutting one ("… q Quit r Remo" at 100 columns),
a pane header keeps the file name of a long path, and at 40x10 a pane still shows text."""

from __future__ import annotations

import random

from rich.cells import cell_len
from textual.content import Content
from textual.widgets import Footer
from textual.widgets._footer import FooterKey, FooterLabel, KeyGroup

from reader.app.footer import entries
from reader.app.panels import PaneHeader, _middle_cut, phrase_rows, short_path
from reader.model import Comparison, Link
from tests.test_app_sync_search import doc
from tests.test_app_usability import app_for, shared_pair

FOX = "/work/shared/news/stories/basil-86e6e27d/01-fox-news.txt"


def footer_keys(app: object) -> list[FooterKey]:
    return list(app.main_screen.query_one(Footer).query(FooterKey))  # type: ignore[attr-defined]


async def test_the_footer_shows_whole_entries_only_and_all_again_when_wider() -> None:
    app = app_for(shared_pair())
    async with app.run_test(size=(120, 36)) as pilot:
        for width, height in ((100, 30), (80, 24), (40, 10), (120, 36)):
            await pilot.resize_terminal(width, height)
            for _ in range(4):
                await pilot.pause()
            keys = footer_keys(app)
            shown = [k.display for k in keys]
            assert shown == sorted(shown, reverse=True), width  # the first ones, then none
            assert all(k.region.right <= width for k in keys if k.display), width
            labels = {k.description for k in keys if k.display}
            if width >= 80:
                assert {"Export", "Open", "Help"} <= labels, (width, labels)
            if width >= 120:
                assert all(shown), "at 120 columns every entry fits"
            else:
                assert not all(shown), f"at {width} columns some entry must go"


def test_the_footer_entries_are_keys_and_groups_with_their_label() -> None:
    """reader.app.footer knows Textual's footer parts by their public base classes: each entry
    is still one key, or one group of keys with the label after it."""
    keys = [FooterKey(k, k, f"do {k}", k) for k in "abcd"]
    group, label = KeyGroup(), FooterLabel("move")
    got = entries([keys[0], group, label, keys[1], keys[2], FooterLabel("alone"), keys[3]])
    assert [[type(w) for w in entry] for entry in got] == [
        [FooterKey],
        [KeyGroup, FooterLabel],
        [FooterKey],
        [FooterKey],
        [FooterLabel],
        [FooterKey],
    ]
    assert got[1] == [group, label]


def test_phrase_rows_break_between_phrases_never_inside_one() -> None:
    line = Content(
        " · ".join(
            [
                "No sentence of the left article tells this",
                "u next unique",
                "c next conflict",
                "tab other side",
            ]
        )
    )
    rows = phrase_rows(line, 40)
    assert [r.plain for r in rows] == [
        "No sentence of the left article tells",  # a phrase wider than a row: at its spaces
        "this · u next unique · c next conflict",
        "tab other side",
    ]
    rows = phrase_rows(Content("Passage 3 of 20 · both tell this\n≠ number: 300 vs 350"), 24)
    assert [r.plain for r in rows] == ["Passage 3 of 20", "both tell this", "≠ number: 300 vs 350"]
    assert all(not r.plain.endswith(("·", " ")) for r in rows)


async def test_the_details_of_a_unique_sentence_end_on_a_whole_phrase_when_narrow() -> None:
    app = app_for(shared_pair())
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("u")
        await pilot.pause()
        details = app.main_screen.query_one("#details")
        rows = str(details.render()).split("\n")
        assert any("next unique" in row for row in rows)
        phrases = {"u next unique", "c next conflict", "tab other side"}
        for row in rows:
            assert len(row) <= details.content_region.width
            assert not row.rstrip().endswith("·"), row
            for part in row.split(" · "):
                if "next" in part or "other side" in part:
                    assert part in phrases or part.endswith(tuple(phrases)), part


def test_a_short_path_keeps_its_file_name() -> None:
    assert short_path(FOX, 60) == FOX  # fits: as it is
    assert short_path(FOX, 44) == "…/stories/basil-86e6e27d/01-fox-news.txt"
    assert short_path(FOX, 20) == "…/01-fox-news.txt"
    name = "a-very-long-file-name-of-an-article.txt"
    assert short_path("/x/" + name, 20) == "a-very-lo…rticle.txt"  # the name's middle goes
    assert len(short_path("/x/" + name, 20)) == 20
    url = "https://www.politico.com/story/2018/08/21/trump-border-wall-shutdown-789/"
    assert short_path(url, 40) == "…/08/21/trump-border-wall-shutdown-789/"
    assert short_path(FOX, 1) == "…"
    # wide characters take two cells each: the header is measured in cells, not characters
    wide = short_path("/x/新闻新闻新闻新闻新闻新闻.txt", 20)
    assert cell_len(wide) <= 20 and wide.endswith(".txt") and "…" in wide


def _middle_cut_measured(text: str, width: int) -> str:
    """The first ``_middle_cut``: each growing cut measured whole (quadratic), the reference."""
    if width <= 1:
        return "…"
    left, right = "", ""
    i, j = 0, len(text)
    while i < j:
        if cell_len(right) <= cell_len(left):
            if cell_len(left + "…" + text[j - 1] + right) > width:
                break
            right, j = text[j - 1] + right, j - 1
        else:
            if cell_len(left + text[i] + "…" + right) > width:
                break
            left, i = left + text[i], i + 1
    return left + "…" + right


def test_a_long_name_loses_its_middle_as_when_each_cut_was_measured_whole() -> None:
    """Long names of narrow, wide (CJK, full-width), zero-width (combining marks, controls)
    characters and joined emoji: the same cut as measuring every candidate whole."""
    alphabet = list("abcxyz-_.0") + list("新闻报道記事기사ＡＢ") + ["\u0301", "\x07", "é", "…"]
    joined = ["\u200d", "\ufe0f", "👩", "❤", "☺"]
    rnd = random.Random(7)
    for case in range(150):
        chars = alphabet + (joined if case % 3 == 0 else [])
        name = "".join(rnd.choice(chars) for _ in range(rnd.randrange(1, 600)))
        for width in (0, 1, 2, 3, 5, 20, 41, rnd.randrange(0, 700)):
            assert _middle_cut(name, width) == _middle_cut_measured(name, width), (name, width)
    name = "新闻" * 2000 + ".txt"  # a long name in wide characters
    cut = _middle_cut(name, 81)
    assert cut == _middle_cut_measured(name, 81) and cell_len(cut) <= 81 and cut.endswith("新闻.txt")


async def test_a_long_path_in_a_pane_header_keeps_the_file_name() -> None:
    left = doc(FOX, ["The storm closed the port on Monday.", "Ferries stayed in the harbour."])
    right = doc("/tmp/b.txt", ["On Monday the storm closed the port."])
    c = Comparison(left, right, [Link((0,), (0,), 0.8)], [1], [])
    app = app_for(c)
    async with app.run_test(size=(100, 36)) as pilot:
        await pilot.pause()
        header = app.main_screen.query_one("#left-header", PaneHeader)
        where = str(header.render()).split("\n")[1]
        assert where.strip().endswith("/01-fox-news.txt") and where.strip().startswith("…/"), where
        assert len(where) <= header.content_region.width


async def test_at_40x10_the_focused_pane_shows_text_and_tab_shows_the_other() -> None:
    app = app_for(shared_pair())
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        screen = app.main_screen
        for side, other in (("left", "right"), ("right", "left")):
            assert screen.side == side
            assert screen.pane(side).size.height >= 2, "a pane with no row of text"
            assert not screen.query_one(f"#{other}-side").display
            await pilot.press("tab")
            await pilot.pause()
        await pilot.resize_terminal(40, 24)  # room again: both panes
        await pilot.pause()
        assert all(screen.query_one(f"#{side}-side").display for side in ("left", "right"))
