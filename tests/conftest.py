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
