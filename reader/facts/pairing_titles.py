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
    "manager|leader|editor|founder|head|"
    # ... and a profession before a name, traded the same way ("Actor Desmond Hale ... director Fiona
    # Aird" / "Director Desmond Hale ... actor Fiona Aird", ut264)
    "actor|actress|writer|author|novelist|singer|composer|producer|pilot|co-pilot|driver|co-driver|"
    "navigator|coach|prosecutor|barrister|solicitor|lawyer|attorney|judge|psychologist|psychiatrist|"
    "surgeon|doctor|nurse|architect|engineer|curator|conductor"
)
# the words of an office before its head ("Labour", "chief", "finance", "deputy"): one or two,
# capitalised or not, no function word ("signed off by chairman Annika Berg": "chairman", ut277)
_MODIFIER = (
    r"(?!(?:The|the|A|a|An|an|and|or|said|says|while|with|as|its|his|her|their|of|by|off|to|from|for)\b)"
    r"[A-Za-z][a-z]+"
)
# (a surname alone is read too, and kept when the article names that person in full: "summon
# procurement minister Drummond", ut276)
_NAME = r"[A-Z][\w'’-]*[a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*[a-z][\w'’-]*){0,2}"
# the head and the name after it, looked for first (most sentences hold none); then its words before
_HEAD_NAME = re.compile(
    r"\b(?:"
    + "|".join(f"[{h[0].upper()}{h[0]}]{h[1:]}|{h.upper()}" for h in _HEADS.split("|"))
    + rf")(?P<honorific>\s+(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?)?\s+(?P<name>{_NAME})"
)  # (an honorific between office and name: "Survey director Dr. Helena Strand", ut322)
_BEFORE_HEAD = re.compile(rf"(?<![\w'’-])(?:{_MODIFIER}\s+){{1,2}}$")
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


# how far before a name fact its office's head may start ("Chief financial officer Priya Raman")
_OFFICE_REACH = 45


_Told = tuple[int, str, str, str]  # (sentence, person, office, office and name as written)


def _by_sentence(told: list[_Told]) -> dict[int, dict[str, tuple[str, str]]]:
    """Each sentence -> each person it gives an office -> the first office it gives and as written."""
    out: dict[int, dict[str, tuple[str, str]]] = defaultdict(dict)
    for sid, who, office, shown in told:
        out[sid].setdefault(who, (office, shown))
    return out


def _told_offices(facts: Sequence[Sequence[Fact]], texts: Sequence[str]) -> list[_Told]:
    """Each office told of a person, in reading order.  Read only just before the names the facts
    found (the cheap way through a long text: most sentences name nobody with an office)."""
    out: list[_Told] = []
    full = {fold(w[-1]) for own in facts for f in own if f.kind == "name" and len(w := f.text.split()) > 1}
    for sid, (own, text) in enumerate(zip(facts, texts, strict=True)):
        spots = [(max(0, f.start - _OFFICE_REACH), f.end) for f in own if f.kind == "name"]
        for m in (m for lo, hi in spots for m in _HEAD_NAME.finditer(text, lo, hi)):
            if " " not in m.group("name") and fold(m.group("name")) not in full:
                continue  # a capitalised word alone that is no surname the article gives in full
            before = _BEFORE_HEAD.search(text, max(0, m.start() - 40), m.start())
            start = before.start() if before else m.start()
            words = list(re.finditer(r"\S+", text[start : m.start()]))
            while words and words[0].group().lower() in COUNT_STOP_WORDS:
                words = words[1:]  # "according to Finance Minister ...": "to" is no office
            start = start + words[0].start() if words else m.start()
            who = fold(m.group("name").split()[-1])
            office = text[start : m.start("honorific") if m.group("honorific") else m.start("name")].strip()
            out.append((sid, who, _office(office), text[start : m.end()]))
        for f in own:
            if f.kind == "name" and (told := _told_beside(text, f)) is not None:
                out.append((sid, fold(f.text.split()[-1]), _office(told[0]), told[1]))
    return out


