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
from reader.align import (
    DEFAULTS,
    Pair,
    Prepared,
    Progress,
    Settings,
    Token,
    align_pairs,
    group,
    identical_pairs,
    sentence_tokens,
)
from reader.align.pairs import with_identical
from reader.clean import clean
from reader.comparison import assemble, build_links, read_whole
from reader.counts import unit
from reader.inputs import MAX_BYTES, Loaded, load, load_text
from reader.model import Comparison, Document, Fact, Link
from reader.processes import from_rows, gc_paused, in_parallel, rows
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
    doc = _segmented(loaded, split, boilerplate)
    doc.facts = facts_mod.extract_document(
        [s.text for s in doc.sentences], [s.paragraph for s in doc.sentences]
    )
    return doc


def _segmented(loaded: Loaded, split: SplitMode, boilerplate: bool) -> Document:
    """A document without its facts: cleaned and split only."""
    cleaned = clean(loaded.text, enabled=boilerplate, one_unit_per_line=split == "lines")
    notes = list(loaded.notes)
    sentences = segment(loaded.text, cleaned.blocks, split, notes)
    if not sentences and cleaned.removed:
        notes.append(
            f"all {len(cleaned.removed)} line(s) were page furniture: nothing left to compare"
            " (--keep-boilerplate keeps them)"
        )
    return Document(
        source=loaded.source,
        text=loaded.text,
        # a web page names its own title; the cleaner's guess is for pasted text
        title=(loaded.meta.title if loaded.meta and loaded.meta.title else cleaned.title),
        sentences=sentences,
        removed=cleaned.removed,
        encoding=loaded.encoding,
        notes=notes,
        meta=loaded.meta,
        unit=unit(split),
    )


# From this many characters in all, the two documents are built on two cores, and so are
# the links.  A document costs about 0.4 us a character (mostly finding facts) and a fork
# of a large process, with its exit, some tens of milliseconds: below this (about 0.2 s of
# work) a second process saves little.
PARALLEL_FROM = 500_000


def documents(
    left: Loaded, right: Loaded, split: SplitMode = "sentences", *, boilerplate: bool = True
) -> tuple[Document, Document]:
    """Both documents, as :func:`document` makes them; long ones on two cores."""
    return _documents(left, right, split, boilerplate, None)[:2]


def _documents(
    left: Loaded, right: Loaded, split: SplitMode, boilerplate: bool, settings: Settings | None
) -> tuple[Document, Document, Prepared]:
    """Both documents and, for long ones made on two cores, the aligner's tokens of the left
    one, which this process makes while the child finishes the right document's facts."""

    def make(loaded: Loaded) -> Document:
        return document(loaded, split, boilerplate=boilerplate)

    if len(left.text) + len(right.text) < PARALLEL_FROM:
        return make(left), make(right), (None, None)

    # the child finds the right document's facts, most of the work; this process makes the
    # left document and splits the right one again while it waits, which costs less than
    # receiving the right one's sentences, then has time for the left one's tokens
    def here() -> tuple[Document, Document, list[list[Token]]]:
        ld = make(left)
        toks = sentence_tokens(_texts(ld), _keys(ld), settings or DEFAULTS)
        return ld, _segmented(right, split, boilerplate), toks

    (ld, rd, toks), right_facts = in_parallel(here, lambda: [rows(facts) for facts in make(right).facts])
    rd.facts = [from_rows(Fact, r) for r in right_facts]
    return ld, rd, (toks, None)


def _texts(doc: Document) -> list[str]:
    return [s.text for s in doc.sentences]


def _keys(doc: Document) -> list[list[str]]:
    """The fact keys of each sentence, which the aligner weighs with its words."""
    return [facts_mod.keys(f) for f in doc.facts]


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
    left: Document,
    right: Document,
    settings: Settings | None,
    progress: Progress | None,
    prepared: Prepared = (None, None),
) -> Comparison:
    def aligned(identical: list[Pair] | None = None) -> list[Pair]:
        return align_pairs(
            _texts(left),
            _texts(right),
            left_extra=_keys(left),
            right_extra=_keys(right),
            settings=settings,
            progress=progress,
            prepared=prepared,
            identical=identical,
        )

    # what the whole documents say (capitalised words, names spelled two ways), read once for
    # the links and the assembly; for long texts in a child while this process aligns (about
    # a second of the whole Bible's compare, which the alignment hides)
    if len(left.text) + len(right.text) < PARALLEL_FROM:
        pairs, whole = aligned(), read_whole(left, right)
        return assemble(left, right, build_links(left, right, group(pairs), whole), whole)
    # ... and the sentences identical on both sides, which the alignment takes at its end
    scored, (whole, same) = in_parallel(
        lambda: aligned(identical=[]),
        lambda: (read_whole(left, right), identical_pairs(_texts(left), _texts(right))),
    )
    pairs = with_identical(scored, same)
    groups = group(pairs)
    half = len(groups) // 2  # links are independent: half of them in a child
    first, second = in_parallel(
        lambda: build_links(left, right, groups[:half], whole),
        lambda: rows(build_links(left, right, groups[half:], whole)),
    )
    return assemble(left, right, first + from_rows(Link, second), whole)


def compare_files(
    left: str | os.PathLike[str],
    right: str | os.PathLike[str],
    *,
    split: SplitMode = "sentences",
    boilerplate: bool = True,
    settings: Settings | None = None,
    progress: Progress | None = None,
    stdin: Callable[[], bytes] | None = None,
    max_bytes: int = MAX_BYTES,
    user_agent: str | None = None,
) -> Comparison:
    """Load two files ('-' is standard input, an http(s) address or .html file a web page;
    none larger than ``max_bytes``) and compare them."""
    data = stdin() if stdin and "-" in (str(left), str(right)) else None
    lt = load(left, stdin=data, max_bytes=max_bytes, user_agent=user_agent)
    rt = load(right, stdin=data, max_bytes=max_bytes, user_agent=user_agent)
    if progress:
        progress("reading", 0.0)
    with gc_paused():
        ld, rd, prepared = _documents(lt, rt, split, boilerplate, settings)
        return _compare_documents(ld, rd, settings, progress, prepared)


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
        loaded = load_text(left, "left"), load_text(right, "right")
        ld, rd, prepared = _documents(*loaded, split, boilerplate, settings)
        return _compare_documents(ld, rd, settings, None, prepared)
