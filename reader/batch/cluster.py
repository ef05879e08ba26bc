"""The same work on a Dask distributed cluster (``--dask [ADDRESS]``).

With an address the driver connects to a running scheduler (``dask-scheduler`` and
``dask-worker`` started on other machines, inputs and OUT on storage all of them see);
without one it starts a ``LocalCluster`` of worker processes on this machine.  Chunks
of pairs are submitted a few per worker thread at a time, so the scheduler and the
driver hold a bounded number of tasks however large the batch, and results are
gathered as they complete.  A lost worker is Dask's business: the scheduler runs its
tasks again elsewhere (and ``retries`` covers a task that raised); a chunk that still
fails becomes error rows.  A chunk run twice writes the same files twice, atomically,
and the driver counts each pair once.

Dask is an optional extra, imported only here and only when asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import ExitStack
from typing import Any

from reader.batch.inputs import Pair
from reader.batch.work import Options, Outcome, run_chunk

OnDone = Callable[[list[Outcome]], None]
IN_FLIGHT = 3
RETRIES = 2

# Dask's housekeeping, slowed down in the LocalCluster a batch starts.  A task is one long
# CPU-bound chunk, and on a small machine every wake-up of a worker's or the driver's
# event loop takes time from the comparisons: with the defaults, one worker and its share
# of the driver (scheduler and nannies live there) spent about 4.3 ms of CPU per pair on
# top of the pair's 30 ms, with these about 1.0 ms (bench/batch.py, issue 12).  A cluster
# given by address keeps its own configuration.
QUIET = {
    # sampling the task's stack every 10 ms for the dashboard's profile (about 1 ms/pair)
    "distributed.worker.profile.enabled": False,
    # every server (scheduler, nannies, workers) wakes every 20 ms only to notice a blocked
    # event loop (about 1.2 ms/pair); once a second still notices one
    "distributed.admin.tick.interval": "1s",
    # CPU, memory, network and disk counters for the dashboard every 0.5 s (about 1 ms/pair)
    "distributed.admin.system-monitor.interval": "10s",
    # memory checks (spill, pause, restart a worker past its limit) every 0.1 s: a pair
    # grows a worker by tens of MB at most, so once a second is soon enough (about 0.5 ms/pair)
    "distributed.worker.memory.monitor-interval": "1s",
}
ENVIRON = "distributed.nanny.pre-spawn-environ"  # see _environ


class MissingExtra(Exception):
    """An optional dependency is not installed; ``str()`` says which extra brings it."""


def import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise MissingExtra("--dask needs Dask: pip install 'reader[dask]' (dask[distributed])") from None
    return distributed


def local_cluster(workers: int) -> Any:
    """The ``LocalCluster`` a batch starts: ``workers`` processes of one thread each (the
    pipeline is pure Python: threads would share one GIL), housekeeping slowed (``QUIET``);
    the nannies read the configuration here and hand it to the workers they start."""
    distributed = import_distributed()
    import dask

    with dask.config.set({**QUIET, ENVIRON: _environ(dask.config.get(ENVIRON, {}))}):
        return distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )


def _environ(given: dict[str, Any]) -> dict[str, Any]:
    """Dask's worker environment without ``MALLOC_TRIM_THRESHOLD_``.  Dask sets it (64 KiB)
    so that freed memory goes back to the system at once; but setting it turns off glibc's
    sliding mmap threshold, so every allocation above 128 KiB is mapped and unmapped again,
    page faults included: about 1 ms more CPU per pair than in a pool worker, which keeps
    glibc's defaults.  A worker's memory stays flat without it (bench/batch.py)."""
    return {k: v for k, v in given.items() if k != "MALLOC_TRIM_THRESHOLD_"}


def _client(stack: ExitStack, address: str | None, workers: int) -> Any:
    distributed = import_distributed()
    if address:
        return stack.enter_context(distributed.Client(address))
    cluster = stack.enter_context(local_cluster(workers))
    return stack.enter_context(distributed.Client(cluster))


def run_dask(
    chunks: Iterable[list[Pair]],
    out: str,
    options: Options,
    address: str | None,
    workers: int,
    on_done: OnDone,
    client: Any = None,
) -> None:
    """Run every chunk on the cluster; ``on_done`` hears each chunk's outcomes."""
    with ExitStack() as stack:
        if client is None:
            client = _client(stack, address, workers)
        _gather(client, iter(chunks), out, options, on_done)


def _gather(client: Any, chunks: Any, out: str, options: Options, on_done: OnDone) -> None:
    from distributed import as_completed

    threads = max(1, sum(client.nthreads().values()))
    pending: dict[str, list[Pair]] = {}

    def submit() -> Any:
        chunk = next(chunks, None)
        if chunk is None:
            return None
        fut = client.submit(run_chunk, chunk, out, options, pure=False, retries=RETRIES)
        pending[fut.key] = chunk
        return fut

    first = [f for f in (submit() for _ in range(threads * IN_FLIGHT)) if f is not None]
    flow = as_completed(first)
    for fut in flow:
        chunk = pending.pop(fut.key)
        try:
            on_done(fut.result())
        except Exception as exc:  # lost too often (KilledWorker), or failed every retry
            reason = f"{type(exc).__name__} on the cluster: {exc}".replace("\n", " ")
            on_done([Outcome(p.id, 0.0, reason) for p in chunk])
        fut.release()
        nxt = submit()
        if nxt is not None:
            flow.add(nxt)
