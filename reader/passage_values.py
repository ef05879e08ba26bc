"""The quantities a passage of several sentences agrees on in another of its sentences.

A passage's sentence pairs are compared one by one (a merged passage must not hide a
conflict).  A rewrite that merges "Revenue was $2.14 billion. Analysts had expected $2.09
billion." into "Revenue was $2.41 billion, against the $2.09 billion analysts had expected."
gives a first pair with one sum on the left and two on the right: paired by value, $2.14
would meet $2.09 (the expectation, a conflict of two things) and the real change, $2.14 to
$2.41, would be lost.  But the left passage states $2.09 in its other sentence: the two sides
agree on it, so it is no partner for another value of this pair.  The sentence pair is
compared without it (:func:`without_agreed`).  A count a pair still finds apart is no conflict
when another sentence of the passage states it alike, with its noun and verb
(:func:`told_alike`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.facts.discrepancies import differences
from reader.facts.figure_swaps import SWAPPED, swapped
from reader.facts.measures import unit_of
from reader.facts.opposite_pairs import MOVE_WORDS
from reader.facts.opposites import OPPOSITE_NOTE
from reader.model import Difference, Document, Fact

# the kinds of value compared by amount or moment: one stated alike by another sentence is
# agreed on ("Pre-orders open on Friday, September 13, and the phones go on sale on September
# 20" / "... pre-order from Friday, Sept. 13. The phones reach stores on Sept. 27")
_QUANTITIES = frozenset({"number", "money", "percent", "duration", "age", "date", "year", "time"})


def without_agreed(mine: list[Fact], doc: Document, at: int, ids: Sequence[int]) -> list[Fact]:
    """``mine`` (the facts of one side's sentence in a pair) less the quantities a sentence of
    the other side's passage (``ids`` of ``doc``) other than the one compared (``at``) states
    with the same value and unit, unless the sentence compared states it too."""
    if len(ids) < 2 or not any(f.kind in _QUANTITIES for f in mine):
        return mine
    compared = _stated(facts_of(doc, at))
    elsewhere = {v for j in ids if j != at for v in _stated(facts_of(doc, j))} - compared
    if not elsewhere:
        return mine
    agreed = [f for f in mine if f.kind in _QUANTITIES and _agreed(f, elsewhere)]
    kept = [f for f in mine if f not in agreed]
    # ... when the sentence keeps another value of that kind: the one left is the partner.  The
    # only one goes on being compared ("over 13 months" / "over a 30-day period" is a conflict
    # of the pair though the left passage says "over a period of 30 days" elsewhere too), but a
    # date the passage agrees on is its date: a background sentence joined to it tells another
    # event ("easing in August 2024" beside "Bank Rate had peaked ... in August 2023": ut133)
    left_kinds = {f.kind for f in kept}
    return [f for f in mine if f not in agreed or (f.kind not in left_kinds and f.kind != "date")]


def _stated(facts: list[Fact]) -> set[tuple[str, object, object]]:
    """The values ``facts`` state; a day of a month also as "~" (whatever its year) and, when its
    year is not written or only inferred from the article's other dates, as "?"."""
    out: set[tuple[str, object, object]] = {
        (f.kind, f.value, _unit(f)) for f in facts if f.kind in _QUANTITIES
    }
    for f in facts:
        if f.kind == "date" and isinstance(f.value, tuple) and f.value[2]:
            out.add(("date", (0, *f.value[1:]), "~"))
            if f.year_inferred or not f.value[0]:
                out.add(("date", (0, *f.value[1:]), "?"))
    return out


def _unit(f: Fact) -> object:
    """A unit of measure by its size ("32 yards" / "a 32 yard touchdown"), else as written."""
    return (unit_of(f.unit) if f.unit else None) or f.unit


def _agreed(f: Fact, stated: set[tuple[str, object, object]]) -> bool:
    """Does ``stated`` hold ``f``'s value?  A day of a month without a written year ("21
    October", its year inferred on one side only) is the day of either year, as one written
    with its year is the day another sentence tells without one."""
    if (f.kind, f.value, _unit(f)) in stated:
        return True
    if f.kind != "date" or not isinstance(f.value, tuple) or not f.value[2]:
        return False
    soft = f.year_inferred or not f.value[0]
    return ("date", (0, *f.value[1:]), "~" if soft else "?") in stated


def facts_of(doc: Document, i: int) -> list[Fact]:
    """The facts of sentence ``i`` (a document may hold none)."""
    return doc.facts[i] if i < len(doc.facts) else []


def told_alike(
    span: str, mine: list[Fact], doc: Document, at: int, ids: Sequence[int], wide: bool = False
) -> bool:
    """Does another sentence of the passage on the other side (``ids`` of ``doc``, besides
    the sentence ``at`` compared) state the count written as ``span`` as the same fact:
    the same value, noun and verb ("picked up six seats" / "lost nearly 60 seats over six
    years. They picked up just six seats")?  Then the passage agrees on it and the
    sentence compared tells another count: no conflict.  Only counts and shares carry
    their noun and verb (``context``); a passage that holds one value of a span of time
    and a sentence with another may still conflict.  With ``wide`` (two articles), a figure
    of :data:`SPECIFIC_FIGURE_MIN` or more the other article states anywhere is agreed on
    too ("now has 2,129 points" / "ended the game with 2,129 points", beside the "2,117
    points" he had when he broke the record): so specific a figure is told once a fact."""
    f = next((f for f in mine if f.text == span and f.kind in ("number", "percent") and f.context), None)
    if f is None:
        return False
    if wide and isinstance(f.value, float) and f.value >= SPECIFIC_FIGURE_MIN:
        ids = range(len(doc.sentences))
    return any(
        g.kind == f.kind and g.value == f.value and g.context == f.context
        for j in ids
        if j != at
        for g in facts_of(doc, j)
    )


# a count this high, told the same with the same noun by the other article anywhere, is the
# figure both agree on (a coincidence of two counts of one noun is rare from here)
SPECIFIC_FIGURE_MIN = 100.0


def merged_swaps(
    left: Document, right: Document, lids: Sequence[int], rids: Sequence[int]
) -> list[Difference]:
    """Figures swapped between the things of a passage one side tells in two sentences and the
    other merges into one ("... Shanghai to Rotterdam rose to $4,870 ... Rates from Shanghai to
    Genoa climbed 19 percent to $5,210." / "... Shanghai to Rotterdam costing $5,210, ... while
    Shanghai-Genoa rates were up 19% at $4,870", ut267): the two sentences read as one, their
    facts' offsets moved with them (:func:`reader.facts.figure_swaps.swapped`)."""
    merge = _merge(left, right, lids, rids)
    return swapped(*merge) if merge else []


_MOVES = frozenset((*MOVE_WORDS, "up", "down"))  # a move's verbs, and "up 3.8 percent"


def _moves(d: Difference) -> bool:
    return d.left.lower() in _MOVES and d.right.lower() in _MOVES


def swaps_not_turns(
    left: Document, right: Document, lids: Sequence[int], rids: Sequence[int], found: list[Difference]
) -> list[Difference]:
    """``found``, but for moves turned round when the passage's merge swaps its figures
    ("logs rose 6.2 percent ... Pulpwood prices fell 3.8 percent." / "logs ..., up 3.8 percent ...,
    while pulpwood fell 6.2 percent", ut308): a figure then moves the other way on each pair only
    because it changed places, so the swaps the two sentences read as one tell (:func:`_joined`)."""
    turned = [d for d in found if d.note.startswith(OPPOSITE_NOTE) and _moves(d)]
    merge = _merge(left, right, lids, rids) if turned else None
    if merge is None:
        return found
    swaps = [d for d in differences(*merge) if d.note.startswith(SWAPPED)]
    figures = {x for d in swaps for x in (d.left, d.right)}
    # (a figure's own difference that the swap tells: "change to 2,310: 2.7 percent vs 4.1 percent")
    rest = [d for d in found if d not in turned and not {d.left, d.right} <= figures]
    return swaps + rest if swaps else found


def _merge(
    left: Document, right: Document, lids: Sequence[int], rids: Sequence[int]
) -> tuple[list[Fact], list[Fact], str, str] | None:
    """A passage of two sentences on one side and one on the other, each side read as one text
    (:func:`_joined`): its facts and texts as the rules of a sentence pair take them; else None."""
    if sorted((len(lids), len(rids))) != [1, 2]:
        return None
    (lt, lf), (rt, rf) = (_joined(doc, ids) for doc, ids in ((left, lids), (right, rids)))
    return lf, rf, lt, rt


def _joined(doc: Document, ids: Sequence[int]) -> tuple[str, list[Fact]]:
    """The sentences ``ids`` of ``doc`` as one text, and their facts with offsets into it."""
    text, facts = "", []
    for i in ids:
        at = len(text) + (1 if text else 0)
        text = f"{text} {doc.sentences[i].text}" if text else doc.sentences[i].text
        facts += [replace(f, start=f.start + at, end=f.end + at) for f in facts_of(doc, i)]
    return text, facts
