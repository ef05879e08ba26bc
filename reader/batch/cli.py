"""``reader batch``: compare thousands of pairs, on this machine or a Dask cluster.

    reader batch STORIES_DIR -o OUT/              every pair inside each story folder
    reader batch MANIFEST.csv|.jsonl -o OUT/      explicit pairs (left, right, optional id)
    reader batch ARTICLES_DIR --find-pairs -o OUT/   a flat folder: find same-event pairs first
    ... --workers N | --dask [tcp://HOST:8786]

Exit status, as ``reader``'s: 0 when every pair was compared; 2 when the batch could not
start (a usage error, an input or output that cannot be used, a missing extra: one line
naming the file and the cause); 3 when it ran but some pairs failed (each is a row with
its error; the summary counts them); 130 when interrupted (run it again to resume).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from reader.counts import counted
from reader.inputs import InputError
from reader.usage import OneLineParser

EXIT_USAGE = 2  # argparse's own for a usage error, and reader's for bad input
EXIT_SOME_FAILED = 3  # not the number failed: 2 failed pairs would read as bad input
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143  # a process a SIGTERM ended (128 + 15), as a shell reports it


def _parser() -> argparse.ArgumentParser:
    p = OneLineParser(
        prog="reader batch",
        description="Compare many pairs of articles into tables (docs/batch.md).",
        epilog="Exit status: 0 when every pair was compared; 2 when the batch could not start "
        "(bad arguments or input); 3 when some pairs failed. Run the same command again to resume.",
    )
    p.add_argument(
        "input",
        help="a folder of story folders, a manifest (.csv/.jsonl) or, with --find-pairs, a flat folder",
    )
    p.add_argument("-o", "--output", required=True, help="output folder (created; a rerun resumes)")
    p.add_argument("--find-pairs", action="store_true", help="INPUT is a flat folder: find same-event pairs")
    p.add_argument("--workers", type=int, help="worker processes (default: all cores)")
    p.add_argument("--dask", nargs="?", const=True, default=None, metavar="ADDRESS",
                   help="run on Dask: a scheduler's address, or none for a LocalCluster here")  # fmt: skip
    p.add_argument(
        "--timeout", type=float, default=120.0, help="seconds allowed per pair (default 120; 0 = none)"
    )
    p.add_argument("--chunk", type=int, help="pairs per task (default: from the batch's size)")
    p.add_argument("--split", choices=["sentences", "lines", "paragraphs"], default="sentences")
    p.add_argument("--keep-boilerplate", action="store_true", help="do not remove web-page boilerplate")
    p.add_argument("--threshold", type=float, help="--find-pairs: similarity a candidate pair needs")
    p.add_argument("--quiet", action="store_true", help="no progress bar or progress lines")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from reader.batch.cluster import MissingExtra
    from reader.batch.run import run_batch
    from reader.batch.work import Options

    started = False
    if threading.current_thread() is threading.main_thread():  # signals go to the main thread only
        signal.signal(signal.SIGTERM, _terminated)
    try:
        _check_output(args.output)
        pairs = _pairs(args)
        options = Options(args.split, not args.keep_boilerplate, args.timeout or None)
        started = True
        report = run_batch(
            pairs, args.output, options, workers=args.workers, dask=args.dask, chunk=args.chunk,
            progress=not args.quiet,
        )  # fmt: skip
    except (InputError, MissingExtra) as exc:
        print(f"reader batch: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        where = getattr(exc, "filename", "") or ""
        print(f"reader batch: {where}{': ' if where else ''}{exc.strerror or exc}", file=sys.stderr)
        if started:  # the disk filled, a cluster was lost: pairs ran, and a rerun resumes
            print("reader batch: stopped; run the same command again to resume", file=sys.stderr)
            return EXIT_SOME_FAILED
        return EXIT_USAGE
    except KeyboardInterrupt as exc:
        how = "terminated" if isinstance(exc, Terminated) else "interrupted"
        print(f"reader batch: {how}; the tables hold the pairs done; run the same command again to resume",
              file=sys.stderr)  # fmt: skip
        return EXIT_TERMINATED if isinstance(exc, Terminated) else EXIT_INTERRUPTED
    sys.stderr.write(report.summary(args.output))
    return EXIT_SOME_FAILED if report.failed else 0


class Terminated(KeyboardInterrupt):
    """SIGTERM (a ``kill``, a scheduler's stop): ends the run as Ctrl-C does."""


def _terminated(signum: int, frame: object) -> None:
    raise Terminated


def _check_output(output: str) -> None:
    """``-o`` names a folder: an existing file there is refused before any work."""
    from pathlib import Path

    if Path(output).exists() and not Path(output).is_dir():
        raise InputError(output, "is a file; -o names the output folder")


def _pairs(args: argparse.Namespace) -> list:
    from reader.batch.inputs import discover, lone_stories

    if not args.find_pairs:
        pairs = discover(args.input)
        lone = lone_stories(args.input, args.output)
        if lone:
            shown = ", ".join(lone[:5]) + (", …" if len(lone) > 5 else "")
            skipped = counted(len(lone), "story folder")
            print(f"reader batch: skipped {skipped} with fewer than two articles: {shown}", file=sys.stderr)
        return pairs
    from pathlib import Path

    from reader.batch.similar import find_pairs

    found = find_pairs(Path(args.input), threshold=args.threshold)
    print(f"reader batch: {found.explain()}", file=sys.stderr)
    return found.pairs


if __name__ == "__main__":
    sys.exit(main())
