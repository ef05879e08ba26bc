"""What a person sees: a progress bar with rate and ETA on a terminal, a summary at the end.

The bar is Rich's, imported only when standard error is a terminal (the core imports no
UI toolkit); elsewhere (a log, CI) a line every thirty seconds says how far it got.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from typing import Any, TextIO

from reader.counts import counted

LOG_EVERY = 30.0


@dataclass
class Tally:
    """Counts of one run of a batch."""

    total: int = 0
    skipped: int = 0  # done by an earlier run
    compared: int = 0
    failed: int = 0
    started: float = field(default_factory=time.perf_counter)
    finished: float | None = None  # when the last pair came back (the tables not counted)
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return (self.finished or time.perf_counter()) - self.started

    def stop(self) -> None:
        self.finished = time.perf_counter()

    def seconds_since_stop(self) -> float:
        return time.perf_counter() - (self.finished or self.started)

    @property
    def rate(self) -> float:
        done = self.compared + self.failed
        return done / self.seconds if self.seconds > 0 else 0.0


class Progress:
    """Counts pairs as they finish; shows a bar (terminal) or a periodic line (log)."""

    def __init__(self, tally: Tally, stream: TextIO | None = None, enabled: bool = True) -> None:
        self.tally, self.stream = tally, stream or sys.stderr
        self.enabled = enabled
        self._bar: Any = None
        self._task: Any = None
        self._last = time.perf_counter()

    def __enter__(self) -> Progress:
        if self.enabled and self.stream.isatty():
            from rich import progress as rp
            from rich.console import Console

            self._bar = rp.Progress(
                rp.TextColumn("[bold]{task.description}"), rp.BarColumn(), rp.MofNCompleteColumn(),
                rp.TaskProgressColumn(), rp.TextColumn("{task.fields[rate]}"), rp.TimeElapsedColumn(),
                rp.TextColumn("ETA"), rp.TimeRemainingColumn(), console=Console(stderr=True), transient=True,
            )  # fmt: skip
            todo = self.tally.total - self.tally.skipped
            self._task = self._bar.add_task("comparing", total=todo, rate="")
            self._bar.start()
        return self

    def advance(self, ok: int, failed: int) -> None:
        t = self.tally
        if self._bar is not None:
            self._bar.update(self._task, advance=ok + failed, rate=f"{t.rate:.1f} pairs/s, {t.failed} failed")
        elif self.enabled and time.perf_counter() - self._last >= LOG_EVERY:
            self._last = time.perf_counter()
            done = t.compared + t.failed
            todo = t.total - t.skipped
            eta = (todo - done) / t.rate if t.rate else 0.0
            print(
                f"reader batch: {done}/{todo} pairs, {t.rate:.1f} pairs/s, {t.failed} failed, "
                f"about {eta:.0f} s to go",
                file=self.stream,
                flush=True,
            )

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


def summary(tally: Tally, out: str, written: list[str], notes: list[str], engine: str) -> str:
    """The lines printed at the end of a run."""
    t = tally
    lines = [
        f"reader batch: {counted(t.total, 'pair')}: {t.compared} compared, {t.skipped} already done, "
        f"{t.failed} failed; {t.seconds:.1f} s, {t.rate:.1f} pairs/s ({engine})"
    ]
    for pid, error in t.failures[:10]:
        lines.append(f"  failed {pid}: {error}")
    if len(t.failures) > 10:
        lines.append(f"  ... and {len(t.failures) - 10} more (the error column of pairs.csv)")
    if written:
        # normpath: an OUT given with a trailing "/" (batch-out/) makes no "//"
        results = os.path.join(os.path.normpath(out), "pairs", "*", "ID.json")
        lines.append(f"  tables: {', '.join(written)} (results: {results})")
    lines.extend(f"  {n}" for n in notes)
    return "\n".join(lines) + "\n"
