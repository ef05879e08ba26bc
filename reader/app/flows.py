"""The file flows: export the comparison, open two other files.

Each flow asks through a dialog (:mod:`reader.app.dialogs`), then acts on the answer:
an export is written through :func:`reader.files.write_atomic` -- the command line's
writer, so an export from the app gets the same permissions and is never half-written --
after asking before it replaces a file; a failure brings the dialog back with the name
given and the one-line reason in it, and the comparison stays open.  Opening hands the
two paths back to the screen, which compares them in its worker.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

from textual.app import App

from reader.app import safe
from reader.app.dialogs import ConfirmScreen, ExportScreen, OpenScreen
from reader.model import Comparison
from reader.web import is_url


def export_stem(paths: tuple[str, str]) -> str:
    """The default file name of an export: ``left-vs-right`` (no suffix).

    Made of printable characters only (Cyrillic, CJK and emoji are kept): a control
    character, an undecodable byte or a path separator of the inputs' names becomes
    ``_``, so the name shown in the dialog is the name written.
    """

    def stem(path: str) -> str:
        if path == "-":
            return "stdin"
        if is_url(path):
            parts = urlsplit(path)
            path = parts.path.rstrip("/") or parts.netloc
        return _printable(Path(path).stem) or "article"

    return f"{stem(paths[0])}-vs-{stem(paths[1])}"


def _printable(name: str) -> str:
    safe_name = "".join(
        ch if ch.isprintable() and safe.is_safe(ch) and ch not in "/\\" else "_" for ch in name
    )
    return safe_name.strip(" .")


def start_export(
    app: App[None], comparison: Comparison, paths: tuple[str, str], path: str = "", error: str = ""
) -> None:
    """Ask for a format and a path, then write (asking first if the file exists); ``path``
    and ``error``: the dialog comes back with the name given and why it failed."""
    again = partial(start_export, app, comparison, paths)
    app.push_screen(
        ExportScreen(export_stem(paths), path=path, error=error, fmt=getattr(app, LAST_FORMAT, "")),
        partial(_export_chosen, app, comparison, again),
    )


# the app's attribute that keeps the format exported last: the dialog opens on it next time
LAST_FORMAT = "last_export_format"


Again = Callable[[str, str], None]
"""The export dialog again, with the name given and the error: ``again(path, error)``."""


def _export_chosen(
    app: App[None], comparison: Comparison, again: Again, answer: tuple[str, str] | None
) -> None:
    if answer is None:
        return
    fmt, path = answer
    setattr(app, LAST_FORMAT, fmt)
    if os.path.isdir(path):
        again(path, f"Not exported: {safe.name(path)} is a folder; give a file name.")
    elif os.path.exists(path):
        app.push_screen(
            ConfirmScreen(f"{safe.name(path)} exists. Overwrite it?"),
            partial(_confirmed, app, comparison, fmt, path, again),
        )
    else:
        write_export(app, comparison, fmt, path, again)


# how long an export's notice stays: it covers the right pane's lower lines, and the status
# line keeps its words after it goes
EXPORT_NOTICE_SECONDS = 3


def _confirmed(
    app: App[None], comparison: Comparison, fmt: str, path: str, again: Again, yes: bool | None
) -> None:
    if yes:
        write_export(app, comparison, fmt, path, again)
    else:
        said = f"Not exported; {safe.name(path)} is unchanged."
        app.notify(said, markup=False, timeout=EXPORT_NOTICE_SECONDS)
        # and on the status line, in place of an earlier "Exported ..." that would now mislead
        with contextlib.suppress(AttributeError, LookupError):
            app.main_screen.say(said)  # type: ignore[attr-defined]


def write_export(
    app: App[None], comparison: Comparison, fmt: str, path: str, again: Again | None = None
) -> bool:
    """Write the comparison atomically; say what happened (one line), never raise.  A
    failure brings the dialog back with the name given (``again``), the error in it."""
    from reader.export import render
    from reader.files import write_atomic

    try:
        write_atomic(path, render(comparison, fmt))
    except (OSError, ValueError) as exc:  # ValueError: text that cannot be encoded, say
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        said = safe.line(f"Could not write {safe.name(path)}: {reason}")
        if again is not None:
            again(path, said)
        else:
            app.notify(said, severity="error", markup=False)
        return False
    where = safe.name(os.path.abspath(path))
    app.notify(f"Wrote {where}", title="Exported", markup=False, timeout=EXPORT_NOTICE_SECONDS)
    # and on the status line, where the last word was (no reader screen on the stack: a test's app)
    with contextlib.suppress(AttributeError, LookupError):
        app.main_screen.say(f"Exported {where}")  # type: ignore[attr-defined]
    return True


def start_open(
    app: App[None], paths: tuple[str, str], then: Callable[[str, str], None], error: str = ""
) -> None:
    """Ask for two paths (standard input is not offered again), then call ``then``;
    ``error`` says why the paths shown failed last time (the dialog comes back with them)."""
    left, right = ("" if p == "-" else p for p in paths)

    def chosen(answer: tuple[str, str] | None) -> None:
        if answer is not None:
            then(*answer)

    app.push_screen(OpenScreen(left, right, error), chosen)
