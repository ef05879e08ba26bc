"""One worker's job: compare a chunk of pairs, write each result, report small outcomes.

This is the only code that runs in a pool worker or on a Dask worker, and the same for
both.  Each pair's comparison goes through the public ``reader.compare_files`` (or
``reader.compare`` for a fetched link) and is written as ``reader-comparison/1`` JSON
with ``reader.files.write_atomic``: on disk a pair's result is whole or absent.  What
travels back to the driver is a few fields per pair (id, seconds, error), never a
comparison, so the driver's memory stays flat however large the batch.

A worker never forks: ``reader.processes.ALLOW_FORK`` is switched off before the first
pair, so a long input is compared in the worker's one process instead of forking a
child inside a pool (the pool already keeps every core busy).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.batch.deadline import PairTimeout, deadline
from reader.batch.inputs import Pair, is_link

RESULTS = "pairs"  # OUT/pairs/XX/ID.json, XX from a hash of the id
LINK_TIMEOUT = 20.0  # seconds to fetch one link
LINK_LIMIT = 20_000_000  # bytes: larger is not an article


@dataclass(frozen=True, slots=True)
class Options:
    """What every pair of a batch is compared with (plain data: it travels to workers)."""

    split: str = "sentences"
    boilerplate: bool = True
    timeout: float | None = 120.0
    settings: Any = None  # reader.Settings or None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the driver hears of one pair."""

    id: str
    seconds: float
    error: str = ""
    logged: bool = False  # the worker wrote it to the run's log itself (see run_chunk)


def result_path(out: str | os.PathLike[str], pair_id: str) -> Path:
    """Where a pair's JSON goes: in one of 256 folders, so that no folder holds more than a
    few thousand files in a batch of a million (``write_atomic`` scans the folder it
    writes to for stale temporary files on every write)."""
    shard = hashlib.sha1(pair_id.encode("utf-8", "surrogateescape")).hexdigest()[:2]
    return Path(out) / RESULTS / shard / f"{pair_id}.json"


def is_complete(path: Path) -> bool:
    """A result written whole (writes are atomic; this also rejects a foreign stub)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(40)
            fh.seek(-2, os.SEEK_END)
            tail = fh.read()
    except OSError:
        return False
    return b'"reader-comparison/1"' in head and tail.endswith(b"}\n")


def _no_fork() -> None:
    from reader import processes

    processes.ALLOW_FORK = False


def fetch(url: str) -> Any:
    """A link's text as ``reader.load`` would decode a file's (the same sanitising)."""
    from reader.inputs import InputError, decode

    try:
        with urllib.request.urlopen(url, timeout=LINK_TIMEOUT) as resp:
            data = resp.read(LINK_LIMIT + 1)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise InputError(url, f"unreachable ({reason})") from None
    if len(data) > LINK_LIMIT:
        raise InputError(url, "larger than 20 MB; not an article")
    return decode(data, url)


def compare_pair(pair: Pair, options: Options) -> Any:
    """The comparison of one pair, through the public API."""
    import reader

    opts: dict[str, Any] = {"split": options.split, "boilerplate": options.boilerplate}
    if options.settings is not None:
        opts["settings"] = options.settings
    if not (is_link(pair.left) or is_link(pair.right)):
        return reader.compare_files(pair.left, pair.right, **opts)
    texts = [fetch(s) if is_link(s) else None for s in (pair.left, pair.right)]
    from reader.inputs import load

    left, right = (
        t if t is not None else load(s) for t, s in zip(texts, (pair.left, pair.right), strict=True)
    )
    c = reader.compare(left.text, right.text, **opts)
    c.left.source, c.right.source = pair.left, pair.right
    return c


def _error(exc: BaseException, options: Options) -> str:
    if isinstance(exc, PairTimeout):
        return f"timed out after {options.timeout:g} s"
    if isinstance(exc, MemoryError):
        return "out of memory"
    text = str(exc).replace("\n", " ").strip()
    return text if type(exc).__name__ == "InputError" else f"{type(exc).__name__}: {text}"


def run_one(pair: Pair, out: str, options: Options, log: Callable[[Outcome], None]) -> Outcome:
    """Compare one pair and write its JSON; any failure becomes the outcome's error.  The outcome
    goes to ``log`` before the JSON is written: a run killed between the two has the pair's time
    and no result, so the resume compares the pair again (its new line is the one read back); the
    other order lost the time of a pair whose result was whole (a kill under load, in a test)."""
    import reader

    start = time.perf_counter()
    try:
        with deadline(options.timeout):
            text = reader.to_json(compare_pair(pair, options))
        path = result_path(out, pair.id)
        from reader.files import write_atomic

        done = Outcome(pair.id, round(time.perf_counter() - start, 4))
        log(done)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text)
    except Exception as exc:
        failed = Outcome(pair.id, round(time.perf_counter() - start, 4), _error(exc, options) or "failed")
        log(failed)  # (after a logged success, this line is the one read back)
        return failed
    return done


LOG = "log.jsonl"


def log_line(o: Outcome) -> str:
    """One outcome as a line of ``OUT/log.jsonl``."""
    return json.dumps({"id": o.id, "seconds": o.seconds, "error": o.error}) + "\n"


def run_chunk(pairs: list[Pair], out: str, options: Options) -> list[Outcome]:
    """A worker's task: many pairs in one go (no process or task per pair).  Each outcome goes
    to the run's log as soon as its pair is done, before its JSON, in one appending write (whole
    lines from many workers): a run stopped while a chunk is in flight keeps the time of every
    pair whose JSON is written, which the driver never heard of."""
    _no_fork()
    done = []
    fd = os.open(os.path.join(out, LOG), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:

        def log(o: Outcome) -> None:
            os.write(fd, log_line(o).encode("utf-8"))

        for p in pairs:
            o = run_one(p, out, options, log)
            done.append(Outcome(o.id, o.seconds, o.error, logged=True))
    finally:
        os.close(fd)
    return done


def pool_init() -> None:
    """Run once in each pool worker: no forking inside the pool; Ctrl-C is the driver's; a
    worker whose driver is gone ends itself (:func:`watch_parent`: its parent, the process
    the pool forks workers from, ends with the driver)."""
    import signal

    _no_fork()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the driver's handler: the driver stops it so
    watch_parent()


# how often a pool worker looks whether its driver is still there (seconds)
PARENT_POLL_S = 1.0


def watch_parent(poll: float = PARENT_POLL_S, parent: int | None = None) -> None:
    """End this process soon after its parent is gone: a driver killed outright (SIGKILL, out of
    memory) cannot stop its workers, which went on comparing pairs nobody would read.
    ``parent``: the pid to watch, taken before this process started (a parent killed before
    this runs has left an adopted process, whose parent is already another); by default the
    parent now."""
    import threading

    parent = os.getppid() if parent is None else parent

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll)
        os._exit(1)

    threading.Thread(target=watch, name="reader-parent-watch", daemon=True).start()
