"""Write the README's SVG screenshots of the app on the bundled pair.

    .venv/bin/python screenshots/make.py            # writes screenshots/*.svg

Each shot runs the app headless with Pilot at a fixed size and theme, presses a few keys
and saves the screen.  The config folder is a temporary one, so your remembered theme
is neither used nor changed.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

# (file name, size, theme, keys to press, what it shows)
SHOTS: list[tuple[str, tuple[int, int], str, list[str], str]] = [
    ("main.svg", (120, 36), "dark", [], "the bundled pair, first passage selected"),
    ("conflict.svg", (120, 36), "dark", ["c"], "a conflict: differing words marked, the details panel"),
    ("unique.svg", (120, 36), "dark", ["u"], "a sentence only the left article has"),
    ("search.svg", (120, 36), "dark", ["slash", *"ambassador", "enter"], "search matches in both panes"),
    ("stacked-80x24.svg", (80, 24), "dark", ["c"], "narrow terminal: the panes stack"),
    ("help.svg", (120, 36), "dark", ["question_mark"], "the help screen"),
    ("export.svg", (120, 36), "dark", ["e"], "the export dialog"),
    ("light.svg", (120, 36), "light", ["c"], "the light theme"),
    ("colorblind.svg", (120, 36), "colorblind", ["r", "c"], "colour-blind theme, removed text shown"),
    ("little-shared.svg", (120, 36), "dark", [], "two different stories: the little-shared notice"),
]
# shots of another pair than the bundled one (paths relative to the repository), and
# those whose notification is what they show
OTHER_PAIR = {
    "little-shared.svg": ("seeds/csmonitor-nsa-france-mexico.txt", "tests/data/pages/bbc-flood.txt"),
}
KEEP_NOTICE = {"little-shared.svg"}


async def shoot(name: str, size: tuple[int, int], theme: str, keys: list[str]) -> Path:
    from reader.app.main import ReaderApp
    from reader.pipeline import bundled_paths

    left, right = (str(p) for p in bundled_paths())
    if name in OTHER_PAIR:
        left, right = (str(HERE.parent / p) for p in OTHER_PAIR[name])
    app = ReaderApp(left, right, theme=theme, remember=False)
    async with app.run_test(size=size, notifications=name in KEEP_NOTICE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
        await pilot.pause()
        if name not in KEEP_NOTICE:
            app.clear_notifications()
        await pilot.pause(0.3 if name in KEEP_NOTICE else None)
        path = HERE / name
        svg = app.export_screenshot(title=f"reader · {name[:-4]}")
        # the absolute paths of the bundled files differ per machine: show them relative
        svg = svg.replace(str(HERE.parent) + os.sep, "")
        svg = svg.replace(str(Path(bundled_paths()[0]).parent) + os.sep, "seeds/")
        path.write_text(svg, encoding="utf-8")
    return path


def main() -> int:
    with tempfile.TemporaryDirectory() as config:
        os.environ["XDG_CONFIG_HOME"] = config
        for name, size, theme, keys, what in SHOTS:
            path = asyncio.run(shoot(name, size, theme, keys))
            print(f"{path.relative_to(HERE.parent)}  ({size[0]}x{size[1]}, {theme}): {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
