"""Hostile and odd inputs through the real command: a one-line error naming the file, exit 2,
and no raw control byte on standard output or standard error (checked as bytes)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ARTICLE = b"The council met on Monday. Ten members voted for the plan.\n"
EVIL = "evil\x1b]0;PWNED\x07\x1b[31mname.txt"


def run(*args: str, cwd: Path, stdin: int | None = None, **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "reader.cli", *args],
        cwd=cwd,
        capture_output=True,
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        timeout=60,
        check=False,
        **kw,  # type: ignore[arg-type]
    )


def assert_clean(out: bytes) -> None:
    assert b"\x1b" not in out and b"\x07" not in out, out
    assert b"Traceback" not in out, out


def one_line(proc: subprocess.CompletedProcess[bytes], *needles: str) -> None:
    assert proc.returncode == 2, proc.stderr
    err = proc.stderr.decode("utf-8", "replace")
    assert err.count("\n") == 1 and err.startswith("reader: "), err
    for n in needles:
        assert n in err, err
    assert_clean(proc.stderr + proc.stdout)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_bytes(ARTICLE)
    return tmp_path


def test_escape_sequences_in_a_file_name_never_reach_the_terminal(folder: Path) -> None:
    (folder / EVIL).write_bytes(ARTICLE)
    summary = run("a.txt", EVIL, "--summary", cwd=folder)
    assert summary.returncode == 0
    assert_clean(summary.stdout + summary.stderr)
    assert "evil␛]0;PWNED␇␛[31mname.txt" in summary.stdout.decode()
    missing = run("a.txt", EVIL + ".missing", "--summary", cwd=folder)
    one_line(missing, "no such file", "evil␛]0;PWNED")
    md = run("a.txt", EVIL, "-o", "out.md", cwd=folder)
    assert md.returncode == 0
    assert_clean(md.stderr + (folder / "out.md").read_bytes())


def test_names_in_any_script_are_read(folder: Path) -> None:
    for name in ("Москва.txt", "東京.txt", "🗞️.txt"):
        (folder / name).write_bytes(ARTICLE)
        proc = run("a.txt", name, "--summary", cwd=folder)
        assert proc.returncode == 0, proc.stderr
        assert name in proc.stdout.decode()


def test_a_name_that_is_not_utf8_is_exported_with_a_stand_in(folder: Path) -> None:
    raw = os.fsencode(folder) + b"/bad\xffname.txt"
    with open(raw, "wb") as fh:
        fh.write(ARTICLE)
    proc = subprocess.run(
        [sys.executable, "-m", "reader.cli", b"a.txt", raw, b"-o", b"out.json"],
        cwd=folder,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads((folder / "out.json").read_text(encoding="utf-8"))
    assert data["right"]["source"].endswith("bad\ufffdname.txt")


def test_no_standard_input_and_closed_standard_output(folder: Path) -> None:
    no_stdin = subprocess.run(
        [sys.executable, "-m", "reader.cli", "-", "a.txt", "-o", "x.json"],
        cwd=folder,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    one_line(no_stdin, "<stdin>", "is empty")
    closed = subprocess.run(
        f"{sys.executable} -m reader.cli a.txt a.txt -o - <&- >&-",
        shell=True,
        cwd=folder,
        capture_output=False,
        stderr=subprocess.PIPE,
        timeout=60,
        check=False,
    )
    assert closed.returncode == 2
    assert closed.stderr.decode().strip() == "reader: -: no standard output to write to"
    none_at_all = subprocess.run(
        f"{sys.executable} -m reader.cli - a.txt -o y.json <&-",
        shell=True,
        cwd=folder,
        stderr=subprocess.PIPE,
        timeout=60,
        check=False,
    )
    assert none_at_all.returncode == 2
    assert none_at_all.stderr.decode().strip() == "reader: <stdin>: no standard input to read"


def test_fifo_without_a_writer_is_refused_after_a_wait(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader import inputs

    os.mkfifo(folder / "pipe")
    monkeypatch.setattr(inputs, "STREAM_WAIT_SECONDS", 0.2)
    with pytest.raises(inputs.InputError, match=r"nothing to read after .* \(no writer\?\)"):
        inputs.load(folder / "pipe")


def test_fifo_with_a_writer_is_read(folder: Path) -> None:
    from reader import inputs

    os.mkfifo(folder / "pipe")
    writer = subprocess.Popen(["sh", "-c", "sleep 0.3; cat a.txt > pipe"], cwd=folder)
    assert inputs.load(folder / "pipe").text == ARTICLE.decode()
    writer.wait(10)


def test_endless_device_and_big_file_hit_the_size_limit(folder: Path) -> None:
    from reader import inputs

    with pytest.raises(inputs.InputError, match="limit"):
        inputs._read_stream(os.open("/dev/zero", os.O_RDONLY), "/dev/zero", 1 << 20)
    (folder / "big.txt").write_bytes(ARTICLE * 20_000)  # 1.2 MB
    one_line(run("big.txt", "a.txt", "--max-size", "1", "--summary", cwd=folder), "big.txt", "1 MB limit")
    assert inputs._too_big(1_048) == "is larger than the 1,048 bytes limit (--max-size to lift it)"
    assert "2.5 MB limit" in inputs._too_big(int(2.5 * 1024 * 1024))
    assert len(inputs.load(folder / "big.txt", max_bytes=0).text) == len(ARTICLE) * 20_000


def test_symlink_loop_directory_and_unreadable(folder: Path) -> None:
    (folder / "l1").symlink_to("l2")
    (folder / "l2").symlink_to("l1")
    one_line(run("l1", "a.txt", "--summary", cwd=folder), "l1: symbolic link loop")
    one_line(run(".", "a.txt", "--summary", cwd=folder), "is a directory")


def test_an_unreadable_file_is_named_with_the_cause(unprivileged: list[str]) -> None:
    """Root reads anything, so as root the command runs as the user 'nobody' (setpriv)."""
    import shutil
    import tempfile

    drop = unprivileged
    work = Path(tempfile.mkdtemp())
    try:
        work.chmod(0o755)
        (work / "a.txt").write_bytes(ARTICLE)
        (work / "a.txt").chmod(0o644)
        (work / "secret.txt").write_bytes(ARTICLE)
        (work / "secret.txt").chmod(0)
        root = Path(__file__).resolve().parent.parent
        proc = subprocess.run(
            [*drop, sys.executable, "-m", "reader.cli", "secret.txt", "a.txt", "--summary"],
            cwd=work,
            capture_output=True,
            timeout=60,
            check=False,
            env={**os.environ, "PYTHONPATH": str(root), "HOME": str(work)},
        )
        if drop and b"reader:" not in proc.stderr:  # 'nobody' cannot run this checkout at all
            pytest.skip(f"the unprivileged user cannot run this checkout: {proc.stderr.strip()[-200:]!r}")
        one_line(proc, "secret.txt: permission denied")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_utf16_without_bom_and_mixed_line_ends(folder: Path) -> None:
    from reader import inputs

    (folder / "u16.txt").write_bytes(
        "The council met.\r\nTen members voted.\rIt passed.\n".encode("utf-16-le")
    )
    loaded = inputs.load(folder / "u16.txt")
    assert loaded.encoding == "utf-16-le" and "It passed." in loaded.text
    assert "\r" not in loaded.text.replace("\r\n", "")
    assert any("UTF-16-LE" in n for n in loaded.notes)


def test_ctrl_c_ends_cleanly_with_130(folder: Path) -> None:
    big = folder / "long.txt"
    big.write_text("The council met on Monday and voted on the plan for the river. " * 40_000)
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader.cli", "long.txt", "a.txt", "-o", "out.json"],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # as from a terminal: a run started in the background inherits SIGINT ignored
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err and err.strip() == b"reader: interrupted"
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt", "long.txt"]


def test_a_file_of_only_furniture_says_so(folder: Path) -> None:
    """Nothing left to compare is bad input like an empty file: one line, exit 2, no export."""
    (folder / "furniture.txt").write_text("Sign up for our newsletter\nShare this article\nAdvertisement\n")
    proc = run("furniture.txt", "a.txt", "--summary", "-o", "out.json", cwd=folder)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert err.count("\n") == 1
    assert "furniture.txt: all 3 line(s) were page furniture: nothing left to compare" in err
    assert "--keep-boilerplate" in err
    assert not (folder / "out.json").exists()
    # punctuation alone leaves no sentence either
    (folder / "marks.txt").write_text("....!!!???\n")
    proc = run("a.txt", "marks.txt", "--summary", cwd=folder)
    assert proc.returncode == 2 and proc.stderr.decode().startswith("reader: marks.txt: ")


def test_one_file_given_twice_says_its_notes_once(folder: Path) -> None:
    (folder / "w.txt").write_bytes(b"The mayor said \x93we will win\x94 on Monday.\n")  # cp1252 quotes
    proc = run("w.txt", "w.txt", "--summary", cwd=folder)
    assert proc.returncode == 0
    assert proc.stderr.decode().count("decoded as cp1252") == 1
