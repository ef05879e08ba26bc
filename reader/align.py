"""Align: find which sentences of one text tell the same thing as which of the other.

News outlets reword, reorder, merge and split sentences, so character ratios between
whole sentences fail (best partner by ``token_set_ratio`` gets 2 of the 9 key pairs of
the bundled articles).  What works, and what this module does:

* Compare *content* tokens (stop words out, light stemming, accents folded), each weighted
  by its rarity across both texts (IDF): a shared "Rivkin" or "70.3" says far more than a
  shared "said".  Numbers and names weigh extra.
* Let tokens match fuzzily: a word found on only one side is merged with a near spelling
  on the other side ("Speigel" ~ "Spiegel") using rapidfuzz, in batches per first letter.
* Find candidate pairs through an inverted index built with numpy (tokens -> sentences),
  never by scoring all pairs in Python; very common tokens only rescore, they do not
  propose candidates, so 31,000 x 31,000 verses stay cheap.
* Score a candidate by weighted cosine, plus a small bonus when its diagonal neighbours
  are candidates too (a soft preference for order that does not forbid reordering, and
  tells apart repeated near-identical sentences by their context).
* Link each sentence to its best partner in each direction when the score clears a
  threshold; many-to-one and one-to-many links fall out of that, weak matches stay out.

The public entry point for benchmarks is :func:`align_sentences` (lists of strings in,
``(left_index, right_index)`` pairs out).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

Progress = Callable[[str, float], None]

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_COMBINING = re.compile(r"[\u0300-\u036f]")

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said says say told tell unto upon thee thou
    thy thine ye hath shall hast doth also may might must us one
    der die das den dem des ein eine einer eines einem einen und oder aber auch nicht
    ist sind war waren wird werden wurde wurden hat haben hatte hatten sein seine ihr
    ihre es sie er wir ich du man mit von zu zum zur im in an am auf aus bei nach vor
    für über unter durch als wie wenn dass so noch nur schon sehr kann können muss
    le la les un une des du de et ou mais est sont dans pour par sur avec que qui
    el los las y o en por para con que es son
    """.split()
)

# Month and weekday abbreviations map to one token so "Dec." meets "December".
_ALIASES = {
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
    "jul": "july", "aug": "august", "sep": "september", "sept": "september",
    "oct": "october", "nov": "november", "dec": "december", "mon": "monday",
    "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
    "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday",
    "sun": "sunday", "u.s": "us", "usa": "us",
}

_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s", "ly")


def fold(text: str) -> str:
    """Lower-case and strip accents ("Calderón" -> "calderon"); cheap for ASCII text."""
    text = text.lower()
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def stem(word: str) -> str:
    """A light, language-agnostic stem: drop a common suffix, keep at most 7 letters.

    Good enough to meet "monitored"/"monitoring" and "communications"/"communication";
    a real stemmer would add a dependency and little accuracy for this purpose.
    """
    if word[0].isdigit():
        return word
    for suf in _SUFFIXES:
        if len(word) - len(suf) >= 4 and word.endswith(suf):
            word = word[: -len(suf)]
            break
    return word[:7]


@dataclass(frozen=True, slots=True)
class Token:
    key: str
    weight: float  # a multiplier on the IDF: numbers and names say more


def tokens(text: str, extra: Sequence[str] = ()) -> list[Token]:
    """Content tokens of one sentence (duplicates removed), plus ``extra`` fact keys."""
    out: dict[str, float] = {}
    for i, m in enumerate(_TOKEN.finditer(text)):
        raw = m.group()
        low = fold(raw).replace("’", "'")
        if low.endswith("'s"):
            low = low[:-2]
        low = _ALIASES.get(low, low)
        if low in STOPWORDS:
            continue
        if raw[0].isdigit():
            key, weight = low.replace(",", ""), 1.6
        else:
            if len(low) < 2:
                continue
            key = stem(low)
            # capitalised inside a sentence: probably a name
            weight = 1.3 if (i > 0 and raw[0].isupper()) else 1.0
        if out.get(key, 0.0) < weight:
            out[key] = weight
    for key in extra:
        out.setdefault(key, 1.6)
    return [Token(k, w) for k, w in out.items()]


