"""Interrupt and resume: a real ``reader batch`` killed halfway, then run again.

The first run is killed with SIGKILL (driver and workers: its whole process group)
once about a third of the pairs are logged.  The second run must compare exactly the
pairs whose JSON was not there, and at the end every pair is in the table once, every
result file is whole, and no temporary file is left.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from test_batch import read_csv, write_stories

from reader.batch.inputs import discover
from reader.batch.work import is_complete, result_path


def _logged(out: Path) -> int:
    try:
        return (out / "log.jsonl").read_bytes().count(b"\n")
    except OSError:
        return 0


def _sixty_pairs(tmp_path: Path, *extra: str) -> tuple[list, Path, list[str]]:
    """Four stories of six outlets (60 pairs), their output folder and the batch's command."""
    stories = write_stories(tmp_path / "stories", events=4, outlets=6, sentences=24)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "reader.batch.cli", str(stories), "-o", str(out), "--workers", "2", *extra]
    return discover(stories), out, cmd


def _wait_for_a_third(proc: subprocess.Popen, out: Path, total: int) -> None:
    deadline = time.monotonic() + 60
    while _logged(out) < total // 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)


def test_killed_batch_resumes_with_every_pair_once(tmp_path: Path) -> None:
    pairs, out, cmd = _sixty_pairs(tmp_path, "--chunk", "1")
    proc = subprocess.Popen(cmd, start_new_session=True, stderr=subprocess.DEVNULL)
    _wait_for_a_third(proc, out, len(pairs))
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = {p.id for p in pairs if is_complete(result_path(out, p.id))}
    assert 0 < len(done_before) < len(pairs), "the kill should land halfway"
    assert not (out / "pairs.csv").exists()  # tables come at the end

    second = subprocess.run([*cmd, "--quiet"], capture_output=True, text=True, timeout=120, check=False)
    assert second.returncode == 0, second.stderr
    assert (
        f"{len(pairs)} pairs: {len(pairs) - len(done_before)} compared, {len(done_before)} already done"
        in second.stderr
    )
    rows = read_csv(out / "pairs.csv")
    assert sorted(r["id"] for r in rows) == sorted(p.id for p in pairs)  # each pair once
    assert all(r["error"] == "" and r["result"] for r in rows)
    for p in pairs:
        data = json.loads(result_path(out, p.id).read_text(encoding="utf-8"))  # whole JSON
        assert data["format"] == "reader-comparison/1"
    litter = [n for _, _, files in os.walk(out) for n in files if n.endswith(".tmp")]
    assert litter == []
    # the second run compared only what the first had not finished
    log = [
        json.loads(line) for line in (out / "log.jsonl").read_text().splitlines() if line.strip()[-1:] == "}"
    ]
    second_ids = [e["id"] for e in log[-(len(pairs) - len(done_before)) :]]
    assert set(second_ids) == {p.id for p in pairs} - done_before


def test_a_pool_worker_killed_mid_batch_costs_no_pair(tmp_path: Path) -> None:
    """A dead worker breaks a ProcessPoolExecutor: what it held is run again, in a new pool."""
    psutil = __import__("pytest").importorskip("psutil")
    from reader.batch.run import run_batch

    stories = write_stories(tmp_path / "stories", events=4, outlets=6, sentences=24)  # 60 pairs
    pairs = discover(stories)
    out = tmp_path / "out"
    me = psutil.Process()
    shot: list[int] = []

    def kill_one_worker() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not shot:
            if _logged(out) >= len(pairs) // 4:
                kids = [  # the workers: the leaves of this process's tree (not the forkserver)
                    c
                    for c in me.children(recursive=True)
                    if not c.children() and "resource_tracker" not in " ".join(c.cmdline())
                ]
                if kids:
                    kids[0].kill()
                    shot.append(kids[0].pid)
            time.sleep(0.005)

    import threading

    watcher = threading.Thread(target=kill_one_worker)
    watcher.start()
    report = run_batch(pairs, out, workers=2, chunk=2, progress=False)
    watcher.join()
    assert shot, "a worker should have been killed"
    assert report.failed == 0 and report.tally.compared == len(pairs)
    assert sorted(r["id"] for r in read_csv(out / "pairs.csv")) == sorted(p.id for p in pairs)


def test_a_worker_ends_itself_when_its_driver_is_killed(tmp_path: Path) -> None:
    """A driver killed outright (SIGKILL) cannot stop its pool: the workers watch it."""
    import signal
    import subprocess
    import sys

    script = tmp_path / "driver.py"
    script.write_text(
        "import os, sys, time\n"
        "from reader.batch.work import watch_parent\n"
        "driver = os.getpid()\n"
        "child = os.fork()\n"
        "if child == 0:\n"
        "    watch_parent(poll=0.05, parent=driver)\n"
        "    time.sleep(30)\n"
        "    os._exit(0)\n"
        "print(child, flush=True)\n"
        "time.sleep(30)\n",
        encoding="utf-8",
    )
    driver = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert driver.stdout is not None
    child = int(driver.stdout.readline())
    driver.send_signal(signal.SIGKILL)
    driver.wait()
    deadline_at = time.monotonic() + 10
    while time.monotonic() < deadline_at and _running(child):
        time.sleep(0.05)
    assert not _running(child), "the worker outlived its driver"


def _running(pid: int) -> bool:
    """Is a process alive (a zombie nobody reaped has ended)?"""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][:1]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"


def test_a_pair_whose_article_was_edited_since_is_compared_again(tmp_path: Path) -> None:
    """A rerun skips the pairs done, but not one whose article changed after its result."""
    import reader.batch

    stories = write_stories(tmp_path / "stories", events=2, outlets=3, sentences=8)  # 6 pairs
    pairs = discover(stories)
    out = tmp_path / "out"
    first = reader.batch.run(str(stories), str(out), workers=1, progress=False)
    assert first.tally.compared == len(pairs)
    edited = Path(pairs[0].left)
    edited.write_text(edited.read_text(encoding="utf-8").replace(".", ", he said.", 1), encoding="utf-8")
    later = time.time() + 5  # newer than every result, whatever the file system's clock grain
    os.utime(edited, (later, later))
    again = reader.batch.run(str(stories), str(out), workers=1, progress=False)
    touched = {p.id for p in pairs if str(edited) in (p.left, p.right)}
    assert again.tally.compared == len(touched) and again.tally.skipped == len(pairs) - len(touched)
    assert "he said" in result_path(out, pairs[0].id).read_text(encoding="utf-8")


def test_a_terminated_batch_says_so_writes_its_tables_and_keeps_every_time(tmp_path: Path) -> None:
    """SIGTERM (a ``kill``): a message and 143; the tables hold the pairs done; chunks in flight
    are logged by their workers, so after the resume every pair has its time."""
    pairs, out, cmd = _sixty_pairs(tmp_path, "--quiet")
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    _wait_for_a_third(proc, out, len(pairs))
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    assert "terminated" in err and "run the same command again" in err
    done = {p.id for p in pairs if is_complete(result_path(out, p.id))}
    assert 0 < len(done) < len(pairs), "the signal should land halfway"
    assert {r["id"] for r in read_csv(out / "pairs.csv")} == done

    second = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert second.returncode == 0, second.stderr
    rows = read_csv(out / "pairs.csv")
    assert sorted(r["id"] for r in rows) == sorted(p.id for p in pairs)
    assert all(r["seconds"] for r in rows)  # the pairs done in the chunks the driver lost too
