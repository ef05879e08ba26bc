"""The keys in force: the command table's, overlaid with the user's ``[keymap]``.

A user remaps a key in the config file (``$XDG_CONFIG_HOME/reader/config.toml``)::

    [keymap]
    next = "n,down"             # binding id = keys, comma-separated
    search-next = "ctrl+n"

The ids are the commands' (:mod:`reader.app.commands`).  :func:`parse_keymap` checks
each entry and keeps the good ones; a bad one (no such command, not a key name, a key
another command already has) is reported in one line and left out, never a crash.  The
result goes to Textual's ``App.set_keymap``, which rebinds, and to :class:`KeyTable`,
which every hint asks for the key to name -- so the footer, the help screen, the dialogs
and the messages all show the keys that work.  No Textual widgets here, only its key
names, so it is tested on its own.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field

from textual.keys import KEY_NAME_REPLACEMENTS, Keys, _character_to_key, format_key, key_to_character

from reader.app.commands import ALL_COMMANDS, BY_ID, Command

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})
_KEY_NAMES = frozenset(k.value for k in Keys) | frozenset(KEY_NAME_REPLACEMENTS.values())
# keys Textual's app keeps for itself (priority bindings, or copy): a command remapped to
# one would never run
RESERVED = {"ctrl+q": "Textual's quit", "ctrl+p": "the command palette", "ctrl+c": "copy"}
# how the help screen and the hints write a key (the footer uses Textual's own display)
_SPOKEN = {
    "slash": "/",
    "question_mark": "?",
    "space": "space",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "escape": "esc",
}


def normalize(key: str) -> str:
    """Textual's name for a key as a user may write it ("?" -> "question_mark")."""
    key = key.strip()
    return _character_to_key(key) if len(key) == 1 else key


def is_key(key: str) -> bool:
    """Whether Textual can ever report this key (modifiers, then a key or character name)."""
    *mods, base = key.split("+")
    if not base or any(m not in MODIFIERS for m in mods):
        return False
    return len(base) == 1 or base in _KEY_NAMES or key_to_character(base) is not None


def spoken(key: str) -> str:
    """A key as a person reads it in a hint: "/", "esc", "ctrl+n", "down"."""
    if key in _SPOKEN:
        return _SPOKEN[key]
    if "+" in key:
        return key
    char = format_key(key) if key in KEY_NAME_REPLACEMENTS.values() else key_to_character(key)
    return char if char is not None and char.isprintable() and not char.isspace() else key


@dataclass(frozen=True, slots=True)
class KeyTable:
    """Every command's keys in force; what each hint names."""

    keymap: Mapping[str, str] = field(default_factory=dict)
    """Binding id -> keys (normalised, comma-separated): the accepted user entries."""

    def keys(self, command_id: str) -> list[str]:
        """The keys of a command, the user's when remapped."""
        keys = self.keymap.get(command_id) or BY_ID[command_id].key
        return [k.strip() for k in keys.split(",") if k.strip()]

    def hint(self, command_id: str) -> str:
        """The first key, as a hint names it ("u" in "u next unique")."""
        return spoken(self.keys(command_id)[0])

    def label(self, command_id: str) -> str:
        """All keys, as the help screen and the palette show them ("j / down")."""
        return " / ".join(spoken(k) for k in self.keys(command_id))

    def footer(self, command: Command) -> str | None:
        """The footer's key for a command shown with its reverse ("j/k"); None: the default."""
        if command.pair is None:
            return None
        return f"{format_key(self.keys(command.id)[0])}/{format_key(self.keys(command.pair)[0])}"


def parse_keymap(table: object, where: str = "config.toml") -> tuple[KeyTable, list[str]]:
    """The user's ``[keymap]`` as a KeyTable, and one line per entry that was left out.

    Two passes: each entry must name a command and keys Textual knows; then no key may
    belong to two commands of one scope once all good entries are applied (so moving
    ``help`` off ``?`` frees ``?`` for another command, in any order).
    """
    if table is None:
        return KeyTable(), []
    if not isinstance(table, dict):
        return KeyTable(), [f'{where}: [keymap] must be a table of binding id = "keys"']
    problems: dict[str, str] = {}
    candidates: dict[str, str] = {}
    for command_id, value in table.items():
        problem = _entry_problem(command_id, value)
        if problem:
            problems[command_id] = problem
        else:
            candidates[command_id] = ",".join(normalize(k) for k in str(value).split(","))
    draft = KeyTable(candidates)
    for command_id in list(candidates):
        clash = _clash(draft, command_id)
        if clash:
            problems[command_id] = clash
            del candidates[command_id]
    lines = [f"{where} [keymap] {command_id}: {problem}; ignored" for command_id, problem in problems.items()]
    return KeyTable(candidates), lines


def _entry_problem(command_id: str, value: object) -> str:
    """What is wrong with one keymap entry on its own ("" when nothing)."""
    if command_id not in BY_ID:
        near = difflib.get_close_matches(command_id, list(BY_ID), n=1)
        return f"no command has this id (did you mean {near[0]!r}?)" if near else "no command has this id"
    if not isinstance(value, str) or not value.strip():
        return 'give the keys as a string, like "x" or "ctrl+x,f5"'
    bad = [k for k in (normalize(k) for k in value.split(",")) if not is_key(k)]
    return f"{bad[0]!r} is not a key name" if bad else ""


def _clash(table: KeyTable, command_id: str) -> str:
    """Which other command of the same scope has one of this command's keys ("" none)."""
    command = BY_ID[command_id]
    keys = set(table.keys(command_id))
    for key in sorted(keys & RESERVED.keys()):
        return f"{key!r} is the key of {RESERVED[key]}"
    for other in ALL_COMMANDS:
        if other.id != command_id and other.scope == command.scope:
            taken = keys & set(table.keys(other.id))
            if taken:
                return f"{spoken(min(taken))!r} is already the key of {other.id!r}"
    return ""


def table_of(app: object) -> KeyTable:
    """The app's keys in force (the reader app keeps them as ``key_table``); the defaults else."""
    table = getattr(app, "key_table", None)
    return table if isinstance(table, KeyTable) else KeyTable()
