"""The one way through: load -> clean -> segment -> facts -> align -> compare.

Each stage is a module of its own; this file only wires them, so a caller (the command
line, the app's worker, a benchmark, a library user) gets the same result from the same
inputs, and progress is reported the same way everywhere.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the pipeline builds its data.

    The pipeline allocates millions of long-lived objects (sentences, facts, tokens, links)
    and almost no cycles: every full collection walks all of them to free nearly nothing
    (about 2 s of 14 on the whole Bible pair, for some 300 objects).  Reference counting
    still frees everything else at once; the previous state is restored at the end, and the
    few cycles are collected by the next automatic pass.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def compare_documents(
    left: Document,
    right: Document,
    *,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> Comparison:
    """Align two documents and build the comparison."""
    with gc_paused():
        return _compare_documents(left, right, settings, progress)


def _compare_documents(
    left: Document, right: Document, settings: Settings | None, progress: Progress | None
) -> Comparison:
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
    with gc_paused():
        ld = document(lt, split, boilerplate=boilerplate)
        rd = document(rt, split, boilerplate=boilerplate)
        return _compare_documents(ld, rd, settings, progress)


def compare_texts(
    left: str,
    right: str,
    *,
    split: SplitMode = "sentences",
    boilerplate: bool = True,
    settings: Settings | None = None,
) -> Comparison:
    """Compare two in-memory texts (library use and tests)."""
    with gc_paused():
        ld = document(load_text(left, "left"), split, boilerplate=boilerplate)
        rd = document(load_text(right, "right"), split, boilerplate=boilerplate)
        return _compare_documents(ld, rd, settings, None)
