"""Score sentence segmenters on two public English suites: ours, pySBD and sentencex.

    .venv/bin/python bench/segment_suites.py                          # ours (+ peers if importable)
    .venv/bin/python bench/segment_suites.py --peers /tmp/seg/v/bin/python   # peers from another venv
    .venv/bin/python bench/segment_suites.py --failures               # ours: every failed case

Suites (kept under ``bench/data/``, both in sentencex's case format: the input, ``---``, one
expected sentence a line, ``===``; lines starting with ``#`` are comments, a case left empty
by them is skipped, as sentencex's own harness does):

* ``pysbd_golden_en.txt``: the 48 English golden rules of pySBD
  (https://github.com/nipunsadvilkar/pySBD, ``tests/lang/test_english.py``, from Pragmatic
  Segmenter's Golden Rules). pySBD is MIT licensed
  (https://github.com/nipunsadvilkar/pySBD/blob/master/LICENSE).
* ``sentencex_en.txt``: sentencex's English cases
  (https://github.com/wikimedia/sentencex, ``tests/en.txt``), copied unchanged. sentencex is
  MIT licensed (https://github.com/wikimedia/sentencex/blob/master/LICENSE.txt).

Both licences allow copying with the notice; the notices are in ``bench/data/LICENSES.md``.

A case passes when the segmenter's sentences, each stripped of surrounding white space,
equal the expected list exactly (the rule of both projects' harnesses). Ours is
``reader.segment.split_sentences`` over the whole text as one block (what the pipeline does
inside one paragraph). pySBD runs as ``Segmenter(language="en", clean=False)``, sentencex
as ``segment("en", text)``. The peers are not dependencies of ``reader``: they are imported
when installed, or run by ``--peers PYTHON`` (an interpreter that has them) in a child
process. ``ms`` is the time to run the whole suite once, best of ``--repeat``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
SUITES = {"pysbd golden rules (en)": "pysbd_golden_en.txt", "sentencex tests/en.txt": "sentencex_en.txt"}
PEERS = ("pysbd", "sentencex")

Case = tuple[str, list[str]]
Segmenter = Callable[[str], list[str]]


def load_cases(path: Path) -> list[Case]:
    """The cases of one suite file, in order."""
    cases: list[Case] = []
    for block in path.read_text(encoding="utf-8").split("\n===\n"):
        lines = [line for line in block.split("\n") if not line.startswith("#")]
        if "---" not in lines:
            continue
        cut = lines.index("---")
        text = "\n".join(lines[:cut]).strip()
        expected = [line.strip() for line in lines[cut + 1 :] if line.strip()]
        if text:
            cases.append((text, expected))
    return cases


def ours(text: str) -> list[str]:
    sys.path.insert(0, str(HERE.parent))
    from reader.segment import split_sentences

    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


def _pysbd() -> Segmenter:
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False)
    return lambda text: list(seg.segment(text))


def _sentencex() -> Segmenter:
    import sentencex

    return lambda text: list(sentencex.segment("en", text))


MAKERS: dict[str, Callable[[], Segmenter]] = {"pysbd": _pysbd, "sentencex": _sentencex}


def score(segment: Segmenter, cases: list[Case], repeat: int = 3) -> tuple[int, float, list[int]]:
    """(cases passed, best ms for the whole suite, indices of failed cases)."""
    best = float("inf")
    failed: list[int] = []
    for _ in range(repeat):
        t = time.perf_counter()
        got = [[s.strip() for s in segment(text) if s.strip()] for text, _ in cases]
        best = min(best, (time.perf_counter() - t) * 1000)
        failed = [i for i, (g, (_, want)) in enumerate(zip(got, cases, strict=True)) if g != want]
    return len(cases) - len(failed), best, failed


def peer_scores(names: list[str], repeat: int) -> dict[str, dict[str, list[float]]]:
    """{peer: {suite: [passed, ms]}} for the peers importable here."""
    out: dict[str, dict[str, list[float]]] = {}
    for name in names:
        try:
            seg = MAKERS[name]()
        except ImportError:
            continue
        out[name] = {}
        for suite, file in SUITES.items():
            passed, ms, _ = score(seg, load_cases(DATA / file), repeat)
            out[name][suite] = [passed, ms]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--peers", metavar="PYTHON", help="interpreter with pysbd / sentencex installed")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--failures", action="store_true", help="print ours' failed cases")
    ap.add_argument("--json-peers", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.json_peers:  # the child run by --peers
        print(json.dumps(peer_scores(list(PEERS), args.repeat)))
        return 0
    if args.peers:
        cmd = [args.peers, __file__, "--json-peers", "--repeat", str(args.repeat)]
        peers = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    else:
        peers = peer_scores(list(PEERS), args.repeat)
    names = ["ours", *peers]
    print(f"{'suite':26} {'cases':>5}  " + "  ".join(f"{n:>16}" for n in names))
    for suite, file in SUITES.items():
        cases = load_cases(DATA / file)
        passed, ms, failed = score(ours, cases, args.repeat)
        row = {"ours": [passed, ms], **{n: peers[n][suite] for n in peers}}
        cells = "  ".join(f"{int(row[n][0]):>5} ({row[n][1]:6.1f} ms)" for n in names)
        print(f"{suite:26} {len(cases):>5}  {cells}")
        if args.failures:
            for i in failed:
                text, want = cases[i]
                print(f"  FAIL {text!r}\n    want {want}\n    got  {[s.strip() for s in ours(text)]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
