"""The pipeline's two speed-ups must never change a result.

* Long inputs are built on two cores: the right document and half of the links come from
  a forked child.  They must equal what one process makes, and every way the child can
  fail (no fork, a crash, an interrupt of the parent) must end in the plain result or the
  parent's own error, with no child left behind.
* The garbage collector is paused while the pipeline runs and restored afterwards.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from reader import pipeline, processes
from reader.align import sparse
from reader.export import to_dict
from reader.inputs import load

PAIRS = Path(__file__).resolve().parent / "data" / "pairs"
needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")


def _counted_fork(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Let the pipeline fork whatever the size, and record the children it starts."""
    children: list[int] = []
    real_fork = os.fork

    def fork() -> int:
        pid = real_fork()
        if pid:
            children.append(pid)
        return pid

    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 0)
    monkeypatch.setattr(processes, "_can_fork", lambda: True)
    monkeypatch.setattr(os, "fork", fork)
    return children


def _gone(pid: int) -> bool:
    """The child has exited and been reaped (no zombie left)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@needs_fork
def test_work_done_in_a_child_comes_back(monkeypatch: pytest.MonkeyPatch) -> None:
    children = _counted_fork(monkeypatch)
    here, there = processes.in_parallel(lambda: os.getpid(), lambda: (os.getpid(), [("a", 1, 2.5, None)]))
    assert here == os.getpid() and there[0] != here and there[1] == [("a", 1, 2.5, None)]
    assert len(children) == 1 and _gone(children[0])


@needs_fork
def test_a_failing_child_falls_back_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    children = _counted_fork(monkeypatch)
    parent = os.getpid()

    def there() -> str:
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return "done here"

    assert processes.in_parallel(lambda: 1, there) == (1, "done here")
    assert len(children) == 1 and _gone(children[0])


@needs_fork
def test_an_interrupted_parent_leaves_no_child(monkeypatch: pytest.MonkeyPatch) -> None:
    children = _counted_fork(monkeypatch)
    release = os.pipe()  # the child would wait for ever: it must be killed, not awaited

    def here() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        processes.in_parallel(here, lambda: os.read(release[0], 1))
    os.close(release[0])
    os.close(release[1])
    assert len(children) == 1 and _gone(children[0])


def test_no_child_where_fork_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise OSError("fork unavailable")

    monkeypatch.setattr(os, "fork", no_fork, raising=False)
    monkeypatch.setattr(processes, "_can_fork", lambda: True)
    open_before = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0
    assert processes.in_parallel(lambda: 1, lambda: 2) == (1, 2)
    if open_before:
        assert len(os.listdir("/proc/self/fd")) == open_before  # the pipe is closed again


def test_no_fork_beside_other_threads_or_off_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app runs the pipeline in a worker thread: a fork there could copy a lock that
    another thread holds, so the work stays in the process."""
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not processes._can_fork()
    finally:
        release.set()
        other.join()
    monkeypatch.setattr(sys, "platform", "win32")
    assert not processes._can_fork()


@pytest.mark.skipif(sys.platform != "linux", reason="children are forked on Linux only")
def test_no_fork_when_the_system_reaps_children(monkeypatch: pytest.MonkeyPatch) -> None:
    """With SIGCHLD ignored a child's exit status is lost, and with it the only sign that
    the child failed."""
    monkeypatch.setattr(processes.threading, "active_count", lambda: 1)
    assert processes._can_fork()
    previous = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        assert not processes._can_fork()
    finally:
        signal.signal(signal.SIGCHLD, previous)


def test_small_inputs_stay_in_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork() -> int:
        raise AssertionError("forked for a small input")

    monkeypatch.setattr(os, "fork", no_fork, raising=False)
    monkeypatch.setattr(processes, "_can_fork", lambda: True)
    left, right = pipeline.bundled_paths()
    assert pipeline.compare_files(left, right).links


@needs_fork
def test_documents_from_a_child_equal_documents_made_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundled articles, swapped so that the child builds the one with boilerplate,
    a title, pronoun speakers and near spellings of names."""
    right, left = (load(p) for p in pipeline.bundled_paths())
    plain = pipeline.document(left), pipeline.document(right)
    assert plain[1].removed and plain[1].title
    children = _counted_fork(monkeypatch)
    assert pipeline.documents(left, right) == plain
    assert len(children) == 1 and _gone(children[0])


@needs_fork
# both orders: the aligner works in one canonical order, so the left document's tokens, made
# beside the right document's facts, must follow the sides when it swaps them
@pytest.mark.parametrize(
    "names",
    [
        ("election-guardian", "election-wire"),
        ("election-wire", "election-guardian"),
        ("flood-wire", "flood-rewrite"),
        ("flood-rewrite", "flood-wire"),
    ],
)
def test_the_whole_comparison_is_the_same_with_children(
    monkeypatch: pytest.MonkeyPatch, names: tuple[str, str]
) -> None:
    texts = [(PAIRS / f"{name}.txt").read_text() for name in names]
    plain = to_dict(pipeline.compare_texts(*texts))
    assert any(link["differences"] for link in plain["links"])
    children = _counted_fork(monkeypatch)
    assert to_dict(pipeline.compare_texts(*texts)) == plain
    assert len(children) == 3  # the right document, the whole documents read, then half of the links


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_paused_and_restored(enabled: bool) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with processes.gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError), processes.gc_paused():
            raise ValueError("a failure inside")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


@needs_fork
def test_child_does_not_outlive_a_killed_parent(tmp_path: Path) -> None:
    """SIGKILL of the parent (no chance to clean up) still ends the forked child."""
    import signal
    import subprocess
    import sys
    import time

    pidfile = tmp_path / "child.pid"
    script = (
        "import os, time\n"
        "from reader import processes\n"
        "processes._can_fork = lambda: True\n"
        f"def there():\n    open({str(pidfile)!r}, 'w').write(str(os.getpid())); time.sleep(60)\n"
        "processes.in_parallel(lambda: time.sleep(60), there)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script])
    deadline = time.monotonic() + 20
    while not (pidfile.exists() and pidfile.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    child = int(pidfile.read_text())
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 5
    while not _gone(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(child)


@needs_fork
def test_common_token_sums_made_in_halves_equal_the_sums_made_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """The aligner's costliest numpy step on a long text (what the commonest words add to
    1.5 million proposed pairs of the whole Bible) is made half in a child: every pair's
    dot product and count come back equal, bit for bit, and in place."""
    rng = np.random.default_rng(7)
    n_left, n_right, n_tok = 60, 50, 40

    def side(n: int) -> sparse.Sparse:
        sent = np.repeat(np.arange(n, dtype=np.int32), 12)
        tok = rng.integers(0, n_tok, sent.size).astype(np.int32)
        weight = rng.random(sent.size)
        order = np.argsort(tok, kind="stable")
        return sparse.Sparse(sent[order], tok[order], weight[order], np.ones(n))

    L, R = side(n_left), side(n_right)
    mask = np.zeros(n_tok, dtype=bool)
    mask[:25] = True
    pairs = sparse.unique_sorted(rng.integers(0, n_left * n_right, 900).astype(np.int64))
    here = sparse._common_sums(L, R, mask, pairs, n_right)
    assert here[1].sum() > 0
    children = _counted_fork(monkeypatch)
    monkeypatch.setattr(sparse, "_TWO_CORES_FROM_PAIRS", 0)
    halves = sparse._common_sums(L, R, mask, pairs, n_right)
    assert len(children) == 1 and _gone(children[0])
    assert np.array_equal(halves[0], here[0]) and np.array_equal(halves[1], here[1])
