"""The shortcuts of the meaning signal give exactly what the plain computation gives.

Token ids from the words of a text (each word tokenized once per process) and sums of float32
rows instead of float16 ones: each is checked against the plain way, bit for bit.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from reader.align import meaning
from reader.align.settings import Settings

needs_model = pytest.mark.skipif(not meaning.available(), reason="reader[meaning] is not installed")

TEXTS = [
    "A winter storm flooded the harbour of Harwick on Monday, and all ferries were cancelled.",
    "  two leading spaces, two  inner   and trailing  ",
    "tabs\tand\nnew lines, don't split them",
    "Zürich's café — “quoted” 1,200.5 km/h (approx.) #hashtag @handle e-mail",
    "漢字 and emoji 😀 mixed, Ελληνικά too",
    "a literal \u2581 in the text and \u2581\u2581 two",
    "special tokens <s> inside </s> and <unk> here",
    "a < b and c > d",
    " ",
    "x",
    "",
    "UPPER CASE HEADLINE: NSA SPIED ON FRANCE",
]


def _model() -> meaning._Model:
    m = meaning.model()
    assert m is not None
    return m


def _plain_ids(text: str) -> list[int]:
    return list(_model().tokenizer.encode(text, add_special_tokens=False).ids)


@needs_model
def test_no_merge_rule_joins_a_word_to_the_next() -> None:
    # the premise of _Model.ids: spaces become "▁" (no pre-tokenizer), and no merge rule joins
    # a part ending in another character to a part starting with "▁"
    folder = meaning._folder()
    assert folder is not None
    config = json.loads(folder.joinpath(*meaning._TOKENIZER).read_text(encoding="utf-8"))
    assert config["pre_tokenizer"] is None
    assert [n["type"] for n in config["normalizer"]["normalizers"]] == ["Prepend", "Replace"]
    assert config["model"]["type"] == "BPE"
    crossing = []
    for rule in config["model"]["merges"]:
        a, b = rule.split(" ") if isinstance(rule, str) else rule
        if a[-1] != "\u2581" and b[0] == "\u2581":
            crossing.append((a, b))
    assert crossing == []


@needs_model
def test_token_ids_from_words_are_those_of_the_whole_text() -> None:
    m = _model()
    for text in [*TEXTS, *(t.lower() for t in TEXTS), *(t.replace(" ", "   ") for t in TEXTS)]:
        assert m.ids(text) == _plain_ids(text), text
        assert m.ids(text) == _plain_ids(text), text  # again, from the word cache


@needs_model
def test_the_word_cache_is_bounded_and_stays_right(monkeypatch: pytest.MonkeyPatch) -> None:
    m = _model()
    monkeypatch.setattr(meaning, "_SEGMENTS_MAX", 5)
    monkeypatch.setattr(m, "segments", {})
    for text in TEXTS * 2:
        assert m.ids(text) == _plain_ids(text)
        assert len(m.segments) <= 5 + len(text.split()) + 1


def _plain_embed(texts: list[str]) -> np.ndarray:
    """The embedding as first written: the float16 rows summed by numpy, normalised."""
    m = _model()
    ids = [_plain_ids(t) for t in texts]
    lengths = np.array([len(x) for x in ids], dtype=np.int64)
    out = np.zeros((len(texts), m.table.shape[1]), dtype=np.float32)
    filled = lengths > 0
    if filled.any():
        flat = np.array([t for x in ids for t in x], dtype=np.int64)
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[filled]
        out[filled] = np.add.reduceat(m.table[flat], starts, axis=0)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


@needs_model
def test_float32_rows_give_the_float16_sums_bit_for_bit() -> None:
    m = _model()
    long = " ".join(TEXTS * 8)  # past numpy's pairwise blocks of 128 numbers
    texts = [*TEXTS, long, *long.split()]
    assert m.embed(texts).tobytes() == _plain_embed(texts).tobytes()
    # each text's row is the same alone or in a batch
    alone = np.vstack([m.embed([t]) for t in texts[:15]])
    assert alone.tobytes() == m.embed(texts[:15]).tobytes()


@pytest.mark.parametrize("longest", [3, 9, 20, 140, 300])
def test_row_sums_are_reduceat_bit_for_bit(longest: int) -> None:
    # segments of one row to past numpy's pairwise block (128), and zeros of both signs:
    # the padding -0.0 must leave 0.0, -0.0 and every other float as it is
    rng = np.random.default_rng(longest)
    table = rng.standard_normal((60, 8)).astype(np.float16).astype(np.float32)
    table[rng.random(table.shape) < 0.2] = -0.0
    table[rng.random(table.shape) < 0.05] = 0.0
    table[:3] = -0.0
    for trial in range(30):
        lengths = rng.integers(1, longest + 1, size=int(rng.integers(1, 40)))
        ids = rng.integers(0, 3 if trial % 5 == 0 else 60, size=int(lengths.sum()))
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        want = np.add.reduceat(table[ids], starts, axis=0)
        assert meaning.row_sums(table, ids, starts, lengths).tobytes() == want.tobytes()


@needs_model
def test_similarity_of_one_batch_is_that_of_two() -> None:
    m = _model()
    left, right = TEXTS[:6], [*TEXTS[6:], TEXTS[0]]
    lv, rv = m.embed(left), m.embed(right)
    want = np.stack([rv @ v for v in lv])
    got = meaning.similarity(left, right, Settings(english_share_min=0.0))
    assert got is not None and got.tobytes() == want.tobytes()
