"""Do the words near two values say they measure one thing?  The gate's question
(:func:`reader.facts.gate.credible`) for two figures of a linked pair: the words either side of
each share a word or a figure, or both sentences state one large sum the one value of each is
measured against, or each is the one figure of its kind of its sentence and the clauses that
hold them share a word."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.measures import measure_units
from reader.facts.twin_values import told_as_change
from reader.lang import COUNT_STOP_WORDS
from reader.model import Fact

# a word less its ending, cut to this many letters, stands for the word ("regulation"/
# "regulations"); five letters made "government" and "governance" one word
STEM = 7
_ENDING = re.compile(r"(?:ing|ed|es|e|s)$")


def _figures(words: list[tuple[str, bool]]) -> set[str]:
    """The figures of three digits or more among the words near a value: a year ("projected in
    2025"), a price both tell beside it ("at $999 with 256GB" / "999 dollars and comes with 512GB")."""
    return {w.lstrip("$€£") for w, _ in words if sum(c.isdigit() for c in w) >= 3}


def said_of_one(
    wa: list[tuple[str, bool]],
    wb: list[tuple[str, bool]],
    fa: tuple[Fact, Sequence[Fact]],
    fb: tuple[Fact, Sequence[Fact]],
    texts: tuple[str, str] | None = None,
) -> bool:
    """Do the words near two values share a word or a figure, or do both sentences state one
    large sum the one value of each is measured against?  Or is each value the one figure of
    its kind in its sentence, its clause (``texts``: the two sentences) sharing a word with
    the other's: "A$4.6 billion will go towards expanding the shipyard at Osborne" / "Some
    A$2.9 billion of the submarine money is for expanding the Osborne shipyard" (a rewrite
    moves the words that say what a figure measures beyond the six either side of it)."""
    if (stems(wa) & stems(wb)) - _MEASURE_STEMS or _figures(wa) & _figures(wb):
        return True
    if (
        texts is not None
        and (start := _moved_from(texts[0], fa[0]))
        and start == _moved_from(texts[1], fb[0])
    ):
        return True  # "from 24 percent to 28 percent" / "from 24% to 26%": one move from one figure
    if not (_alone_of_kind(*fa) and _alone_of_kind(*fb)):
        return False
    if _same_sums(fa[1], fb[1]) and not _change_and_level(fa[0], fb[0], texts):
        return True
    if texts is None or not (_named_value(fa[0]) and _named_value(fb[0])):
        return False
    sa, sb = (
        stems(_clause(texts[0], fa[0])) - _MEASURE_STEMS,
        stems(_clause(texts[1], fb[0])) - _MEASURE_STEMS,
    )
    shared = len(sa & sb)
    return shared >= CLAUSE_SHARED_MIN and shared >= CLAUSE_SHARED_SHARE * min(len(sa), len(sb))


def _change_and_level(a: Fact, b: Fact, texts: tuple[str, str] | None) -> bool:
    """Are two shares a change and a level, two measures of one sum ("up 5 percent" / "an
    operating margin of 12 percent")?  Asked of a linked pair only (``texts``)."""
    if texts is None or a.kind != "percent":
        return False
    return told_as_change(texts[0], a) != told_as_change(texts[1], b)


# a move's start told just before its end: "from 24 percent to", "from $1.2 million to"
_FROM = re.compile(
    r"\bfrom\s+[$€£]?(\d[\d,]*(?:\.\d+)?)\s*(?:%|percent|per\s+cent)?(?:\s+(?:million|billion))?\s+to\s+$",
    re.I,
)


def _moved_from(text: str, f: Fact) -> str:
    """The figure a value moved from, written just before it ("from 24 percent to 28"), or ''."""
    m = _FROM.search(text, max(0, f.start - 40), f.start)
    return m.group(1).replace(",", "") if m else ""


# the clauses of two lone figures tell one thing when they share this many words, and this share
# of the shorter clause's words at least: "expanding the shipyard at Osborne in South Australia"
# / "expanding the Osborne shipyard in South Australia" (5 of 7) do; two sums of one story
# ("move $8 billion ... toward construction of the wall" / "divert $3.6 billion from military
# construction projects to the wall", 2 of 7; "$240 million to sign pitchers CC Sabathia" /
# "the $161 million ... that CC Sabathia received from the Yankees", 3 of 12) do not
CLAUSE_SHARED_MIN = 3
CLAUSE_SHARED_SHARE = 0.5


# where a clause ends: a stop, a colon or semicolon, a comma, a dash, a relative word
_CLAUSE_END = re.compile(r"[.;:,\u2013\u2014]\s|\s(?:where|which|who|while|whereas)\s")
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")


def _clause(text: str, f: Fact) -> list[tuple[str, bool]]:
    """The words of the clause that holds ``f`` (its own words left out), as the window's."""
    if not text:
        return []
    cuts = [m for m in _CLAUSE_END.finditer(text)]
    start = max((m.end() for m in cuts if m.end() <= f.start), default=0)
    end = min((m.start() for m in cuts if m.start() >= f.end), default=len(text))
    words = [*_TOKEN.finditer(text, start, f.start), *_TOKEN.finditer(text, f.end, end)]
    return [(m.group(), False) for m in words]


def _named_value(f: Fact) -> bool:
    """A sum, a share or a count of a thing ("26 Somali crewmembers"), not a bare figure ("on
    10 Nov 11": a day the date reader missed)."""
    return f.kind != "number" or bool(f.unit)


def _alone_of_kind(f: Fact, facts: Sequence[Fact]) -> bool:
    return sum(1 for g in facts if g.kind == f.kind) == 1


# a sum both sentences state, this large at least: what the one share of each is measured
# against ("4.8 percent larger than the current year's spending plan of $393.7 million" /
# "3.8 percent more than the $393.7 million the city is spending this year"); a year is none
SHARED_SUM_MIN = 10_000.0


def _same_sums(left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Do both sentences state one sum of money or a large count, the same?"""

    def sums(facts: Sequence[Fact]) -> set[tuple[str, object, str]]:
        return {
            (f.kind, f.value, f.unit)
            for f in facts
            if f.kind in ("money", "number") and isinstance(f.value, float) and f.value >= SHARED_SUM_MIN
        }

    return bool(sums(left) & sums(right))


def stems(words: list[tuple[str, bool]]) -> set[str]:
    out = set()
    for w, _ in words:
        for part in w.lower().split("-"):
            part = re.sub(r"['’]s$", "", part)
            if part.isalpha() and part not in COUNT_STOP_WORDS and len(part) > 1:
                out.add(_stem(part))
    return out


def _stem(part: str) -> str:
    return _ENDING.sub("", part)[:STEM] if len(part) > 4 else part


# a unit of measure near both values says what dimension they measure, not what thing
# ("chased him for 30 miles" / "about 50 miles north of here"): no shared context
_MEASURE_STEMS = frozenset(_stem(u) for u in measure_units() if u.isalpha())
