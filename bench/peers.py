"""Peers: the simple aligners the benchmark sets ``reader`` against, on the same unit lists.

The issue asks for two reference points, because a score or a time means little alone:

* ``difflib.SequenceMatcher`` over the unit lists: what a line differ does.  Its matching
  blocks only pair *identical* units, so on rewritten text it finds almost nothing; the
  ``replace`` opcodes of equal length paired position by position are how a fair line
  differ would align rewritten lines, so both readings are reported (one run gives both).
* all-pairs rapidfuzz ``token_set_ratio`` with a threshold, best partner per left unit:
  the obvious "fuzzy match everything" baseline.  It costs ``len(left) * len(right)``
  comparisons, so the harness skips it where it would take more than a few minutes.

Both take plain lists of strings and return ``(left_index, right_index)`` pairs, so they
can be scored exactly like ``reader.align.align_sentences``.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

import numpy as np

Pairs = list[tuple[int, int]]

#: Default rapidfuzz threshold: the best of 50..90 (step 10, plus 75 and 85) on both the
#: first 1,000 Bible verses and deplain-dev, so the peer is shown at its best, not a straw man.
RAPIDFUZZ_THRESHOLD = 60.0


def difflib_pairs(left: Sequence[str], right: Sequence[str]) -> tuple[Pairs, Pairs]:
    """(matching-block pairs, matching-block + equal-length 'replace' pairs).

    ``autojunk=False`` because the heuristic would discard frequent units of long inputs
    (it is meant for characters, not verses) and make the peer look worse than it is.
    """
    sm = difflib.SequenceMatcher(None, list(left), list(right), autojunk=False)
    blocks: Pairs = [(i + k, j + k) for i, j, n in sm.get_matching_blocks() for k in range(n)]
    replaced: Pairs = [
        (i1 + k, j1 + k)
        for tag, i1, i2, j1, j2 in sm.get_opcodes()
        if tag == "replace" and i2 - i1 == j2 - j1
        for k in range(i2 - i1)
    ]
    return blocks, sorted(blocks + replaced)


def rapidfuzz_pairs(
    left: Sequence[str],
    right: Sequence[str],
    threshold: float = RAPIDFUZZ_THRESHOLD,
    chunk: int = 256,
) -> Pairs:
    """Best partner by ``token_set_ratio`` for each left unit, kept when >= ``threshold``.

    Units are normalised once with ``default_process`` (lower case, no punctuation), which
    is what a user of rapidfuzz would do and helps the peer.  Rows are scored ``chunk`` at a
    time so the score matrix never holds more than ``chunk * len(right)`` floats.
    """
    from rapidfuzz import fuzz, process, utils

    a = [utils.default_process(s) for s in left]
    b = [utils.default_process(s) for s in right]
    out: Pairs = []
    if not a or not b:
        return out
    for start in range(0, len(a), chunk):
        m = process.cdist(
            a[start : start + chunk],
            b,
            scorer=fuzz.token_set_ratio,
            score_cutoff=threshold,
            workers=-1,
            dtype=np.float32,
        )
        best = m.argmax(axis=1)
        score = m[np.arange(best.size), best]
        for i in np.nonzero((score >= threshold) & (score > 0))[0].tolist():
            out.append((start + i, int(best[i])))
    return out
