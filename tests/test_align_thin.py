"""Thin evidence: a weak link that shares only a few content words must be close in meaning.

Sentences of our own (a bridge closed after a barge struck it).  The gate is checked on the
scores of real sentences with a meaning rank set by hand (the rule, not the model, is tested),
in both directions: the same pair seen from either text.
"""

from __future__ import annotations

import importlib

import numpy as np

from reader.align import Settings
from reader.align.score import score_pairs

select_mod = importlib.import_module("reader.align.select")
signals_mod = importlib.import_module("reader.align.signals")

# a different fact told with the same two words ("queue", "drivers")
BAKERY = "A bakery gave free coffee to drivers waiting in the queue."
COUNCIL = "The council said the queue of drivers would ease next month."
# the same fact, in other words, sharing several content words and a number
PIER_A = "Engineers will inspect the damaged pier for two weeks after the barge struck it at 10.45."
PIER_B = "The damaged pier will be inspected by engineers after the barge struck it at 10.45, the city said."


def _gate(left: list[str], right: list[str], rank: int, settings: Settings) -> bool:
    """Whether the gate lets the pair (0, 0) through when one sentence ranks it ``rank`` and the
    other one lower."""
    scores = score_pairs(left, right, settings=settings)
    at = np.flatnonzero((scores.li == 0) & (scores.ri == 0))
    assert at.size == 1
    n = scores.li.size
    meant = signals_mod.Meaning(
        sim=np.zeros(n),
        far=np.zeros(n, dtype=bool),
        rank=np.full(n, rank, dtype=np.int64),
        rank_both=np.full(n, rank + 1, dtype=np.int64),
        mutual=np.zeros(n, dtype=bool),
    )
    return bool(select_mod._gate(scores, scores.cos, meant, settings)[at[0]])


def _both_ways(left: str, right: str, rank: int, settings: Settings) -> bool:
    there = _gate([left], [right], rank, settings)
    assert there == _gate([right], [left], rank, settings)
    return there


def test_thin_evidence_needs_a_close_meaning() -> None:
    s = Settings(link_cosine_min=0.0, shared_words_min=1)  # only the evidence decides here
    assert _both_ways(BAKERY, COUNCIL, 0, s)  # one's closest in meaning: the words suffice
    assert _both_ways(BAKERY, COUNCIL, s.thin_meaning_rank_max - 1, s)
    assert not _both_ways(BAKERY, COUNCIL, s.thin_meaning_rank_max, s)  # a topic shared, no fact
    assert _both_ways(
        BAKERY,
        COUNCIL,
        s.thin_meaning_rank_max,
        Settings(link_cosine_min=0.0, thin_meaning_rank_max=0, shared_words_min=1),
    )


def test_more_evidence_keeps_the_wider_meaning_rank() -> None:
    s = Settings(link_cosine_min=0.0)
    # several content words and a telling number: thin does not apply, the plain rank does
    assert _both_ways(PIER_A, PIER_B, s.meaning_rank_max - 1, s)


def test_evidence_thin_counts_content_words_and_numbers() -> None:
    for left, right in ((BAKERY, COUNCIL), (COUNCIL, BAKERY)):
        scores = score_pairs([left], [right], settings=Settings())
        assert scores.evidence is not None
        assert scores.evidence.enough(0, 0) and scores.evidence.thin(0, 0)
    for left, right in ((PIER_A, PIER_B), (PIER_B, PIER_A)):
        scores = score_pairs([left], [right], settings=Settings())
        assert scores.evidence is not None
        assert not scores.evidence.thin(0, 0)


