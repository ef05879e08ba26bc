"""One figure told kept at its level on one side and moved to it on the other: "the fee for
temporary skill shortage visas will stay at 3,115 dollars" / "the temporary skill shortage visa
fee will also rise, to 3,115 dollars" (ut291); "the bank held its rate at 4.25 percent" / "the
bank cut its rate to 4.25 percent".

The figure is the same on both sides, so the figures' rules see it told alike; what changed is
whether it moved.  A verb of keeping right before "at" and the figure ("stay at", "remained
at", "was held at", "unchanged at") against a verb of moving before "to" and the figure ("rise
to", "was cut to", "went up, to"), each figure written once on its side, said of one thing (a
content word of the few before the verbs in common).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.pairing_items import stems
from reader.model import Fact

_KEPT = re.compile(
    r"\b(?P<verb>stay|stays|stayed|staying|remain|remains|remained|remaining|unchanged|held|hold|holds|"
    r"holding|kept|keep|keeps|keeping|frozen|freeze|freezes|froze|steady|flat)"
    r"(?:\s+(?!at\b|to\b)[a-z'’]+){0,3}\s+at\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_MOVED = re.compile(
    r"\b(?P<verb>rise|rises|rose|risen|rising|increase|increases|increased|increasing|climb|climbs|climbed|"
    r"jump|jumps|jumped|fall|falls|fell|fallen|falling|drop|drops|dropped|cut|cuts|reduce|reduces|reduced|"
    r"lower|lowers|lowered|raise|raises|raised|go\s+up|goes\s+up|went\s+up|gone\s+up|go\s+down|went\s+down)"
    r"(?:\s+(?!at\b|to\b)[a-z'’]+){0,3},?\s+to\s+(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_REACH = 48  # characters before a figure in which its verb stands
_SUBJECT_REACH = 60  # ... and before the verb, the words of what it is said of
_FIGURES = frozenset(("money", "percent", "number"))


def kept_or_moved(
    left: Sequence[Fact], right: Sequence[Fact], left_text: str, right_text: str
) -> tuple[str, str] | None:
    """The two verbs, as written, of one figure told kept at its level on one side and moved to it
    on the other; else None."""
    for fa in left:
        if fa.kind not in _FIGURES:
            continue
        same_l = [f for f in left if f.kind == fa.kind and f.value == fa.value]
        same_r = [f for f in right if f.kind == fa.kind and f.value == fa.value and f.unit == fa.unit]
        if len(same_l) != 1 or len(same_r) != 1:
            continue
        fb = same_r[0]
        for kept_side, moved_side in (
            ((left_text, fa), (right_text, fb)),
            ((right_text, fb), (left_text, fa)),
        ):
            k = _KEPT.search(kept_side[0], max(0, kept_side[1].start - _REACH), kept_side[1].start)
            m = _MOVED.search(moved_side[0], max(0, moved_side[1].start - _REACH), moved_side[1].start)
            if k is None or m is None or not _one_thing(kept_side[0], k.start(), moved_side[0], m.start()):
                continue
            spans = (k.group().strip(), m.group().strip())
            return spans if kept_side[0] is left_text else (spans[1], spans[0])
    return None


def _one_thing(a: str, at_a: int, b: str, at_b: int) -> bool:
    """Do the words before the two verbs share a content word: the two verbs said of one thing?"""
    return bool(
        stems(a[max(0, at_a - _SUBJECT_REACH) : at_a]) & stems(b[max(0, at_b - _SUBJECT_REACH) : at_b])
    )
