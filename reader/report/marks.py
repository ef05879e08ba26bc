"""What each sentence is in the comparison (role, links, partners) and its text, escaped.

Everything that comes from an article passes through :func:`text` or :func:`marked`
before it reaches the report: both escape with ``html.escape`` (quotes included), so a
``<script>`` in an article is shown as the characters, never parsed as a tag.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from reader.model import Comparison, Role, Side

MARK = {"shared": "=", "conflict": "!", "unique": "+"}  # the app's colour-blind gutter marks
WORD = {"shared": "both tell this", "conflict": "the accounts disagree", "unique": "only this side"}


def text(value: object) -> str:
    """Any value as HTML text (element content or a quoted attribute value)."""
    return html.escape(str(value), quote=True)


@dataclass(slots=True)
class Info:
    """One sentence's place in the comparison."""

    role: Role = "unique"
    links: list[int] = field(default_factory=list)  # indices into comparison.links
    partners: list[int] = field(default_factory=list)  # sentence ids on the other side
    spans: list[str] = field(default_factory=list)  # smallest differing spans to mark
    details: list[str] = field(default_factory=list)  # facts its passages tell on this side only


def infos(c: Comparison, side: Side) -> list[Info]:
    """The :class:`Info` of every sentence on one side, by sentence id."""
    other: Side = "right" if side == "left" else "left"
    out = [Info() for _ in c.document(side).sentences]
    for n, link in enumerate(c.links):
        for i in link.ids(side):
            info = out[i]
            info.links.append(n)
            info.partners.extend(j for j in link.ids(other) if j not in info.partners)
            own = link.only_left if side == "left" else link.only_right
            info.details.extend(x for x in own if x not in info.details)
            if link.relation == "conflict":
                info.role = "conflict"
                info.spans.extend(getattr(d, side) for d in link.differences)
            elif info.role == "unique":
                info.role = "shared"
    for name in c.names:
        i = name.left_sentence if side == "left" else name.right_sentence
        if 0 <= i < len(out):
            out[i].spans.append(getattr(name.difference, side))
    return out


def spans_in(sentence: str, spans: list[str]) -> list[tuple[int, int]]:
    """Where the differing spans stand in a sentence: sorted, non-overlapping (start, end).

    A span is matched as a whole word where it can be ("14" not inside "2014"), else anywhere.
    """
    found: list[tuple[int, int]] = []
    for span in dict.fromkeys(s for s in spans if s and s.strip()):
        whole = re.search(r"(?<!\w)" + re.escape(span) + r"(?!\w)", sentence)
        at = whole.start() if whole else sentence.find(span)
        if at >= 0:
            found.append((at, at + len(span)))
    kept: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def marked(sentence: str, spans: list[str]) -> str:
    """The sentence as HTML, its differing spans in ``<mark>``, everything escaped."""
    out: list[str] = []
    pos = 0
    for start, end in spans_in(sentence, spans):
        out.append(text(sentence[pos:start]))
        out.append(f'<mark class="diff">{text(sentence[start:end])}</mark>')
        pos = end
    out.append(text(sentence[pos:]))
    return "".join(out)


def stops(c: Comparison) -> list[str]:
    """The order of j/k: passages ("k3") and one-sided sentences ("L4", "R2") as they come.

    Walks the left article; a right-only sentence comes right after the passage that
    follows it on the right, so both columns move down together.
    """
    left = infos(c, "left")
    right_unique = sorted(c.unique_right)
    out: list[str] = []
    seen: set[int] = set()
    r = 0
    for i, info in enumerate(left):
        if not info.links:
            out.append(f"L{i}")
            continue
        for n in info.links:
            if n in seen:
                continue
            seen.add(n)
            top = max(c.links[n].right, default=-1)
            while r < len(right_unique) and right_unique[r] < top:
                out.append(f"R{right_unique[r]}")
                r += 1
            out.append(f"k{n}")
    out += [f"k{n}" for n in range(len(c.links)) if n not in seen]
    out += [f"R{i}" for i in right_unique[r:]]
    return out
