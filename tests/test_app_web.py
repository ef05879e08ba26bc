"""The app with web pages: bylines in the pane headers, the HTML report from the export
dialog, addresses through the open dialog (the loader faked: no network), the user agent
passed down from the command line."""

from __future__ import annotations

import sys
import threading
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Label, RadioButton, Static

from reader.app.dialogs import ExportScreen, OpenScreen
from reader.app.main import ReaderApp
from reader.app.screen import ReaderScreen
from reader.model import Comparison, Meta
from reader.pipeline import compare_files, compare_texts

PAGES = Path(__file__).resolve().parent / "data" / "web"
SIZE = (120, 36)


@pytest.fixture(scope="module")
def bridge() -> Comparison:
    return compare_files(PAGES / "ledger-bridge.html", PAGES / "wire-bridge.html")


def header_text(app: ReaderApp, side: str) -> str:
    return str(app.main_screen.query_one(f"#{side}-header", Static).render())


async def test_pane_headers_show_title_byline_and_address_of_each_page(bridge: Comparison) -> None:
    app = ReaderApp(bridge.left.source, bridge.right.source, comparison=bridge)
    async with app.run_test(size=SIZE):
        left, right = header_text(app, "left").split("\n"), header_text(app, "right").split("\n")
        assert "Cargo ship strikes Tannery Bridge" in left[0]
        assert left[1].strip() == "by Harriet Okonjo · The Northern Ledger · 2026-03-04"
        # the address, too long for the pane, keeps its end: the page's own name
        assert left[2].strip() == "…/mar/04/cargo-ship-strikes-tannery-bridge-kestrel-bay"
        assert right[1].strip() == "by Tomasz Wierzba · Coastline Wire · 2026-03-04"
        assert right[2].strip() == bridge.right.meta.url or right[2].strip().startswith("…/")
        for side in ("left", "right"):  # three rows each, so the panes start level
            assert app.main_screen.query_one(f"#{side}-header").size.height == 3
        assert app.main_screen.pane("left").region.y == app.main_screen.pane("right").region.y


async def test_only_the_parts_a_page_gives_are_shown_and_a_text_file_pads_to_the_same_height() -> None:
    c = compare_texts("The council met on Monday. It voted.", "The council met on Monday. It voted again.")
    c.left.meta = Meta(title="Council votes", outlet="[bold red]Gazette[/]", date="2026-01-02")
    app = ReaderApp("a.html", "b.txt", comparison=c)
    async with app.run_test(size=SIZE):
        left, right = header_text(app, "left").split("\n"), header_text(app, "right").split("\n")
        assert left[1].strip() == "[bold red]Gazette[/] · 2026-01-02"  # no author, no "by"; markup as written
        assert left[2].strip() == "left"  # no address: the source
        assert len(right) == 3 and right[1].strip() == "right" and right[2] == ""
        assert app.main_screen.query_one("#right-header").size.height == 3


async def test_the_export_dialog_writes_an_html_report_with_both_articles(
    bridge: Comparison, tmp_path: Path
) -> None:
    app = ReaderApp(bridge.left.source, bridge.right.source, comparison=bridge)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        await pilot.click("#html")
        await pilot.pause()
        assert app.screen.query_one("#html", RadioButton).value
        path = app.screen.query_one("#path", Input)
        assert path.value.endswith("ledger-bridge-vs-wire-bridge.html")
        path.value = str(tmp_path / "report.html")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert any(n.message.startswith("Wrote ") for n in app._notifications)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    text = _text_of(html)
    for doc in (bridge.left, bridge.right):
        assert doc.meta is not None and doc.meta.title is not None
        assert doc.meta.title in text
        for sentence in (doc.sentences[0], doc.sentences[-1]):
            assert " ".join(sentence.text.split()) in text
    assert not list(tmp_path.glob(".*.tmp"))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.stack:
            self.parts.append(data)


def _text_of(html: str) -> str:
    """The visible text of a page (parsing it; a broken page fails here)."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    assert html.lstrip().lower().startswith("<!doctype html>")
    return " ".join("".join(parser.parts).split())


async def test_the_open_dialog_passes_an_address_through_unchanged_and_says_it_is_fetching(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[str, str, dict[str, Any]]] = []
    release = threading.Event()
    done = compare_texts("The mayor resigned on Friday.", "On Friday the mayor resigned.")

    def fake_compare_files(left: str, right: str, **kwargs: Any) -> Comparison:
        calls.append((left, right, kwargs))
        release.wait(5)
        return done

    monkeypatch.setattr("reader.pipeline.compare_files", fake_compare_files)
    monkeypatch.setenv("HOME", str(tmp_path))
    first = compare_texts("A first text. It is short.", "A second text. It is short too.")
    app = ReaderApp("a.txt", "b.txt", comparison=first, user_agent="TestAgent/1.0")
    address = "https://news.example/2026/01/story?id=7&ref=~home#top"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        assert isinstance(app.screen, OpenScreen)
        app.screen.query_one("#left", Input).value = address
        app.screen.query_one("#right", Input).value = "~/saved.html"
        await pilot.click("#ok")
        await pilot.pause(0.1)
        stage = str(app.main_screen.query_one("#stage", Label).render())
        assert stage.startswith("Fetching " + address + " and reading ")
        assert "20 s" in stage
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.main_screen.comparison is done
    assert [(left, right) for left, right, _ in calls] == [(address, str(tmp_path / "saved.html"))]
    assert calls[0][2]["user_agent"] == "TestAgent/1.0"


def test_the_command_line_hands_its_user_agent_to_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.app
    from reader import cli

    seen: dict[str, Any] = {}

    class Terminal:
        def isatty(self) -> bool:
            return True

        def write(self, text: str) -> int:
            return len(text)

        def flush(self) -> None:
            pass

    monkeypatch.setattr(reader.app, "run_app", lambda left, right, **kw: seen.update(kw, paths=(left, right)))
    monkeypatch.setattr(sys, "stdout", Terminal())
    url = "https://news.example/a"
    assert cli.main([url, str(PAGES / "wire-bridge.html"), "--user-agent", "Agent/2"]) == 0
    assert seen["user_agent"] == "Agent/2" and seen["paths"][0] == url


def test_run_app_passes_the_user_agent_to_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.app import run_app

    made: list[ReaderApp] = []
    monkeypatch.setattr(ReaderApp, "run", lambda self: made.append(self))
    run_app("a.txt", "b.txt", user_agent="Agent/3")
    assert made[0].user_agent == "Agent/3"
    screen = made[0].get_default_screen()
    assert isinstance(screen, ReaderScreen) and screen.user_agent == "Agent/3"
