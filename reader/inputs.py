"""Inputs: read a file (or standard input) into text that is safe to show.

Why the care: users paste web pages, e-mails and exports from word processors.  We must
decode whatever they give us (saying what we did when it was not UTF-8), refuse what is
not text with one clear line, and make sure no byte of the input can drive the terminal
(ESC, bidi overrides) -- while keeping character offsets valid, so every sentence can
point back into the input.  Replacement is therefore one character for one character.
"""

from __future__ import annotations

import errno
import os
import selectors
import stat
import sys

from reader import markdown
from reader.loaded import InputError, Loaded, sanitize, shown

__all__ = ["InputError", "Loaded", "decode", "load", "load_text", "read_stdin", "sanitize", "shown"]


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes look like UTF-16 text with no byte-order
    mark: mostly Latin text, so one byte of nearly every pair is NUL, always the same one."""
    sample = data[: 8192 & ~1]
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd > 0.6 * pairs and even < 0.05 * pairs:
        return "utf-16-le"
    if even > 0.6 * pairs and odd < 0.05 * pairs:
        return "utf-16-be"
    return None


# Byte-order marks of UTF-32 and UTF-16; UTF-32's little-endian mark begins with UTF-16's,
# so it is tried first.
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        # UTF-16/32 text has NULs too: readable with a byte-order mark, or by its NUL pattern.
        return not sample.startswith(_UTF32_BOMS + _UTF16_BOMS) and _utf16_without_bom(data) is None
    controls = sum(1 for b in sample if b < 0x20 and b not in (9, 10, 12, 13, 27))
    return controls > max(8, len(sample) // 20)


def decode(data: bytes, source: str) -> Loaded:
    """Decode bytes to text: UTF-8 first, then the common single-byte fallbacks."""
    notes: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
        # keep offsets relative to the decoded text (the BOM is not text)
    elif data.startswith(_UTF32_BOMS):
        text, encoding = data.decode("utf-32", errors="replace"), "utf-32"
        notes.append("decoded as UTF-32 (byte-order mark)")
    elif data.startswith(_UTF16_BOMS):
        text, encoding = data.decode("utf-16", errors="replace"), "utf-16"
        notes.append("decoded as UTF-16 (byte-order mark)")
    elif (utf16 := _utf16_without_bom(data)) is not None:
        text, encoding = data.decode(utf16, errors="replace"), utf16
        notes.append(f"decoded as {encoding.upper()} (no byte-order mark)")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            lenient = data.decode("utf-8", errors="replace")
            bad = lenient.count("\ufffd")
            if any(ord(ch) > 0x7F and ch != "\ufffd" for ch in lenient) and bad <= max(
                3, len(lenient) // 1000
            ):
                # mostly UTF-8 (it has valid multi-byte characters) with a stray bad byte:
                # a single-byte decoding would garble every other accented letter
                text, encoding = lenient, "utf-8"
                notes.append(
                    f"not valid UTF-8 at byte {exc.start}; {bad} undecodable byte(s) shown as \ufffd"
                )
            else:
                try:
                    text, encoding = data.decode("cp1252"), "cp1252"
                except UnicodeDecodeError:
                    text, encoding = data.decode("latin-1"), "latin-1"
                notes.append(f"not valid UTF-8 (byte {exc.start}); decoded as {encoding} (Windows/Latin-1)")
    text, replaced = sanitize(text)
    if replaced:
        notes.append(f"replaced {replaced} control or bidi character(s) so they cannot reach the terminal")
    return Loaded(source, text, encoding, notes)


# The largest input read unless the caller lifts the limit: the whole Bible is 4.5 MB a
# side and a long saved web page 2 MB, so 32 MB is far beyond any article, and it stops
# /dev/zero or a mistaken log file before it fills the memory.
MAX_BYTES = 32 * 1024 * 1024
NO_LIMIT = 1 << 60  # what --max-size 0 means: more than any file, and limit + 1 still fits a read()
# How long a FIFO or other stream may stay silent before we say nobody is writing to it.
STREAM_WAIT_SECONDS = 10.0

_STAT_CAUSES = {
    errno.ENOENT: "no such file",
    errno.ENOTDIR: "no such file (a part of the path is not a folder)",
    errno.ELOOP: "symbolic link loop",
    errno.EACCES: "permission denied",
    errno.ENAMETOOLONG: "file name too long",
}


def _cause(exc: OSError) -> str:
    return _STAT_CAUSES.get(exc.errno or 0, exc.strerror or str(exc))


def _too_big(limit: int) -> str:
    mb = limit / (1024 * 1024)
    size = f"{mb:g} MB" if mb >= 1 else f"{limit:,} bytes"  # "--max-size 0.001": not "0 MB"
    return f"is larger than the {size} limit (--max-size to lift it)"


def _read_stream(fd: int, source: str, limit: int) -> bytes:
    """Read a FIFO or a character device without blocking forever or without end."""
    chunks: list[bytes] = []
    size = 0
    # poll, not epoll: epoll refuses devices that are always readable, as /dev/zero
    with selectors.PollSelector() as sel:
        sel.register(fd, selectors.EVENT_READ)
        while True:
            if not sel.select(STREAM_WAIT_SECONDS):
                if size:
                    break
                raise InputError(source, f"nothing to read after {STREAM_WAIT_SECONDS:.0f} s (no writer?)")
            try:
                chunk = os.read(fd, 1 << 16)
            except BlockingIOError:
                continue
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise InputError(source, _too_big(limit))
    return b"".join(chunks)


def _read_chunks(fd: int, source: str, limit: int) -> bytes:
    """Read to the end of a regular file, refusing it once it passes ``limit``."""
    chunks: list[bytes] = []
    size = 0
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise InputError(source, _too_big(limit))
    return b"".join(chunks)


def _read_file(source: str, limit: int) -> bytes:
    """The bytes of a path, refused with the cause when it is not a readable text source."""
    try:
        st = os.stat(source)
    except OSError as exc:
        raise InputError(source, _cause(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(source, "is a directory, not a text file")
    if stat.S_ISREG(st.st_mode) and st.st_size > limit:
        raise InputError(source, _too_big(limit))
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode)):
        raise InputError(source, "is not a regular file")
    try:
        fd = os.open(source, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise InputError(source, _cause(exc)) from None
    try:
        if stat.S_ISREG(st.st_mode):
            return _read_chunks(fd, source, limit)
        return _read_stream(fd, source, limit)
    except OSError as exc:
        raise InputError(source, _cause(exc)) from None
    finally:
        os.close(fd)


def _limit(max_bytes: int) -> int:
    """The byte limit a ``max_bytes`` option means: itself, or no limit for 0."""
    return max_bytes if max_bytes > 0 else NO_LIMIT


def read_stdin(stdin: bytes | None, max_bytes: int = MAX_BYTES) -> bytes:
    """Standard input (or the bytes already read from it), refused when absent or larger
    than ``max_bytes`` (0 lifts the limit, as for :func:`load`)."""
    limit = _limit(max_bytes)
    if stdin is not None:
        return stdin
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("<stdin>", "no standard input to read")
    try:
        fd = stream.fileno()
    except (OSError, ValueError, AttributeError):  # a stream in memory (tests, embedding)
        data: bytes = stream.read(limit + 1)
        if len(data) > limit:
            raise InputError("<stdin>", _too_big(limit)) from None
        return data
    try:
        return _read_chunks(fd, "<stdin>", limit)
    except OSError as exc:
        raise InputError("<stdin>", _cause(exc)) from None


def load(
    path: str | os.PathLike[str],
    *,
    stdin: bytes | None = None,
    max_bytes: int = MAX_BYTES,
    user_agent: str | None = None,
) -> Loaded:
    """Read ``path`` ('-' for standard input); raise :class:`InputError` with the cause.

    An http(s) address or a saved page (.html, .htm) goes to :mod:`reader.web`, which
    keeps the article's text and metadata and leaves the page's furniture behind; a
    Markdown file (.md) is read as the text it shows (:mod:`reader.markdown`).

    ``max_bytes`` bounds what is read (0 lifts the limit).  The source recorded in the
    result is the name as the user can see it (control characters and undecodable bytes
    made visible), so it can be shown and exported safely.
    """
    source = os.fspath(path)
    from reader import web

    if web.is_url(source) or web.is_page_file(source):
        return web.load_page(source, user_agent=user_agent)
    if source == "-":
        data = read_stdin(stdin, max_bytes)
        source = "<stdin>"
    else:
        data = _read_file(source, _limit(max_bytes))
    if not data.strip():
        raise InputError(source, "is empty" if not data else "holds only white space")
    if _looks_binary(data):
        raise InputError(source, "looks like a binary file, not text")
    loaded = decode(data, shown(source))
    if markdown.is_markdown_file(source):
        # read as the text it shows (see reader.markdown): markup inside a sentence cannot
        # be cut out of it with exact offsets, as the clean-up cuts page furniture
        text, notes = markdown.to_text(loaded.text)
        loaded = Loaded(loaded.source, text, loaded.encoding, [*loaded.notes, *notes])
    if not loaded.text.strip():
        raise InputError(source, "holds no text")
    return loaded


def load_text(text: str, source: str = "<text>") -> Loaded:
    """Wrap an in-memory string (library use, tests) the same way a file is loaded."""
    clean, replaced = sanitize(text)
    notes = [f"replaced {replaced} control or bidi character(s)"] if replaced else []
    return Loaded(source, clean, "utf-8", notes)
