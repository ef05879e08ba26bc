"""One figure written with another unit: "climbed 4.2 percent" / "climbed 4.2 cents".

A share and a sum are two kinds of fact, never compared, so a rewrite that keeps the figure and
changes its unit (a classic slip of a markets desk) goes unseen.  Two linked sentences where one
tells a share and the other a sum written with the same figure, a point in it or two digits at
least, and neither tells the other's kind with that figure, tell one figure with two units.
"""

from __future__ import annotations

from reader.facts.scale_slip import FIGURE  # a quantity's figure as written
from reader.model import Difference, Fact

_KINDS = ("percent", "money")


def unit_slip_diffs(left: list[Fact], right: list[Fact], found: list[Difference]) -> list[Difference]:
    """A share on one side and a sum on the other with one figure (the module's rule), at most one;
    none that ``found`` shows already."""
    shown = {s for d in found for s in (d.left, d.right)}
    for a in left:
        if a.kind not in _KINDS or a.text in shown:
            continue
        for b in right:
            if b.kind not in _KINDS or b.kind == a.kind or b.text in shown or _figure(a) != _figure(b):
                continue
            if _told(a.kind, _figure(a), right) or _told(b.kind, _figure(b), left):
                continue  # the other side tells that figure with this unit too
            return [Difference("percentage", a.text, b.text, f"unit: {a.text} vs {b.text}")]
    return []


def _figure(f: Fact) -> str:
    """The figure as written, if specific enough: a point in it or two digits ("4.2", "15")."""
    m = FIGURE.search(f.text)
    figure = m.group().replace(",", "") if m else ""
    return figure if "." in figure or len(figure) >= 2 else ""


def _told(kind: str, figure: str, facts: list[Fact]) -> bool:
    return not figure or any(f.kind == kind and _figure(f) == figure for f in facts)
