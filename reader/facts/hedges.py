"""The words that bound or hedge a figure, and a bound told with another unit or scale.

"at least 40" is a floor, "up to 40" a ceiling, "more than 40" / "fewer than 40" lie strictly on
either side of 40 and exclude each other; "about 40" is an estimate.  Two bounds of one figure
are compared as intervals (:func:`reader.facts.compare_numbers.quantities_compatible`), which
lets "more than 1.3 million" agree with "more than 1.3 billion": one bound whose unit or scale
word slipped is a slip all the same (:func:`bound_slipped`).
"""

from __future__ import annotations

from reader.facts.scale_slip import other_scale_word
from reader.facts.tables import DUR_UNITS, QUALIFIERS
from reader.facts.values import amount
from reader.model import Fact

# the words that make a figure the least or the most of what is allowed or counted, as
# opposed to a comparison with a threshold ("more than", "under") or an estimate ("as many as")
FLOORS = frozenset(("at least", "a minimum of", "minimum of", "no less than", "no fewer than"))
CEILINGS = frozenset(("up to", "at most", "a maximum of", "maximum of", "no more than"))
# the words that put a figure strictly above or below a count: "more than 40" and "fewer than
# 40" exclude each other, while "as many as 10" and "at least 10" both allow 10
STRICT = frozenset(
    ("more than", "over", "just over", "upwards of", "above", "in excess of", "less than", "fewer than",
     "under", "just under", "below")
)  # fmt: skip


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
    return unit_slipped(a, b) or (a.bound == b.bound and a.bound in "<>" and other_scale_word(a, b))


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
