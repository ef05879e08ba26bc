"""Text normalisation: folding words for comparison, and the rule for "near spelling".

Two stages compare words across texts: the fact layer (names spelled two ways) and the
aligner (tokens).  Both fold case and accents first; this module is where folding and
the spelling rule are defined, so a change to either is made once.

There are two folds today, and both are kept so that output does not change:

* :func:`fold` (the fact layer's): lower case, the typographic apostrophe made plain,
  and every combining mark removed after NFKD decomposition.
* :func:`fold_latin` (the aligner's ``fold`` in ``reader/align.py``): lower case and only
  the combining diacritical marks block (U+0300-U+036F) removed; apostrophes stay as
  written (the aligner replaces them itself, after folding).  They differ only on
  typographic apostrophes and on marks outside that block (Cyrillic, Hebrew, Indic...).

Unifying them means choosing one and re-running ``bench/identity.py``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import OSA

from reader.lang import DISTINCT_NAMES

_LATIN_MARKS = re.compile(r"[\u0300-\u036f]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, typographic apostrophe made plain, accents removed ("Calderón" -> "calderon")."""
    text = text.lower().replace("’", "'")
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


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
            out.add(base)
            out.add(base.rstrip("aeiouy"))
    return frozenset(out)


def related_forms(a: str, b: str) -> bool:
    """Word forms of one root: 'mexico'/'mexican', 'syria'/'syrian', 'obama'/'obamas'."""
    return a == b or not _stems(a).isdisjoint(_stems(b))


def near_spelling(a: str, b: str) -> bool:
    """Two spellings of one name: one edit apart (a swap of neighbours counts once).

    Folded words of five letters or more; the first letter may differ only from seven
    letters on ("Gaddafi"/"Qaddafi", but not "Kerry"/"Perry"); two edits only from ten
    letters on.  Word forms ("Mexico"/"Mexican") and known pairs of distinct names
    ("Iran"/"Iraq", "Obama"/"Osama") are not spellings of one another.

    The aligner's fuzzy token merge (``align._fuzzy_pairs``) is looser on purpose: any
    word of five letters or more, same first letter, one edit or two from eight letters,
    and no exceptions, because there a wrong merge only lowers a score a little.
    """
    fa, fb = fold(a), fold(b)
    n = min(len(fa), len(fb))
    if fa == fb or n < 5 or abs(len(fa) - len(fb)) > 2:
        return False
    if fa[0] != fb[0] and n < 7:
        return False
    limit = 1 if n < 10 else 2
    if OSA.distance(fa, fb, score_cutoff=limit) > limit:
        return False
    if frozenset((fa, fb)) in DISTINCT_NAMES:
        return False
    return not related_forms(fa, fb)
