"""The length of one person's sentence, term or suspension, told two ways across the articles
("served four and a half months in prison" / "was sentenced to four months").

Durations are not paired in general: "two months since the testimony" and "a five-month
sentence" measure two spans.  A duration tied to one act by its own noun or verb is
different: a prison sentence, a suspension, a ban is one length per person and act.  A
term is read only where its words say which act it is (:data:`_FORMS`):

* a prison sentence: "sentenced (him) to 12 years", "a 12-year (prison) sentence",
  "a five-year prison term", "12 years in prison / behind bars";
* time served: "served four and a half months in prison", "served 30 days of a ...
  sentence", "served a reduced sentence of four months"
  (a time served may be shorter than the sentence, never longer: served 4 months of a
  six-month sentence is no conflict, served 7 of a six-month one is);
* a suspension ("suspended for 60 days", "a 30-day suspension") and a ban ("banned for
  two years"), each its own act ("a six-week ban" is a limit of a law, not a length).

Not terms: a possible or asked-for one ("faces up to five years", "could be sentenced to",
"prosecutors sought 10 years", "a maximum of", "if convicted"), a hedged one ("at least
45 years"), probation, house arrest, community service, a suspended sentence.

The person is the one named right after "sentenced" ("sentencing Roe to 12 years"), else
the person named last before the term in the sentence, else (for "he", "she") the person
named last in the sentence before.  A conflict needs one person (surname, and first name
when both articles give one) with exactly one length of the act in each article (two
sentences of one person, for two crimes, are never paired), and the lengths differ.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.facts.extract_numbers import parse_number
from reader.facts.pairing_family import named_before, person
from reader.facts.pairing_items import one_person, told_once
from reader.facts.tables import DUR_UNITS, NUM
from reader.facts.values import half_unit_apart
from reader.model import Difference, Fact
from reader.textnorm import lowered_exact

# a length: "12 years", "four and a half months", "a year", "30-day", "18 months'"
_DUR = (
    rf"(?<![/\d]\s)(?<![/\d])(?P<n>{NUM}|an?|one)(?P<half>\s+and\s+a\s+half|\s+1/2|½)?[-\s]"
    r"(?P<unit>day|week|month|year)s?(?:['’])?(?:[-\s]and[-\s]a[-\s]half)?"
)
_IN_PRISON = r"(?:in\s+(?:a\s+)?(?:federal\s+|state\s+)?(?:prison|jail)|behind\s+bars)"
_FORMS: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    ("served", ("served",), re.compile(
        rf"\bserved\s+(?:only\s+|just\s+)?{_DUR}(?=\s+(?:{_IN_PRISON}|of\s+(?:a|an|his|her|the)\b))", re.I
    )),
    ("served", ("served",), re.compile(
        rf"\bserved\s+(?:[a-z]+\s+){{0,3}}?(?:sentence|term)\s+of\s+{_DUR}", re.I
    )),
    ("prison", ("sentenc",), re.compile(
        rf"\bsentenc(?:ed|ing)\s+(?:(?P<who>[A-Z][\w'-]+)\s+)?(?:\w+\s+)?to\s+{_DUR}", re.I
    )),
    ("prison", ("sentence", "term"), re.compile(
        rf"\b{_DUR}[-\s](?:federal\s+|state\s+)?(?:prison\s+|jail\s+)?(?:sentence|term)\b", re.I
    )),
    ("prison", ("prison", "jail", "bars"), re.compile(rf"\b{_DUR}\s+{_IN_PRISON}", re.I)),
    ("suspension", ("suspended",), re.compile(rf"\bsuspended\s+(?:\w+\s+){{0,2}}?for\s+{_DUR}", re.I)),
    ("suspension", ("suspension",), re.compile(rf"\b{_DUR}[-\s](?:unpaid\s+)?suspension\b", re.I)),
    ("ban", ("banned",), re.compile(rf"\bbanned\s+(?:\w+\s+){{0,3}}?for\s+{_DUR}", re.I)),
]  # fmt: skip
_ACTS = {"prison": "prison sentence", "served": "time served", "suspension": "suspension", "ban": "ban"}
# a term that may be given, asked for or is at most or at least: not the one given
_NOT_GIVEN = re.compile(
    r"\b(?:up\s+to|maximum|minimum|faces?|facing|could|would|might|may|possible|punishable|seek\w*|"
    r"sought|ask\w*|recommend\w*|request\w*|wants?|if\s+convicted|at\s+least|more\s+than|less\s+than|"
    r"nearly|almost|about|as\s+much\s+as|as\s+long\s+as|mandatory|potential|eligible)\b",
    re.I,
)
# what the term is of, when not of prison: "two years of probation", "a suspended sentence"
_OTHER_AFTER = re.compile(r"\s*(?:of\s+)?(?:probation|house\s+arrest|community\s+service|supervised)", re.I)
_SUSPENDED_SENTENCE = re.compile(r"\bsuspended\s+(?:sentence|jail|prison)|\ball\s+but\b|\bprobation\b", re.I)
# the most of each unit a term is written in: more is a misread figure
_MOST = {"day": 1000, "week": 200, "month": 240, "year": 150}
# a year in the sentence: the term is of that year's case ("a five-year sentence in 1959")
_YEAR = re.compile(r"\bin\s+((?:1[89]|20)\d\d)(?![\w-])")
_HE_SHE = re.compile(r"\b(?:he|she|He|She)\b")
# how far before a term a word of "not given" counts (characters): its clause
_BEFORE = 60


@dataclass(frozen=True, slots=True)
class Term:
    """One person's term of one act in one sentence."""

    sid: int
    act: str  # prison, served, suspension, ban
    first: str
    last: str
    days: float
    text: str
    years: frozenset[str]  # the years the sentence gives


