"""The core is a library: importing any of its modules must not pull in a UI toolkit.

Each module is imported in a fresh interpreter, because in this process pytest plugins
or other tests may already have imported textual or rich.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import reader

# every module and package of the core, found rather than listed: a new one is checked too
_FOUND = sorted(
    m.name.removeprefix("reader.")
    for m in pkgutil.walk_packages(reader.__path__, "reader.")
    if not m.name.startswith(("reader.app", "reader.themes", "reader.seeds"))
)
CORE = ["", *_FOUND]

_PROBE = """
import importlib, sys
importlib.import_module(sys.argv[1])
ui = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))
print(','.join(ui))
"""


def test_the_core_list_is_whole() -> None:
    assert {"", "facts", "align", "worddiff", "files", "processes", "cli"} <= set(CORE)


@pytest.mark.parametrize("module", CORE)
def test_core_module_imports_no_ui(module: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, f"reader.{module}".rstrip(".")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "", f"reader.{module} imports {proc.stdout.strip()}"


def test_the_probe_would_notice_a_ui_import() -> None:
    """The check itself works: the CLI's progress bar module does import rich."""
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, "rich.console"], capture_output=True, text=True, check=False
    )
    assert "rich" in proc.stdout
