"""A sum of money of one named thing, told two ways across the articles ("the $732 billion
bill" / "the $740 billion bill").

:mod:`reader.facts.pairing` pairs two sums when two words around them are shared, which
a sum written as the name of its thing ("the $1.2 trillion package", "a $3 million bond",
"a five-year, $70 million contract") seldom has: the thing is one noun.  Here the sum is
paired by that noun, the head of the words right after it (up to three, the last before a
function word or punctuation: "the $732 billion defense *bill*").  Two bills or two
contracts of one story are common ("a $1.2 trillion infrastructure bill until Congress
passes the $3.5 trillion package"), so a conflict needs:

* the same currency and head noun on both sides, and not two kinds of it (the words
  before the noun, when both sides give some, share one: "infrastructure bill" /
  "spending bill" are two bills);
* exactly one sum for that noun in each article (an article naming two bills, or the
  first and the second offer, pairs none of them);
* not two different payers or parties: neither sentence names, in the clause of its sum,
  someone the other article never mentions while the other does the same ("the Nationals'
  $160 million offer" / "the Red Sox's $200 million offer"; a senator who voted against the
  bill, in another clause, is no party to it);
* the noun may be any of the words after the sum, not only the last before a function word
  ("the $740 billion bill funds the Pentagon");
* figures of one scale (within :data:`RATIO`; a bill of $35 billion and one of $447
  billion are two bills), that disagree at the coarser precision written ("$732 billion"
  / "$732.5 billion" agree).

The sentences that first give each sum are reported; the quantity gate
(:func:`reader.facts.credible`) then checks them like any sum.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.facts.compare_numbers import quantities_compatible
from reader.facts.pairing_items import STOP, clause_bounds
from reader.facts.values import amount
from reader.lang import MONTHS, WEEKDAYS
from reader.model import Difference, Fact
from reader.textnorm import fold

# two sums of one thing told two ways are close; two things of one kind seldom are
RATIO = 1.5
# the words right after a sum, up to the first function word or punctuation
_AFTER = re.compile(r"\s+((?:[a-z][a-z'-]*\s+){0,2}[a-z][a-z'-]*)")
# words after a sum that are no thing it is the sum of
_NOT_THINGS = frozenset(
    """in for of to from on at by with and or a an the each per apiece annually yearly
    cash more less worth total overall plus""".split()
)
_WHEN = frozenset(w[:5] for w in (*WEEKDAYS, *MONTHS))
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass(frozen=True, slots=True)
class Sum:
    """A sum of money named for its thing, in one sentence."""

    sid: int
    fact: Fact
    head: str  # the thing's noun, folded and cut to 5 letters
    mods: frozenset[str]  # the words between the sum and its noun ("defense"), folded


def _heads(text: str, f: Fact) -> list[tuple[str, frozenset[str]]]:
    """The nouns a sum may name, each with the words before it: "the $732 billion defense
    *bill*" (the last word before a function word, "defense" before it), and the words
    before that one too, since the last may be a verb ("the $740 billion *bill* funds the
    Pentagon")."""
    m = _AFTER.match(text, f.end)
    if m is None:
        return []
    words: list[str] = []
    for w in m.group(1).split():
        if w in _NOT_THINGS or w in STOP or w.endswith(("ed", "ing", "ly")):
            break
        words.append(w)
    return [
        (fold(w)[:5], frozenset(fold(x)[:5] for x in words[:i])) for i, w in enumerate(words) if len(w) >= 3
    ]


def _sums(texts: Sequence[str], facts: Sequence[Sequence[Fact]]) -> dict[tuple[str, str], list[Sum]]:
    """Each (currency, noun) an article gives exactly one sum for, its sums in order."""
    by: dict[tuple[str, str], list[Sum]] = {}
    for sid, text in enumerate(texts):
        for f in facts[sid] if sid < len(facts) else []:
            if f.kind == "money" and f.bound == "=":
                for head, mods in _heads(text, f):
                    by.setdefault((f.unit, head), []).append(Sum(sid, f, head, mods))
    return {k: v for k, v in by.items() if len({float(amount(s.fact)) for s in v}) == 1}


def _names(facts: Sequence[Fact], known: set[str] | None = None) -> set[str]:
    """The words of the names given (folded, 5 letters), days and months aside; a
    sentence's capitalised first word only when the article also names it inside a
    sentence (``known``): "Lawmakers passed" names nobody, "United have made" may."""
    words = set()
    for f in facts:
        if f.kind == "name":
            own = {fold(w.lower())[:5] for w in _WORD.findall(f.text) if len(w) > 2}
            words |= own if not f.sentence_initial else own & (known or set())
    return words - _WHEN


# a payer or party is named in the clause of its sum ("The Rovers made Ali Demir a $40 million
# offer"); a name in another clause of the sentence is the story's ("Sen. Rand Paul (R-Ky.),
# who voted against the $732 billion bill, said ...")
def _near(text: str, facts: Sequence[Fact], s: Sum) -> list[Fact]:
    """The facts of a sentence in the clause of a sum (:func:`clause_bounds`)."""
    lo, hi = clause_bounds(text, s.fact.start, s.fact.end)
    return [f for f in facts if f.start >= lo and f.end <= hi]


def _apart(a: set[str], b: set[str], known_a: set[str], known_b: set[str]) -> bool:
    """Do two sentences name two different payers or parties: each a name the other
    article never mentions?"""
    return bool(a - known_b) and bool(b - known_a)


def _differ(a: Fact, b: Fact) -> bool:
    va, vb = abs(float(amount(a))), abs(float(amount(b)))
    if not va or not vb or max(va, vb) > RATIO * min(va, vb):
        return False
    return not quantities_compatible(a, b)


def sum_conflicts(
    left: Sequence[Sequence[Fact]],
    right: Sequence[Sequence[Fact]],
    left_texts: Sequence[str],
    right_texts: Sequence[str],
) -> list[tuple[int, int, Difference]]:
    """(left sentence, right sentence, difference) for each thing the two articles give
    two sums of; one per thing, at the first mention on each side."""
    ls = _sums(left_texts, left)
    if not ls:
        return []
    rs = _sums(right_texts, right)
    known_l = _names([f for fs in left for f in fs])
    known_r = _names([f for fs in right for f in fs])
    out: list[tuple[int, int, Difference]] = []
    told: set[tuple[int, int, int, int]] = set()  # two sums paired already, under another noun
    for key in sorted(ls.keys() & rs.keys()):
        a, b = ls[key][0], rs[key][0]
        pair = (a.sid, a.fact.start, b.sid, b.fact.start)
        if pair in told:
            continue
        if not _differ(a.fact, b.fact) or (a.mods and b.mods and a.mods.isdisjoint(b.mods)):
            continue  # told alike, or two things ("infrastructure bill" / "budget bill")
        na = _names(_near(left_texts[a.sid], left[a.sid], a), known_l)
        nb = _names(_near(right_texts[b.sid], right[b.sid], b), known_r)
        if _apart(na, nb, known_l, known_r):
            continue
        note = f"amount: {a.fact.text} vs {b.fact.text}"
        told.add(pair)
        out.append((a.sid, b.sid, Difference("amount", a.fact.text, b.fact.text, note)))
    return out
