"""The Textual app (a thin view over a finished Comparison). Implemented in reader.app.main."""

from __future__ import annotations


def run_app(left: str, right: str, **kwargs: object) -> None:
    """Open the reader on two files; until the app lands, print the summary."""
    from reader.cli import _summary
    from reader.pipeline import compare_files

    print(_summary(compare_files(left, right)), end="")
