"""Two figures that are the two parts of a third both sentences state: "authorised to have 54
controllers but has 39" / "15 controllers short of the 54 it is authorised to have".

A rewrite often tells a figure by the rest of a whole instead of the part (what is missing, not
what is there; the seats lost, not the seats kept); the whole both sides write is the proof that
the two figures are the two parts of one count, not one count told two ways: 39 + 15 = 54.  Asked
by the gate of figures (:func:`reader.facts.gate.credible`) before it shows a count or a sum.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.model import Fact


def parts_of_one_whole(a: Fact, b: Fact, left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Are ``a`` (of ``left``) and ``b`` (of ``right``) two counts that add up to a count both
    sentences state besides them?"""
    if (
        a.kind != "number"
        or b.kind != "number"
        or not isinstance(a.value, float)
        or not isinstance(b.value, float)
    ):
        return False  # (counts: shares and sums add up by chance, "25% on steel, 10% on aluminum" / "15%")
    total = a.value + b.value

    def wholes(facts: Sequence[Fact], part: Fact) -> set[float]:
        return {
            f.value
            for f in facts
            if f is not part
            and f.kind == "number"
            and isinstance(f.value, float)
            and not _other_noun(f, a, b)
        }

    return any(abs(total - w) <= 1e-9 * w for w in wholes(left, a) & wholes(right, b) if w > 0)


def _other_noun(whole: Fact, a: Fact, b: Fact) -> bool:
    """Does the whole count another noun than both parts do ("eleven sites in five countries" /
    "11 sites in six countries": 5 + 6 = 11 by chance, ut177)?  Parts with no noun may be of any."""
    nouns = {w.split("/")[0] for w in whole.context}  # (a whole's words are marked: "seats/kept/whole")
    return all(nouns and f.context and nouns.isdisjoint(f.context) for f in (a, b))
