"""Byte-identity check for behaviour-preserving changes (a restructure, a speed-up).

Writes the JSON export of a fixed set of comparisons and records its sha256:
the bundled pair, both Bible pairs (one verse per line), every DEplain dev pair
(one sentence per line) and fifty same-event pairs of the news stories.

    python bench/identity.py --data ../shared --record bench/identity.json   # before
    python bench/identity.py --data ../shared --check bench/identity.json    # after

The check prints every case whose export changed and exits 1 if any did.
Paths in the exports are written relative to --data, so the hashes do not
depend on where the checkout lives.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

# the tree this script is in, not whichever reader the environment installed (a worktree's
# check must read the worktree's code)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.export import to_json
from reader.pipeline import compare_files

NEWS_PAIRS = 50


def _cases(data: Path, work: Path) -> Iterator[tuple[str, Path, Path, str]]:
    """(name, left, right, split) for every case, in a fixed order."""
    seeds = data / "seeds"
    yield "bundled", seeds / "000_312fc3f17c134feb.txt", seeds / "003_bed1acd151ca1a35.txt", "sentences"
    bible = data / "bench" / "bible"
    yield "bible", bible / "kjv.txt", bible / "wmb.txt", "lines"
    yield "bible-shuffled", bible / "kjv.txt", bible / "wmb-shuffled.txt", "lines"
    for f in sorted((data / "bench" / "deplain-dev").glob("deplain-*.json")):
        rec = json.loads(f.read_text(encoding="utf-8"))
        left, right = work / f"{f.stem}.left.txt", work / f"{f.stem}.right.txt"
        left.write_text("\n".join(rec["left"]) + "\n", encoding="utf-8")
        right.write_text("\n".join(rec["right"]) + "\n", encoding="utf-8")
        yield f"deplain/{f.stem}", left, right, "lines"
    stories = sorted(p for p in (data / "news" / "stories").iterdir() if p.is_dir())
    step = max(1, len(stories) // NEWS_PAIRS)
    for story in stories[::step][:NEWS_PAIRS]:
        articles = sorted(story.glob("*.txt"))
        if len(articles) >= 2:
            yield f"news/{story.name}", articles[0], articles[1], "sentences"


def _hash(left: Path, right: Path, split: str, roots: dict[str, str]) -> str:
    c = compare_files(left, right, split=split)  # type: ignore[arg-type]
    text = to_json(c)
    for root, name in roots.items():
        text = text.replace(json.dumps(root)[1:-1], name)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def run(data: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        roots = {tmp: "WORK", str(data.resolve()): "DATA", str(data): "DATA"}
        for name, left, right, split in _cases(data, Path(tmp)):
            t = time.perf_counter()
            out[name] = _hash(left, right, split, roots)
            print(f"{name:50s} {out[name][:12]} {time.perf_counter() - t:6.2f} s", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared"))
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--record", type=Path, help="write the hashes to this JSON file")
    mode.add_argument("--check", type=Path, help="compare against hashes recorded earlier")
    args = ap.parse_args(argv)
    hashes = run(args.data)
    if args.record:
        tmp = args.record.with_name(args.record.name + ".tmp")
        tmp.write_text(json.dumps(hashes, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, args.record)
        print(f"recorded {len(hashes)} cases in {args.record}")
        return 0
    before = json.loads(args.check.read_text(encoding="utf-8"))
    changed = sorted(k for k in before.keys() | hashes.keys() if before.get(k) != hashes.get(k))
    for name in changed:
        print(f"changed: {name}")
    print(f"{len(hashes) - len(changed)}/{len(before)} cases byte-identical")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
