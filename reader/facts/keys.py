"""Fact keys for the aligner: equal values in any wording become one token.

"Dec. 10, 2012" and "10 December 2012" share ``@date:12-10``, "30 days" and "a 30-day
period" share ``@dur:30``, "70.3 million" in any wording ``@num:7.03e+07``.  The aligner
weighs these like rare words (``reader.align.tokens``'s ``extra``), so two sentences
stating the same figures are drawn together even when reworded.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.facts.values import amount, ymd
from reader.model import Fact


def keys(facts: Iterable[Fact]) -> list[str]:
    """Normalised fact tokens that help the aligner: equal values in any wording."""
    out = []
    for f in facts:
        if f.kind == "date":
            _, mo, d = ymd(f)
            if d:
                out.append(f"@date:{mo}-{d}")
        elif f.kind in ("number", "money", "percent", "age") and isinstance(f.value, float) and f.value >= 10:
            # an age keys as its number: "the 41-year-old pilot" meets "the pilot, 41," (a bare
            # number there); below 10 a number recurs by chance
            out.append(f"@num:{f.value:g}")
        elif f.kind == "duration":
            out.append(f"@dur:{float(amount(f)):.0f}")
    return out
