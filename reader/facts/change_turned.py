"""One change of a share told up on one side and down on the other, in a sentence reworded around
it: "Trading volume on the exchange had already dropped 35% in February" / "trading volume on
Veltrix had climbed 35% in February" (ut245).

The same change (its figure and its unit: percent or points), its verb going up on one side and
down on the other, is one move turned round when it is the one move each sentence tells, its
figure written once on each side, said of the same thing (a content word of the few before the
verb in common) and in the same moments (no day, month or part of a day only one side names:
"rose 2% in the morning" ... "fell 2% in the afternoon" are two moves).  A sentence that denies
anything is the negation rules'.  Two figures of one move (a change and its level) are
:func:`reader.facts.move_ends.direction_turned`'s; a move told by its two levels, the same on both
sides ("71.2 percent, up from 66.9 percent" / "slipped to 71.2 percent, compared with 66.9
percent", ut253), is :func:`levels_turned`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.negation_hint import negates
from reader.facts.opposite_pairs import MOVE_WORDS, UP_WORDS
from reader.facts.opposites import OPPOSITE_NOTE
from reader.facts.pairing_items import stems
from reader.lang import MOMENT_WORDS
from reader.model import Difference

_FIGURE = r"\d+(?:,\d{3})*(?:\.\d+)?"
# a verb of moving, "by" or not, and its change in percent or points ("dropped 35%", "rose by 4.2
# percentage points", "up 3 percent")
_CHANGE = re.compile(
    r"\b(?P<verb>"
    + "|".join((*MOVE_WORDS, "up", "down"))
    + r")\s+(?:by\s+)?(?P<change>"
    + _FIGURE
    + r")\s*(?P<unit>%|percent\b|per\s+cent\b|(?:percentage\s+)?points?\b)",
    re.I,
)
_WORD = re.compile(r"[A-Za-z]+")
# the words before the verb that say what moved ("Trading volume on the exchange had")
SUBJECT_WORDS = 6


def change_turned(left_text: str, right_text: str, found: Sequence[Difference] = ()) -> list[Difference]:
    """The one change of each side told up and down (the module's rule), at most one."""
    a, b = _one_change(left_text), _one_change(right_text)
    if a is None or b is None or negates(left_text) or negates(right_text):
        return []
    va, vb = a.group("verb"), b.group("verb")
    if _up(va) == _up(vb):
        return []
    if float(a.group("change").replace(",", "")) != float(b.group("change").replace(",", "")):
        return []
    if _unit(a) != _unit(b) or _moments(left_text) != _moments(right_text):
        return []
    if not _subject(left_text, a) & _subject(right_text, b):
        return []
    if any(va in d.left and vb in d.right for d in found):
        return []
    return [Difference("negation", va, vb, f"{OPPOSITE_NOTE}: {va} vs {vb}")]


def _one_change(text: str) -> re.Match[str] | None:
    """The change a sentence tells, when it tells one and writes its figure once."""
    if "%" not in text and "per" not in text and "point" not in text:
        return None  # (the cheap test first: no share, no change of one)
    found = list(_CHANGE.finditer(text))
    if len(found) != 1:
        return None
    figure = found[0].group("change")
    return found[0] if len(re.findall(rf"(?<![\d.,]){re.escape(figure)}(?![\d]|[.,]\d)", text)) == 1 else None


def _unit(m: re.Match[str]) -> str:
    """The change's unit: "%" for percent, "p" for points."""
    return "p" if m.group("unit").lower().rstrip("s").endswith("point") else "%"


def _moments(text: str) -> frozenset[str]:
    """The words of moments the sentence names (days, months, parts of a day)."""
    return frozenset(w for w in (x.lower() for x in _WORD.findall(text)) if w in MOMENT_WORDS)


def _subject(text: str, m: re.Match[str]) -> frozenset[str]:
    """The content stems of the few words before the verb."""
    return stems(" ".join(text[: m.start()].split()[-SUBJECT_WORDS:]))


# a move told by its two levels: "71.2 percent, up from 66.9 percent", "slipped to 71.2 percent,
# compared with 66.9 percent", "rose to 410,000 ... from 260,000"
_SHARE = r"(?:\s*(?:%|percent\b|per\s+cent\b))?"
_LEVELS = (
    re.compile(
        rf"(?P<end>{_FIGURE}){_SHARE}(?:\s+[\w'-]+){{0,3}}?,?\s+(?P<verb>up|down)\s+from\s+(?P<start>{_FIGURE})",
        re.I,
    ),
    re.compile(
        rf"\b(?P<verb>{'|'.join(MOVE_WORDS)})\s+to\s+(?P<end>{_FIGURE}){_SHARE}(?:\s+[\w'-]+){{0,6}}?,?\s+"
        rf"(?:from|compared\s+with|compared\s+to|against)\s+(?P<start>{_FIGURE})",
        re.I,
    ),
)


def levels_turned(left_text: str, right_text: str, found: Sequence[Difference] = ()) -> list[Difference]:
    """One move told by the same two levels on both sides, going up on one and down on the other
    ("Turnout ... was 71.2 percent, up from 66.9 percent" / "Turnout slipped to 71.2 percent, compared
    with 66.9 percent", ut253): the same two figures make it one move."""
    a, b = _levels(left_text), _levels(right_text)
    if a is None or b is None or negates(left_text) or negates(right_text):
        return []
    (va, ea, sa), (vb, eb, sb) = a, b
    if (ea, sa) != (eb, sb) or _up(va) == _up(vb) or any(va in d.left and vb in d.right for d in found):
        return []
    return [Difference("negation", va, vb, f"{OPPOSITE_NOTE}: {va} vs {vb}")]


def _levels(text: str) -> tuple[str, float, float] | None:
    """The one move a sentence tells by its two levels: its verb as written, its end and start."""
    if " from " not in text and " compared " not in text and " against " not in text:
        return None  # (the cheap test first: no start told)
    found = [m for pattern in _LEVELS for m in pattern.finditer(text)]
    if len(found) != 1:
        return None
    m = found[0]
    return m.group("verb"), float(m.group("end").replace(",", "")), float(m.group("start").replace(",", ""))


# the words of a move up, "up" among them ("up 3 percent", "up from 66.9 percent")
UPWARD = UP_WORDS | {"up"}


def _up(verb: str) -> bool:
    return verb.lower() in UPWARD
