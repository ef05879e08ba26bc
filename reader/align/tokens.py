"""Tokens: what a sentence says, as weighted content words.

Stop words out (English, German, French, Spanish), accents folded, a light stem,
month and weekday abbreviations and demonyms mapped to one token ("Dec." meets
"December", "French" meets "France"), and a run of capitalised words also yields its
initials ("National Security Agency" meets "NSA").  Each token carries a weight that
multiplies its IDF: numbers, fact keys, acronyms and names say more than plain words
(the weights are in :class:`~reader.align.settings.Settings`).

The word tables are local to the aligner for now; shared language tables will live in
``reader/lang.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reader.align.settings import DEFAULTS, Settings
from reader.lang import ALIGN_STOP_WORDS as STOPWORDS
from reader.lang import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from reader.textnorm import fold_latin

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
# A clock time ("3:33", "10:05") is also a token of its own, beside its two numbers: the moment
# both accounts tell (a telling number, :mod:`reader.align.evidence`), where "3" and "33" alone
# recur by chance.
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d\d(?![\d:])")

# Month and weekday abbreviations map to one token so "Dec." meets "December".
_ALIASES = {
    **{a: next(m for m in MONTH_NAMES if m[:3] == a[:3]) for a in MONTH_ABBREVIATIONS},
    **{a: next(d for d in WEEKDAYS if d[:3] == a[:3]) for a in WEEKDAY_ABBREVIATIONS},
    "u.s": "us",
    "usa": "us",
    # a party's or a country's other name in news: "the GOP" is "the Republicans"
    "gop": "republican",
    "uk": "britain",
    "u.k": "britain",
}

_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ied", "ies", "ed", "es", "s", "ly")
# Not Settings: the keys of _PLACES are stems of this length, and _WORD_CACHE keeps stems for
# the whole process.  A suffix comes off only when four letters are left ("sing", "seed" stay).
_STEM_LENGTH = 7
_STEM_KEEP_MIN = 4
# A final "y" stays after a vowel ("Monday", "survey": no "-ies" form) and in "-ly" (an adverb's
# ending comes off whole: "legally" meets "legal")
_NOT_BEFORE_Y = frozenset("aeiouyl")


fold = fold_latin  # lower case, Latin accents stripped; see reader.textnorm


def stem(word: str) -> str:
    """A light, language-agnostic stem: drop a common suffix, keep at most ``_STEM_LENGTH`` letters.

    Good enough to meet "monitored"/"monitoring" and "communications"/"communication";
    a real stemmer would add a dependency and little accuracy for this purpose.
    """
    if word[0].isdigit():
        return word
    if len(word) > _STEM_KEEP_MIN and word[-1] == "y" and word[-2] not in _NOT_BEFORE_Y:
        # the "y" that "-ies" and "-ied" write as "i": without it the forms meet ("company" /
        # "companies", "injury" / "injured" / "injuries", "testify" / "testified")
        return word[:-1][:_STEM_LENGTH]
    for suf in _SUFFIXES:
        if len(word) - len(suf) >= _STEM_KEEP_MIN and word.endswith(suf):
            word = word[: -len(suf)]
            break
    return word[:_STEM_LENGTH]


# A token is (key, weight): the weight multiplies the IDF (numbers and names say more).
# Plain tuples, not objects: a book has millions of them.
Token = tuple[str, float]


# Two to six capitalised words, "of", "for", "and", "the" or "de" allowed between them.  Written
# to open with the class [A-Z] (the word boundary before it is the look-behind): the regex
# engine then jumps from capital to capital instead of trying the group at every character,
# 2.4 times faster, with the same matches as the plain form
# (?:\b[A-Z][a-z]+(?:\s+(?:of|for|and|the|de)\s+|\s+)){1,5}[A-Z][a-z]+\b (tested on both)
_NAME_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+(?:(?:\s+(?:of|for|and|the|de)\s+|\s+)[A-Z][a-z]+){1,5}\b")

# Country and demonym share one token: "France" meets "French", "Mexico" meets "Mexican".
# A general fact of the language, not of one article; keys are stems (_STEM_LENGTH letters).
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


Tokenize = Callable[[str, Sequence[str]], list[Token]]

# (key, weight, capitalised) per raw word, one table per pair of (number, acronym) weights,
# filled as words are met and never cleared: a book has some 15,000 distinct words, so each
# is folded and stemmed once per process.  The weight is stored, not looked up per token:
# tokenising is about a third of the aligner's time on a book.
_WORD_CACHES: dict[tuple[float, float], dict[str, tuple[str, float, bool]]] = {}
# An English negation printed apart from its auxiliary verb ("ca n't", "do n't", "wo n't"), as some
# sources do: "ca" and "n't" are no words two sentences may share; read as "not" (a stop word).
_SPLIT_NOT = re.compile(r"\b[^\W\d_]+\s+n['’]t\b")
_TWO_CAPS = re.compile(r"[A-Z][a-z]+\s+(?:(?:of|for|and|the|de)\s+)?[A-Z][a-z]")


def _word(raw: str, number_weight: float, acronym_weight: float) -> tuple[str, float, bool]:
    """(key, weight, capitalised) of one word; key "" for a stop word (cached by the caller)."""
    low = fold(raw).replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    low = _ALIASES.get(low, low)
    acronym = len(raw) >= 2 and raw.isupper() and raw.isalpha()
    if low in STOPWORDS and not acronym:
        return "", 0.0, False
    if raw[0].isdigit():
        return low.replace(",", ""), number_weight, False
    if len(low) < 2:
        return "", 0.0, False
    key = stem(low)
    return _PLACES.get(key, key), (acronym_weight if acronym else 1.0), raw[0].isupper()


# A tokenizer remembers the tokens (without fact keys) of this many texts: the clause windows
# (reader.align.refine) ask again for whole sentences the scorer has tokenized with their
# fact keys.  Bounded, so a book (tens of thousands of sentences) does not keep them all.
_MEMO_MAX = 5_000
# The word cache (raw word -> key, weight) is shared by every comparison of the process; a
# batch of thousands of pairs keeps meeting new words (names, numbers), so it is emptied
# when it passes this many (about 20 MB; a whole Bible side has some 30,000 distinct words).
_WORDS_MAX = 100_000


# The words (``_TOKEN.findall``) of the texts the newest tokenizer has read, for
# :func:`surfaces`: the word families (reader.align.family) read the same texts right after
# the scorer tokenized them.  The words are a function of the text alone, so an entry is right
# whoever reads it; each new tokenizer (one comparison) starts a new table.  The families read
# at most ``meaning_sentences_max`` sentences, the first ones tokenized: past that many texts
# (a book) the table is emptied and stays empty.
_recent_words: dict[str, list[str]] = {}


def _kept(table: dict[str, list[str]], text: str, found: list[str], most: int) -> bool:
    """Keep a text's words in ``table``; past ``most`` texts empty it and say to stop (False)."""
    if len(table) < most:
        table[text] = found
        return True
    table.clear()
    return False


