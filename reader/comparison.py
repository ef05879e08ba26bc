"""Comparison: turn aligned pairs into links with a relation, differences and unique details.

A link is "conflict" when the fact layer finds a discrepancy between any pair of its
sentences, else "shared"; a sentence in no link is unique to its side.  Names spelled two
ways anywhere in the documents, outside the links' own differences, are listed apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader import facts as facts_mod
from reader.model import Comparison, Difference, Document, DocumentDifference, Fact, Link

Group = tuple[tuple[int, ...], tuple[int, ...], float]


def build_links(left: Document, right: Document, groups: Sequence[Group]) -> list[Link]:
    """A link for each group of aligned sentences (:func:`reader.align.group`), with its
    relation, differences and one-sided details.  Each link depends on its own group
    only, so a long comparison can build its links in parts."""
    out: list[Link] = []
    for lids, rids, score in groups:
        lf = [f for i in lids for f in _facts(left, i)]
        rf = [f for i in rids for f in _facts(right, i)]
        diffs: list[Difference] = []
        for li in lids:  # per pair: a merged passage must not hide a conflict
            for ri in rids:
                for d in facts_mod.differences(
                    _facts(left, li), _facts(right, ri), left.sentences[li].text, right.sentences[ri].text
                ):
                    if d not in diffs:
                        diffs.append(d)
        only_l, only_r = facts_mod.unique_details(lf, rf, diffs)
        out.append(
            Link(
                left=lids,
                right=rids,
                score=round(score, 3),
                relation="conflict" if diffs else "shared",
                differences=diffs,
                only_left=only_l,
                only_right=only_r,
            )
        )
    return out


def assemble(left: Document, right: Document, links: list[Link]) -> Comparison:
    """The comparison made of all its links: the sentences no link holds, and the names
    spelled two ways across the documents that no link already shows."""
    linked_l = {i for link in links for i in link.left}
    linked_r = {i for link in links for i in link.right}
    unique_l = [s.id for s in left.sentences if s.id not in linked_l]
    unique_r = [s.id for s in right.sentences if s.id not in linked_r]
    in_links = {(d.left, d.right) for link in links for d in link.differences}
    names = [
        DocumentDifference(li, ri, d)
        for li, ri, d in facts_mod.name_variants(left.facts, right.facts)
        if (d.left, d.right) not in in_links
    ]
    return Comparison(left, right, links, unique_l, unique_r, names)


def _facts(doc: Document, i: int) -> list[Fact]:
    return doc.facts[i] if i < len(doc.facts) else []
