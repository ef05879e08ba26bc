"""The ``reader`` command: open the app, or write a comparison and exit.

    reader                       the two bundled articles, in the app
    reader LEFT RIGHT            two files ('-' is standard input), in the app
    reader URL|PAGE.html ...     web pages: fetched (http/https) or saved; the article is kept
    reader LEFT RIGHT -o F       write the comparison (.json / .md / .html; --format to force), exit
    reader LEFT RIGHT -o -       to standard output
    reader batch INPUT -o OUT/   many pairs into tables (see docs/batch.md)

Bad input never ends in a traceback: one line naming the file and the cause, exit 2.
An existing output file is never overwritten without --force (or a yes at the prompt).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from reader.files import write_atomic
from reader.inputs import MAX_BYTES, InputError, read_stdin, shown
from reader.usage import EXIT_USAGE, OneLineParser

if TYPE_CHECKING:  # rich is imported only when a bar is shown: start-up stays fast
    from collections.abc import Callable

    from rich.progress import Progress

    from reader.model import Comparison, Document

    ProgressFn = Callable[[str, float], None]


class _Parser(OneLineParser):
    def error(self, message: str) -> NoReturn:
        extra = message.partition("unrecognized arguments:")[2].split()
        if extra and not any(a.startswith("-") for a in extra):
            message = f"give two files (or none, for the bundled articles), not {2 + len(extra)}"
        super().error(message)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="reader",
        description="Compare two accounts of the same story, sentence by sentence.",
        epilog="With no files, the two bundled articles are compared.",
    )
    p.add_argument(
        "left",
        nargs="?",
        help="left text file ('-' for standard input), saved web page (.html) or http(s) URL",
    )
    p.add_argument("right", nargs="?", help="right one, the same kinds")
    p.add_argument(
        "-o",
        "--output",
        help="write the comparison to this file (.json, .md, or .html: a report to share) and exit; "
        "'-' for standard output",
    )
    p.add_argument(
        "--format",
        choices=["json", "markdown", "md", "html"],
        help="export format (default: from the suffix; without -o, to standard output)",
    )
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
    p.add_argument(
        "--max-size",
        type=float,
        default=MAX_BYTES / (1024 * 1024),
        metavar="MB",
        help=f"refuse inputs larger than this (default {MAX_BYTES // (1024 * 1024)} MB; 0: no limit)",
    )
    p.add_argument("--user-agent", metavar="UA", help="User-Agent header sent when fetching http(s) pages")
    p.add_argument("--version", action="version", version=f"reader {_version()}")
    return p


def _version() -> str:
    """The installed package's version (from its metadata, so it is written once)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("reader")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "(not installed)"


def _format_for(path: str, forced: str | None) -> str:
    from reader.export import FORMATS

    if forced:
        return "markdown" if forced in ("md", "markdown") else forced
    if path == "-":
        return "markdown"
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            path, f"unknown export format {suffix or '(no suffix)'!r}; use .json, .md or .html, or --format"
        )
    return FORMATS[suffix]


def _confirm_overwrite(path: str) -> bool:
    """Ask at a terminal; anything but yes (or no terminal, or end of input) is a no."""
    if sys.stdin is None or not sys.stdin.isatty():
        return False
    print(f"{shown(path)} exists. Overwrite? [y/N] ", end="", file=sys.stderr, flush=True)
    try:
        answer = sys.stdin.readline()
    except (EOFError, OSError):
        return False
    return answer.strip().lower() in ("y", "yes")


def _check_output(path: str, inputs: tuple[str, str], force: bool) -> None:
    """Refuse, before any work, an output that would destroy something."""
    if os.path.isdir(path):
        raise InputError(path, "is a directory")
    for src in inputs:
        if src != "-" and os.path.exists(src) and os.path.exists(path) and os.path.samefile(src, path):
            raise InputError(path, "is also an input file; not overwritten")
    if os.path.exists(path) and not force and not _confirm_overwrite(path):
        raise InputError(path, "exists; not overwritten (use --force to overwrite)")


def _write_atomically(path: str, text: str) -> None:
    """Write through ``reader.files.write_atomic``; a failure becomes a one-line InputError."""
    try:
        write_atomic(path, text)
    except OSError as exc:
        raise InputError(path, f"cannot write ({exc.strerror or exc})") from None


