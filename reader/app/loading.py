"""Loading a comparison: the worker thread that runs the pipeline, and its progress panel.

:func:`compare_and_lay_out` is the thread's job and holds no Textual state; the
:class:`LoadingPanel` runs it in a thread worker, shows the stage and progress meanwhile
(the screen keeps answering keys), and hands the result -- or :func:`error_line` of the
exception -- to the screen on the UI thread.  The blocks are built in the thread too: for
a 31,000-line text that saves the UI half a second.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Label, ProgressBar

from reader.app import safe
from reader.app.layout import Block, build_blocks
from reader.inputs import InputError
from reader.model import Comparison, Side
from reader.segment import SplitMode

SIDES: tuple[Side, Side] = ("left", "right")
Progress = Callable[[str, float], None]
PROGRESS_SECONDS = 0.05  # the worker reports progress at most this often
# what a finished comparison is handed to: (comparison, left, right, started, blocks)
Done = Callable[[Comparison, str, str, float, dict[Side, list[Block]]], None]

# what a comparison may fail with, and the app turns into a one-line notification
EXPECTED_ERRORS: tuple[type[Exception], ...] = (InputError, OSError, ValueError, MemoryError)


def compare_and_lay_out(
    left: str,
    right: str,
    *,
    split: SplitMode,
    boilerplate: bool,
    stdin: bytes | None,
    show_removed: bool,
    progress: Progress,
    user_agent: str | None = None,
) -> tuple[Comparison, dict[Side, list[Block]]]:
    """Compare two files (or pages, or addresses, fetched with ``user_agent``) and build
    both articles' blocks; raises InputError and EXPECTED_ERRORS."""
    from reader.pipeline import compare_files

    comparison = compare_files(
        left,
        right,
        split=split,
        boilerplate=boilerplate,
        progress=progress,
        stdin=(lambda: stdin) if stdin is not None else None,
        user_agent=user_agent,
    )
    gap = split != "lines"
    blocks = {
        side: build_blocks(comparison.document(side), show_removed=show_removed, paragraph_gap=gap)
        for side in SIDES
    }
    return comparison, blocks


def error_line(exc: BaseException, left: str, right: str) -> str:
    """One line for a failed comparison: the InputError's own words, or what and where."""
    if isinstance(exc, InputError):
        return safe.line(str(exc))
    message = " ".join(str(exc).split()) or type(exc).__name__
    return safe.line(f"{safe.name(left)} / {safe.name(right)}: {message}")


def stage_content(left: str, right: str) -> Content:
    """What the panel says before the pipeline reports: reading files, fetching addresses
    (which may take up to the fetch time-out, so it says so)."""
    from reader.web import is_url
    from reader.web.fetch import TIMEOUT

    first, second = ("fetching " if is_url(p) else "reading " for p in (left, right))
    parts: list[str | tuple[str, str]] = [
        first.capitalize(),
        (safe.line(left, 120), "bold"),
        " and " + ("" if second == first else second),
        (safe.line(right, 120), "bold"),
        "…",
    ]
    if is_url(left) or is_url(right):
        parts.append(f"\n(an address may take up to {TIMEOUT:.0f} s to answer)")
    return Content.assemble(*parts)


class LoadingPanel(Vertical):
    """What is being compared and how far it got; runs the comparison in a thread."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._last_progress = 0.0
        # the number of the latest comparison asked for: a thread worker cannot be stopped, so
        # an older one that ends late (or fails) must not replace the newer one's result
        self._run = 0

    def compose(self) -> ComposeResult:
        yield Label(Content("Comparing the two articles…"), id="stage")
        yield ProgressBar(total=1.0, show_eta=False, id="progress")

    def start(
        self,
        left: str,
        right: str,
        options: dict[str, Any],
        done: Done,
        failed: Callable[[str], None],
    ) -> None:
        """Compare in a thread (``options`` for :func:`compare_and_lay_out`); then call
        ``done(comparison, left, right, started, blocks)`` or ``failed(line)`` on the UI thread."""
        self.query_one("#stage", Label).update(stage_content(left, right))
        self.query_one("#progress", ProgressBar).update(progress=0)
        self._run += 1
        job = partial(self._compare, self._run, left, right, options, done, failed)
        self.run_worker(
            job, thread=True, exclusive=True, group="compare", exit_on_error=False, name="compare"
        )

    def _compare(
        self,
        run: int,
        left: str,
        right: str,
        options: dict[str, Any],
        done: Done,
        failed: Callable[[str], None],
    ) -> None:
        """Worker thread: run the pipeline, hand the result (or the error) to the UI, unless a
        newer comparison was asked for meanwhile."""
        started = time.perf_counter()
        try:
            comparison, blocks = compare_and_lay_out(left, right, progress=self._report, **options)
        except EXPECTED_ERRORS as exc:
            self.app.call_from_thread(self._latest, run, failed, error_line(exc, left, right))
            return
        self.app.call_from_thread(self._latest, run, done, comparison, left, right, started, blocks)

    def _latest(self, run: int, then: Callable[..., None], *args: Any) -> None:
        """On the UI thread: pass a worker's result on only if it is the latest run's."""
        if run == self._run:
            then(*args)

    def _report(self, stage: str, fraction: float) -> None:
        """Progress from the worker thread, passed on at most every PROGRESS_SECONDS."""
        now = time.perf_counter()
        if now - self._last_progress >= PROGRESS_SECONDS or fraction >= 1.0:
            self._last_progress = now
            self.app.call_from_thread(self._show_progress, stage, fraction)

    def _show_progress(self, stage: str, fraction: float) -> None:
        self.query_one("#stage", Label).update(Content.assemble((stage, "bold"), f" {fraction:.0%}"))
        self.query_one("#progress", ProgressBar).update(progress=max(0.0, min(1.0, fraction)))

    def show_failure(self, text: Content) -> None:
        """Say why nothing could be shown (when there is no earlier comparison to keep)."""
        self.query_one("#stage", Label).update(text)
