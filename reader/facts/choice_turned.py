"""The thing chosen and the one passed over, turned round in words: "caused by a faulty sensor and
not by driver error" / "blamed driver error rather than a faulty sensor" (ut269).

A choice is told with "rather than", "instead of" or "in place of" (the chosen thing before it, the
one passed over after it), with "and not", "but not" or ", not" (the same order), or with "not ...
but" (the other order).  Each side of it is read as the content words of its clause next to the
words of the choice, a few at most, less the words both sentences tell on that side (the verb of
choosing: "chose a tram line" / "chose a bus lane").  When what one sentence chose is what the other
passed over and the other way round, the choice was turned round.  (Figures chosen are
:mod:`reader.facts.chosen_figures`'.)
"""

from __future__ import annotations

import re

from reader.facts.opposites import OPPOSITE_NOTE
from reader.facts.pairing_items import WORD, content_stem
from reader.lang import CARDINALS
from reader.model import Difference

# the words of a choice, the chosen thing before them (the passed-over one after)
_BEFORE_AFTER = re.compile(
    r"\s(?:rather\s+than|instead\s+of|in\s+place\s+of|and\s+not|but\s+not|,\s*not)\s", re.I
)
# ... or after them: "not X but Y"
_NOT_BUT = re.compile(r"\bnot\s+(?P<passed>[^,;.]{3,60}?)\s+but\s+(?P<chosen>[^,;.]{3,60})", re.I)
# the content words read on each side of the choice
WORDS_EACH_SIDE = 3
_CLAUSE = re.compile(r"[,;:.()]|\b(?:and|but|while|said|says)\b", re.I)

_Side = list[tuple[str, int, int]]  # content stems with their spans
_FIGURE = re.compile(rf"\d|\b(?:{'|'.join(CARDINALS)})\b", re.I)


def _content(text: str, lo: int, hi: int) -> _Side:
    return [
        (s, m.start(), m.end())
        for m in WORD.finditer(text, lo, hi)
        if (s := content_stem(m.group())) and m.group()[0].islower()
    ]


def _choice(text: str) -> tuple[_Side, _Side] | None:
    """(the chosen thing's words, the passed-over one's), or None for no one choice."""
    marks = list(_BEFORE_AFTER.finditer(text))
    if len(marks) == 1:
        m = marks[0]
        lo = max((c.end() for c in _CLAUSE.finditer(text, 0, m.start())), default=0)
        end = _CLAUSE.search(text, m.end())
        chosen = _content(text, lo, m.start())[-WORDS_EACH_SIDE:]
        return chosen, _content(text, m.end(), end.start() if end else len(text))[:WORDS_EACH_SIDE]
    if not marks and len(found := list(_NOT_BUT.finditer(text))) == 1:
        m = found[0]
        return _content(text, *m.span("chosen")), _content(text, *m.span("passed"))
    return None


def choice_turned(left_text: str, right_text: str) -> list[Difference]:
    """The choice one side tells the other way round (the module's rule), at most one."""
    a, b = _choice(left_text), _choice(right_text)
    if a is None or b is None:
        return []
    ca, pa, cb, pb = ({s for s, _, _ in side} for side in (*a, *b))
    ca, cb, pa, pb = ca - cb, cb - ca, pa - pb, pb - pa  # (the words both tell on one side: no choice)
    if not (ca & pb and pa & cb):
        return []
    sa, sb = _span(left_text, a), _span(right_text, b)
    if _FIGURE.search(sa) or _FIGURE.search(sb):
        return []  # (a figure chosen is the figures' rule: "a two-year deal instead of a three-year one")
    return [Difference("negation", sa, sb, f"{OPPOSITE_NOTE}: {sa} vs {sb}")]


def _span(text: str, choice: tuple[_Side, _Side]) -> str:
    """The words of a choice as written, from its first word read to its last."""
    at = [x for side in choice for _, *x in side]
    return text[min(x for x, _ in at) : max(y for _, y in at)]
