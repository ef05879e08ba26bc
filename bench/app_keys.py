"""How fast the app answers keys on long texts (issue 5), measured with Pilot.

    .venv/bin/python bench/app_keys.py ../shared/bench            # both measurements
    .venv/bin/python bench/app_keys.py ../shared/bench --only synthetic

1. *synthetic*: two articles of 5,000 sentences each (built from the bundled articles,
   linked by hand so the number measures the app, not the aligner).
2. *bible*: ``bible/kjv.txt`` and ``bible/wmb.txt`` (31,000 lines each) opened through
   the app as a user would (``split='lines'``, the comparison in the app's worker); the
   load time is printed, then the key presses are timed.

For each key (next passage ``j``, next unique ``u``, page down) it prints the median and
worst time of ``pilot.press`` -- a full round trip: key event, action, repaint of both
panes and the details -- and, for reference, the same round trip for a key that does
nothing (Pilot's own overhead, which is part of every number).  Not a test: the data
stays in ../shared/bench and is never copied here.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from textual.geometry import Region

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

KEYS = (("j", "next passage"), ("u", "next unique"), ("pagedown", "page down"), ("f12", "(no-op key)"))
PRESSES = 25


def synthetic(n: int = 5000):  # type: ignore[no-untyped-def]
    """Two documents of ``n`` sentences and a hand-made alignment (80% linked, some conflicts)."""
    from reader.model import Comparison, Difference, Document, Link, Sentence
    from reader.pipeline import bundled_paths

    base = [
        line.strip()
        for p in bundled_paths()
        for line in p.read_text(encoding="utf-8").split(".")
        if len(line) > 40
    ]

    def doc(name: str, shift: int) -> Document:
        sentences, parts, pos = [], [], 0
        for i in range(n):
            text = f"{base[(i + shift) % len(base)]} (item {i})."
            sentences.append(Sentence(i, text, pos, pos + len(text), i // 4))
            parts.append(text + (" " if i % 4 != 3 else "\n\n"))
            pos += len(parts[-1])
        return Document(name, "".join(parts), name, sentences)

    left, right = doc("synthetic-left", 0), doc("synthetic-right", 7)
    links, unique_left, unique_right = [], [], []
    for i in range(n):
        if i % 5 == 4:
            unique_left.append(i)
            unique_right.append(i)
            continue
        diffs = [Difference("number", f"item {i}", f"item {i}", "demo")] if i % 17 == 0 else []
        links.append(Link((i,), (i,), 0.7, "conflict" if diffs else "shared", diffs))
    return Comparison(left, right, links, unique_left, unique_right)


async def measure(app, wait_load: bool) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    out: dict[str, list[float]] = {}
    async with app.run_test(size=(120, 36)) as pilot:
        started = time.perf_counter()
        if wait_load:
            await app.workers.wait_for_complete()
        await pilot.pause()
        loaded = time.perf_counter() - started
        screen = app.main_screen
        if screen.comparison is None:
            raise SystemExit(f"the comparison did not load: {screen.load_error}")
        out["load"] = [loaded]
        for key, _ in KEYS:
            times = []
            for _ in range(PRESSES):
                t = time.perf_counter()
                await pilot.press(key)
                times.append(time.perf_counter() - t)
            out[key] = times
        # the app's own work, without Pilot's waiting: the action, then painting every
        # visible line of both panes and the details panel from scratch
        actions = {
            "j": screen.action_next,
            "u": screen.action_next_unique,
            "pagedown": screen.action_page_down,
        }
        for key, action in actions.items():
            times = []
            for _ in range(PRESSES):
                t = time.perf_counter()
                action()
                for side in ("left", "right"):
                    pane = screen.pane(side)
                    pane._cache.clear()
                    pane.render_lines(Region(0, 0, pane.size.width, pane.size.height))
                details = screen.query_one("#details")
                details._render_content()
                times.append(time.perf_counter() - t)
            out["work-" + key] = times
            await pilot.pause()
    return out


def report(title: str, numbers: dict[str, list[float]], extra: str = "") -> None:
    print(f"\n{title}{extra}")
    print(f"  shown after       {numbers['load'][0] * 1000:8.0f} ms")
    for key, what in KEYS:
        t = numbers[key]
        med, worst = statistics.median(t) * 1000, max(t) * 1000
        line = f"  {what:<16}  pilot round trip: median {med:6.1f} ms, worst {worst:6.1f} ms"
        w = numbers.get("work-" + key)
        if w:
            line += (
                f"   app work: median {statistics.median(w) * 1000:5.1f} ms, worst {max(w) * 1000:5.1f} ms"
            )
        print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench", help="path to the shared bench folder (holds bible/)")
    parser.add_argument("--only", choices=["synthetic", "bible"])
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    os.environ["XDG_CONFIG_HOME"] = tmp.name  # never touch the user's remembered theme

    from reader.app.main import ReaderApp

    if args.only in (None, "synthetic"):
        comparison = synthetic()
        app = ReaderApp(
            "synthetic-left", "synthetic-right", comparison=comparison, theme="dark", remember=False
        )
        report("synthetic: 5,000 + 5,000 sentences", asyncio.run(measure(app, wait_load=False)))
    if args.only in (None, "bible"):
        bible = Path(args.bench) / "bible"
        kjv, wmb = bible / "kjv.txt", bible / "wmb.txt"
        if not (kjv.is_file() and wmb.is_file()):
            print(f"no {kjv} / {wmb}", file=sys.stderr)
            return 2
        app = ReaderApp(str(kjv), str(wmb), split="lines", theme="dark", remember=False)
        t = time.perf_counter()
        numbers = asyncio.run(measure(app, wait_load=True))
        total = time.perf_counter() - t
        report("bible: kjv.txt vs wmb.txt, split='lines'", numbers, f" (whole run {total:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
