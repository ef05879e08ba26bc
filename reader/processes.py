"""Two cores for one long comparison, and the garbage collector held off while it runs.

The pipeline's only process machinery, kept apart so the pipeline itself reads as the
stages it wires.  ``in_parallel`` forks one child for one half of the work and pickles
plain tuples back (``rows``/``from_rows``): pickling dataclass instances, or a whole
document, costs as much as the second core saves.  The child asks the kernel to end it
when its parent dies, so a killed ``reader`` leaves no process behind.
"""

from __future__ import annotations

import ctypes
import dataclasses
import gc
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from functools import cache
from itertools import starmap
from operator import attrgetter
from typing import Any, TypeVar

# Switched off by code that already keeps every core busy with processes of its own (the
# batch engine's pool and Dask workers): no fork is nested inside such a process.
ALLOW_FORK = True

T = TypeVar("T")
U = TypeVar("U")

Row = tuple[Any, ...]


def rows(items: Sequence[Any]) -> list[Row]:
    """Dataclass instances as tuples of their fields, which pickle in C; pickling the
    instances themselves (or a whole document) costs as much as a second core saves."""
    return list(map(_fields_of(items[0].__class__), items)) if items else []


@cache
def _fields_of(cls: type) -> Callable[[Any], Row]:
    """The fields of a dataclass's instance as a tuple, in order (memoised: a document has
    a list of facts for each of its sentences)."""
    return attrgetter(*(f.name for f in dataclasses.fields(cls)))


def from_rows(cls: Callable[..., T], rows: Iterable[Row]) -> list[T]:
    """The instances back from :func:`rows`: equal to the ones the child made."""
    return list(starmap(cls, rows))


def in_parallel(here: Callable[[], T], there: Callable[[], U]) -> tuple[T, U]:
    """``(here(), there())``, with ``there`` run in a forked child while this process runs
    ``here``: two cores for the two documents of a long comparison, or for its links.

    ``there`` should return plain data (see :func:`rows`): the child pickles it back.
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
        _end_with_parent()
        os.close(read_end)
        data = pickle.dumps(work(), pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_end, "wb") as out:
            out.write(data)
        status = 0
    finally:
        os._exit(status)


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _end_with_parent() -> None:
    """Have the kernel kill this child if its parent dies (SIGKILL of ``reader`` included),
    and die at once if the parent is already gone."""
    with suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() == 1:
        os._exit(1)


def _can_fork() -> bool:
    """A fork copies only the calling thread, so it is safe only in a process with one
    thread (the command line without a progress bar, a script, the benchmark); the app
    runs the pipeline in a worker thread and so does all of it in one process.  A caller
    that lets the system reap children (SIGCHLD ignored) hides the child's exit status,
    which is how a failed child is told apart, so it gets one process too."""
    return (
        ALLOW_FORK
        and sys.platform == "linux"
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
