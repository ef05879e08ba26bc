"""The words of a quotation as they are compared: two wordings of one quotation match word for
word when they differ only in how a word is written, not in what was said.

Folded, "&" as "and", a contraction as its two words, a title's abbreviation as its word ("Gen."
/ "General"), British and American spellings and numbers in words or digits as one, a number of
several words as one ("two hundred" / "200"), a currency's sign as its code after the figure
("$3.1 million" / "3.1 million dollars"), a unit as its measure ("90km" / "90 kilometres", "7C"
/ "7 degrees"), words in square brackets or parentheses as one placeholder (the editor's).
"""

from __future__ import annotations

import re

from reader.facts.extract_numbers import parse_number
from reader.facts.measures import unit_of
from reader.facts.tables import CURRENCY, SCALE, SCALE_WORD
from reader.lang import CARDINALS, TITLE_WORDS
from reader.textnorm import fold, one_spelling

# a word: letters with inner apostrophes, or "&"; a hyphen separates ("state-funded" and
# "state funded" are one wording, "--" is punctuation)
# a sum's scale written on its figure ("$3.1m"): read as the figure and its word
_SCALE_SUFFIX = "bn|mn|tn|m|k|b"
_SCALED = re.compile(rf"(\d+(?:[.,]\d+)*)({_SCALE_SUFFIX})")
_WORD = re.compile(
    rf"[$€£¥](?=\d)|(?<=[$€£¥])\d+(?:[.,]\d+)*(?:{_SCALE_SUFFIX})(?![\w'’])|\d+(?:[.,]\d+)+(?![\w'’])|"
    r"[\w'’]+|&|%|\[\]"
)
# a currency's sign or word after a figure is its code (:data:`reader.facts.tables.CURRENCY`),
# told after the figure: "$3.1 million" and "3.1 million dollars" are one wording, "$3.1
# million" and "3.1 million pounds" two
_SIGNS = frozenset("$€£¥")
# contractions read as their words ("you're" / "you are"; "is n't" / "is not")
_CONTRACTED = re.compile(r"^(\w+?)(n't|n’t|'re|’re|'ve|’ve|'ll|’ll|'m|’m|'d|’d)$", re.I)
_EXPANDED = {"n't": "not", "'re": "are", "'ve": "have", "'ll": "will", "'m": "am", "'d": "would"}
# "'s" after these is "is" (or "has"), never a possessive: "he's" / "he is"
_IS_AFTER = frozenset("he she it that there what who where here".split())
# speech as transcribed and as written are one wording ("gonna" / "going to")
_SPOKEN = {"gonna": "going to", "wanna": "want to", "gotta": "got to", "gimme": "give me"}
# a pronoun for what was just said, as a speaker repeats it: "that's okay" / "it's O.K." is
# one remark however the reporter heard it (only so contracted: "that" alone is mostly a
# conjunction)
_THAT = {"that": "it", "this": "it"}

# the words of a number told in several ("two hundred and fifty", "3 million", "a thousand")
_NUMBER_WORDS = frozenset(CARDINALS) | frozenset(SCALE) - frozenset("k m mn mln bn b tn".split())
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def _number_run(words: list[str], i: int) -> tuple[int, str] | None:
    """(how many words, the value in digits) of a number told in several words from
    ``words[i]`` on ("two hundred" / "200", "1,500" / "fifteen hundred", "3 million" / "three
    million"), or None: one number word alone is left to :func:`one_spelling`."""
    run: list[str] = []
    for j in range(i, len(words)):  # by index: a slice would copy the rest of a long quote
        w = words[j]
        f = fold(w)
        if not run and (_DIGITS.fullmatch(f) or f == "a"):
            run.append("one" if f == "a" else f)  # a figure, or "a" of "a hundred", opens a run only
        elif f in _NUMBER_WORDS or (f == "and" and run and run[-1] in _NUMBER_WORDS):
            run.append(f)
        else:
            break
    while run:
        while run and run[-1] == "and":
            run.pop()
        if len(run) < 2 and not (run and "," in run[0]):
            return None
        if (n := parse_number(" ".join(run))) is not None:
            return len(run), f"{n[0]:.15g}"
        run.pop()
    return None


# words in square brackets are the editor's, not the speaker's ("[Governor Ray]
# Tolland's plan", "we grew up [with]"), and an ellipsis marks words left out: each is
# one placeholder that matches no word, and what the other side quotes in its place
# alone is no rewording
_EDITORIAL = re.compile(r"\[[^\]]*\]|\([^)]*\)|\.\s?\.\s?\.|…")
EDITED = "[]"


def spoken(words: list[str]) -> int:
    """How many words of a run are the speaker's (not the editor's placeholder)."""
    return sum(1 for w in words if w != EDITED)


def editorial(words: list[str]) -> bool:
    return bool(words) and all(w == EDITED for w in words)


def _unscaled(word: str) -> tuple[str, ...]:
    """A figure with its scale on it as the figure and the scale's word ("3.1m": "3.1", "million")."""
    m = _SCALED.fullmatch(word)
    return (m[1], SCALE_WORD[m[2]]) if m else (word,)


# a unit written onto its figure, as British papers do ("7C", "90km", "34kg")
_GLUED_UNIT = re.compile(r"(\d+(?:[.,]\d+)*)(km|kg|cm|mm|ft|lbs?|mph|[CF])")
# a scale of temperature said after "degrees" ("7 degrees Celsius"): the degrees' word
_SCALES = frozenset(("celsius", "centigrade", "fahrenheit"))


