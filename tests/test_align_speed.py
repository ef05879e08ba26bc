"""The aligner's shortcuts for speed give exactly what the plain computation gives."""

from __future__ import annotations

import importlib

import numpy as np
import pytest

from reader.align.chain import chain_gain, heaviest_chain

tokens_mod = importlib.import_module("reader.align.tokens")  # the package exports a function of that name


def test_the_gain_alone_is_the_gain_of_the_heaviest_chain() -> None:
    rng = np.random.default_rng(7)
    for _ in range(300):
        n_left, n_right = int(rng.integers(1, 30)), int(rng.integers(1, 30))
        k = int(rng.integers(0, 120))
        li = rng.integers(0, n_left, k)
        ri = rng.integers(0, n_right, k)
        # a few distinct values: ties between chains, and pairs without gain
        gain = rng.choice([-0.1, 0.0, 0.05, 0.1, 0.1, 0.3, 1 / 3], k) + rng.choice([0.0, 1e-17], k)
        assert chain_gain(li, ri, gain, n_right) == heaviest_chain(li, ri, gain, n_right)[0]


def test_surfaces_are_the_same_with_the_words_the_tokenizer_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "Officials said they ca n't confirm the earthquake's toll, the Ministry's spokesman said.",
        "The quake struck at 4:12 a.m., the U.S. Geological Survey said; 1,200.5 km away.",
        "Zürich-based analysts don’t expect more aftershocks",
    ]
    monkeypatch.setattr(tokens_mod, "_recent_words", {})
    alone = tokens_mod.surfaces(texts)
    tok = tokens_mod.tokenizer()
    for t in texts:
        tok(t, ("@fact",))
    assert set(tokens_mod._recent_words) == set(texts[1:])  # "ca n't" is read rewritten: not kept
    assert tokens_mod.surfaces(texts) == alone
    # a table of another comparison: its texts are not asked for, or give the same words
    tokens_mod.tokenizer()("Another text altogether.", ())
    assert tokens_mod.surfaces(texts) == alone


def test_the_first_key_is_the_same_from_the_word_cache() -> None:
    texts = ["Running late, officials said.", "NSA spied", "12,000 people", "the end", "", "...", "Don't"]
    fresh = [
        tokens_mod._word(m.group(), 1.6, 1.3)[0] if (m := tokens_mod._TOKEN.search(t)) else "" for t in texts
    ]
    assert [tokens_mod.first_key(t) for t in texts] == fresh
    tokens_mod.tokenizer()(" ".join(texts), ())  # now every word is in the cache
    assert [tokens_mod.first_key(t) for t in texts] == fresh


def test_a_book_keeps_no_words_for_the_families() -> None:
    from reader.align import Settings

    tok = tokens_mod.tokenizer(Settings(meaning_sentences_max=3))
    for i in range(3):
        tok(f"Sentence number {i} of a long book.", ())
    assert len(tokens_mod._recent_words) == 3
    for i in range(3, 6):
        tok(f"Sentence number {i} of a long book.", ())
    assert tokens_mod._recent_words == {}
    assert tokens_mod.surfaces(["Sentence number 4 of a long book."]) == {
        "sentenc": "sentence",
        "number": "number",
        "long": "long",
        "book": "book",
    }
