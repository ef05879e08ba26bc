"""Facts: typed values in sentences, and the decision of what is a discrepancy.

Two accounts of one event are compared by the facts they state, not by their wording:
"Dec. 10, 2012" and "10 December 2012" are one date, "30 days" and "a 30-day period" one
duration, "NSA" and "National Security Agency" one name.  We extract numbers, money,
percentages, durations, ages, ordinals, times, dates, years, days, names and quotes with
a normalised value and their exact span, so that a discrepancy can point at the smallest
conflicting words ("13 months" / "30-day period") and an equivalent wording is never
reported.

Design choices, and why:

* Everything is precompiled regular expressions, small tables and cheap pre-checks
  (``"%" in text``, one digit search): the layer also runs over 62,000 Bible verses, so the
  cost of a sentence without numbers must stay at a few microseconds.  No model is needed.
* Quantities compare as *intervals*, not points: "less than four months" is [0, 4 months],
  "about 70 million" is +-20 %, "70 million" covers the rounding of "70.3 million".  Two
  facts agree when their intervals meet, which makes the decision symmetric and keeps
  equivalent or merely vaguer wordings from ever being reported.
* A conflict needs the *same slot* on both sides: numbers must count the same thing
  (a shared noun or verb: "killed 12 people" / "killed 15 people"), money the same
  currency, dates and durations are paired only when each side has one left unexplained.
  A fact only one side states is a unique detail, never a conflict.
* Names are compared word by word for near spellings ("Rifkin"/"Rivkin"), after folding
  accents and removing word forms ("Mexico"/"Mexican").  :func:`extract_document` notes for
  each name word the near spellings used elsewhere in the same article, so two different
  people with similar names (both spellings on both sides) are never reported.

Extra information rides in ``Fact.extra`` as ``key=value`` strings (``bound=<``,
``res=1000000``, ``ctx=peopl kille``, ``alt=rivkin``, ``who=he@88-90``) and ``year inferred``;
read them with :func:`tag`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import cast

import numpy as np
from rapidfuzz.distance import OSA

from reader.model import Difference, Fact

# ---------------------------------------------------------------------------------------
# small helpers


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, typographic apostrophe made plain, accents removed ("Calderón" -> "calderon")."""
    text = text.lower().replace("’", "'")
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _ymd(f: Fact) -> tuple[int, int, int]:
    """The (year, month, day) value of a date or year fact (0 for a part not given)."""
    return cast(tuple[int, int, int], f.value)


def tag(f: Fact, key: str) -> str:
    """The value of a ``key=value`` entry of ``f.extra`` ('' when absent)."""
    prefix = key + "="
    for e in f.extra:
        if e.startswith(prefix):
            return e[len(prefix) :]
    return ""


def _tags(f: Fact, key: str) -> list[str]:
    prefix = key + "="
    return [e[len(prefix) :] for e in f.extra if e.startswith(prefix)]


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


# ---------------------------------------------------------------------------------------
# numbers

_WORD_VALUES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "a dozen": 12, "half a dozen": 6, "a couple of": 2, "a couple": 2, "a hundred": 100,
    "a thousand": 1000, "one hundred": 100, "one thousand": 1000,
}  # fmt: skip
_SCALE: dict[str, int] = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12,
}  # fmt: skip
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_NUMWORD = (
    r"(?:half\s+a\s+dozen|a\s+couple(?:\s+of)?|a\s+dozen|a\s+hundred|a\s+thousand|"
    rf"{_TENS}(?:[-\s]{_ONES})?|(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred|"
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozen)"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_NUM = rf"(?:{_DIGITS}|{_NUMWORD})"
# Case-insensitive matching is slow in ``re``: every pattern below that should ignore case
# is written in lower case and runs over ``text.lower()`` (same length, same offsets).
_NUMWORD_HINT = re.compile(
    r"\b(?:o(?:ne)|t(?:wo|hree|en|welve|hirteen|wenty|hirty|housand)|f(?:our|ive|ifteen|ifty|orty|ourteen)|"
    r"s(?:ix|even|ixteen|eventeen|ixty|eventy)|e(?:ight|leven|ighteen|ighty)|nine|ninety|nineteen|"
    r"hundred|dozen|couple)"
)
_DIGIT = re.compile(r"\d")
_DUR_SUBSTRINGS = ("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade")
_ORD_SUBSTRINGS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth",
)  # fmt: skip


