"""Whether two facts about one thing agree: both values can be true of it (a figure and its
rounding or hedge, one measure in two units, a bound and a figure inside it, two dates of one
day, one moment told roughly).  Asked by :mod:`reader.facts.pairing` of every pair of facts it
finds about the same thing.
"""

from __future__ import annotations

from reader.facts.compare_numbers import is_magnitude, quantities_compatible
from reader.facts.compare_tallies import tallies_alike
from reader.facts.compare_temporal import comparable, dates_compatible, one_moment
from reader.facts.hedges import hedge
from reader.facts.measures import converted
from reader.facts.pairing_items import _Item
from reader.facts.values import amount
from reader.model import Fact

# How long ago an act was, told two ways ("moved back six weeks ago" / "returned 12 weeks
# ago"), conflicts only when both are at least AGO_MIN_DAYS and one is AGO_MIN_RATIO times
# the other: two accounts published days or weeks apart count back from two days ("two
# days ago" / "five days ago" may be one day), and a figure given from memory is rough.
AGO_MIN_DAYS = 14.0
AGO_MIN_RATIO = 2.0


def _figure_precision(v: float) -> float:
    """The place of the last significant digit of a figure as written: 5,200 -> 100."""
    if v <= 0 or v != int(v):
        s = f"{v:.6f}".rstrip("0")
        decimals = len(s.split(".")[1]) if "." in s else 0
        return 10.0**-decimals
    p, n = 1.0, int(v)
    while n and n % 10 == 0:
        n //= 10
        p *= 10
    return p


# "nearly $44 million" is a figure a little under 44 million: $43 million (of $43.9 million)
# fits it; a tenth below it is another figure
NEARLY_BELOW_MAX = 0.05


def _nearly(f: Fact, other: float) -> bool:
    """Is ``f`` hedged as just under its figure ("nearly", "almost") and ``other`` within
    :data:`NEARLY_BELOW_MAX` below it?"""
    v = float(amount(f))
    return hedge(f) in ("nearly", "almost") and 0 <= v - other <= NEARLY_BELOW_MAX * v


def agree(a: _Item, b: _Item) -> bool:
    """Can both values be true of one thing?"""
    fa, fb = a.fact, b.fact
    if a.group in ("number", "percent", "money", "age"):
        if converted(float(amount(fa)), fa.unit, float(amount(fb)), fb.unit):
            return True  # one measure in two units: "3,200 hectares" / "about 7,900 acres" (ut251)
        if a.metres is not None or b.metres is not None:
            if a.metres is None or b.metres is None:
                return True  # a length and a bare number: not comparable
            return abs(a.metres - b.metres) <= 0.1 * max(a.metres, b.metres)
        # a bound, two exact figures, or an order of magnitude ("hundreds of" spans its order:
        # "about 300" is in it): the intervals decide
        if (
            fa.bound in "<>"
            or fb.bound in "<>"
            or fa.bound == fb.bound == "="
            or is_magnitude(fa)
            or is_magnitude(fb)
        ):
            return quantities_compatible(fa, fb)
        # a hedge or rounding ("about 20,000" / "roughly 21,000"): the figures agree when
        # they are one at the coarser precision written
        va, vb = float(amount(fa)), float(amount(fb))
        ratio = fa.kind == "percent" and fa.bound == "~" and bool(fa.resolution) != bool(fb.resolution)
        if _nearly(fa, vb) or _nearly(fb, va) or (ratio and quantities_compatible(fa, fb)):
            return True  # (a hedged share told as a ratio agrees as a link's would: "roughly one in seven")
        # (half a place within it, "A$27.5 billion" / "about A$28 billion": a margin relative to billions)
        return abs(va - vb) <= max(_figure_precision(va), _figure_precision(vb)) / 2 * (1 + 1e-9)
    if a.group == "date":
        return dates_compatible(fa, fb)
    if a.group == "ago":  # "six weeks ago" / "12 weeks ago": apart beyond two publication days
        va, vb = float(amount(fa)), float(amount(fb))
        return min(va, vb) < AGO_MIN_DAYS or max(va, vb) < AGO_MIN_RATIO * min(va, vb)
    if a.group == "time":  # "around 10:30" and "about 10:15" may be one moment
        rough = "rough" in (a.verb, b.verb)
        if not comparable(fa, fb):
            return True  # a zone against a local clock: no moment told against another
        return abs(float(amount(fa)) - float(amount(fb))) < 30 if rough else one_moment(fa, fb)
    return tallies_alike(fa, fb) if fa.kind == "tally" else fa.value == fb.value


def vague(it: _Item) -> bool:
    """A count told by its order of magnitude ("tens of thousands of pages")."""
    return it.group == "number" and isinstance(it.fact.value, float) and is_magnitude(it.fact)
