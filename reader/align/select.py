"""Selection: which candidate pairs become links.

Each sentence keeps its best partner in both directions when the cosine clears the link
threshold (many-to-one and one-to-many links fall out of that), and cross-links are
untangled.  Then by the kind of text: a text in order (steady offset) drops links far off
the local offset and fills small gaps between links; a text rewritten in order with a
drifting offset takes the order chain instead (:mod:`reader.align.chain`) and is done; in a
text in order, an unlinked sentence next to a linked one may join its neighbour's partner (a
sentence split in several).  A text that is not in order (two news articles about one event)
gets none of this order machinery: there a link stands on its own evidence only.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import replace

import numpy as np
from rapidfuzz.fuzz import partial_ratio, ratio

from reader.align.chain import drifting_chain, with_chain
from reader.align.clauses import clause_rescued
from reader.align.earned import hangers_on
from reader.align.evidence import Evidence
from reader.align.lead import headline_link, headline_ok, lead_links, one_per_headline
from reader.align.pairs import Pair
from reader.align.score import Scores, between_neighbours
from reader.align.settings import DEFAULTS, Settings
from reader.align.signals import Meaning, meaning_signal
from reader.align.sparse import best_of_each, best_per, mutual_best
from reader.align.tangles import best_untangled


def select(scores: Scores, n_left: int, n_right: int, settings: Settings = DEFAULTS) -> list[Pair]:
    """Keep each sentence's best partner (in both directions) when it clears the threshold.

    Taking the best in *both* directions is what yields many-to-one links (a wire story
    that condenses three sentences into one is the best partner of each of the three)
    and one-to-many links (a sentence split in two is the best partner of both halves);
    a sentence whose best partner scores below the threshold stays unique.

    Two kinds of text keep their order and get more from it: one whose links keep a
    steady offset (a translation, a Bible verse by verse: see
    :func:`reader.align.score.support`), and one rewritten in order with many splits and
    merges, where the offset drifts (a plain-language rewrite: see :mod:`reader.align.chain`).
    """
    li, ri, cos, eff = scores.li, scores.ri, scores.cos, scores.eff
    if li.size == 0:
        return []
    ok = cos >= settings.link_cosine_min
    score = np.where(ok, eff, -1.0)
    by_right = np.argsort(ri, kind="stable")
    news = max(n_left, n_right) <= settings.gap_shared_word_up_to  # an article, not a book
    chosen = best_untangled(scores, score, ok, (n_left, n_right), by_right, headlines=news)
    # the offset support of each pair, recovered from the ranking score
    support = (eff - cos) / settings.order_weight if settings.order_weight > 0 else np.zeros(cos.size)
    ordered = bool(chosen) and float(np.median(support[list(chosen)])) >= settings.ordered_support_min
    if ordered:
        # the text keeps its order (at least locally): a link far off the local offset
        # must be strong on its own, and small gaps between links are filled
        moved = settings.identical_cosine_min
        if max(n_left, n_right) <= settings.gap_shared_word_up_to:
            moved = min(moved, settings.moved_cosine_min)  # a paragraph an article's rewrite moved
        kept = {k for k in chosen if support[k] >= settings.local_support_min or cos[k] >= moved}
        if max(n_left, n_right) <= settings.gap_shared_word_up_to:
            kept |= _same_letters(
                scores, chosen - kept, settings.same_letters_min, settings.held_whole_min_chars
            )
            kept |= _moved_pairs(scores, chosen - kept, kept, settings)
        chosen = kept | between_neighbours(li, ri, kept, chosen - kept, settings.support_offset_window)
    else:
        chain = drifting_chain(scores, n_left, n_right, settings)
        meant = meaning_signal(scores, n_left + n_right, settings)  # once: both ways below ask
        if chain is not None:
            # off the chain only a confident link stays (a moved sentence, not a rewrite)
            kept = with_chain(scores, chain, chosen, settings)
            found = _checked_chain(scores, kept, meant, n_left, n_right, settings, by_right)
            # (a chain without the meaning signal, a plain-language rewrite, is taken as it is)
            return _pairs(scores, found - _alone(scores, found, settings) if meant is not None else found)
        # not in order (two articles about one event): a link stands on its own evidence
        found = _unordered(scores, meant, n_left, n_right, settings, by_right)
        return _pairs(scores, found - _alone(scores, found, settings))
    if settings.neighbour_cosine_min > 0:
        chosen |= _grow(
            li, ri, cos, chosen, n_left, n_right, settings.neighbour_cosine_min, by_right, scores.evidence
        )
    if max(n_left, n_right) <= settings.gap_shared_word_up_to:
        chosen -= hangers_on(scores, chosen, settings)  # an article's rewrite, not a book
    sizes, shared_below = (n_left, n_right), settings.gap_shared_word_up_to
    gaps = _gap_pairs(scores, chosen, settings.gap_max, sizes, shared_below, settings.gap_cosine_min)
    return _pairs(scores, chosen) + gaps


def _alone(scores: Scores, chosen: set[int], settings: Settings) -> set[int]:
    """The pairs of ``chosen`` that leave a sentence to stand alone: strays of a rewrite and
    hangers-on of a passage (:mod:`reader.align.earned`)."""
    return _strays(scores, chosen, settings) | hangers_on(scores, chosen, settings)


def _moved_pairs(scores: Scores, doubtful: set[int], kept: set[int], settings: Settings) -> set[int]:
    """The pairs of ``doubtful`` (off the local offset) that a rewrite moved: each sentence the
    other's best partner among all candidates, from ``moved_pair_cosine_min``, with evidence beside
    names; and, beside such a pair, a sentence merged into it ("..." Delahunt said. / Benedetti said
    ... + "...," said Benedetti, who added ...), its own best partner, unlinked otherwise."""
    least = settings.moved_pair_cosine_min
    if least <= 0 or not doubtful:
        return set()
    li, ri, cos = scores.li, scores.ri, scores.cos
    strong = {k for k in doubtful if cos[k] >= least and _has_evidence(scores, k)}
    # each other's best by the words alone too: a moved pair's offset support is no one's (the leads
    # of a rewrite whose headlines are unlinked, the lead's best by support its neighbour's, ut325)
    mutual = mutual_best(li, ri, scores.eff) | mutual_best(li, ri, cos)
    moved = {k for k in strong if mutual[k]}
    linked = (
        {int(li[k]) for k in kept | moved},
        {int(ri[k]) for k in kept | moved},
    )
    ends = ({int(li[k]) for k in moved}, {int(ri[k]) for k in moved})
    merged = {
        k
        for k in strong - moved
        if (int(ri[k]) in ends[1] and int(li[k]) not in linked[0])
        or (int(li[k]) in ends[0] and int(ri[k]) not in linked[1])
    }
    return moved | merged


def _same_letters(scores: Scores, pairs: set[int], least: float, whole_from: int) -> set[int]:
    """The ``pairs`` whose two sentences are the same letter for letter to the share ``least``, or
    whose shorter sentence (``whole_from`` characters or more) stands so in the longer."""
    if scores.texts is None:
        return set()
    a, b = scores.texts

    def same(x: str, y: str) -> bool:
        if ratio(x, y) >= 100 * least:
            return True
        return min(len(x), len(y)) >= whole_from and partial_ratio(x, y) >= 100 * least

    return {k for k in pairs if same(a[int(scores.li[k])], b[int(scores.ri[k])])}


def _checked_chain(
    scores: Scores,
    kept: set[int],
    meant: Meaning | None,
    n_left: int,
    n_right: int,
    settings: Settings,
    by_right: np.ndarray,
) -> set[int]:
    """The chain's links, checked like the links of two articles where the meaning signal can
    check them (two English texts, with the optional model).

    Two news articles that keep some order by chance (the lead first, the background last)
    may pass the chain test (about 1 pair in 25 of the corpus): there the chain's weak pairs,
    linked for their position alone, are mostly wrong (forced on every development pair: 377
    instead of 410 checks).  So where the meaning signal is there, a weak chain pair must pass
    the gates of a link between two articles (close in meaning for one of its sentences, a
    signal besides names), and the links those two articles make on their own evidence stay:
    forced on every reference pair, 723 checks of 828 instead of 719 without the chain.  A
    plain-language rewrite in German (no meaning signal) keeps its chain as it was.  Below
    ``chain_article_cosine_min`` a chain pair stands on its position alone, and is out.
    """
    if meant is None:
        return kept
    weak = scores.cos < settings.strong_cosine_min
    checked = {
        k
        for k in kept
        if not (weak[k] and (meant.far[k] or not _has_evidence(scores, k)))
        and scores.cos[k] >= settings.chain_article_cosine_min
    }
    both = checked | _unordered(scores, meant, n_left, n_right, settings, by_right)
    return both - _second_best(scores, both, settings)


def _second_best(scores: Scores, chosen: set[int], settings: Settings) -> set[int]:
    """The weak pairs of ``chosen`` that are the best of neither of their sentences, each of
    which has a better partner: a chain's pair beside the sentence it rewrites ("Rep. Ted
    Lieu ... wrote on Twitter that Pence's decision ..." with the sentence before "Rep. Ted
    Lieu ... wrote on Twitter ...", each linked to its own rewrite)."""
    li, ri = scores.li, scores.ri
    best_l, best_r = best_of_each(li, ri, scores.eff, sorted(chosen))
    ev = scores.evidence
    heads = (ev.headline(0)[0], ev.headline(1)[0]) if ev is not None else (frozenset(), frozenset())
    return {
        k
        for k in chosen
        if scores.cos[k] < settings.strong_cosine_min
        and best_l[int(li[k])] != k
        and best_r[int(ri[k])] != k
        and not (int(li[k]) in heads[0] and int(ri[k]) in heads[1])  # the two headlines' own pair
    }


