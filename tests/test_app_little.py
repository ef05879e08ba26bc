"""An article with no sentences (all of it page furniture), and two texts that share
little: the app says so plainly, and every key still works on either side."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from reader.app.main import ReaderApp
from reader.app.screen import ReaderScreen
from reader.model import Comparison
from reader.pipeline import compare_files
from tests.test_app_usability import SIZE, app_for, comparison

STORY = (
    "The ferry left the harbour two hours late on Sunday.\n\n"
    "Strong winds had kept it at the quay since the morning.\n\n"
    "About 200 passengers were on board, the operator said.\n"
)
FURNITURE = "Share this article\nFollow us on Twitter\nAdvertisement\n"


def with_furniture(tmp_path: Path, furniture_side: str) -> Comparison:
    story, furniture = tmp_path / "story.txt", tmp_path / "page.txt"
    story.write_text(STORY, encoding="utf-8")
    furniture.write_text(FURNITURE, encoding="utf-8")
    pair = (furniture, story) if furniture_side == "left" else (story, furniture)
    c = compare_files(str(pair[0]), str(pair[1]))
    assert not c.document(furniture_side).sentences  # type: ignore[arg-type]
    return c


def bar(screen: ReaderScreen, selector: str) -> str:
    return str(screen.query_one(selector).render())


@pytest.mark.parametrize("empty", ["left", "right"])
async def test_a_side_with_no_sentences_is_named_and_every_key_still_works(
    tmp_path: Path, empty: str
) -> None:
    full = "right" if empty == "left" else "left"
    app = app_for(with_furniture(tmp_path, empty))
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        assert isinstance(screen, ReaderScreen)
        await pilot.pause()
        assert f"The {empty} article has no sentences" in bar(screen, "#summary")
        if screen.side != empty:
            await pilot.press("tab")  # to the empty side: it must be reachable
            await pilot.pause()
        assert screen.side == empty
        assert f"The {empty} article has no sentences" in bar(screen, "#details")
        for key in ("j", "k", "u", "c", "p", "g"):  # none is silent there
            screen.say("")
            await pilot.press(key)
            await pilot.pause()
            assert f"The {empty} article has no sentences" in screen.status, key
        await pilot.press("tab")  # and back to the article that has sentences
        await pilot.pause()
        assert screen.side == full and screen.stop is not None
        await pilot.press("j", "tab")  # its keys work, and tab still leaves it
        await pilot.pause()
        assert screen.side == empty


async def test_two_texts_that_share_little_are_told_so() -> None:
    left = [f"The ferry to the island left late on day {i}." for i in range(20)]
    right = [f"The council voted on the budget for year {i}." for i in range(20)]
    app = ReaderApp("l.txt", "r.txt", comparison=comparison(left, right, []), remember=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.main_screen
        assert isinstance(screen, ReaderScreen)
        assert "Little in common: maybe not the same event" in bar(screen, "#summary")
        shown = [str(n.message) for n in app._notifications]
        assert any("share little" in m and "same event" in m for m in shown)
        # another pair opened: the notice of the first no longer holds (ut33 saw it stay)
        from tests.test_app_usability import shared_pair

        screen._loaded(shared_pair(), "a.txt", "b.txt", time.perf_counter())
        await pilot.pause()
        assert not [str(n.message) for n in app._notifications]
        assert "⚠" not in bar(screen, "#summary")


async def test_texts_that_share_enough_get_no_notice() -> None:
    from tests.test_app_usability import shared_pair

    app = app_for(shared_pair())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "⚠" not in bar(app.main_screen, "#summary")  # type: ignore[arg-type]
