"""What every view counts: a comparison's discrepancies, and the words that say them.

A discrepancy is a passage whose two accounts disagree (a conflict link: what the app's
"next conflict" visits), a name spelled two ways across the articles outside any passage, or
two datelines that tell another place or day (both in ``Comparison.names``).  The app's summary
bar, ``--summary``, the Markdown, HTML and JSON exports and the batch tables all count them here,
so they never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reader.model import DATELINE, Comparison


def counted(n: object, one: str, many: str = "") -> str:
    """ "1 sentence", "2 sentences": the report is read by people."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


@dataclass(frozen=True, slots=True)
class Discrepancies:
    """The discrepancies of one comparison, by where they are."""

    passages: int  # passages (links) in conflict
    names: int  # names spelled two ways across the articles, outside any passage
    datelines: int = 0  # a dateline's place or date the other's tells apart

    @property
    def total(self) -> int:
        return self.passages + self.names + self.datelines

    @property
    def said(self) -> str:
        """ "2 discrepancies"."""
        return counted(self.total, "discrepancy", "discrepancies")

    @property
    def parts(self) -> str:
        """Where they are, when not all in passages ("" when they are): "1 passage in
        conflict, 1 name spelled two ways across the articles", ", 1 dateline told apart"."""
        outside = self.outside
        return f"{counted(self.passages, 'passage')} in conflict, {outside}" if outside else ""

    @property
    def outside(self) -> str:
        """Those outside any passage ("" when none are): "1 name spelled two ways across the
        articles, 1 dateline told apart"."""
        parts = [f"{counted(self.names, 'name')} spelled two ways across the articles"] if self.names else []
        if self.datelines:
            parts.append(f"{counted(self.datelines, 'dateline')} told apart")
        return ", ".join(parts)

    @property
    def full(self) -> str:
        """The count and, when some are names or datelines, where they are."""
        return f"{self.said} ({self.parts})" if self.parts else self.said


def discrepancies(c: Comparison) -> Discrepancies:
    """The discrepancies every view counts."""
    datelines = sum(n.difference.kind == DATELINE for n in c.names)
    return Discrepancies(sum(k.relation == "conflict" for k in c.links), len(c.names) - datelines, datelines)


def from_summary(s: Mapping[str, Any]) -> Discrepancies:
    """The same count from a JSON export's ``summary`` (``conflicts``, ``name_variants`` and
    ``datelines``)."""
    return Discrepancies(
        int(s.get("conflicts") or 0), int(s.get("name_variants") or 0), int(s.get("datelines") or 0)
    )


UNITS = {"sentences": "sentence", "lines": "line", "paragraphs": "paragraph"}


def unit(split: str) -> str:
    """The word for one unit of comparison (``--split``): "sentence", "line", "paragraph"."""
    return UNITS.get(split, "sentence")
