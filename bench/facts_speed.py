"""Time fact extraction of the two bundled articles (target: both under 50 ms).

The facts issue asks for this as a benchmark, not a timed test: a wall-clock assertion in
the test suite would fail on a loaded CI machine and say nothing about the code.  Only
``reader.facts.extract_document`` is timed (on the sentences ``reader.pipeline.document``
produces), best of N runs, because loading and splitting are measured by ``bench/run.py``.

    .venv/bin/python bench/facts_speed.py [--runs 50] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

# bench/run.py points READER_BENCH_SRC at its snapshot of reader/; alone, use this checkout
sys.path.insert(0, os.environ.get("READER_BENCH_SRC") or str(Path(__file__).resolve().parent.parent))

TARGET_MS = 50.0


def measure(runs: int = 50) -> dict[str, Any]:
    """Best-of-``runs`` milliseconds per article and for both; best-of hides other load."""
    from reader import facts
    from reader.inputs import load
    from reader.pipeline import bundled_paths, document

    texts: dict[str, list[str]] = {}
    for path in bundled_paths():
        texts[path.name] = [s.text for s in document(load(path)).sentences]
    result: dict[str, Any] = {"runs": runs, "articles": {}}
    total_best = float("inf")
    for _ in range(runs):
        t_all = 0.0
        for name, sents in texts.items():
            t0 = time.perf_counter()
            found = facts.extract_document(sents)
            dt = (time.perf_counter() - t0) * 1000
            t_all += dt
            art = result["articles"].setdefault(
                name, {"sentences": len(sents), "facts": sum(map(len, found)), "best_ms": dt}
            )
            art["best_ms"] = min(art["best_ms"], dt)
        total_best = min(total_best, t_all)
    result["both_best_ms"] = total_best
    result["target_ms"] = TARGET_MS
    result["pass"] = total_best < TARGET_MS
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--json", action="store_true", help="print the result as one JSON object")
    args = ap.parse_args(argv)
    res = measure(args.runs)
    if args.json:
        print(json.dumps(res))
        return 0
    for name, art in res["articles"].items():
        print(f"{name}: {art['sentences']} sentences, {art['facts']} facts, best {art['best_ms']:.1f} ms")
    verdict = "PASS" if res["pass"] else "FAIL"
    print(
        f"both articles: best {res['both_best_ms']:.1f} ms of {res['runs']} runs "
        f"(target < {TARGET_MS:.0f} ms): {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
