"""Meaning: a similarity of two sentences beyond their shared words, for English, optional.

Two news articles tell one fact in other words ("Iran is on seismic fault lines" / "Iran
sits in a volatile earthquake region"); the lexical cosine sees one shared name.  A static
sentence embedding sees more: the mean of the token embeddings of WordLlama (its
``l2_supercat`` model, 256 dimensions, shipped inside the ``wordllama`` wheel), normalised,
so the similarity of two sentences is a dot product.  On the news development set it
separates the reference's required links from pairs with a "unique" sentence better than
the lexical score alone (AUC 0.945 combined, 0.932 lexical only); GloVe 6B 50d (tried,
mean of word vectors) added nothing.  It cannot tell equal from conflicting values, so it
only helps choose and admit links; the fact layer still compares what they say.

Optional: install ``reader[meaning]``.  Without it (or for text that is not English: the
model was trained on English; on German it is noise), :func:`similarity` returns None and
the aligner works on shared words alone, exactly as before.

The model is read from the installed package's files, never downloaded, and loaded once
per process when first needed.  The ``wordllama`` package itself is not imported: its
import configures the root logger (``logging.basicConfig``) of the host program; the
two files and the two libraries it uses for them (``tokenizers``, ``safetensors``) are all
we need.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from reader.align.settings import Settings

_WEIGHTS = ("weights", "l2_supercat_256.safetensors")
_TOKENIZER = ("tokenizers", "l2_supercat_tokenizer_config.json")

_lock = threading.Lock()
_model: _Model | None = None
_failed = False
_disabled = False

_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# A word as the tokenizer sees it: its run of "▁" (a space, and the start of the text) and
# what follows up to the next one.  See _Model.ids.
_SEGMENT = re.compile("▁+[^▁]*")
# The token ids of this many words are remembered (about 100 bytes each), for every text of
# the process: news pairs keep meeting the same words.  Emptied when full, like the word
# cache of reader.align.tokens.
_SEGMENTS_MAX = 100_000
# The vectors of this many words are remembered (1 KB each), for every text of the process:
# the soft word alignment (reader.align.soft) and the word families (reader.align.family) of
# news pairs keep meeting the same words.  Emptied when full.  One matrix, a row per word (its
# row number in _vector_rows), so the vectors of a text's words are one gather, not a stack of
# hundreds of arrays; it grows by doubling, to _VECTORS_MAX rows at most.
_VECTORS_MAX = 50_000
_vector_rows: dict[str, int] = {}
_vector_table = np.zeros((0, 0), dtype=np.float32)
_vectors_lock = threading.Lock()
# Function words of English: a text is English when they make a good share of its words.
# A general fact of the language, not of one text.
_ENGLISH = frozenset(
    "the and is are was were not a an of to in on for with that this it he she they his her their "
    "has have had be been by at from as but or said will would which who".split()
)


class _Model:
    """The token embeddings and the tokenizer: a sentence's vector is the mean of its tokens'."""

    def __init__(self, folder: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.table = np.ascontiguousarray(load_file(str(folder.joinpath(*_WEIGHTS)))["embedding.weight"])
        self.tokenizer: Any = Tokenizer.from_file(str(folder.joinpath(*_TOKENIZER)))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        self.segments: dict[str, tuple[int, ...]] = {}
        # the table in float32, a row converted when first used: numpy converts float16 one
        # number at a time, and a news pair sums a few thousand rows.  np.zeros leaves the
        # memory of rows never used unallocated (a news process uses a few thousand of 32,000)
        self._rows = np.zeros(self.table.shape, dtype=np.float32)
        self._converted = np.zeros(len(self.table), dtype=bool)

    def rows(self, ids: np.ndarray) -> np.ndarray:
        """The float32 table, with the rows ``ids`` converted (exactly: float16 fits in float32)."""
        new = ids[~self._converted[ids]]
        if new.size:
            self._rows[new] = self.table[new]
            self._converted[new] = True
        return self._rows

    def ids(self, text: str) -> list[int]:
        """The token ids of one text, as ``tokenizer.encode(text, add_special_tokens=False)``
        gives them, from the ids of its words, each word tokenized once per process.

        The same ids: the tokenizer's normalizer writes "▁" before the text and for every
        space, it has no pre-tokenizer, and no merge rule of its BPE model joins a part that
        ends in another character to a part that starts with "▁" (checked on the installed
        model by tests/test_align_meaning_speed.py).  So no token spans the start of a run of
        "▁", and the model gives each segment (a run of "▁" and a word) the tokens it gives it
        alone.  The special tokens ("<s>", "</s>", "<unk>") are matched in the raw text before
        normalising: a text with a "<" is encoded whole.
        """
        if not text or "<" in text:
            return list(self.tokenizer.encode(text, add_special_tokens=False).ids)
        cache = self.segments
        if len(cache) > _SEGMENTS_MAX:
            cache.clear()
        out: list[int] = []
        for seg in _SEGMENT.findall("▁" + text.replace(" ", "▁")):
            hit = cache.get(seg)
            if hit is None:
                hit = cache[seg] = tuple(t.id for t in self.tokenizer.model.tokenize(seg))
            out += hit
        return out

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        # one sentence at a time: the batch encoders start a thread pool (Rust's rayon) that
        # fights a batch's worker processes for the cores, spends a third more CPU on
        # news-sized batches and keeps growing its per-thread memory (bench/batch.py memory)
        ids = [self.ids(text) for text in texts]
        lengths = np.fromiter((len(x) for x in ids), dtype=np.int64, count=len(ids))
        out = np.zeros((len(texts), self.table.shape[1]), dtype=np.float32)
        filled = lengths > 0
        if filled.any():
            flat = np.fromiter((t for x in ids for t in x), dtype=np.int64, count=int(lengths.sum()))
            starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[filled]
            # the sum of each sentence's token vectors (its mean, once normalised), rounded to
            # float16 as the table is: numpy sums float16 in float32 and rounds the sum once,
            # so the float32 rows give the same sums, about twice as fast (no conversion per token)
            sums = row_sums(self.rows(flat), flat, starts, lengths[filled])
            out[filled] = sums.astype(np.float16)
        norm = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norm, 1e-12)


# numpy sums a segment longer than this many rows by halves (its PW_BLOCKSIZE), see row_sums
_PAIRWISE_BLOCK = 128


def row_sums(table: np.ndarray, ids: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """``np.add.reduceat(table[ids], starts, axis=0)`` (segments of ``lengths`` rows, one or
    more each), bit for bit, faster from some thousand rows (a news pair's sentences).

    reduceat sums each column of a segment on its own, strided, one column at a time.  It adds
    the segment's first row to numpy's pairwise sum of the others: under 8 rows in order from
    -0.0; up to 128 rows in 8 running sums (rows 0-7, then 8-15 added to them, ...) joined as
    ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)), the rows left over added in order; longer, by halves.
    Here the same additions run on whole rows, of all segments at once; a segment without a
    row at some step gets -0.0, which leaves every float as it is (x + -0.0 == x, 0.0 and -0.0
    too).  A segment of more than 129 rows is left to reduceat (news has few).
    """
    n, dim = ids.size, table.shape[1]
    g = np.empty((n + 1, dim), dtype=table.dtype)
    np.take(table, ids, axis=0, out=g[:n], mode="clip")  # ids are valid: "raise" would buffer out
    g[n] = -0.0  # the row of a missing term
    out = g[starts]
    rest = lengths - 1
    res = np.full(out.shape, -0.0, dtype=table.dtype)
    blocked = (rest >= 8) & (rest <= _PAIRWISE_BLOCK)
    at = np.flatnonzero(blocked)
    if at.size:
        blocks = rest[at] // 8
        order = np.argsort(-blocks, kind="stable")  # the segments with a block k are a prefix
        at, blocks = at[order], blocks[order]
        lane = starts[at, None] + 1 + np.arange(8)
        r = g[lane]
        for k in range(1, int(blocks[0])):
            active = int(np.count_nonzero(blocks > k))
            r[:active] += g[lane[:active] + 8 * k]
        res[at] = ((r[:, 0] + r[:, 1]) + (r[:, 2] + r[:, 3])) + ((r[:, 4] + r[:, 5]) + (r[:, 6] + r[:, 7]))
    summed = rest <= _PAIRWISE_BLOCK
    tail = np.where(blocked, starts + 1 + 8 * (rest // 8), starts + 1)
    stop = starts + lengths
    for i in range(7):  # the rows after the blocks (all of a short segment's), in order
        res += g[np.where(summed & (tail + i < stop), tail + i, n)]
    out += res  # a one-row segment adds -0.0: its row as it is
    for s in np.flatnonzero(~summed).tolist():
        out[s] = np.add.reduceat(g[starts[s] : starts[s] + lengths[s]], [0], axis=0)[0]
    return out


def _folder() -> Path | None:
    try:
        spec = importlib.util.find_spec("wordllama")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    if not folder.joinpath(*_WEIGHTS).is_file() or not folder.joinpath(*_TOKENIZER).is_file():
        return None
    return folder


def model() -> _Model | None:
    """The model, loaded on first use (once per process); None when it is not installed."""
    global _model, _failed
    if _disabled or _failed:
        return None
    if _model is not None:
        return _model
    with _lock:
        if _model is None and not _failed:
            folder = _folder()
            try:
                _model = _Model(folder) if folder is not None else None
            except (ImportError, OSError, KeyError, ValueError):
                _model = None
            _failed = _model is None
    return _model


def available() -> bool:
    """Whether the meaning signal can be used (the optional model is installed and loads)."""
    return model() is not None


def set_enabled(enabled: bool) -> None:
    """Switch the meaning signal off (or back on) for this process: the aligner then works
    on shared words alone, as without the optional model (tests, comparisons)."""
    global _disabled
    _disabled = not enabled


def english(texts: Sequence[str], settings: Settings) -> bool:
    """Whether a text is English: its English function words make ``english_share_min`` of its
    lower-case words."""
    return _english_share(tuple(texts)) >= settings.english_share_min


@functools.lru_cache(maxsize=8)
def _english_share(texts: tuple[str, ...]) -> float:
    # remembered: the word families (reader.align.family) and the sentence similarity ask
    # about the same two texts (a tuple of strings hashes fast: each string keeps its hash)
    words = [w for t in texts for w in _LOWER_WORD.findall(t)]
    return sum(w in _ENGLISH for w in words) / len(words) if words else -1.0


def word_vectors(words: Sequence[str]) -> np.ndarray | None:
    """A unit vector per word (its subword tokens' rows, summed), or None without the model.

    Two forms of one word share their first subword and land close ("plea"/"pleaded" 0.79,
    "quake"/"earthquake" 0.77); two words that merely look alike do not ("police"/"policy"
    0.14, "state"/"statement" 0.01).  Morphology, not synonymy: "postponed"/"scrapped" 0.09.

    Each word's vector is remembered (:data:`_VECTORS_MAX`): a row of :meth:`_Model.embed`
    depends on its own text alone, so a remembered row has the bits a new batch would give.
    """
    m = model()
    if m is None or not words:
        return None
    with _vectors_lock:  # the table is shared by the comparisons of all threads
        rows = _vector_rows
        distinct = list(dict.fromkeys(words))
        if len(distinct) > _VECTORS_MAX:  # more words than the table holds: none remembered
            return m.embed(list(words))
        new = [w for w in distinct if w not in rows]
        if len(rows) + len(new) > _VECTORS_MAX:
            rows.clear()
            new = distinct
        if new:
            _remember(rows, new, m.embed(new))
        return _vector_table[[rows[w] for w in words]]


def _remember(rows: dict[str, int], new: list[str], vecs: np.ndarray) -> None:
    """Write the vectors of new words into the table (grown if need be), a row each."""
    global _vector_table
    at, need = len(rows), len(rows) + len(new)
    if need > len(_vector_table):
        size = max(need, min(max(2 * len(_vector_table), 1024), _VECTORS_MAX))
        grown = np.empty((size, vecs.shape[1]), dtype=vecs.dtype)
        if at:
            grown[:at] = _vector_table[:at]
        _vector_table = grown
    _vector_table[at:need] = vecs
    rows.update(zip(new, range(at, need), strict=True))


def similarity(left: Sequence[str], right: Sequence[str], settings: Settings) -> np.ndarray | None:
    """Cosine of every left sentence with every right one (rows: left), or None when the
    model is not installed or either text is not English."""
    if not left or not right or not english(left, settings) or not english(right, settings):
        return None
    m = model()
    if m is None:
        return None
    # one matrix-vector product per left sentence: a matrix product runs on BLAS threads and
    # rounds the last bit differently with 1 or 2 of them (the same texts would link
    # differently on another machine); this gives the same bits with any number, and on news
    # sizes is faster too (70 x 70: 1 ms against 8 ms on a busy 2-core machine)
    # both sides in one batch: a row depends on its own text alone, and one batch of a pair's
    # sentences sums its rows in less time than two (see row_sums)
    vecs = m.embed([*left, *right])
    lv, rv = vecs[: len(left)], vecs[len(left) :]
    return np.stack([rv @ v for v in lv])
