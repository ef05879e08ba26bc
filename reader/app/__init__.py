"""The Textual app of ``reader`` (``reader LEFT RIGHT`` or plain ``reader``).

``run_app`` is what the command line calls; everything UI lives in this package so the
core (``reader/*.py``) never imports Textual or Rich.
"""

from __future__ import annotations


def run_app(
    left: str,
    right: str,
    *,
    split: str = "sentences",
    boilerplate: bool = True,
    theme: str | None = None,
    stdin: bytes | None = None,
) -> None:
    """Open the reader on two files ('-' is the given standard input)."""
    from reader.app.main import ReaderApp

    ReaderApp(left, right, split=split, boilerplate=boilerplate, theme=theme, stdin=stdin).run()


__all__ = ["run_app"]
