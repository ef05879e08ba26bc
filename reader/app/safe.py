"""Text from outside made safe to show: file names, addresses, titles, messages, notes.

Everything the app shows that it did not write itself -- a file name, a URL, a page's
title or author, an error message with a path in it, a note of the pipeline -- may hold
ESC or OSC sequences, BEL, bidi controls, newlines or (from a file name that is not
valid UTF-8) lone surrogates.  :func:`name` keeps a file name one-for-one but makes
every such character visible (:func:`reader.inputs.shown`); :func:`line` makes any text
one line for a header, a dialog or a notification.  Both return plain strings: the
widgets show them as :class:`textual.content.Content`, never as markup.
"""

from __future__ import annotations

import re

from reader.inputs import shown

# what a terminal may act on, or cannot be encoded: C0 and C1 controls (not space-like
# ones), DEL, bidi controls, line separators, lone surrogates
UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)


def name(path: str) -> str:
    """A file name or address as it may be shown: control characters as control pictures,
    undecodable bytes as U+FFFD, each one character for one."""
    return shown(path)


def line(text: str, limit: int = 0) -> str:
    """Any outside text as one safe line (runs of white space made one space), cut to
    ``limit`` characters with an ellipsis when ``limit`` is set."""
    one = shown(" ".join(text.split()))
    return one if not limit or len(one) <= limit else one[: limit - 1] + "…"


def is_safe(text: str) -> bool:
    """Nothing in ``text`` that the terminal could act on (newlines and tabs aside)."""
    return UNSAFE.search(text) is None