@dataclass(slots=True)
class Pair:
    left: int
    right: int
    score: float


# ---------------------------------------------------------------------------------------
# vocabulary and fuzzy merging


def _vocabulary(
    left: list[list[Token]], right: list[list[Token]]
) -> tuple[dict[str, int], dict[str, int], np.ndarray]:
    """Token ids per side, with one-sided tokens merged to near spellings across sides.

    Returns (left ids, right ids, penalty per id): a merged id has penalty < 1 so that a
    fuzzy match counts a little less than an exact one.
    """
    left_keys = {t.key for toks in left for t in toks}
    right_keys = {t.key for toks in right for t in toks}
    ids: dict[str, int] = {}
    for key in sorted(left_keys | right_keys):
        ids[key] = len(ids)
    left_ids = {k: ids[k] for k in left_keys}
    right_ids = {k: ids[k] for k in right_keys}
    penalty = np.ones(len(ids), dtype=np.float64)
    only_left = [k for k in left_keys - right_keys if len(k) >= 5 and not k[0].isdigit()]
    only_right = [k for k in right_keys - left_keys if len(k) >= 5 and not k[0].isdigit()]
    if only_left and only_right:
        for lk, rk, sim in _fuzzy_pairs(only_left, only_right):
            right_ids[rk] = left_ids[lk]
            penalty[left_ids[lk]] = min(penalty[left_ids[lk]], sim)
    return left_ids, right_ids, penalty


def _fuzzy_pairs(a: list[str], b: list[str]) -> list[tuple[str, str, float]]:
    """Near spellings between two word lists: OSA distance 1 (2 for long words).

    Blocked by first letter so the work is a set of small matrices, each computed by
    rapidfuzz in C with both cores.
    """
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import cdist

    by_letter: dict[str, list[str]] = defaultdict(list)
    for w in b:
        by_letter[w[0]].append(w)
    out: list[tuple[str, str, float]] = []
    groups: dict[str, list[str]] = defaultdict(list)
    for w in a:
        if w[0] in by_letter:
            groups[w[0]].append(w)
    for letter, words in groups.items():
        cands = by_letter[letter]
        dist = cdist(words, cands, scorer=OSA.distance, score_cutoff=2, workers=-1, dtype=np.int32)
        for i, j in zip(*np.nonzero(dist <= 2), strict=True):
            wa, wb = words[i], cands[j]
            d = int(dist[i, j])
            if d == 1 or (d == 2 and min(len(wa), len(wb)) >= 8):
                out.append((wa, wb, 0.85 if d == 1 else 0.75))
    # keep each word's single best partner, so one typo cannot glue three words together
    best: dict[str, tuple[str, str, float]] = {}
    used: set[str] = set()
    for wa, wb, sim in sorted(out, key=lambda x: -x[2]):
        if wa not in best and wb not in used:
            best[wa] = (wa, wb, sim)
            used.add(wb)
    return list(best.values())


# ---------------------------------------------------------------------------------------
# sparse scoring


@dataclass(slots=True)
class _Sparse:
    """Sentence-token incidence of one side: parallel arrays sorted by token id."""

    sent: np.ndarray  # sentence index per entry
    tok: np.ndarray  # token id per entry
    weight: np.ndarray  # token weight (idf * boost) per entry
    norm: np.ndarray  # per sentence, sqrt(sum weight^2)


def _sparse(toks: list[list[Token]], ids: dict[str, int], idf: np.ndarray, penalty: np.ndarray) -> _Sparse:
    n = sum(len(t) for t in toks)
    sent = np.empty(n, dtype=np.int32)
    tok = np.empty(n, dtype=np.int32)
    boost = np.empty(n, dtype=np.float64)
    k = 0
    for i, ts in enumerate(toks):
        for t in ts:
            sent[k] = i
            tok[k] = ids[t.key]
            boost[k] = t.weight
            k += 1
    weight = idf[tok] * boost * penalty[tok]
    order = np.argsort(tok, kind="stable")
    sent, tok, weight = sent[order], tok[order], weight[order]
    norm = np.sqrt(np.bincount(sent, weights=weight * weight, minlength=len(toks)))
    return _Sparse(sent, tok, weight, norm)