def _days(m: re.Match[str]) -> float | None:
    n = m["n"].lower()
    parsed = (1.0, 0.0) if n in ("a", "an", "one") else parse_number(n)
    if parsed is None:
        return None
    unit = m["unit"].lower()
    if not 0 < parsed[0] <= _MOST[unit]:
        return None  # "412 months": a fraction read wrong ("4 1/2"), no term
    half = 0.5 if m["half"] or m.group(0).rstrip().endswith("half") else 0.0
    return (parsed[0] + half) * DUR_UNITS[unit]


def _given(text: str, m: re.Match[str], act: str) -> bool:
    """Is the term one given (not possible, asked for or hedged; not probation)?"""
    if _NOT_GIVEN.search(text, max(0, m.start() - _BEFORE), m.start("n")):
        return False
    if _OTHER_AFTER.match(text, m.end()):
        return False
    return not (act == "prison" and _SUSPENDED_SENTENCE.search(text))


def _whose(
    texts: Sequence[str], facts: Sequence[Sequence[Fact]], sid: int, m: re.Match[str], often: dict[str, int]
) -> tuple[str, str] | None:
    """The person a term is of: named after "sentenced", else the first person named
    before the term (the subject), or in the sentence before when "he" or "she" stands
    for them (of the people it names, the one the article names most often)."""
    own = facts[sid] if sid < len(facts) else []
    if m.groupdict().get("who"):
        named = next((f for f in own if f.kind == "name" and f.start == m.start("who")), None)
        return person(named) if named else None
    who = named_before(own, m.start(), texts[sid], first=True)
    if who is None and sid and _HE_SHE.search(texts[sid], 0, m.start()):
        prev = facts[sid - 1] if sid - 1 < len(facts) else []
        people = [p for p in (person(f) for f in prev if f.kind == "name") if p]
        who = max(people, key=lambda p: often.get(p[1], 0), default=None)
    return who


def _terms(texts: Sequence[str], facts: Sequence[Sequence[Fact]]) -> list[Term]:
    out: list[Term] = []
    often: dict[str, int] = {}
    for f in (f for fs in facts for f in fs if f.kind == "name"):
        p = person(f)
        if p:
            often[p[1]] = often.get(p[1], 0) + 1
    for sid, text in enumerate(texts):
        low = text.lower()
        # the forms are case-blind, and re.IGNORECASE reads "ſ" as "s", "ı" and "İ" as "i",
        # which str.lower() does not: with one of those letters every form runs
        odd = not lowered_exact(text)
        if not odd and not any(
            w in low for w in ("sentenc", "prison", "jail", "bars", "served", "suspen", "ban")
        ):
            continue
        seen: set[int] = set()
        for act, needs, rx in _FORMS:
            if not odd and not any(w in low for w in needs):
                continue  # a word the form cannot match without: skip its costly regex
            for m in rx.finditer(text):
                days = _days(m)
                if days is None or m.start("n") in seen or not _given(text, m, act):
                    continue
                seen.add(m.start("n"))
                who = _whose(texts, facts, sid, m, often)
                if who:
                    years = frozenset(_YEAR.findall(text))
                    out.append(Term(sid, act, *who, days, m.group(0), years))
    return out


def _by_person(texts: Sequence[str], facts: Sequence[Sequence[Fact]]) -> dict[tuple[str, str], list[Term]]:
    """Each (surname, act) an article gives exactly one length for, its terms in order."""
    by: dict[tuple[str, str], list[Term]] = {}
    for t in _terms(texts, facts):
        by.setdefault((t.last, t.act), []).append(t)
    return told_once(by, lambda t: t.days)


def _conflict(a: Term, b: Term) -> bool:
    """Can both lengths be true?  Served time is at most the sentence; a term of a year
    one sentence gives and the other does not may be of another case."""
    if a.years != b.years:
        return False
    if a.act == b.act:
        return abs(a.days - b.days) > 1 and not half_unit_apart(a.days, b.days, a.text, b.text)
    if {a.act, b.act} == {"prison", "served"}:
        served, given = (a, b) if a.act == "served" else (b, a)
        return served.days > given.days + 1
    return False


def term_conflicts(
    left: Sequence[Sequence[Fact]],
    right: Sequence[Sequence[Fact]],
    left_texts: Sequence[str],
    right_texts: Sequence[str],
) -> list[tuple[int, int, Difference]]:
    """(left sentence, right sentence, difference) for each person and act the two
    articles give two lengths of; one per person and act, at the first mention."""
    lp = _by_person(left_texts, left)
    if not lp:
        return []
    rp = _by_person(right_texts, right)
    found: list[tuple[bool, Term, Term, str]] = []
    for (last, act_a), ts in lp.items():
        for act_b in ("prison", "served", "suspension", "ban"):
            us = rp.get((last, act_b))
            if not us:
                continue
            if not one_person(ts, us) or not _conflict(ts[0], us[0]):
                continue
            found.append((act_a == act_b, ts[0], us[0], last))
    same = {last for one, *_, last in found if one}
    out: list[tuple[int, int, Difference]] = []
    for one, a, b, last in found:
        if one or last not in same:  # two lengths of one act come first
            note = f"{_ACTS[a.act] if one else 'sentence'} of {last.capitalize()}: {a.text} vs {b.text}"
            out.append((a.sid, b.sid, Difference("term", a.text, b.text, note)))
    return sorted(out, key=lambda c: (c[0], c[1]))
