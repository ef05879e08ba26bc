"""Counts told by their order of magnitude: "dozens of", "hundreds of", "tens of thousands of".

A rewrite that turns "thousands of people marched" into "hundreds of people marched" changes
the story as much as 2,000 into 200, so each such phrase is a count whose value is the span of
its order of magnitude: "hundreds" is 100 to 1,000, written as its middle with the whole span as
its rounding (:attr:`reader.model.Fact.resolution`), so it agrees with 150 or 900 and with "about
500", and not with "dozens", "thousands" or 1,200.  Bounds and hedges are left to the words
around it as for any count ("more than a thousand" is a quantity of its own).
"""

from __future__ import annotations

import re

from reader.facts.count_words import count_claim, count_context
from reader.facts.spans import Spans, overlaps
from reader.model import Fact

# the span each plural covers: "dozens" from two dozen (writers say "a dozen or so" below
# that) to a hundred, "hundreds" to a thousand; the larger ones are written more loosely
# ("thousands of protesters" for 15,000), so up to thirty of their unit
_SPANS: dict[str, tuple[float, float]] = {
    "dozens": (20.0, 100.0),
    "hundreds": (100.0, 1e3),
    "thousands": (1e3, 3e4),
    "millions": (1e6, 3e7),
    "billions": (1e9, 3e10),
}
_TIMES = {"tens": 10.0, "hundreds": 100.0}
MAGNITUDE = re.compile(
    r"(?<![\w-])(?:(?P<times>tens|hundreds)\s+of\s+)?"
    r"(?P<plural>dozens|hundreds|thousands|millions|billions)(?:\s+upon\s+(?P=plural))?"
    r"(?:\s+of\b|(?=\s+more\b))"
)


def magnitudes(text: str, low: str, facts: list[Fact], taken: Spans) -> None:
    """ "hundreds of people", "tens of thousands of protesters", "Dozens more": a count of its
    noun whose value is the span of its order of magnitude (the module docstring)."""
    for m in MAGNITUDE.finditer(low):
        a, b = m.start(), m.end()
        if overlaps(taken, a, b):
            continue
        lo, hi = _SPANS[m.group("plural")]
        if m.group("times"):
            if m.group("plural") == "dozens":
                continue  # "hundreds of dozens": no writer's count
            # "tens of thousands": from ten of the unit to a hundred ("hundreds of": a thousand)
            lo *= _TIMES[m.group("times")]
            hi = lo * 10
        # the noun after "of" ("hundreds of people") is what it counts, as a figure's noun; the
        # span keeps the "of", so a detail reads "hundreds of people"
        nm = _NOUN_AFTER_OF.match(low, b) if low[b - 2 : b] == "of" else None
        unit = nm.group(1) if nm else ""  # "Dozens more were hurt": no noun to read
        context, claim = count_context(text, a, b), count_claim(text, a, b)
        if not unit and claim:
            context = (claim,)  # "Dozens more were hurt": what they were is what is counted
        facts.append(Fact("number", text[a:b], a, b, (lo + hi) / 2, unit, "=", hi - lo, context, claim=claim))
        taken.append((a, b))


_NOUN_AFTER_OF = re.compile(r"\s+(?:the\s+)?([a-z][\w'-]*)")
