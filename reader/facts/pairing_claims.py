"""A claim one article states and the other denies, found across the whole articles.

"No formal charges have been filed against Mr. Ortiz" in one account and "Ortiz has been
charged with fraud" in the other tell one fact two ways, whether or not an aligner put
the two sentences together.  Inside a link :func:`reader.facts.discrepancies.negation_diffs`
already compares a sentence with its partner; here every sentence that denies something
is checked against the sentences of the other article that state it, with more asked of
a pair nobody linked:

* the other sentence states the act as done, a participle after an auxiliary ("has been
  charged", "were arrested"), not a mention ("a ban", "to pass");
* the denying sentence names the one the act is stated of (the last name before the
  act: "Ortiz has been charged"), so "no charges were filed" against one man is not set
  against another man "charged" in the same city;
* the two share two more content words beyond the predicate (the rule of a link).

Each sentence is in at most one such conflict, the first in reading order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.contractions import as_written, joined
from reader.facts.negation import denial, stem
from reader.facts.negation_hint import negates
from reader.facts.negation_words import REPORTING
from reader.facts.pairing_items import WORD
from reader.model import Difference, Fact

# an act stated as done: an auxiliary and a participle ("has been charged", "was arrested")
_STATED = re.compile(r"\b(?:is|are|was|were|has|have|had|been|be)\s+([a-z]+(?:ed|en))\b")
# at most this many sentences of the other article are checked against one denial
PARTNERS_MAX = 50


def _name_words(names: Sequence[Fact]) -> frozenset[str]:
    """Folded stems of the words of some names."""
    return frozenset(stem(w.lower()) for f in names for w in WORD.findall(f.text) if len(w) > 2)


def _subjects(text: str, facts: Sequence[Fact]) -> frozenset[str]:
    """The name each act stated as done is told of: the last name before it ("Mr. Ortiz
    has been charged"; "a court in Lyon" later in the sentence is not who was charged)."""
    names = [f for f in facts if f.kind == "name"]
    out: list[Fact] = []
    for m in _STATED.finditer(text.lower()):
        before = [f for f in names if f.end <= m.start()]
        if before:
            out.append(before[-1])
    return _name_words(out)


def _denier(text: str, span: str, facts: Sequence[Fact]) -> frozenset[str] | None:
    """Who a denial is told of: for a negated verb ("the club did not pay"), the last name
    before it (an empty set when none is named: a pronoun or a noun); for "no charges
    were filed", nobody in particular (an empty set).  None when the span is not found."""
    at = text.find(span)
    if at < 0:
        return None
    if span.split()[0].lower() in ("no", "nobody", "none"):
        return frozenset()
    before = [f for f in facts if f.kind == "name" and f.end <= at]
    return _name_words(before[-1:]) if before else frozenset()


def _one_direction(
    deny_facts: Sequence[Sequence[Fact]],
    state_facts: Sequence[Sequence[Fact]],
    deny_texts: Sequence[str],
    state_texts: Sequence[str],
) -> list[tuple[int, int, str, str]]:
    """(denying sentence, stating sentence, denied span, stated span)."""
    index: dict[str, list[int]] = {}
    for j, t in enumerate(state_texts):
        for m in _STATED.finditer(t.lower()):
            index.setdefault(stem(m.group(1)), []).append(j)
    if not index:
        return []
    out: list[tuple[int, int, str, str]] = []
    used: set[int] = set()
    subjects_of: dict[int, frozenset[str]] = {}  # a stating sentence is a candidate of many
    for i, t in enumerate(deny_texts):
        if not negates(joined(t)):
            continue
        stems = {stem(w.lower()) for w in WORD.findall(t)}
        cands = sorted({j for s in stems for j in index.get(s, ())} - used)[:PARTNERS_MAX]
        if not cands:
            continue
        facts_i = deny_facts[i] if i < len(deny_facts) else []
        names_i = _name_words([f for f in facts_i if f.kind == "name"])
        for j in cands:
            if j not in subjects_of:
                subjects_of[j] = _subjects(state_texts[j], state_facts[j] if j < len(state_facts) else [])
            subjects = subjects_of[j]
            if names_i.isdisjoint(subjects):
                continue  # the act is told of someone the denial does not name
            # a contraction printed apart ("hadn’ t") is read joined on both sides
            jt, js = joined(t), joined(state_texts[j])
            got = denial(jt, js, stated=True)
            if got is None or stem(got[1].lower()) in REPORTING:
                continue
            got = (as_written(got[0], jt, t), as_written(got[1], js, state_texts[j]))
            # "Ortiz did not ...": the one who does not act must be the one said to act
            who = _denier(t, got[0], facts_i)
            if who is None or (who and who.isdisjoint(subjects)):
                continue
            used.add(j)
            out.append((i, j, got[0], got[1]))
            break
    return out


def claim_conflicts(
    left: Sequence[Sequence[Fact]],
    right: Sequence[Sequence[Fact]],
    left_texts: Sequence[str],
    right_texts: Sequence[str],
) -> list[tuple[int, int, Difference]]:
    """(left sentence, right sentence, difference) for each claim one side states and the
    other denies; swapping the articles swaps the sides."""
    found: dict[tuple[int, int], tuple[str, str]] = {}
    for li, ri, deny, state in _one_direction(left, right, left_texts, right_texts):
        found[(li, ri)] = (deny, state)
    for ri, li, deny, state in _one_direction(right, left, right_texts, left_texts):
        found.setdefault((li, ri), (state, deny))
    out = []
    for (li, ri), (a, b) in sorted(found.items()):
        note = f"one side denies what the other states: {a} vs {b}"
        out.append((li, ri, Difference("negation", a, b, note)))
    return out
