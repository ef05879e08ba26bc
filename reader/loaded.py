"""Text safe to show: what every input becomes, and the error that refuses one.

``Loaded`` is a decoded input (a file, standard input, a web page); ``sanitize`` replaces
control and bidi characters one for one, so offsets still hold and nothing in a file can
drive the terminal; ``shown`` makes a file name or any outside string safe for one line;
``InputError`` is the one-line refusal that names the input and the cause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.model import Meta


class InputError(Exception):
    """A file we cannot read as text; ``str()`` is the one-line message for the user."""

    def __init__(self, source: str, cause: str) -> None:
        # a file name is input too: it must not carry a newline or an escape to the terminal
        super().__init__(f"{shown(source)}: {cause}")
        self.source = source
        self.cause = cause


@dataclass(slots=True)
class Loaded:
    source: str
    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)
    meta: Meta | None = None  # title, author, date, outlet of a web page


# Bidi embedding/override/isolate controls and other invisible format characters that can
# reorder or hide text on screen ("Trojan source").  Zero-width joiners stay: emoji need them.
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_KEEP = {"\n", "\t", "\r"}


def _safe_char(ch: str) -> str:
    """The visible stand-in for one unsafe character (always exactly one character)."""
    code = ord(ch)
    if ch in _KEEP:
        return ch
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control picture" for it: visible, one char
    if code == 0x7F:
        return "\u2421"
    if 0x80 <= code < 0xA0 or ch in _BIDI:
        return "\ufffd"
    return ch


def _unsafe_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]:
        ch = chr(code)
        if ch not in _KEEP:
            table[code] = _safe_char(ch)
    for ch in _BIDI:
        table[ord(ch)] = "\ufffd"
    # Unicode line and paragraph separators: line breaks to str.splitlines but not to the
    # rest of the pipeline or the terminal; make them the newline they mean.
    table[0x2028] = table[0x2029] = "\n"
    # Lone surrogates (only from in-memory strings) cannot be written out as UTF-8.
    for code in range(0xD800, 0xE000):
        table[code] = "\ufffd"
    return table


_TABLE = _unsafe_table()


_LONE_CR = re.compile(r"\r(?!\n)")


def sanitize(text: str) -> tuple[str, int]:
    """Replace control and bidi characters one-for-one; return the text and how many.

    A carriage return not followed by a newline (old Mac line ends, or a trick to overwrite
    a terminal line) becomes a newline; CRLF stays as it is.
    """
    clean = text.translate(_TABLE)
    if "\r" in clean:
        clean = _LONE_CR.sub("\n", clean)
    if clean == text:
        return text, 0
    return clean, sum(1 for a, b in zip(text, clean, strict=True) if a != b)


def shown(name: str) -> str:
    """A file name made safe for a one-line message and for a UTF-8 export: control
    characters and newlines shown as control pictures, undecodable bytes as U+FFFD."""
    return sanitize(name)[0].replace("\n", "\u2424").replace("\r", "\u240d").replace("\t", "\u2409")
