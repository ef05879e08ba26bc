"""reader.files.write_atomic: never half-written, links written through, our litter cleaned."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading

import pytest

from reader.files import clean_stale, temp_name, write_atomic


def test_new_file_gets_umask_permissions(tmp_path):
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "a.json", "{}")
    finally:
        os.umask(old)
    assert (tmp_path / "a.json").read_text() == "{}"
    assert stat.S_IMODE(os.stat(tmp_path / "a.json").st_mode) == 0o640


def test_existing_file_keeps_its_permissions(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("old")
    os.chmod(p, 0o600)
    write_atomic(p, "new")
    assert p.read_text() == "new"
    assert stat.S_IMODE(os.stat(p).st_mode) == 0o600


def test_symbolic_link_is_written_through(tmp_path):
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_atomic(link, "new")
    assert link.is_symlink()
    assert target.read_text() == "new"


def test_fifo_is_written_in_place(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    write_atomic(fifo, "through the pipe")
    reader.join(5)
    assert got == ["through the pipe"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_directory_is_refused(tmp_path):
    with pytest.raises(IsADirectoryError):
        write_atomic(tmp_path, "x")


def test_failure_leaves_old_file_and_no_temporary(tmp_path):
    p = tmp_path / "a.json"
    p.write_text("old")

    with pytest.raises(TypeError):
        write_atomic(p, 12345)  # type: ignore[arg-type]
    assert p.read_text() == "old"
    assert os.listdir(tmp_path) == ["a.json"]


def test_stale_temporary_of_a_dead_process_is_removed(tmp_path):
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    pid = int(dead.stdout)
    stale = tmp_path / f".out.json.reader-{pid}.tmp"
    stale.write_text("half")
    mine = tmp_path / os.path.basename(temp_name(tmp_path / "other.json"))
    foreign = tmp_path / ".out.json.tmp"
    foreign.write_text("not ours")
    assert clean_stale(tmp_path) == [stale.name]
    assert not stale.exists() and foreign.exists()
    assert not mine.exists()
    write_atomic(tmp_path / "out.json", "{}")
    assert sorted(os.listdir(tmp_path)) == [".out.json.tmp", "out.json"]


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="process start times are read from /proc")
def test_a_temporary_whose_process_number_was_given_again_is_removed(tmp_path):
    # the writer was killed; a process started since holds its number
    old = tmp_path / ".out.json.reader-{pid}.tmp"
    newcomer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        stale = tmp_path / old.name.format(pid=newcomer.pid)
        stale.write_text("half")
        hour_ago = os.stat(stale).st_mtime - 3600
        os.utime(stale, (hour_ago, hour_ago))
        # near miss: a live process that started before its file was written is still writing
        writing = tmp_path / old.name.format(pid=os.getppid())
        writing.write_text("half")
        assert clean_stale(tmp_path) == [stale.name]
        assert writing.exists()
    finally:
        newcomer.kill()
        newcomer.wait()


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="process states are read from /proc")
def test_a_temporary_of_a_killed_process_nobody_has_reaped_is_removed(tmp_path):
    # a worker killed with its batch stays a zombie while no parent waits for it (a
    # container whose first process reaps nothing): it writes nothing more
    killed = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        killed.kill()
        for _ in range(500):
            with open(f"/proc/{killed.pid}/stat", encoding="ascii") as fh:
                if fh.read().rpartition(")")[2].split()[0] == "Z":
                    break
            threading.Event().wait(0.01)
        stale = tmp_path / f".out.json.reader-{killed.pid}.tmp"
        stale.write_text("half")
        assert clean_stale(tmp_path) == [stale.name]
    finally:
        killed.wait()
