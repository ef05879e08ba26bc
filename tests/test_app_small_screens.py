"""Small terminals and the chrome around the panes: the disagreement stays on screen at
80x24, the summary ends in an ellipsis, toasts keep off the details, any theme keeps
the role marks."""

from __future__ import annotations

from pathlib import Path

from textual.widgets._toast import Toast

from reader.app.panels import summary_content
from reader.model import Comparison, Difference, Link
from tests.test_app_usability import SIZE, app_for, comparison, shared_pair


def conflict_pair() -> Comparison:
    """A disagreement in a passage of many sentences (a long headline on a small screen)."""
    left = [f"The ceasefire held in town number {i} for the whole week." for i in range(16)]
    right = ["The ceasefire lasted 13 months.", "It was a 30-day period, officials said."]
    difference = Difference("duration", "13 months", "30-day period", "duration: 13 months vs 30-day period")
    link = Link((1, 5, 7, 13), (1,), 0.73, "conflict", [difference])
    return comparison(left, right, [link])


async def test_at_80x24_the_disagreement_is_on_screen_and_a_status_does_not_push_it_off() -> None:
    app = app_for(conflict_pair())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.main_screen
        await pilot.press("c")
        details = screen.query_one("#details")
        rows = details.content_region.height
        shown = str(details.render()).split("\n")[:rows]
        assert rows >= 2 and any(row.startswith("≠ duration: 13 months vs 30-day period") for row in shown)
        assert len(shown[0]) <= 78  # the headline fits one row
        assert screen.status.startswith(("Wrapped", "This is the only")) or screen.status == ""
        screen.say("Match 1 of 4 for “ceasefire” (n next, N previous)")
        await pilot.pause()
        shown = str(details.render()).split("\n")[:rows]
        assert shown[0].startswith("Match 1 of 4") and shown[1].startswith("≠ duration")


async def test_a_long_summary_ends_in_an_ellipsis_and_counts_the_names() -> None:
    c = conflict_pair()
    c.links[0].differences += [
        Difference("spelling", f"Rifkin{i}", f"Rivkin{i}", "spelling") for i in range(6)
    ]
    app = app_for(c)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        summary = app.main_screen.query_one("#summary")
        rows = str(summary.render()).split("\n")
        assert len(rows) <= 2 and rows[-1].endswith("…")  # what is left out, whole phrases
        full = str(summary_content(c))
        assert "spelled two ways: Rifkin0/Rivkin0" in full and "and 3 more" in full


async def test_toasts_do_not_cover_the_details_panel(tmp_path: Path) -> None:
    for size in ((120, 36), (80, 24)):
        app = app_for(shared_pair())
        async with app.run_test(size=size, notifications=True) as pilot:
            app.notify("Wrote /some/where/a-rather-long-file-name-vs-another.md", title="Exported")
            await pilot.pause(0.3)
            details = app.main_screen.query_one("#details").region
            toasts = list(app.main_screen.query(Toast))
            assert toasts
            for toast in toasts:
                assert toast.region.bottom <= details.y, (size, toast.region, details)


async def test_a_textual_theme_keeps_the_role_marks() -> None:
    app = app_for(conflict_pair())
    async with app.run_test(size=SIZE) as pilot:
        pane = app.main_screen.pane("left")
        assert pane.look.gutter.get("conflict") == "!"
        app.theme = "dracula"
        await pilot.pause()
        assert pane.look.gutter.get("conflict") == "!"
        assert pane.look.role["conflict"].color is not None
        assert pane.look.role["conflict"].bold
