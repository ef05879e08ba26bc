"""A contraction printed apart after its apostrophe ("didn’ t", "hadn’ t", "can’ t"): a
tokenizer's trace in scraped corpora (26 of the 999 articles of the news material).

Read joined, it is the contraction: the space moves after the "t", so the text keeps its
length and every offset stays where it was; a span found in the joined text maps back to
the words as the article writes them.
"""

from __future__ import annotations

import re

_SPLIT_CONTRACTION = re.compile(r"(?<=n['’])(\s+)t\b")


def joined(text: str) -> str:
    """``text`` with each contraction printed apart joined ("didn’ t" -> "didn’t "), the
    same length."""
    if "’ t" not in text and "' t" not in text:
        return text
    return _SPLIT_CONTRACTION.sub(lambda m: "t" + m.group(1), text)


def as_written(span: str, joined_text: str, text: str) -> str:
    """The words of ``text`` where ``span`` stands in ``joined_text``, its joined form (same
    length)."""
    at = joined_text.find(span)
    return text[at : at + len(span)] if at >= 0 and span not in text else span