def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled alternation: "does the text contain any of these?" in C, not a loop."""
    return re.compile("|".join(re.escape(w) for w in words))


_DUR_ANY = _any_of(_DUR_SUBSTRINGS)
_ORD_ANY = _any_of(_ORD_SUBSTRINGS)
_WS = re.compile(r"[\s-]+")


def _parse_number(text: str) -> tuple[float, float] | None:
    """(value, resolution) of a number as written, or None.

    The resolution is the rounding the writer's precision allows: "70.3 million" is
    +-50,000 wide; a plain integer ("12") is exact, so "12" and "15" always differ.
    """
    t = _WS.sub(" ", text.lower().strip())
    scale = 1
    last = t.rsplit(" ", 1)
    if len(last) == 2 and last[1] in _SCALE and last[0]:
        scale, t = _SCALE[last[1]], last[0]
    elif t[-1:].isalpha() and t[:1].isdigit():  # "5m", "3bn"
        i = len(t)
        while i and t[i - 1].isalpha():
            i -= 1
        if t[i:] not in _SCALE:
            return None
        scale, t = _SCALE[t[i:]], t[:i]
    if t[:1].isdigit():
        digits = t.replace(",", "")
        whole, _, frac = digits.partition(".")
        if not whole.isdigit() or (frac and not frac.isdigit()):
            return None
        value = int(whole + frac) * scale / 10 ** len(frac)
        res = scale / 10 ** len(frac) if (frac or scale > 1) else 0.0
        if scale > 1 and not frac:  # "70 million" may round 70.3 million
            res = float(scale)
        return float(value), float(res)
    if t in _WORD_VALUES:
        return float(_WORD_VALUES[t] * scale), 0.0
    parts = t.split(" ")
    if len(parts) == 2 and parts[0] in _WORD_VALUES and parts[1] in _WORD_VALUES:
        a, b = _WORD_VALUES[parts[0]], _WORD_VALUES[parts[1]]
        return float((a * b if b == 100 else a + b) * scale), 0.0
    if t in _SCALE and t in ("thousand", "million", "billion", "trillion"):
        return float(_SCALE[t]), 0.0
    return None


def number_value(text: str) -> float | None:
    """'70.3 million' -> 70300000.0, 'two' -> 2, 'forty-two' -> 42, '1,200' -> 1200."""
    got = _parse_number(text)
    return got[0] if got else None


# Words before a quantity that make it a bound or an estimate rather than an exact value.
_QUALIFIERS: dict[str, str] = {
    "less than": "<", "fewer than": "<", "under": "<", "at most": "<", "up to": "<",
    "no more than": "<", "as many as": "<", "within": "<", "just under": "<", "below": "<",
    "more than": ">", "at least": ">", "over": ">", "just over": ">", "upwards of": ">",
    "no fewer than": ">", "no less than": ">", "above": ">", "in excess of": ">",
    "nearly": "~", "almost": "~", "about": "~", "around": "~", "roughly": "~", "some": "~",
    "approximately": "~", "an estimated": "~", "estimated": "~", "close to": "~",
    "approx.": "~", "some of": "",
}  # fmt: skip
_QUAL_BEFORE = re.compile(
    r"(?:^|(?<=\W))(?P<q>less\s+than|fewer\s+than|more\s+than|at\s+least|at\s+most|up\s+to|"
    r"no\s+more\s+than|no\s+fewer\s+than|no\s+less\s+than|as\s+many\s+as|just\s+over|"
    r"just\s+under|upwards\s+of|in\s+excess\s+of|close\s+to|an\s+estimated|estimated|"
    r"nearly|almost|about|around|roughly|some|approximately|over|under|within|below|above)"
    r"\s+$"
)


def _qualifier(text: str, start: int) -> tuple[str, int]:
    """The bound a qualifier just before ``start`` gives ('=' when none) and where it starts."""
    window = text[max(0, start - 24) : start].lower()
    if not window.endswith(" "):
        return "=", start
    m = _QUAL_BEFORE.search(window)
    if not m:
        return "=", start
    q = _WS.sub(" ", m.group("q").lower())
    return _QUALIFIERS.get(q, "~"), start - len(window) + m.start()


# ---------------------------------------------------------------------------------------
# dates, times and days

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAYNUM})(?![\d:]|\s*(?:p\.?m|a\.?m)\b)(?:,?\s+(?P<y1>{_YEAR})\b)?"
    rf"|(?P<d2>{_DAYNUM})\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR})\b)?"
    rf"|(?P<m3>{_MONTH})\s+(?:of\s+)?(?P<y3>{_YEAR})\b"
    rf"|(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-3]\d)\b)"
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = re.compile(
    r"\b(?:(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|yesterday|"
    r"tomorrow|tonight|(?:this|last|next)\s+(?:morning|afternoon|evening|night|week|month|year))\b"
)
_YEAR_ALONE = re.compile(rf"(?<![\w.,/$€£-]){_YEAR}(?![\w%-]|,\d|\.\d)")
_TIME = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s?(?P<ap>a\.?m\.?|p\.?m\.?)(?!\w)"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?:\s?(?:gmt|utc|h))?\b"
)

# ---------------------------------------------------------------------------------------
# durations and ages

_DUR_UNITS: dict[str, float] = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
    "fortnight": 14.0, "month": 30.4375, "year": 365.25, "decade": 3652.5,
}  # fmt: skip
_DUR_UNIT = r"(?P<unit>second|minute|hour|day|week|fortnight|month|year|decade)s?"
_DURATION = re.compile(
    rf"\b(?:(?P<qual>less\s+than|fewer\s+than|more\s+than|at\s+least|at\s+most|up\s+to|"
    r"just\s+over|just\s+under|nearly|almost|about|around|roughly|some|approximately|"
    r"over|under|within|during|for)\s+)?"
    r"(?P<art>(?:(?:a|one)\s+period\s+of\s+)|(?:an?\s+)(?=\d|[a-z]+[-\s](?:second|minute|hour|day|week|month|year|decade)s?[-\s](?:period|span|stretch|window|spell|long))|(?:the\s+(?:past|last|next)\s+))?"
    rf"(?P<num>{_NUM}|an?)[-\s]{_DUR_UNIT}(?P<old>[-\s]old\b)?"
    r"(?:[-\s](?P<noun>period|span|stretch|window|spell|long))?\b"
)
_UNIT_AT = re.compile(r"\b(?:second|minute|hour|day|week|fortnight|month|year|decade)s?\b")
# what stands just before the unit of every duration: its number (or "a"), then a space or hyphen
_COUNT_BEFORE_UNIT = re.compile(rf"(?:{_NUM}|an?)[-\s]\Z")
_AGE = re.compile(rf"\b(?:aged\s+(?P<a1>\d{{1,3}})|(?P<a2>\d{{1,3}}|{_NUMWORD})[-\s]years?[-\s]old)\b")
_DUR_QUAL: dict[str, str] = {
    "over": "=", "during": "=", "for": "=",  # "over 13 months" = during 13 months
    "within": "<", "under": "<", "less than": "<", "fewer than": "<", "at most": "<",
    "up to": "<", "just under": "<", "more than": ">", "at least": ">", "just over": ">",
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# quantities: numbers, money, percentages

_CURRENCY: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "¥": "JPY", "a$": "AUD", "c$": "CAD", "dollar": "USD", "dollars": "USD", "us dollars": "USD",
    "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "rupees": "INR", "pesos": "MXN", "francs": "CHF", "rubles": "RUB",
    "roubles": "RUB",
}  # fmt: skip
_QUANTITY = re.compile(
    r"(?<![\w.,/\-$€£¥])(?P<cur>us\$|a\$|c\$|[$€£¥]|(?:usd|eur|gbp)\s?)?"
    rf"(?P<num>{_DIGITS}|{_NUMWORD})"
    r"(?:(?P<sfx>bn|mn|m|k|tn)\b|\s(?P<scale>thousand|million|billion|trillion|bn|mn|mln)\b)?"
    r"(?:\s?(?P<pct>%|percent\b|per\s+cent\b|percentage\s+points?\b))?"
    r"(?:\s(?P<cur2>(?:us\s)?dollars|euros?|pounds(?:\ssterling)?|yen|yuan|rupees|pesos|francs|r[ou]bles)\b)?"
    r"(?![\w/-]|[.,]\d)"
)
_QSTART = re.compile(r"[\d$€£¥]")
_MONTH_SUBSTRINGS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ORDINAL = re.compile(
    r"\b(?P<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d+(?:st|nd|rd|th))\s+(?P<noun>[a-z][a-z'-]+)"
)
_ORD_HINT = re.compile(
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d(?:st|nd|rd|th)\b"
)
_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_NOUN_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?((?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)")
_WORD_BEFORE = re.compile(r"\b([a-z][a-z'-]+)\s+(?:(?:a|an|the|some|about|nearly|around)\s+)?$")
_STOP = frozenset(
    """a an the of in on at to for by from with as and or but is are was were be been being
    has have had that this these those its their his her our who which than then there
    it they he she we you i not no all any some more most less over under about nearly
    around almost roughly just up into out per each every other such""".split()
)

# ---------------------------------------------------------------------------------------
# names

_CAPWORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.&-]*)"
_NAME = re.compile(
    rf"{_CAPWORD}(?:(?:\s+(?:de|da|del|della|der|den|di|du|van|von|al|bin|ibn|le|la|el|of)\s+|\s+){_CAPWORD})*"
)
_NOT_NAMES = frozenset(
    """the a an and but or if in on at for to of by from with as after before when while
    this that these those there here he she it they we i you his her its their our my
    according earlier later meanwhile however also although though yet so then still
    some many most all both each every another other such no not amongst among apparently
    finally first last one two three four five six seven eight nine ten what which who
    why how where it's that's there's he's she's we're they're i'm let's thus hence indeed
    instead despite during since until unless whether once now today yesterday tomorrow
    tonight recommended explain review read watch see click photo video related update
    updated breaking exclusive analysis opinion editorial comment comments share""".split()
)
_TITLES = frozenset(
    """president minister prime foreign interior secretary ambassador director general
    chief spokesman spokeswoman spokesperson former deputy senator sen sen. rep rep.
    representative gov gov. governor mayor king queen prince princess pope judge justice
    chancellor premier officer commander gen gen. col col. lt lt. sgt sgt. dr dr. mr mr.
    mrs mrs. ms ms. prof prof. sir lord lady vice acting late us u.s. uk u.k. french
    mexican american german british brazilian european russian chinese italian spanish
    israeli iranian iraqi syrian egyptian turkish indian japanese canadian australian
    ukrainian belgian dutch swiss polish greek african asian arab palestinian afghan
    pakistani korean saudi libyan""".split()
)
_ORG_WORDS = frozenset(
    """agency council ministry department house office committee union party bank times
    post news monde government parliament congress senate court police army navy company
    corporation inc ltd group university association organization organisation nations
    states republic kingdom magazine radio tv journal daily operations service services
    commission foundation institute network presidencia spiegel reuters press airlines
    internet""".split()
)
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_ABBREV = frozenset(
    "gen. sen. rep. gov. dr. mr. mrs. ms. lt. col. sgt. prof. st. jr. sr. co. corp. inc. ltd.".split()
)
_CONNECTORS = frozenset("de da del della der den di du van von al bin ibn le la el of".split())
_SPEECH = (
    r"(?:said|says|say|told|tells|added|adds|asked|stated|declared|insisted|warned|wrote|writes|"
    r"explained|noted|notes|argued|claimed|replied|tweeted|announced|admitted|conceded|"
    r"reported|reports|recalled|stressed|maintained|acknowledged|complained|confirmed)"
)
_SPEECH_RE = re.compile(rf"\b{_SPEECH}\b")
_PRONOUNS = frozenset({"he", "she", "they"})
_QUOTE = re.compile(r"[\"“](?P<q>[^\"“”]{2,}?)[\"”]")
_WHO = rf"(?P<who>(?:{_CAPWORD}\s+){{0,6}}{_CAPWORD}|he|she|they)"
_AFTER_QUOTE = re.compile(
    rf"\s*,?\s*(?:{_WHO}\s+(?:also\s+|later\s+|then\s+)?{_SPEECH}\b|{_SPEECH}\s+(?P<who2>(?:{_CAPWORD}\s+){{0,6}}{_CAPWORD}))"
)
_PRONOUN_BEFORE = re.compile(r"\b(he|she|they)\s+(?:\w+\s+)?$", re.I)
_CONTENT_WORD = re.compile(r"[a-z]{3,}")
_QUOTE_STOP = frozenset(
    """the and that this with have has had for are was were from not but you our their they
    them its his her she him what which who will would can could should been being very
    all any one into than then there these those such only also just more most""".split()
)

# Names that are near each other in spelling but are simply different names; a pair of
# them in linked sentences is never a spelling conflict.
_DISTINCT_NAMES = frozenset(
    frozenset(p)
    for p in (
        ("obama", "osama"), ("iran", "iraq"), ("austria", "australia"), ("slovakia", "slovenia"),
        ("gambia", "zambia"), ("mali", "malta"), ("niger", "nigeria"), ("sweden", "swedes"),
        ("georgia", "georgian"), ("jordan", "jordon"), ("brown", "browne"), ("bush", "rush"),
        ("paris", "parish"), ("dennis", "denis"), ("michael", "michel"), ("daniel", "daniela"),
        ("louis", "luis"), ("carlos", "carla"), ("maria", "marie"), ("korea", "korean"),
    )
)  # fmt: skip


# ---------------------------------------------------------------------------------------
# name helpers


def _strip_possessive(word: str) -> str:
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("s'", "s’")):
        return word[:-1]
    return word


@lru_cache(maxsize=8192)
def name_tokens(name: str) -> tuple[str, ...]:
    """Folded words of a name without initials: 'Charles H. Rivkin' -> (charles, rivkin).

    Dotted acronyms lose their dots ("U.S." -> "us") and possessives their "'s".
    """
    out = []
    for raw in name.split():
        w = fold(_strip_possessive(raw)).strip(".,'-")
        if "." in w:
            w = w.replace(".", "")
            if len(w) < 2:
                continue
        if len(w) > 1:
            out.append(w)
    return tuple(out)


@lru_cache(maxsize=8192)
def _content_tokens(name: str) -> tuple[str, ...]:
    """Name tokens without titles, demonyms and connectors: what identifies the bearer."""
    toks = [t for t in name_tokens(name) if t not in _CONNECTORS]
    while len(toks) > 1 and toks[0] in _TITLES:
        toks = toks[1:]
    return tuple(toks)


def acronym(name: str) -> str:
    """Initials of a multi-word name: 'National Security Agency' -> 'NSA'."""
    words = [w for w in _WS.split(name) if w and w.lower() not in ("of", "the", "and", "for", "de")]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _acronyms(name: str) -> set[str]:
    """Initials of the name, also without leading titles ('US National Security Agency')."""
    words = [w for w in _WS.split(name) if w and w.lower() not in ("of", "the", "and", "for", "de")]
    out = set()
    while len(words) >= 2:
        out.add("".join(w[0] for w in words).upper())
        if fold(words[0]).strip(".") not in _TITLES and not words[0].isupper():
            break
        words = words[1:]
    return out


def _is_acronym(word: str) -> bool:
    w = word.replace(".", "")
    return 2 <= len(w) <= 6 and w.isupper() and w.isalpha()


def same_name(a: Fact, b: Fact) -> bool:
    """Variants of one name: equal, one within the other, or an acronym of it.

    'Charles H. Rivkin' = 'Charles Rivkin' = 'Rivkin'; 'NSA' = 'National Security Agency';
    'U.N.' = 'UN' = 'United Nations'; titles do not count ('President Obama' = 'Obama').
    """
    return _same_name_text(a.text, b.text)


@lru_cache(maxsize=65536)
def _same_name_text(a_text: str, b_text: str) -> bool:
    ta, tb = set(_content_tokens(a_text)), set(_content_tokens(b_text))
    if not ta or not tb:
        return False
    if ta <= tb or tb <= ta:
        return True
    ua, ub = a_text.replace(".", ""), b_text.replace(".", "")
    if _is_acronym(a_text) and ua in _acronyms(b_text):
        return True
    return bool(_is_acronym(b_text) and ub in _acronyms(a_text))


@lru_cache(maxsize=4096)
def _person(name: str) -> str:
    """Strip titles and demonyms: 'French Prime Minister Jean-Marc Ayrault' -> 'Jean-Marc Ayrault'."""
    words = [_strip_possessive(w) for w in name.split()]
    while len(words) > 1 and fold(words[0]) in _TITLES:
        words = words[1:]
    # "Director of National Intelligence James Clapper": keep the personal part
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1].lower() in ("of", "for"):
            rest = words[i:]
            while len(rest) > 1 and fold(rest[0]) in _TITLES | _ORG_WORDS | {"national", "state"}:
                rest = rest[1:]
            if len(rest) >= 2:
                words = rest
            break
    return " ".join(words)


def _looks_like_person(name: str, known: set[str]) -> bool:
    """A guess good enough for pronouns: two capitalised words and no organisation word,
    a title ("President Obama") or a surname already seen on a person."""
    shape = _person_shape(name)
    return shape == "+" or (bool(shape) and shape in known)


@lru_cache(maxsize=8192)
def _person_shape(name: str) -> str:
    """'+' for a person, '' for not one, else the single word that is one if known."""
    toks = _content_tokens(_person(name))
    if not toks or any(t in _ORG_WORDS for t in toks) or name.isupper():
        return ""
    if name.split()[0].lower() in ("der", "le", "la", "el", "the", "die", "los"):
        return ""
    if len(toks) >= 2 or len(name_tokens(name)) > len(toks):
        return "+"
    return toks[0]


# ---------------------------------------------------------------------------------------
# extraction


def _overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(a < y and x < b for x, y in spans)


def _context(text: str, a: int, b: int) -> str:
    """Stems of the words that say what a number counts: the noun after, the verb before."""
    words: list[str] = []
    nm = _NOUN_AFTER.match(text, b)
    if nm:
        words += nm.group(1).lower().split()
    bm = _WORD_BEFORE.search(text, max(0, a - 30), a)
    if bm:
        words.append(bm.group(1).lower())
    stems = [w[:5] for w in words if w not in _STOP and len(w) > 2]
    return " ".join(dict.fromkeys(stems))


def _noun(text: str, b: int) -> str:
    nm = _NOUN_AFTER.match(text, b)
    return nm.group(1).lower() if nm else ""


def _dates(text: str, year_hint: int | None, facts: list[Fact], taken: list[tuple[int, int]]) -> None:
    prev: tuple[int, int] | None = None  # (year, month) of the last explicit date here
    for m in _DATE.finditer(text):
        g = m.groupdict()
        extra: tuple[str, ...] = ()
        if g["iy"]:
            y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
        else:
            mon = g["m1"] or g["m2"] or g["m3"]
            dtxt = g["d1"] or g["d2"]
            ytxt = g["y1"] or g["y2"] or g["y3"]
            if mon.rstrip(".").lower() in ("may", "mar") and mon[0].islower():
                continue
            if mon == "May" and not dtxt and not ytxt:
                continue
            mo = MONTHS[mon.rstrip(".").lower()]
            d = int(dtxt.rstrip("stndrh")) if dtxt else 0
            y = int(ytxt) if ytxt else 0
            if not y:
                if prev is not None:  # "from December 10, 2012, to January 8"
                    y = prev[0] + (1 if mo < prev[1] else 0)
                    extra = ("year inferred",)
                elif year_hint:
                    y, extra = year_hint, ("year inferred",)
        if y and not extra:
            prev = (y, mo)
        text_ = m.group().rstrip(".") if m.group().endswith(".") and not g["m1"] else m.group()
        facts.append(Fact("date", text_, m.start(), m.start() + len(text_), (y, mo, d), extra=extra))
        taken.append((m.start(), m.end()))


def _duration_matches(low: str) -> Iterable[re.Match[str]]:
    """Duration matches, found from their unit word backwards.

    The full pattern (qualifier, article, number, unit, noun) is costly to try at every
    position; a unit word is rare, so we only try it in the few characters before one, and
    only where a count ends just before it (most "day"s of a long text have none).
    """
    for u in _UNIT_AT.finditer(low):
        if not _COUNT_BEFORE_UNIT.search(low, max(0, u.start() - 48), u.start()):
            continue  # "that day", "in those days": no count, so no duration ends here
        for m in _DURATION.finditer(low, max(0, u.start() - 48)):
            if m.start() > u.start():
                break
            if m.start("unit") == u.start():
                yield m
                break


def _ages(text: str, low: str, facts: list[Fact], taken: list[tuple[int, int]]) -> None:
    """'65-year-old', 'aged 65', '40 years old': an age, never a duration."""
    for m in _AGE.finditer(low):
        raw = m.group("a1") or m.group("a2")
        got = _parse_number(raw)
        if got is None:
            continue
        facts.append(Fact("age", text[m.start() : m.end()], m.start(), m.end(), got[0], unit="years"))
        taken.append((m.start(), m.end()))


def _durations(text: str, low: str, facts: list[Fact], taken: list[tuple[int, int]]) -> None:
    for m in _duration_matches(low):
        if m.group("old") or _overlaps(taken, m.start(), m.end()):
            continue
        num = m.group("num").lower()
        if num in ("a", "an"):
            n = 1.0
            if not (m.group("noun") or m.group("qual") or m.group("art")):
                continue  # "a day" in passing is no stated duration
        else:
            got = _parse_number(num)
            if got is None:
                continue
            n = got[0]
        unit = m.group("unit").lower()
        qual = _WS.sub(" ", (m.group("qual") or "").lower())
        bound = _DUR_QUAL.get(qual, "~" if qual else "=")
        # the span: the qualifier when it bounds the value, never articles or "over"
        start = m.start("qual") if qual and qual not in ("over", "during", "for") else m.start("num")
        if num in ("a", "an") and m.group("art"):
            start = min(start, m.start("num"))
        span = text[start : m.end()]
        facts.append(
            Fact(
                "duration",
                span,
                start,
                m.end(),
                n * _DUR_UNITS[unit],
                unit=unit,
                extra=(f"bound={bound}", f"count={_fmt(n)}"),
            )
        )
        taken.append((start, m.end()))


def _times(text: str, low: str, facts: list[Fact], taken: list[tuple[int, int]]) -> None:
    for m in _TIME.finditer(low):
        if _overlaps(taken, m.start(), m.end()):
            continue
        if m.group("h") is not None:
            h, mi = int(m.group("h")), int(m.group("mi") or 0)
            if h > 12:
                continue
            pm = m.group("ap").lower().startswith("p")
            h = (h % 12) + (12 if pm else 0)
        else:
            h, mi = int(m.group("h24")), int(m.group("mi24"))
        end = m.start() + len(m.group().rstrip())
        facts.append(Fact("time", text[m.start() : end], m.start(), end, h * 60 + mi))
        taken.append((m.start(), m.end()))


def _quantity_starts(low: str, words: bool) -> list[int]:
    """Where a quantity may start: a digit or currency sign not inside another number
    (moved back over "us$", "usd "), and number words ("a dozen", "twelve")."""
    out: list[int] = []
    for m in _QSTART.finditer(low):
        p = m.start()
        c = low[p]
        prev = low[p - 1] if p else " "
        if c.isdigit():
            if prev.isdigit() or prev in ".,$€£¥" or low[p - 2 : p] in ("$ ", "€ ", "£ "):
                continue
            if low[p - 4 : p] in ("usd ", "eur ", "gbp "):
                p -= 4
            elif low[p - 3 : p] in ("usd", "eur", "gbp"):
                p -= 3
        elif low[p - 2 : p] == "us":
            p -= 2
        elif prev in "ac" and (p < 2 or not low[p - 2].isalnum()):
            p -= 1
        out.append(p)
    if words:
        for m in _NUMWORD_HINT.finditer(low):
            p = m.start()
            if low[p - 2 : p] == "a ":
                p -= 2
                if low[p - 5 : p] == "half ":
                    p -= 5
            out.append(p)
        out.sort()
    return out


def _quantities(text: str, low: str, facts: list[Fact], taken: list[tuple[int, int]], words: bool) -> None:
    last = -1
    for p in _quantity_starts(low, words):
        if p < last:
            continue
        m = _QUANTITY.match(low, p)
        if m is None:
            continue
        a, b = m.start(), m.end()
        last = b
        if _overlaps(taken, a, b):
            continue
        raw = m.group("num")
        cur = (m.group("cur") or "").strip().lower()
        cur2 = _WS.sub(" ", (m.group("cur2") or "").lower())
        scale = m.group("sfx") or m.group("scale") or ""
        if raw == "one" and not scale and not cur2:
            continue  # "one of their closest allies" is no count
        if m.group("sfx") in ("m", "k") and not cur and not _NOUN_AFTER.match(text, b):
            continue  # "5m" without a currency could be metres; only trust it before a noun
        got = _parse_number(raw + (" " + scale if scale else ""))
        if got is None:
            continue
        value, res = got
        prev = text[:a].rstrip()
        if raw.isdigit() and len(raw) < 4 and prev and not cur:
            pw = prev.rsplit(None, 1)[-1]
            if (
                pw[:1].isupper()
                and pw.isalpha()
                and pw.lower() not in _NOT_NAMES
                and pw.lower() not in MONTHS
                and pw.lower() not in WEEKDAYS
                and fold(pw) not in _QUALIFIERS
            ):
                continue  # "Europe 1", "Apollo 11", "Article 5": part of a name
        if m.group("pct"):
            kind, unit = "percent", ""
        elif cur or cur2:
            kind, unit = "money", _CURRENCY.get(cur or cur2, cur.upper() or cur2)
        elif raw.isdigit() and len(raw) == 4 and not scale and 1600 <= int(raw) <= 2099:
            if _YEAR_ALONE.fullmatch(raw):
                facts.append(Fact("year", raw, a, b, (int(raw), 0, 0)))
                taken.append((a, b))
                continue
            kind, unit = "number", ""
        else:
            kind, unit = "number", _noun(text, b)
        bound, qa = _qualifier(text, a)
        extra = [f"bound={bound}"]
        if res:
            extra.append(f"res={_fmt(res)}")
        if kind in ("number", "percent"):
            ctx = _context(text, qa, b)
            if ctx:
                extra.append(f"ctx={ctx}")
        start = qa if bound != "=" else a
        facts.append(Fact(kind, text[start:b], start, b, value, unit=unit, extra=tuple(extra)))
        taken.append((start, b))


def _ordinals(text: str, low: str, facts: list[Fact], taken: list[tuple[int, int]]) -> None:
    for m in _ORDINAL.finditer(low):
        a, b = m.start(), m.end("o")
        if _overlaps(taken, a, b):
            continue
        o = m.group("o").lower()
        n = _ORDINALS.get(o) or (int(o[:-2]) if o[:-2].isdigit() else 0)
        noun = m.group("noun").lower()
        if not n or noun in _STOP or text[m.start("noun")].isupper():
            continue
        if o == "second" and text[b : b + 1] == "s":
            continue
        facts.append(Fact("ordinal", text[a:b], a, b, n, unit=noun))
        taken.append((a, b))


@lru_cache(maxsize=8192)
def _chain_names(chain: str) -> tuple[tuple[int, int, int, str], ...]:
    """The names inside one run of capitalised words: (start, end, words, key) each.

    Function words, months and weekdays break a run ("France and Mexico Monday" gives
    "France", "Mexico"); a lower-case connector stays inside ("Secretary of State John
    Kerry"); a possessive or a full stop at the end is not part of the name.  Cached: the
    same runs ("God", "Le Monde", "NSA") come back in sentence after sentence.
    """
    words: list[tuple[int, str]] = []
    at = 0
    for w in chain.split():
        at = chain.index(w, at)
        words.append((at, w))
        at += len(w)
    segments: list[list[int]] = []
    seg: list[int] = []
    for i, (_, w) in enumerate(words):
        if w in _CONNECTORS:  # lower case "of", "de": inside a name only
            if seg:
                seg.append(i)
            continue
        lw = w.lower().rstrip(".,:;")
        bare = lw[:-2] if lw.endswith(("'s", "’s")) else lw
        if bare in _NOT_NAMES or bare in MONTHS or bare in WEEKDAYS or w[:1].isdigit():
            if seg:
                segments.append(seg)
            seg = []
        else:
            seg.append(i)
    if seg:
        segments.append(seg)
    out = []
    for seg in segments:
        while seg and words[seg[-1]][1] in _CONNECTORS:
            seg = seg[:-1]
        if not seg:
            continue
        start = words[seg[0]][0]
        last_at, end_word = words[seg[-1]]
        if end_word.endswith(("'s", "’s")):
            end_word = end_word[:-2]
        end_word = end_word.rstrip(",;:'’-&")
        if end_word.endswith(".") and not (_INITIALS.fullmatch(end_word) or end_word.lower() in _ABBREV):
            end_word = end_word[:-1]
        end = last_at + len(end_word)
        name = chain[start:end]
        toks = name_tokens(name)
        if len(name) < 2 or not toks:
            continue
        out.append((start, end, len(seg), " ".join(toks)))
    return tuple(out)


def _names(text: str, facts: list[Fact], taken: list[tuple[int, int]]) -> None:
    for m in _NAME.finditer(text):
        base = m.start()
        for rs, re_, n, key in _chain_names(m.group()):
            start, end = base + rs, base + re_
            if taken and _overlaps(taken, start, end):
                continue
            extra: tuple[str, ...] = ()
            if n == 1 and (start == 0 or (start < 4 and not text[:start].strip(" \"“'‘([-–—"))):
                extra = ("initial",)
            facts.append(Fact("name", text[start:end], start, end, key, extra=extra))


def _quote_words(q: str) -> tuple[str, ...]:
    """Content stems of a quote: what "the same words" means when comparing speakers."""
    return tuple(w[:5] for w in _CONTENT_WORD.findall(fold(q)) if w not in _QUOTE_STOP)


def _quotes(text: str, facts: list[Fact]) -> None:
    names = [f for f in facts if f.kind == "name"]
    for m in _QUOTE.finditer(text):
        q = m.group("q")
        a = m.start("q")
        b = m.end("q")
        while b > a and q[b - a - 1] in " ,.;:!?":
            b -= 1
        while a < b and text[a] in " ":
            a += 1
        words = _quote_words(text[a:b])
        if not words:
            continue  # "US-985D": a code name, not words anyone said
        who = _speaker(text, m.start(), m.end(), names)
        unit, extra = "", cast(tuple[str, ...], ())
        if who is not None:
            w, ws, we = who
            extra = (f"who={w}@{ws}-{we}",)
            if w.lower() not in _PRONOUNS:
                unit = _person(w)
        facts.append(Fact("quote", text[a:b], a, b, " ".join(words), unit=unit, extra=extra))


def _speaker(text: str, qs: int, qe: int, names: list[Fact]) -> tuple[str, int, int] | None:
    """Who says the quote at ``text[qs:qe]``: the words naming them and their span.

    '"...," Valls told Europe 1 radio' / '"...," he told reporters' / '"...," said Valls' /
    'Ayrault said he was "deeply shocked"' / 'Valls, said ... were "shocking."'.
    """
    m = _AFTER_QUOTE.match(text, qe)
    if m:
        g = "who" if m.group("who") else "who2"
        ws, we = m.start(g), m.end(g)
        for n in names:  # the whole name fact, titles included
            if n.start <= ws < n.end or ws <= n.start < we:
                return n.text, n.start, n.end
        word = m.group(g)
        if word[0].isupper() and word.lower() not in _PRONOUNS:
            return None  # "The Times" etc. without a name fact: too unsure
        return word, ws, we
    verbs = list(_SPEECH_RE.finditer(text, 0, qs))
    if not verbs:
        return None
    v = verbs[-1]
    pm = _PRONOUN_BEFORE.search(text, max(0, v.start() - 20), v.start())
    if pm:
        return pm.group(1), pm.start(1), pm.end(1)
    cands = [n for n in names if n.end <= v.start() and v.start() - n.end <= 60]
    if cands:
        n = cands[-1]
        return n.text, n.start, n.end
    return None


def extract(text: str, *, year_hint: int | None = None) -> list[Fact]:
    """All facts of one sentence, spans relative to ``text``; bare dates get ``year_hint``.

    Speakers named in the sentence are set on quotes; pronoun speakers ("he told
    reporters") and near spellings elsewhere are filled in by :func:`extract_document`.
    """
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []
    low = text.lower()
    if len(low) != len(text):  # "İ" lowers to two characters: keep offsets aligned
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    # cheap pre-checks (substring tests run at C speed) decide which scanners run at all
    has_digit = _DIGIT.search(text) is not None
    has_words = _NUMWORD_HINT.search(low) is not None
    has_number = has_digit or has_words
    if has_digit:
        if any(mo in text for mo in _MONTH_SUBSTRINGS) or "-" in text:
            _dates(text, year_hint, facts, taken)
        if "m" in low or ":" in low:
            _times(text, low, facts, taken)
    if (
        "day" in low
        or "tomorrow" in low
        or "tonight" in low
        or "this " in low
        or "last " in low
        or "next " in low
    ):
        for m in _DAY.finditer(low):
            if not _overlaps(taken, m.start(), m.end()):
                facts.append(
                    Fact("day", text[m.start() : m.end()], m.start(), m.end(), _WS.sub(" ", m.group()))
                )
    if has_number and ("old" in low or "aged" in low):
        _ages(text, low, facts, taken)
    if _DUR_ANY.search(low):  # "more than a year" has no number word
        _durations(text, low, facts, taken)
    if has_number:
        _quantities(text, low, facts, taken, has_words)
    if (has_digit or _ORD_ANY.search(low)) and _ORD_HINT.search(low):
        _ordinals(text, low, facts, taken)
    _names(text, facts, taken)
    if '"' in text or "“" in text:
        _quotes(text, facts)
    facts.sort(key=lambda f: (f.start, f.end))
    return facts


# ---------------------------------------------------------------------------------------
# document context


def _alt_keys(word: str) -> list[str]:
    """Deletion neighbourhood of a word: two words one edit apart share a key."""
    return [word] + [word[:i] + word[i + 1 :] for i in range(len(word))]


@lru_cache(maxsize=8192)
def _spell_word(raw: str) -> str:
    """The folded form of a name word that spelling checks compare ('' when not one)."""
    w = fold(_strip_possessive(raw)).strip(".,'-")
    if len(w) < 5 or not w.isalpha() or _is_acronym(raw.strip(".,")) or w in _TITLES:
        return ""
    return w


def extract_document(sentences: Sequence[str]) -> list[list[Fact]]:
    """Facts of every sentence, with document context.

    * A date without a year takes the year of the last full date before it (the next year
      when it follows a later month in the same sentence: "December 10, 2012, to January 8").
    * A quote's speaker given as "he" is a person named earlier in the sentence, else the
      last person reported as saying something.
    * A capitalised first word that the article also uses in lower case ("Explain",
      "Review") is an ordinary word, not a name.
    * Each name word lists (``alt=``) its near spellings used elsewhere in the article, so
      the spelling check can tell "one person spelled two ways" from "two people".
    """
    raw = [extract(t) for t in sentences]
    lower_words = _lower_words(sentences, raw)
    # speakers only matter for quotes: a text without any (the Bible) skips the tracking
    quoted = any(f.kind == "quote" for facts in raw for f in facts)
    out: list[list[Fact]] = []
    last_year: int | None = None
    last_speaker = ""
    known_people: set[str] = set()
    for text, facts in zip(sentences, raw, strict=True):
        if not facts:
            out.append(facts)
            continue
        fixed: list[Fact] = []
        for f in facts:
            if f.kind == "date":
                y, mo, d = _ymd(f)
                if y and not f.extra:
                    last_year = y
                elif not y and last_year:
                    f = replace(f, value=(last_year, mo, d), extra=("year inferred",))
            elif f.kind == "name" and f.extra and "initial" in f.extra:
                low = _strip_possessive(f.text.lower())
                if low in lower_words:
                    continue
            fixed.append(f)
        if not quoted:
            out.append(fixed)
            continue
        # people named here, in order, for pronouns and later sentences
        people = [f for f in fixed if f.kind == "name" and _looks_like_person(f.text, known_people)]
        final: list[Fact] = []
        for f in fixed:
            if f.kind == "quote":
                who = tag(f, "who")
                if who and not f.unit:
                    pos = int(who.rsplit("@", 1)[1].split("-")[0])
                    before = [p for p in people if p.end <= pos]
                    speaker = _person(before[-1].text) if before else last_speaker
                    if speaker:
                        f = replace(f, unit=speaker)
                if f.unit:
                    last_speaker = f.unit
            final.append(f)
        if people:
            for p in people:
                known_people.update(_content_tokens(_person(p.text))[-1:])
            # "X ... said" outside quotes makes X the current speaker
            for v in _SPEECH_RE.finditer(text, people[0].end):
                at = v.start()
                if text.count('"', 0, at) % 2 or text.count("“", 0, at) > text.count("”", 0, at):
                    continue
                cands = [p for p in people if p.end <= at and at - p.end <= 60]
                if cands:
                    last_speaker = _person(cands[-1].text)
        out.append(final)
    _mark_alternative_spellings(out)
    return out


def _lower_words(sentences: Sequence[str], raw: list[list[Fact]]) -> set[str]:
    """Words the document writes in lower case, among the sentence-initial name candidates."""
    cands = {
        f.text.lower()
        for facts in raw
        for f in facts
        if f.kind == "name" and f.extra and "initial" in f.extra
    }
    if not cands:
        return set()
    cands = {_strip_possessive(c) for c in cands}
    words = set(" ".join(sentences).split())
    found = set()
    for c in cands:
        if any(c + p in words for p in ("", ",", ".", ";", ":", "'s", "s")):
            found.add(c)
    return found


def _mark_alternative_spellings(out: list[list[Fact]]) -> None:
    """Add ``alt=`` to name facts: near spellings of their words used in the same article.

    Candidates come from a deletion index (a word and each of its one-letter deletions),
    so the cost grows with the number of distinct name words, not with its square.
    """
    at: dict[str, list[int]] = {}  # each name as written -> the sentences that write it
    for i, facts in enumerate(out):
        for f in facts:
            if f.kind == "name":
                at.setdefault(f.text, []).append(i)
    words_of = {t: _spell_words(t) for t in at}
    words = {w for ws in words_of.values() for w in ws}
    index: dict[str, list[str]] = {}
    for w in words:
        for k in _alt_keys(w):
            index.setdefault(k, []).append(w)
    alts_of: dict[str, set[str]] = {}
    for w in words:
        for k in _alt_keys(w):
            for x in index[k]:
                if x != w and _near_spelling(x, w):
                    alts_of.setdefault(w, set()).add(x)
    if not alts_of:
        return
    tags_of: dict[str, tuple[str, ...]] = {}
    for t, ws in words_of.items():
        alts = set().union(*(alts_of.get(w, set()) for w in ws)) if ws else set()
        if alts:
            tags_of[t] = tuple(f"alt={x}" for x in sorted(alts))
    for i in {i for t in tags_of for i in at[t]}:  # only the sentences that write such a name
        out[i] = [
            replace(f, extra=(*f.extra, *tags_of[f.text])) if f.kind == "name" and f.text in tags_of else f
            for f in out[i]
        ]


@lru_cache(maxsize=8192)
def _spell_words(name: str) -> tuple[str, ...]:
    """The words of a name that spelling checks compare (folded, five letters or more)."""
    return tuple(w for w in (_spell_word(p) for p in _WS.split(name)) if w)


def keys(facts: Iterable[Fact]) -> list[str]:
    """Normalised fact tokens that help the aligner: equal values in any wording."""
    out = []
    for f in facts:
        if f.kind == "date":
            _, mo, d = _ymd(f)
            if d:
                out.append(f"@date:{mo}-{d}")
        elif f.kind in ("number", "money", "percent") and isinstance(f.value, float) and f.value >= 10:
            out.append(f"@num:{f.value:g}")
        elif f.kind == "duration":
            out.append(f"@dur:{float(f.value):.0f}")  # type: ignore[arg-type]
    return out


# ---------------------------------------------------------------------------------------
# decisions


def _interval(f: Fact) -> tuple[float, float]:
    """The values a quantity allows, given its qualifier and the precision written."""
    v = float(f.value)  # type: ignore[arg-type]
    bound = tag(f, "bound") or "="
    if bound == "<":
        return 0.0, v
    if bound == ">":
        return v, float("inf")
    if bound == "~":
        return v * 0.8, v * 1.2
    half = float(tag(f, "res") or 0) / 2
    if f.kind == "duration":
        half = max(half, v * 0.1)  # "four weeks" ~ "a month"; same unit stays exact
    return v - half, v + half


def _quantities_compatible(a: Fact, b: Fact) -> bool:
    """Can both wordings be true of one quantity?  Symmetric by construction."""
    if a.value == b.value:
        return True
    la, ha = _interval(a)
    lb, hb = _interval(b)
    if (tag(a, "bound") or "=") == "=" and (tag(b, "bound") or "=") == "=":
        if a.kind == "duration" and a.unit == b.unit:
            return False  # "13 months" vs "14 months": same unit, exact counts
        # rounding: one value lies strictly inside the other's rounding ("70 million" covers
        # 70.3 million, but "5 million" does not cover 6 million)
        va, vb = float(a.value), float(b.value)  # type: ignore[arg-type]
        return abs(va - vb) < max(ha - la, hb - lb) / 2 - 1e-9
    return la <= hb + 1e-9 and lb <= ha + 1e-9


def _dates_compatible(a: Fact | tuple[int, int, int], b: Fact | tuple[int, int, int]) -> bool:
    """Same date as far as both say: a missing or inferred part matches anything."""
    va = _ymd(a) if isinstance(a, Fact) else a
    vb = _ymd(b) if isinstance(b, Fact) else b
    soft = (isinstance(a, Fact) and "year inferred" in a.extra) or (
        isinstance(b, Fact) and "year inferred" in b.extra
    )
    for i, (x, y) in enumerate(zip(va, vb, strict=True)):
        if x and y and x != y and not (i == 0 and soft):
            return False
    return True


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


def _related_forms(a: str, b: str) -> bool:
    """Word forms of one root: 'mexico'/'mexican', 'syria'/'syrian', 'obama'/'obamas'."""
    return a == b or not _stems(a).isdisjoint(_stems(b))


def _near_spelling(a: str, b: str) -> bool:
    """Two spellings of one name: one edit apart (a swap of neighbours counts once).

    Folded words of five letters or more; the first letter may differ only from seven
    letters on ("Gaddafi"/"Qaddafi", but not "Kerry"/"Perry"); two edits only from ten
    letters on.  Word forms ("Mexico"/"Mexican") and known pairs of distinct names
    ("Iran"/"Iraq", "Obama"/"Osama") are not spellings of one another.
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
    if frozenset((fa, fb)) in _DISTINCT_NAMES:
        return False
    return not _related_forms(fa, fb)


def differences(
    left: list[Fact], right: list[Fact], left_text: str = "", right_text: str = ""
) -> list[Difference]:
    """Discrepancies between the facts of two linked sentences (or groups of them).

    Each names its kind, the smallest conflicting spans as written and a one-line note;
    swapping the sides swaps the spans.  Equivalent wordings never appear here, and a
    fact one side lacks is a unique detail (:func:`unique_details`), not a difference.
    """
    del left_text, right_text  # spans come from the facts; kept for the caller's API
    # every check pairs facts of one kind on both sides: most linked sentences share no
    # kind, or only names, so the kinds say which checks can find anything at all
    kinds = {f.kind for f in left}.intersection([f.kind for f in right])
    if not kinds:
        return []
    out: list[Difference] = []
    if not kinds.isdisjoint(_WHAT):
        out += _quantity_diffs(left, right, kinds)
    if not kinds.isdisjoint(("date", "year", "time", "day")):
        out += _temporal_diffs(left, right)
    if "name" in kinds and _names_may_differ(left, right):
        out += _name_diffs(left, right)
    if "quote" in kinds:
        out += _speaker_diffs(left, right)
    seen: set[tuple[str, str, str]] = set()
    uniq = []
    for d in out:
        k = (d.kind, d.left, d.right)
        if k not in seen:
            seen.add(k)
            uniq.append(d)
    return uniq


def _same_slot(a: Fact, b: Fact) -> bool:
    """Do two quantities of one kind measure the same thing?"""
    if a.kind == "money":
        return a.unit == b.unit
    if a.kind == "ordinal":
        return a.unit[:5] == b.unit[:5]
    ca, cb = set(tag(a, "ctx").split()), set(tag(b, "ctx").split())
    return bool(ca & cb)


_WHAT = {
    "number": "number", "money": "amount", "percent": "percentage", "duration": "duration",
    "age": "age", "ordinal": "ordinal",
}  # fmt: skip


def _quantity_diffs(left: list[Fact], right: list[Fact], kinds: set[str]) -> list[Difference]:
    out: list[Difference] = []
    for kind in ("duration", "number", "money", "percent", "age", "ordinal"):
        if kind not in kinds:
            continue
        ln = [f for f in left if f.kind == kind]
        rn = [f for f in right if f.kind == kind]
        if not ln or not rn:
            continue
        if kind == "ordinal":
            lo = [a for a in ln if not any(a.value == b.value and _same_slot(a, b) for b in rn)]
            ro = [b for b in rn if not any(a.value == b.value and _same_slot(a, b) for a in ln)]
        else:
            lo = [a for a in ln if not any(_quantities_compatible(a, b) for b in rn)]
            ro = [b for b in rn if not any(_quantities_compatible(a, b) for a in ln)]
        used: set[int] = set()
        for a in lo:
            for j, b in enumerate(ro):
                if j in used:
                    continue
                if kind in ("duration", "age") or (kind in ("percent",) and len(lo) == len(ro) == 1):
                    slot = True
                else:
                    slot = _same_slot(a, b)
                if not slot:
                    continue
                if kind == "duration" and tag(a, "bound") != "=" and tag(b, "bound") != "=":
                    continue  # two bounds rarely speak of one stretch of time
                used.add(j)
                what = _WHAT[kind]
                counted = a.unit if kind == "number" and a.unit else ""
                note = f"{what}: {a.text} vs {b.text}" + (f" ({counted})" if counted else "")
                out.append(Difference(what, a.text, b.text, note))
                break
    return out


def _temporal_diffs(left: list[Fact], right: list[Fact]) -> list[Difference]:
    """Dates, years, times and weekdays: paired only when each side has the same number
    left unexplained, so a date one side adds is a detail, not a conflict."""
    out: list[Difference] = []
    # dates (with a day) and bare years compare with all dates of the other side
    ld = [f for f in left if f.kind in ("date", "year")]
    rd = [f for f in right if f.kind in ("date", "year")]
    lo = [a for a in ld if not any(_dates_compatible(a, b) for b in rd)]
    ro = [b for b in rd if not any(_dates_compatible(a, b) for a in ld)]
    for kind in ("date", "year"):
        la = [a for a in lo if a.kind == kind and (kind == "year" or _ymd(a)[2])]
        ra = [b for b in ro if b.kind == kind and (kind == "year" or _ymd(b)[2])]
        if la and len(la) == len(ra):
            out += [
                Difference(kind, a.text, b.text, f"{kind}: {a.text} vs {b.text}")
                for a, b in zip(la, ra, strict=True)
            ]
    lt = [f for f in left if f.kind == "time"]
    rt = [f for f in right if f.kind == "time"]
    lo = [a for a in lt if all(a.value != b.value for b in rt)]
    ro = [b for b in rt if all(a.value != b.value for a in lt)]
    if lo and len(lo) == len(ro):
        out += [
            Difference("time", a.text, b.text, f"time: {a.text} vs {b.text}")
            for a, b in zip(lo, ro, strict=True)
        ]
    # weekdays: "Monday" vs "Tuesday" for the same event; "today" never conflicts
    lw = {str(f.value): f for f in left if f.kind == "day" and f.value in WEEKDAYS}
    rw = {str(f.value): f for f in right if f.kind == "day" and f.value in WEEKDAYS}
    lx = [f for k, f in lw.items() if k not in rw]
    rx = [f for k, f in rw.items() if k not in lw]
    if len(lx) == 1 and len(rx) == 1 and len(lw) == 1 and len(rw) == 1:
        a, b = lx[0], rx[0]
        out.append(Difference("day", a.text, b.text, f"day: {a.text} vs {b.text}"))
    return out


def _name_words(facts: list[Fact]) -> dict[str, tuple[str, Fact]]:
    out: dict[str, tuple[str, Fact]] = {}
    for f in facts:
        if f.kind != "name":
            continue
        for part in _WS.split(f.text):
            w = _spell_word(part)
            if w and w not in out:
                out[w] = (_strip_possessive(part).strip(".,'’"), f)
    return out


def _names_may_differ(left: list[Fact], right: list[Fact]) -> bool:
    """Does each side write a name word the other never does?  Without one on each side
    no spelling can conflict: the common case of two sentences naming the same people."""
    lw = {w for f in left if f.kind == "name" for w in _spell_words(f.text)}
    rw = {w for f in right if f.kind == "name" for w in _spell_words(f.text)}
    return not (lw <= rw or rw <= lw)


def _name_diffs(left: list[Fact], right: list[Fact]) -> list[Difference]:
    lw, rw = _name_words(left), _name_words(right)
    out = []
    for fa, (a, af) in lw.items():
        if fa in rw:
            continue
        for fb, (b, bf) in rw.items():
            if fb in lw or not _near_spelling(fa, fb):
                continue
            # both spellings used on both sides: two people (or places), not one misspelt
            if fb in _tags(af, "alt") and fa in _tags(bf, "alt"):
                continue
            out.append(Difference("spelling", a, b, f"name spelled two ways: {a} vs {b}"))
    return out


def _same_words(a: Fact, b: Fact) -> bool:
    """Two quotes share words: a run of two content words, or all of a short one."""
    wa, wb = str(a.value).split(), str(b.value).split()
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) <= 2 and set(short) <= set(long_):
        return True
    pairs_a = set(pairwise(wa))
    return any(p in pairs_a for p in pairwise(wb))


def _speaker_diffs(left: list[Fact], right: list[Fact]) -> list[Difference]:
    out = []
    for a in left:
        if a.kind != "quote" or not a.unit:
            continue
        for b in right:
            if b.kind != "quote" or not b.unit or not _same_words(a, b):
                continue
            ta, tb = set(_content_tokens(a.unit)), set(_content_tokens(b.unit))
            if ta & tb:
                continue
            wa = (tag(a, "who") or a.unit).rsplit("@", 1)[0]
            wb = (tag(b, "who") or b.unit).rsplit("@", 1)[0]
            sa = wa if _person(wa) == a.unit else f"{wa} ({a.unit})"
            sb = wb if _person(wb) == b.unit else f"{wb} ({b.unit})"
            shared = _shared_phrase(a.text, b.text)
            out.append(Difference("speaker", wa, wb, f"speaker of “{shared}”: {sa} vs {sb}"))
    return out


def _shared_phrase(a: str, b: str) -> str:
    """The longest run of words both quotes share, for the note ('totally unacceptable')."""
    wa = re.findall(r"[\w'’-]+", a)
    fb = [fold(w)[:5] for w in re.findall(r"[\w'’-]+", b)]
    fa = [fold(w)[:5] for w in wa]
    best = (0, 0)
    for i in range(len(fa)):
        for j in range(len(fb)):
            k = 0
            while i + k < len(fa) and j + k < len(fb) and fa[i + k] == fb[j + k]:
                k += 1
            if k > best[1] - best[0]:
                best = (i, i + k)
    text = " ".join(wa[best[0] : best[1]]) if best[1] > best[0] else a
    return text if len(text) <= 40 else text[:39] + "…"


@lru_cache(maxsize=65536)
def _name_variant_text(a: str, b: str) -> bool:
    """Every word of one name is a word, a word form or a near spelling of the other's.

    Memoised on the two texts: a long text repeats its names in thousands of links."""
    wa, wb = _content_tokens(a), _content_tokens(b)
    if not wa or not wb:
        return False
    return all(any(x == y or _related_forms(x, y) or _near_spelling(x, y) for y in wb) for x in wa)


def unique_details(
    left: list[Fact], right: list[Fact], known: Sequence[Difference] | None = None
) -> tuple[list[str], list[str]]:
    """Facts that only one side of a link states (a detail, not a conflict).

    A value the other side contradicts ("13 months" against "30-day period") or a name it
    spells another way ("Rifkin"/"Rivkin", "Mexico"/"Mexican") is not a detail of one
    side: it is shown as a difference, or is the same thing in other words.
    """
    if not left and not right:
        return [], []
    found = differences(left, right) if known is None else known  # compare.py passes its own
    conflicting = {x for d in found for x in (d.left, d.right)}

    def has(f: Fact, other: list[Fact], other_names: list[str]) -> bool:
        if f.text in conflicting:
            return True
        if f.kind == "name":  # mostly the same name written alike: found without a call
            return f.text in other_names or any(
                _same_name_text(f.text, t) or _name_variant_text(f.text, t) for t in other_names
            )
        for g in other:
            if f.kind in ("date", "year"):
                if g.kind in ("date", "year") and _dates_compatible(f, g):
                    return True
                continue
            if f.kind != g.kind:
                continue
            # the same slot on both sides is compared (equal or a difference), not a detail
            if f.kind in ("duration", "number", "money", "percent", "age") and (
                _quantities_compatible(f, g) or f.kind in ("duration", "age", "percent") or _same_slot(f, g)
            ):
                return True
            if f.value == g.value:
                return True
        return False

    def details(a: list[Fact], b: list[Fact]) -> list[str]:
        out: list[str] = []
        names_b = [g.text for g in b if g.kind == "name"]
        for f in a:
            if f.kind in ("quote", "ordinal") or has(f, b, names_b):
                continue
            if conflicting and any(w in conflicting for w in f.text.split()):
                continue
            if f.kind == "day" and f.value not in WEEKDAYS:
                continue
            if f.kind == "name" and not _content_tokens(f.text):
                continue
            if f.kind == "name" and len(name_tokens(f.text)) == 1 and name_tokens(f.text)[0] in _TITLES:
                continue  # "French", "US": a demonym, not a detail
            label = f"{f.text} {f.unit}".strip() if f.kind == "number" and f.unit else f.text
            if label not in out:
                out.append(label)
        return out

    return details(left, right), details(right, left)


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

    def words(doc: Sequence[Sequence[Fact]]) -> dict[str, tuple[int, str]]:
        out: dict[str, tuple[int, str]] = {}
        for i, facts in enumerate(doc):
            for f in facts:
                if f.kind != "name":
                    continue
                for raw in f.text.split():
                    w = raw.strip(".,'’")
                    if len(w) >= 5 and w[:1].isupper():
                        out.setdefault(fold(w), (i, w))
        return out

    lw, rw = words(left), words(right)
    only_l = [w for w in lw if w not in rw]
    only_r = [w for w in rw if w not in lw]
    if not only_l or not only_r:
        return []
    from rapidfuzz.process import cdist

    # screen all pairs in C (edit distance <= 2), then apply the full rule to the few left
    dist = cdist(only_l, only_r, scorer=OSA.distance, score_cutoff=2, workers=-1, dtype=np.int32)
    found: list[tuple[int, int, Difference]] = []
    used: set[str] = set()
    for i in range(len(only_l)):
        row = dist[i]
        for j in np.argsort(row, kind="stable")[: int((row <= 2).sum())]:
            fa, fb = only_l[i], only_r[int(j)]
            if fb in used or not _near_spelling(fa, fb):
                continue
            (li, a), (ri, b) = lw[fa], rw[fb]
            note = f"name spelled two ways across the articles: {a} vs {b}"
            found.append((li, ri, Difference("spelling", a, b, note)))
            used.add(fb)
            break  # one partner per name: the nearest
    return found