def _strays(scores: Scores, chosen: set[int], settings: Settings) -> set[int]:
    """In a rewrite (most links strong: ``rewrite_strong_share_min``), the weak pairs of
    ``chosen`` (below ``stray_cosine_max``) one of whose sentences has a strong link elsewhere, to
    a partner not next to this pair's: a sentence the rewrite added, hung on the sentence it
    borrows a few words from ("Lumber prices topped $1,600 per thousand board feet in May 2021"
    on "Lumber futures ... settled at $487 per thousand board feet", itself linked to its own
    rewrite)."""
    if settings.stray_cosine_max <= 0:
        return set()
    li, ri, cos = scores.li, scores.ri, scores.cos
    strong = [k for k in chosen if cos[k] >= settings.strong_cosine_min]
    if len(strong) < settings.rewrite_strong_share_min * len(chosen):
        return set()  # two articles written apart: a sentence may tell a part of a far one's fact
    partners_l: dict[int, list[int]] = {}
    partners_r: dict[int, list[int]] = {}
    for k in strong:
        partners_l.setdefault(int(li[k]), []).append(int(ri[k]))
        partners_r.setdefault(int(ri[k]), []).append(int(li[k]))
    out = set()
    for k in chosen:
        if cos[k] >= settings.stray_cosine_max:
            continue
        a, b = int(li[k]), int(ri[k])
        far_r = any(abs(p - b) > 1 for p in partners_l.get(a, ()))
        far_l = any(abs(p - a) > 1 for p in partners_r.get(b, ()))
        if far_r or far_l:
            out.add(k)
    return out


