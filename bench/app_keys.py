"""How fast the app answers keys on long texts (issue 5), measured with Pilot.

    .venv/bin/python bench/app_keys.py ../shared/bench            # both measurements
    .venv/bin/python bench/app_keys.py ../shared/bench --only bible

``bench/run.py`` runs the *bible* measurement as one of its tasks (``--no-app`` skips it).

1. *synthetic*: two articles of 5,000 sentences each (built from the bundled articles,
   linked by hand so the number measures the app, not the aligner).
2. *bible*: ``bible/kjv.txt`` and ``bible/wmb.txt`` (31,000 lines each) opened through
   the app as a user would (``split='lines'``, the comparison in the app's worker); the
   time until it is shown is printed, then the key presses are timed.

For each key (next passage ``j``, next unique ``u``, page down) and a key that does nothing
(``f12``), ``PRESSES`` presses, each timed two ways:

* **in app**: from the key event reaching the app (``App.on_event``) to the end of the
  last frame it caused (``App._display``: the compositor's update of both panes, the
  details and the footer, turned into the text a terminal would be sent; the headless
  driver writes it nowhere).  This covers the key's dispatch, the action, Textual's wait
  for its next frame (at most 1/60 s) and the repaint -- what a user waits for, without
  the terminal.  Both hooks are wrapped on the app *instance* here; reader/ is unchanged.
  The CPU time of the app's thread over the same span is kept too (wall minus CPU is time
  spent waiting: the frame timer, or other processes on a busy machine), and the time in
  garbage collection (``gc.callbacks``), so a full collection can be told from slow code.
* **Pilot round trip**: ``await pilot.press(key)``.  It includes Pilot's own waiting:
  ``wait_for_idle`` sleeps in 20 ms slices until one passes with the CPU idle, twice per
  press, so a key that does nothing costs about 65 ms and the app's work mostly hides
  inside those slices.  Round trip minus the no-op round trip is therefore not the app's
  work (it moves in 20 ms steps); it is kept in the summary for reference only.

After each press the harness sleeps ``SETTLE_S`` outside both timings, so a frame still
due is drawn by the app's own timer (not forced by Pilot) and counted for its key.
Not a test: the data stays in ../shared/bench and is never copied here.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# bench/run.py points READER_BENCH_SRC at its snapshot of reader/; alone, use this checkout
sys.path.insert(0, os.environ.get("READER_BENCH_SRC") or str(Path(__file__).resolve().parent.parent))

KEYS = (("j", "next passage"), ("u", "next unique"), ("pagedown", "page down"))
NOOP = ("f12", "(no-op key)")
PRESSES = 25
SETTLE_S = 0.05
SIZE = (120, 36)


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


class KeyClock:
    """Wraps ``on_event`` and ``_display`` of one app instance: when a key arrives, when frames end.

    Garbage collections are timed too (``gc.callbacks``), so a slow press can be told apart
    as the app's code or a collection of the whole heap that happened to fall into it.
    """

    def __init__(self, app: Any) -> None:
        from textual import events

        self.key_at: float | None = None
        self.cpu_at = 0.0
        self.frames: list[tuple[float, float]] = []  # (wall, thread CPU) at the end of each frame
        self.collections: list[tuple[float, float]] = []  # (start, end) of each gc since the key
        self._gc_start = 0.0
        on_event, display = app.on_event, app._display

        async def timed_on_event(event: Any) -> None:
            if isinstance(event, events.Key) and not event.is_forwarded:
                self.key_at, self.cpu_at = time.perf_counter(), time.thread_time()
                self.frames, self.collections = [], []
            await on_event(event)

        def timed_display(screen: Any, renderable: Any) -> None:
            display(screen, renderable)
            if renderable is None:
                return
            if app.is_headless and hasattr(renderable, "render_segments"):
                renderable.render_segments(app.console)  # what a real terminal would be sent
            self.frames.append((time.perf_counter(), time.thread_time()))

        app.on_event, app._display = timed_on_event, timed_display
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
        else:
            self.collections.append((self._gc_start, time.perf_counter()))

    def close(self) -> None:
        gc.callbacks.remove(self._on_gc)

    def reset(self) -> None:
        self.key_at, self.frames, self.collections = None, [], []

    def press(self) -> tuple[float, float, float] | None:
        """Seconds from the key event to the end of its last frame: (wall, CPU, in gc); None if no frame."""
        if self.key_at is None or not self.frames:
            return None
        wall, cpu = self.frames[-1]
        key = self.key_at
        in_gc = sum(max(0.0, min(b, wall) - max(a, key)) for a, b in self.collections)
        return wall - key, cpu - self.cpu_at, in_gc


async def measure(app: Any, wait_load: bool) -> dict[str, Any]:
    """Load time and, per key, the round trip and the in-app times (seconds) of each press."""
    clock = KeyClock(app)
    out: dict[str, Any] = {}
    try:
        async with app.run_test(size=SIZE) as pilot:
            started = time.perf_counter()
            if wait_load:
                await app.workers.wait_for_complete()
            await pilot.pause()
            out["load_s"] = time.perf_counter() - started
            screen = app.main_screen
            if screen.comparison is None:
                raise SystemExit(f"the comparison did not load: {screen.load_error}")
            for key, _ in (*KEYS, NOOP):
                trips: list[float] = []
                spans: list[tuple[float, float, float] | None] = []
                for _ in range(PRESSES):
                    clock.reset()
                    t = time.perf_counter()
                    await pilot.press(key)
                    trips.append(time.perf_counter() - t)
                    await asyncio.sleep(SETTLE_S)  # a frame still due comes from the app's own timer
                    spans.append(clock.press())
                out[key] = {
                    "round_trip_s": trips,
                    **{
                        name: [None if s is None else s[i] for s in spans]
                        for i, name in enumerate(("in_app_s", "in_app_cpu_s", "in_app_gc_s"))
                    },
                }
    finally:
        clock.close()
    return out


def _ms(values: list[float | None]) -> dict[str, float | None]:
    got = [v for v in values if v is not None]
    if not got:
        return {"median": None, "worst": None}
    return {"median": statistics.median(got) * 1000, "worst": max(got) * 1000}


def _each_ms(values: list[float | None]) -> list[float | None]:
    return [None if v is None else round(v * 1000, 2) for v in values]


def summarize(raw: dict[str, Any]) -> dict[str, Any]:
    """Per key in ms: medians and worsts and the slowest press taken apart (run.py checks the target)."""
    noop_trip = _ms(raw[NOOP[0]]["round_trip_s"])["median"]
    keys: dict[str, Any] = {}
    for key, what in (*KEYS, NOOP):
        r = raw[key]
        trip, app = _ms(r["round_trip_s"]), _ms(r["in_app_s"])
        walls = r["in_app_s"]
        entry: dict[str, Any] = {
            "what": what,
            "presses": len(walls),
            "no_frame": sum(v is None for v in walls),
            "in_app_ms": app,
            "in_app_cpu_ms": _ms(r["in_app_cpu_s"]),
            "round_trip_ms": trip,
            # not the app's work: Pilot's 20 ms idle slices absorb it (see the module doc)
            "round_trip_minus_noop_ms": {
                k: None if v is None or noop_trip is None else v - noop_trip for k, v in trip.items()
            },
            "in_app_ms_each": _each_ms(walls),
            "in_app_gc_ms_each": _each_ms(r["in_app_gc_s"]),
        }
        if app["worst"] is not None:
            i = walls.index(max(v for v in walls if v is not None))
            entry["slowest"] = {
                "press": i + 1,
                "ms": walls[i] * 1000,
                "cpu_ms": r["in_app_cpu_s"][i] * 1000,
                "gc_ms": r["in_app_gc_s"][i] * 1000,
            }
        keys[key] = entry
    return {
        "load_s": raw["load_s"],
        "size": list(SIZE),
        "presses": PRESSES,
        "noop_key": NOOP[0],
        "noop_round_trip_ms": noop_trip,
        "keys": keys,
    }


def open_bible(bench: Path):  # type: ignore[no-untyped-def]
    """The app on the whole Bible pair, as ``reader kjv.txt wmb.txt --split lines`` opens it."""
    from reader.app.main import ReaderApp

    bible = bench / "bible"
    kjv, wmb = bible / "kjv.txt", bible / "wmb.txt"
    if not (kjv.is_file() and wmb.is_file()):
        raise SystemExit(f"no {kjv} / {wmb}")
    return ReaderApp(str(kjv), str(wmb), split="lines", theme="dark", remember=False)


def bible(bench: Path) -> dict[str, Any]:
    """The Bible measurement, summarized: what ``bench/run.py`` records."""
    with tempfile.TemporaryDirectory() as config:
        os.environ["XDG_CONFIG_HOME"] = config  # never touch the user's remembered theme
        result = summarize(asyncio.run(measure(open_bible(bench), wait_load=True)))
    result["pair"] = "bible/kjv.txt vs bible/wmb.txt, split='lines'"
    return result


def report(title: str, s: dict[str, Any]) -> None:
    print(f"\n{title}")
    print(f"  shown after {s['load_s'] * 1000:8.0f} ms; {s['presses']} presses a key, window {s['size']}")
    for entry in s["keys"].values():
        t, a = entry["round_trip_ms"], entry["in_app_ms"]
        line = (
            f"  {entry['what']:<14}  pilot round trip: median {t['median']:6.1f} ms, worst {t['worst']:6.1f}"
        )
        if a["median"] is None:
            line += "   in app: no frame"
        else:
            w = entry["slowest"]
            line += (
                f"   in app: median {a['median']:5.1f} ms, worst {a['worst']:5.1f}"
                f" (press {w['press']}: CPU {w['cpu_ms']:.1f}, gc {w['gc_ms']:.1f})"
            )
        print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bench", help="path to the shared bench folder (holds bible/)")
    parser.add_argument("--only", choices=["synthetic", "bible"])
    args = parser.parse_args()
    if args.only in (None, "synthetic"):
        from reader.app.main import ReaderApp

        with tempfile.TemporaryDirectory() as config:
            os.environ["XDG_CONFIG_HOME"] = config  # never touch the user's remembered theme
            app = ReaderApp(
                "synthetic-left", "synthetic-right", comparison=synthetic(), theme="dark", remember=False
            )
            s = summarize(asyncio.run(measure(app, wait_load=False)))
        report("synthetic: 5,000 + 5,000 sentences", s)
    if args.only in (None, "bible"):
        t = time.perf_counter()
        s = bible(Path(args.bench))
        report(f"bible: {s['pair']} (whole run {time.perf_counter() - t:.1f} s)", s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
