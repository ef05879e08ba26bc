"""The parts of one whole: "Of the 48 new stations, 30 are on land and 18 on the seabed" / "Thirty
of the new stations are on land and 16 sit on the seabed", "312 of the closed pubs had been
demolished, while the rest stood empty" / "Of the 733 pubs lost, 312 had been demolished and 481
were standing empty".

A count's noun pairs it with the other side's (:mod:`reader.facts.compare_numbers`), but a part
of a whole is often told with no noun of its own ("and 18 on the seabed") or a verb where the noun
would stand ("16 sit"): nothing pairs it.  A sentence that tells a set and its parts (a whole
after "of the", or a part before "of the" / "of them") lists counts of one whole, so two such
sentences' parts pair among themselves:

* the same number of parts on both sides, all but one alike: the one left on each side is one
  part told two ways (its order in the list does not matter);
* one side tells a part and "the rest", the other the whole, that part and another: the other
  part must be the whole less the first, else the parts no longer add up (a classic rewrite slip).

And for the gate, a whole one side tells by its parts: the other side's count smaller than a part
is something else (:func:`whole_of_told_parts`), not the whole told wrong.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reader.facts.opposites import opposite_of
from reader.model import Difference, Fact

# a whole: a count after "of the" ("Of the 48 new stations", "312 of the 733 pubs", "of the EU's 27")
_WHOLE_BEFORE = re.compile(
    r"\b(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[A-Za-z][\w.]*['’]s\s+)?$", re.IGNORECASE
)  # (and a possessive before it: "of the EU's 27 member states", "of its 18 districts")
# a part: a count before "of the" / "of them" ("Thirty of the new stations", "312 of the closed pubs")
_PART_AFTER = re.compile(r"\s+of\s+(?:the|them|those|these|its|their)\b", re.IGNORECASE)
# the part a sentence leaves to the whole less its other parts
_REST = re.compile(r"\b(?:the\s+)?(?:rest|remainder|remaining\s+[a-z]+|others)\b", re.IGNORECASE)
# ... but a count before "others" makes them a part of their own ("six others": ut332)
_COUNTED = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen))\s+$", re.IGNORECASE)
_OF = re.compile(r"\bof\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# a part is a count of this much at most (a year told as a bare number is no part)
_PART_MAX = 1_000_000


@dataclass(frozen=True, slots=True)
class _Parts:
    """A sentence's whole (or None) and its parts in order; ``rest`` the span of "the rest"; ``act``
    the word just before the first part ("kept 270 of the 450 seats"), '' when it opens the sentence."""

    whole: Fact | None
    parts: tuple[Fact, ...]
    rest: str
    act: str


def part_sum_diffs(
    left: Sequence[Fact], right: Sequence[Fact], left_text: str, right_text: str, found: list[Difference]
) -> list[Difference]:
    """One part of one whole told two ways, or parts that no longer add up (the module's rules);
    none where ``found`` shows one of the figures already (paired by their nouns, "5 vs seven":
    the gate asks :func:`parts_apart` of such a one)."""
    shown = {s for d in found for s in (d.left, d.right)}
    return [
        d
        for d in _part_diffs(left, right, left_text, right_text)
        if d.left not in shown and d.right not in shown
    ]


def parts_apart(
    d: Difference, left: Sequence[Fact], right: Sequence[Fact], left_text: str, right_text: str
) -> bool:
    """Is ``d`` one part of one whole told two ways (the module's first rule), whatever noun
    paired its figures?  Then the whole says both count one thing."""
    return d.kind == "number" and any(
        (x.left, x.right) == (d.left, d.right) for x in _part_diffs(left, right, left_text, right_text)
    )


def _part_diffs(
    left: Sequence[Fact], right: Sequence[Fact], left_text: str, right_text: str
) -> list[Difference]:
    if not (_OF.search(left_text) and _OF.search(right_text)):
        return []
    a, b = _parts(left, left_text), _parts(right, right_text)
    if a is None or b is None:
        return []
    if a.whole is not None and b.whole is not None and a.whole.value != b.whole.value:
        return []  # two wholes: the wholes' own difference, or two sets
    return _one_part_apart(a, b) or _rest_apart(a, b, True) or _rest_apart(b, a, False)


def _parts(facts: Sequence[Fact], text: str) -> _Parts | None:
    """The whole and parts a sentence tells, if it tells a set and its parts (the module's rule)."""
    counts = [f for f in facts if _count(f)]
    whole = next((f for f in counts if _WHOLE_BEFORE.search(text, 0, f.start)), None)
    # with no whole, the parts run from the first told as one ("Fifty-two of the crashes ... and 25"):
    # a count before it is no part ("11 frigates, two fewer than ..., and four of them are")
    first = whole or next((f for f in counts if _PART_AFTER.match(text, f.end)), None)
    if first is None:
        return None
    parts = tuple(f for f in counts if f is not whole and (whole is not None or f.start >= first.start))
    if not parts or (whole is not None and any(_value(f) >= _value(whole) for f in parts)):
        return None  # (a part as large as its whole: no such set, "11 frigates ... down from 13")
    rest = _REST.search(text, parts[0].end)
    if rest is not None and _COUNTED.search(text, 0, rest.start()):
        rest = None
    before = _WORD.findall(text, 0, parts[0].start)
    return _Parts(whole, parts, rest.group() if rest else "", before[-1].lower() if before else "")


def _value(f: Fact) -> float:
    return f.value if isinstance(f.value, float) else 0.0


def _count(f: Fact) -> bool:
    """Is ``f`` a count of things, told exactly (a whole number: no measure, no rate)?"""
    v = f.value
    return (
        f.kind == "number" and f.bound == "=" and isinstance(v, float) and 0 < v < _PART_MAX and v == int(v)
    )


def _one_part_apart(a: _Parts, b: _Parts) -> list[Difference]:
    """The same number of parts, all but one alike: that one told two ways.  Two parts at least,
    or one each of one whole both sides state ("Seventeen of the EU's 27 member states" / "Fifteen of
    the bloc's 27 countries") when the words before them are no opposites ("kept" / "lost")."""
    one_act = a.act not in opposite_of(b.act)  # "kept 270 of the 450 seats" / "lost 180 of them": two
    if len(a.parts) != len(b.parts) or len(a.parts) < (1 if a.whole and b.whole and one_act else 2):
        return []
    va, vb = Counter(f.value for f in a.parts), Counter(f.value for f in b.parts)
    only_a, only_b = list((va - vb).elements()), list((vb - va).elements())
    if len(only_a) != 1 or len(only_b) != 1:
        return []
    x = next(f for f in a.parts if f.value == only_a[0])
    y = next(f for f in b.parts if f.value == only_b[0])
    whole = a.whole or b.whole
    of = f" (parts of {whole.text})" if whole is not None else " (parts of one whole)"
    return [Difference("number", x.text, y.text, f"number: {x.text} vs {y.text}{of}")]


def _rest_apart(told: _Parts, summed: _Parts, told_left: bool) -> list[Difference]:
    """``told`` gives one part and "the rest", ``summed`` the whole, that part and one more: the
    more must be the whole less the part."""
    whole = summed.whole
    if not told.rest or len(told.parts) != 1 or whole is None or len(summed.parts) != 2:
        return []
    part = told.parts[0]
    others = [f for f in summed.parts if f.value != part.value]
    rest = _value(whole) - _value(part)
    if len(others) != 1 or rest <= 0 or _value(others[0]) == rest:
        return []
    reckoned, other = f"{told.rest} ({whole.text} less {part.text} is {rest:g})", others[0].text
    x, y = (reckoned, other) if told_left else (other, reckoned)
    left, right = (told.rest, other) if told_left else (other, told.rest)
    return [Difference("number", left, right, f"number: {x} vs {y}")]


def whole_of_told_parts(a: Fact, b: Fact, left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Is one figure the whole of two parts both sentences tell, and the other smaller than a part
    ("picked 54 athletes, 25 women and 29 men" / "includes 29 women and 25 men, with 17 athletes
    making their debut"): the other is something else (the debutants), not the whole told wrong
    ("a total of 63 flights ..., 34 departures and 29 arrivals" / "65 flights": a conflict)?"""
    return (_sum_of_parts(b, left, right) and _below_a_part(a, left, right)) or (
        _sum_of_parts(a, left, right) and _below_a_part(b, left, right)
    )


def _shared_counts(mine: Sequence[Fact], other: Sequence[Fact]) -> set[float]:
    return {_value(g) for g in mine if _count(g)} & {_value(g) for g in other if _count(g)}


def _sum_of_parts(f: Fact, left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Is ``f`` the sum of two counts both sentences tell?"""
    shared = _shared_counts(left, right)
    return _count(f) and any(x + y == _value(f) for x in shared for y in shared if x < y)


def _below_a_part(f: Fact, left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Is ``f`` smaller than the largest count both sentences tell?"""
    shared = _shared_counts(left, right)
    return bool(shared) and _value(f) < max(shared)