def _pairs(scores: Scores, chosen: set[int]) -> list[Pair]:
    return [
        Pair(int(scores.li[k]), int(scores.ri[k]), float(min(1.0, scores.cos[k]))) for k in sorted(chosen)
    ]


def _grow(
    li: np.ndarray,
    ri: np.ndarray,
    cos: np.ndarray,
    chosen: set[int],
    n_left: int,
    n_right: int,
    low: float,
    by_right: np.ndarray,
    evidence: Evidence | None = None,
) -> set[int]:
    """Extend links along runs: a sentence split into several keeps them side by side.

    An unlinked sentence joins the partner of its neighbour when that partner is also its
    own best candidate and their score clears the lower threshold ``low``: the evidence
    of the neighbour's link stands in for the words that the rewrite changed.  One whose
    figures the partner lacks is a fact of its own (a sentence a rewrite left out), not a piece.
    """
    linked_l = np.zeros(n_left, dtype=bool)
    linked_r = np.zeros(n_right, dtype=bool)
    ks = np.fromiter(chosen, dtype=np.int64, count=len(chosen))
    linked_l[li[ks]] = True
    linked_r[ri[ks]] = True
    partners_r: dict[int, set[int]] = defaultdict(set)  # right -> its left partners
    partners_l: dict[int, set[int]] = defaultdict(set)
    for k in ks.tolist():
        partners_r[int(ri[k])].add(int(li[k]))
        partners_l[int(li[k])].add(int(ri[k]))
    added: set[int] = set()
    best_for_r = best_per(ri, cos, n_right, by_right)
    best_for_l = best_per(li, cos, n_left)
    for side, side_best, linked, other, partners in (
        (1, best_for_r, linked_r, li, partners_r),
        (0, best_for_l, linked_l, ri, partners_l),
    ):
        for x in np.nonzero(~linked & (side_best >= 0))[0].tolist():
            k = int(side_best[x])
            if cos[k] < low:
                continue
            y = int(other[k])
            beside = y in partners.get(x - 1, ()) or y in partners.get(x + 1, ())
            if beside and (evidence is None or not evidence.other_figures(x, y, side=side)):
                added.add(k)
    return added


