"""When a name is spelled two ways: in one link, and across two whole articles.

Names are compared word by word for near spellings ("Rifkin"/"Rivkin", the rule is
:func:`reader.textnorm.near_spelling`), after folding accents and setting aside word
forms ("Mexico"/"Mexican").  Each name fact lists the near spellings its own article
uses elsewhere (``alternatives``, from :mod:`reader.facts.document`), so two different
people with similar names (both spellings on both sides) are never reported.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
from rapidfuzz.distance import OSA

from reader.facts.countries import country_of
from reader.facts.given_names import given_name_diffs
from reader.facts.language_words import language_word
from reader.facts.namewords import (
    SPELL_LONG,
    SPELL_SHORT,
    content_tokens,
    looks_like_person,
    spell_word,
    spell_words,
    strip_possessive,
)
from reader.facts.surname_particles import (
    Word,
    name_parts,
    spelled,
    split_variants,
    with_particle,
)
from reader.facts.tables import WS
from reader.lang import NAME_CONNECTORS, TITLES
from reader.model import Difference, Fact
from reader.spelling import (
    TRANSLITERATIONS,
    near_spelling,
    neighbours_swapped,
    romanised_name,
    transliteration,
)
from reader.textnorm import fold, particle_variant, related_forms


def _name_words(facts: list[Fact]) -> dict[str, tuple[str, Fact]]:
    out: dict[str, tuple[str, Fact]] = {}
    for f in facts:
        if f.kind != "name":
            continue
        for part in WS.split(f.text):
            w = spell_word(part, SPELL_SHORT)
            if w and w not in out:
                out[w] = (strip_possessive(part).strip(".,'’"), f)
    return out


def _words_of(name: str) -> list[str]:
    return [w for w in (spell_word(p, SPELL_SHORT) for p in WS.split(name)) if w]


def _two_people(fa: str, af: Fact, fb: str, bf: Fact) -> bool:
    """May two near words of two linked names be two people, not one name misspelt?

    * A short word ("Ryan" / "Ryann", "Jon" / "John") is one name only beside another
      word of the name both write ("Paul Ryan" / "Paul Ryann"): alone, two short words
      one letter apart are as often two names ("Dean" / "Dan").  Two neighbours swapped
      ("Ryan" / "Rayn") are a slip of the keys even alone.
    * A given name before a surname both write ("Jon Weaver" / "John Weaver"): two
      people when either article also writes the other one's full name ("Jon Smith" and
      "John Smith" in one article: two members of one family).
    * One word the start of the other, in names that share no other word and of which one
      goes on ("ActiveX" / "Active Scripting"): two names.
    * Else: two people when both articles use both spellings (:mod:`reader.facts.document`
      lists them in ``alternatives``).
    """
    wa, wb = _words_of(af.text), _words_of(bf.text)
    shared = (set(wa) & set(wb)) - {fa, fb}
    if min(len(fa), len(fb)) < SPELL_LONG and not shared and not neighbours_swapped(fa, fb):
        return True
    if not shared and (fa.startswith(fb) or fb.startswith(fa)) and max(len(wa), len(wb)) > 1:
        return True  # one name the start of another, which goes on: "ActiveX" / "Active Scripting"
    i = wa.index(fa) if fa in wa else -1
    after = wa[i + 1] if 0 <= i < len(wa) - 1 else ""
    if after and after in shared:
        return f"{fb} {after}" in af.alternatives or f"{fa} {after}" in bf.alternatives
    return fb in af.alternatives and fa in bf.alternatives


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
# ("Deputy's Alleged Killer Held" / "Deputy Shot and Killed": a doer and a verb)
_DERIVED = frozenset("ism isms ist ists ic ics ical ian ians ite ites e ed es s ing er ers al".split())


# the kind of body a name says it is: a word of the language, whose slip is no name told two ways
_KIND_WORDS = frozenset(
    """department committee ministry agency council office university association commission
    foundation institute government company corporation service services authority""".split()
)


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
            if fb in lw or _house_style(fa, fb) or {fa, fb} & _KIND_WORDS:
                continue  # ... or a common word of a body's name mistyped ("Departement of Justice")
            if transliteration(a, b) and not _one_full_name(a, af.text, b, bf.text):
                continue  # two romanisations, but not of a surname its bearer spells one way
            near = near_spelling(a, b, romanised=False) and not _word_forms(fa, fb)  # (romanisations: above)
            if not near and not _surname_s(fa, af, fb, bf):
                continue
            if _two_people(fa, af, fb, bf):
                continue
            if particle_variant(fa, fb):
                a, b = with_particle(a, af.text), with_particle(b, bf.text)
            out.append(Difference("spelling", a, b, spelled(a, b)))
    return out + given_name_diffs(left, right)


def _one_full_name(a: str, name_a: str, b: str, name_b: str) -> bool:
    """Are the near words the surnames of two full names, after the same given name ("Amina Wekesa" /
    "Amina Wekasa", "Karen Oduya" / "Karen Oduja", ut263, ut270)?  One person, whose surname has the
    one spelling they write it with: a vowel or a glide changed is a slip, no romanisation (but a
    name that shows one, :func:`reader.spelling.romanised_name`, and the pairs known as two)."""
    if frozenset((fold(a), fold(b))) in TRANSLITERATIONS or romanised_name(name_a, name_b):
        return False
    wa, wb = name_parts(name_a), name_parts(name_b)
    return (
        len(wa) >= 2
        and len(wb) >= 2
        and (wa[-1], wb[-1]) == (a, b)
        and wa[-2] == wb[-2]
        and wa[-2][:1].isupper()
        and fold(wa[-2]) not in _NOT_REST
        and looks_like_person(name_a, set())
    )


def _surname_s(fa: str, af: Fact, fb: str, bf: Fact) -> bool:
    """One person's surname with an "s" added ("Rep. Ruben Gallego of Arizona" / "Rep. Ruben
    Gallegos of Arizona") or its last letter changed ("Walter Astudillo" / "Walter Astudilla",
    ut54): two names of a person, word for word the same but for that word, which is not the
    first (the given name both write: "Mario" / "Maria" are two people).  Elsewhere a final "s"
    is a plural or another word ("Democrat" / "Democrats"), so that asks a person's title."""
    short, long_ = sorted((fa, fb), key=len)
    last = len(fa) == len(fb) >= SPELL_LONG and fa[:-1] == fb[:-1] and not transliteration(fa, fb)
    if not last and (long_ != short + "s" or len(short) < SPELL_LONG):
        return False
    wa, wb = _words_of(af.text), _words_of(bf.text)
    n = min(len(wa), len(wb))  # (a role before one: "Lawyer Fernanda Ribeira" / "Fernanda Ribeiro")
    wa, wb = wa[len(wa) - n :], wb[len(wb) - n :]
    if n < 2:
        return False
    apart = [i for i, (x, y) in enumerate(zip(wa, wb, strict=True)) if x != y]
    # a title ("Rep."): "Texas Ranger" / "Texas Rangers", "Academy Award(s)" look like people too
    titled = last or fold(af.text.split()[0].rstrip(".")) in TITLES
    return (
        titled
        and apart != [0]
        and len(apart) == 1
        and {wa[apart[0]], wb[apart[0]]} == {fa, fb}
        and looks_like_person(af.text, set())
        and looks_like_person(bf.text, set())
    )