def _progress_bar() -> tuple[Progress | None, ProgressFn | None]:
    """A rich progress bar on standard error when it is a terminal; else nothing."""
    if not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import Progress

    bar = Progress(transient=True, console=Console(stderr=True))
    task = bar.add_task("comparing", total=1.0)

    def report(stage: str, fraction: float) -> None:
        bar.update(task, completed=fraction, description=stage)

    return bar, report


def main(argv: list[str] | None = None) -> int:
    """The command; Ctrl-C at any moment ends it with status 130 and no traceback."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("reader: interrupted", file=sys.stderr)
        return 130


def _main(argv: list[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["batch"]:  # `reader batch ...`: many pairs into tables (reader/batch/cli.py)
        from reader.batch.cli import main as batch_main

        return batch_main(argv[1:])
    args = _parser().parse_args(argv)
    from reader.pipeline import bundled_paths

    if args.left and not args.right:
        print("reader: give two files (or none, for the bundled articles)", file=sys.stderr)
        return EXIT_USAGE
    if args.left == "-" and args.right == "-":
        print("reader: only one side can be standard input", file=sys.stderr)
        return EXIT_USAGE
    if args.format and not args.output:
        args.output = "-"  # `--format md` alone: the export on standard output, not the app
    if args.left is None:
        left, right = (str(p) for p in bundled_paths())
    else:
        left, right = args.left, args.right
    try:
        if args.theme:  # refused the same way whether the app opens or not
            _check_theme(args.theme)
        if args.output or args.summary or sys.stdout is None or not sys.stdout.isatty():
            _write_or_summarise(args, left, right)
        else:
            _open_app(args, left, right)
        return 0
    except InputError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # the reader of our output went away (`reader ... -o - | head`): not an error of ours
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        name = getattr(exc, "filename", None)
        where = f"{shown(str(name))}: " if name else ""
        print(f"reader: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE


def _max_bytes(args: argparse.Namespace) -> int:
    return int(args.max_size * 1024 * 1024)


def _write_or_summarise(args: argparse.Namespace, left: str, right: str) -> None:
    """Compare, then write the export (or print the summary): no app."""
    from reader.export import render
    from reader.pipeline import compare_files

    if args.output and args.output != "-":
        _check_output(args.output, (left, right), args.force)
    fmt = _format_for(args.output, args.format) if args.output else None
    if args.output == "-" and sys.stdout is None:
        raise InputError("-", "no standard output to write to")
    options = {
        "split": args.split,
        "boilerplate": not args.keep_boilerplate,
        "max_bytes": _max_bytes(args),
        "user_agent": args.user_agent,
    }
    bar, report = _progress_bar()
    if bar is not None:
        with bar:
            comparison = compare_files(left, right, progress=report, **options)
    else:
        comparison = compare_files(left, right, **options)
    for doc in (comparison.left, comparison.right):
        if not doc.sentences:
            # nothing to compare on this side (an all-furniture page, punctuation only): an
            # error like an empty file's, not an empty export and a zero exit
            why = next((n for n in doc.notes if "nothing left" in n), "no sentences to compare")
            raise InputError(doc.source, why)
    notes: list[str] = []  # one file given twice says its notes once
    for doc in (comparison.left, comparison.right):
        notes += [f"reader: {shown(doc.source)}: {shown(note)}" for note in doc.notes]
    for line in dict.fromkeys(notes):
        print(line, file=sys.stderr)
    if args.output:
        _write_export(args.output, render(comparison, fmt or "json"))
    if args.summary or not args.output:
        # with -o - the export has standard output: the summary goes beside it, on stderr
        where = sys.stderr if args.output == "-" else sys.stdout
        where.write(_summary(comparison, args.split))
        where.flush()


def _write_export(output: str, text: str) -> None:
    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        _write_atomically(output, text)
        print(f"reader: wrote {shown(output)}", file=sys.stderr)


def _open_app(args: argparse.Namespace, left: str, right: str) -> None:
    """The app loads the files itself (in a worker) and reports errors; a bad file is
    refused here first, before the screen switches, with the one-line error."""
    from reader.inputs import load
    from reader.web import is_url

    max_bytes = _max_bytes(args)
    for path in (left, right):
        if path != "-" and not is_url(path):  # an address is fetched once, by the app
            load(path, max_bytes=max_bytes)
    from reader.app import run_app

    stdin_data = None
    if "-" in (left, right):
        if sys.stdin is not None and sys.stdin.isatty():
            side = "left" if left == "-" else "right"
            hint = f"reader: type or paste the {side} article, then Ctrl-D on a line of its own"
            print(hint, file=sys.stderr)
        stdin_data = read_stdin(None, max_bytes)
        _keys_from_terminal()
    run_app(
        left,
        right,
        split=args.split,
        boilerplate=not args.keep_boilerplate,
        theme=args.theme,
        stdin=stdin_data,
        user_agent=args.user_agent,
    )


def _check_theme(name: str) -> None:
    """An unknown ``--theme`` is refused before the screen switches, naming ours."""
    from reader.app.themes import unknown_theme

    problem = unknown_theme(name)
    if problem:
        raise InputError("--theme", problem)


def _keys_from_terminal() -> None:
    """The article came on standard input, but the app reads its keys there: after a pipe
    (`cat a.txt | reader - b.txt`) that is the pipe's end, so no key would reach the app and
    its reader would spin on the end of input.  Standard input becomes the terminal again,
    as `less` does; with no terminal the app cannot run."""
    stdin = sys.__stdin__
    try:
        if stdin is not None and os.isatty(stdin.fileno()):
            return
    except (OSError, ValueError):
        pass
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise InputError(
            "-", "the app reads its keys from the terminal and there is none: use -o FILE or --summary"
        ) from None
    try:
        os.dup2(tty, 0)
    finally:
        os.close(tty)


def _summary(c: Comparison, split: str = "sentences") -> str:
    """The few lines of ``--summary``: the counts every view shows, in the unit compared
    (``--split paragraphs``: paragraphs), and each discrepancy's note."""
    from reader.counts import counted, discrepancies, unit
    from reader.overlap import overlap
    from reader.reworded import to_read
    from reader.worddiff import said_apart, weight

    s = c.summary()
    found = discrepancies(c)
    one = unit(split)
    lines = [
        f"{shown(c.left.source)}  vs  {shown(c.right.source)}",
        *(f"  {side}: {_about(d)}" for side, d in (("left", c.left), ("right", c.right)) if _about(d)),
        f"  {found.full}",
        f"  {counted(s['links'], 'passage')}: {s['shared']} shared, {found.passages} in conflict",
        f"  only left: {counted(s['unique_left'], one)}, only right: {counted(s['unique_right'], one)}",
        f"  coverage: left {float(s['coverage_left']):.0%}, right {float(s['coverage_right']):.0%}",
    ]
    notice = overlap(c).notice
    if notice:
        lines.append(f"  note: {notice}")
    # one line a discrepancy, as counted above: a passage's differences together, with its
    # number as the app and the exports count them (the ~ lines name theirs too)
    lines += [f"  ! passage {n}: {shown(k.note)}" for n, k in enumerate(c.links, 1) if k.differences]
    lines += [f"  ! {shown(n.difference.note)}" for n in c.names]
    # and the passages told by both whose words differ where no fact rule reads them, those with
    # a figure, a negation or an opposite among their changes first (ut124: "fallen" / "risen"
    # and "no longer" were past the tenth passage, or behind "3 more")
    changed, otherwise = to_read(c, _REWORDED_RANKED)
    changed = sorted(changed, key=lambda nc: min(map(weight, nc[1]), default=3))
    lines += [
        f"  ~ passage {n}, words differ: {said_apart(ch, 3, shown)}" for n, ch in changed[:_REWORDED_SHOWN]
    ]
    if len(changed) > _REWORDED_SHOWN:
        lines.append("  ~ and more passages whose words differ: the export lists them all")
    if otherwise:  # no few words to name: a passage rewritten whole, where the app's d stops too
        more = ", ..." if len(otherwise) > _REWORDED_SHOWN else ""
        where = ", ".join(map(str, otherwise[:_REWORDED_SHOWN])) + more
        lines.append(f"  ~ told in other words, read both: {counted(len(otherwise), 'passage')} ({where})")
    return "\n".join(lines) + "\n"


# the passages whose words differ that --summary names (a book's translation has thousands)
_REWORDED_SHOWN = 10
# ... chosen, weightiest first, among the first this many (a word diff a passage: 0.1 ms)
_REWORDED_RANKED = 200


def _about(d: Document) -> str:
    """A web page's title, author, outlet and date on one line."""
    m = d.meta
    parts = [d.title, f"by {m.author}" if m and m.author else None, m and m.outlet, m and m.date]
    return shown(" · ".join(p for p in parts if p))


if __name__ == "__main__":
    sys.exit(main())
