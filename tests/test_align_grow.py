"""A sentence joins its neighbour's partner only when it is a piece of it (a split), not a fact
of its own that the other text left out.

Made-up sentences: a rewrite keeps one sentence and drops the next, which shares words with
the kept one but gives figures the rewrite never gives.
"""

from __future__ import annotations

import importlib

import numpy as np

from reader.align import Settings
from reader.align.score import score_pairs

select = importlib.import_module("reader.align.select")

KEPT = (
    "Mr. Ruiz appeared to capitalise on frustration with the council, with surveys showing that "
    "about six in 10 voters wanted an outsider and were angry with the council."
)


def _grown(left: list[str], right: list[str]) -> set[tuple[int, int]]:
    """The pairs that _grow adds beside the link of the first sentences."""
    s = Settings()
    scores = score_pairs(left, right, settings=s)
    li, ri = scores.li, scores.ri
    first = int(np.flatnonzero((li == 0) & (ri == 0))[0])
    by_right = np.argsort(ri, kind="stable")
    added = select._grow(li, ri, scores.cos, {first}, len(left), len(right), 0.05, by_right, scores.evidence)
    return {(int(li[k]), int(ri[k])) for k in added}


def test_a_left_out_sentence_with_figures_of_its_own_stays_apart() -> None:
    dropped = "Mr. Ruiz won 70.2 percent of those who wanted an outsider and 49.5 percent of the angry."
    assert _grown([KEPT, dropped], [KEPT]) == set()
    assert _grown([KEPT], [KEPT, dropped]) == set()  # and the other way round


def test_a_piece_without_figures_of_its_own_still_joins() -> None:  # the near miss
    piece = "Mr. Ruiz won among those who wanted an outsider and those who said they were angry."
    assert _grown([KEPT, piece], [KEPT]) == {(1, 0)}
    assert _grown([KEPT], [KEPT, piece]) == {(0, 1)}


def test_a_piece_whose_figures_the_partner_gives_still_joins() -> None:
    piece = "About six in 10 voters wanted an outsider, the surveys showed."
    assert _grown([KEPT, piece], [KEPT]) == {(1, 0)}