# an office told beside a name in the other ways news writes it: after it set off by a comma
# ("Helen Marsh, the dean of Hallowmere", "Helen Marsh, the project's lead architect"), as what the
# person is or does a job as ("Raman is chief executive", "Feldt runs the company as chief executive"),
# or before it set off by a comma ("its chief executive, Lewis Banda"); the office is its head and
# the words of it before, a body's possessive left out (ut244, ut245)
_OWNER = r"(?:[\w'’-]+['’]s\s+|[A-Z][\w'’-]+\s+)?"  # ("the company's", "the Clydeport" chief executive)
_WORDS = r"(?:(?!(?:and|or|of|who|which|said|says)\b)[a-z][\w-]*\s+){0,2}?"
_HEAD = rf"(?:{_HEADS}|dean|architect|rector|coach|editor|judge|mayor)\b"
_APPOSED_AFTER = re.compile(
    rf",\s+(?:the|its|their|his|her)\s+{_OWNER}(?P<office>{_WORDS}{_HEAD})(?=\s+of\b|[,.;]|$)"
)
_IS = re.compile(
    rf"\s+(?:is|was)\s+(?:the\s+|its\s+|their\s+)?{_OWNER}(?P<office>{_WORDS}{_HEAD})(?=[,.;]|\s+(?:and|of)\b|$)"
)
_AS = re.compile(
    rf"(?:\s+[a-z]+){{1,3}}?\s+as\s+(?:its\s+|the\s+)?{_OWNER}(?P<office>{_WORDS}{_HEAD})(?=[,.;]|\s+(?:and|of|in|since)\b|$)"
)
_APPOSED_BEFORE = re.compile(rf"(?:\b[Tt]he|\b[Ii]ts|\b[Tt]heir)\s+{_OWNER}(?P<office>{_WORDS}{_HEAD}),\s+$")


def _told_beside(text: str, f: Fact) -> tuple[str, str] | None:
    """The office told of the name ``f`` beside it (the forms above) and the words as written."""
    after = text[f.end : f.end + 40]
    for pattern, hint in (
        (_APPOSED_AFTER, after.startswith(", ")),
        (_IS, " is " in after or " was " in after),
        (_AS, " as " in after),
    ):
        m = pattern.match(text, f.end) if hint else None  # (the cheap test first: most names have none)
        if m is not None:
            return m.group("office"), text[f.start : m.end("office")]
    m = (
        _APPOSED_BEFORE.search(text, max(0, f.start - 60), f.start)
        if text[f.start - 2 : f.start] == ", "
        else None
    )
    return (m.group("office"), text[m.start() : f.end]) if m is not None else None


def title_conflicts(
    left: Sequence[Sequence[Fact]],
    right: Sequence[Sequence[Fact]],
    left_texts: Sequence[str],
    right_texts: Sequence[str],
) -> list[tuple[int, int, Difference]]:
    """Two people each given the other's office, in each article one office each: a conflict on
    each person's sentences (left sentence, right sentence, difference)."""
    told_l, told_r = _told_offices(left, left_texts), _told_offices(right, right_texts)
    lo, ro = _offices_of(told_l), _offices_of(told_r)
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
    return out or _traded_in_one_sentence(_by_sentence(told_l), _by_sentence(told_r))


def _traded_in_one_sentence(
    by_l: dict[int, dict[str, tuple[str, str]]], by_r: dict[int, dict[str, tuple[str, str]]]
) -> list[tuple[int, int, Difference]]:
    """Two people each given the other's office in one sentence of each article ("call Drummond,
    the Clydeport chief executive, and Whitcombe, the minister" / "summon procurement minister
    Drummond and Clydeport chief executive Whitcombe", ut276), whatever offices other sentences
    give them: the sentence tells who holds which, and its rewrite turned that round."""
    for li, people_l in by_l.items():
        for ri, people_r in by_r.items():
            for p, q in combinations(sorted(people_l.keys() & people_r.keys()), 2):
                (pa, sa), (qa, ta), (pb, sb), (qb, tb) = people_l[p], people_l[q], people_r[p], people_r[q]
                if pa != qa and _one(pa, qb) and _one(qa, pb) and not _one(pa, pb):
                    note = "offices traded between two people: {} vs {}"
                    return [
                        (li, ri, Difference("name", a, b, note.format(a, b))) for a, b in ((sa, sb), (ta, tb))
                    ]
    return []


def _one(a: str, b: str) -> bool:
    """One office, its head alike and no other word of either against it ("procurement minister" /
    "minister", "Clydeport chief executive" / "chief executive")."""
    wa, wb = a.split(), b.split()
    return wa[-1] == wb[-1] and (set(wa) <= set(wb) or set(wb) <= set(wa))


def _offices_of(told: list[_Told]) -> dict[str, dict[str, tuple[int, str]]]:
    """Each person (the name's last word, folded) -> each office they are given (read as one name)
    -> the first sentence giving it and the office and name as written."""
    out: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
    for sid, who, office, shown in told:
        out[who].setdefault(office, (sid, shown))
    return out
