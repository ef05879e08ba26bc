"""How many children a parent has, told two ways across the articles ("a mother of 13" /
"one of her 12 children"; "father of three" / "his two children").

A count of children is no count of an event: it belongs to the parent named next to it,
as an age belongs to the name next to it, so two sentences need not share any other
words to tell it (and the two articles' sentences seldom do: a profile in one, a quote
in the other).  A count is read only in the forms that give the *whole* family:

* "a mother of 13", "the father-of-three", "parents of two (children)";
* "her 12 children", "Smith's two kids", "their three young children";
* "has four children", "had two kids".

Not counts of the whole family: a part ("two of her children", "her two youngest
children", "his three daughters"), children with one other parent ("with whom he had three
children", "two children by his first wife"), grandchildren, a hedge ("more than 10
children").

The parent is the person named next to the count: an apposition ("Jane Roe, a mother of
13"; "mother of three Jane Roe"), a possessive ("Roe's two children"), or for "her",
"has" the person named first before it in the sentence (its subject), or the name a
relative clause is of ("Jane Roe, who has three children").  A conflict needs one
person (surname, and first name when both articles give one) with exactly one count in
each article, and the counts differ.  The sentences that first give each count are
reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader.facts.extract_numbers import parse_number
from reader.facts.pairing_items import one_person, told_once
from reader.facts.tables import NUM
from reader.lang import ORG_WORDS, TITLES
from reader.model import Difference, Fact
from reader.textnorm import fold, lowered_exact

_KIDS = r"(?:(?:young|younger|grown|adult|small|little|minor|biological)\s+)?(?:children|kids)\b"
_PARENT = r"(?:mother|father|mom|dad|mum|parent)s?"
# "a mother of 13", "father-of-three", "parents of two children": the whole family; not
# "mother of three of his children" (a part), "father of two daughters" (only daughters)
_PARENT_OF = re.compile(rf"\b{_PARENT}[-\s]of[-\s](?P<n>{NUM})(?:\s+{_KIDS})?(?![\w-])", re.I)
# the word after "mother of three" that leaves it the whole family: a clause goes on
# ("a mother of three who ..."); any other word is what she is the mother of ("of his
# children", "daughters", "young victims")
_GOES_ON = re.compile(
    r"\s*(?:[,.;:()\"”’—–]|$|(?:who|whose|and|from|in|is|was|has|had|said|says|at|on|to|"
    r"living|lives|died|when|as|but|for|[A-Z]\w*)\b)"
)
# "her 12 children", "Smith's two kids", "their three young children"
_POSSESSIVE = re.compile(rf"\b(?P<own>his|her|their|[A-Z][\w'-]*[a-z]['’]s?)\s+(?P<n>{NUM})\s+{_KIDS}", re.I)
# "has four children", "had two kids"
_HAS = re.compile(rf"\b(?:has|had|have|having)\s+(?P<n>{NUM})\s+{_KIDS}", re.I)
# children with one other parent: a part of the family ("by his first wife", "with her")
_WITH_OTHER = re.compile(r"\s*(?:,\s*)?(?:with|by)\b|\s+together\b", re.I)
_WITH_WHOM = re.compile(r"\b(?:with|by)\s+(?:whom|him|her)\s+(?:\w+\s+){0,2}$", re.I)
# what may stand between a name and the count that describes it: "Jane Roe, a 40-year-old
# nurse and mother of 13", "Roe, who is a mother of three"
_APPOSITION = re.compile(r"^,\s+(?:who\s+(?:is|was)\s+)?(?:a|an|the)?\s*(?:[\w-]+\s+){0,4}$")
# words that join a second noun, not an apposition: "Roe, and her mother of ..."
_JOINED = re.compile(r"\b(?:and|or|with|but|while)\b")
# a relative clause: the count is of the noun before it ("her granddaughter, who had four")
_WHO = re.compile(r"\b(\w+),?\s+(?:who|whom|whose)\s+(?:\w+\s+)?$")
# a name right after the count: "mother of three Jane Roe"
_NAME_AFTER = 3


@dataclass(frozen=True, slots=True)
class Count:
    """One parent's count of children in one sentence."""

    sid: int
    first: str  # the given name, folded ('' when only the surname is given)
    last: str  # the surname, folded
    value: float
    text: str  # the count as written ("a mother of 13", "her 12 children")


def person(f: Fact) -> tuple[str, str] | None:
    """(given name, surname), folded, of a name fact that may name a person; None for an
    organisation, an office, a party tag ("R-Ohio") or a capitalised word opening the
    sentence ("Dubbed the ...", "Sadly")."""
    return _person(f.text, f.sentence_initial)


_NAME_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_PARTY_TAG = re.compile(r"[A-Z]-\w+")


@lru_cache(maxsize=8192)
def _person(text: str, sentence_initial: bool) -> tuple[str, str] | None:
    """:func:`person` of a name's text (memoised: one name is asked for in every pairing)."""
    if sentence_initial and " " not in text and text.lower().endswith(("ed", "ly", "ing")):
        return None
    words = [w for w in _NAME_WORD.findall(text) if not _PARTY_TAG.fullmatch(w)]
    words = [w for w in words if w.lower().strip(".") not in TITLES]
    if not words or words[-1].lower() in ORG_WORDS or len(words[-1]) < 2:
        return None
    given = [w for w in words[:-1] if len(w) > 1]
    last = re.sub(r"['’]s?$", "", words[-1])
    return (fold(given[-1].lower()) if given else ""), fold(last.lower())


