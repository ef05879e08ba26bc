"""Soft word alignment: how well each word of one sentence finds a like word in the other.

Two accounts of one fact keep few of each other's words but often forms of them and their
names ("was reelected" / "reelected for a second term", "a four year spell living in Cardiff"
/ "had been living in South Wales ... for the past three years").  Each content word of a
sentence takes its best cosine with a word of the other sentence (the word vectors of
:func:`reader.align.meaning.word_vectors`: morphology more than synonyms), weighted by its
IDF over both texts; the means of the two directions make an F1 (the idea of BERTScore,
with static word vectors).  English only, with the optional model, like the sentence
similarity of :mod:`reader.align.meaning`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from reader.align.meaning import word_vectors
from reader.lang import ALIGN_STOP_WORDS

# a word of letters (inner apostrophes and hyphens kept), no number
_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W\d_])?")


def _words(text: str) -> list[str]:
    """The sentence's distinct words of two letters or more, folded, stop words out."""
    found = set(map(str.casefold, _WORD.findall(text))) - ALIGN_STOP_WORDS
    return sorted(w for w in found if len(w) > 1)


def _best_within(sim_t: np.ndarray, words: list[list[int]], n_rows: int) -> np.ndarray:
    """For each of ``n_rows`` words (the columns of ``sim_t``), its best cosine within each
    sentence of ``words`` (columns; 0 if empty).

    ``sim_t`` has a row per word of the sentences (C order): the words of a sentence are whole
    rows, and their maximum runs along contiguous memory (a maximum is exact in any order)."""
    out = np.zeros((len(words), n_rows), dtype=sim_t.dtype)
    filled = [i for i, ws in enumerate(words) if ws]
    if filled and n_rows:
        flat = np.fromiter((w for i in filled for w in words[i]), dtype=np.int64)
        starts = np.cumsum([0] + [len(words[i]) for i in filled[:-1]])
        out[filled] = np.maximum.reduceat(sim_t[flat], starts, axis=0)
    return np.ascontiguousarray(out.T)


def soft_f1(left: Sequence[str], right: Sequence[str]) -> np.ndarray | None:
    """The soft F1 of every left sentence with every right one (rows: left), in [0, 1], or
    None without the word model (or without words)."""
    lw = [_words(t) for t in left]
    rw = [_words(t) for t in right]
    lv = sorted({w for ws in lw for w in ws})
    rv = sorted({w for ws in rw for w in ws})
    if not lv or not rv:
        return None
    vecs = word_vectors(lv + rv)  # remembered per word
    if vecs is None:
        return None
    lat = {w: i for i, w in enumerate(lv)}
    rat = {w: i for i, w in enumerate(rv)}
    lidx = [[lat[w] for w in ws] for ws in lw]
    ridx = [[rat[w] for w in ws] for ws in rw]
    # IDF over the sentences of both texts
    n = len(lw) + len(rw)
    ldf = np.bincount([i for ws in lidx for i in ws], minlength=len(lv)).astype(np.float64)
    rdf = np.bincount([i for ws in ridx for i in ws], minlength=len(rv)).astype(np.float64)
    both = {w: ldf[lat[w]] + rdf[rat[w]] for w in set(lv) & set(rv)}
    for w, d in both.items():
        ldf[lat[w]] = rdf[rat[w]] = d
    lidf, ridf = np.log(n / ldf).astype(np.float32), np.log(n / rdf).astype(np.float32)
    # one matrix-vector product per left word, not one matrix product, nor blocks of rows: of
    # this size (a few hundred words a side) a matrix product runs on BLAS threads, which wait
    # for each other on a busy machine (23 ms against 2 ms) and, worse, round the last bit
    # differently with 1 or 2 threads, so the same texts would link differently on another
    # machine; a matrix-vector product gives the same bits with any number of threads
    rvecs = vecs[len(lv) :]
    sim = np.empty((len(lv), len(rv)), dtype=vecs.dtype)
    for row, v in zip(sim, vecs[: len(lv)], strict=True):
        np.matmul(rvecs, v, out=row)  # the product ``rvecs @ v``, written in place
    np.clip(sim, 0.0, 1.0, out=sim)

    def found(idx: list[list[int]], idf: np.ndarray, best: np.ndarray) -> np.ndarray:
        """Each sentence's IDF-weighted mean of its words' best cosines in each other sentence
        (rows: these sentences), one small vector-matrix product per sentence (see above)."""
        out = np.zeros((len(idx), best.shape[1]), dtype=best.dtype)
        for i, ws in enumerate(idx):
            if ws:
                w = idf[ws]
                out[i] = (w / max(float(w.sum()), 1e-12)) @ best[ws]
        return out

    # left words found in right sentences, and right words in left sentences
    precision = found(lidx, lidf, _best_within(np.ascontiguousarray(sim.T), ridx, len(lv)))
    recall = found(ridx, ridf, _best_within(sim, lidx, len(rv))).T
    return np.clip(2 * precision * recall / np.maximum(precision + recall, 1e-12), 0.0, 1.0)
