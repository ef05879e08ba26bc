"""Scaling of the whole comparison on degenerate inputs: time and memory at 1x, 2x, 4x.

Each case builds its input at three sizes and runs ``reader.compare_files`` in a fresh
process (so the peak memory is that run's own), with a time limit; the growth column is the
time at 4x over the time at 2x (about 2 for linear work, 4 for quadratic).

    python bench/degenerate.py --data ../shared [--limit 120] [--json out.json] [--only NAME]

The cases come from issue 13's hostile-input harness: thousands of identical sentences,
a long run without sentence punctuation, long prose against a short article, the Bible
compared as prose, a saved web page read as text, and one very long sentence against many
short ones.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SHORT = (
    "The council met on Monday to discuss the new bridge. Ten members voted for the plan. "
    "The mayor said work would start in May.\n"
)
PROSE = (
    "Officials in the {n}th district said the river rose by {n} centimetres overnight. "
    "Residents of {n} streets were told to leave their homes. "
    "Schools number {n} and {m} stayed closed on Tuesday. "
    "The army sent {m} trucks and a field kitchen to the area. "
    "Forecasters expect more rain on day {n} of the month.\n\n"
)

_RUN = r"""
import json, resource, sys, time
import reader
t = time.perf_counter()
c = reader.compare_files(sys.argv[1], sys.argv[2], split=sys.argv[3])
print(json.dumps({"seconds": time.perf_counter() - t, "links": len(c.links),
                  "left": len(c.left.sentences), "right": len(c.right.sentences),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def identical(k: int) -> tuple[str, str, str]:
    text = "The council met on Monday.\n" * (5000 * k)
    return text, text, "lines"


def no_punctuation(k: int) -> tuple[str, str, str]:
    words = " ".join(f"word{i % 997} and river" for i in range(17_000 * k))  # 50 kB a step
    return words, SHORT, "sentences"


def long_prose(k: int) -> tuple[str, str, str]:
    paras = "".join(PROSE.format(n=i, m=i * 7 % 1000) for i in range(500 * k))  # 200 kB a step
    return paras, SHORT, "sentences"


def one_long_sentence(k: int) -> tuple[str, str, str]:
    sentence = ", ".join(f"the {i}th bridge over river {i % 97}" for i in range(400 * k)) + ".\n"
    many = "".join(f"The {i}th bridge was closed on Monday.\n" for i in range(300))
    return sentence, many, "sentences"


def web_page(k: int) -> tuple[str, str, str]:
    item = (
        '<li class="nav-item"><a href="/section/{i}" data-track="nav">Section {i}</a></li>\n'
        '<script>window.dataLayer.push({{"event": "view", "id": {i}}});</script>\n'
        '<div class="ad" id="ad-{i}"><span>Advertisement</span></div>\n'
        "<p>The council met on Monday {i} to discuss bridge {i}. Ten members voted.</p>\n"
    )
    page = "<html><body>" + "".join(item.format(i=i) for i in range(400 * k)) + "</body></html>"
    return page, SHORT, "sentences"


def bible_prose(data: Path) -> Callable[[int], tuple[str, str, str]]:
    kjv = (data / "bench" / "bible" / "kjv.txt").read_text(encoding="utf-8").splitlines()
    wmb = (data / "bench" / "bible" / "wmb.txt").read_text(encoding="utf-8").splitlines()

    def make(k: int) -> tuple[str, str, str]:
        n = len(kjv) * k // 4
        return " ".join(kjv[:n]), " ".join(wmb[:n]), "sentences"

    return make


def run_case(
    make: Callable[[int], tuple[str, str, str]], k: int, limit: float, tmp: Path
) -> dict[str, object]:
    left, right, split = make(k)
    a, b = tmp / "left.txt", tmp / "right.txt"
    a.write_text(left, encoding="utf-8")
    b.write_text(right, encoding="utf-8")
    row: dict[str, object] = {"size": k, "chars": len(left) + len(right)}
    t = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _RUN, str(a), str(b), split],
            capture_output=True,
            text=True,
            timeout=limit,
            check=False,
        )
    except subprocess.TimeoutExpired:
        row.update(seconds=None, error=f"over {limit:.0f} s")
        return row
    if proc.returncode != 0:
        row.update(seconds=None, error=(proc.stderr.strip().splitlines() or ["failed"])[-1])
        return row
    row.update(json.loads(proc.stdout))
    row["wall"] = time.perf_counter() - t
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared"))
    ap.add_argument("--limit", type=float, default=120.0, help="seconds allowed per run")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--only", action="append", help="run only these cases")
    ap.add_argument("--sizes", default="1,2,4")
    args = ap.parse_args(argv)
    cases: dict[str, Callable[[int], tuple[str, str, str]]] = {
        "identical sentences (5k lines)": identical,
        "no punctuation (50 kB)": no_punctuation,
        "long prose vs short (200 kB)": long_prose,
        "one long sentence (12 kB) vs 300": one_long_sentence,
        "web page as text (140 kB)": web_page,
        "Bible as prose (quarter)": bible_prose(args.data),
    }
    sizes = [int(s) for s in args.sizes.split(",")]
    out: dict[str, list[dict[str, object]]] = {}
    print(f"{'case':36s} " + " ".join(f"{f'{k}x s':>9s}" for k in sizes) + "   growth  peak MB", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in cases.items():
            if args.only and not any(o in name for o in args.only):
                continue
            rows = out[name] = []
            for k in sizes:
                rows.append(run_case(make, k, args.limit, Path(tmp)))
                if rows[-1].get("seconds") is None:
                    break  # a bigger size will not finish either
            secs = [r.get("seconds") for r in rows]
            cells = [
                f"{s:9.2f}" if isinstance(s, float) else f"{rows[i].get('error', '-'):>9s}"
                for i, s in enumerate(secs)
            ]
            cells += ["        -"] * (len(sizes) - len(cells))
            growth = (
                f"{secs[-1] / secs[-2]:6.2f}x"
                if len(secs) == len(sizes) and all(isinstance(s, float) and s > 0 for s in secs[-2:])
                else "      -"
            )
            peak = max((float(r.get("peak_mb", 0) or 0) for r in rows), default=0.0)
            print(f"{name:36s} {' '.join(cells)}  {growth}  {peak:7.0f}", flush=True)
    if args.json:
        tmp_json = args.json.with_name(args.json.name + ".tmp")
        tmp_json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
        os.replace(tmp_json, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
