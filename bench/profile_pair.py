"""Where the time of one news pair goes: CPU ms per pair, and a cProfile of the slowest.

    .venv/bin/python bench/profile_pair.py --data ../shared                   # CPU ms per pair
    .venv/bin/python bench/profile_pair.py --data ../shared --profile 25      # + top 25 functions
    .venv/bin/python bench/profile_pair.py --data ../shared --only pac-116 --profile 40

The pairs are those of ``bench/news.py`` (every news reference plus the bundled pair).  Each
pair is compared once untimed (warm-up), then ``--runs`` times; the median of the CPU time
(``time.process_time``) is kept, because the machine is shared and wall time is inflated.
With ``--profile N`` the same calls run again under cProfile, summed over the chosen pairs,
and the N functions with the most internal time are printed (and the cumulative view).
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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def cpu_ms(left: Path, right: Path, runs: int) -> float:
    import reader

    reader.compare_files(str(left), str(right))
    times = []
    for _ in range(runs):
        c0 = time.process_time()
        reader.compare_files(str(left), str(right))
        times.append((time.process_time() - c0) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    from news import cases

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--only", default="", help="substring of the pair names to keep")
    ap.add_argument("--profile", type=int, default=0, help="print this many functions of a cProfile")
    ap.add_argument("--sort", default="tottime", help="pstats sort key of the first listing")
    args = ap.parse_args(argv)
    chosen = [c for c in cases(Path(args.data)) if args.only in c[0]]
    print(f"load average {os.getloadavg()[0]:.1f}")
    ms = {}
    for name, left, right, _gold in chosen:
        ms[name] = cpu_ms(left, right, args.runs)
        print(f"{ms[name]:7.1f}  {name}", flush=True)
    vals = sorted(ms.values())
    print(f"median {statistics.median(vals):.1f}  slowest {vals[-1]:.1f}  sum {sum(vals):.1f}")
    if args.profile:
        import reader

        prof = cProfile.Profile()
        for _name, left, right, _gold in chosen:
            prof.enable()
            for _ in range(3):
                reader.compare_files(str(left), str(right))
            prof.disable()
        for key in (args.sort, "cumulative"):
            out = io.StringIO()
            pstats.Stats(prof, stream=out).strip_dirs().sort_stats(key).print_stats(args.profile)
            print(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
