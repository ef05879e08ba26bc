"""A weak second link of a rewrite's sentence (reader.align.select._strays): a sentence the
rewrite added, hung on a sentence it borrows a few words from, is no partner of it when that
sentence has its own strong partner elsewhere (ut107, ut112, ut114: added background hidden from
"only on one side").  Between two articles written apart (few strong links) such links stay."""

from __future__ import annotations

import numpy as np

from reader.align.score import Scores
from reader.align.select import _strays
from reader.align.settings import DEFAULTS, Settings


def _scores(pairs: list[tuple[int, int, float]]) -> Scores:
    li, ri, cos = (np.array(x) for x in zip(*pairs, strict=True))
    return Scores(li=li, ri=ri, cos=cos.astype(float), raw=cos.astype(float), eff=cos.astype(float))


# a rewrite: five strong links, and left 4 also weakly linked to right 21, far from its own 7
REWRITE = [(0, 0, 0.9), (1, 2, 0.8), (2, 1, 0.85), (3, 3, 0.7), (4, 7, 0.62), (4, 21, 0.2)]


def test_a_weak_link_far_from_its_sentence_s_strong_partner_is_a_stray() -> None:
    scores = _scores(REWRITE)
    assert _strays(scores, set(range(len(REWRITE))), DEFAULTS) == {5}


def test_what_is_no_stray() -> None:
    # next to the strong partner: a sentence split in two
    near = [*REWRITE[:5], (4, 8, 0.2)]
    assert _strays(_scores(near), set(range(6)), DEFAULTS) == set()
    # a weak link from this cosine on stands
    firm = [*REWRITE[:5], (4, 21, 0.35)]
    assert _strays(_scores(firm), set(range(6)), DEFAULTS) == set()
    # two articles written apart: few strong links, a sentence may tell part of a far one's fact
    apart = [(0, 0, 0.9), (1, 2, 0.3), (2, 1, 0.35), (3, 3, 0.25), (4, 7, 0.62), (4, 21, 0.2)]
    assert _strays(_scores(apart), set(range(6)), DEFAULTS) == set()
    # the rule turned off
    assert _strays(_scores(REWRITE), set(range(6)), Settings(stray_cosine_max=0)) == set()
