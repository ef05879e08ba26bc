"""When a name is spelled two ways: in one link, and across two whole articles.

Names are compared word by word for near spellings ("Rifkin"/"Rivkin", the rule is
:func:`reader.textnorm.near_spelling`), after folding accents and setting aside word
forms ("Mexico"/"Mexican").  Each name fact lists the near spellings its own article
uses elsewhere (``alternatives``, from :mod:`reader.facts.document`), so two different
people with similar names (both spellings on both sides) are never reported.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from rapidfuzz.distance import OSA

from reader.facts.namewords import content_tokens, spell_word, spell_words, strip_possessive
from reader.facts.tables import WS
from reader.lang import NAME_CONNECTORS, TITLES
from reader.model import Difference, Fact
from reader.textnorm import fold, near_spelling, related_forms, transliteration


def _name_words(facts: list[Fact]) -> dict[str, tuple[str, Fact]]:
    out: dict[str, tuple[str, Fact]] = {}
    for f in facts:
        if f.kind != "name":
            continue
        for part in WS.split(f.text):
            w = spell_word(part)
            if w and w not in out:
                out[w] = (strip_possessive(part).strip(".,'’"), f)
    return out


def names_may_differ(left: list[Fact], right: list[Fact]) -> bool:
    """Does each side write a name word the other never does?  Without one on each side
    no spelling can conflict: the common case of two sentences naming the same people."""
    lw = {w for f in left if f.kind == "name" for w in spell_words(f.text)}
    rw = {w for f in right if f.kind == "name" for w in spell_words(f.text)}
    return not (lw <= rw or rw <= lw)


# endings of English words made from one root ("Racist" / "Racism", "Marxist" / "Marxism",
# "Islamic" / "Islamist"): capitalised in a headline they look like names
# endings of two forms of one word, of a derived noun or adjective ("Marxism"/"Marxist") or
# of a verb, capitalised in a headline's Title Case ("Obama To Nominate ...", "Obama
# Nominates ..." / "... Nominated for Surgeon General"): one name is not spelled with two
# such endings
_DERIVED = frozenset("ism isms ist ists ic ics ical ian ians ite ites e ed es s ing".split())


def _word_forms(a: str, b: str) -> bool:
    """Two forms of one root word, not a name spelled two ways?"""
    return any(
        a.endswith(x) and b.endswith(y) and a[: -len(x)] == b[: -len(y)] and x != y
        for x in _DERIVED
        for y in _DERIVED
    )


def name_diffs(left: list[Fact], right: list[Fact]) -> list[Difference]:
    lw, rw = _name_words(left), _name_words(right)
    out = []
    for fa, (a, af) in lw.items():
        if fa in rw:
            continue
        for fb, (b, bf) in rw.items():
            if fb in lw or not near_spelling(fa, fb) or _word_forms(fa, fb):
                continue
            # both spellings used on both sides: two people (or places), not one misspelt
            if fb in af.alternatives and fa in bf.alternatives:
                continue
            out.append(Difference("spelling", a, b, f"name spelled two ways: {a} vs {b}"))
    return out


@lru_cache(maxsize=65536)
def name_variant_text(a: str, b: str) -> bool:
    """Every word of one name is a word, a word form or a near spelling of the other's.

    Memoised on the two texts: a long text repeats its names in thousands of links."""
    wa, wb = content_tokens(a), content_tokens(b)
    if not wa or not wb:
        return False
    return all(
        any(x == y or related_forms(x, y) or near_spelling(x, y) or transliteration(x, y) for y in wb)
        for x in wa
    )


def _capitalised_words(doc: Sequence[Sequence[Fact]]) -> dict[str, tuple[int, str, frozenset[str]]]:
    """Each folded name word of five letters or more: its first sentence, its spelling
    and the other words of the full name that holds it there (:func:`_rest`)."""
    out: dict[str, tuple[int, str, frozenset[str]]] = {}
    for i, facts in enumerate(doc):
        for f in facts:
            if f.kind != "name":
                continue
            for raw in f.text.split():
                w = raw.strip(".,'’")
                if len(w) >= 5 and w[:1].isupper():
                    key = fold(w)
                    if key not in out:
                        out[key] = (i, w, _rest(f.text, raw))
    return out


# what the other words of a name may not be: titles and connectors
_NOT_REST = frozenset(TITLES) | frozenset(NAME_CONNECTORS)


@lru_cache(maxsize=8192)
def _rest(name: str, word: str) -> frozenset[str]:
    """The words of a full name besides one of them, titles and connectors left out
    (memoised: a name recurs in sentence after sentence)."""
    words = {fold(strip_possessive(w).strip(".,'’")) for w in name.split() if w != word}
    return frozenset(w for w in words if len(w) > 1 and w not in _NOT_REST)


def _two_bearers(rest_a: frozenset[str], rest_b: frozenset[str]) -> bool:
    """Two full names around the near words, with nothing else in common ("Andrea
    Kowalczyk" / "Andreas Mbeki", "Clean Harbour Pledge" / "Coastal Fishers Plodge"): two
    people or bodies whose names look alike, not one name misspelt.  A lone word on either
    side ("Kessler" / "Judge Kestler") may still be one bearer."""
    return bool(rest_a and rest_b and not rest_a & rest_b)


def _house_style(a: str, b: str) -> bool:
    """One name written with and without a hyphen ("Wal-Mart" / "Walmart"), or with a
    prefix before a hyphen ("R-Washington": a party and a state) is no other spelling."""
    return a.replace("-", "") == b.replace("-", "") or a.endswith("-" + b) or b.endswith("-" + a)


# From this many name-word pairs (about 5 ms of edit distances on one core) the screen runs
# on every core; the result is the same either way.
CDIST_THREADS_FROM = 100_000


def name_variants(
    left: Sequence[Sequence[Fact]], right: Sequence[Sequence[Fact]]
) -> list[tuple[int, int, Difference]]:
    """Names spelled two ways across two whole documents, wherever the sentences are.

    A name one article spells "Greenwald" and the other "Greenwal" is a discrepancy even
    when the two sentences tell different things and are never linked.  Only words that
    one document never writes the other's way count, so an article that uses both
    spellings itself still shows the variant, but the same word on both sides does not.
    Returns (left sentence, right sentence, difference) with the first sentence of each.
    """
    lw, rw = _capitalised_words(left), _capitalised_words(right)
    only_l = [w for w in lw if w not in rw]
    only_r = [w for w in rw if w not in lw]
    if not only_l or not only_r:
        return []
    from rapidfuzz.process import cdist

    # screen all pairs in C (edit distance <= 2), then apply the full rule to the few left;
    # threads only for a large table: starting them costs about half a millisecond, more
    # than a news pair's whole table (a few thousand cells)
    workers = -1 if len(only_l) * len(only_r) >= CDIST_THREADS_FROM else 1
    dist = cdist(only_l, only_r, scorer=OSA.distance, score_cutoff=2, workers=workers, dtype=np.int32)
    found: list[tuple[int, int, Difference]] = []
    used: set[str] = set()
    near = dist <= 2
    for i in np.flatnonzero(near.any(axis=1)).tolist():  # the rows with a near word only
        row = dist[i]
        for j in np.argsort(row, kind="stable")[: int(near[i].sum())]:
            fa, fb = only_l[i], only_r[int(j)]
            if fb in used or not near_spelling(fa, fb) or _house_style(fa, fb) or _word_forms(fa, fb):
                continue
            (li, a, rest_a), (ri, b, rest_b) = lw[fa], rw[fb]
            if _two_bearers(rest_a, rest_b):
                continue
            note = f"name spelled two ways across the articles: {a} vs {b}"
            found.append((li, ri, Difference("spelling", a, b, note)))
            used.add(fb)
            break  # one partner per name: the nearest
    return found


def one_bearer(left: Sequence[Fact], right: Sequence[Fact], d: Difference) -> bool:
    """Is a name spelled two ways (:func:`name_variants`) the name of one bearer in these
    two sentences: do the full names that hold the two spellings share another word
    ("Anthony Calamita" / "Anthony LaCalamita": the given name)?  Then the variant is a
    conflict of the two sentences; a lone near word ("Protect" / "Project" in the names of
    two different bodies) stays a note on the documents."""

    def rest(facts: Sequence[Fact], word: str) -> set[str]:
        for f in facts:
            if f.kind == "name" and word in f.text.split():
                return (
                    {fold(w.strip(".,'’")) for w in f.text.split() if w != word}
                    - TITLES
                    - set(NAME_CONNECTORS)
                )
        return set()

    a, b = rest(left, d.left), rest(right, d.right)
    return any(len(w) > 1 for w in a & b)
