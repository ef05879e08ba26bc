"""The file flows: export the comparison, open two other files.

Each flow asks through a dialog (:mod:`reader.app.dialogs`), then acts on the answer:
an export is written through :func:`reader.files.write_atomic` -- the command line's
writer, so an export from the app gets the same permissions and is never half-written --
after asking before it replaces a file; a failure is one line in a notification and the
comparison stays open.  Opening hands the two paths back to the screen, which compares
them in its worker.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path

from textual.app import App

from reader.app.dialogs import ConfirmScreen, ExportScreen, OpenScreen
from reader.model import Comparison


def export_stem(paths: tuple[str, str]) -> str:
    """The default file name of an export: ``left-vs-right`` (no suffix)."""

    def stem(path: str) -> str:
        return "stdin" if path == "-" else (Path(path).stem or "article")

    return f"{stem(paths[0])}-vs-{stem(paths[1])}"


def start_export(app: App[None], comparison: Comparison, paths: tuple[str, str]) -> None:
    """Ask for a format and a path, then write (asking first if the file exists)."""
    app.push_screen(ExportScreen(export_stem(paths)), partial(_export_chosen, app, comparison))


def _export_chosen(app: App[None], comparison: Comparison, answer: tuple[str, str] | None) -> None:
    if answer is None:
        return
    fmt, path = answer
    if os.path.isdir(path):
        app.notify(f"{path} is a folder; give a file name.", severity="error", markup=False)
    elif os.path.exists(path):
        app.push_screen(
            ConfirmScreen(f"{path} exists. Overwrite it?"), partial(_confirmed, app, comparison, fmt, path)
        )
    else:
        write_export(app, comparison, fmt, path)


def _confirmed(app: App[None], comparison: Comparison, fmt: str, path: str, yes: bool | None) -> None:
    if yes:
        write_export(app, comparison, fmt, path)
    else:
        app.notify(f"Not exported; {path} is unchanged.", markup=False)


def write_export(app: App[None], comparison: Comparison, fmt: str, path: str) -> bool:
    """Write the comparison atomically; say what happened (one line), never raise."""
    from reader.export import render
    from reader.files import write_atomic

    try:
        write_atomic(path, render(comparison, fmt))
    except OSError as exc:
        reason = exc.strerror or " ".join(str(exc).split()) or type(exc).__name__
        app.notify(f"Could not write {path}: {reason}", severity="error", markup=False)
        return False
    app.notify(f"Wrote {os.path.abspath(path)}", title="Exported", markup=False)
    return True


def start_open(app: App[None], paths: tuple[str, str], then: Callable[[str, str], None]) -> None:
    """Ask for two paths (standard input is not offered again), then call ``then``."""
    left, right = ("" if p == "-" else p for p in paths)

    def chosen(answer: tuple[str, str] | None) -> None:
        if answer is not None:
            then(*answer)

    app.push_screen(OpenScreen(left, right), chosen)