def test_thin_evidence_close_for_both_sentences_is_enough() -> None:
    s = Settings(link_cosine_min=0.0, shared_words_min=1)
    scores = score_pairs([BAKERY], [COUNCIL], settings=s)
    n = scores.li.size

    def gate(rank: int, rank_both: int) -> bool:
        meant = signals_mod.Meaning(
            sim=np.zeros(n),
            far=np.zeros(n, dtype=bool),
            rank=np.full(n, rank, dtype=np.int64),
            rank_both=np.full(n, rank_both, dtype=np.int64),
            mutual=np.zeros(n, dtype=bool),
        )
        return bool(select_mod._gate(scores, scores.cos, meant, s)[0])

    near = s.thin_meaning_rank_max
    assert gate(near, s.thin_both_rank_max - 1)  # third for both: a sentence of several facts
    assert not gate(near, s.thin_both_rank_max)  # third for one, fourth for the other: no link


# two sentences that share names only ("Hurricane Katrina", a year): no second signal
STORM_A = "Volunteers rebuilt it after Hurricane Katrina in 2005."
STORM_B = "Crews arrived after Hurricane Katrina in 2005, officials said."


def _names_gate(sim: float, mutual: bool) -> bool:
    out = []
    for left, right in ((STORM_A, STORM_B), (STORM_B, STORM_A)):
        scores = score_pairs([left], [right])
        n = scores.li.size
        meant = signals_mod.Meaning(
            sim=np.full(n, sim),
            far=np.zeros(n, dtype=bool),
            rank=np.zeros(n, dtype=np.int64),
            rank_both=np.zeros(n, dtype=np.int64),
            mutual=np.full(n, mutual, dtype=bool),
        )
        weak = Settings(link_cosine_min=0.0, strong_cosine_min=1.01)  # a weak pair: the gate decides
        out.append(bool(select_mod._gate(scores, scores.cos, meant, weak)[0]))
    assert out[0] == out[1]
    return out[0]


def test_names_alone_link_only_for_each_others_closest_in_meaning() -> None:
    s = Settings()
    assert _names_gate(s.names_meaning_min + 0.05, mutual=True)
    assert not _names_gate(s.names_meaning_min + 0.05, mutual=False)  # a name of the story, no fact
    assert not _names_gate(s.names_meaning_min - 0.05, mutual=True)


# a fact told in a trade's words: the word model may rank it far, the shared words do not
FUMBLE_A = "Jones fumbled near the goal line in the second half."
FUMBLE_B = "A careless fumble by Jones in the second half cost the Hawks dearly."
FUMBLE_C = "Jones fumbled near the goal line in the second half, the coach said."


def _far_gate(left: list[str], right: list[str], s: Settings) -> bool:
    """Whether pair (0, 0) passes with thin evidence, ranked far in meaning by both sentences."""
    scores = score_pairs(left, right, settings=s)
    at = np.flatnonzero((scores.li == 0) & (scores.ri == 0))
    n = scores.li.size
    meant = signals_mod.Meaning(
        sim=np.zeros(n),
        far=np.zeros(n, dtype=bool),
        rank=np.full(n, s.thin_meaning_rank_max, dtype=np.int64),
        rank_both=np.full(n, s.thin_both_rank_max, dtype=np.int64),
        mutual=np.zeros(n, dtype=bool),
    )
    return bool(select_mod._gate(scores, scores.cos, meant, s)[at[0]])


def test_each_others_best_by_enough_shared_words_need_no_close_meaning() -> None:
    s = Settings()
    scores = score_pairs([FUMBLE_A], [FUMBLE_B], settings=s)
    assert scores.evidence is not None and scores.evidence.thin(0, 0)
    assert scores.cos[0] >= s.thin_words_cosine_min
    assert _far_gate([FUMBLE_A], [FUMBLE_B], s) and _far_gate([FUMBLE_B], [FUMBLE_A], s)
    # near misses: the rule off, or another sentence the better partner by words
    off = Settings(thin_words_cosine_min=1.1)
    assert not _far_gate([FUMBLE_A], [FUMBLE_B], off)
    assert not _far_gate([FUMBLE_A], [FUMBLE_B, FUMBLE_C], s)
