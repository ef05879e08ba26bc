"""The whole engine over arbitrary text pairs (hypothesis).

CI runs a short profile; the long run is documented in the README:

    REREADER_EXAMPLES=10000 .venv/bin/python -m pytest tests/test_engine_properties.py -q

For any two texts: the comparison ends within a time bound per character; every link
refers to sentences that exist; a sentence is linked or unique, never both and never
neither; every character of the input lies in a sentence, a removed stretch or white
space (nothing lost); comparing A with B mirrors B with A; A against itself links every
sentence to itself.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reader
from reader.model import Comparison, Document

EXAMPLES = int(os.environ.get("REREADER_EXAMPLES", "40"))
PROFILE = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=EXAMPLES <= 100,
)
SECONDS_PER_CHAR = 0.002  # generous: a 2,000-character pair must finish within 4 s (plus start-up)

WORDS = [
    "The",
    "mayor",
    "Mayor",
    "said",
    "police",
    "Police",
    "on",
    "Monday",
    "12",
    "twelve",
    "3.5",
    "people",
    "were",
    "killed",
    "not",
    "Dr.",
    "U.S.",
    "“quoted",
    "words”",
    "[bold red]",
    "[/]",
    "Kadhafi",
    "Gaddafi",
    "Rivkin",
    "Rifkin",
    "river",
    "rose",
    "by",
    "2",
    "metres",
    "—",
    "(AP)",
    "\u0301",  # a lone combining accent (broken copy-paste): it folds to nothing
    "\u200b",
]
PUNCT = [".", ". ", "! ", "? ", "\n", "\n\n", ", ", " ", "... ", "; "]

sentences = st.lists(
    st.tuples(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), st.sampled_from(PUNCT)), max_size=25
).map(lambda parts: "".join(" ".join(words) + end for words, end in parts))
texts = st.one_of(sentences, st.text(max_size=400), st.text(alphabet=" .\n!?ab", max_size=200))


def pairs(c: Comparison) -> set[tuple[int, int]]:
    return {(a, b) for link in c.links for a in link.left for b in link.right}


def assert_nothing_lost(doc: Document) -> None:
    covered = bytearray(len(doc.text))
    for s in [*doc.sentences, *doc.removed]:
        assert doc.text[s.start : s.end] == s.text
        covered[s.start : s.end] = b"\x01" * (s.end - s.start)
    lost = [i for i, ch in enumerate(doc.text) if not covered[i] and not ch.isspace()]
    assert not lost, f"lost {doc.text[lost[0] : lost[0] + 20]!r} at {lost[0]}"


def assert_consistent(c: Comparison) -> None:
    for side in ("left", "right"):
        doc = c.document(side)  # type: ignore[arg-type]
        ids = {s.id for s in doc.sentences}
        linked = {i for link in c.links for i in link.ids(side)}  # type: ignore[arg-type]
        unique = set(c.unique(side))  # type: ignore[arg-type]
        assert linked <= ids and unique <= ids
        assert not linked & unique
        assert linked | unique == ids
        assert_nothing_lost(doc)


@PROFILE
@given(texts, texts)
def test_any_pair_ends_in_time_and_is_consistent(a: str, b: str) -> None:
    start = time.process_time()
    c = reader.compare(a, b)
    assert time.process_time() - start < 1.0 + SECONDS_PER_CHAR * (len(a) + len(b))
    assert_consistent(c)


@PROFILE
@given(texts, texts)
def test_comparing_b_with_a_mirrors_a_with_b(a: str, b: str) -> None:
    ab, ba = reader.compare(a, b), reader.compare(b, a)
    assert pairs(ba) == {(r, left) for left, r in pairs(ab)}
    assert sorted(ab.unique_left) == sorted(ba.unique_right)


@PROFILE
@given(texts)
def test_a_text_against_itself_links_every_sentence_to_itself(a: str) -> None:
    c = reader.compare(a, a)
    assert {(s.id, s.id) for s in c.left.sentences} <= pairs(c)
    assert c.unique_left == [] and c.unique_right == []
    assert c.disagreements() == []  # nothing differs from itself


@pytest.mark.parametrize(
    "text",
    [
        # two names of one kind in one sentence: no given name told two ways (ut26)
        "Harbour news.\n\nThe inmate was moved from the Marsh Unit in Dover to the Kestrel Unit in Deal "
        "when he escaped, the prison said.",
        # two quotations alike in one sentence: no quote worded two ways
        "Harbour news.\n\nShe said the flood came \u201cup to her knees\u201d and "
        "\u201cup to her \u2014 everywhere.\u201d",
        *sorted(str(p) for p in (Path(__file__).parent / "data" / "pairs").glob("*.txt")),
    ],
)
def test_a_text_against_itself_has_no_discrepancy(text: str) -> None:
    c = reader.compare_files(text, text) if text.endswith(".txt") else reader.compare(text, text)
    assert [(d.difference.kind, d.difference.left, d.difference.right) for d in c.disagreements()] == []
