"""Clauses: a long sentence that tells two facts is close in meaning to each of their partners.

A news sentence often packs two facts into one: "The compromise package, which was negotiated
for weeks in a conference committee, passed both the House and the Senate on Thursday" tells
the negotiation and the vote; another article tells the vote alone ("Congress passed a funding
bill Thursday").  The whole sentence's embedding (:mod:`reader.align.meaning`) is the mean of
both facts, so the short sentence's partner is not its closest in meaning.  Cut into clauses
(at commas, semicolons, colons, dashes, brackets, and before a clause-opening "but", "while",
"because", "although", "though"), one clause or a run of a few of them is close to the short
sentence.  :func:`clause_similarity` is the embedding cosine of two sentences or of a clause
run of either with the other whole, whichever is highest.

:func:`clause_rescued` uses it for two sentences left unlinked: each other's partner by soft
word alignment (:mod:`reader.align.soft`) from a lower F1 than the soft rescue of
:mod:`reader.align.select`, when one of them is the other's closest by clause similarity and
they share some weight of words (``clause_rescue_cosine_min``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from reader.align.meaning import model
from reader.align.score import Scores
from reader.align.settings import Settings

# where a clause ends: a mark that sets off a clause or an aside, or a word that opens a new one,
# with the white space around it:
#     \s*(?:[,;:()—–]|\s-\s|--|\s(?:but|while|because|although|though)\s)\s*
# written to open with one character of a set (white space, a mark, a dash), which the regex
# engine scans for before it tries a match (a pattern opening with \s* is tried at every
# character): the same cuts, found in 60% of the time
_CUT = re.compile(
    r"[\s,;:()—–-](?:(?<=\s)\s*(?:[,;:()—–]\s*|--\s*|(?:-|but|while|because|although|though)\s+)"
    r"|(?<=[,;:()—–])\s*|(?<=-)-\s*)"
)
_WORD = re.compile(r"\w+")


def clauses(text: str, words_min: int) -> list[str]:
    """The clauses of a sentence, each of at least ``words_min`` words (a shorter piece joins the
    next one, a short tail the last one)."""
    out: list[str] = []
    piece = ""
    words = 0  # of the piece: a part joins it after a space, so its words add up
    for part in _CUT.split(text):
        if part and part.strip():
            piece = f"{piece} {part}".strip()
            words += len(_WORD.findall(part))
        if words >= words_min:
            out.append(piece)
            piece = ""
            words = 0
    if piece:
        if out:
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _runs(texts: Sequence[str], settings: Settings) -> tuple[list[str], list[int]]:
    """Every run of one to ``clause_run_max`` consecutive clauses of each sentence of two clauses
    or more (not the whole sentence), with the sentence it comes from."""
    runs: list[str] = []
    owner: list[int] = []
    for i, text in enumerate(texts):
        parts = clauses(text, settings.clause_words_min)
        if len(parts) < 2:
            continue
        seen: set[str] = set()
        for a in range(len(parts)):
            for b in range(a + 1, min(len(parts), a + settings.clause_run_max) + 1):
                run = " ".join(parts[a:b])
                if b - a < len(parts) and run not in seen:
                    seen.add(run)
                    runs.append(run)
                    owner.append(i)
    return runs, owner


def _cosines(rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    # one matrix-vector product per row, as reader.align.meaning.similarity does: the same bits
    # with any number of BLAS threads
    if not len(rows) or not len(cols):
        return np.zeros((len(rows), len(cols)), dtype=np.float32)
    return np.stack([cols @ v for v in rows])


def clause_similarity(
    left: Sequence[str], right: Sequence[str], whole: np.ndarray, settings: Settings
) -> np.ndarray:
    """``whole`` (the sentences' embedding cosines, rows: left), raised where a clause run of one
    sentence is closer to the other sentence than the two whole sentences are."""
    m = model()
    if m is None:
        return whole
    out = whole.copy()
    lv, rv = m.embed(left), m.embed(right)
    lruns, lown = _runs(left, settings)
    if lruns:
        cos = _cosines(m.embed(lruns), rv)
        np.maximum.at(out, np.asarray(lown), cos)
    rruns, rown = _runs(right, settings)
    if rruns:
        cos = _cosines(lv, m.embed(rruns))
        np.maximum.at(out.T, np.asarray(rown), cos.T)
    return out


def pair_bound(left: str, right: str, whole: float, settings: Settings) -> float:
    """The clause similarity of one pair of sentences (``whole``: their embedding cosine), as
    :func:`clause_similarity` gives it up to the rounding of its products: a bound that tells a
    pair that cannot reach a bar without making the clause runs of every sentence."""
    m = model()
    if m is None:
        return whole
    lruns, _ = _runs([left], settings)
    rruns, _ = _runs([right], settings)
    vecs = m.embed([left, right, *lruns, *rruns])  # a row depends on its own text alone
    lv, rv, runs = vecs[0], vecs[1], vecs[2:]
    return max([whole, *(runs[: len(lruns)] @ rv).tolist(), *(runs[len(lruns) :] @ lv).tolist()])


def clause_closest(matrix: np.ndarray, li: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """For each pair, whether one of its two sentences finds no partner closer by clause
    similarity than the other (a row's or a column's maximum: linear in the matrix, where
    counting the closer partners of every pair was candidates x sentences)."""
    sim = matrix[li, ri]
    if not sim.size:
        return np.zeros(0, dtype=bool)
    return np.asarray((sim >= matrix.max(axis=1)[li]) | (sim >= matrix.max(axis=0)[ri]), dtype=bool)


def clause_rescued(
    scores: Scores,
    soft: np.ndarray,
    closest: np.ndarray,
    fits: np.ndarray,
    chosen: set[int],
    settings: Settings,
) -> set[int]:
    """``chosen`` with pairs of two sentences left unlinked added (see the module): soft F1
    (``soft``, per candidate) from ``clause_rescue_soft_min``, lexical cosine from
    ``clause_rescue_cosine_min``, one of the two the other's closest by clause similarity
    (``closest``), and ``fits`` (the headline rule).  The highest soft F1 first, one partner per
    sentence."""
    li, ri = scores.li, scores.ri
    linked_l = {int(li[k]) for k in chosen}
    linked_r = {int(ri[k]) for k in chosen}
    fit = (
        (soft >= settings.clause_rescue_soft_min)
        & (scores.cos >= settings.clause_rescue_cosine_min)
        & closest
        & fits
    )
    added: set[int] = set()
    for k in sorted(np.flatnonzero(fit).tolist(), key=lambda k: (-soft[k], k)):
        a, b = int(li[k]), int(ri[k])
        if a in linked_l or b in linked_r:
            continue
        added.add(k)
        linked_l.add(a)
        linked_r.add(b)
    return chosen | added
