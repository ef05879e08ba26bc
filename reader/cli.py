"""The ``reader`` command: open the app, or write a comparison and exit.

    reader                       the two bundled articles, in the app
    reader LEFT RIGHT            two files ('-' is standard input), in the app
    reader LEFT RIGHT -o F       write the comparison (.json / .md; --format to force), exit
    reader LEFT RIGHT -o -       to standard output

Bad input never ends in a traceback: one line naming the file and the cause, exit 2.
An existing output file is never overwritten without --force (or a yes at the prompt).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from reader.load import InputError

EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="reader",
        description="Compare two accounts of the same story, sentence by sentence.",
        epilog="With no files, the two bundled articles are compared.",
    )
    p.add_argument("left", nargs="?", help="left text file ('-' for standard input)")
    p.add_argument("right", nargs="?", help="right text file ('-' for standard input)")
    p.add_argument("-o", "--output", help="write the comparison to this file ('-' for standard output) and exit")
    p.add_argument("--format", choices=["json", "markdown", "md"], help="export format (default: from the suffix)")
    p.add_argument(
        "--split",
        choices=["sentences", "lines", "paragraphs"],
        default="sentences",
        help="unit of comparison: sentences (default), lines (verse, subtitles, lists) or paragraphs",
    )
    p.add_argument("--keep-boilerplate", action="store_true", help="do not remove web-page boilerplate")
    p.add_argument("-f", "--force", action="store_true", help="overwrite an existing output file")
    p.add_argument("--summary", action="store_true", help="print a short summary instead of opening the app")
    p.add_argument("--theme", help="theme for the app (dark, light, colorblind or one of yours)")
    return p


def _format_for(path: str, forced: str | None) -> str:
    from reader.export import FORMATS

    if forced:
        return "markdown" if forced in ("md", "markdown") else forced
    if path == "-":
        return "markdown"
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(path, f"unknown export format {suffix or '(no suffix)'!r}; use .json or .md, or --format")
    return FORMATS[suffix]


def _confirm_overwrite(path: str) -> bool:
    if not sys.stdin.isatty():
        return False
    answer = input(f"{path} exists. Overwrite? [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def _progress_bar():  # type: ignore[no-untyped-def]
    """A rich progress bar on standard error when it is a terminal; else nothing."""
    if not sys.stderr.isatty():
        return None, None
    from rich.progress import Progress

    bar = Progress(transient=True, console=None)
    from rich.console import Console

    bar = Progress(transient=True, console=Console(stderr=True))
    task = bar.add_task("comparing", total=1.0)

    def report(stage: str, fraction: float) -> None:
        bar.update(task, completed=fraction, description=stage)

    return bar, report


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from reader.pipeline import bundled_paths, compare_files

    if args.left and not args.right:
        print("reader: give two files (or none, for the bundled articles)", file=sys.stderr)
        return EXIT_USAGE
    if args.left == "-" and args.right == "-":
        print("reader: only one side can be standard input", file=sys.stderr)
        return EXIT_USAGE
    if args.left is None:
        left, right = (str(p) for p in bundled_paths())
    else:
        left, right = args.left, args.right

    try:
        fmt = _format_for(args.output, args.format) if args.output else None
        if args.output and args.output != "-" and os.path.exists(args.output) and not args.force:
            if os.path.isdir(args.output):
                raise InputError(args.output, "is a directory")
            if not _confirm_overwrite(args.output):
                raise InputError(args.output, "exists; not overwritten (use --force to overwrite)")
        if args.output or args.summary or not sys.stdout.isatty():
            bar, report = _progress_bar()
            if bar is not None:
                with bar:
                    comparison = compare_files(
                        left, right, split=args.split, boilerplate=not args.keep_boilerplate, progress=report
                    )
            else:
                comparison = compare_files(left, right, split=args.split, boilerplate=not args.keep_boilerplate)
            for doc in (comparison.left, comparison.right):
                for note in doc.notes:
                    print(f"reader: {doc.source}: {note}", file=sys.stderr)
            from reader.export import render

            if args.output:
                text = render(comparison, fmt or "json")
                if args.output == "-":
                    sys.stdout.write(text)
                else:
                    tmp = f"{args.output}.tmp-{os.getpid()}"
                    with open(tmp, "w", encoding="utf-8") as fh:
                        fh.write(text)
                    os.replace(tmp, args.output)
                    print(f"reader: wrote {args.output}", file=sys.stderr)
            else:
                sys.stdout.write(_summary(comparison))
            return 0
        # interactive: the app loads the files itself (in a worker) and reports errors
        for path in (left, right):
            if path != "-":
                from reader.load import load

                load(path)  # fail fast, before the screen switches, with the one-line error
        from reader.app import run_app

        stdin_data = sys.stdin.buffer.read() if "-" in (left, right) else None
        run_app(left, right, split=args.split, boilerplate=not args.keep_boilerplate, theme=args.theme, stdin=stdin_data)
        return 0
    except InputError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        print(f"reader: {getattr(exc, 'filename', '') or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE


def _summary(c) -> str:  # type: ignore[no-untyped-def]
    s = c.summary()
    lines = [
        f"{c.left.source}  vs  {c.right.source}",
        f"  {s['links']} passages: {s['shared']} shared, {s['conflicts']} with discrepancies",
        f"  only left: {s['unique_left']} sentences, only right: {s['unique_right']} sentences",
        f"  coverage: left {float(s['coverage_left']):.0%}, right {float(s['coverage_right']):.0%}",
    ]
    for k in c.links:
        for d in k.differences:
            lines.append(f"  ! {d.note}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
