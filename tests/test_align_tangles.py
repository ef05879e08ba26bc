"""Selection in a rewrite kept in order: the pair each of its two sentences likes best stays, though
the headlines each picked the other's lead (a tangle), and a lead whose best partner by order is its
neighbour's still links to the lead it tells, each the other's best by words.  Scores made by hand
(the aligner's selection alone, reader.align.select)."""

from __future__ import annotations

from typing import cast

import numpy as np

from reader.align import Scores, Settings, select
from reader.align.evidence import Evidence


class _Headlines:
    """What the selection asks of the evidence here: sentence 0 of each side is a headline, every
    pair shares enough besides names, words of its own, and no figure of its own."""

    def headline(self, side: int) -> tuple[frozenset[int], int]:
        return frozenset({0}), 2

    def enough(self, left: int, right: int) -> bool:
        return True

    def shared(self, left: int, right: int) -> frozenset[int]:  # one word each pair, its own
        return frozenset({left * 100 + right})

    def other_figures(self, left: int, right: int, side: int) -> bool:
        return False

    def own_values(self, left: int, right: int, side: int) -> bool:
        return False


def _selected(
    pairs: list[tuple[int, int, float, float]], size: int, headlines: bool = True
) -> list[tuple[int, int]]:
    """The pairs ``select`` keeps of (left, right, cosine, offset support) candidates."""
    s = Settings()
    li, ri = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    cos = np.array([p[2] for p in pairs])
    eff = cos + s.order_weight * np.array([p[3] for p in pairs])
    evidence = cast(Evidence, _Headlines()) if headlines else None
    scores = Scores(li, ri, cos, cos, eff, evidence=evidence)
    return sorted((p.left, p.right) for p in select(scores, size, size, s))


def test_the_pair_both_sentences_like_best_survives_a_tangle_of_headlines() -> None:
    # headline 0 likes the other's lead 1, the other's headline likes lead 1: the leads' own pair
    # (1, 1) is the best of both leads and stays
    pairs = [(0, 0, 0.15, 0.2), (0, 1, 0.57, 0.2), (1, 0, 0.43, 0.2), (1, 1, 0.66, 0.5)]
    pairs += [(k, k, 0.6 + 0.05 * k, 0.5) for k in range(2, 6)]
    assert (1, 1) in _selected(pairs, 6)
    # ... but with no headline, a tangle is a tangle (a plain-language rewrite, a book)
    assert (1, 1) not in _selected(pairs, 6, headlines=False)


def test_the_two_leads_each_others_best_survive_a_tangle_with_a_neighbour() -> None:
    # the headline likes the other's lead, the lead likes the other's second sentence too: the two
    # leads' own pair, each lead's best, is the story's central fact told twice
    pairs = [(0, 1, 0.55, 0.5), (1, 1, 0.62, 0.5), (1, 2, 0.5, 0.5)]
    pairs += [(k, k, 0.6 + 0.05 * k, 0.5) for k in range(3, 7)]
    assert (1, 1) in _selected(pairs, 7)


def test_leads_each_others_best_by_words_link_though_order_prefers_a_neighbour() -> None:
    # lead 1's best by cosine and offset support is the other's sentence 2, but by words alone the
    # leads are each other's best
    pairs = [(0, 1, 0.07, 0.1), (1, 0, 0.36, 0.1), (1, 1, 0.39, 0.1), (1, 2, 0.29, 0.5)]
    pairs += [(k, k, 0.5 + 0.04 * k, 0.5) for k in range(2, 6)]
    got = _selected(pairs, 6)
    assert (1, 1) in got and (1, 2) not in got


def test_a_lone_weak_pair_off_the_order_stays_out() -> None:
    # a pair neither of whose sentences likes it best, far off the offset and weak, makes no link
    pairs = [(0, 0, 0.7, 0.5), (1, 1, 0.7, 0.5), (2, 2, 0.7, 0.5), (3, 3, 0.7, 0.5), (0, 3, 0.2, 0.0)]
    assert _selected(pairs, 4) == [(0, 0), (1, 1), (2, 2), (3, 3)]
