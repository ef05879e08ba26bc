"""Text normalisation: folding words for comparison, Title Case, word runs replaced.

Two stages compare words across texts: the fact layer (names spelled two ways) and the
aligner (tokens).  Both fold case and accents first; this module is where folding is
defined, so a change to it is made once (the spelling rule built on it is
:mod:`reader.spelling`).

There are two folds today, and both are kept so that output does not change:

* :func:`fold` (the fact layer's): lower case, the typographic apostrophe made plain,
  and every combining mark removed after NFKD decomposition.
* :func:`fold_latin` (the aligner's ``fold`` in ``reader/align.py``): lower case and only
  the combining diacritical marks block (U+0300-U+036F) removed; apostrophes stay as
  written (the aligner replaces them itself, after folding).  They differ only on
  typographic apostrophes and on marks outside that block (Cyrillic, Hebrew, Indic...).

Unifying them means choosing one and re-running ``bench/identity.py``.

:func:`title_case` is the one test of a line set in Title Case (a headline, whose capitals
say nothing of which words are names); the cleaner, the aligner and the fact layer each
ask it with their own words and bar.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence, Set
from difflib import SequenceMatcher
from functools import lru_cache

from reader.lang import CARDINALS, MOMENT_WORDS, ORDINAL_WORDS

_LATIN_MARKS = re.compile(r"[\u0300-\u036f]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, typographic apostrophe made plain, accents removed ("Calderón" -> "calderon")."""
    text = text.lower().replace("’", "'")
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Letters a case-blind pattern matches to an ASCII letter but str.lower() does not turn into
# it ("ſ" matches "s", "ı" and "İ" match "i")
_CASE_ODD = ("\u0130", "\u0131", "\u017f")


def lowered_exact(text: str) -> bool:
    """Whether tests on ``text.lower()`` (a word's presence, a case-sensitive search) see what a
    case-blind pattern of lower-case ASCII sees in ``text``: unless the text holds one of the
    letters above, then every case-blind regex must run."""
    return text.isascii() or not any(c in text for c in _CASE_ODD)


class CaseBlind:
    """A case-blind pattern of ASCII words, searched fast: ``re.IGNORECASE`` makes ``re``
    compare every character case-blind (a search several times slower), so the pattern is
    searched case-sensitively in the lower-cased text instead.  The two agree unless the
    text holds a letter the case-blind search matches to an ASCII letter but str.lower()
    does not turn into it ("ſ" matches "s", "ı" and "İ" match "i"); then the case-blind
    pattern runs (:func:`lowered_exact`).  Only for patterns whose letters are all lower case
    ASCII."""

    def __init__(self, pattern: str) -> None:
        self.blind = re.compile(pattern, re.IGNORECASE)
        self.lower = re.compile(pattern)

    def found(self, text: str) -> bool:
        if lowered_exact(text):
            return self.lower.search(text.lower()) is not None
        return self.blind.search(text) is not None


def fold_latin(text: str) -> str:
    """Lower case and Latin accents stripped ("Calderón" -> "calderon"), apostrophes as
    written; cheap for ASCII text.  The aligner's fold (see the module docstring)."""
    text = text.lower()
    if text.isascii():
        return text
    return _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", text))


# endings that make another form of one word: plural, demonym, possessive
_FORM_SUFFIXES = ("'s", "s", "es", "an", "ans", "ian", "ians", "n", "ns", "ese", "ish", "i", "is", "ic", "e")


@lru_cache(maxsize=65536)
def _stems(w: str) -> frozenset[str]:
    """The word and its bases without one common ending (memoised: names repeat)."""
    out = {w, w.rstrip("aeiouy")}
    for sfx in _FORM_SUFFIXES:
        if w.endswith(sfx) and len(w) - len(sfx) >= 3:
            base = w[: -len(sfx)]
            if sfx in ("n", "ns") and base[-1] == "n":
                continue  # a doubled "n" is no ending ("Ryann" is no form of "Ryan")
            out.add(base)
            if sfx not in ("n", "ns"):
                # "syrian" less "n" is "syria" itself; stripping its vowels too would make
                # "jonathon" ("jonath") a form of "jonathan"
                out.add(base.rstrip("aeiouy"))
    return frozenset(out)


