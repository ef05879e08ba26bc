"""The datelines of two accounts compared: where and when each says it was filed.

The cleaner cuts a dateline off the sentence it opens ("LEIPZIG, Germany, March 11 (Wire) - The
chipmaker said ...") so the sentence is compared on its own words (:mod:`reader.clean.cuts`).
The dateline is furniture to the aligner, but its place and its date are facts a wire desk
answers for: a rewrite that files the story from another city, or on another day, is a
discrepancy of the two articles as wholes, shown beside the names spelled two ways
(``Comparison.names``) with the sentence each dateline opened.

Only datelines of one source are compared, its name in brackets on both ("(Wire)", "(AP)"): a
rewrite of wire copy keeps its source, while two outlets' reporters file from where each stood
and on the day each filed ("WASHINGTON (AP)" / "NEW YORK (Reuters)" is no conflict).  Two places
are one when either names the other among its places ("WASHINGTON/SAN JOSE, Calif." /
"WASHINGTON"); two dates are one when their month and day agree (a year only one side writes
is no other date).  A dateline on one side only is a detail, not a conflict.
"""

from __future__ import annotations

import re

from reader.clean.datelines import dateline_at
from reader.facts import extract
from reader.facts.compare_temporal import dates_compatible
from reader.model import DATELINE, Difference, Document, DocumentDifference, Fact

# a dateline opens the story: at most the title and a byline's sentence stand before it
_SENTENCES_BEFORE_MAX = 2
_SOURCE = re.compile(r"\(([^()]{1,40})\)")  # the source in brackets: "(Wire)", "(AP)"
# where a place ends: a comma (its state or country follows), a bracket (the agency), a date's digit
_PLACE_END = re.compile(r"\s*(?:,|\(|\d|[-\u2010-\u2015\u2212]|:)")


def dateline_diffs(left: Document, right: Document) -> list[DocumentDifference]:
    """The places and dates two datelines tell apart (the module's rule)."""
    a, b = _dateline(left), _dateline(right)
    if a is None or b is None:
        return []
    (text_a, at_a), (text_b, at_b) = a, b
    source_a, source_b = _SOURCE.search(text_a), _SOURCE.search(text_b)
    if source_a is None or source_b is None or source_a.group(1).casefold() != source_b.group(1).casefold():
        return []
    out = []
    place_a, place_b = _place(text_a), _place(text_b)
    if place_a and place_b and not _one_place(place_a, place_b):
        note = f"dateline place: {place_a} vs {place_b}"
        out.append(DocumentDifference(at_a, at_b, Difference(DATELINE, place_a, place_b, note)))
    date_a, date_b = _date(text_a), _date(text_b)
    if date_a is not None and date_b is not None and not dates_compatible(date_a, date_b):
        note = f"dateline date: {date_a.text} vs {date_b.text}"
        out.append(DocumentDifference(at_a, at_b, Difference(DATELINE, date_a.text, date_b.text, note)))
    return out


def _dateline(doc: Document) -> tuple[str, int] | None:
    """The dateline that opens ``doc`` and the sentence it opened, or None."""
    for r in doc.removed:
        if r.reason != "dateline":  # (not a stamp's "byline or dateline": "Published ... Updated")
            continue
        if sum(s.end <= r.start for s in doc.sentences) > _SENTENCES_BEFORE_MAX:
            return None
        after = next((s.id for s in doc.sentences if s.start >= r.end), None)
        return (r.text, after) if after is not None else None
    return None


def _place(text: str) -> str:
    """The place a dateline names in capitals, as written ("LEIPZIG" of "LEIPZIG, Germany, March
    11 (Wire) -"); "" when it names none so (a place in Title Case may be a weekday's or a stamp's)."""
    m = dateline_at(text, 0)
    if m is None or not m.group("place"):
        return ""
    place = m.group("place")
    end = _PLACE_END.search(place)
    return (place[: end.start()] if end else place).strip()


def _one_place(a: str, b: str) -> bool:
    parts_a, parts_b = (frozenset(p.strip().casefold() for p in x.split("/")) for x in (a, b))
    return bool(parts_a & parts_b)


def _date(text: str) -> Fact | None:
    """The date a dateline tells with its day."""
    return next(
        (f for f in extract(text) if f.kind == "date" and isinstance(f.value, tuple) and f.value[2]), None
    )
