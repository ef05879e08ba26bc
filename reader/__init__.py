"""reader: two accounts of the same story side by side.

The public door for library users and the batch engine::

    import reader

    c = reader.compare("The quake struck at 6.1 ...", "A 5.9 quake hit ...")
    for link in c.links:
        print(link.relation, link.differences)
    print(reader.to_markdown(c))

``compare`` takes two texts, ``compare_files`` two paths ('-' is standard input), and
``load`` turns one file into a :class:`Document` (cleaned, split, facts found). Every
option is keyword-only: ``split`` ("sentences", "lines" or "paragraphs"), ``boilerplate``
(False keeps web-page furniture) and ``settings`` (the aligner's :class:`Settings`).
Nothing here imports Textual or Rich.
"""

from __future__ import annotations

import os

from reader import pipeline as _pipeline
from reader.align import Settings
from reader.export import to_dict, to_json, to_markdown
from reader.load import InputError
from reader.load import load as _load_file
from reader.model import (
    Comparison,
    Difference,
    Document,
    DocumentDifference,
    Fact,
    Link,
    Removed,
    Sentence,
)
from reader.segment import SplitMode

__all__ = [
    "Comparison",
    "Difference",
    "Document",
    "DocumentDifference",
    "Fact",
    "InputError",
    "Link",
    "Removed",
    "Sentence",
    "Settings",
    "compare",
    "compare_files",
    "load",
    "to_dict",
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
    return _pipeline.compare_texts(left, right, split=split, boilerplate=boilerplate, settings=settings)


def compare_files(
    left: str | os.PathLike[str],
    right: str | os.PathLike[str],
    *,
    split: SplitMode = "sentences",
    boilerplate: bool = True,
    settings: Settings | None = None,
) -> Comparison:
    """Compare two files; a file that cannot be read raises :class:`InputError` naming it."""
    return _pipeline.compare_files(left, right, split=split, boilerplate=boilerplate, settings=settings)


def load(
    path: str | os.PathLike[str], *, split: SplitMode = "sentences", boilerplate: bool = True
) -> Document:
    """One file as a :class:`Document`: decoded, cleaned, split into sentences, facts found."""
    return _pipeline.document(_load_file(path), split, boilerplate=boilerplate)