# a name followed by one of these words names a group, not a person: "the Genovese family"
_GROUP = re.compile(r"\s+(?:family|families|clan|gang|administration|campaign|government|era)\b", re.I)


def named_before(
    facts: Sequence[Fact], at: int, text: str = "", first: bool = False
) -> tuple[str, str] | None:
    """The person named last (``first``: first) before position ``at`` of a sentence
    (``text``, when given, tells a family's name from a person's)."""
    names = [f for f in facts if f.kind == "name" and f.end <= at]
    for f in sorted(names, key=lambda f: f.start if first else -f.end):
        who = person(f)
        if who and not (text and _GROUP.match(text, f.end)):
            return who
    return None


def _owner(text: str, facts: Sequence[Fact], m: re.Match[str], pronoun: bool) -> tuple[str, str] | None:
    """The parent a count belongs to: for "mother of three", a name in apposition before
    it or right after it; for a pronoun or "has", the name right before it ("Roe has"),
    the name a relative clause is of, else the person named first before it."""
    names = [f for f in facts if f.kind == "name"]
    for f in names:
        between = text[f.end : m.start()] if f.end <= m.start() else "-"
        if not pronoun and _APPOSITION.match(between) and not _JOINED.search(between):
            return person(f)
        if not pronoun and 0 <= f.start - m.end() <= _NAME_AFTER and not text[m.end() : f.start].strip():
            return person(f)
        if pronoun and not between.strip():
            return person(f)
    if not pronoun:
        return None
    who = _WHO.search(text, max(0, m.start() - 40), m.start())
    if who:  # "Jane Roe, who has three children": the name the clause is of, else nobody
        named = next((f for f in names if f.end == who.start() + len(who.group(1))), None)
        return person(named) if named else None
    return named_before(facts, m.start(), text, first=True)


# the words without which each pattern cannot match (case-blind, so looked for in the
# lower-cased sentence; with a letter lower() does not map to ASCII, every pattern runs)
_PARENT_WORDS = ("mother", "father", "mom", "dad", "mum", "parent")
_KIDS_WORDS = ("children", "kids")


def _patterns(text: str) -> list[re.Pattern[str]]:
    """The patterns of a count of children that can match in a sentence."""
    if not lowered_exact(text):
        return [_PARENT_OF, _POSSESSIVE, _HAS]
    low = text.lower()
    parent = [_PARENT_OF] if any(w in low for w in _PARENT_WORDS) else []
    return parent + ([_POSSESSIVE, _HAS] if any(w in low for w in _KIDS_WORDS) else [])


def _counts(sid: int, text: str, facts: Sequence[Fact]) -> list[Count]:
    out: list[Count] = []
    for rx in _patterns(text):
        for m in rx.finditer(text):
            whole = m.group(0).endswith(("children", "kids")) or _GOES_ON.match(text, m.end())
            if rx is _PARENT_OF and not whole:
                continue  # "mother of three of his children", "father of two daughters"
            if _WITH_OTHER.match(text, m.end()) or _WITH_WHOM.search(text, max(0, m.start() - 30), m.start()):
                continue  # children with one other parent: a part of the family
            parsed = parse_number(m["n"])
            if parsed is None or not 0 < parsed[0] < 40:
                continue
            own = m.groupdict().get("own") or ""
            if own[:1].isupper() and own.lower() not in ("his", "her", "their"):
                name = re.sub(r"['’]s?$", "", own)
                who: tuple[str, str] | None = ("", fold(name.lower()))
            else:
                who = _owner(text, facts, m, pronoun=rx is not _PARENT_OF)
            if who:
                out.append(Count(sid, *who, parsed[0], m.group(0)))
    return out


def _by_parent(texts: Sequence[str], facts: Sequence[Sequence[Fact]]) -> dict[str, list[Count]]:
    """Each surname an article gives exactly one count of children for (one given name at
    most), with its counts in reading order."""
    by: dict[str, list[Count]] = {}
    for sid, text in enumerate(texts):
        if "child" not in text and "kids" not in text and "of" not in text:
            continue
        for c in _counts(sid, text, facts[sid] if sid < len(facts) else []):
            by.setdefault(c.last, []).append(c)
    return told_once(by, lambda c: c.value)


def children_conflicts(
    left: Sequence[Sequence[Fact]],
    right: Sequence[Sequence[Fact]],
    left_texts: Sequence[str],
    right_texts: Sequence[str],
) -> list[tuple[int, int, Difference]]:
    """(left sentence, right sentence, difference) for each parent the two articles give
    two counts of children; one per parent, at the first mention on each side."""
    lp = _by_parent(left_texts, left)
    if not lp:
        return []
    rp = _by_parent(right_texts, right)
    out: list[tuple[int, int, Difference]] = []
    for last in sorted(lp.keys() & rp.keys()):
        a, b = lp[last][0], rp[last][0]
        if a.value == b.value or not one_person(lp[last], rp[last]):
            continue
        note = f"children of {last.capitalize()}: {a.text} vs {b.text}"
        out.append((a.sid, b.sid, Difference("children", a.text, b.text, note)))
    return out
