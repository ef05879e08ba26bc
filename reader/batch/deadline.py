"""A time limit for one pair, so that a pathological pair cannot stall a batch.

A pool worker runs its pairs in its main thread: there the limit is an interval timer
(``setitimer``) whose SIGALRM handler raises :class:`PairTimeout`.  A Dask worker runs
tasks in a thread of its own, where no signal can be delivered: there a watchdog timer
raises the same exception asynchronously in the task's thread
(``PyThreadState_SetAsyncExc``).  Either way the exception is raised between two
Python bytecodes, so it lands within milliseconds in the pipeline's Python code; a single
call into C (one rapidfuzz or numpy operation) finishes first.  The pair becomes an error
row ("timed out after N s") and the worker goes on with the next pair.
"""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class PairTimeout(Exception):
    """Raised inside the pipeline when a pair has run past its time limit."""


def _raise_timeout(signum: int, frame: Any) -> None:
    raise PairTimeout


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise :class:`PairTimeout` in this thread if the body runs past ``seconds``."""
    if not seconds or seconds <= 0:
        yield
    elif threading.current_thread() is threading.main_thread():
        with _alarm(seconds):
            yield
    else:
        with _watchdog(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    old = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"armed": True}

    def fire() -> None:
        with lock:
            if state["armed"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(target), ctypes.py_object(PairTimeout)
                )

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["armed"] = False
        timer.cancel()
