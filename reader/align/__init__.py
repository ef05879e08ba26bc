"""Align: find which sentences of one text tell the same thing as which of the other.

News outlets reword, reorder, merge and split sentences, so character ratios between
whole sentences fail (best partner by ``token_set_ratio`` gets 2 of the 9 key pairs of
the bundled articles).  What works, and what this package does, one module a step:

* ``tokens``: compare *content* tokens (stop words out, light stemming, accents folded),
  each weighted by its rarity across both texts (IDF): a shared "Rivkin" or "70.3" says
  far more than a shared "said".  Numbers, names and acronyms weigh extra.
* ``vocabulary``: let tokens match fuzzily: a word found on only one side is merged with a
  near spelling on the other side ("Speigel" ~ "Spiegel") using rapidfuzz, in batches per
  first letter; ``family``: with the optional word model (English), a one-sided word is
  merged with another form of it ("pleaded" ~ "plea", "earthquake" ~ "quake").
* ``sparse``: find candidate pairs through an inverted index built with numpy (tokens ->
  sentences), never by scoring all pairs in Python; very common tokens only rescore, they
  do not propose candidates, so 31,000 x 31,000 verses stay cheap.
* ``score`` (and ``refine`` for a short sentence against a long one): score a candidate
  by weighted cosine, and rank partners by that plus a small bonus for offset support:
  the share of the sentences around it (``support_window`` on each side) whose candidates
  keep the same offset r - l, give or take one.  A soft preference for order that does
  not forbid reordering, and tells apart repeated near-identical sentences by their
  context.
* ``select``: link each sentence to its best partner in each direction when the score
  clears a threshold; many-to-one and one-to-many links fall out of that, weak matches
  stay out.
* ``chain``: where a text was rewritten in order but with many splits and merges (a
  plain-language version), take the heaviest order-keeping chain of weak pairs instead:
  there the position of a pair vouches for the words the rewrite changed.  Whether a text
  is such a rewrite is measured, not assumed (the chain must gain far more than in
  shuffled order).
* ``meaning`` (optional, English, the ``meaning`` extra): a static sentence embedding
  (WordLlama) for two articles not in order: a weak link must be close in meaning for one
  of its sentences, and two sentences left unlinked that are each other's closest in
  meaning are linked (a paraphrase).  Without the extra the aligner is word-only.
* ``clauses`` (with ``meaning``): a long sentence that tells two facts, cut into clauses, is
  close in meaning to the partner of one of them; two sentences left unlinked link at a lower
  bar of soft word alignment when one is the other's closest that way.
* ``settings``: every threshold, weight and window of the above, with its reason.

The public entry point for benchmarks is :func:`align_sentences` (lists of strings in,
``(left_index, right_index)`` pairs out).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, cast

from reader.align.pairs import Pair, group, identical_pairs, with_identical
from reader.align.score import Prepared, Progress, Scores, score_pairs, sentence_tokens
from reader.align.select import select
from reader.align.settings import DEFAULTS, Settings
from reader.align.tokens import STOPWORDS, Token, fold, stem, tokens

__all__ = [
    "STOPWORDS",
    "Pair",
    "Prepared",
    "Progress",
    "Scores",
    "Settings",
    "Token",
    "align_pairs",
    "align_sentences",
    "fold",
    "group",
    "identical_pairs",
    "score_pairs",
    "select",
    "sentence_tokens",
    "stem",
    "tokens",
]


def align_sentences(
    left: Sequence[str],
    right: Sequence[str],
    *,
    left_extra: Sequence[Sequence[str]] | None = None,
    right_extra: Sequence[Sequence[str]] | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
    **overrides: float,
) -> list[tuple[int, int]]:
    """Library entry point: ``(left index, right index)`` pairs for two sentence lists.

    ``*_extra`` are fact keys per sentence (they weigh like numbers); ``overrides`` replace
    fields of ``settings`` by name (``link_cosine_min=0.2``).

    This is the callable the shared alignment scorer uses
    (``--callable reader.align:align_sentences``).
    """
    if overrides:  # names are checked by the dataclass (TypeError)
        settings = replace(settings or DEFAULTS, **cast(dict[str, Any], overrides))
    pairs = align_pairs(
        left, right, left_extra=left_extra, right_extra=right_extra, settings=settings, progress=progress
    )
    return [(p.left, p.right) for p in pairs]


def align_pairs(
    left: Sequence[str],
    right: Sequence[str],
    *,
    left_extra: Sequence[Sequence[str]] | None = None,
    right_extra: Sequence[Sequence[str]] | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
    prepared: Prepared = (None, None),
    identical: list[Pair] | None = None,
    **overrides: float,
) -> list[Pair]:
    """Like :func:`align_sentences` but with scores (:class:`Pair`); ``prepared`` holds a
    side's :func:`sentence_tokens` and ``identical`` the :func:`identical_pairs` when they
    were made already (a long text's, on a core that had time for them).

    The two sides are aligned in one canonical order (the texts compared as lists) and
    the pairs turned back, so comparing B with A gives exactly the mirror of A with B:
    the selection's tie-breaks and one-sided rules cannot make the two directions differ.
    """
    if list(right) < list(left):
        swapped = align_pairs(
            right,
            left,
            left_extra=right_extra,
            right_extra=left_extra,
            settings=settings,
            progress=progress,
            prepared=(prepared[1], prepared[0]),
            identical=None if identical is None else [Pair(p.right, p.left, p.score) for p in identical],
            **overrides,
        )
        return sorted((Pair(p.right, p.left, p.score) for p in swapped), key=lambda p: (p.left, p.right))
    s = settings or DEFAULTS
    if overrides:
        # names are checked by the dataclass (TypeError); values are the caller's business
        s = replace(s, **cast(dict[str, Any], overrides))
    scores = score_pairs(
        left,
        right,
        left_extra=left_extra,
        right_extra=right_extra,
        settings=s,
        progress=progress,
        prepared=prepared,
    )
    if identical is None:
        identical = identical_pairs(left, right)
    else:  # made in the caller's order: the order identical_pairs gives them
        identical = sorted(identical, key=lambda p: (p.left, p.right))
    pairs = with_identical(select(scores, len(left), len(right), s), identical)
    if progress:
        progress("done", 1.0)
    return pairs
