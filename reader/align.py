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
* Where a text was rewritten in order but with many splits and merges (a plain-language
  version), take the heaviest order-keeping chain of weak pairs instead: there the
  position of a pair vouches for the words the rewrite changed.  Whether a text is such
  a rewrite is measured, not assumed (the chain must gain far more than in shuffled order).

The public entry point for benchmarks is :func:`align_sentences` (lists of strings in,
``(left_index, right_index)`` pairs out).
"""

from __future__ import annotations

import itertools
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
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not now of off on once only
    or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves said says say told tell unto upon thee thou thy thine ye hath
    shall hast doth also may might must us one der die das den dem des ein eine einer eines
    einem einen und oder aber auch nicht ist sind war waren wird werden wurde wurden hat
    haben hatte hatten sein seine ihr ihre es sie er wir ich du man mit von zu zum zur im in
    an am auf aus bei nach vor für über unter durch als wie wenn dass so noch nur schon sehr
    kann können muss le la les un une des du de et ou mais est sont dans pour par sur avec
    que qui el los las y o en por para con que es son
    """.split()
)

# Month and weekday abbreviations map to one token so "Dec." meets "December".
_ALIASES = {
    "jan": "january",
    "feb": "february",
    "mar": "march",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "sat": "saturday",
    "sun": "sunday",
    "u.s": "us",
    "usa": "us",
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


# A token is (key, weight): the weight multiplies the IDF (numbers and names say more).
# Plain tuples, not objects: a book has millions of them.
Token = tuple[str, float]


_NAME_RUN = re.compile(r"(?:\b[A-Z][a-z]+(?:\s+(?:of|for|and|the|de)\s+|\s+)){1,5}[A-Z][a-z]+\b")

# Country and demonym share one token: "France" meets "French", "Mexico" meets "Mexican".
# A general fact of the language, not of one article; stems are the tokens' 7-letter stems.
_PLACES = {
    "french": "france",
    "mexican": "mexico",
    "american": "america",
    "german": "germany",
    "british": "britain",
    "brazili": "brazil",
    "chinese": "china",
    "russian": "russia",
    "japanes": "japan",
    "italian": "italy",
    "spanish": "spain",
    "indian": "india",
    "canadia": "canada",
    "austral": "austral",
    "ukraini": "ukraine",
    "israeli": "israel",
    "iranian": "iran",
    "iraqi": "iraq",
    "syrian": "syria",
    "turkish": "turkey",
    "egyptia": "egypt",
    "greek": "greece",
    "dutch": "netherl",
    "swedish": "sweden",
    "polish": "poland",
    "europea": "europe",
    "african": "africa",
    "asian": "asia",
    "korean": "korea",
    "afghan": "afghani",
    "pakista": "pakista",
    "palesti": "palesti",
    "deutsch": "deutsch",
    "französ": "frankre",
    "amerika": "amerika",
}


_WORDS: dict[str, tuple[str, float, bool]] = {}
_TWO_CAPS = re.compile(r"[A-Z][a-z]+\s+(?:(?:of|for|and|the|de)\s+)?[A-Z][a-z]")


def _word(raw: str) -> tuple[str, float, bool]:
    """(key, weight, capitalised) of one word; key "" for a stop word.  Cached by caller:
    a book has some 15,000 distinct words, so each is folded and stemmed once."""
    low = fold(raw).replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    low = _ALIASES.get(low, low)
    acronym = len(raw) >= 2 and raw.isupper() and raw.isalpha()
    if low in STOPWORDS and not acronym:
        return "", 0.0, False
    if raw[0].isdigit():
        return low.replace(",", ""), 1.6, False
    if len(low) < 2:
        return "", 0.0, False
    key = stem(low)
    return _PLACES.get(key, key), (1.3 if acronym else 1.0), raw[0].isupper()


def tokens(text: str, extra: Sequence[str] = ()) -> list[Token]:
    """Content tokens of one sentence (duplicates removed), plus ``extra`` fact keys.

    Upper-case acronyms are kept even when they spell a stop word ("US"), and a run of
    capitalised words also yields its initials, so "United States" meets "US" and
    "National Security Agency" meets "NSA".
    """
    out: dict[str, float] = {}
    first = True
    for raw in _TOKEN.findall(text):
        hit = _WORDS.get(raw)
        if hit is None:
            hit = _WORDS[raw] = _word(raw)
        key, weight, capital = hit
        if key:
            # capitalised inside a sentence: probably a name
            w = 1.3 if capital and not first else weight
            if out.get(key, 0.0) < w:
                out[key] = w
        first = False
    for key in extra:
        out.setdefault(key, 1.6)
    toks = list(out.items())
    if _TWO_CAPS.search(text):  # initials go last, so a check of the last token finds them
        for m in _NAME_RUN.finditer(text):
            initials = "".join(w[0] for w in m.group().split() if w[0].isupper()).lower()
            if len(initials) >= 2 and initials not in out:
                toks.append(("^" + initials, 1.3))  # kept only if the acronym is used
    return toks


def _resolve_initials(*sides: list[list[Token]]) -> None:
    """Turn "^nsa" (initials of a capitalised run) into "nsa" where some sentence uses
    the acronym NSA itself; drop it elsewhere, so "Le Monde" does not invent "lm"."""
    flagged = [(side, i) for side in sides for i, ts in enumerate(side) if ts and ts[-1][0][0] == "^"]
    if not flagged:
        return
    used = {k for side in sides for ts in side for k, _ in ts if k[0] != "^"}
    for side, i in flagged:
        side[i] = [(k[1:], w) if k[0] == "^" else (k, w) for k, w in side[i] if k[0] != "^" or k[1:] in used]


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
    left_keys = {k for toks in left for k, _ in toks}
    right_keys = {k for toks in right for k, _ in toks}
    ids: dict[str, int] = {}
    for key in sorted(left_keys | right_keys):
        ids[key] = len(ids)
    left_ids = {k: ids[k] for k in left_keys}
    right_ids = {k: ids[k] for k in right_keys}
    penalty = np.ones(len(ids), dtype=np.float64)

    def words(keys: set[str]) -> list[str]:
        # sorted: set order varies with the hash seed, and ties must break the same way
        return sorted(k for k in keys if len(k) >= 5 and not k[0].isdigit() and not k.startswith("@"))

    # a word found on one side only may be a variant spelling of a word of the other side
    for lk, rk, sim in _fuzzy_pairs(words(left_keys - right_keys), words(right_keys)):
        left_ids[lk] = right_ids[rk]
        penalty[right_ids[rk]] = min(penalty[right_ids[rk]], sim)
    for rk, lk, sim in _fuzzy_pairs(words(right_keys - left_keys), words(left_keys)):
        if rk in right_keys - left_keys and right_ids[rk] == ids[rk]:
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
            tok[k] = ids[t[0]]
            boost[k] = t[1]
            k += 1
    weight = idf[tok] * boost * penalty[tok]
    order = np.argsort(tok, kind="stable")
    sent, tok, weight = sent[order], tok[order], weight[order]
    norm = np.sqrt(np.bincount(sent, weights=weight * weight, minlength=len(toks)))
    return _Sparse(sent, tok, weight, norm)


def _unique(x: np.ndarray) -> np.ndarray:
    """Sorted unique values; numpy 2's hash-based ``np.unique`` is several times slower
    on millions of int64 keys than a plain sort."""
    if x.size == 0:
        return x
    x = np.sort(x)
    return x[np.r_[True, x[1:] != x[:-1]]]


def _isin_sorted(x: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """``np.isin`` for a sorted, unique ``sorted_keys``, by binary search."""
    if sorted_keys.size == 0:
        return np.zeros(x.size, dtype=bool)
    pos = np.minimum(np.searchsorted(sorted_keys, x), sorted_keys.size - 1)
    return sorted_keys[pos] == x


def _candidates(
    L: _Sparse, R: _Sparse, n_tokens: int, n_right: int, budget: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Dot products of the sentence pairs worth scoring, and how many words they share.

    Tokens are taken rarest first until the number of generated pairs would pass
    ``budget``.  The words that did not propose only add to the dot products.
    Returns (keys = l * n_right + r, dot products, number of shared tokens).
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
    all_keys = _unique(keys)
    if all_keys.size == 0:
        return all_keys, np.empty(0), np.empty(0, np.int64)
    pos = np.searchsorted(all_keys, keys)
    dot = np.bincount(pos, weights=dots, minlength=all_keys.size)
    shared = np.bincount(pos, minlength=all_keys.size)
    common = (~proposing) & (cost > 0)
    if common.any():
        ck, cd = _cross_restricted(L, R, common, all_keys, n_right)
        if ck.size:
            p2 = np.searchsorted(all_keys, ck)
            dot += np.bincount(p2, weights=cd, minlength=all_keys.size)
            shared += np.bincount(p2, minlength=all_keys.size)
    return all_keys, dot, shared


def _cross(
    L: _Sparse, R: _Sparse, cl: np.ndarray, cr: np.ndarray, mask: np.ndarray, n_right: int
) -> tuple[np.ndarray, np.ndarray]:
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


def _cross_restricted(
    L: _Sparse, R: _Sparse, mask: np.ndarray, pairs: np.ndarray, n_right: int
) -> tuple[np.ndarray, np.ndarray]:
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
    if r_sent.size == 0:
        return np.empty(0, np.int64), np.empty(0)
    # look each (right sentence, token) up in the right side's entries
    common = np.flatnonzero(mask)
    if n_right * common.size <= _TABLE_CELLS_PER_QUERY * total:
        pos_c = _lookup_table(r_sent, r_tok, common, mask.size, pr[pi], l_tok[li], n_right)
        hit = pos_c >= 0
    else:  # many common tokens and few pairs: a binary search per query is cheaper
        n_tok = int(max(L.tok.max(initial=0), R.tok.max(initial=0))) + 1
        r_key = r_sent.astype(np.int64) * n_tok + r_tok
        want = pr[pi].astype(np.int64) * n_tok + l_tok[li]
        pos_c = np.minimum(np.searchsorted(r_key, want), r_key.size - 1)
        hit = r_key[pos_c] == want
    return pairs[pi[hit]], l_w[li[hit]] * r_w[pos_c[hit]]


_TABLE_CELLS_PER_QUERY = 8  # a lookup table pays when it is not much larger than the queries
_TABLE_CHUNK = 4_000_000  # cells of the table built at a time (16 MB)


def _lookup_table(
    r_sent: np.ndarray,
    r_tok: np.ndarray,
    common: np.ndarray,
    n_tokens: int,
    q_sent: np.ndarray,
    q_tok: np.ndarray,
    n_right: int,
) -> np.ndarray:
    """Index of the right entry (sentence, token) for each query, or -1.

    A dense table (right sentence x common token) of entry indexes, built a block of
    sentences at a time: millions of random binary searches in a large sorted array
    miss the cache at every step, a table lookup misses once.
    """
    col = np.full(n_tokens, -1, dtype=np.int32)
    col[common] = np.arange(common.size, dtype=np.int32)
    n_col = max(1, common.size)
    q_col = col[q_tok]
    out = np.full(q_sent.size, -1, dtype=np.int32)
    rows = max(1, _TABLE_CHUNK // n_col)
    for r0 in range(0, n_right, rows):
        r1 = min(n_right, r0 + rows)
        table = np.full((r1 - r0, n_col), -1, dtype=np.int32)
        in_r = (r_sent >= r0) & (r_sent < r1)
        table[r_sent[in_r] - r0, col[r_tok[in_r]]] = np.flatnonzero(in_r)
        q = (q_sent >= r0) & (q_sent < r1)
        out[q] = table[q_sent[q] - r0, q_col[q]]
    return out


# ---------------------------------------------------------------------------------------
# selection


@dataclass(frozen=True, slots=True)
class Settings:
    """Thresholds of the aligner (cosine in [0, 1])."""

    threshold: float = 0.19  # a best partner must score at least this
    strong: float = 0.5  # above this a link needs no further evidence
    min_shared: int = 3  # below this many shared words a pair counts half, unless strong
    grow: float = 0.12  # lower threshold for a sentence next to a linked one (0 = off)
    context: float = 0.3  # weight of the order preference (offset support) in ranking
    window: int = 25  # sentences on each side that vote for an offset
    ordered: float = 0.25  # median offset support above which a text counts as in order
    gap: int = 3  # in a text in order, gaps of up to this many sentences are paired up
    local: float = 0.3  # in a text in order, the offset support a link needs ...
    identical: float = 0.8  # ... unless its sentences are nearly identical
    vote: float = 0.3  # a candidate votes for its offset when it scores at least this
    budget: int = 25  # candidate pairs per sentence that rare tokens may propose (min 200,000)
    local_from: int = 2_000  # from this many sentences in all, add candidates near the local offset
    refine_limit: int = 50_000  # rescore long-vs-short pairs by clause windows up to this many
    window_factor: float = 0.9  # a window match counts a little less than a whole-sentence one
    chain: float = 0.1  # in a text rewritten in order, a pair on the order-keeping chain needs this
    chain_order: float = 1.3  # ... where the chain gains this many times more than in shuffled order
    chain_min: int = 6  # ... and at least this many of its pairs clear the plain threshold
    chain_limit: int = 50_000  # the chain is looked for up to this many candidate pairs


@dataclass(frozen=True, slots=True)
class Scores:
    """Candidate pairs and their scores, parallel arrays sorted by (left, right)."""

    li: np.ndarray  # left sentence index
    ri: np.ndarray  # right sentence index
    cos: np.ndarray  # weighted cosine, halved when the pair shares too few words
    raw: np.ndarray  # weighted cosine as is
    eff: np.ndarray  # cos plus the order preference (offset support)


def score_pairs(
    left: Sequence[str],
    right: Sequence[str],
    *,
    left_extra: Sequence[Sequence[str]] | None = None,
    right_extra: Sequence[Sequence[str]] | None = None,
    settings: Settings = Settings(),
    progress: Progress | None = None,
) -> Scores:
    """Candidate pairs with their scores."""
    n_left, n_right = len(left), len(right)
    empty = np.empty(0, np.int64)
    if not n_left or not n_right:
        return Scores(empty, empty, np.empty(0), np.empty(0), np.empty(0))
    if progress:
        progress("tokens", 0.0)
    ltoks = [tokens(s, left_extra[i] if left_extra else ()) for i, s in enumerate(left)]
    rtoks = [tokens(s, right_extra[i] if right_extra else ()) for i, s in enumerate(right)]
    _resolve_initials(ltoks, rtoks)
    if progress:
        progress("index", 0.3)
    lids, rids, penalty = _vocabulary(ltoks, rtoks)
    n_tok = len(penalty)
    df = np.zeros(n_tok, dtype=np.float64)
    for toks, ids in ((ltoks, lids), (rtoks, rids)):
        flat = np.fromiter((ids[k] for ts in toks for k, _ in ts), dtype=np.int64)
        df += np.bincount(flat, minlength=n_tok)
    n = n_left + n_right
    idf = np.log((n + 1) / (df + 1)) + 1.0
    L = _sparse(ltoks, lids, idf, penalty)
    R = _sparse(rtoks, rids, idf, penalty)
    if progress:
        progress("candidates", 0.5)
    if settings.budget > 10_000:
        raise ValueError("Settings.budget is candidate pairs per sentence (default 25), not a total")
    budget = max(200_000, settings.budget * (n_left + n_right))
    keys, dot, shared = _candidates(L, R, n_tok, n_right, budget)
    if keys.size and n_left + n_right > settings.local_from:
        # second pass: near the offset of the nearest confident links, propose the pairs
        # that rare words missed (verses made of common words)
        extra = _local_keys(
            keys, dot / np.maximum(L.norm[keys // n_right] * R.norm[keys % n_right], 1e-12), n_left, n_right
        )
        extra = extra[~_isin_sorted(extra, keys)]  # keys is sorted and unique
        if extra.size:
            every = np.ones(n_tok, dtype=bool)
            ek, ed = _cross_restricted(L, R, every, extra, n_right)
            pos = np.searchsorted(extra, ek)
            edot = np.bincount(pos, weights=ed, minlength=extra.size)
            eshared = np.bincount(pos, minlength=extra.size)
            keys = np.concatenate([keys, extra])
            order = np.argsort(keys, kind="stable")
            keys = keys[order]
            dot = np.concatenate([dot, edot])[order]
            shared = np.concatenate([shared, eshared])[order]
    li = keys // n_right
    ri = keys % n_right
    denom = L.norm[li] * R.norm[ri]
    cos = np.where(denom > 0, dot / np.maximum(denom, 1e-12), 0.0)
    cos = np.clip(cos, 0.0, 1.0)
    raw = cos
    # too little evidence: fewer shared words than min_shared, unless nearly identical
    cos = np.where((shared >= settings.min_shared) | (cos >= settings.strong), cos, cos * 0.5)
    if keys.size <= settings.refine_limit:
        cos = _refine_windows(li, ri, cos, left, right, lids, rids, idf * penalty, settings.window_factor)
    if progress:
        progress("context", 0.8)
    ctx = _support(li, ri, cos, settings.window, settings.vote)
    return Scores(li, ri, cos, raw, cos + settings.context * ctx)


_CLAUSE = re.compile(r"[,;:()\[\]\"“”–—]+|\s-\s|\s(?=(?:and|but|while|which|who|according)\s)")


def _refine_windows(
    li: np.ndarray,
    ri: np.ndarray,
    cos: np.ndarray,
    left: Sequence[str],
    right: Sequence[str],
    lids: dict[str, int],
    rids: dict[str, int],
    weight: np.ndarray,
    factor: float,
) -> np.ndarray:
    """Rescore pairs of a short and a much longer sentence by the best clause window.

    A run-on sentence (two sentences with a lost full stop) or a long sentence that
    merges several facts dilutes the cosine of its true partner; comparing the short
    sentence with each run of clauses of the long one recovers it.  Python-level, so only
    for inputs whose candidate list is small (news articles, not books).
    """
    cache: dict[tuple[int, int], dict[int, float]] = {}

    def vec(side: int, idx: int) -> dict[int, float]:
        key = (side, idx)
        if key not in cache:
            ids = lids if side == 0 else rids
            text = left[idx] if side == 0 else right[idx]
            cache[key] = {ids[k]: weight[ids[k]] * w for k, w in tokens(text) if k in ids}
        return cache[key]

    def windows(side: int, idx: int, size: int) -> list[dict[int, float]]:
        ids = lids if side == 0 else rids
        text = left[idx] if side == 0 else right[idx]
        clauses = [c for c in _CLAUSE.split(text) if c and c.strip()]
        vecs = [{ids[k]: weight[ids[k]] * w for k, w in tokens(c) if k in ids} for c in clauses]
        out = []
        for a in range(len(vecs)):
            acc: dict[int, float] = {}
            for b in range(a, len(vecs)):
                acc = {**acc, **vecs[b]}
                if len(acc) >= size // 2:
                    out.append(acc)
                if len(acc) >= 2 * size:
                    break
        return out

    def cosine(x: dict[int, float], y: dict[int, float]) -> float:
        dot = sum(v * y[k] for k, v in x.items() if k in y)
        nx = sum(v * v for v in x.values())
        ny = sum(v * v for v in y.values())
        return dot / ((nx * ny) ** 0.5) if nx and ny else 0.0

    out = cos.copy()
    for k in range(cos.size):
        a, b = int(li[k]), int(ri[k])
        va, vb = vec(0, a), vec(1, b)
        if min(len(va), len(vb)) < 10:
            continue  # a window of a few words against a short sentence is noise
        if len(va) >= 2 * len(vb) and len(va) >= 24:
            short, long_side, long_idx = vb, 0, a
        elif len(vb) >= 2 * len(va) and len(vb) >= 24:
            short, long_side, long_idx = va, 1, b
        else:
            continue
        best = max((cosine(short, w) for w in windows(long_side, long_idx, len(short))), default=0.0)
        out[k] = max(out[k], factor * best)
    return out


def _local_keys(keys: np.ndarray, cos: np.ndarray, n_left: int, n_right: int) -> np.ndarray:
    """Candidate keys at the offsets of each sentence's nearest confident links.

    Confident: the best partner of its left sentence with a cosine of 0.4 or more.  For
    every left sentence we take the offsets (r - l) of the nearest such link before and
    after it, and propose r = l + offset - 1 .. l + offset + 1.
    """
    li = keys // n_right
    ri = keys % n_right
    best = _best(li, cos, n_left)
    anchors = best[best >= 0]
    anchors = anchors[cos[anchors] >= 0.4]
    if anchors.size < 2:
        return np.empty(0, np.int64)
    al = li[anchors]
    ad = ri[anchors] - al
    ls = np.arange(n_left)
    after = np.minimum(np.searchsorted(al, ls), al.size - 1)
    before = np.maximum(after - 1, 0)
    out = []
    for d in (ad[before], ad[after]):
        for delta in (-1, 0, 1):
            r = ls + d + delta
            ok = (r >= 0) & (r < n_right)
            out.append(ls[ok].astype(np.int64) * n_right + r[ok])
    return _unique(np.concatenate(out))


def _support(li: np.ndarray, ri: np.ndarray, cos: np.ndarray, window: int, floor: float) -> np.ndarray:
    """Share of nearby sentences whose candidates keep this pair's offset (r - l).

    A text that keeps its order (or keeps it within chapters, however they are shuffled)
    links neighbouring sentences with the same offset; a repeated passage elsewhere has
    another offset, and few neighbours vote for it.  Votes are candidate pairs scoring at
    least ``floor``, counted in ``window`` sentences before and after (the better of the
    two sides counts) and +-1 in offset, with sorted keys and ``searchsorted``.
    """
    vote = cos >= floor
    d = (ri - li).astype(np.int64)
    span = int(li.max(initial=0)) + 2 * window + 2
    # each vote counts for its offset and the two next to it: replicate it once, so
    # one query per pair (4 binary searches) counts offsets d-1..d+1 together
    dv, lv = d[vote], li[vote]
    vkeys = np.sort(np.concatenate([(dv + delta) * span + lv + window for delta in (-1, 0, 1)]))
    base = d * span + li + window
    before = np.searchsorted(vkeys, base, "left") - np.searchsorted(vkeys, base - window, "left")
    after = np.searchsorted(vkeys, base + window, "right") - np.searchsorted(vkeys, base, "right")
    # the better side: a sentence at the edge of a moved chapter has neighbours on one side
    return np.minimum(np.maximum(before, after) / window, 1.0)


def _best(primary: np.ndarray, score: np.ndarray, n: int, order: np.ndarray | None = None) -> np.ndarray:
    """Index (into the pair arrays) of the best-scoring pair per ``primary`` value, or -1.

    ``order`` sorts ``primary`` (None when it is sorted already, as the left indexes are);
    a group maximum by ``reduceat`` avoids sorting millions of scores.
    """
    idx = np.arange(primary.size) if order is None else order
    p = primary[idx]
    sc = score[idx]
    if p.size == 0:
        return np.full(n, -1, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, p[1:] != p[:-1]])
    gmax = np.maximum.reduceat(sc, starts)
    counts = np.diff(np.r_[starts, p.size])
    is_max = sc == np.repeat(gmax, counts)
    hits = np.flatnonzero(is_max)
    first = np.r_[True, p[hits][1:] != p[hits][:-1]]
    best = np.full(n, -1, dtype=np.int64)
    best[p[hits[first]]] = idx[hits[first]]
    return best


def select(scores: Scores, n_left: int, n_right: int, settings: Settings = Settings()) -> list[Pair]:
    """Keep each sentence's best partner (in both directions) when it clears the threshold.

    Taking the best in *both* directions is what yields many-to-one links (a wire story
    that condenses three sentences into one is the best partner of each of the three)
    and one-to-many links (a sentence split in two is the best partner of both halves);
    a sentence whose best partner scores below the threshold stays unique.

    Two kinds of text keep their order and get more from it: one whose links keep a
    steady offset (a translation, a Bible verse by verse: see ``_support``), and one
    rewritten in order with many splits and merges, where the offset drifts (a
    plain-language rewrite: see ``_chain``).
    """
    li, ri, cos, eff = scores.li, scores.ri, scores.cos, scores.eff
    if li.size == 0:
        return []
    ok = cos >= settings.threshold
    score = np.where(ok, eff, -1.0)
    chosen: set[int] = set()
    by_right = np.argsort(ri, kind="stable")
    for arr in (_best(li, score, n_left), _best(ri, score, n_right, by_right)):
        chosen.update(k for k in arr[arr >= 0].tolist() if ok[k])
    chosen = _untangle(li, ri, eff, chosen)
    support = (eff - cos) / settings.context if settings.context > 0 else np.zeros(cos.size)
    ordered = bool(chosen) and float(np.median(support[list(chosen)])) >= settings.ordered
    if ordered:
        # the text keeps its order (at least locally): a link far off the local offset
        # must be strong on its own, and small gaps between links are filled
        chosen = {k for k in chosen if support[k] >= settings.local or cos[k] >= settings.identical}
    else:
        chain = _drifting_chain(scores, n_right, settings)
        if chain is not None:
            # off the chain only a confident link stays (a moved sentence, not a rewrite)
            return _pairs(scores, _with_chain(scores, chain, chosen, settings))
    if settings.grow > 0:
        chosen |= _grow(li, ri, cos, chosen, n_left, n_right, settings.grow, by_right)
    pairs = _pairs(scores, chosen)
    return (pairs + _gap_pairs(li, ri, chosen, settings.gap)) if ordered else pairs


def _pairs(scores: Scores, chosen: set[int]) -> list[Pair]:
    return [
        Pair(int(scores.li[k]), int(scores.ri[k]), float(min(1.0, scores.cos[k]))) for k in sorted(chosen)
    ]


def _with_chain(scores: Scores, chain: list[int], chosen: set[int], settings: Settings) -> set[int]:
    """The chain plus the confident links off it; a weak chain pair gives way to those.

    A rewrite in order still moves a sentence now and then: such a link is confident
    (``settings.strong``) but off the chain.  It stays, and a chain pair that shares a
    sentence with it stays only if it is no weaker than the plain threshold.
    """
    on = set(chain)
    off = {k for k in chosen - on if scores.cos[k] >= settings.strong}
    taken_l = {int(scores.li[k]) for k in off}
    taken_r = {int(scores.ri[k]) for k in off}
    weak = {
        k
        for k in on
        if scores.cos[k] < settings.threshold
        and (int(scores.li[k]) in taken_l or int(scores.ri[k]) in taken_r)
    }
    return (on - weak) | off


def _chain(li: np.ndarray, ri: np.ndarray, gain: np.ndarray, n_right: int) -> tuple[float, list[int]]:
    """The order-keeping chain of pairs with the largest total gain: (gain, pair indexes).

    Order-keeping means weakly increasing on both sides, so one sentence may link to
    several neighbours of the other side (a split or a merge) but never cross a link.
    Only pairs with positive gain take part.  Pairs are visited by (left, right), and a
    Fenwick tree over the right index gives the best chain ending at or before each
    right sentence: O(k log n) for k pairs.
    """
    idx = np.flatnonzero(gain > 0)
    idx = idx[np.lexsort((ri[idx], li[idx]))]
    tree = [0.0] * (n_right + 1)
    tree_at = [-1] * (n_right + 1)
    back: dict[int, int] = {}
    top, top_at = 0.0, -1
    for k, r, g in zip(idx.tolist(), (ri[idx] + 1).tolist(), gain[idx].tolist(), strict=True):
        best, at, x = 0.0, -1, r
        while x > 0:
            if tree[x] > best:
                best, at = tree[x], tree_at[x]
            x -= x & -x
        total = best + g
        back[k] = at
        if total > top:
            top, top_at = total, k
        x = r
        while x <= n_right:
            if total > tree[x]:
                tree[x], tree_at[x] = total, k
            x += x & -x
    out = []
    while top_at != -1:
        out.append(top_at)
        top_at = back[top_at]
    return top, out[::-1]


def _drifting_chain(scores: Scores, n_right: int, settings: Settings) -> list[int] | None:
    """The chain of a text rewritten in order whose offset drifts, or None if it is not one.

    A plain-language rewrite splits one sentence into three and drops others, so the
    offset between partners drifts and offset support sees no order; but the sentences
    still come in the same order.  The test: the best order-keeping chain over weak
    pairs (raw cosine above ``settings.chain``) must gain ``chain_order`` times more than
    the same pairs give with the right side in a random order (three fixed shuffles).  A
    news rewrite that moves paragraphs scores about 1, a rewrite in order about 2.  On
    such a text a weak pair on the chain is a link: its position vouches for it.
    """
    li, ri = scores.li, scores.ri
    gain = scores.raw - settings.chain
    if settings.chain <= 0 or np.count_nonzero(gain > 0) > settings.chain_limit:
        return None
    total, chain = _chain(li, ri, gain, n_right)
    if np.count_nonzero(scores.cos[chain] >= settings.threshold) < settings.chain_min:
        return None  # too few confident pairs to anchor it: the order may be chance
    rng = np.random.default_rng(0)  # fixed: the same texts always align the same way
    shuffled = [_chain(li, rng.permutation(n_right)[ri], gain, n_right)[0] for _ in range(3)]
    if total < settings.chain_order * float(np.mean(shuffled)):
        return None
    return chain


def _gap_pairs(li: np.ndarray, ri: np.ndarray, chosen: set[int], gap: int) -> list[Pair]:
    """Pairs inside small gaps between two links with the same offset (see select).

    Between (l1, r1) and (l2, r2) with l2 - l1 == r2 - r1 <= gap + 1 and nothing linked
    inside, the sentences pair up one to one: a verse rendered with other words still
    sits between the same two neighbours.  Such a pair may not be a candidate at all (no
    word in common), so it is made here with the score 0.
    """
    if gap <= 0 or not chosen:
        return []
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
    return out


def _untangle(li: np.ndarray, ri: np.ndarray, eff: np.ndarray, chosen: set[int]) -> set[int]:
    """Drop cross-links: a pair whose two sentences are both linked elsewhere.

    A split gives one sentence several partners, a merge the other way round, but a pair
    whose *both* ends have other partners is almost always a repeated passage or a
    neighbour's words matched by accident.  Weakest first, so of a tangle the strongest
    links stay.
    """
    n_l: dict[int, int] = defaultdict(int)
    n_r: dict[int, int] = defaultdict(int)
    for k in chosen:
        n_l[int(li[k])] += 1
        n_r[int(ri[k])] += 1
    tangled = [k for k in chosen if n_l[int(li[k])] > 1 and n_r[int(ri[k])] > 1]
    keep = set(chosen)
    for k in sorted(tangled, key=lambda k: eff[k]):
        a, b = int(li[k]), int(ri[k])
        if n_l[a] > 1 and n_r[b] > 1:
            keep.discard(k)
            n_l[a] -= 1
            n_r[b] -= 1
    return keep


def _grow(
    li: np.ndarray,
    ri: np.ndarray,
    cos: np.ndarray,
    chosen: set[int],
    n_left: int,
    n_right: int,
    low: float,
    by_right: np.ndarray,
) -> set[int]:
    """Extend links along runs: a sentence split into several keeps them side by side.

    An unlinked sentence joins the partner of its neighbour when that partner is also its
    own best candidate and their score clears the lower threshold ``low``: the evidence
    of the neighbour's link stands in for the words that the rewrite changed.
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
    best_for_r = _best(ri, cos, n_right, by_right)
    best_for_l = _best(li, cos, n_left)
    for side_best, linked, other, partners in (
        (best_for_r, linked_r, li, partners_r),
        (best_for_l, linked_l, ri, partners_l),
    ):
        for x in np.nonzero(~linked & (side_best >= 0))[0].tolist():
            k = int(side_best[x])
            if cos[k] < low:
                continue
            y = int(other[k])
            if y in partners.get(x - 1, ()) or y in partners.get(x + 1, ()):
                added.add(k)
    return added


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
        left,
        right,
        left_extra=left_extra,
        right_extra=right_extra,
        settings=settings,
        progress=progress,
        **overrides,
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
    scores = score_pairs(
        left, right, left_extra=left_extra, right_extra=right_extra, settings=s, progress=progress
    )
    pairs = select(scores, len(left), len(right), s)
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
