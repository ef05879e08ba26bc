"""The aligner alone: CPU ms of ``reader.align.align_pairs`` per news pair, and a cProfile.

    .venv/bin/python bench/align_speed.py --data ../shared                      # CPU ms per pair
    .venv/bin/python bench/align_speed.py --data ../shared --only basil --profile 30

The pairs are those of ``bench/news.py``.  Each pair is loaded once through the library
(``reader.compare_files``) and the arguments it passes to the aligner are kept; the aligner
is then called with them once untimed (warm-up) and ``--runs`` times, with the garbage
collector paused as the library pauses it around a comparison (``reader.processes.gc_paused``),
and the median CPU time (``time.process_time``) is printed.  Each call gets new lists of the
same sentences, as each comparison of the library does (the meaning signal reuses an answer
only for the very same lists).  ``bench/profile_pair.py`` times the whole pair.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def aligner_inputs(left: Path, right: Path) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The arguments the library passes to ``align_pairs`` for one pair of files."""
    import reader
    import reader.pipeline as pipeline

    seen: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    real = pipeline.align_pairs

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append((args, kwargs))
        return real(*args, **kwargs)

    pipeline.align_pairs = spy  # type: ignore[assignment]
    try:
        reader.compare_files(str(left), str(right))
    finally:
        pipeline.align_pairs = real
    return seen[0]


def main(argv: list[str] | None = None) -> int:
    from news import cases

    from reader.align import align_pairs
    from reader.processes import gc_paused

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared")
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--only", default="", help="substring of the pair names to keep")
    ap.add_argument("--profile", type=int, default=0, help="print this many functions of a cProfile")
    ap.add_argument("--sort", default="tottime", help="pstats sort key of the first listing")
    args = ap.parse_args(argv)
    chosen = [c for c in cases(Path(args.data)) if args.only in c[0]]
    print(f"load average {os.getloadavg()[0]:.1f}")
    inputs = {name: aligner_inputs(left, right) for name, left, right, _gold in chosen}
    ms = {}
    for name, (a, kw) in inputs.items():
        align_pairs(*a, **kw)
        times = []
        for _ in range(args.runs):
            left, right = list(a[0]), list(a[1])  # new lists, as each comparison of the library
            with gc_paused():
                c0 = time.process_time()
                align_pairs(left, right, *a[2:], **kw)
                times.append((time.process_time() - c0) * 1000)
        ms[name] = statistics.median(times)
        print(f"{ms[name]:7.1f}  {len(a[0]):3d} x {len(a[1]):3d}  {name}", flush=True)
    vals = sorted(ms.values())
    print(f"median {statistics.median(vals):.1f}  slowest {vals[-1]:.1f}  sum {sum(vals):.1f}")
    if args.profile:
        prof = cProfile.Profile()
        for a, kw in inputs.values():
            prof.enable()
            for _ in range(3):
                align_pairs(*a, **kw)
            prof.disable()
        for key in (args.sort, "cumulative"):
            out = io.StringIO()
            pstats.Stats(prof, stream=out).strip_dirs().sort_stats(key).print_stats(args.profile)
            print(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
