"""A speaker conflict told once: one person's quotation that runs over two sentences, given to
another person, conflicts in each passage that holds a piece of it ("Vogel said. \"We shot 38
percent in the second half.\"" / "Booker said. \"We shot 38% ...\""): one misattribution, shown
at its first passage only.  A pass over the comparison's links, as
:mod:`reader.comparison` builds them.
"""

from __future__ import annotations

from reader.facts.namewords import person
from reader.model import Link
from reader.textnorm import fold


def speaker_told_once(links: list[Link]) -> list[Link]:
    """The links, a speaker conflict dropped where the same passage or the one right before on
    the left (the sentence before) already shows the same two speakers."""
    last: dict[tuple[str, str], int] = {}  # (left speaker, right speaker) -> its last left sentence
    for link in sorted(links, key=lambda k: k.left[:1]):
        if not link.left:
            continue
        kept = []
        for d in link.differences:
            pair = (_surname(d.left), _surname(d.right))  # "Dr. Maria Lindqvist" / "Maria Lindqvist"
            if d.kind == "speaker" and pair in last and link.left[0] - last[pair] <= 1:
                last[pair] = link.left[-1]
                continue
            if d.kind == "speaker":
                last[pair] = link.left[-1]
            kept.append(d)
        if len(kept) != len(link.differences):
            link.differences = kept
            link.relation = "conflict" if kept else "shared"
    return links


def _surname(speaker: str) -> str:
    words = person(speaker).split()
    return fold(words[-1]) if words else ""