def _near_long(x: str, y: str) -> bool:
    """A near spelling of words of five letters or more: a detail's test ("Dean" and "Dan"
    stay two details)."""
    return near_spelling(x, y, SPELL_LONG)


@lru_cache(maxsize=65536)
def name_variant_text(a: str, b: str) -> bool:
    """Every word of one name is a word, a word form or a near spelling of the other's.

    Memoised on the two texts: a long text repeats its names in thousands of links."""
    wa, wb = content_tokens(a), content_tokens(b)
    if not wa or not wb:
        return False
    return all(
        any(x == y or related_forms(x, y) or _near_long(x, y) or transliteration(x, y) for y in wb)
        for x in wa
    )


def _capitalised_words(doc: Sequence[Sequence[Fact]]) -> dict[str, Word]:
    """Each folded name word (of five letters or more, or a short one neither a title, a
    connector nor an acronym: "Ryan", "Baca"): its first sentence, its spelling, the
    other words of the full name that holds it there (:func:`_rest`) and whether it is a
    given name there (:func:`_given`)."""
    out: dict[str, Word] = {}
    for i, facts in enumerate(doc):
        for f in facts:
            if f.kind != "name":
                continue
            for raw in f.text.split():
                w = raw.strip(".,'’")
                if w[:1].isupper() and (len(w) >= SPELL_LONG or spell_word(raw, SPELL_SHORT)):
                    key = fold(w)
                    if key not in out:
                        out[key] = (i, w, _rest(f.text, raw), _given(f.text, raw))
    return out


