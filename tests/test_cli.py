"""The ``reader`` command: exports, standard input/output, refusals and safe writing.

Bad input must end in one line on standard error naming the file and the cause, with
exit status 2 -- never a traceback -- both through ``main()`` and the installed script.
The interactive (TTY) path opens the app and is not tested here.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader import cli
from reader.cli import main

TESTS = Path(__file__).resolve().parent
PAGES = TESTS / "data" / "pages"
LEFT, RIGHT = str(PAGES / "bbc-flood.txt"), str(PAGES / "wire-merger.txt")
SCRIPT = Path(sys.executable).with_name("reader")


class _Stdin(io.TextIOWrapper):
    """Standard input with bytes behind it, as a terminal or as a pipe."""

    def __init__(self, data: bytes = b"", tty: bool = False) -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8")
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.fixture(autouse=True)
def _piped_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see pytest's own stdin (or a developer's terminal) by accident."""
    monkeypatch.setattr(sys, "stdin", _Stdin())


def one_line_error(err: str, *needles: str) -> None:
    lines = err.strip("\n").split("\n")
    assert len(lines) == 1, f"expected one line, got: {err!r}"
    assert lines[0].startswith("reader: ")
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0], f"{needle!r} not in {lines[0]!r}"


@pytest.mark.parametrize(
    ("suffix", "check"), [(".json", "json"), (".md", "markdown"), (".markdown", "markdown")]
)
def test_format_follows_the_suffix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str, check: str
) -> None:
    out = tmp_path / f"out{suffix}"
    assert main([LEFT, RIGHT, "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    if check == "json":
        assert json.loads(text)["format"] == "reader-comparison/1"
    else:
        assert text.startswith("# Comparison: ")
    assert "wrote" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left


def test_format_option_overrides_the_suffix(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    assert main([LEFT, RIGHT, "-o", str(out), "--format", "json"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "reader-comparison/1"
    md = tmp_path / "out.json"
    assert main([LEFT, RIGHT, "-o", str(md), "--format", "md"]) == 0
    assert md.read_text(encoding="utf-8").startswith("# Comparison")


def test_unknown_suffix_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.pdf"
    assert main([LEFT, RIGHT, "-o", str(out)]) == 2
    one_line_error(capsys.readouterr().err, str(out), "'.pdf'")
    assert not out.exists()


def test_output_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([LEFT, RIGHT, "-o", "-", "--format", "json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["left"]["source"] == LEFT and d["right"]["source"] == RIGHT
    assert main([LEFT, RIGHT, "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("# Comparison")  # people read the default


def test_standard_input_as_one_side(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(Path(LEFT).read_bytes()))
    assert main(["-", RIGHT, "-o", "-", "--format", "json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["left"]["source"] == "<stdin>"
    assert any(s["text"] == "Rescue teams worked through the night." for s in d["left"]["sentences"])


def test_no_files_compares_the_bundled_articles(tmp_path: Path) -> None:
    out = tmp_path / "bundled.json"
    assert main(["-o", str(out)]) == 0
    d = json.loads(out.read_text(encoding="utf-8"))
    assert d["left"]["source"].endswith("csmonitor-nsa-france-mexico.txt")
    assert d["right"]["source"].endswith("afp-nsa-france-mexico.txt")


def test_without_output_a_pipe_gets_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([LEFT, RIGHT, "--summary"]) == 0
    out = capsys.readouterr().out
    assert f"{LEFT}  vs  {RIGHT}" in out and "coverage" in out


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        ([LEFT], "give two files"),
        (["-", "-"], "only one side"),
        ([LEFT, RIGHT, LEFT], "give two files (or none, for the bundled articles), not 3"),
        (["--bogus", LEFT, RIGHT], "unrecognized arguments: --bogus"),
        (["--format", "xml", LEFT, RIGHT], "invalid choice: 'xml'"),
    ],
)
def test_usage_errors(argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    """One line naming the cause, as for bad input, not argparse's usage block."""
    code = None
    try:
        code = main(argv)
    except SystemExit as stop:  # argparse's own errors leave by SystemExit
        code = stop.code
    assert code == 2
    one_line_error(capsys.readouterr().err, needle)


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    return {
        "missing": (tmp_path / "missing.txt", "no such file"),
        "directory": (tmp_path, "directory"),
        "binary": (binary, "binary"),
        "empty": (empty, "empty"),
    }


@pytest.mark.parametrize("kind", ["missing", "directory", "binary", "empty"])
@pytest.mark.parametrize("side", ["left", "right"])
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, side: str
) -> None:
    bad, cause = _bad_inputs(tmp_path)[kind]
    argv = [str(bad), RIGHT] if side == "left" else [LEFT, str(bad)]
    out = tmp_path / "out.json"
    assert main([*argv, "-o", str(out)]) == 2
    one_line_error(capsys.readouterr().err, str(bad), cause)
    assert not out.exists()


def test_existing_output_is_not_overwritten_without_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    out.write_text("precious", encoding="utf-8")
    assert main([LEFT, RIGHT, "-o", str(out)]) == 2
    one_line_error(capsys.readouterr().err, str(out), "--force")
    assert out.read_text(encoding="utf-8") == "precious"


def test_force_overwrites(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")
    assert main([LEFT, RIGHT, "-o", str(out), "--force"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "reader-comparison/1"


@pytest.mark.parametrize(
    ("answer", "overwritten"), [(b"y\n", True), (b"yes\n", True), (b"n\n", False), (b"", False)]
)
def test_a_terminal_is_asked(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    answer: bytes,
    overwritten: bool,
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(answer, tty=True))
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")
    assert main([LEFT, RIGHT, "-o", str(out)]) == (0 if overwritten else 2)
    err = capsys.readouterr().err
    assert "Overwrite?" in err  # the prompt goes to stderr, not into piped output
    assert (out.read_text(encoding="utf-8") != "old") is overwritten


def test_an_input_file_is_never_the_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    left = tmp_path / "left.json"
    left.write_bytes(Path(LEFT).read_bytes())
    before = left.read_bytes()
    assert main([str(left), RIGHT, "-o", str(left), "--force"]) == 2
    one_line_error(capsys.readouterr().err, str(left), "input")
    assert left.read_bytes() == before


def test_a_directory_as_output_is_refused_even_with_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "dir.json"
    target.mkdir()
    assert main([LEFT, RIGHT, "-o", str(target), "--force"]) == 2
    one_line_error(capsys.readouterr().err, str(target), "directory")
    assert list(tmp_path.iterdir()) == [target]


def test_unwritable_place_names_the_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "no" / "such" / "dir.json"
    assert main([LEFT, RIGHT, "-o", str(out)]) == 2
    one_line_error(capsys.readouterr().err, str(out))


def test_a_failed_write_leaves_the_old_file_and_no_litter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")

    def fail(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli.os, "replace", fail)
    assert main([LEFT, RIGHT, "-o", str(out), "--force"]) == 2
    one_line_error(capsys.readouterr().err, str(out), "No space left")
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_overwrite_keeps_the_file_mode(tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    assert main([LEFT, RIGHT, "-o", str(out), "--force"]) == 0
    assert out.stat().st_mode & 0o777 == 0o640


def test_notes_about_the_input_go_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(Path(LEFT).read_text(encoding="utf-8").replace("Avon", "Avoné").encode("cp1252"))
    assert main([str(latin), RIGHT, "-o", "-", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["left"]["encoding"] == "cp1252"
    assert f"reader: {latin}: not valid UTF-8" in captured.err


# --- the installed script, in a real process -------------------------------------------


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "UPDATE_GOLDEN"}
    return subprocess.run(
        [str(SCRIPT), *args],
        input=stdin or b"",
        capture_output=True,
        timeout=60,
        env=env,
        cwd=cwd,
        check=False,
    )


pytestmark_script = pytest.mark.skipif(not SCRIPT.exists(), reason="reader script not installed in this venv")


@pytestmark_script
def test_script_pipes_standard_input_to_standard_output() -> None:
    proc = run("-", RIGHT, "-o", "-", "--format", "json", stdin=Path(LEFT).read_bytes())
    assert proc.returncode == 0, proc.stderr
    d = json.loads(proc.stdout)
    assert d["left"]["source"] == "<stdin>" and d["left"]["sentences"]


@pytestmark_script
@pytest.mark.parametrize("kind", ["missing", "directory", "binary", "empty"])
def test_script_bad_input(tmp_path: Path, kind: str) -> None:
    bad, cause = _bad_inputs(tmp_path)[kind]
    proc = run(str(bad), RIGHT, "-o", "-")
    assert proc.returncode == 2
    assert proc.stdout == b""
    one_line_error(proc.stderr.decode(), str(bad), cause)


@pytestmark_script
def test_script_refuses_to_overwrite_without_a_terminal(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("precious", encoding="utf-8")
    proc = run(LEFT, RIGHT, "-o", str(out))
    assert proc.returncode == 2
    one_line_error(proc.stderr.decode(), str(out))
    assert out.read_text(encoding="utf-8") == "precious"


@pytestmark_script
def test_script_with_no_files_writes_the_bundled_comparison(tmp_path: Path) -> None:
    proc = run("-o", "out.md", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out.md").read_text(encoding="utf-8").startswith("# Comparison: Explain yourself")


@pytestmark_script
def test_script_survives_a_closed_pipe() -> None:
    """`reader ... -o - | head -1`: the reader going away is not a traceback."""
    proc = subprocess.run(
        f"'{SCRIPT}' '{LEFT}' '{RIGHT}' -o - --format json | head -c 10",
        shell=True,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.stdout == b'{\n "format'
    assert b"Traceback" not in proc.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal and /dev/tty are POSIX")
def test_piped_article_and_no_terminal_for_the_keys_is_one_line_exit_2() -> None:
    # `cat a | reader - b` on a screen: the app reads its keys from the terminal, not the
    # pipe; here the process has a screen (a pty on stdout) but no controlling terminal
    import pty

    main_fd, screen = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "reader.cli", "-", RIGHT],
            input=Path(LEFT).read_bytes(),
            stdout=screen,
            stderr=subprocess.PIPE,
            start_new_session=True,  # no controlling terminal: /dev/tty cannot be opened
            timeout=60,
            check=False,
        )
    finally:
        os.close(screen)
        os.close(main_fd)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert err.count("\n") == 1 and "reads its keys from the terminal" in err and "--summary" in err


def test_keys_come_from_the_terminal_after_a_piped_article(monkeypatch: pytest.MonkeyPatch) -> None:
    # the terminal is put on standard input (file descriptor 0) once the article is read
    opened: list[str] = []
    moved: list[tuple[int, int]] = []
    monkeypatch.setattr(cli.sys, "__stdin__", io.StringIO(""))  # a pipe: no terminal
    monkeypatch.setattr(cli.os, "open", lambda path, flags: opened.append(path) or 99)
    monkeypatch.setattr(cli.os, "dup2", lambda a, b: moved.append((a, b)))
    monkeypatch.setattr(cli.os, "close", lambda fd: None)
    cli._keys_from_terminal()
    assert opened == ["/dev/tty"] and moved == [(99, 0)]


def test_an_unknown_theme_is_refused_before_the_app_opens(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    started: list[str] = []
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)  # a screen: the app would open
    monkeypatch.setattr("reader.app.run_app", lambda *a, **k: started.append("app"))
    assert main([LEFT, RIGHT, "--theme", "nope"]) == 2
    one_line_error(capsys.readouterr().err, "--theme", "no theme named 'nope'", "colorblind")
    assert started == []
    assert main([LEFT, RIGHT, "--theme", "light"]) == 0 and started == ["app"]


def test_a_format_without_an_output_goes_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([LEFT, RIGHT, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == "reader-comparison/1"
    assert main([LEFT, RIGHT, "--format", "md"]) == 0
    assert capsys.readouterr().out.startswith("# Comparison")


def test_the_summary_counts_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = tmp_path / "one.txt"
    one.write_text("The mayor resigned on Monday.\n", encoding="utf-8")
    assert main([str(one), str(one), "--summary"]) == 0
    out = capsys.readouterr().out
    assert "  1 passage: 1 shared" in out and "only left: 0 sentences" in out


def test_the_summary_names_each_side_by_what_it_knows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    titled, bare = tmp_path / "titled.txt", tmp_path / "bare.html"
    titled.write_text(
        "Storm Closes Ferry Port For Two Days\n\nThe port closed on Monday.\n", encoding="utf-8"
    )
    paragraphs = [
        "The ferry port closed on Monday as the storm reached the coast with gusts of 120 km/h.",
        "Harbour officials said no ship would sail before Wednesday morning at the earliest.",
        "About 3,000 travellers waited in hotels and sports halls near the terminal overnight.",
    ]
    bare.write_text(
        "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>",
        encoding="utf-8",
    )
    assert main([str(bare), str(titled), "--summary"]) == 0
    out = capsys.readouterr().out
    # a page with no title, author or date gets no empty "left:" line; a text file's title is named
    assert "  left:" not in out and "  right: Storm Closes Ferry Port For Two Days" in out


def test_the_summary_says_when_two_texts_share_little(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flood, vote = tmp_path / "flood.txt", tmp_path / "vote.txt"
    flood.write_text(
        "The river burst its banks near the old mill on Tuesday.\n\n"
        "Firefighters carried twelve residents to safety by boat.\n",
        encoding="utf-8",
    )
    vote.write_text(
        "The city council approved a new tram line after a long debate.\n\n"
        "Construction is due to begin next spring.\n",
        encoding="utf-8",
    )
    assert main([str(flood), str(vote), "--summary"]) == 0
    assert "note: The two texts share little" in capsys.readouterr().out
    assert main([str(flood), str(flood), "--summary"]) == 0
    assert "note: The two texts are the same" in capsys.readouterr().out  # a file given twice


@pytest.mark.parametrize(
    ("data", "said"),
    [
        ("The river burst its banks near the old mill on Tuesday.\n".encode("utf-16"), "UTF-16"),
        ("Caf\xe9 owners said the mill\u2019s repairs cost \xa35 million.\n".encode("cp1252"), "UTF-8"),
    ],
    ids=["utf-16", "cp1252"],
)
def test_the_summary_keeps_the_share_little_note_beside_a_file_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, said: str
) -> None:
    """A file read with a note (its encoding) still gets the summary's note that the two
    texts share little -- the note on standard output, the file's on standard error."""
    odd, vote = tmp_path / "odd.txt", tmp_path / "vote.txt"
    odd.write_bytes(data)
    vote.write_text(
        "The city council approved a new tram line after a long debate.\n\n"
        "Construction is due to begin next spring.\n",
        encoding="utf-8",
    )
    assert main([str(odd), str(vote), "--summary"]) == 0
    out, err = capsys.readouterr()
    assert said in err and "odd.txt" in err
    assert "note: The two texts share little (0 of 1 sentence linked on the left, 0 of 2 on the right)" in out


def test_an_unknown_theme_is_refused_with_an_output_or_summary_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    for extra in (["-o", str(out)], ["--summary"], ["--format", "md"]):
        assert main([LEFT, RIGHT, "--theme", "nope", *extra]) == 2, extra
        one_line_error(capsys.readouterr().err, "--theme", "no theme named 'nope'", "colorblind")
    assert not out.exists()
    assert main([LEFT, RIGHT, "--theme", "light", "--summary"]) == 0


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"reader {version('reader')}"


def test_summary_with_an_output_file_prints_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--summary -o x.md` wrote the file and skipped the summary without a word."""
    out = tmp_path / "x.md"
    assert main([LEFT, RIGHT, "--summary", "-o", str(out)]) == 0
    said = capsys.readouterr()
    assert out.read_text(encoding="utf-8").startswith("# Comparison")
    assert "coverage" in said.out and "wrote" in said.err
    # to standard output, the export keeps it: the summary goes beside it, on stderr
    assert main([LEFT, RIGHT, "--summary", "-o", "-", "--format", "json"]) == 0
    said = capsys.readouterr()
    assert json.loads(said.out)["format"] == "reader-comparison/1" and "coverage" in said.err


# two texts of several paragraphs, lines and sentences, and each split with the word for its unit
SPLITS = (("paragraphs", "paragraph"), ("lines", "line"), ("sentences", "sentence"))


def _two_texts(tmp_path: Path) -> tuple[Path, Path]:
    one = tmp_path / "one.txt"
    one.write_text(
        "The mayor resigned on Monday. She left at once.\n\nA new one comes in May.\n", encoding="utf-8"
    )
    other = tmp_path / "other.txt"
    other.write_text("Parliament met on Friday about the budget.\n", encoding="utf-8")
    return one, other


def test_the_summary_counts_in_the_unit_split_by(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one, other = _two_texts(tmp_path)
    for split, unit in SPLITS:
        assert main([str(one), str(other), "--summary", "--split", split]) == 0
        out = capsys.readouterr().out
        line = next(row for row in out.splitlines() if row.startswith("  only left:"))
        assert f" {unit}" in line and (unit == "sentence" or "sentence" not in line), (split, line)


def test_the_markdown_and_the_notice_count_in_the_unit_split_by(tmp_path: Path) -> None:
    from reader.export import to_markdown
    from reader.overlap import overlap
    from reader.pipeline import compare_files

    one, other = _two_texts(tmp_path)
    for split, unit in SPLITS:
        c = compare_files(one, other, split=split)  # type: ignore[arg-type]
        head = to_markdown(c).split("## ", 1)[0]
        assert f" {unit}s only on the left" in head or f" {unit} only on the left" in head, (split, head)
        assert unit == "sentence" or "sentence" not in head, (split, head)
        notice = overlap(c).notice
        assert not notice or unit == "sentence" or "sentence" not in notice, (split, notice)


def test_the_summary_lists_one_line_a_discrepancy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # one passage with two differences is one discrepancy: one "!" line, as the count says
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(
        "The ferry sank on Wednesday with two cars aboard, the harbour office said.\n", encoding="utf-8"
    )
    b.write_text(
        "The ferry sank on Tuesday with three cars aboard, the harbour office said.\n", encoding="utf-8"
    )
    assert main([str(a), str(b), "--summary"]) == 0
    out = capsys.readouterr().out
    marks = [line for line in out.splitlines() if line.startswith("  ! ")]
    assert "1 discrepancy" in out and len(marks) == 1
    assert "Wednesday" in marks[0] and "two" in marks[0]
    assert marks[0].startswith("  ! passage 1: ")  # found in the app and the exports by its number
