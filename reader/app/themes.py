"""Theme files and the remembered settings, both plain TOML a user can edit.

Themes live in the package (``reader.themes``: dark, light, colorblind) and in the
user's config folder (``$XDG_CONFIG_HOME/reader/themes/*.toml``).  A theme file sets
Textual's base colours (``[colors]``), the role colours (``[roles]``, which become the
theme variables ``$role-shared`` ... used by the CSS and the panes), and optional text
emphasis and gutter marks per role, so a theme can tell roles apart by more than hue.

The chosen theme is written to ``$XDG_CONFIG_HOME/reader/config.toml`` so the next run
opens with it; the rest of that file (the user's ``[keymap]`` table, read by
:mod:`reader.app.keys`) is written back as it was, and a file that does not parse is
never overwritten.  Nothing here may stop the app from starting: a broken file is
skipped with a note, an unwritable config folder is ignored.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from textual.theme import Theme

from reader.files import write_atomic_path

ROLES = ("shared", "conflict", "unique", "removed")
ROLE_VARIABLES = (*ROLES, "selected", "changed", "search")
DEFAULT_THEME = "dark"

# Fallbacks for Textual's own themes (nord, gruvbox, ...), which know nothing of roles:
# mid-tone colours that stay readable on dark and light backgrounds alike.
DEFAULT_ROLE_COLORS: dict[str, str] = {
    "role-shared": "#5fa86a",
    "role-conflict": "#e0683f",
    "role-unique": "#5a8fd8",
    "role-removed": "#808080",
    "role-selected": "#44506a",
    "role-changed": "#5e5630",
    "role-search": "#d0a020",
}

_COLOR_KEYS = (
    "primary",
    "secondary",
    "accent",
    "warning",
    "error",
    "success",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
)
_EMPHASIS_WORDS = {"bold", "italic", "underline", "dim", "reverse", "strike"}


@dataclass(frozen=True, slots=True)
class RoleLook:
    """What a theme says beyond colours: emphasis words and gutter marks per role."""

    emphasis: dict[str, frozenset[str]] = field(default_factory=dict)
    gutter: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Loaded:
    """Themes read from files, with the extras Textual's Theme has no place for."""

    themes: list[Theme] = field(default_factory=list)
    looks: dict[str, RoleLook] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def config_dir() -> Path:
    """``$XDG_CONFIG_HOME/reader`` (or ``~/.config/reader``)."""
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "reader"


def parse_theme(data: dict[str, object], fallback_name: str) -> tuple[Theme, RoleLook]:
    """A Textual Theme and its RoleLook from a theme file's table; ValueError if unusable."""
    name = str(data.get("name") or fallback_name).strip()
    if not name:
        raise ValueError("the theme has no name")
    colors = data.get("colors", {})
    roles = data.get("roles", {})
    emphasis = data.get("emphasis", {})
    gutter = data.get("gutter", {})
    if not all(isinstance(t, dict) for t in (colors, roles, emphasis, gutter)):
        raise ValueError("colors, roles, emphasis and gutter must be tables")
    assert isinstance(colors, dict) and isinstance(roles, dict)
    assert isinstance(emphasis, dict) and isinstance(gutter, dict)
    if "primary" not in colors:
        raise ValueError("[colors] needs at least 'primary'")
    from textual.color import Color, ColorParseError

    def colour(section: str, key: str, value: object) -> str:
        """The value as a colour string, or a ValueError naming where it was."""
        try:
            Color.parse(str(value))
        except ColorParseError as exc:
            raise ValueError(f"{section}.{key}: {str(value)!r} is not a colour") from exc
        return str(value)

    kwargs = {key: colour("colors", key, colors[key]) for key in _COLOR_KEYS if key in colors}
    variables = {f"role-{r}": colour("roles", r, roles[r]) for r in ROLE_VARIABLES if r in roles}
    look = RoleLook(
        emphasis={
            role: frozenset(w for w in str(words).split() if w in _EMPHASIS_WORDS)
            for role, words in emphasis.items()
            if role in ROLES
        },
        gutter={role: str(mark)[:1] for role, mark in gutter.items() if role in ROLES and str(mark)},
    )
    theme = Theme(
        name=name,
        dark=bool(data.get("dark", True)),
        variables=variables,
        **kwargs,  # type: ignore[arg-type]
    )
    return theme, look


def _read(path_name: str, text: str, out: Loaded) -> None:
    try:
        data = tomllib.loads(text)
        theme, look = parse_theme(data, Path(path_name).stem)
    except (tomllib.TOMLDecodeError, ValueError, TypeError) as exc:
        out.problems.append(f"theme {path_name}: {exc}")
        return
    out.themes = [t for t in out.themes if t.name != theme.name] + [theme]
    out.looks[theme.name] = look


