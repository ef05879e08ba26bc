"""Earned: every sentence of a passage between two texts tells something of its partner.

Each sentence keeps its best partner, so a sentence that only one text tells ("Before the
decision, traders had bet on about 55 basis points of cuts") hangs on the other's sentence it
borrows a few words from, beside that sentence's true partner ("Money markets priced in about
40 basis points of cuts"): a passage of three where the reader wanted one link and a sentence
told by one side only, and a conflict of 55 against 40 between two facts (ut133).  A piece of
a merged sentence brings words of the merge that its sibling lacks, or shares its figures; a
sentence that brings none and tells figures of its own is another fact of the same kind.
"""

from __future__ import annotations

from collections import defaultdict

from reader.align.evidence import Evidence
from reader.align.score import Scores
from reader.align.settings import Settings


def hangers_on(scores: Scores, chosen: set[int], settings: Settings) -> set[int]:
    """The weak pairs of ``chosen`` (below ``strong_cosine_min``) beside a stronger pair of the
    same sentence, whose other sentence shares with it nothing that the strongest pair does not
    share already, and tells numbers of which it tells none.  A headline's pairs keep to the
    headline's rules (:mod:`reader.align.lead`)."""
    ev = scores.evidence
    if ev is None or len(chosen) < 2:
        return set()
    li, ri, eff, cos = scores.li, scores.ri, scores.eff, scores.cos
    heads = (ev.headline(0)[0], ev.headline(1)[0])
    out: set[int] = set()
    for side, own, other in ((0, li, ri), (1, ri, li)):
        # ``side`` holds the sentence with several partners, ``1 - side`` the partners
        groups: dict[int, list[int]] = defaultdict(list)
        for k in chosen:
            groups[int(own[k])].append(k)
        for y, ks in groups.items():
            if len(ks) < 2 or y in heads[side]:
                continue
            first = max(ks, key=lambda k: float(eff[k]))
            told = _shared(ev, side, y, int(other[first]))
            for k in ks:
                x = int(other[k])
                if k == first or cos[k] >= settings.strong_cosine_min or x in heads[1 - side]:
                    continue
                if _shared(ev, side, y, x) <= told and ev.own_values(x, y, side=1 - side):
                    out.add(k)
    return out


def _shared(ev: Evidence, side: int, y: int, x: int) -> frozenset[int]:
    """The keys sentence ``y`` of ``side`` shares with sentence ``x`` of the other side."""
    return ev.shared(y, x) if side == 0 else ev.shared(x, y)
