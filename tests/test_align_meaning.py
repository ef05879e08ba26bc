"""The meaning signal (optional model, English only) and the aligner with and without it.

Sentences of our own (a storm in a harbour town).  Every alignment is checked in both
directions: B vs A must be the mirror of A vs B.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence

import numpy as np
import pytest

from reader.align import Settings, align_sentences, meaning

STORM_WIRE = [
    "Storm floods Harwick harbour, ferries cancelled",
    "A winter storm flooded the harbour of Harwick on Monday, and all ferries to the islands were cancelled.",
    "The council of Harwick said schools would stay closed on Tuesday.",
    "Waves broke over the sea wall near the old lighthouse.",
    "About 300 homes lost power overnight, the utility said.",
    "The utility said repair crews from neighbouring counties were sent to restore the lines.",
    "Forecasters expect the wind to ease by Wednesday.",
    "Fishermen moved their boats to the inner basin before the storm arrived.",
    "The coastguard rescued two walkers cut off by the tide.",
]
STORM_LOCAL = [
    "Harwick cleans up after storm",
    "Ferries to the islands were cancelled after a storm flooded Harwick's harbour on Monday.",
    "Power was cut to around 300 homes during the night.",
    "Schools in Harwick will remain shut on Tuesday, the council announced.",
    "The lighthouse keeper said waves reached the top of the sea wall.",
    "The wind is forecast to drop by midweek.",
    "Voters in neighbouring counties elected new members to the utility's board in a close race last year.",
    "Two walkers stranded by the rising tide were winched to safety by the coastguard.",
    "Boats were moved into the sheltered inner basin on Sunday.",
]
GERMAN = [
    "Der Sturm überflutete am Montag den Hafen, alle Fähren fielen aus.",
    "Die Schulen bleiben am Dienstag geschlossen, teilte die Gemeinde mit.",
]

# the module, not the function reader.align.select that the package exports under its name
select_mod = importlib.import_module("reader.align.select")
signals_mod = importlib.import_module("reader.align.signals")

needs_model = pytest.mark.skipif(not meaning.available(), reason="reader[meaning] is not installed")


def _both_ways(left: Sequence[str], right: Sequence[str], **kw: float) -> set[tuple[int, int]]:
    a = set(align_sentences(left, right, **kw))
    b = {(x, y) for y, x in align_sentences(right, left, **kw)}
    assert a == b
    return a


@pytest.fixture
def without_model() -> Iterator[None]:
    meaning.set_enabled(False)
    try:
        yield
    finally:
        meaning.set_enabled(True)


def test_without_the_model_the_aligner_works_on_words_alone(without_model: None) -> None:
    assert not meaning.available()
    assert meaning.similarity(STORM_WIRE, STORM_LOCAL, Settings()) is None
    plain = _both_ways(STORM_WIRE, STORM_LOCAL, meaning_rank_max=0)
    assert _both_ways(STORM_WIRE, STORM_LOCAL) == plain
    assert {(1, 1), (2, 3), (4, 2)} <= plain


def test_english_is_told_from_german() -> None:
    s = Settings()
    assert meaning.english(STORM_WIRE, s) and meaning.english(STORM_LOCAL, s)
    assert not meaning.english(GERMAN, s)
    assert meaning.similarity(GERMAN, STORM_LOCAL, s) is None  # the model knows English only


@needs_model
def test_a_paraphrase_is_closer_in_meaning_than_a_sentence_of_the_same_story() -> None:
    sim = meaning.similarity(STORM_WIRE, STORM_LOCAL, Settings())
    assert sim is not None and sim.shape == (len(STORM_WIRE), len(STORM_LOCAL))
    # "about 300 homes lost power overnight" / "power was cut to around 300 homes during the night"
    assert int(np.argmax(sim[4])) == 2 and int(np.argmax(sim[:, 2])) == 4
    # "the wind to ease" / "the wind is forecast to drop": few shared words, the same fact
    assert int(np.argmax(sim[6])) == 5
    back = meaning.similarity(STORM_LOCAL, STORM_WIRE, Settings())
    assert back is not None and np.allclose(back, sim.T, atol=1e-5)


@needs_model
def test_the_model_loads_once_per_process() -> None:
    assert meaning.model() is meaning.model()


@needs_model
def test_headline_and_lead_rules_hold_with_the_model() -> None:
    for kw in ({}, {"meaning_weight": 0.3}):
        pairs = _both_ways(STORM_WIRE, STORM_LOCAL, **kw)
        assert {(1, 1), (2, 3), (4, 2), (3, 4), (7, 8), (8, 7)} <= pairs
        # a headline is not fanned out: the other's headline and at most one more
        assert len({r for l, r in pairs if l == 0} - {0}) <= 1
        assert len({l for l, r in pairs if r == 0} - {0}) <= 1
        # no neighbour dragged in: each sentence of the lead has its own partner only
        assert {r for l, r in pairs if l == 1} == {1}


@needs_model
def test_a_paraphrase_left_unlinked_is_rescued_by_meaning() -> None:
    # "expect the wind to ease by Wednesday" / "the wind is forecast to drop by midweek": too few
    # shared words for a link, each other's closest in meaning
    assert (6, 5) in _both_ways(STORM_WIRE, STORM_LOCAL)
    # the rule off (and the soft word rescue and the clause rescue, which find this pair too:
    # "forecasters"/"forecast")
    off = {"rescue_meaning_min": 2.0, "soft_rescue_min": 2.0, "clause_rescue_soft_min": 2.0}
    assert (6, 5) not in _both_ways(STORM_WIRE, STORM_LOCAL, **off)
    assert (6, 5) in _both_ways(STORM_WIRE, STORM_LOCAL, meaning_weight=0.3, **off)


def test_without_the_model_the_paraphrase_stays_unlinked(without_model: None) -> None:
    assert (6, 5) not in _both_ways(STORM_WIRE, STORM_LOCAL)


def _fake_similarity(far_pair: tuple[int, int]):  # type: ignore[no-untyped-def]
    """A similarity where every pair is close except ``far_pair`` (of STORM_WIRE x STORM_LOCAL),
    the farthest of both its sentences; the aligner may ask with the sides swapped."""

    def similarity(left: Sequence[str], right: Sequence[str], settings: Settings) -> np.ndarray:
        m = np.full((len(left), len(right)), 0.5)
        a, b = far_pair if list(left) == STORM_WIRE else far_pair[::-1]
        m[a, b] = 0.0
        return m

    return similarity


def test_a_weak_pair_far_in_meaning_makes_no_link(monkeypatch: pytest.MonkeyPatch) -> None:
    # the crews sent to restore power lines / the election of the utility's board: two
    # content words in common ("utility", "neighbouring counties"), another fact
    monkeypatch.setattr(signals_mod, "similarity", _fake_similarity((5, 6)))
    # with both meaning gates off (the rank gate, and the thin-evidence one that asks the ranks
    # on its own) the pair links on its words
    assert (5, 6) in _both_ways(STORM_WIRE, STORM_LOCAL, meaning_rank_max=0, thin_meaning_rank_max=0)
    assert (5, 6) not in _both_ways(STORM_WIRE, STORM_LOCAL, meaning_rank_max=0)  # thin: still apart
    kept = _both_ways(STORM_WIRE, STORM_LOCAL)
    assert (5, 6) not in kept
    assert {(1, 1), (2, 3), (4, 2)} <= kept  # the strong and the close pairs stay


def test_a_far_pair_that_is_strong_in_words_still_links(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(signals_mod, "similarity", _fake_similarity((1, 1)))
    assert (1, 1) in _both_ways(STORM_WIRE, STORM_LOCAL)  # cosine above strong_cosine_min


@needs_model
def test_an_empty_or_wordless_sentence_embeds_as_zero_not_nan() -> None:
    m = meaning.model()
    assert m is not None
    vecs = m.embed(["", "The ferry left.", "   "])
    assert np.isfinite(vecs).all()
    assert not vecs[0].any() and abs(float(np.linalg.norm(vecs[1])) - 1.0) < 1e-5


def test_when_the_package_is_not_installed_the_signal_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    # a fresh process without the wheel: nothing found, nothing loaded, words alone
    monkeypatch.setattr(meaning, "_model", None)
    monkeypatch.setattr(meaning, "_failed", False)
    monkeypatch.setattr(meaning, "_folder", lambda: None)
    assert meaning.model() is None and not meaning.available()
    assert meaning.similarity(STORM_WIRE, STORM_LOCAL, Settings()) is None
    words_only = _both_ways(STORM_WIRE, STORM_LOCAL, meaning_rank_max=0, rescue_meaning_min=2.0)
    assert _both_ways(STORM_WIRE, STORM_LOCAL) == words_only


# the chain test forced to pass: as if the two articles kept their order well enough to look
# like a rewrite (about 1 pair of news articles in 25 does)
_FORCED_CHAIN = {"chain_sigma_min": 0.0, "chain_gain_ratio_min": 1.0, "chain_anchors_min": 1}


@needs_model
def test_a_chain_between_two_english_articles_keeps_to_their_gates() -> None:
    # the council's schools / the ferries: a weak pair that only its position put on the chain
    pairs = _both_ways(STORM_WIRE, STORM_LOCAL, **_FORCED_CHAIN)
    assert (2, 1) not in pairs
    assert pairs == _both_ways(STORM_WIRE, STORM_LOCAL)  # the articles' own links stay


def test_without_the_model_a_chain_is_taken_as_it_is(without_model: None) -> None:
    # a plain-language rewrite in German has no meaning signal: its chain's weak pairs stay
    # ("Harwick" alone, in a third of the sentences of both sides: with the story's topic
    # discounted, reader.align.vocabulary.topic_discount, it is too weak to join the chain)
    assert (2, 1) in _both_ways(STORM_WIRE, STORM_LOCAL, **_FORCED_CHAIN, topic_weight=1.0)


def test_one_alignment_asks_the_model_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # a chain checked by the gates of two articles, then their own links: one similarity
    asked = []
    real = signals_mod.similarity

    def counted(left: Sequence[str], right: Sequence[str], settings: Settings) -> np.ndarray | None:
        asked.append(1)
        return real(left, right, settings)

    monkeypatch.setattr(signals_mod, "similarity", counted)
    align_sentences(STORM_WIRE, STORM_LOCAL, **_FORCED_CHAIN)
    assert len(asked) == 1


@needs_model
def test_a_remembered_word_vector_has_the_bits_of_a_new_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # the soft word alignment and the word families share remembered vectors: a word's row
    # must not depend on the other words embedded with it
    monkeypatch.setattr(meaning, "_vector_rows", {})
    monkeypatch.setattr(meaning, "_vector_table", np.zeros((0, 0), dtype=np.float32))
    first = meaning.word_vectors(["harbour", "ferries", "ferry", "harbour"])
    later = meaning.word_vectors(["ferry", "timetable", "harbourmaster", "harbour"])
    m = meaning.model()
    assert first is not None and later is not None and m is not None
    assert first.tobytes() == m.embed(["harbour", "ferries", "ferry", "harbour"]).tobytes()
    assert later.tobytes() == m.embed(["ferry", "timetable", "harbourmaster", "harbour"]).tobytes()
    assert set(meaning._vector_rows) == {"harbour", "ferries", "ferry", "timetable", "harbourmaster"}


@needs_model
def test_the_remembered_word_vectors_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(meaning, "_vector_rows", {})
    monkeypatch.setattr(meaning, "_vector_table", np.zeros((0, 0), dtype=np.float32))
    monkeypatch.setattr(meaning, "_VECTORS_MAX", 3)
    meaning.word_vectors(["pier", "quay", "dock"])
    assert set(meaning._vector_rows) == {"pier", "quay", "dock"} and len(meaning._vector_table) == 3
    got = meaning.word_vectors(["jetty", "pier"])  # past the bound: emptied, then these kept
    m = meaning.model()
    assert got is not None and m is not None and got.tobytes() == m.embed(["jetty", "pier"]).tobytes()
    assert set(meaning._vector_rows) == {"jetty", "pier"} and len(meaning._vector_table) == 3
