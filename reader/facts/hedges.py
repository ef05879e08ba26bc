"""The words that bound or hedge a figure, and a bound told with another unit or scale.

"at least 40" is a floor, "up to 40" a ceiling, "more than 40" / "fewer than 40" lie strictly on
either side of 40 and exclude each other; "about 40" is an estimate.  Two bounds of one figure
are compared as intervals (:func:`reader.facts.compare_numbers.quantities_compatible`), which
lets "more than 1.3 million" agree with "more than 1.3 billion": one bound whose unit or scale
word slipped is a slip all the same (:func:`bound_slipped`), and one figure told above it on
one side and below it on the other is two opposite claims where it is the sentence's subject or
a count claimed with one verb (:func:`above_and_below`, :func:`counts_told_above_and_below`).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.facts.scale_slip import other_scale_word
from reader.facts.tables import DUR_UNITS, QUALIFIERS
from reader.facts.values import amount, told_alike
from reader.model import Fact

# the words that make a figure the least or the most of what is allowed or counted, as
# opposed to a comparison with a threshold ("more than", "under") or an estimate ("as many as")
FLOORS = frozenset(("at least", "a minimum of", "minimum of", "no less than", "no fewer than"))
CEILINGS = frozenset(("up to", "at most", "a maximum of", "maximum of", "no more than"))
# the words that put a figure strictly above or below a count: "more than 40" and "fewer than
# 40" exclude each other, while "as many as 10" and "at least 10" both allow 10
ABOVE = frozenset(("more than", "over", "just over", "upwards of", "above", "in excess of"))
STRICT = ABOVE | frozenset(("less than", "fewer than", "under", "just under", "below"))
# an estimate just short of its figure: "nearly 12,000" is not "more than 12,000" (ut214)
SHORT_OF = frozenset(("nearly", "almost", "close to", "just shy of", "approaching"))
# the kinds of hedge, each told in several words: two figures hedged alike were each chosen by
# their writer ("as much as 2.3 tonnes" / "up to 3.2 tonnes", ut229) and compare as written
_KINDS = (CEILINGS | {"as many as", "as much as"}, FLOORS, ABOVE, STRICT - ABOVE)


def hedged_alike(a: Fact, b: Fact) -> bool:
    """Do two quantities carry one hedge, or two words of one kind of hedge?"""
    h, g = hedge(a), hedge(b)
    return (h == g != "") or any(h in kind and g in kind for kind in _KINDS)


def two_bounds(a: Fact, b: Fact) -> bool:
    """Two durations each a bound, and not one hedge put on two figures ("at least 10 weeks
    ago" / "at least 6 weeks ago") nor two estimates, nor one bound whose unit slipped: rarely
    one stretch of time."""
    if "=" in (a.bound, b.bound) or a.bound == b.bound == "~" or unit_slipped(a, b):
        return False
    return not hedge(a) or hedge(a) != hedge(b)


def bound_slipped(a: Fact, b: Fact) -> bool:
    """One bound told with another unit ("wait more than 10 weeks" / "longer than 10 months") or
    another scale word ("more than 1.3 billion pounds" / "more than £1.3 million": ut149), which
    the bounds alone would let agree."""
    # (or a bound on one side only: "expected to exceed 1.2 billion euros" / "more than 1.2 million
    # euros", ut190; an estimate's "about" is no bound)
    bounded = (a.bound == b.bound and a.bound in "<>") or {a.bound, b.bound} in ({"=", "<"}, {"=", ">"})
    return unit_slipped(a, b) or (bounded and other_scale_word(a, b))


def unit_slipped(a: Fact, b: Fact) -> bool:
    """Two durations bounded the same way whose figure is the same and whose unit is not
    ("wait more than 10 weeks" / "longer than 10 months"): one bound told with another unit."""
    if a.kind != "duration" or b.kind != "duration" or a.unit == b.unit or a.bound != b.bound:
        return False
    ua, ub = DUR_UNITS.get(a.unit.lower().rstrip("s")), DUR_UNITS.get(b.unit.lower().rstrip("s"))
    if ua is None or ub is None:
        return False
    return round(float(amount(a)) / ua, 6) == round(float(amount(b)) / ub, 6)


def hedge(f: Fact) -> str:
    """The qualifier words a quantity starts with ("more than"), '' when none."""
    low = " ".join(f.text.lower().split())
    return max((q for q in QUALIFIERS if low.startswith(q + " ")), key=len, default="")


def above_and_below(a: Fact, b: Fact) -> bool:
    """One count told as above a figure and below it, of the same noun with the same verb
    ("more than 40 people were hurt" / "fewer than 40 people were hurt", "killed more than 40
    people" / "killed fewer than 40 people"): two opposite claims.  A threshold has no verb of
    its own ("firms with fewer than 50 workers" / "firms with more than 50 workers", "companies
    employing more than 50 workers": two groups, both true), and money and shares are mostly
    thresholds."""
    return (
        a.kind == b.kind == "number"
        and {a.bound, b.bound} == {"<", ">"}
        and hedge(a) in STRICT
        and hedge(b) in STRICT
        and bool(a.unit)
        and a.unit == b.unit
        and bool(a.claim)
        and a.claim == b.claim
        and a.context == b.context
    )


def counts_told_above_and_below(a: Fact, b: Fact) -> bool:
    """One figure told as above it and below it, each opening its sentence as what the sentence
    counts ("More than 40 percent of residents back the zone" / "Less than 40 percent of
    residents back the zone"): the subject of the claim, not a threshold that picks a group
    ("firms with fewer than 50 workers" stands after its noun).  A share anywhere with the same
    words around it is one claim too ("with more than 29 percent of spending" / "with less than
    29% of spending", "cut output by more than 10%" / "trimmed production by less than 10%")."""
    return (
        a.kind == b.kind
        and a.kind in ("number", "percent", "money")
        and {a.bound, b.bound} == {"<", ">"}
        and hedge(a) in STRICT
        and hedge(b) in STRICT
        and (a.unit == b.unit or (a.start == b.start == 0 and not (a.unit and b.unit)))
        and (
            (
                a.start == b.start == 0
                and (not a.context or not b.context or bool(set(a.context) & set(b.context)))
            )
            or (a.kind == "percent" and bool(a.context) and _alike(a.context, b.context))
        )
    )


def _alike(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same words around two figures, forms of one word alike ("provided more than 80
    percent of the funds" / "provided less than 80 percent of the funding", ut204)."""
    return len(a) == len(b) and all(x[:4] == y[:4] for x, y in zip(a, b, strict=True))


def retold_bound(a: Fact, b: Fact, rn: Sequence[Fact], ln: Sequence[Fact]) -> bool:
    """Is a figure kept from explaining the other side's one?  A bound whose own retelling stands
    there ("less than 60 percent of median income" / "below 60 percent", so not also "2 percent",
    ut248); a figure that retells one beside the bound ("from £9,250 to £9,640" / "up to £9,460 ...
    currently £9,250": the £9,250 is the old cap told on both sides, not the new one, ut278); a
    figure told alike on both sides (:func:`_twinned`).  ``a`` of ``ln`` against ``b`` of ``rn``,
    either way round."""
    return (
        _retold(a, b, rn)
        or _retold(b, a, ln)
        or _twin_beside(a, b, ln)
        or _twin_beside(b, a, rn)
        or _twinned(a, b, rn)
        or _twinned(b, a, ln)
    )


def _twinned(x: Fact, y: Fact, others: Sequence[Fact]) -> bool:
    """Has ``x`` its own twin among ``others`` (the side of ``y``), so that it rounds no other figure
    there ("£2 million ... and £1.4 million" / "£2 million ... and £1.9 million": the £2 million is
    the other's £2 million, not a rounding of £1.9 million, ut286)?"""
    if x.kind == "money" and x.unit != y.unit:
        return False  # a sum in another currency is a conversion of it ("12,000 rupees ($144)"), no rounding
    return x.value != y.value and any(o is not y and told_alike(o, x) for o in others)


def _twin_beside(x: Fact, y: Fact, mine: Sequence[Fact]) -> bool:
    return (
        x.bound in ("<", ">")
        and y.bound == "="
        and any(o is not x and o.kind == y.kind and o.value == y.value and o.bound == "=" for o in mine)
    )


def _retold(x: Fact, y: Fact, others: Sequence[Fact]) -> bool:
    return (
        x.bound in ("<", ">")
        and y.value != x.value
        and any(o is not y and o.kind == x.kind and o.value == x.value and o.bound == x.bound for o in others)
    )


def opposite_claims(a: Fact, b: Fact) -> bool:
    """Is one figure told as two opposite claims: the least on one side and the most on the other
    ("a minimum of $10,000" / "up to $10,000"), above it and just short of it ("more than 12,000" /
    "nearly 12,000", ut214), a time's floor against a bound below it ("at least four years" / "less
    than four years", ut195), or a claimed count above and below it?  Not "less than" / "above"
    alone: two sides of one threshold ("earning less than $400,000" / "income above $400,000"),
    which :mod:`reader.facts.bounds_turned` tells from a claim."""
    hedges = {hedge(a), hedge(b)}
    if (hedges & FLOORS and hedges & CEILINGS) or (hedges & ABOVE and hedges & SHORT_OF):
        return True
    if a.kind == "duration" and {a.bound, b.bound} == {"<", ">"} and hedges & (FLOORS | CEILINGS):
        return True
    return above_and_below(a, b) or counts_told_above_and_below(a, b)
