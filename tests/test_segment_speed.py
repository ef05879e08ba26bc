"""The fast form of the segmenter's sentence-end pattern finds what its plain form finds."""

from __future__ import annotations

import random
import re

from reader.segment import _CANDIDATE

# the plain form of segment._CANDIDATE
PLAIN_CANDIDATE = re.compile(r"(?:\.(?:[ \u00a0]\.){2,}|[.!?…]+)[\"'”’`)\]]*(?:\[\d{1,3}\])*(?=\s|$)")

TEXTS = [
    "The ferry left at noon. It sank!  Nobody knew why?! “We waited…” She said so.) Next.",
    "He paused . . . then spoke. Four dots. . . . The end.\u00a0.\u00a0.\u00a0. Gone",
    "A martyr.[1] Two refs.[12][3] A long one.[1234] Quoted.` Bracketed.] Done",
    "U.S. officials met on Dec. 10 in St. Louis. e.g. this, i.e. that...",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_candidate_finds_what_the_plain_pattern_finds() -> None:
    for text in TEXTS:
        assert _spans(_CANDIDATE, text) == _spans(PLAIN_CANDIDATE, text), text
    rng = random.Random(4)
    parts = [".", ". ", "\u00a0", "!", "?", "…", '"', "'", "”", "’", "`", ")", "]", "[1]", "[12]", "[1234]"]
    parts += ["a", " ", "\n", "x.", " . . .", ". . . ."]
    for _ in range(20_000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 15)))
        assert _spans(_CANDIDATE, text) == _spans(PLAIN_CANDIDATE, text), repr(text)