_PERCENT = "percent"  # the token of "%" and "per cent"


def _marks(text: str, out: dict[str, float], number_weight: float) -> None:
    """Add the tokens a text writes with marks: a clock time ("3:33") and "percent" ("5%")."""
    if ":" in text:
        for clock in _CLOCK.findall(text):
            out.setdefault(clock, number_weight)
    if "%" in text or "per cent" in text:  # "5%" and "5 per cent" say "5 percent"
        out.setdefault(_PERCENT, 1.0)


def tokenizer(settings: Settings = DEFAULTS) -> Tokenize:
    """``tokens`` with the weights of ``settings`` bound: for tokenising many sentences."""
    global _recent_words
    number_weight, acronym_weight = settings.number_weight, settings.acronym_weight
    name_weight, fact_weight = settings.name_weight, settings.fact_weight
    cache = _WORD_CACHES.setdefault((number_weight, acronym_weight), {})
    if len(cache) > _WORDS_MAX:  # a batch of many pairs meets ever more words: start again
        cache.clear()
    memo: dict[str, list[Token]] = {}  # text -> its tokens without extra keys
    words_of: dict[str, list[str]] = {}
    _recent_words = words_of
    words_max, keep_words = settings.meaning_sentences_max, [True]

    def tokenize(text: str, extra: Sequence[str] = ()) -> list[Token]:
        if not extra:
            known = memo.get(text)
            if known is not None:
                return known[:]
        key_text = text
        out: dict[str, float] = {}
        first = True
        if " n’t" in text or " n't" in text:  # only a split form runs the regex
            text = _SPLIT_NOT.sub("not", text)
        found = _TOKEN.findall(text)
        if keep_words[0] and text is key_text:  # the words of the text as given
            keep_words[0] = _kept(words_of, text, found, words_max)
        for raw in found:
            hit = cache.get(raw)
            if hit is None:
                hit = cache[raw] = _word(raw, number_weight, acronym_weight)
            key, weight, capital = hit
            if key:
                # capitalised inside a sentence: probably a name
                w = name_weight if capital and not first else weight
                if out.get(key, 0.0) < w:
                    out[key] = w
            first = False
        _marks(text, out, number_weight)
        initials = _initials(text, out) if _TWO_CAPS.search(text) else []
        remember = len(memo) < _MEMO_MAX
        if remember:
            memo[key_text] = [*out.items(), *initials]
        if not extra:
            return memo[key_text][:] if remember else [*out.items(), *initials]
        for key in extra:
            out.setdefault(key, fact_weight)
        # initials go last, so a check of the last token finds them
        return [*out.items(), *(t for t in initials if t[0][1:] not in out)]

    def _initials(text: str, out: dict[str, float]) -> list[Token]:
        found = []
        for m in _NAME_RUN.finditer(text):
            initials = "".join(w[0] for w in m.group().split() if w[0].isupper()).lower()
            if len(initials) >= 2 and initials not in out:
                # kept only if the acronym is used (resolve_initials); weighs like it
                found.append(("^" + initials, acronym_weight))
        return found

    return tokenize


