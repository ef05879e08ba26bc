"""A batch from start to end: skip what is done, run the rest on an engine, write tables.

Nothing lost, nothing done twice: a pair is done when its JSON is in ``OUT/pairs/``,
complete (every write is atomic, so a file there is whole) and newer than both its articles
(one edited since is compared again); a run skips those and runs the others, failures of an
earlier run included.  Each outcome (seconds, error) is also appended to ``OUT/log.jsonl`` by
the worker as its pair is done, one line per pair, so the tables can give a failed pair its
error and a done pair its time after an interruption; a line cut short by
a kill is ignored when read back.  The tables are rebuilt from the per-pair files at the
end of every run.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.batch.inputs import Pair, is_link
from reader.batch.progress import Progress, Tally, summary
from reader.batch.tables import write_tables
from reader.batch.work import LOG, RESULTS, Options, Outcome, is_complete, log_line, result_path
from reader.files import clean_stale


@dataclass
class Report:
    """What a run did: its counts, the tables written, one line per note."""

    tally: Tally
    tables: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    engine: str = ""
    tables_seconds: float = 0.0

    @property
    def failed(self) -> int:
        return self.tally.failed

    def summary(self, out: str) -> str:
        return summary(self.tally, out, self.tables, self.notes, self.engine)


def read_log(out: str) -> dict[str, Outcome]:
    """The last outcome of each pair in ``OUT/log.jsonl`` (a torn last line is skipped)."""
    found: dict[str, Outcome] = {}
    try:
        with open(os.path.join(out, LOG), encoding="utf-8") as fh:
            for line in fh:
                try:
                    d = json.loads(line)
                    found[d["id"]] = Outcome(d["id"], float(d["seconds"]), d.get("error", ""))
                except (ValueError, KeyError, TypeError):
                    continue
    except OSError:
        pass
    return found


def _done(pair: Pair, path: Path) -> bool:
    """A pair is done when its result is whole and newer than both its files: an article edited
    since (a typo fixed, a figure corrected) is compared again, as make would rebuild it."""
    if not is_complete(path):
        return False
    try:
        made = path.stat().st_mtime
        return all(is_link(side) or os.stat(side).st_mtime <= made for side in (pair.left, pair.right))
    except OSError:
        return False  # an input gone: the run reports it, as for a first run


def chunked(pairs: list[Pair], size: int) -> Iterator[list[Pair]]:
    for i in range(0, len(pairs), size):
        yield pairs[i : i + size]


def chunk_size(todo: int, workers: int, given: int | None) -> int:
    """Many pairs per task (30 ms each), but enough tasks to keep every worker busy."""
    if given:
        return max(1, given)
    return max(1, min(32, todo // (workers * 8) or 1))


def run_batch(
    pairs: list[Pair],
    out: str | os.PathLike[str],
    options: Options | None = None,
    *,
    workers: int | None = None,
    dask: str | bool | None = None,
    client: Any = None,
    chunk: int | None = None,
    progress: bool = True,
) -> Report:
    """Compare every pair not done yet into ``out`` and rebuild the tables."""
    out = os.fspath(out)
    options = options or Options()
    workers = max(1, workers or os.cpu_count() or 1)
    Path(out, RESULTS).mkdir(parents=True, exist_ok=True)
    for shard in Path(out, RESULTS).iterdir():
        if shard.is_dir():
            clean_stale(shard)
    clean_stale(out)
    todo = [p for p in pairs if not _done(p, result_path(out, p.id))]
    tally = Tally(total=len(pairs), skipped=len(pairs) - len(todo))
    engine = _engine_name(dask, client, workers)
    with open(os.path.join(out, LOG), "a", encoding="utf-8") as log, Progress(tally, enabled=progress) as bar:
        _repair(log)
        seen: set[str] = set()

        def on_done(outcomes: list[Outcome]) -> None:
            new = [o for o in outcomes if o.id not in seen]  # a chunk Dask ran twice
            seen.update(o.id for o in new)
            # the workers log their pairs; the driver only what it decided (a pair whose worker died)
            log.writelines(log_line(o) for o in new if not o.logged)
            log.flush()
            bad = [o for o in new if o.error]
            tally.failures.extend((o.id, o.error) for o in bad)
            tally.failed += len(bad)
            tally.compared += len(new) - len(bad)
            bar.advance(len(new) - len(bad), len(bad))

        chunks = chunked(todo, chunk_size(len(todo), workers, chunk))
        try:
            _run_engine(chunks, out, options, workers, dask, client, on_done)
        except KeyboardInterrupt:  # Ctrl-C or SIGTERM: the tables of what is done, then stop
            _tables_so_far(pairs, out)
            raise
        tally.stop()
    report = Report(tally, engine=engine)
    report.tables = write_tables(pairs, out, read_log(out))
    report.tables_seconds = tally.seconds_since_stop()
    if not any(t.endswith(".parquet") for t in report.tables):
        report.notes.append("no Parquet tables: pip install 'reader[batch]' (pyarrow) to have them")
    return report


def _tables_so_far(pairs: list[Pair], out: str) -> None:
    """The tables of the pairs done when a run is stopped (a rerun resumes and rebuilds them);
    a second Ctrl-C while they are written stops that too."""
    with contextlib.suppress(KeyboardInterrupt, OSError):
        write_tables([p for p in pairs if is_complete(result_path(out, p.id))], out, read_log(out))


def _repair(log: Any) -> None:
    """A line cut short by a kill: end it, so the next line starts on a line of its own."""
    if log.tell() > 0:
        with open(log.name, "rb") as fh:
            fh.seek(-1, os.SEEK_END)
            if fh.read(1) != b"\n":
                log.write("\n")


def _engine_name(dask: str | bool | None, client: Any, workers: int) -> str:
    if client is not None:
        return "dask client"
    if dask:
        return f"dask {dask}" if isinstance(dask, str) else f"dask LocalCluster, {workers} workers"
    return f"{workers} worker{'s' if workers != 1 else ''}"


def _run_engine(chunks: Iterator[list[Pair]], out: str, options: Options, workers: int,
                dask: str | bool | None, client: Any, on_done: Any) -> None:  # fmt: skip
    if dask or client is not None:
        from reader.batch.cluster import run_dask

        address = dask if isinstance(dask, str) else None
        run_dask(chunks, out, options, address, workers, on_done, client=client)
    else:
        from reader.batch.pool import run_pool

        run_pool(chunks, out, options, workers, on_done)
