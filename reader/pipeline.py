"""The one way through: load -> clean -> segment -> facts -> align -> compare.

Each stage is a module of its own; this file only wires them, so a caller (the command
line, the app's worker, a benchmark, a library user) gets the same result from the same
inputs, and progress is reported the same way everywhere.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from importlib import resources
from itertools import starmap
from operator import attrgetter
from pathlib import Path
from typing import Any, TypeVar

from reader import facts as facts_mod
from reader.align import Progress, Settings, align_pairs, group
from reader.clean import clean
from reader.compare import assemble, build_links
from reader.load import Loaded, load, load_text
from reader.model import Comparison, Document, Fact, Link
from reader.segment import SplitMode, segment

T = TypeVar("T")
U = TypeVar("U")

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
    doc.facts = facts_mod.extract_document([s.text for s in doc.sentences])
    return doc


def _segmented(loaded: Loaded, split: SplitMode, boilerplate: bool) -> Document:
    """A document without its facts: cleaned and split only."""
    cleaned = clean(loaded.text, enabled=boilerplate, one_unit_per_line=split == "lines")
    return Document(
        source=loaded.source,
        text=loaded.text,
        title=cleaned.title,
        sentences=segment(loaded.text, cleaned.blocks, split),
        removed=cleaned.removed,
        encoding=loaded.encoding,
        notes=list(loaded.notes),
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

    def make(loaded: Loaded) -> Document:
        return document(loaded, split, boilerplate=boilerplate)

    if len(left.text) + len(right.text) < PARALLEL_FROM:
        return make(left), make(right)
    # the child finds the right document's facts, most of the work; this process makes the
    # left document and splits the right one again while it waits, which costs less than
    # receiving the right one's sentences
    (ld, rd), right_facts = in_parallel(
        lambda: (make(left), _segmented(right, split, boilerplate)),
        lambda: [_rows(facts) for facts in make(right).facts],
    )
    rd.facts = [_from_rows(Fact, rows) for rows in right_facts]
    return ld, rd


Row = tuple[Any, ...]


def _rows(items: Sequence[Any]) -> list[Row]:
    """Dataclass instances as tuples of their fields, which pickle in C; pickling the
    instances themselves (or a whole document) costs as much as a second core saves."""
    return list(map(_fields_of(items[0].__class__), items)) if items else []


@cache
def _fields_of(cls: type) -> Callable[[Any], Row]:
    """The fields of a dataclass's instance as a tuple, in order (memoised: a document has
    a list of facts for each of its sentences)."""
    return attrgetter(*(f.name for f in dataclasses.fields(cls)))


def _from_rows(cls: Callable[..., T], rows: Iterable[Row]) -> list[T]:
    """The instances back from :func:`_rows`: equal to the ones the child made."""
    return list(starmap(cls, rows))


def in_parallel(here: Callable[[], T], there: Callable[[], U]) -> tuple[T, U]:
    """``(here(), there())``, with ``there`` run in a forked child while this process runs
    ``here``: two cores for the two documents of a long comparison, or for its links.

    ``there`` should return plain data (see :func:`_rows`): the child pickles it back.
    Where fork is unavailable or unsafe, or the child fails in any way, ``there`` runs
    here after ``here``: the result is the same either way.
    """
    child = _start_child(there) if _can_fork() else None
    if child is None:
        return here(), there()
    pid, read_end = child
    with os.fdopen(read_end, "rb") as inp:
        try:
            mine = here()
            data = inp.read()
        except BaseException:
            os.kill(pid, signal.SIGKILL)  # interrupted: the child must not outlive the call
            raise
        finally:
            status = os.waitpid(pid, 0)[1]
    return mine, (pickle.loads(data) if status == 0 else there())


def _start_child(work: Callable[[], object]) -> tuple[int, int] | None:
    """Fork a child that writes ``work()``, pickled, to a pipe and exits.

    Returns its pid and the pipe's read end, or None when no process can be started.
    """
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid:
        os.close(write_end)
        return pid, read_end
    status = 1  # the child, which never returns into the caller's code
    try:
        os.close(read_end)
        data = pickle.dumps(work(), pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as out:
            out.write(data)
        status = 0
    finally:
        os._exit(status)


def _can_fork() -> bool:
    """A fork copies only the calling thread, so it is safe only in a process with one
    thread (the command line without a progress bar, a script, the benchmark); the app
    runs the pipeline in a worker thread and so does all of it in one process.  A caller
    that lets the system reap children (SIGCHLD ignored) hides the child's exit status,
    which is how a failed child is told apart, so it gets one process too."""
    return (
        sys.platform == "linux"
        and threading.active_count() == 1
        and signal.getsignal(signal.SIGCHLD) != signal.SIG_IGN
    )


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
    groups = group(pairs)
    if len(left.text) + len(right.text) < PARALLEL_FROM:
        return assemble(left, right, build_links(left, right, groups))
    half = len(groups) // 2  # links are independent: half of them in a child
    first, second = in_parallel(
        lambda: build_links(left, right, groups[:half]),
        lambda: _rows(build_links(left, right, groups[half:])),
    )
    return assemble(left, right, first + _from_rows(Link, second))


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
        ld, rd = documents(lt, rt, split, boilerplate=boilerplate)
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
        ld, rd = documents(load_text(left, "left"), load_text(right, "right"), split, boilerplate=boilerplate)
        return _compare_documents(ld, rd, settings, None)
