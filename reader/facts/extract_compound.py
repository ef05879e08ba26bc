"""A measure told in two units: "1 pound, 3 ounces", "6 feet 2 inches", "5-foot-9".

Read as two figures, "1 pound, 3 ounces" against another account's "19 ounces" made a false
conflict of 3 and 19 ounces.  One measure in two units is one figure in the smaller unit (19
ounces, 74 inches), which meets the other account's figure in that unit or, converted, in
another (:mod:`reader.facts.measures`).
"""

from __future__ import annotations

import re

from reader.facts.count_words import count_context
from reader.facts.spans import Spans, overlaps
from reader.model import Fact

# the larger unit, how many of the smaller it holds, and the smaller's name as a fact's unit
_PAIRS = {"pound": (16, "ounces"), "foot": (12, "inches")}
_COMPOUND = re.compile(
    r"\b(?P<a>\d{1,3})[\s-]*(?P<big>pounds?|lbs?\.?|feet|foot|ft\.?)(?:,?\s+(?:and\s+)?|-)"
    r"(?P<b>\d{1,2})(?:[\s-]*(?P<small>ounces?|oz\.?|inch(?:es)?|in\.))?(?![\w-])"
)


def compound_measures(text: str, low: str, facts: list[Fact], taken: Spans) -> None:
    """Each measure in two units of ``text`` as one figure in the smaller unit."""
    for m in _COMPOUND.finditer(low):
        big = "pound" if m.group("big").startswith(("pound", "lb")) else "foot"
        per, small = _PAIRS[big]
        written = m.group("small") or ""
        if written and not small.startswith(written[:2]):
            continue  # "6 feet 2 ounces": no measure of one dimension
        if not written and (big != "foot" or "-" not in m.group()):
            continue  # "5-foot-9" needs no "inches"; "3 pounds, 4" is no measure
        b_value = int(m.group("b"))
        if b_value >= per:
            continue  # "5 feet 14": no inches of a foot
        a, b = m.span()
        if overlaps(taken, a, b):
            continue
        value = int(m.group("a")) * per + b_value
        # what it measures: the unit, and the verb before ("weighed", "stood")
        context = tuple(dict.fromkeys((small[:5], *count_context(text, a, a))))
        facts.append(Fact("number", text[a:b], a, b, float(value), small, "=", 0.0, context))
        taken.append((a, b))
