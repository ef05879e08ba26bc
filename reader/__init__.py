"""reader: two accounts of the same story side by side.

The public door for library users and the batch engine::

    import reader

    c = reader.compare("The quake struck at 6.1 ...", "A 5.9 quake hit ...")
    for d in c.disagreements():  # each discrepancy with both sides' sentences
        print(d.difference.note, "|", d.left_text, "|", d.right_text)
    for link in c.links:  # what both tell; c.text("left", link.left) gives its words
        print(link.relation, link.differences)
    print(reader.to_markdown(c))  # or to_json, to_html (a self-contained page)

``compare`` takes two texts, ``compare_files`` two paths ('-' is standard input), and
``load`` turns one file into a :class:`Document` (cleaned, split, facts found), and
``batch(source, out)`` compares every pair of a folder of stories or a manifest into
tables. Every
option is keyword-only: ``split`` ("sentences", "lines" or "paragraphs"), ``boilerplate``
(False keeps web-page furniture) and ``settings`` (the aligner's :class:`Settings`).
Nothing here imports Textual or Rich.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

# cheap: plain data classes and the input error; the engine (numpy, rapidfuzz) is imported
# on first use, so `reader --help`, the app's first frame and Ctrl-C at start stay quick
from reader.inputs import InputError
from reader.model import (
    Comparison,
    Difference,
    Disagreement,
    Document,
    DocumentDifference,
    Fact,
    Link,
    Removed,
    Sentence,
)

if TYPE_CHECKING:
    from reader.align import Settings
    from reader.segment import SplitMode

__all__ = [
    "Comparison",
    "Difference",
    "Disagreement",
    "Document",
    "DocumentDifference",
    "Fact",
    "InputError",
    "Link",
    "Removed",
    "Sentence",
    "Settings",
    "batch",
    "compare",
    "compare_files",
    "load",
    "to_dict",
    "to_html",
    "to_json",
    "to_markdown",
]


def compare(
    left: str,
    right: str,
    *,
    split: SplitMode = "sentences",
    boilerplate: bool = True,
    settings: Settings | None = None,
) -> Comparison:
    """Compare two texts: what both tell, what only one tells, where they disagree."""
    from reader.pipeline import compare_texts

    return compare_texts(left, right, split=split, boilerplate=boilerplate, settings=settings)


def compare_files(
    left: str | os.PathLike[str],
    right: str | os.PathLike[str],
    *,
    split: SplitMode = "sentences",
    boilerplate: bool = True,
    settings: Settings | None = None,
) -> Comparison:
    """Compare two files; a file that cannot be read raises :class:`InputError` naming it."""
    from reader.pipeline import compare_files as compare_paths

    return compare_paths(left, right, split=split, boilerplate=boilerplate, settings=settings)


def load(
    path: str | os.PathLike[str], *, split: SplitMode = "sentences", boilerplate: bool = True
) -> Document:
    """One file as a :class:`Document`: decoded, cleaned, split into sentences, facts found."""
    from reader.inputs import load as read
    from reader.pipeline import document

    return document(read(path), split, boilerplate=boilerplate)


def to_dict(c: Comparison) -> dict[str, Any]:
    """The comparison as the JSON export's plain data (format ``reader-comparison/1``)."""
    from reader.export import to_dict as as_dict

    return as_dict(c)


def to_json(c: Comparison) -> str:
    """The JSON export (format ``reader-comparison/1``)."""
    from reader.export import to_json as as_json

    return as_json(c)


def to_markdown(c: Comparison) -> str:
    """The Markdown report: discrepancies first, then what both tell, then what only one tells."""
    from reader.export import to_markdown as as_markdown

    return as_markdown(c)


def to_html(c: Comparison) -> str:
    """The HTML report: one self-contained page (no script or style from elsewhere)."""
    from reader.report.page import to_html as as_html

    return as_html(c)


def __getattr__(name: str) -> Any:
    if name == "Settings":
        from reader.align import Settings

        return Settings
    if name == "batch":  # a callable module: reader.batch(source, out, ...) (docs/batch.md)
        import importlib

        return importlib.import_module("reader.batch")
    raise AttributeError(f"module 'reader' has no attribute {name!r}")