def surfaces(texts: Sequence[str], settings: Settings = DEFAULTS) -> dict[str, str]:
    """Each word key of the texts with the shortest word written for it ("plead" -> "plea",
    "earthqu" -> "earthquake"): what a key stands for, to look it up in a word model."""
    cache = _WORD_CACHES.setdefault((settings.number_weight, settings.acronym_weight), {})
    raw_of: dict[str, str] = {}
    recent = _recent_words
    for text in texts:
        found = recent.get(text)
        for raw in _TOKEN.findall(text) if found is None else found:
            hit = cache.get(raw)
            if hit is None:
                hit = cache[raw] = _word(raw, settings.number_weight, settings.acronym_weight)
            key = hit[0]
            if key and not raw[0].isdigit() and (key not in raw_of or len(raw) < len(raw_of[key])):
                raw_of[key] = raw
    return {k: fold(w).replace("’", "'").removesuffix("'s") for k, w in raw_of.items()}


def first_key(text: str, settings: Settings = DEFAULTS) -> str:
    """The key of a text's first word ("" for a stop word or none): its capital says nothing."""
    m = _TOKEN.search(text)
    if not m:
        return ""
    # the word cache holds what _word gives (a key does not depend on the weights)
    hit = _WORD_CACHES.get((settings.number_weight, settings.acronym_weight), {}).get(m.group())
    return (hit or _word(m.group(), settings.number_weight, settings.acronym_weight))[0]


def tokens(text: str, extra: Sequence[str] = (), settings: Settings = DEFAULTS) -> list[Token]:
    """Content tokens of one sentence (duplicates removed), plus ``extra`` fact keys.

    Upper-case acronyms are kept even when they spell a stop word ("US"), and a run of
    capitalised words also yields its initials, so "United States" meets "US" and
    "National Security Agency" meets "NSA".  A word that appears twice keeps its
    larger weight.
    """
    return tokenizer(settings)(text, extra)


def resolve_initials(*sides: list[list[Token]]) -> None:
    """Turn "^nsa" (initials of a capitalised run) into "nsa" where some sentence uses
    the acronym NSA itself; drop it elsewhere, so "Le Monde" does not invent "lm"."""
    flagged = [(side, i) for side in sides for i, ts in enumerate(side) if ts and ts[-1][0][0] == "^"]
    if not flagged:
        return
    used = {k for side in sides for ts in side for k, _ in ts if k[0] != "^"}
    for side, i in flagged:
        side[i] = [(k[1:], w) if k[0] == "^" else (k, w) for k, w in side[i] if k[0] != "^" or k[1:] in used]