def _gap_pairs(
    scores: Scores, chosen: set[int], gap: int, sizes: tuple[int, int], shared_below: int, cos_min: float
) -> list[Pair]:
    """Pairs inside small gaps between two links with the same offset (see select).

    Between (l1, r1) and (l2, r2) with l2 - l1 == r2 - r1 <= gap + 1 and nothing linked
    inside, the sentences pair up one to one: a verse rendered with other words still
    sits between the same two neighbours.  Such a pair may not be a candidate at all (no
    word in common), so it is made here with the score 0.
    """
    if gap <= 0 or not chosen:
        return []
    n_left, n_right = sizes
    li, ri = scores.li, scores.ri
    ks = sorted(chosen, key=lambda k: (int(li[k]), int(ri[k])))
    linked_l = {int(li[k]) for k in ks}
    linked_r = {int(ri[k]) for k in ks}
    out: list[Pair] = []
    for a, b in itertools.pairwise(ks):
        l1, r1, l2, r2 = int(li[a]), int(ri[a]), int(li[b]), int(ri[b])
        g = l2 - l1 - 1
        if 1 <= g <= gap and r2 - r1 - 1 == g:
            inner_l = range(l1 + 1, l2)
            inner_r = range(r1 + 1, r2)
            if not any(x in linked_l for x in inner_l) and not any(y in linked_r for y in inner_r):
                out.extend(Pair(x, y, 0.0) for x, y in zip(inner_l, inner_r, strict=True))
    if out and shared_below and max(n_left, n_right) <= shared_below:
        # an article's rewrite drops one sentence and adds another where it was: only a pair
        # that shares a word (a candidate) is one sentence in other words
        need = np.array(sorted({p.left for p in out}))
        mask = np.isin(li, need) & (scores.cos >= cos_min)
        cand = set(zip(li[mask].tolist(), ri[mask].tolist(), strict=True))
        out = [p for p in out if (p.left, p.right) in cand]
    return out


