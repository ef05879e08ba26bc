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


class MissingExtra(Exception):
    """An optional dependency is not installed; ``str()`` says which extra brings it."""


def import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise MissingExtra("--dask needs Dask: pip install 'reader[dask]' (dask[distributed])") from None
    return distributed


def _client(stack: ExitStack, address: str | None, workers: int) -> Any:
    distributed = import_distributed()
    if address:
        return stack.enter_context(distributed.Client(address))
    cluster = stack.enter_context(
        distributed.LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
    )
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
