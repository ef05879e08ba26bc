"""A second first-time user test: the partner in view, one-pane mode, resizing, p with
nowhere to go.  Pilot drives the app over comparisons built by hand (tests/test_app_usability.py)."""

from __future__ import annotations

from reader.app.main import ReaderApp
from reader.model import Comparison, Link
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
