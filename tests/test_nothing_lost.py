"""Nothing lost, on every input the tests use: each character of each text file under
tests/data and of the bundled articles lies in a sentence, a removed stretch (with its
reason) or white space, in every split mode and with cleaning on and off."""

from __future__ import annotations

from pathlib import Path

import pytest

import reader
from reader.pipeline import bundled_paths

DATA = Path(__file__).resolve().parent / "data"
NOT_ARTICLES = {"section-front.html"}  # an index page: refused, there is no article to keep
INPUTS = [
    *sorted(
        p for p in DATA.rglob("*") if p.suffix in {".txt", ".md", ".html"} and p.name not in NOT_ARTICLES
    ),
    *bundled_paths(),
]
MODES = [("sentences", True), ("lines", True), ("sentences", False)]


def test_the_inputs_are_found() -> None:
    assert len(INPUTS) >= 10
    for name in NOT_ARTICLES:
        with pytest.raises(reader.InputError, match="no article text"):
            reader.load(next(DATA.rglob(name)))


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
@pytest.mark.parametrize(
    ("split", "boilerplate"), [("sentences", True), ("lines", True), ("sentences", False)]
)
def test_every_character_is_accounted_for(path: Path, split: str, boilerplate: bool) -> None:
    doc = reader.load(path, split=split, boilerplate=boilerplate)  # type: ignore[arg-type]
    covered = bytearray(len(doc.text))
    spans = sorted([*doc.sentences, *doc.removed], key=lambda s: s.start)
    for s in spans:
        assert doc.text[s.start : s.end] == s.text
        covered[s.start : s.end] = b"\x01" * (s.end - s.start)
    for r in doc.removed:
        assert r.reason
    lost = [i for i, ch in enumerate(doc.text) if not covered[i] and not ch.isspace()]
    assert not lost, f"{path.name}: lost {doc.text[lost[0] : lost[0] + 30]!r}"
    for a, b in zip(doc.sentences, doc.sentences[1:], strict=False):
        assert a.end <= b.start, "sentences overlap"
