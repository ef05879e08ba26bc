"""The README's export example is the bundled pair's real export, so its numbers (shared
passages, sentences only on one side, boilerplate lines removed, coverage, line count)
cannot go stale when the engine changes: this test fails first, naming the line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.export import render
from reader.pipeline import compare_files

ROOT = Path(__file__).resolve().parent.parent
LEFT, RIGHT = "seeds/csmonitor-nsa-france-mexico.txt", "seeds/afp-nsa-france-mexico.txt"


def test_the_readme_export_example_matches_the_bundled_comparison(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the export names the files as given on the command line
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"reader {LEFT} {RIGHT} -o diff.md" in readme
    exported = render(compare_files(LEFT, RIGHT), "markdown").splitlines()
    stated = re.search(r"the first of its (\d+) lines", readme)
    assert stated is not None and int(stated.group(1)) == len(exported)
    block = readme.split("````markdown\n", 1)[1].split("\n````", 1)[0].splitlines()
    cut = block.index("…")  # the example's head is the export's head, line for line
    assert block[:cut] == exported[:cut]
    rest = iter(exported[cut:])  # then headings the export has, in its order
    for line in block[cut:]:
        if line != "…":
            assert any(line == seen for seen in rest), line
