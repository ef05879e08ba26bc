"""What ``reader batch`` tells its user before and after the work: an output that is a file,
story folders that make no pair, counts read as words."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.batch import cli

STORY = (
    "A storm cut power to {n} homes in the valley on Sunday. "
    "Crews worked through the night to restore the lines. "
    "The utility said most customers would have power by Tuesday."
)


def _stories(root: Path, sizes: dict[str, int]) -> Path:
    for name, count in sizes.items():
        folder = root / name
        folder.mkdir(parents=True)
        for i in range(count):
            (folder / f"{i:02d}-outlet.txt").write_text(STORY.format(n=1000 + i), encoding="utf-8")
    return root


def test_an_output_that_is_a_file_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stories = _stories(tmp_path / "stories", {"storm": 2})
    taken = tmp_path / "results.json"
    taken.write_text("{}", encoding="utf-8")
    status = cli.main([str(stories), "-o", str(taken), "--quiet", "--workers", "1"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert err == [f"reader batch: {taken}: is a file; -o names the output folder"]
    assert taken.read_text(encoding="utf-8") == "{}"  # untouched


def test_story_folders_without_a_pair_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stories = _stories(tmp_path / "stories", {"storm": 2, "lone": 1, "empty": 0})
    status = cli.main([str(stories), "-o", str(tmp_path / "out"), "--quiet", "--workers", "1"])
    err = capsys.readouterr().err
    assert status == 0
    assert "skipped 2 story folders with fewer than two articles: empty, lone" in err
    assert "reader batch: 1 pair: 1 compared" in err


def test_no_note_when_every_story_makes_pairs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stories = _stories(tmp_path / "stories", {"storm": 3})
    assert cli.main([str(stories), "-o", str(tmp_path / "out"), "--quiet", "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "skipped" not in err
    assert "3 pairs: 3 compared" in err


def test_an_output_inside_the_input_is_no_lone_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stories = _stories(tmp_path / "stories", {"storm": 2})
    out = stories / "out"
    assert cli.main([str(stories), "-o", str(out), "--quiet", "--workers", "1"]) == 0
    capsys.readouterr()
    assert cli.main([str(stories), "-o", str(out), "--quiet", "--workers", "1"]) == 0  # a rerun resumes
    assert "skipped" not in capsys.readouterr().err