def load_themes(user_dir: Path | None = None) -> Loaded:
    """The bundled themes, then the user's (a user theme of the same name wins)."""
    out = Loaded()
    bundled = resources.files("reader.themes")
    for entry in sorted(bundled.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            _read(entry.name, entry.read_text(encoding="utf-8"), out)
    folder = (config_dir() / "themes") if user_dir is None else user_dir
    if folder.is_dir():
        for path in sorted(folder.glob("*.toml")):
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                out.problems.append(f"theme {path}: {exc}")
                continue
            _read(str(path), text, out)
    return out


def unknown_theme(name: str) -> str | None:
    """Why ``name`` is no theme ("no theme named 'nope' (ours: ...)"), None when it is one of
    ours, the user's or Textual's own."""
    from textual.theme import BUILTIN_THEMES

    ours = [t.name for t in load_themes().themes]
    if name in ours or name in BUILTIN_THEMES:
        return None
    return f"no theme named {name!r} (ours: {', '.join(ours)})"


def read_config() -> dict[str, object]:
    """The remembered settings; empty when there are none or the file is unreadable."""
    path = config_dir() / "config.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}


def _toml_key(key: str) -> str:
    """A table key as TOML writes it: bare when it can be ("next-conflict"), else quoted."""
    bare = key and all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in key)
    return key if bare else _toml_value(key)


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    text = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)
    return f'"{text}"'


def _toml(settings: dict[str, object]) -> str:
    """The settings as TOML: plain values first, then one ``[table]`` per table, nested
    ones as ``[table.inner]`` (the user's ``[keymap]`` among them), so writing the theme
    keeps everything else."""
    return "# reader settings, written by the app\n" + _toml_table(settings, ())


def _toml_table(table: dict[str, object], path: tuple[str, ...]) -> str:
    lines = [f"\n[{'.'.join(_toml_key(p) for p in path)}]\n"] if path else []
    lines += [
        f"{_toml_key(str(k))} = {_toml_value(v)}\n"
        for k, v in sorted(table.items())
        if not isinstance(v, dict)
    ]
    for name, inner in sorted(table.items()):
        if isinstance(inner, dict):
            lines.append(_toml_table(inner, (*path, str(name))))
    return "".join(lines)


def write_config(settings: dict[str, object]) -> bool:
    """Merge ``settings`` into the config file (atomically); False if it could not be written.

    The file is edited, not rewritten: a plain setting's line is replaced (or added before
    the first table), so the user's comments, order and nested tables stay as they wrote
    them.  Only when that edit would not read back as the merged settings is the file
    written afresh from its values.  A config file that exists but does not parse is left
    alone (False): rewriting it from nothing would throw away what the user wrote in it.
    """
    path = config_dir() / "config.toml"
    try:
        text = path.read_text(encoding="utf-8")
        current = tomllib.loads(text)
    except FileNotFoundError:
        text, current = "", {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    current.update(settings)
    edited = _edited(text, settings) if text else None
    if edited is None or not _reads_as(edited, current):
        edited = _toml(current)
        if not _reads_as(edited, current):
            return False  # a value TOML cannot hold as we write it: leave the file alone
    try:
        write_atomic_path(path, edited)
    except OSError:
        return False
    return True


def _edited(text: str, settings: dict[str, object]) -> str | None:
    """``text`` with each plain setting's top-level line replaced or added; None when a
    setting is a table (those are written afresh)."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    for key, value in settings.items():
        if isinstance(value, dict):
            return None
        first_table = next((i for i, ln in enumerate(lines) if ln.lstrip().startswith("[")), len(lines))
        line = f"{_toml_key(key)} = {_toml_value(value)}\n"
        names = {key, _toml_key(key), f"'{key}'", f'"{key}"'}
        at = next((i for i in range(first_table) if _line_key(lines[i]) in names), None)
        if at is None:
            while first_table > 0 and not lines[first_table - 1].strip() and first_table < len(lines):
                first_table -= 1
            lines.insert(first_table, line)
        else:
            lines[at] = line
    return "".join(lines)


def _line_key(line: str) -> str | None:
    """The key a ``key = value`` line sets, as written; None for other lines."""
    key, eq, _ = line.partition("=")
    return key.strip() if eq and not line.lstrip().startswith("#") else None


def _reads_as(text: str, expected: dict[str, object]) -> bool:
    try:
        return tomllib.loads(text) == expected
    except tomllib.TOMLDecodeError:
        return False
