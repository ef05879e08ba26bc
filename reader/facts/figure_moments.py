"""When a sentence says its figures hold: "55,000 pages ... in December" / "on Monday, 12 people".

Two counts of one thing told for two moments ("three dead on Monday" / "ten dead by
Wednesday") are no conflict: a toll grows, a crowd swells.  :mod:`reader.facts.pairing`
compares two figures only when the sentences that say when say the same.  The day a figure
was *told* is no such moment: "the department said late Monday that it had received 55,000
pages" holds whenever the pages came.
"""

from __future__ import annotations

import re

from reader.lang import MONTHS, WEEKDAYS

# when a sentence says its figure holds: weekdays, months, years, "now"
_WHEN_WORDS = frozenset(WEEKDAYS) | frozenset(m for m in MONTHS if len(m) > 3) | {"now", "currently", "today"}
_WHEN_TOKENS = re.compile(r"[a-z]+|(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# the day a verb of telling was said on, before or after it: "said late Monday", "told
# reporters on Tuesday", "on Friday announced"
_TELL = r"(?:said|says|told(?:\s+[a-z]+){0,2}|announced|confirmed|reported|disclosed|revealed|acknowledged)"
_DAY = (
    r"(?:(?:late|early)\s+)?(?:on\s+)?(?:"
    + "|".join(WEEKDAYS)
    + r")(?:\s+(?:night|morning|afternoon|evening))?"
)
_TELLING_DAY = re.compile(rf"\b{_TELL}\s+{_DAY}\b|\b{_DAY}\s+{_TELL}\b")


def figure_moments(text: str) -> frozenset[str]:
    """The words saying when a sentence's figures hold: weekdays, months, years, "now"; not the
    day the figure was told ("the department said late Monday that it had received 55,000
    pages" holds whenever the pages came: "in December ... 50,000 pages were delivered")."""
    low = _TELLING_DAY.sub(" ", text.lower())
    return frozenset(w for w in _WHEN_TOKENS.findall(low) if w in _WHEN_WORDS or w[0].isdigit())
