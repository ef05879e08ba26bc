"""Overlap: how much of two texts a comparison links, and a notice when they share little.

Two articles about two different events still get a comparison: every sentence of each
is "only on one side", which reads like two very different accounts rather than two
different stories.  :func:`overlap` measures the share of sentences linked and gives the
one plain sentence every view shows (the app's summary bar, the Markdown, HTML and JSON
exports): that one side has no sentences at all, or that the texts share little and may
not be about the same event.  Computed from the :class:`~reader.model.Comparison` alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.counts import counted
from reader.model import Comparison, Side

# Below this share of each side's sentences linked, the texts "share little".  Measured on
# the news corpus (/work/shared/news/stories, 42 random stories): the first two articles of
# one story against the first articles of two different stories.  Different events link
# 0-5.3 % of their sentences (34 of 42 none; the highest, one chance link in 19 + 19
# sentences), the same event 3.4-91 % (median about 25 %).  6 % sits above every
# cross-story pair seen.  The share is each side's own, and the texts share little only when
# both sides do: a two-sentence brief wholly linked into a long article shares all it has
# (measured over both sides together, the long side swamped it: 26 of 120 such briefs were
# told they may be about another event).
LITTLE_SHARED = 0.06

SIDES: tuple[Side, Side] = ("left", "right")


@dataclass(frozen=True, slots=True)
class Overlap:
    """How much of the two texts is linked, and what to tell the reader about it."""

    linked_left: int  # the left sentences that belong to a link
    linked_right: int
    left: int  # the left sentences
    right: int
    unit: str = "sentence"  # the word for one of them (--split: "line", "paragraph")
    same: bool = False  # the two texts are one text (a file given twice, a copy)

    @property
    def linked(self) -> int:
        """Sentences of both sides that belong to a link."""
        return self.linked_left + self.linked_right

    @property
    def sentences(self) -> int:
        """Sentences of both sides."""
        return self.left + self.right

    @property
    def empty(self) -> tuple[Side, ...]:
        """The sides with no sentences at all."""
        return tuple(side for side, n in zip(SIDES, (self.left, self.right), strict=True) if not n)

    @property
    def share(self) -> float:
        """The share of all sentences that are linked (0.0 when there are none)."""
        return round(self.linked / self.sentences, 3) if self.sentences else 0.0

    @property
    def side_share(self) -> float:
        """The larger of the two sides' own shares of sentences linked."""
        shares = [k / n for k, n in ((self.linked_left, self.left), (self.linked_right, self.right)) if n]
        return round(max(shares), 3) if shares else 0.0

    @property
    def little(self) -> bool:
        """The texts share little (or one has nothing to share): maybe two different events."""
        return bool(self.empty) or self.side_share < LITTLE_SHARED

    @property
    def notice(self) -> str:
        """One plain sentence for the reader ("" when the texts share enough)."""
        if len(self.empty) == 2:
            return "Neither article has any sentences: there is nothing to compare."
        if self.empty:
            side = self.empty[0]
            return (
                f"The {side} article has no sentences (it is empty, or nothing is left after "
                "clean-up): there is nothing to compare it with."
            )
        if self.same:
            return "The two texts are the same: every sentence is told by both, nothing differs."
        if not self.little:
            return ""
        return (
            f"The two texts share little ({self.linked_left} of {counted(self.left, self.unit)} linked on "
            f"the left, {self.linked_right} of {self.right} on the right): they may not be "
            "about the same event."
        )

    @property
    def short(self) -> str:
        """The notice in a few words, for a one-line bar ("" when there is none)."""
        if len(self.empty) == 2:
            return "no sentences on either side"
        if self.empty:
            return f"the {self.empty[0]} article has no sentences"
        if self.same:
            return "the same text on both sides"
        return "little in common: maybe not the same event" if self.little else ""


def overlap(c: Comparison) -> Overlap:
    """The overlap of a finished comparison."""
    n = {side: len(c.document(side).sentences) for side in SIDES}
    linked = {side: n[side] - len(c.unique(side)) for side in SIDES}
    same = bool(c.left.sentences) and c.left.text == c.right.text
    return Overlap(linked["left"], linked["right"], n["left"], n["right"], c.left.unit, same)


def from_counts(left: int, right: int, unique_left: int, unique_right: int) -> Overlap:
    """The overlap from sentence counts alone (``unique_*``: each side's unlinked sentences)."""
    return Overlap(left - unique_left, right - unique_right, left, right)


def to_dict(c: Comparison) -> dict[str, object]:
    """The JSON export's ``overlap`` field."""
    o = overlap(c)
    return {
        "linked": o.linked,
        "sentences": o.sentences,
        "share": o.share,
        "side_share": o.side_share,
        "little_shared": o.little,
        "bound": LITTLE_SHARED,
        "notice": o.notice,
    }