def _candidates(L: _Sparse, R: _Sparse, n_tokens: int, n_left: int, n_right: int, budget: int) -> tuple[np.ndarray, np.ndarray]:
    """Dot products of all sentence pairs that share a proposing token.

    Tokens are taken rarest first until the number of generated pairs would pass
    ``budget``; the rest (very common words) only add to the dot product of pairs that a
    rarer token already proposed.  Returns (keys = l * n_right + r, dot products).
    """
    cl = np.bincount(L.tok, minlength=n_tokens).astype(np.int64)
    cr = np.bincount(R.tok, minlength=n_tokens).astype(np.int64)
    cost = cl * cr
    order = np.argsort(cost, kind="stable")
    cum = np.cumsum(cost[order])
    proposing = np.zeros(n_tokens, dtype=bool)
    proposing[order[cum <= budget]] = True
    proposing &= cost > 0

    keys, dots = _cross(L, R, cl, cr, proposing, n_right)
    if keys.size == 0:
        return keys, dots
    uniq, inv = np.unique(keys, return_inverse=True)
    dot = np.bincount(inv, weights=dots)
    # common tokens: add their contribution to pairs already proposed
    common = (~proposing) & (cost > 0)
    if common.any():
        ck, cd = _cross_restricted(L, R, common, uniq, n_right)
        if ck.size:
            pos = np.searchsorted(uniq, ck)
            np.add.at(dot, pos, cd)
    return uniq, dot


def _cross(L: _Sparse, R: _Sparse, cl: np.ndarray, cr: np.ndarray, mask: np.ndarray, n_right: int) -> tuple[np.ndarray, np.ndarray]:
    """All (left entry, right entry) combinations sharing a token in ``mask``, vectorised."""
    start_r = np.concatenate(([0], np.cumsum(cr)[:-1]))
    sel = mask[L.tok]
    ltok, lsent, lw = L.tok[sel], L.sent[sel], L.weight[sel]
    reps = cr[ltok]
    total = int(reps.sum())
    if total == 0:
        return np.empty(0, np.int64), np.empty(0)
    li = np.repeat(np.arange(ltok.size), reps)
    offs = np.arange(total) - np.repeat(np.cumsum(reps) - reps, reps)
    rj = start_r[ltok[li]] + offs
    keys = lsent[li].astype(np.int64) * n_right + R.sent[rj]
    return keys, lw[li] * R.weight[rj]


def _cross_restricted(L: _Sparse, R: _Sparse, mask: np.ndarray, pairs: np.ndarray, n_right: int) -> tuple[np.ndarray, np.ndarray]:
    """Contributions of common tokens, only for pairs already proposed.

    Done per proposed pair through token sets of both sentences, vectorised by merging
    sorted (pair, token) keys; cost grows with the number of candidate pairs times the
    common tokens per sentence, not with the square of their document frequency.
    """
    sel_l = mask[L.tok]
    sel_r = mask[R.tok]
    # per sentence: its common-token entries, grouped by sentence
    lo = np.argsort(L.sent[sel_l], kind="stable")
    l_sent, l_tok, l_w = L.sent[sel_l][lo], L.tok[sel_l][lo], L.weight[sel_l][lo]
    ro = np.argsort(R.sent[sel_r], kind="stable")
    r_sent, r_tok, r_w = R.sent[sel_r][ro], R.tok[sel_r][ro], R.weight[sel_r][ro]
    n_l = int(L.norm.size)
    l_start = np.searchsorted(l_sent, np.arange(n_l))
    l_count = np.bincount(l_sent, minlength=n_l)
    pl = pairs // n_right
    pr = pairs % n_right
    # expand each pair by its left sentence's common tokens
    reps = l_count[pl]
    total = int(reps.sum())
    if total == 0:
        return np.empty(0, np.int64), np.empty(0)
    pi = np.repeat(np.arange(pairs.size), reps)
    offs = np.arange(total) - np.repeat(np.cumsum(reps) - reps, reps)
    li = l_start[pl[pi]] + offs
    # look each (right sentence, token) up in the right side's entries
    n_tok = int(max(L.tok.max(initial=0), R.tok.max(initial=0))) + 1
    r_key = r_sent.astype(np.int64) * n_tok + r_tok
    want = pr[pi].astype(np.int64) * n_tok + l_tok[li]
    if r_key.size == 0:
        return np.empty(0, np.int64), np.empty(0)
    pos_c = np.minimum(np.searchsorted(r_key, want), r_key.size - 1)
    hit = r_key[pos_c] == want
    return pairs[pi[hit]], l_w[li[hit]] * r_w[pos_c[hit]]


