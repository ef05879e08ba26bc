"""The lead: the first body sentences of two news articles tell the story's central fact.

News is written as an inverted pyramid: after the headline, the first sentence (the lead)
tells what happened, who, when; the rest adds detail and background.  Two accounts of one
event tell that fact in their leads in different words, so their lead pair often falls below
the link threshold, or loses to a partner of one of its sentences, and both leads are left
"unique".  A lead pair that shares the event (a content word of the action, a telling number
or a fact key), not only the story's names and day, and is close in meaning, is linked at a
lower bar.

Only two texts not in order with a headline on each side are news-shaped (the headline rule of
:class:`reader.align.evidence.Evidence`): a book or a plain-language rewrite has no lead.  The
rule needs the meaning signal (two English texts, with the optional model): over the corpus,
lead pairs that shared the words but were not close in meaning were mostly two facts of one
story (see ``lead_meaning_min`` in :mod:`reader.align.settings`).

The headlines too: each links to the other (:func:`headline_link`), and a headline keeps to the
other's headline and lead (:func:`headline_ok`), one partner there (:func:`one_per_headline`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from reader.align.evidence import Evidence
from reader.align.score import Scores
from reader.align.settings import Settings
from reader.align.sparse import best_of_each

_WORD = re.compile(r"\w+")


def _body_start(evidence: Evidence, side: int, texts: Sequence[str], settings: Settings) -> int | None:
    """The first sentence after the headline (and its body copies) that is long enough to tell a
    fact (a dateline, a byline, a one-line hook before it is passed over); None without a
    headline."""
    heads, _ = evidence.headline(side)
    if not heads:
        return None
    start = max(heads) + 1
    for i in range(start, min(len(texts), start + settings.lead_skip_max + 1)):
        if len(_WORD.findall(texts[i])) >= settings.lead_words_min:
            return i
    return start


def _shares_event(evidence: Evidence, left: int, right: int, settings: Settings) -> bool:
    """A shared telling number or fact key, or ``lead_content_words_min`` shared content words:
    the pair shares what happened, not only who and when."""
    if evidence.enough(left, right):  # a number, or the body's count of content words
        return True
    shared = evidence.content[0][left] & evidence.content[1][right]
    return len(shared) >= settings.lead_content_words_min


def lead_links(scores: Scores, chosen: set[int], sim: np.ndarray, settings: Settings) -> set[int]:
    """``chosen`` (candidate indices) with the lead pair of two news articles added.

    The lead is the first body sentence of each side (``lead_link_sentences`` of them a side:
    each lead sentence takes its best partner among the other's, when that is mutual).  The lead
    pair links from ``lead_cosine_min`` when it shares the event (:func:`_shares_event`) and is
    close in meaning (``sim``, the embedding cosine per candidate, from ``lead_meaning_min``): the
    selection asks only where it has the meaning signal (two English texts, with the model).  A
    lead sentence already linked elsewhere keeps that link and gains this pair beside it, when
    the other lead is still alone.
    """
    evidence = scores.evidence
    n = settings.lead_link_sentences
    if evidence is None or scores.texts is None or n <= 0 or scores.li.size == 0:
        return chosen
    a0 = _body_start(evidence, 0, scores.texts[0], settings)
    b0 = _body_start(evidence, 1, scores.texts[1], settings)
    if a0 is None or b0 is None:
        return chosen
    li, ri, cos = scores.li, scores.ri, scores.cos
    block = np.flatnonzero((li >= a0) & (li < a0 + n) & (ri >= b0) & (ri < b0 + n))
    fit = [
        int(k)
        for k in block.tolist()
        if cos[k] >= settings.lead_cosine_min
        and sim[k] >= settings.lead_meaning_min
        and _shares_event(evidence, int(li[k]), int(ri[k]), settings)
    ]
    best_l, best_r = best_of_each(li, ri, cos, fit)
    mutual = {k for k in best_l.values() if best_r[int(ri[k])] == k}
    # two leads that each have their own partner already tell two facts (a verdict and a
    # courtroom scene): the lead pair is for a lead left alone on at least one side; the other
    # side's headline is no partner of its own (it sums up the lead: each lead linked to the
    # other's headline still tells the other's lead)
    heads_l, heads_r = evidence.headline(0)[0], evidence.headline(1)[0]
    linked_l = {int(li[k]) for k in chosen if int(ri[k]) not in heads_r}
    linked_r = {int(ri[k]) for k in chosen if int(li[k]) not in heads_l}
    return chosen | {k for k in mutual if int(li[k]) not in linked_l or int(ri[k]) not in linked_r}


def headline_link(scores: Scores, chosen: set[int], sim: np.ndarray | None, settings: Settings) -> set[int]:
    """``chosen`` with the pair of the two headlines added: each names the story's event.

    Both sides must have a headline (:meth:`reader.align.evidence.Evidence.headline`) and a body
    after it (a text of one sentence is no headline and its story); the pair
    must be a candidate (it shares a word) and, with the meaning signal (``sim``, per candidate),
    reach ``headline_meaning_min``.  Added beside the headline's one other partner (a lead
    sentence, see :func:`one_per_headline`): taking its place loses a
    required link of the development set.
    """
    evidence = scores.evidence
    if evidence is None or scores.li.size == 0:
        return chosen
    (left, _), (right, _) = evidence.headline(0), evidence.headline(1)
    if not left or not right or no_body(scores, max(left), max(right)):
        return chosen
    at = np.flatnonzero((scores.li == min(left)) & (scores.ri == min(right)))
    if at.size == 0 or sim is None or sim[at[0]] < settings.headline_meaning_min:
        return chosen
    if sim[at[0]] < settings.headline_names_meaning_min and not _shares_event(
        evidence, min(left), min(right), settings
    ):
        return chosen  # "Senate Passes Tax Bill" / "Senate Confirms New Judge": a name alone
    return chosen | {int(at[0])}


def no_body(scores: Scores, left: int, right: int) -> bool:
    """Is there no sentence after ``left`` on the left side, or after ``right`` on the right?"""
    if scores.texts is None:
        return True
    return left + 1 >= len(scores.texts[0]) or right + 1 >= len(scores.texts[1])


def headline_ok(scores: Scores, evidence: Evidence) -> np.ndarray:
    """False for a pair of a headline and a sentence past the other side's lead.

    A headline names the whole story, so it shares words with many sentences of the other
    article; the same fact is told in the other's headline or lead.  A body copy of the
    headline counts as the headline (see :meth:`reader.align.evidence.Evidence.headline`).
    """
    li, ri = scores.li, scores.ri
    (lh, lead_l), (rh, lead_r) = evidence.headline(0), evidence.headline(1)
    l_head = np.isin(li, list(lh)) if lh else np.zeros(li.size, dtype=bool)
    r_head = np.isin(ri, list(rh)) if rh else np.zeros(ri.size, dtype=bool)
    bad = (l_head & (ri >= lead_r) & ~r_head) | (r_head & (li >= lead_l) & ~l_head)
    return ~bad


def one_per_headline(scores: Scores, chosen: set[int]) -> set[int]:
    """A headline (and each body copy of it) keeps its best pair only: one sentence a side."""
    if scores.evidence is None:
        return chosen
    li, ri, eff = scores.li, scores.ri, scores.eff
    keep = set(chosen)
    for side, (heads, _) in ((li, scores.evidence.headline(0)), (ri, scores.evidence.headline(1))):
        for h in heads:
            at = [k for k in keep if side[k] == h]
            if len(at) > 1:
                best = max(at, key=lambda k: (eff[k], -k))
                keep -= set(at) - {best}
    return keep
