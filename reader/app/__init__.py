"""The Textual app of ``reader`` (``reader LEFT RIGHT`` or plain ``reader``).

``run_app`` is what the command line calls; everything UI lives in this package so the
core (``reader/*.py``) never imports Textual or Rich.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.segment import SplitMode


def run_app(
    left: str,
    right: str,
    *,
    split: SplitMode = "sentences",
    boilerplate: bool = True,
    theme: str | None = None,
    stdin: bytes | None = None,
    user_agent: str | None = None,
) -> None:
    """Open the reader on two files, saved pages or addresses ('-' is the given standard
    input); ``user_agent`` is sent when an address is fetched."""
    from reader.app.main import ReaderApp

    app = ReaderApp(
        left, right, split=split, boilerplate=boilerplate, theme=theme, stdin=stdin, user_agent=user_agent
    )
    app.run()


__all__ = ["run_app"]