def _unordered(
    scores: Scores,
    meant: Meaning | None,
    n_left: int,
    n_right: int,
    settings: Settings,
    by_right: np.ndarray,
) -> set[int]:
    """Links of two texts that are not in order: each sentence's best partner that has evidence.

    A pair below ``strong_cosine_min`` must share a second signal besides names, places and
    days (:class:`reader.align.evidence.Evidence`; a clause window raises the score, it is no
    evidence by itself), and (two English
    texts, with the optional model: :mod:`reader.align.meaning`) be close in meaning for one of
    its sentences; the best partner is chosen among the pairs that pass, so a sentence whose
    best-scoring partner only shares names may still link to the partner that tells its fact.
    A headline (sentence 0) keeps one partner per side.
    """
    lexical = scores.cos
    if meant is not None and settings.meaning_weight > 0:
        boost = settings.meaning_weight * np.clip(meant.sim - settings.meaning_floor, 0.0, None)
        scores = replace(scores, cos=scores.cos + boost, eff=scores.eff + boost)
    li, ri, cos, eff = scores.li, scores.ri, scores.cos, scores.eff
    ok = _gate(scores, lexical, meant, settings)
    if scores.evidence is not None:
        ok &= headline_ok(scores, scores.evidence)
        # each headline sentence takes its best pair first; its other pairs are out before the
        # other sentences choose, so a lead whose best was the headline takes its next best
        for side, (heads, _) in ((li, scores.evidence.headline(0)), (ri, scores.evidence.headline(1))):
            for h in heads:
                at = np.flatnonzero(ok & (side == h))
                if at.size > 1:
                    ok[at[at != at[np.argmax(eff[at])]]] = False
    chosen = best_untangled(
        scores, np.where(ok, eff, -1.0), ok, (n_left, n_right), by_right, every_mutual=True
    )
    if settings.neighbour_cosine_min > 0 and chosen:
        grown = _grow(
            li, ri, cos, chosen, n_left, n_right, settings.neighbour_cosine_min, by_right, scores.evidence
        )
        # a grown pair keeps to the headline's rule too: a headline (or its body copy) links
        # only to the other's headline or lead, never to a neighbour's partner far below
        fits = headline_ok(scores, scores.evidence) if scores.evidence is not None else None
        chosen |= {k for k in grown if _has_evidence(scores, k) and (fits is None or bool(fits[k]))}
    if meant is not None:
        chosen |= _rescued(scores, lexical, meant, chosen, settings)
        chosen = lead_links(scores, chosen, meant.sim, settings)
        chosen = _clause_rescued(scores, meant, chosen, settings)
    return headline_link(scores, one_per_headline(scores, chosen), meant.sim if meant else None, settings)


def _open(scores: Scores, chosen: set[int]) -> np.ndarray:
    """Per candidate pair: neither of its sentences is linked in ``chosen``."""
    ks = np.fromiter(chosen, dtype=np.int64, count=len(chosen))
    return ~np.isin(scores.li, scores.li[ks]) & ~np.isin(scores.ri, scores.ri[ks])


def _rescued(
    scores: Scores, lexical: np.ndarray, meant: Meaning, chosen: set[int], settings: Settings
) -> set[int]:
    """Pairs of two sentences left unlinked that are each other's closest in meaning or in words.

    A paraphrase shares too few words to clear the link threshold; when its two sentences found
    no partner at all and still share some words (``rescue_cosine_min``), they tell the same fact
    if they are each other's closest in meaning (``rescue_meaning_min``) with a second signal
    (:func:`_has_evidence`), or each other's best by soft word alignment (``soft_rescue_min``):
    there the words that find each other are the second signal (forms of one word, names, content
    words said another way), and the evidence of shared content words would refuse most of them.
    """
    li, ri = scores.li, scores.ri
    # only a pair of two unlinked sentences that share some words can be rescued
    could = (lexical >= settings.rescue_cosine_min) & _open(scores, chosen)
    if scores.evidence is not None:
        # a headline is close in meaning to the whole story: it keeps to the rules of its own
        (lh, _), (rh, _) = scores.evidence.headline(0), scores.evidence.headline(1)
        could &= ~np.isin(li, list(lh)) & ~np.isin(ri, list(rh))
    fit = meant.mutual & (meant.sim >= settings.rescue_meaning_min) & could
    free = np.zeros(li.size, dtype=bool)
    if settings.soft_rescue_min <= 1 and meant.words is not None and could.any():
        free = meant.words.soft()[0] & could
    return {k for k in np.flatnonzero(fit | free).tolist() if free[k] or _has_evidence(scores, k)}


