"""Writing files so that nothing is ever half-written: one routine for every writer.

The command line's exports, the app's exports and the config file all go through
``write_atomic``. A regular file is written to a temporary file beside it and renamed
over it, so a reader (or a crash, or a kill -9) sees the old file or the new one, never
half of one. The temporary file's name says whose it is and which process made it
(``.NAME.reader-PID.tmp``), so a later run can remove one left behind by a process that
died (``clean_stale``) without touching anybody else's files.

What the path names is respected rather than replaced: a symbolic link is written
through (its target is renamed over, the link stays), and a FIFO, a terminal or a
``/dev/stdout``-like device is written in place, since a rename would put a regular
file where the device was.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from pathlib import Path

_TMP = re.compile(r"^\.(?P<name>.+)\.reader-(?P<pid>\d+)\.tmp$")


def temp_name(path: str | os.PathLike[str]) -> str:
    """The temporary file ``write_atomic`` uses for ``path`` in this process."""
    p = os.fspath(path)
    return os.path.join(os.path.dirname(p), f".{os.path.basename(p)}.reader-{os.getpid()}.tmp")


def _alive(pid: int) -> bool:
    """Is process ``pid`` still running?  A zombie is not: it was killed or ended and only
    waits for a parent to read its status, which a container's first process may never do."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            state = fh.read().rpartition(")")[2].split()[0]  # the name in () may hold spaces
    except (OSError, IndexError):
        return True  # no /proc here: the signal's answer stands
    return state not in ("Z", "X")


def _started_after(pid: int, entry: os.DirEntry[str]) -> bool:
    """Did process ``pid`` start after the file was last written?  Then the number was given
    again to a new process, and the writer is gone (a busy machine reuses numbers quickly).
    Read from /proc where there is one; elsewhere, no."""
    try:
        started = os.stat(f"/proc/{pid}").st_mtime
        return started > entry.stat().st_mtime + 1.0
    except OSError:
        return False


def clean_stale(directory: str | os.PathLike[str]) -> list[str]:
    """Remove our temporary files in ``directory`` whose process is gone; returns their names."""
    removed: list[str] = []
    with contextlib.suppress(OSError), os.scandir(directory) as entries:
        for entry in entries:
            m = _TMP.match(entry.name)
            pid = int(m["pid"]) if m else 0
            if m and pid != os.getpid() and (not _alive(pid) or _started_after(pid, entry)):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(entry.name)
    return removed


def _mode_for_new_file() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically; raises OSError, leaving no litter.

    A new file gets the permissions any program's new file gets (0666 less the umask);
    an existing one keeps its own.
    """
    target = os.path.realpath(path)  # through symbolic links: the link stays a link
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(21, "Is a directory", os.fspath(path))
        with open(target, "w", encoding="utf-8") as fh:  # a FIFO or a device: write in place
            fh.write(text)
        return
    clean_stale(os.path.dirname(target) or ".")
    tmp = temp_name(target)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode) if st is not None else _mode_for_new_file())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_atomic_path(path: Path, text: str) -> None:
    """``write_atomic`` creating the parent folders first (for files of our own, as the config)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, text)
