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
from textual.screen import Screen
from textual.widgets import Input


class Field(Input):
    """An ``Input`` whose bound keys take effect in turn with the characters typed."""

    async def _on_key(self, event: events.Key) -> None:
        await super()._on_key(event)
        if event.is_printable:
            return  # inserted (and stopped) by Input
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if not binding.priority and await self.app.run_action(binding.action, self):
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
