"""Two people's offices traded across the articles: "Labour Minister Ines Carvalho ... Finance
Minister Paulo Reis" / "Finance Minister Ines Carvalho ... Labour Minister Paulo Reis".

Outlets give one person whichever of their offices fits, so one person with two titles in two
articles is no conflict (:mod:`reader.facts.title_swap` reads that inside a kept sentence). But
two people named with each other's office, each article giving each of them one office only, is
a fact turned round: who is chief executive and who is chairman, which minister holds which
portfolio.  The office is the run of words right before a name that ends in an office's head
word ("chief executive Anita Sorensen", "Climate Minister Sofia Lindqvist"); a few names of one
office are read as one (:data:`_SAME_OFFICE`: "CFO", "finance chief", "chief financial officer").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import combinations

from reader.lang import COUNT_STOP_WORDS
from reader.model import Difference, Fact
from reader.textnorm import fold

# the last word of an office before a name
_HEADS = (
    "minister|secretary|chairman|chairwoman|chair|executive|officer|chief|director|president|"
    "governor|commissioner|treasurer|ceo|cfo|coo|captain|spokesman|spokeswoman|spokesperson|"
    "manager|leader|editor|founder|head"
)
# the words of an office before its head ("Labour", "chief", "finance", "deputy"): one or two,
# capitalised or not, no function word
_MODIFIER = r"(?!(?:The|the|A|a|An|an|and|or|said|says|while|with|as|its|his|her|their|of)\b)[A-Za-z][a-z]+"
_NAME = r"[A-Z][\w'’-]*[a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*[a-z][\w'’-]*){1,2}"
_TITLED = re.compile(rf"\b(?P<office>(?:{_MODIFIER}\s+){{0,2}}(?i:{_HEADS}))\s+(?P<name>{_NAME})")
# names of one office, each read as the first
_SAME_OFFICE = (
    ("chief executive", "chief executive officer", "ceo"),
    ("chief financial officer", "cfo", "finance chief", "finance director", "chief finance officer"),
    ("chief operating officer", "coo"),
    ("chairman", "chairwoman", "chair"),
)
_ONE_OFFICE = {name: group[0] for group in _SAME_OFFICE for name in group}


def _office(words: str) -> str:
    low = " ".join(fold(words).split())
    return _ONE_OFFICE.get(low, low)


def _offices(texts: Sequence[str]) -> dict[str, dict[str, tuple[int, str]]]:
    """Each person named after an office (by the name's last word, folded) -> each office they
    are given (read as one name) -> the first sentence giving it and the office and name as
    written."""
    out: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
    for sid, text in enumerate(texts):
        for m in _TITLED.finditer(text):
            words = list(re.finditer(r"\S+", m.group("office")))
            while len(words) > 1 and words[0].group().lower() in COUNT_STOP_WORDS:
                words = words[1:]  # "according to Finance Minister ...": "to" is no office
            start = m.start("office") + words[0].start()
            who = fold(m.group("name").split()[-1])
            office = text[start : m.end("office")]
            out[who].setdefault(_office(office), (sid, text[start : m.end()]))
    return out


def title_conflicts(
    left: Sequence[Sequence[Fact]],
    right: Sequence[Sequence[Fact]],
    left_texts: Sequence[str],
    right_texts: Sequence[str],
) -> list[tuple[int, int, Difference]]:
    """Two people each given the other's office, in each article one office each: a conflict on
    each person's sentences (left sentence, right sentence, difference)."""
    del left, right  # the offices are read from the words
    lo, ro = _offices(left_texts), _offices(right_texts)
    alone = {who: (next(iter(lo[who])), next(iter(ro[who]))) for who in lo.keys() & ro.keys()}
    alone = {who: pair for who, pair in alone.items() if len(lo[who]) == len(ro[who]) == 1}
    out = []
    for p, q in combinations(sorted(alone), 2):
        (p_left, p_right), (q_left, q_right) = alone[p], alone[q]
        if p_left == p_right or p_left != q_right or q_left != p_right:
            continue
        for who, (a, b) in ((p, alone[p]), (q, alone[q])):
            (li, shown_a), (ri, shown_b) = lo[who][a], ro[who][b]
            note = f"offices traded between two people: {shown_a} vs {shown_b}"
            out.append((li, ri, Difference("name", shown_a, shown_b, note)))
    return out
