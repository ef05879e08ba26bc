"""Dask: a LocalCluster of two worker processes gives the local pool's tables, and a
worker killed in the middle of a batch costs no pair.

Marked ``slow`` (a cluster takes seconds to start) but not skipped: ``make test`` and CI
install the ``dask`` extra and run them.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_batch import write_stories

from reader.batch.cluster import local_cluster
from reader.batch.inputs import discover
from reader.batch.run import run_batch
from reader.batch.work import result_path

distributed = pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with local_cluster(2) as cluster, distributed.Client(cluster) as c:  # the one a batch starts
        yield c


def _table(path: Path) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k != "seconds"} for row in pq.read_table(path).to_pylist()]


def test_dask_tables_equal_the_local_pool(tmp_path: Path, client: Any) -> None:
    stories = write_stories(tmp_path / "s", events=3, outlets=4)
    (stories / "story-2" / "outlet-3.txt").write_bytes(b"\x00\x01\x02" * 400)  # a bad file too
    pairs = discover(stories)
    local = run_batch(pairs, tmp_path / "local", workers=2, progress=False)
    dask = run_batch(pairs, tmp_path / "dask", client=client, chunk=2, progress=False)
    assert local.failed == dask.failed == 3
    for name in ("pairs.parquet", "differences.parquet"):
        assert _table(tmp_path / "local" / name) == _table(tmp_path / "dask" / name)
    for p in pairs[:3]:
        left = result_path(tmp_path / "local", p.id).read_bytes()
        assert left == result_path(tmp_path / "dask", p.id).read_bytes()


def test_a_worker_killed_mid_batch_costs_no_pair(tmp_path: Path, client: Any) -> None:
    stories = write_stories(tmp_path / "s", events=4, outlets=6, sentences=24)  # 60 pairs
    pairs = discover(stories)
    out = tmp_path / "out"
    victim = next(iter(client.run(os.getpid).values()))  # one worker's process (its nanny restarts it)
    killed = threading.Event()

    def kill_when_a_third_is_done() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            done = len(list((out / "pairs").glob("*/*.json"))) if (out / "pairs").is_dir() else 0
            if done >= len(pairs) // 3:
                os.kill(victim, signal.SIGKILL)
                killed.set()
                return
            time.sleep(0.005)

    watcher = threading.Thread(target=kill_when_a_third_is_done)
    watcher.start()
    report = run_batch(pairs, out, client=client, chunk=2, progress=False)
    watcher.join()
    assert killed.is_set()
    assert report.failed == 0 and report.tally.compared == len(pairs)
    ids = [row["id"] for row in pq.read_table(out / "pairs.parquet").to_pylist()]
    assert sorted(ids) == sorted(p.id for p in pairs)
    assert all(row["error"] == "" for row in pq.read_table(out / "pairs.parquet").to_pylist())
