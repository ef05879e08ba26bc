"""Text fields that keep the keys in the order typed, however fast they come.

Textual handles a field's printable keys in the field itself but its bound keys
(ctrl+u, backspace, arrows; enter in the search line) only when the key has bubbled up to
the app, and a dialog's enter, a priority binding, the moment it arrives: keys sent in one
burst (a fast typist, a paste of keys, tmux ``send-keys``) were applied out of order --
ctrl+u and a name exported the default name, ctrl+u cleared the name typed after it
(Textual issue #6605).  :class:`Field` runs its own bindings where it handles its
characters, and :func:`after_typed` runs a dialog's answer to enter after the keys
typed before it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import events
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import Input


class Field(Input):
    """An ``Input`` whose bound keys take effect in turn with the characters typed.

    That holds for its dialog's keys too (tab to the next field): a key the dialog binds runs
    here, in turn, and a key queued here before the focus moved on goes to the field that
    has it now -- "left path, tab, right path" typed in one burst was all queued in the
    left field before the tab, bubbling up to the dialog, moved the focus (ut33, ut34)."""

    async def _on_key(self, event: events.Key) -> None:
        focused = self.screen.focused if self.is_attached else None
        if focused is not self and isinstance(focused, Field) and focused.screen is self.screen:
            event.stop()
            event.prevent_default()
            await focused._on_key(event)  # typed after a tab handled here: the next field's
            return
        await super()._on_key(event)
        if event.is_printable:
            return  # inserted (and stopped) by Input
        own: list[tuple[Binding, DOMNode]] = [
            (b, self) for b in self._bindings.key_to_bindings.get(event.key, ())
        ]
        if self.is_attached:  # ... and the dialog's own keys ("tab": to the next field)
            shown = self.screen.active_bindings.get(event.key)
            if shown is not None and shown.node is self.screen:
                own.append((shown.binding, self.screen))
        for binding, node in own:
            if not binding.priority and await self.app.run_action(binding.action, node):
                event.stop()  # done here, in order: the app must not run it again
                event.prevent_default()
                return


def after_typed(screen: Screen[Any], answer: Callable[[], None]) -> None:
    """Run a dialog's ``answer`` to enter once every key typed before the enter is handled.

    Enter is a priority binding (it submits wherever the focus is), which the app runs the
    moment its key arrives, while the keys typed before it still wait in the focused
    widget's queue: read at once, the field missed what was typed fast (ctrl+u and a
    name in one burst exported the default name; a name sent after a pause was refused
    as empty, its enter lost).  Posted to that same queue, the answer runs after them --
    and not at all once an earlier enter has closed the dialog."""

    def when_typed() -> None:
        if screen.is_attached and screen.app.screen is screen:
            answer()

    (screen.focused or screen).call_later(when_typed)