def _clause_rescued(scores: Scores, meant: Meaning, chosen: set[int], settings: Settings) -> set[int]:
    """``chosen`` with the clause rescue's pairs (:func:`reader.align.clauses.clause_rescued`), which
    keep to the headline rule like every pair of two articles.  The soft F1 and the clause
    similarity are asked only when some pair of two unlinked sentences passes the cheaper tests."""
    if meant.words is None or settings.clause_rescue_soft_min > 1:
        return chosen
    ev = scores.evidence
    fits = headline_ok(scores, ev) if ev is not None else np.ones(scores.li.size, dtype=bool)
    could = fits & (scores.cos >= settings.clause_rescue_cosine_min) & _open(scores, chosen)
    if not could.any():
        return chosen
    _, soft = meant.words.soft()
    # no soft word alignment (no vectors): the clause rescue cannot take a pair
    if not soft.any() or not meant.words.may_clause(could & (soft >= settings.clause_rescue_soft_min)):
        return chosen
    by_clause, closest = meant.words.clauses()
    fits &= by_clause >= settings.clause_rescue_meaning_min
    return clause_rescued(scores, soft, closest, fits, chosen, settings)


def _gate(scores: Scores, lexical: np.ndarray, meant: Meaning | None, settings: Settings) -> np.ndarray:
    """Which pairs may become links: above the threshold, and a weak one with a second signal.

    Weak means a lexical cosine below ``strong_cosine_min``; its second signal is shared content
    words or a telling number (:class:`reader.align.evidence.Evidence`);
    and with the meaning signal, a weak pair far in meaning makes no link, and one whose second
    signal is thin (``thin_words_max``) must be closer in meaning (``thin_meaning_rank_max``,
    ``thin_both_rank_max``):
    the less the shared words prove, the more the meaning must.
    """
    ok = scores.cos >= settings.link_cosine_min
    weak = lexical < settings.strong_cosine_min
    if meant is not None:
        ok &= ~(weak & meant.far)
    gated = np.flatnonzero(ok & weak)
    if gated.size and scores.evidence is not None:
        ev = scores.evidence
        li, ri = scores.li, scores.ri
        loose = None
        if meant is not None and settings.thin_meaning_rank_max > 0:
            loose = (meant.rank >= settings.thin_meaning_rank_max) & (
                meant.rank_both >= settings.thin_both_rank_max
            )
        sure = None
        if meant is not None:
            # a pair that shares names only but is each other's closest both in meaning and by a
            # high cosine tells one fact of those names ("rebuild her clinic, destroyed in Hurricane
            # Katrina in 2005" / "after 2005's Hurricane Katrina")
            sure = (
                meant.mutual
                & (meant.sim >= settings.names_meaning_min)
                & (lexical >= settings.names_cosine_min)
            )
        if loose is not None and settings.thin_words_cosine_min <= 1:
            # each other's best by shared words, and enough of them: the words vouch for the fact
            loose &= ~(mutual_best(li, ri, lexical) & (lexical >= settings.thin_words_cosine_min))
        for k in gated.tolist():
            a, b = int(li[k]), int(ri[k])
            if sure is not None and sure[k]:
                continue
            if not ev.enough(a, b) or (loose is not None and loose[k] and ev.thin(a, b)):
                ok[k] = False
    return ok


def _has_evidence(scores: Scores, k: int) -> bool:
    # a clause window is no evidence by itself: a window that matches on the story's names
    # (a lead against a long quote, a caption against a paragraph) raises the score, not the proof
    return scores.evidence is None or scores.evidence.enough(int(scores.li[k]), int(scores.ri[k]))
