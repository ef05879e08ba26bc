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

from reader.model import Comparison, Side

# Below this share of all sentences (both sides together) linked, the texts "share little".
# Measured on the news corpus (/work/shared/news/stories, 42 random stories): the first two
# articles of one story against the first articles of two different stories.  Different
# events link 0-5.3 % of their sentences (34 of 42 none; the highest, one chance link in
# 19 + 19 sentences), the same event 3.4-91 % (median about 25 %).  6 % sits above every
# cross-story pair seen; the 3 same-story pairs below it link one or two sentences each,
# which do share little and are told so.
LITTLE_SHARED = 0.06

SIDES: tuple[Side, Side] = ("left", "right")


@dataclass(frozen=True, slots=True)
class Overlap:
    """How much of the two texts is linked, and what to tell the reader about it."""

    linked: int  # sentences of both sides that belong to a link
    sentences: int  # sentences of both sides
    empty: tuple[Side, ...]  # the sides with no sentences at all

    @property
    def share(self) -> float:
        """The share of all sentences that are linked (0.0 when there are none)."""
        return round(self.linked / self.sentences, 3) if self.sentences else 0.0

    @property
    def little(self) -> bool:
        """The texts share little (or one has nothing to share): maybe two different events."""
        return bool(self.empty) or self.share < LITTLE_SHARED

    @property
    def notice(self) -> str:
        """One plain sentence for the reader ("" when the texts share enough)."""
        if len(self.empty) == 2:
            return "Neither article has any sentences: there is nothing to compare."
        if self.empty:
            side = self.empty[0]
            return (
                f"The {side} article has no sentences (nothing is left after clean-up): "
                "there is nothing to compare it with."
            )
        if not self.little:
            return ""
        return (
            f"The two texts share little ({self.linked} of {self.sentences} sentences linked, "
            f"{self.share:.0%}): they may not be about the same event."
        )

    @property
    def short(self) -> str:
        """The notice in a few words, for a one-line bar ("" when there is none)."""
        if len(self.empty) == 2:
            return "no sentences on either side"
        if self.empty:
            return f"the {self.empty[0]} article has no sentences"
        return "little in common: maybe not the same event" if self.little else ""


def overlap(c: Comparison) -> Overlap:
    """The overlap of a finished comparison."""
    n = {side: len(c.document(side).sentences) for side in SIDES}
    linked = sum(n[side] - len(c.unique(side)) for side in SIDES)
    return Overlap(linked, n["left"] + n["right"], tuple(side for side in SIDES if not n[side]))


def from_counts(left: int, right: int, unique: int) -> Overlap:
    """The overlap from sentence counts alone (``unique``: both sides' unlinked sentences)."""
    empty = tuple(side for side, n in zip(SIDES, (left, right), strict=True) if not n)
    return Overlap(left + right - unique, left + right, empty)


def to_dict(c: Comparison) -> dict[str, object]:
    """The JSON export's ``overlap`` field."""
    o = overlap(c)
    return {
        "linked": o.linked,
        "sentences": o.sentences,
        "share": o.share,
        "little_shared": o.little,
        "bound": LITTLE_SHARED,
        "notice": o.notice,
    }