def _read_unit(w: str, f: str, out: list[tuple[str, str]]) -> bool:
    """Add the word ``w`` (folded ``f``) to the quotation's words ``out`` when it is a unit of
    measure after a figure, or a figure with its unit on it ("7C": the figure, then the unit
    unwritten); "Celsius" after "degrees" is one word with it.  False when it is neither."""
    if glued := _GLUED_UNIT.fullmatch(w):
        number = _number_run([glued[1]], 0)
        out.append((w, number[1] if number else glued[1]))
        out.append(("", _unit_word(glued[2].lower(), out) or glued[2]))
        return True
    if (unit := _unit_word(f, out)) is None:
        return False
    out[-1:] = [out[-1], (w, unit)] if unit else [(f"{out[-1][0]} {w}", out[-1][1])]
    return True


def _unit_word(f: str, out: list[tuple[str, str]]) -> str | None:
    """The compared form of a unit of measure after a figure ("km" and "kilometres" one; a
    temperature's "C" and "degrees" one: a speaker says "7 degrees" of what is written "7C"), or
    None when the word is no unit or follows no figure."""
    if not out or not (_DIGITS.fullmatch(out[-1][1]) or out[-1][1] == "degree"):
        return None
    if out[-1][1] == "degree":
        return "" if f in _SCALES else None
    unit = unit_of(f)
    if f in ("degree", "degrees") or (unit is not None and unit[0] == "temperature"):
        return "degree"
    return None if unit is None else f"{unit[0]}:{unit[1]}"


# "an hour" after a length: a speed ("60 kilometres per hour", "60 km/h" and "60 kph" are one)
_AN_HOUR = (("per", "hour"), ("an", "hour"), ("a", "hour"), ("h",))


def _per_hour(words: list[str], i: int, out: list[tuple[str, str]]) -> int:
    """How many words from ``words[i]`` say "an hour" after a length just read (0 when none), the
    length then read as a speed in the unit km/h is (:func:`reader.facts.measures.unit_of`'s)."""
    if not out or not out[-1][1].startswith("length:"):
        return 0
    low = [w.lower() for w in words[i : i + 2]]
    hour = next((len(h) for h in _AN_HOUR if tuple(low[: len(h)]) == h), 0)
    if hour:
        metres = float(out[-1][1].split(":")[1])
        out[-1] = (f"{out[-1][0]} {' '.join(words[i : i + hour])}", f"speed:{round(metres / 1000, 6)}")
    return hour


# signs and pieces read as the word they stand for ("&", "is n't" as tokenised)
_WORD_FOR = {"&": "and", "n't": "not"}


def quote_words(text: str) -> list[tuple[str, str]]:
    """The words of a quotation as (written, compared): folded, "&" as "and", a
    contraction as its two words (the written form kept on the first), a title's
    abbreviation as its word ("Gen." / "General"), British and American spellings and
    numbers in words or digits as one (:func:`reader.textnorm.one_spelling`), a number of
    several words as one ("two hundred", "200" and "2 hundred" are "200";
    :func:`_number_run`); words in square brackets or
    parentheses as one placeholder (the editor's, by the wire services' use)."""
    out: list[tuple[str, str]] = []
    words = [part for w in _WORD.findall(_EDITORIAL.sub(" [] ", text)) for part in _unscaled(w)]
    skip = 0
    currency = ""
    for i, w in enumerate(words):
        if skip:
            skip -= 1
            continue
        if w in _SIGNS:
            currency = CURRENCY[w]  # told after its figure
            continue
        if number := _number_run(words, i):
            out.append((" ".join(words[i : i + number[0]]), number[1]))
            skip = number[0] - 1
            currency = _told_after(out, currency)
            continue
        if w == "[]":
            out.append(("", EDITED))
            continue
        f = fold(w).replace("’", "'")
        if f.isalpha() and CURRENCY.get(f) and out and _DIGITS.fullmatch(out[-1][1]):
            out.append((w, CURRENCY[f]))
            continue
        if f in ("o", "ok") and (f == "ok" or (i + 1 < len(words) and fold(words[i + 1]) == "k")):
            out.append((w if f == "ok" else f"{w} {words[i + 1]}", "okay"))  # "O.K.", "OK", "okay"
            skip = f == "o"
            continue
        if f in _WORD_FOR:
            out.append((w, _WORD_FOR[f]))
            continue
        if f == "%" or (f == "per" and i + 1 < len(words) and fold(words[i + 1]) == "cent"):
            out.append((w if f == "%" else f"{w} {words[i + 1]}", "percent"))  # "38%", "38 per cent"
            skip = f == "per"
            continue
        m = _CONTRACTED.match(f)
        if m and f not in ("won't", "can't"):
            out += [(w, m.group(1)), ("", _EXPANDED[m.group(2).lower()])]
            continue
        if f.endswith("'s") and f[:-2] in _IS_AFTER:
            out += [(w, _THAT.get(f[:-2], f[:-2])), ("", "is")]
            continue
        if f in _SPOKEN:
            first, second = _SPOKEN[f].split()
            out += [(w, first), ("", second)]
            continue
        if (hour := _per_hour(words, i, out)) or _read_unit(w, f, out):
            skip = max(hour - 1, 0)
            continue
        out.append((w, one_spelling(TITLE_WORDS.get(f, f))))
        currency = _told_after(out, currency)
    return out


def _told_after(out: list[tuple[str, str]], currency: str) -> str:
    """Add a symbol's currency after the figure just read; '' once told (or when no figure was:
    "$" before a word that is none)."""
    if currency and _DIGITS.fullmatch(out[-1][1]):
        out.append(("", currency))
    return ""