def related_forms(a: str, b: str) -> bool:
    """Word forms of one root: 'mexico'/'mexican', 'syria'/'syrian', 'obama'/'obamas'."""
    return a == b or not _stems(a).isdisjoint(_stems(b))


# particles written together with a surname ("LaCalamita"/"Calamita", "McDonald"): the
# two spellings are one person's name spelled two ways, a discrepancy
_NAME_PARTICLES = ("la", "le", "de", "di", "da", "du", "van", "von", "mc", "mac", "al", "el", "o'")


def particle_variant(a: str, b: str) -> bool:
    """One word is the other with a particle in front ("lacalamita"/"calamita")."""
    fa, fb = fold(a), fold(b)
    short, long_ = (fa, fb) if len(fa) < len(fb) else (fb, fa)
    return len(short) >= 5 and any(long_ == p + short for p in _NAME_PARTICLES)


# British and American spellings of one word ("realised" / "realized", "fibre" / "fiber",
# "colour" / "color", "behaviour" / "behavior", "travelled" / "traveled", "defence" / "defense", "advisor" /
# "adviser") and a number in words or digits ("two" / "2", "eleventh" / "11th"): one word
# as spoken, written two ways
_SPELLINGS = (
    (re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)$"), r"iz\1"),  # not "prise" / "prize"
    (re.compile(r"(?<=[a-z]{2})ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"(?<=[a-z]{2}[^aeiou])our(s|ed|ing|ite|ites|able)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{3}i)our(s|al|ally)?$"), r"or\1"),  # "behaviour", "saviour"
    (re.compile(r"(?<=[a-z]{2}[bt])re(s)?$"), r"er\1"),
    (re.compile(r"(?<=[a-z]{2}[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"(?<=[a-z]{2})ence$"), "ense"),
    (re.compile(r"(?<=[a-z]vis)or(s)?$"), r"er\1"),  # "advisor" / "adviser"
)
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


def one_spelling(word: str) -> str:
    """A folded word in one spelling of its British and American ones, a number word
    as its digits ("realised" and "realized" give "realized", "two" "2", "eleventh"
    "11th"): two words are one word written two ways when these are equal."""
    if word in CARDINALS:
        return str(CARDINALS[word])
    if word in ORDINAL_WORDS:
        return f"{ORDINAL_WORDS[word]}th"
    if m := _ORDINAL_DIGITS.match(word):
        return f"{m.group(1)}th"
    if len(word) > 4:
        for pattern, repl in _SPELLINGS:
            word = pattern.sub(repl, word)
    return word


def title_case(
    words: Sequence[str], share: float, *, least: int = 1, small: Set[str] = frozenset(), least_big: int = 1
) -> bool:
    """Are ``words`` (a line's, as the caller counts words) set in Title Case: at least ``least``
    of them, at least ``least_big`` not ``small`` (compared in lower case: the words a headline
    leaves in lower case), and at least ``share`` of those capitalised?"""
    big = [w for w in words if w.lower() not in small] if small else words
    return (
        len(words) >= least and len(big) >= least_big and sum(w[0].isupper() for w in big) >= share * len(big)
    )


# function words of German and English: a text that uses more of the first capitalises its
# nouns, so a capital letter is no clue to a name there
_GERMAN = frozenset(
    "der die das den dem des und ist sind nicht ein eine einen einem wird wurde mit von zu auf für".split()
)
_ENGLISH = frozenset("the and is are not a an of to in on for with was were that".split())
_LOWER_WORD = re.compile(r"\b[a-zäöüß]+\b")


def capitalises_nouns(texts: Iterable[str]) -> bool:
    """Do these texts capitalise every noun (German: more of its function words than of
    English's)?  One search over all texts and a count per distinct word."""
    counts = Counter(_LOWER_WORD.findall("\n".join(texts)))
    german = sum(n for w, n in counts.items() if w in _GERMAN)
    english = sum(n for w, n in counts.items() if w in _ENGLISH)
    return german > english


def one_stretch_apart(a: str, b: str, width: int) -> bool:
    """Are two texts the same but for one stretch of at most ``width`` characters on each side
    ("... flew to Texas on ..." / "... flew to Arizona on ...")?  The common start and end are
    found by halving (slices compared in C), so the test costs microseconds: the cheap sieve
    before a rule that compares two sentences word by word."""
    if abs(len(a) - len(b)) > width:
        return False
    if "’" in a or "’" in b:  # one apostrophe for both: "committee’s" / "committee's" is no change
        a, b = a.replace("’", "'"), b.replace("’", "'")
    n = min(len(a), len(b))
    lo, hi = 0, n  # the common start: a[:lo] == b[:lo]
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    start = lo
    lo, hi = 0, n - start  # the common end, within what is left
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return len(a) - start - lo <= width and len(b) - start - lo <= width


def one_run_replaced(a: Sequence[str], b: Sequence[str], same_min: int) -> tuple[int, int, int, int] | None:
    """Where two word lists differ when one run of words is put for another and nothing else
    changes, with at least ``same_min`` words the same around it: ``(i1, i2, j1, j2)``, the run
    ``a[i1:i2]`` in the place of ``b[j1:j2]``; else None.  The shape of a rewrite that swaps one
    name or one word (:mod:`reader.facts.name_swap`, :mod:`reader.facts.opposites`)."""
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    changed = [op for op in ops if op[0] != "equal"]
    if len(changed) != 1 or changed[0][0] != "replace":
        return None
    if sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal") < same_min:
        return None
    _, i1, i2, j1, j2 = changed[0]
    return i1, i2, j1, j2


def may_share(a: set[str], b: set[str], share: float, slack: int = 2) -> bool:
    """Could two word lists with these sets of words reach ``share`` as difflib's ratio (twice
    the words matched over both lengths)?  An upper bound from the sets, ``slack`` words of
    repeats allowed: the cheap question before difflib is asked."""
    return 2 * len(a & b) >= share * (len(a) + len(b)) - slack


# a rewrite that changed more than one run: a run put for another between the same words (this
# many before it), in word lists mostly the same (difflib's ratio), is still one put for another
PLACE_WORDS = 2
REWRITE_SHARE_MIN = 0.6


def mostly_alike(a: Sequence[str], b: Sequence[str], slack: int = 2) -> SequenceMatcher[str] | None:
    """The word lists' matcher when they are mostly alike (difflib's ratio of
    :data:`REWRITE_SHARE_MIN` or more: one sentence rewritten), else None; the bound on their
    sets first (:func:`may_share`, ``slack`` words of repeats allowed), difflib only then."""
    if not may_share(set(a), set(b), REWRITE_SHARE_MIN, slack):
        return None
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher if matcher.ratio() >= REWRITE_SHARE_MIN else None


def runs_replaced_in_place(
    a: Sequence[str], b: Sequence[str], *, opening: bool = False
) -> list[tuple[int, int, int, int]]:
    """The runs ``a[i1:i2]`` put for ``b[j1:j2]`` with the same :data:`PLACE_WORDS` words
    before them (or, with ``opening``, the same few words opening both lists), in two word
    lists mostly alike (:data:`REWRITE_SHARE_MIN`) of which neither names a moment the other
    does not (:data:`reader.lang.MOMENT_WORDS`); none for two lists apart.  The shape of a
    rewrite that swaps one name or one word and rewords elsewhere too (the loose twin of
    :func:`one_run_replaced`)."""
    if MOMENT_WORDS & (set(a) ^ set(b)):
        return []  # two moments
    matcher = mostly_alike(a, b)
    if matcher is None:
        return []
    w = PLACE_WORDS
    out = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace" or a[max(0, i1 - w) : i1] != b[max(0, j1 - w) : j1]:
            continue
        if min(i1, j1) >= w or (opening and i1 == j1 > 0):
            out.append((i1, i2, j1, j2))
    return out
