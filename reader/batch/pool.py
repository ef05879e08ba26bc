"""The default engine: a local process pool over all cores.

Each task is a chunk of pairs (``work.run_chunk``), never one process or one task per
pair.  At most a few chunks per worker are in flight, so memory stays flat however many
pairs there are, and results are taken as they complete.  A worker that dies (killed,
out of memory, a crash in C) breaks a ``ProcessPoolExecutor``: the chunks that did not
come back are run again in a fresh pool one pair per task, so one bad pair is found and
reported alone instead of taking its chunk with it.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from reader.batch.inputs import Pair
from reader.batch.work import Options, Outcome, pool_init, run_chunk

OnDone = Callable[[list[Outcome]], None]
IN_FLIGHT = 3  # chunks queued per worker: enough that no worker waits for the driver


def _context() -> multiprocessing.context.BaseContext:
    """fork while the driver has one thread (cheap, and scripts need no main guard),
    else forkserver: forking a process with threads is unsafe."""
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if sys.platform != "win32" else "spawn")


def run_pool(chunks: Iterable[list[Pair]], out: str, options: Options, workers: int, on_done: OnDone) -> None:
    """Run every chunk on ``workers`` processes; ``on_done`` hears each chunk's outcomes."""
    lost = _run(iter(chunks), out, options, workers, on_done)
    if lost:  # a worker died: once more, one pair per task, in a new pool
        singles = [[p] for chunk in lost for p in chunk]
        for chunk in _run(iter(singles), out, options, workers, on_done):
            on_done([Outcome(p.id, 0.0, "the worker process died comparing this pair") for p in chunk])


def _run(
    chunks: Iterator[list[Pair]], out: str, options: Options, workers: int, on_done: OnDone
) -> list[list[Pair]]:
    """The chunks, run; returns those lost to a broken pool (with those never started)."""
    pending: dict[Future[list[Outcome]], list[Pair]] = {}
    lost: list[list[Pair]] = []
    pool = ProcessPoolExecutor(workers, mp_context=_context(), initializer=pool_init)
    try:
        broken = False
        while True:
            while not broken and len(pending) < workers * IN_FLIGHT:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                try:
                    pending[pool.submit(run_chunk, chunk, out, options)] = chunk
                except BrokenProcessPool:
                    lost.append(chunk)
                    broken = True
            if not pending:
                break
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                chunk = pending.pop(fut)
                try:
                    on_done(fut.result())
                except BrokenProcessPool:
                    lost.append(chunk)
                    broken = True
    except BaseException:  # Ctrl-C: stop now, not after the chunks in flight
        _stop(pool)
        raise
    pool.shutdown()
    lost.extend(chunks)  # never submitted
    return lost


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the workers at once: a pair cut short leaves only a temporary file, which the
    next run removes, and the next run compares that pair again."""
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in workers:
        proc.terminate()
