"""The one way through: load -> clean -> segment -> facts -> align -> compare.

Each stage is a module of its own; this file only wires them, so a caller (the command
line, the app's worker, a benchmark, a library user) gets the same result from the same
inputs, and progress is reported the same way everywhere.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from reader import facts as facts_mod
from reader.align import Progress, Settings, align_pairs
from reader.clean import clean
from reader.compare import build
from reader.load import Loaded, load, load_text
from reader.model import Comparison, Document
from reader.segment import SplitMode, segment

BUNDLED = ("csmonitor-nsa-france-mexico.txt", "afp-nsa-france-mexico.txt")


def bundled_paths() -> tuple[Path, Path]:
    """The two bundled articles: from the package data (installed) or the repo's seeds/."""
    pkg = resources.files("reader") / "seeds"
    candidates = [Path(str(pkg)), Path(__file__).resolve().parent.parent / "seeds"]
    for base in candidates:
        a, b = base / BUNDLED[0], base / BUNDLED[1]
        if a.is_file() and b.is_file():
            return a, b
    raise FileNotFoundError("the bundled articles are missing from this installation")


def document(loaded: Loaded, split: SplitMode = "sentences", *, boilerplate: bool = True) -> Document:
    """Clean and segment one loaded text into a :class:`Document` (facts included)."""
    cleaned = clean(loaded.text, enabled=boilerplate, one_unit_per_line=split == "lines")
    sentences = segment(loaded.text, cleaned.blocks, split)
    doc = Document(
        source=loaded.source,
        text=loaded.text,
        title=cleaned.title,
        sentences=sentences,
        removed=cleaned.removed,
        encoding=loaded.encoding,
        notes=list(loaded.notes),
    )
    doc.facts = facts_mod.extract_document([s.text for s in sentences])
    return doc


def compare_documents(
    left: Document,
    right: Document,
    *,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> Comparison:
    """Align two documents and build the comparison."""
    pairs = align_pairs(
        [s.text for s in left.sentences],
        [s.text for s in right.sentences],
        left_extra=[facts_mod.keys(f) for f in left.facts],
        right_extra=[facts_mod.keys(f) for f in right.facts],
        settings=settings,
        progress=progress,
    )
    return build(left, right, pairs)


def compare_files(
    left: str | os.PathLike[str],
    right: str | os.PathLike[str],
    *,
    split: SplitMode = "sentences",
    boilerplate: bool = True,
    settings: Settings | None = None,
    progress: Progress | None = None,
    stdin: Callable[[], bytes] | None = None,
) -> Comparison:
    """Load two files ('-' is standard input) and compare them."""
    data = stdin() if stdin and "-" in (str(left), str(right)) else None
    lt, rt = load(left, stdin=data), load(right, stdin=data)
    if progress:
        progress("reading", 0.0)
    ld = document(lt, split, boilerplate=boilerplate)
    rd = document(rt, split, boilerplate=boilerplate)
    return compare_documents(ld, rd, settings=settings, progress=progress)


def compare_texts(
    left: str,
    right: str,
    *,
    split: SplitMode = "sentences",
    boilerplate: bool = True,
    settings: Settings | None = None,
) -> Comparison:
    """Compare two in-memory texts (library use and tests)."""
    ld = document(load_text(left, "left"), split, boilerplate=boilerplate)
    rd = document(load_text(right, "right"), split, boilerplate=boilerplate)
    return compare_documents(ld, rd, settings=settings)
