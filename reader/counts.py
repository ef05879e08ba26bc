"""What every view counts: a comparison's discrepancies, and the words that say them.

A discrepancy is a passage whose two accounts disagree (a conflict link: what the app's
"next conflict" visits) or a name spelled two ways across the articles outside any
passage (``Comparison.names``).  The app's summary bar, ``--summary``, the Markdown, HTML
and JSON exports and the batch tables all count them here, so they never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reader.model import Comparison


def counted(n: object, one: str, many: str = "") -> str:
    """ "1 sentence", "2 sentences": the report is read by people."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


@dataclass(frozen=True, slots=True)
class Discrepancies:
    """The discrepancies of one comparison, by where they are."""

    passages: int  # passages (links) in conflict
    names: int  # names spelled two ways across the articles, outside any passage

    @property
    def total(self) -> int:
        return self.passages + self.names

    @property
    def said(self) -> str:
        """ "2 discrepancies"."""
        return counted(self.total, "discrepancy", "discrepancies")

    @property
    def parts(self) -> str:
        """Where they are, when not all in passages ("" when they are): "1 passage in
        conflict, 1 name spelled two ways across the articles"."""
        if not self.names:
            return ""
        return (
            f"{counted(self.passages, 'passage')} in conflict, "
            f"{counted(self.names, 'name')} spelled two ways across the articles"
        )

    @property
    def full(self) -> str:
        """The count and, when some are names, where they are."""
        return f"{self.said} ({self.parts})" if self.parts else self.said


def discrepancies(c: Comparison) -> Discrepancies:
    """The discrepancies every view counts."""
    return Discrepancies(sum(k.relation == "conflict" for k in c.links), len(c.names))


def from_summary(s: Mapping[str, Any]) -> Discrepancies:
    """The same count from a JSON export's ``summary`` (``conflicts`` + ``name_variants``)."""
    return Discrepancies(int(s.get("conflicts") or 0), int(s.get("name_variants") or 0))


UNITS = {"sentences": "sentence", "lines": "line", "paragraphs": "paragraph"}


def unit(split: str) -> str:
    """The word for one unit of comparison (``--split``): "sentence", "line", "paragraph"."""
    return UNITS.get(split, "sentence")
