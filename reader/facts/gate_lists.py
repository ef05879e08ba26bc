"""Which figure of one list pairs with which of another: two sentences that each list values of
one slot ("Spain with 66,900 and France with 64,500" / "... France with 61,500") compare a pair
only when the lists say it pairs (:func:`paired_in_lists`): in one place with the others alike,
held by one name, labelled by one name, or the ends of one move.  Asked by the gate
(:func:`reader.facts.gate.credible`) before it shows a figure of a list as a conflict."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.compare_numbers import quantities_compatible, same_slot
from reader.facts.gate_holders import holder
from reader.facts.hedges import SHORT_OF, hedge
from reader.facts.measures import count_and_measure, unit_of
from reader.facts.move_ends import ends_of_one_move
from reader.model import Fact


def stated(f: Fact, other: Sequence[Fact]) -> bool:
    """Does the other sentence state ``f``'s value, for the same slot, as a figure (no hedge:
    "roughly $141 million" may still disagree with "$139 million", see pairing)?"""
    return f.bound == "=" and any(
        g.kind == f.kind and g.bound == "=" and same_slot(f, g) and quantities_compatible(f, g) for g in other
    )


def _listed(f: Fact, facts: Sequence[Fact], other: Sequence[Fact] = ()) -> bool:
    """Does the sentence give another value of ``f``'s kind and slot (a list of figures), one
    the ``other`` sentence does not state too?  A count with no noun ("from five drilling pads
    to three") may be of any slot."""
    return len([g for g in _list_of(f, facts) if g is f or not stated(g, other)]) > 1


def lists(a: Fact, left: Sequence[Fact], b: Fact, right: Sequence[Fact]) -> bool:
    """Do both sentences list values of the slot, so that which pairs with which is open?  Not
    when every other value of both lists is told by the other side ("40.4 mpg, compared to the
    46.7 mpg" / "from 54 mpg ... to 40 mpg": 40.4 and 40 agree, 46.7 and 54 are left)."""
    if not (_listed(a, left) and _listed(b, right)):
        return False
    return _listed(a, left, right) or _listed(b, right, left)


def _list_of(f: Fact, facts: Sequence[Fact]) -> list[Fact]:
    """The values of ``f``'s kind and slot in its sentence, ``f`` among them, in order."""
    bare = f.kind == "number"  # a bare count is of any slot; a sum, a share has its own
    return [
        g
        for g in facts
        if g.kind == f.kind
        and (g.start == f.start or same_slot(f, g) or (bare and not g.context))
        and not count_and_measure(f.unit, g.unit)
    ]  # (never a count of things and a measure: "four juveniles under 8 feet long")


def _same_place(a: Fact, left: Sequence[Fact], b: Fact, right: Sequence[Fact]) -> bool:
    """Two lists of one length whose other figures agree place by place ("with 100 percent
    counted, Trump 45.9 percent, Rubio 23.8 percent" / "... Trump 54.9 percent, Rubio 23.8
    percent"; "£1.97 trillion, of which about £290 billion" / "£1.97 billion, around £290
    billion"), ``a`` and ``b`` in one place: the one figure told two ways.  Lists in another
    order, of other lengths or with figures only near each other ("35.7" / "36" may be two
    people's rates) stay a guess (two price lists, a team's total and a player's).  The lists are
    the figures of the slot, or of the kind when the sides read slots apart ("17 British
    universities made the top 100, down from 19 last year and 24 in 2015" / "15 UK institutions
    ... down from 19 a year ago and 24 in 2015", ut278)."""
    slots = _list_of(a, left), _list_of(b, right)
    kinds = [f for f in left if f.kind == a.kind], [f for f in right if f.kind == b.kind]
    return any(_in_one_place(a, b, la, lb) for la, lb in (slots, kinds))


def _in_one_place(a: Fact, b: Fact, la: list[Fact], lb: list[Fact]) -> bool:
    if len(la) != len(lb) or la.index(a) != lb.index(b):
        return False
    # (the same figure hedged on one side only is the same: "$48 billion" / "an estimated $48 billion", ut210;
    # so is one rounded with "about": "8,200 euros" / "about 8,000 euros", ut276)
    return all(_alike(x, y) for x, y in zip(la, lb, strict=True) if x is not a)


def _alike(x: Fact, y: Fact) -> bool:
    """One figure in two lists' one place: the same value, or one rounded with a hedge."""
    if x.value == y.value:
        return _one_bound(x, y)
    return {x.bound, y.bound} == {"=", "~"} and quantities_compatible(x, y)


def _one_bound(x: Fact, y: Fact) -> bool:
    """One figure told plainly and with a hedge either way ("an estimated", "about"), not one short of
    it ("With 100 percent of the vote in" / "With nearly 100 percent": two counting moments)."""
    if x.bound == y.bound:
        return True
    hedged = x if x.bound == "~" else y
    return {x.bound, y.bound} == {"=", "~"} and hedge(hedged) not in SHORT_OF


def paired_in_lists(
    a: Fact, b: Fact, left: Sequence[Fact], right: Sequence[Fact], ltext: str, rtext: str
) -> bool:
    """Do two lists say which of their figures pair: in one place, the others alike
    (:func:`_same_place`), held by one name (:func:`_one_holder`), or the ends of one move
    ("from 41 to 29" / "from 41 to 26": :func:`reader.facts.move_ends.ends_of_one_move`)?"""
    return (
        _same_place(a, left, b, right)
        or _one_holder(a, b, left, right, ltext, rtext)
        or ends_of_one_move(ltext, a.text, rtext, b.text)
        or same_label(a, b, ltext, rtext)
        or _one_noun(a, b, left, right)
    )


def _one_noun(a: Fact, b: Fact, left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Are two counts of two lists told of one noun right after them, no other count of either
    list told of it ("five men and two women" / "five men and three women", ut252)?  Which pairs
    with which is then told by the noun."""
    if a.kind != "number" or not a.unit or a.unit != b.unit or unit_of(a.unit) is not None:
        return False
    la, lb = _list_of(a, left), _list_of(b, right)
    if any(g.value == a.value for g in lb) or any(g.value == b.value for g in la):
        return False  # a figure the other list tells ("killed four people in Britain and two in
        # Ireland" / "Six people were killed, four in Britain and two in Ireland"): no pair by noun
    return all(sum(g.unit == f.unit for g in fl) == 1 for f, fl in ((a, la), (b, lb)))


def _one_holder(
    a: Fact, b: Fact, left: Sequence[Fact], right: Sequence[Fact], ltext: str, rtext: str
) -> bool:
    """Are two figures of two lists held by one name, the only figure of its list that name
    holds, and every other figure of both lists held by a name of its own ("Iraq agreed to trim
    220,000 bpd and the United Arab Emirates 144,000 bpd" / "Iraq will cut 210,000 bpd and the
    UAE 144,000 bpd, Kuwait ...")?  Which pairs with which is then told by the names."""
    held = holder(ltext, a, left)[0]
    if not held or held != holder(rtext, b, right)[0]:
        return False
    for f, facts, text in ((a, left, ltext), (b, right, rtext)):
        for g in _list_of(f, facts):
            other = holder(text, g, facts)[0] if g is not f else None
            if other is not None and (not other or other == held):
                return False
    return True


# a figure labelled by the name right before it: "Spain with 66,900 and France with 64,500"
_LABEL = re.compile(r"\b([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:with|on)\s+$")


def same_label(a: Fact, b: Fact, ltext: str, rtext: str) -> bool:
    """Are two figures of two lists labelled by one name right before them ("and France with
    64,500" / "and France with 61,500", ut209)?  Which pairs with which is then told."""
    la = _LABEL.search(ltext, max(0, a.start - 40), a.start)
    lb = _LABEL.search(rtext, max(0, b.start - 40), b.start)
    return la is not None and lb is not None and la.group(1) == lb.group(1)