@lru_cache(maxsize=8192)
def _given(name: str, word: str) -> bool:
    """Does ``word`` open a full name of two words or more, titles and connectors aside
    ("Walter" of "Walter F. Bugden", not "Walther" of "Judge Walther")?"""
    words = [w for w in name.split() if fold(strip_possessive(w).strip(".,'’")) not in _NOT_REST]
    return len(words) > 1 and words[0] == word


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
    side ("Kessler" / "Judge Kestler") may still be one bearer.  A model number is no part of
    whose name it is ("BlackBerry Q10" / "BlackBery Z10": one maker, two of its phones)."""
    rest_a, rest_b = _unnumbered(rest_a), _unnumbered(rest_b)
    return bool(rest_a and rest_b and not rest_a & rest_b)


def _unnumbered(rest: frozenset[str]) -> frozenset[str]:
    """The other words of a name but its model numbers ("Q10", "737")."""
    return frozenset(w for w in rest if not any(c.isdigit() for c in w))


def _house_style(a: str, b: str) -> bool:
    """One name written with and without a hyphen ("Wal-Mart" / "Walmart"), or with a
    prefix before a hyphen ("R-Washington": a party and a state), or a party and a state
    abbreviated two ways ("R-Wis" / "R-Wisc": one cut shorter) is no other spelling."""
    if a.replace("-", "") == b.replace("-", "") or a.endswith("-" + b) or b.endswith("-" + a):
        return True
    short, long_ = sorted((a, b), key=len)
    return _PARTY_STATE.fullmatch(short) is not None and long_.startswith(short)


# a party's letter and a state's abbreviation ("R-Wis", "D-Calif")
_PARTY_STATE = re.compile(r"[a-z]-[a-z]{2,}")


# From this many name-word pairs (about 5 ms of edit distances on one core) the screen runs
# on every core; the result is the same either way.
CDIST_THREADS_FROM = 100_000


def name_variants(
    left: Sequence[Sequence[Fact]], right: Sequence[Sequence[Fact]], texts: tuple[str, str] = ("", "")
) -> list[tuple[int, int, Difference]]:
    """:func:`_variants`, less a common word of a body's name mistyped ("Departement of Justice"):
    a slip in a word of the language, no name told two ways."""
    return [v for v in _variants(left, right, texts) if not {fold(v[2].left), fold(v[2].right)} & _KIND_WORDS]


def _variants(
    left: Sequence[Sequence[Fact]], right: Sequence[Sequence[Fact]], texts: tuple[str, str] = ("", "")
) -> list[tuple[int, int, Difference]]:
    """Names spelled two ways across two whole documents, wherever the sentences are.

    A name one article spells "Greenwald" and the other "Greenwal" is a discrepancy even
    when the two sentences tell different things and are never linked.  Only words that
    one document never writes the other's way count, so an article that uses both
    spellings itself still shows the variant, but the same word on both sides does not.
    A word one document writes once its own way where both write it another is a slip of
    that document ("Klistchko" beside "Klitschko"), not when one word holds the other
    ("O'Rourke" / "Rourke", "El Dorado"), nor two given names ("Jon Owen", "John McNutt"),
    nor a word ``texts`` (the two whole texts) also write in lower case ("Capitol" /
    "capital", "Dairy" / "daily": two words).
    Returns (left sentence, right sentence, difference) with the first sentence of each.
    """
    lw, rw = _capitalised_words(left), _capitalised_words(right)
    only_l = [w for w in lw if w not in rw]
    only_r = [w for w in rw if w not in lw]
    found = split_variants(left, right, lw, rw)
    if not only_l and not only_r:
        return found
    used: set[str] = set()
    across = _near_pairs(only_l, only_r, lw, rw, used, "across the articles")
    found += [v for v in across if not language_word(v[2].left, v[2].right, texts)]
    if max(len(left), len(right)) > SLIP_SENTENCES_MAX:
        return found
    # a word one side writes once its own way, where both sides write it another ("BlackBery"
    # in a rewrite that writes "BlackBerry" everywhere else, as the original does): a slip
    shared = [w for w in lw if w in rw]
    rest_l = [w for w in only_l if w not in used]
    slips = _near_pairs(rest_l, shared, lw, rw, used, "by the left")
    rest_r = [w for w in only_r if w not in used]
    slips += _near_pairs(shared, rest_r, lw, rw, used, "by the right")
    if not slips:
        return found
    counts = _counts(left), _counts(right)
    return found + [v for v in slips if _slip(v[2], texts) and _once(v[2], counts)]


def slip_of(d: Difference) -> str | None:
    """The side whose slip of the pen ``d`` is (:func:`name_variants`: "left", "right"), or
    None for a name the two articles spell two ways."""
    for side in ("left", "right"):
        if d.note.startswith(f"name spelled two ways by the {side}:"):
            return side
    return None


# the longest document (in sentences) read for slips of the pen: in a book (the Bible's
# thousands of names) a name written once beside a near one is another name as often as not
SLIP_SENTENCES_MAX = 400


def _counts(doc: Sequence[Sequence[Fact]]) -> Counter[str]:
    """How often each folded word of a name occurs in a document's name facts."""
    return Counter(
        fold(w.strip(".,'’")) for facts in doc for f in facts if f.kind == "name" for w in f.text.split()
    )


