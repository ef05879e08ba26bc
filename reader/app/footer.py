"""The footer: Textual's, showing only the entries that fit whole.

Textual's footer lays its keys in a row and clips the row at the screen's edge, so a
narrow terminal showed half an entry ("r Remo" at 100 columns, "p P" at 80).  This one
hides, from the end of the row, every entry that does not fit whole; the command table
puts the most used first (:data:`reader.app.commands.FOOTER_FIRST`), so what goes is what
is least needed, and the help (``?``) still lists everything.
"""

from __future__ import annotations

from textual.containers import HorizontalGroup
from textual.widget import Widget
from textual.widgets import Footer, Label


def entries(children: list[Widget]) -> list[list[Widget]]:
    """The footer's children as entries: a key with its label, or a group of keys
    ("j/k") with the label that follows the group.

    Textual exports no names for the footer's parts (its ``KeyGroup`` and ``FooterLabel``
    live in the private ``textual.widgets._footer``), so they are known by their public base
    classes: a group is a ``HorizontalGroup``, its label a ``Label`` (a key is neither)."""
    out: list[list[Widget]] = []
    for child in children:
        if isinstance(child, Label) and out and isinstance(out[-1][-1], HorizontalGroup):
            out[-1].append(child)
        else:
            out.append([child])
    return out


def fitting(ends: list[int], width: int) -> int:
    """How many entries fit whole in ``width`` cells, given where each one ends."""
    return sum(1 for end in ends if end <= width)


class FittedFooter(Footer):
    """A footer that drops whole entries from its end rather than cut one."""

    def __init__(self, *, compact: bool = False, show_command_palette: bool = True) -> None:
        super().__init__(compact=compact, show_command_palette=show_command_palette)
        self._ends: list[int] = []  # where each entry ends, measured with all shown
        self._tries = 0

    async def recompose(self) -> None:
        await super().recompose()
        self._ends, self._tries = [], 0
        self.call_after_refresh(self._fit)

    def on_resize(self) -> None:
        self._tries = 0
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        groups = entries(list(self.children))
        if not groups:
            return
        if len(self._ends) != len(groups):  # new entries: measure them (all are shown now)
            if not all(widget.display for group in groups for widget in group):
                return
            if not all(widget.region.width for group in groups for widget in group):
                self._tries += 1
                if self._tries < 10 and self.region.width:  # not laid out yet: at the next frame
                    self.call_after_refresh(self._fit)
                return
            left = self.region.x
            self._ends = [max(w.region.right for w in group) - left for group in groups]
        keep = fitting(self._ends, self.size.width)
        for i, group in enumerate(groups):
            for widget in group:
                widget.display = i < keep
