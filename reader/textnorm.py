"""Text normalisation: folding words for comparison, the rule for "near spelling", Title Case.

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

from rapidfuzz.distance import OSA

from reader.lang import CARDINALS, DISTINCT_NAMES, MOMENT_WORDS, ORDINAL_WORDS

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


# Letter correspondences between romanisations of one name (Arabic, Russian, Chinese...
# into English, French, German spelling): each pair is one sound written two ways.
# Applied in order, on folded words; "ch" is kept apart before "c" becomes "k".
_TRANSLIT_STEPS: tuple[tuple[str, str], ...] = (
    ("tch", "ch"),  # Tchaikovsky / Chaikovsky (French / English)
    ("kh", "k"),
    ("q", "k"),
    ("ck", "k"),  # Kadhafi / Qaddafi / Gaddafi; Khamenei
    ("ch", "\x00"),
    ("c", "k"),
    ("\x00", "ch"),  # Cadhafi / Kadhafi, keeping "ch"
    ("dh", "d"),
    ("th", "t"),
    ("ph", "f"),  # Kadhafi / Gaddafi; Othman / Osman-like pairs
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("y", "i"),
    ("j", "i"),  # Yousef / Yusuf
)
# Pairs the letter rule cannot derive but that are one name in two romanisations (data,
# kept short: each entry says the spelling systems involved).
TRANSLITERATIONS = frozenset(
    frozenset(p)
    for p in (
        ("gaddafi", "qadhafi"),  # English press / academic romanisation of Arabic qaf
        ("zelensky", "zelenskyy"),  # Russian-based / Ukrainian-based romanisation
        ("navalny", "navalnyi"),  # English / Ukrainian-style ending
        # Arabic shadda (a doubled consonant) written or not, in the commonest romanised names:
        # one letter apart like a slip of an English name ("Bacca"/"Baca"), so listed
        ("mohammed", "mohamed"), ("mohammad", "mohamad"), ("muhammad", "muhamad"),
        ("muhammed", "muhamed"), ("hassan", "hasan"), ("hussein", "husein"), ("abbas", "abas"),
        ("saddam", "sadam"), ("assad", "asad"), ("gaddafi", "gadafi"), ("hammad", "hamad"),
        # Russian final -й / -и as y or i in the commonest given names ("Pawlenty"/"Pawlenti"
        # is a slip: the same change, so listed)
        ("dmitry", "dmitri"), ("yury", "yuri"), ("vasily", "vasili"), ("grigory", "grigori"),
        ("yevgeny", "yevgeni"), ("evgeny", "evgeni"),
        # one vowel for another in the commonest romanised Arabic names: the same change as a
        # slip of an English name ("Miller"/"Millar", "Hawkins"/"Hawkens"), so listed
        ("mohammed", "mohammad"), ("muhammad", "muhammed"), ("mohamed", "mohamad"),
        ("ahmed", "ahmad"), ("hamid", "hamed"), ("osama", "usama"), ("omar", "umar"),
        ("hussein", "hussain"), ("husein", "husain"), ("mustafa", "mostafa"),
        ("mahmud", "mahmoud"), ("yusuf", "yousuf"), ("abdel", "abdul"), ("ismail", "ismael"),
    )
)  # fmt: skip
# vowels that romanisations write for one sound: a/e/i (Mohammed / Muhammad, Osama /
# Usama's second vowel), o/u (Mohammed / Muhammad); "oi" / "ou" stay apart (Delacroix /
# Delacroux is a misspelling)
_VOWEL_CLASSES = str.maketrans("aeiou", "AAAUU")
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def _translit_key(w: str) -> str:
    """The skeleton of a romanised name: one sound, one letter; vowels by class; doubled
    letters single (Mohammed / Muhammad / Mohamed)."""
    for x, y in _TRANSLIT_STEPS:
        w = w.replace(x, y)
    if w[:1] == "g":  # Gaddafi / Qaddafi: Arabic qaf is "g" in many spoken forms
        w = "k" + w[1:]
    w = w.translate(_VOWEL_CLASSES)
    return _DOUBLE.sub(r"\1", w)


def neighbours_swapped(a: str, b: str) -> bool:
    """Are two words one word with two neighbouring letters swapped ("ryan" / "rayn")?"""
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
    return len(a) == len(b) and len(diff) == 2 and diff[1] == diff[0] + 1 and sorted(a) == sorted(b)


# letters written as two where a keyboard or a wire lacks them, by the languages' own rule
# ("Müller" / "Mueller", "Strauß" / "Strauss", "Bjørn" / "Bjoern", "Århus" / "Aarhus")
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ø": "oe", "æ": "ae", "å": "aa"})


def transliteration(a: str, b: str) -> bool:
    """Two romanisations of one name ("Gaddafi"/"Kadhafi"/"Qaddafi", "Mohammed"/
    "Muhammad", "Tchaikovsky"/"Chaikovsky"), not a misspelling.

    The words must have the same skeleton after the letter correspondences above; two
    neighbouring letters swapped ("Spiegel"/"Speigel") is a slip of the keyboard, not
    another spelling system, and a consonant changed ("Rifkin"/"Rivkin") is no
    correspondence we know.
    """
    fa, fb = fold(a), fold(b)
    if fa == fb or fold(a.lower().translate(_SPELLED_OUT)) in (fb, fold(b.lower().translate(_SPELLED_OUT))):
        return True  # (a letter spelled out where a keyboard lacks it: "Müller" / "Mueller")
    if frozenset((fa, fb)) in TRANSLITERATIONS:
        return True
    if neighbours_swapped(fa, fb):
        return False  # "ie" / "ei": two letters swapped
    if _consonant_doubled(fa, fb) and not (_FOREIGN.search(fa) or _FOREIGN.search(fb)):
        return False  # "Philip" / "Phillip", "Marshal" / "Marshall": a slip ("Masoud" / "Massoud" not)
    if OSA.distance(fa, fb, score_cutoff=1) <= 1 and not (_ROMANISED.search(fa) or _ROMANISED.search(fb)):
        return _one_sound_key(fa) == _one_sound_key(fb) or _vowel_before_last_syllable(fa, fb)
    return _translit_key(fa) == _translit_key(fb)


def _vowel_before_last_syllable(a: str, b: str) -> bool:
    """One of a, e, i for another before the last syllable ("Taliban" / "Taleban", "Hezbollah"
    / "Hizbollah", "Kandahar" / "Kandehar"): how romanisations of Arabic, Pashto or Persian
    differ.  In the last syllable it is a slip of an English name as often ("Miller" /
    "Millar", "Hawkins" / "Hawkens"), so there it is a misspelling (the romanised names that
    vary there are listed: Ahmed / Ahmad)."""
    if len(a) != len(b):
        return False
    apart = [k for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(apart) != 1:
        return False
    k = apart[0]
    return a[k] in "aei" and b[k] in "aei" and any(c in "aeiouy" for c in a[k + 1 :])


def _consonant_doubled(a: str, b: str) -> bool:
    """Is one word the other with one consonant (not "h": "Pashur"/"Pashhur") doubled?"""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) != len(short) + 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    c = long_[i]
    twin = (i > 0 and long_[i - 1] == c) or (i + 1 < len(long_) and long_[i + 1] == c)
    return twin and c not in "aeiouh" and long_[:i] + long_[i + 1 :] == short


# One letter apart, two words are two romanisations only where English spelling never
# makes that change, since a one-letter slip of an English name ("Hickock"/"Hickok",
# "Pawlenty"/"Pawlenti", "Smith"/"Smyth", "Baca"/"Bacca") has the same shape as a
# correspondence of the rule above.  Kept: tch/ch, kh/k, q/k/g, dh/d, ou/u, a vowel
# doubled; y, i and j as a glide next to a vowel ("Sergei"/"Sergey", "Heidar"/"Heydar") or
# in the Slavic ending -sky/-ski, o for u.  Left out: a, e or i for another ("Miller"/"Millar",
# "Hawkins"/"Hawkens": the romanised names that vary so are listed above), ck/k, c/k
# ("Marc"/"Mark", "Eric"/"Erik": one person's name spelled wrong), th/t, ph/f, y for i
# between consonants, a doubled consonant.  A word that shows
# a romanisation (:data:`_ROMANISED`: "Masoud"/"Massoud", "Gadhafi"/"Gaddafi",
# "Pashur"/"Pashhur", "Tophet"/"Topheth") keeps the whole rule above.
_ONE_SOUND_STEPS: tuple[tuple[str, str], ...] = (
    ("tch", "ch"),
    ("kh", "k"),
    ("q", "k"),
    ("dh", "d"),
    ("ou", "u"),
)
# letters English spelling rarely writes and romanisations of Arabic, Persian, Hebrew or
# Russian do: kh, dh, zh, an initial gh, q without u, ou, a doubled a, u or i, sh, ph
_ROMANISED = re.compile(r"kh|dh|zh|^gh|q(?!u)|ou|aa|uu|ii|sh|ph")
# ... of them, those English names rarely write ("sh" and "ph" are in Marshall and Philip)
_FOREIGN = re.compile(r"kh|dh|zh|^gh|q(?!u)|ou|aa|uu|ii")
# o and u: one vowel of Persian and Arabic names romanised two ways ("Hormozgan" /
# "Hormuzgan", "Mosul" / "Musul"); a slip of an English name seldom swaps them
_O_FOR_U = str.maketrans("o", "u")
_GLIDE = re.compile(r"(?<=[aeiou])[yj]|[yj](?=[aeiou])|(?<=sk)y$")
_DOUBLE_VOWEL = re.compile(r"([aeiou])\1+")


@lru_cache(maxsize=65536)
def _one_sound_key(w: str) -> str:
    """The skeleton of a word for romanisations one letter apart (see above)."""
    for x, y in _ONE_SOUND_STEPS:
        w = w.replace(x, y)
    w = _GLIDE.sub("i", w)
    if w[:1] == "g":
        w = "k" + w[1:]
    elif w[:1] == "w" and w[1:2] not in "aeiouy":  # Russian "v" before a consonant as German and
        w = "v" + w[1:]  # Polish write it (Wladimir / Vladimir); "Walters" / "Valters" stays a slip
    return _DOUBLE_VOWEL.sub(r"\1", w.translate(_O_FOR_U))


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


def near_spelling(a: str, b: str, least: int = 3) -> bool:
    """Two spellings of one name: one edit apart (a swap of neighbours counts once).

    Folded words of ``least`` letters or more (three: "Jon"/"John", "Ryan"/"Rayn"; the
    callers ask more of a short word: another word of the name in common, see
    :mod:`reader.facts.compare_names`); the first letter may differ only from seven
    letters on ("Gaddafi"/"Qaddafi", but not "Kerry"/"Perry"); two edits only from ten
    letters on.  Word forms ("Mexico"/"Mexican") and known pairs of distinct names
    ("Iran"/"Iraq", "Obama"/"Osama") are not spellings of one another.

    The aligner's fuzzy token merge (``align._fuzzy_pairs``) is looser on purpose: any
    word of five letters or more, same first letter, one edit or two from eight letters,
    and no exceptions, because there a wrong merge only lowers a score a little.
    """
    fa, fb = fold(a), fold(b)
    n = min(len(fa), len(fb))
    if fa == fb or n < least or abs(len(fa) - len(fb)) > 3:
        return False
    if particle_variant(fa, fb):
        return True
    if abs(len(fa) - len(fb)) > 2:
        return False
    if fa[0] != fb[0] and n < 7:
        return False
    limit = 1 if n < 10 else 2
    if OSA.distance(fa, fb, score_cutoff=limit) > limit:
        return False
    if frozenset((fa, fb)) in DISTINCT_NAMES or transliteration(a, b):
        return False
    if n >= 6 and one_spelling(fa) == one_spelling(fb):
        return False  # "Centre" / "Center", "Recognised" / "Recognized": one word ("Petre" / "Peter" two)
    # a final "y" written "i" is no other form ("Pawlenty" / "Pawlenti"), while another last
    # vowel is ("Mario" / "Maria", "Paolo" / "Paola": two people), as are endings added or
    # changed ("Syria" / "Syrian", "Texas" / "Texan")
    return (
        not related_forms(fa, fb)
        or (len(fa) == len(fb) and fa[:-1] == fb[:-1] and {fa[-1], fb[-1]} == {"y", "i"})
        or _edit_before_ending(fa, fb)
    )


def _edit_before_ending(a: str, b: str) -> bool:
    """One letter changed, added or dropped before the same last letter ("Boras" / "Boros",
    "Harris" / "Harras", "Healey" / "Healy"): a misspelling, though both may lose a vowel or
    an "s" to the same base; forms of one word change their ending ("Texas" / "Texan",
    "Mexico" / "Mexican", "Obama" / "Obamas")."""
    if not a or not b or a[-1] != b[-1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        apart = [k for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(apart) == 1 and (a[apart[0]] + b[apart[0]]).isalpha()  # not "Georgia's"
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if long_.endswith("ns") and long_[:-2] == short[:-1]:
        return False  # a people and its land: "Texans" / "Texas"
    return any(long_[:k] + long_[k + 1 :] == short and long_[k].isalpha() for k in range(len(long_) - 1))


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