# ---------------------------------------------------------------------------------------
# selection


@dataclass(frozen=True, slots=True)
class Settings:
    """Thresholds of the aligner (cosine in [0, 1])."""

    threshold: float = 0.30  # a best partner must score at least this
    strong: float = 0.5  # above this a link needs no further evidence
    context: float = 0.12  # weight of the diagonal neighbours' scores (order preference)
    budget: int = 6_000_000  # at most this many candidate pairs from proposing tokens


def score_pairs(
    left: Sequence[str],
    right: Sequence[str],
    *,
    left_extra: Sequence[Sequence[str]] | None = None,
    right_extra: Sequence[Sequence[str]] | None = None,
    settings: Settings = Settings(),
    progress: Progress | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Candidate pairs with scores: (left idx, right idx, cosine, cosine+context)."""
    n_left, n_right = len(left), len(right)
    empty = np.empty(0, np.int64)
    if not n_left or not n_right:
        return empty, empty, np.empty(0), np.empty(0)
    if progress:
        progress("tokens", 0.0)
    ltoks = [tokens(s, left_extra[i] if left_extra else ()) for i, s in enumerate(left)]
    rtoks = [tokens(s, right_extra[i] if right_extra else ()) for i, s in enumerate(right)]
    if progress:
        progress("index", 0.3)
    lids, rids, penalty = _vocabulary(ltoks, rtoks)
    n_tok = len(penalty)
    df = np.zeros(n_tok, dtype=np.float64)
    for toks, ids in ((ltoks, lids), (rtoks, rids)):
        flat = np.fromiter((ids[t.key] for ts in toks for t in ts), dtype=np.int64)
        df += np.bincount(flat, minlength=n_tok)
    n = n_left + n_right
    idf = np.log((n + 1) / (df + 1)) + 1.0
    L = _sparse(ltoks, lids, idf, penalty)
    R = _sparse(rtoks, rids, idf, penalty)
    if progress:
        progress("candidates", 0.5)
    keys, dot = _candidates(L, R, n_tok, n_left, n_right, settings.budget)
    if keys.size == 0:
        return empty, empty, np.empty(0), np.empty(0)
    li = keys // n_right
    ri = keys % n_right
    denom = L.norm[li] * R.norm[ri]
    cos = np.where(denom > 0, dot / np.maximum(denom, 1e-12), 0.0)
    cos = np.clip(cos, 0.0, 1.0)
    if progress:
        progress("context", 0.8)
    ctx = _context(keys, cos, n_right)
    return li, ri, cos, cos + settings.context * ctx


def _context(keys: np.ndarray, cos: np.ndarray, n_right: int) -> np.ndarray:
    """Mean score of the two diagonal neighbours (l-1, r-1) and (l+1, r+1), 0 if absent."""
    out = np.zeros(cos.size)
    for delta in (-(n_right + 1), n_right + 1):
        want = keys + delta
        pos = np.searchsorted(keys, want)
        pos_c = np.minimum(pos, keys.size - 1)
        hit = keys[pos_c] == want
        # a neighbour across a row boundary is not a diagonal neighbour
        out[hit] += cos[pos_c[hit]]
    return out / 2.0


def _best(primary: np.ndarray, score: np.ndarray, n: int) -> np.ndarray:
    """Index (into the pair arrays) of the best-scoring pair per ``primary`` value, or -1."""
    order = np.lexsort((-score, primary))
    first = np.ones(order.size, dtype=bool)
    first[1:] = primary[order][1:] != primary[order][:-1]
    best = np.full(n, -1, dtype=np.int64)
    best[primary[order][first]] = order[first]
    return best


def select(
    li: np.ndarray,
    ri: np.ndarray,
    cos: np.ndarray,
    eff: np.ndarray,
    n_left: int,
    n_right: int,
    settings: Settings = Settings(),
) -> list[Pair]:
    """Keep each sentence's best partner (both directions) when it clears the threshold.

    A best partner whose own best lies elsewhere is kept only when its score is strong on
    its own, or close to that partner's best: this lets a sentence that the other side
    split link to both halves, while a weak second choice is kept out.
    """
    if li.size == 0:
        return []
    ok = cos >= settings.threshold
    best_l = _best(li, np.where(ok, eff, -1.0), n_left)
    best_r = _best(ri, np.where(ok, eff, -1.0), n_right)
    chosen: set[int] = set()
    for arr in (best_l, best_r):
        for k in arr[arr >= 0].tolist():
            if ok[k]:
                chosen.add(k)
    keep: list[Pair] = []
    for k in sorted(chosen):
        l, r = int(li[k]), int(ri[k])
        mutual = best_l[l] == k and best_r[r] == k
        if not mutual:
            other = best_r[r] if best_l[l] == k else best_l[l]
            rival = eff[other] if other >= 0 else 0.0
            if cos[k] < settings.strong and eff[k] < 0.8 * rival:
                continue
        keep.append(Pair(l, r, float(min(1.0, cos[k]))))
    return keep


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

    This is the callable the shared alignment scorer uses
    (``--callable reader.align:align_sentences``).
    """
    pairs = align_pairs(
        left, right, left_extra=left_extra, right_extra=right_extra,
        settings=settings, progress=progress, **overrides,
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
    **overrides: float,
) -> list[Pair]:
    """Like :func:`align_sentences` but with scores."""
    s = settings or Settings()
    if overrides:
        s = Settings(**{**{f: getattr(s, f) for f in s.__dataclass_fields__}, **overrides})  # type: ignore[arg-type]
    li, ri, cos, eff = score_pairs(
        left, right, left_extra=left_extra, right_extra=right_extra, settings=s, progress=progress
    )
    pairs = select(li, ri, cos, eff, len(left), len(right), s)
    if progress:
        progress("done", 1.0)
    return pairs


def group(pairs: Sequence[Pair]) -> list[tuple[tuple[int, ...], tuple[int, ...], float]]:
    """Gather pairs into links without inventing pairs.

    A sentence linked to several partners that have no other partner becomes one
    one-to-many link; pairs inside a many-to-many tangle stay separate links, so that the
    cross product of every link is exactly the set of chosen pairs.
    """
    by_left: dict[int, list[Pair]] = defaultdict(list)
    by_right: dict[int, list[Pair]] = defaultdict(list)
    for p in pairs:
        by_left[p.left].append(p)
        by_right[p.right].append(p)
    used: set[tuple[int, int]] = set()
    links: list[tuple[tuple[int, ...], tuple[int, ...], float]] = []
    for r, ps in by_right.items():  # many left -> one right
        if len(ps) > 1 and all(len(by_left[p.left]) == 1 for p in ps):
            links.append((tuple(sorted(p.left for p in ps)), (r,), max(p.score for p in ps)))
            used.update((p.left, p.right) for p in ps)
    for l, ps in by_left.items():  # one left -> many right
        rest = [p for p in ps if (p.left, p.right) not in used]
        if len(rest) > 1 and all(len(by_right[p.right]) == 1 for p in rest):
            links.append(((l,), tuple(sorted(p.right for p in rest)), max(p.score for p in rest)))
            used.update((p.left, p.right) for p in rest)
    for p in pairs:
        if (p.left, p.right) not in used:
            links.append(((p.left,), (p.right,), p.score))
    links.sort(key=lambda x: (min(x[0]), min(x[1])))
    return links
