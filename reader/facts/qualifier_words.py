"""The words just before a figure that bound or hedge it ("more than", "up to", "about"), read
where the figure is found; and the words that look like one and are not: "will go up to €2.40"
(the level a price moves to), "the jackpot rolled over five times" (a verb's particle).
"""

from __future__ import annotations

import re

from reader.facts.tables import QUAL_BEFORE, QUALIFIERS, WS
from reader.model import Bound


def qualifier_before(text: str, start: int) -> tuple[Bound, int]:
    """The bound a qualifier just before ``start`` gives ('=' when none) and where it starts."""
    window = text[max(0, start - 24) : start].lower()
    if not window.endswith(" "):
        return "=", start
    m = QUAL_BEFORE.search(window)
    if not m:
        return "=", start
    q = WS.sub(" ", m.group("q").lower())
    if q == "up to" and _MOVED_UP.search(window, 0, m.start()) and not _MAY.search(window, 0, m.start()):
        return "=", start  # "will go up to €2.40": the level it moves to, no bound
    if q == "over" and _OVER_VERB.search(window, 0, m.start()):
        return "=", start  # "the jackpot rolled over five times": the verb's particle, no bound
    return QUALIFIERS.get(q, "~"), start - len(window) + m.start()


# a verb of moving before "up to": the figure is where it goes ("fares will go up to €2.40")
_MOVED_UP = re.compile(r"\b(?:go|goes|went|gone|going|move[sd]?|moving|shot|jump(?:s|ed)?)\s+$")
# a verb whose particle is "over" ("rolled over five times", "handed over 300 documents"): general English
_OVER_VERB = re.compile(
    r"\b(?:roll|carr(?:y|ie)|hand|turn|flip|tip|knock|sign|pass|spill|boil|hold|held|took|take|taken|won|win)"
    r"(?:s|ed|d|ing)?\s+$"
)
# ... unless a modal makes it a limit ("fines can go up to $5,000")
_MAY = re.compile(r"\b(?:can|could|may|might)\s+(?:\w+\s+)?(?:go|move)\s+$")


# a comparative right after a figure compares the figure with what follows ("4.6% more than a
# year earlier", "120 fewer than last season"): the words after "than" are no bounded value
_COMPARED = frozenset(("more than", "fewer than", "less than"))
_FIGURE_BEFORE = re.compile(r"\d(?:%|\s?(?:percent|per cent|points?))?\s+$")


def compared_figure(low: str, at: int, qualifier: str) -> bool:
    """Does the ``qualifier`` at ``at`` in ``low`` (lower-cased text) compare the figure right
    before it with what follows, no bound of its own?"""
    return qualifier in _COMPARED and _FIGURE_BEFORE.search(low, max(0, at - 16), at) is not None
