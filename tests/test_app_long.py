"""Very long texts (the Bible is 31,000 verses a side): search counts matches up to a
bound, in a thread, showing only the latest search; the stops are built quickly."""

from __future__ import annotations

import threading

import pytest

from reader.app import finding
from reader.app.main import ReaderApp
from reader.app.screen import ReaderScreen
from reader.app.search import MAX_HITS_PER_SIDE, count_label, find_hits
from reader.model import Comparison
from tests.test_app_usability import SIZE, comparison

VERSES = 20_000  # with ~10 'e's a verse: 200,000 matches a side, far past the bound


def long_pair() -> Comparison:
    left = [f"And the seed of verse {i} grew where the river meets the eastern sea." for i in range(VERSES)]
    right = [f"The seed of line {i} grew where the river meets the eastern sea." for i in range(VERSES)]
    return comparison(left, right, [])


def test_a_one_letter_query_counts_up_to_the_bound_in_each_article() -> None:
    c = long_pair()
    hits = find_hits(c, "e")
    assert [sum(h.side == side for h in hits) for side in ("left", "right")] == [MAX_HITS_PER_SIDE] * 2
    assert len(find_hits(c, "verse 19999")) == 1  # a rare one is still found to the end
    # the count reads the same wherever it is shown: thousands grouped, "+" past the bound
    assert count_label(hits) == f"{2 * MAX_HITS_PER_SIDE:,}+"
    assert count_label(find_hits(c, "verse 1")[:1234]) == "1,234"


def held_search(monkeypatch: pytest.MonkeyPatch, slow: str) -> threading.Event:
    """Searches for ``slow`` wait in their thread until the event is set (a long text)."""
    held = threading.Event()
    real = finding.find_hits

    def find(c: Comparison, query: str) -> list[finding.Hit]:
        if query == slow:
            held.wait(10)
        return real(c, query)

    monkeypatch.setattr(finding, "find_hits", find)
    return held


async def test_a_search_runs_in_a_thread_and_n_steps_through_the_bounded_matches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    held = held_search(monkeypatch, "e")
    app = ReaderApp("l.txt", "r.txt", comparison=long_pair(), remember=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        assert isinstance(screen, ReaderScreen)
        await pilot.press("slash", "e", "enter")
        # the search has not ended, and the keys still answer meanwhile
        assert screen.hits == () and "Searching for “e”" in screen.status
        await pilot.press("n")
        assert "Still searching" in screen.status  # n says why it cannot move yet
        before = screen.cursor["left"]
        await pilot.press("j")
        assert screen.cursor["left"] == before + 1
        held.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(screen.hits) == 2 * MAX_HITS_PER_SIDE
        # the user moved on (j) while it ran: the matches are counted and marked, and the
        # selection stays where the user put it until n
        assert screen.cursor["left"] == before + 1 and screen.hit_index == -1
        assert f"{2 * MAX_HITS_PER_SIDE:,}+ matches for “e”" in screen.status
        await pilot.press("n")
        assert f"of {2 * MAX_HITS_PER_SIDE:,}+ for “e”" in screen.status
        first = screen.hit_index
        await pilot.press("n")
        assert screen.hit_index == first + 1
        await pilot.press("N", "N")
        assert screen.hit_index == (first - 1) % len(screen.hits)


async def test_only_the_latest_search_is_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    held = held_search(monkeypatch, "seed")  # the first search ends after the second
    app = ReaderApp("l.txt", "r.txt", comparison=long_pair(), remember=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        assert isinstance(screen, ReaderScreen)
        screen.start_search("seed")
        screen.start_search("verse 12")
        for _ in range(100):
            await pilot.pause(0.02)
            if screen.hits:
                break
        held.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.query_text == "verse 12"
        assert screen.hits and all(h.side == "left" for h in screen.hits)  # only the left says "verse"
        assert "for “verse 12”" in screen.status


async def test_the_comparison_is_frozen_before_its_stops_are_built(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Bible's stops are 60,000 small objects: built while the comparison's millions of
    objects were still young, they set off full collections (0.32 s instead of 0.16 s)."""
    import gc

    from reader.app import screen as screen_module

    frozen_at_build: list[int] = []
    real = screen_module.Navigator

    def navigator(c: Comparison) -> screen_module.Navigator:
        frozen_at_build.append(gc.get_freeze_count())
        return real(c)

    monkeypatch.setattr(screen_module, "Navigator", navigator)
    gc.unfreeze()
    c = long_pair()
    app = ReaderApp("l.txt", "r.txt", comparison=c, remember=False)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
    finally:
        gc.unfreeze()  # the other tests' objects are not to stay frozen
    assert frozen_at_build and frozen_at_build[0] > 2 * VERSES  # the sentences, at least


async def test_a_search_still_running_when_another_comparison_opens_is_dropped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import time

    from tests.test_app_usability import shared_pair

    held = held_search(monkeypatch, "seed")
    app = ReaderApp("l.txt", "r.txt", comparison=long_pair(), remember=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        assert isinstance(screen, ReaderScreen)
        screen.start_search("seed")
        await pilot.pause()
        screen._loaded(shared_pair(), "a.txt", "b.txt", time.perf_counter())
        await pilot.press("n")  # the new comparison has no search yet: not "still searching"
        assert "No search yet" in screen.status
        held.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.hits == () and screen.query_text == ""


async def test_a_late_search_result_leaves_the_search_line_its_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """A search that ends while the user types the next query in the search line neither
    takes the focus away (the next letters would run as commands) nor moves the selection."""
    held = held_search(monkeypatch, "seed")
    app = ReaderApp("l.txt", "r.txt", comparison=long_pair(), remember=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        assert isinstance(screen, ReaderScreen)
        await pilot.press("slash", *"seed", "enter")
        await pilot.press("slash", "v", "e")
        search = screen.query_one("#search")
        assert search.has_focus
        before = dict(screen.cursor)
        held.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert search.has_focus and screen.cursor == before
        assert screen.hits and screen.hit_index == -1
        await pilot.press("r", "s")  # letters of the query, not the removed/single commands
        assert getattr(search, "value", "").endswith("vers")