def _once(d: Difference, counts: tuple[Counter[str], Counter[str]]) -> bool:
    """Is the variant written once by its document, the shared word more often by it or by the
    other ("Ferris" twice / "Ferris" and "Farris", ut239: a slip of the pen), not a second name of
    its own (the Bible's Laban and Ladan, each in several verses)?"""
    a, b = fold(d.left), fold(d.right)
    mine, shared = (a, b) if counts[1][a] == 0 else (b, a)  # the variant is one side's only
    doc, other = (counts[0], counts[1]) if counts[1][mine] == 0 else (counts[1], counts[0])
    return doc[mine] == 1 and (doc[shared] >= 2 or other[shared] >= 2)


def _slip(d: Difference, texts: tuple[str, str]) -> bool:
    """May a word one side writes its own way beside a word both write be a slip of it?  (Two
    full names with nothing else in common are two bearers already: :func:`_near_pairs`.)"""
    a, b = fold(d.left), fold(d.right)
    if a in b or b in a:
        return False  # "O'Rourke" / "Rourke", "Eldorado" / "Dorado"
    if min(len(a), len(b)) < SPELL_LONG:
        return False  # a short given name is often two people's ("Jon Owen", "John McNutt")
    lower = [w.lower() for w in (d.left, d.right)]
    return not any(re.search(rf"\b{re.escape(w)}\b", t) for w in lower for t in texts)


def _near_pairs(
    words_l: list[str],
    words_r: list[str],
    lw: dict[str, Word],
    rw: dict[str, Word],
    used: set[str],
    how: str,
) -> list[tuple[int, int, Difference]]:
    """The left words and the right words spelled near each other (:func:`name_variants`),
    each word in one pair at most (``used`` gathers them)."""
    if not words_l or not words_r:
        return []
    from rapidfuzz.process import cdist

    # screen all pairs in C (edit distance <= 2), then apply the full rule to the few left;
    # threads only for a large table: starting them costs about half a millisecond, more
    # than a news pair's whole table (a few thousand cells)
    workers = -1 if len(words_l) * len(words_r) >= CDIST_THREADS_FROM else 1
    dist = cdist(words_l, words_r, scorer=OSA.distance, score_cutoff=2, workers=workers, dtype=np.int32)
    found = []
    near = dist <= 2
    slip = how.startswith("by the")  # one writer's word beside the one both write: no romanisation
    for i in np.flatnonzero(near.any(axis=1)).tolist():  # the rows with a near word only
        row = dist[i]
        for j in np.argsort(row, kind="stable")[: int(near[i].sum())]:
            fa, fb = words_l[i], words_r[int(j)]
            if fa in used or fb in used or fa == fb:
                continue
            (li, a, rest_a, given_a), (ri, b, rest_b, given_b) = lw[fa], rw[fb]
            if not near_spelling(a, b, romanised=not slip) or _house_style(fa, fb) or _word_forms(fa, fb):
                continue  # (as written: an accent says a name has one spelling, "Echeverría")
            if _two_bearers(rest_a, rest_b) or (not slip and transliteration(a, b)):  # ("Müller" / "Mueller")
                continue
            if (land := country_of(a)) and land == country_of(b):
                continue  # a country and its people's word ("Liberia-flagged" / "Liberian-flagged")
            if given_a != given_b and not rest_a & rest_b:
                continue  # a given name and a surname: two people ("Walter F. Bugden" / "Judge Walther")
            if min(len(fa), len(fb)) < SPELL_LONG and not rest_a & rest_b:
                continue  # a short word is one name only in one full name ("Lee Baca" / "Lee Bacca")
            note = spelled(a, b, how)
            found.append((li, ri, Difference("spelling", a, b, note)))
            used.update((fa, fb))
            break  # one partner per name: the nearest
    return found


def one_bearer(left: Sequence[Fact], right: Sequence[Fact], d: Difference) -> bool:
    """Is a name spelled two ways (:func:`name_variants`) the name of one bearer in these
    two sentences: do the full names that hold the two spellings share another word
    ("Anthony Calamita" / "Anthony LaCalamita": the given name)?  Then the variant is a
    conflict of the two sentences; a lone near word ("Protect" / "Project" in the names of
    two different bodies) stays a note on the documents."""

    def rest(facts: Sequence[Fact], word: str) -> set[str]:
        mine = word.split()  # one word, or two written apart ("Del Giudice")
        for f in facts:
            words = f.text.split()
            if f.kind == "name" and any(words[k : k + len(mine)] == mine for k in range(len(words))):
                return {fold(w.strip(".,'’")) for w in words if w not in mine} - TITLES - set(NAME_CONNECTORS)
        return set()

    a, b = rest(left, d.left), rest(right, d.right)
    return any(len(w) > 1 for w in a & b)
