"""Export faults on the command line: the old file intact, no half-written target, no
litter, one line naming the output and the cause, exit 2."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from reader import cli

LEFT = "The ferry left Dover at noon on Friday. It carried 300 passengers.\n"
RIGHT = "The ferry left Dover on Friday at noon. It carried 310 passengers.\n"


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "a.txt").write_text(LEFT)
    (tmp_path / "b.txt").write_text(RIGHT)
    return tmp_path / "a.txt", tmp_path / "b.txt"


def one_line(err: str, *needles: str) -> None:
    assert err.count("\n") == 1 and err.startswith("reader: "), err
    for n in needles:
        assert n in err, err


def test_a_full_disk_leaves_the_old_file_and_no_temporary(
    pair: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = pair[0].parent / "out.json"
    out.write_text("old export")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    assert cli.main([str(pair[0]), str(pair[1]), "-o", str(out), "--force"]) == 2
    one_line(capsys.readouterr().err, "out.json", "No space left on device")
    assert out.read_text() == "old export"
    assert sorted(p.name for p in out.parent.iterdir()) == ["a.txt", "b.txt", "out.json"]


def test_a_path_that_is_a_folder_is_refused(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = pair[0].parent / "exports"
    folder.mkdir()
    assert cli.main([str(pair[0]), str(pair[1]), "-o", str(folder), "--force"]) == 2
    one_line(capsys.readouterr().err, "exports", "is a directory")


def test_a_temporary_left_by_a_killed_run_is_removed_by_the_next(pair: tuple[Path, Path]) -> None:
    out = pair[0].parent / "out.json"
    out.write_text("old export")
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    stale = out.parent / f".out.json.reader-{int(dead.stdout)}.tmp"
    stale.write_text('{"half": ')  # what a kill -9 in the middle of a write leaves
    assert cli.main([str(pair[0]), str(pair[1]), "-o", str(out), "--force"]) == 0
    assert not stale.exists()
    assert out.read_text().startswith("{")
    assert sorted(p.name for p in out.parent.iterdir()) == ["a.txt", "b.txt", "out.json"]


def test_a_read_only_folder_as_an_unprivileged_user(unprivileged: list[str]) -> None:
    """Root writes anywhere, so the refusal is checked as the user 'nobody' when we are root."""
    drop = unprivileged
    work = Path(tempfile.mkdtemp())
    try:
        work.chmod(0o755)
        (work / "a.txt").write_text(LEFT)
        (work / "b.txt").write_text(RIGHT)
        ro = work / "ro"
        ro.mkdir()
        (ro / "out.json").write_text("old export")
        for p in (work / "a.txt", work / "b.txt", ro / "out.json"):
            p.chmod(0o644)
        ro.chmod(0o555)
        root = Path(__file__).resolve().parent.parent
        env = {**os.environ, "PYTHONPATH": str(root), "HOME": str(work)}
        proc = subprocess.run(
            [*drop, sys.executable, "-m", "reader.cli", "a.txt", "b.txt", "-o", "ro/out.json", "--force"],
            cwd=work,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env=env,
        )
        if drop and "reader:" not in proc.stderr:  # 'nobody' cannot run this checkout at all
            pytest.skip(f"the unprivileged user cannot run this checkout: {proc.stderr.strip()[:200]}")
        assert proc.returncode == 2, proc.stderr
        one_line(proc.stderr, "ro/out.json", "ermission denied")
        assert (ro / "out.json").read_text() == "old export"
        assert sorted(p.name for p in ro.iterdir()) == ["out.json"]
    finally:
        (work / "ro").chmod(0o755)
        shutil.rmtree(work, ignore_errors=True)
