"""Shared fixtures for the stage tests.

Test files keep their own small path helpers (importing from conftest is fragile), so this
only holds fixtures that several files use.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def data_dir() -> Path:
    """tests/data: our own small article pairs, pages and golden exports."""
    return DATA


@pytest.fixture
def unprivileged() -> list[str]:
    """A command prefix that runs a program as the user 'nobody' when the tests run as root
    (root reads and writes anything, so permission checks need another user); empty when
    we are not root. Skips the test when privileges cannot be dropped."""
    import os
    import shutil

    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: cannot drop privileges to test permissions")
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty config folder: no test reads or writes the developer's
    theme, keymap or remembered settings (the app tests used to set this file by file)."""
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home
