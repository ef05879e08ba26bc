"""``python -m reader`` runs the same program as the ``reader`` command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def test_python_dash_m_reader_writes_a_comparison(tmp_path: Path) -> None:
    left = tmp_path / "a.txt"
    right = tmp_path / "b.txt"
    left.write_text("Flood waters closed the river road on Monday.\n", encoding="utf-8")
    right.write_text("On Monday the river road was closed by flood waters.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "reader", str(left), str(right), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["left"]["sentences"]


def test_python_dash_m_reader_reports_bad_input_with_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    done = subprocess.run(
        [sys.executable, "-m", "reader", str(missing), str(missing), "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "nowhere.txt" in done.stderr and len(done.stderr.strip().splitlines()) == 1
