"""How facts are written: number words, qualifiers, currencies, units, and the patterns.

Rules as named data, apart from the code that applies them: every extractor reads its
patterns from here, and the plain word lists they are built from live in
:mod:`reader.lang`.  Everything is compiled once at import.

Case-insensitive matching is slow in ``re``: every pattern below that should ignore case
is written in lower case and runs over ``text.lower()`` (same length, same offsets).
The patterns that must see capitals (dates, names, quotes) run over the text itself.
"""

from __future__ import annotations

import re

from reader.lang import (
    CARDINALS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    NAME_CONNECTORS,
    ORDINAL_WORDS,
    TITLE_ABBREVIATIONS,
    WEEKDAYS,
)
from reader.model import Bound, FactKind


def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled alternation: "does the text contain any of these?" in C, not a loop."""
    return re.compile("|".join(re.escape(w) for w in words))


WS = re.compile(r"[\s-]+")
DIGIT = re.compile(r"\d")

# ---------------------------------------------------------------------------------------
# numbers

WORD_VALUES: dict[str, int] = {
    **CARDINALS, "dozen": 12, "a dozen": 12, "half a dozen": 6, "a couple of": 2, "a couple": 2,
    "a hundred": 100, "a thousand": 1000, "one hundred": 100, "one thousand": 1000,
    "a million": 10**6, "a billion": 10**9, "a trillion": 10**12,
}  # fmt: skip
# units and tens in words, units first in older English ("four and twenty elders", "two and fifty years")
UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
SCALE: dict[str, int] = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12,
}  # fmt: skip
# each scale as its word, however a house style writes it ("bn" and "billion": "billion")
SCALE_WORD: dict[str, str] = {
    k: w for k, v in SCALE.items() for w in ("thousand", "million", "billion", "trillion") if SCALE[w] == v
}
# one cardinal word; a run of them ("one hundred twenty five", "three million two
# hundred thousand") is read whole and valued by text2num (extract_numbers.parse_number),
# which rejects a run that is no number ("sixty fifteen", "two three")
_CARD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|trillion)(?![a-z])"
)
# "and" joins a run only after a scale word ("one hundred and twenty"), or a unit to the tens
# before it in the older style ("thirty and five years old", the King James Bible's), never
# two counts ("two and three", "between twenty and fifty", "twenty and five hundred")
_RUN_JOIN = (
    r"(?:[-\s]|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+|"
    r"(?:(?<=twenty)|(?<=thirty)|(?<=forty)|(?<=fifty)|(?<=sixty)|(?<=seventy)|(?<=eighty)|(?<=ninety))"
    r"\s+and\s+(?=(?:one|two|three|four|five|six|seven|eight|nine)\b(?!\s+(?:hundred|thousand|million|billion)\b)))"
)
# "a couple" counts two only before "of" or a span of time ("a couple of weeks", "a couple
# days"): "filed as a couple", "the couple, married in 2010" are two people, no figure
NUMWORD = (
    r"(?:half\s+a\s+dozen|a\s+couple(?:\s+of\b|(?=\s+(?:more|hundred|thousand|million|billion|hours?|days?|"
    r"weeks?|months?|years?)\b))|"
    rf"a\s+dozen|a\s+hundred|a\s+thousand|a\s+(?:m|b|tr)illion|dozen|{_CARD}(?:{_RUN_JOIN}{_CARD})*)"
)
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
NUM = rf"(?:{DIGITS}|{NUMWORD})"
# the cheap pre-check for number words (the first letters spelled out keep it fast)
NUMWORD_HINT = re.compile(
    r"\b(?:o(?:ne)|t(?:wo|hree|en|welve|hirteen|wenty|hirty|housand)|f(?:our|ive|ifteen|ifty|orty|ourteen)|"
    r"s(?:ix|even|ixteen|eventeen|ixty|eventy)|e(?:ight|leven|ighteen|ighty)|nine|ninety|nineteen|"
    r"hundred|dozen|couple|half|million|billion|trillion)"
)

# Words before a quantity that make it a bound or an estimate rather than an exact value.
QUALIFIERS: dict[str, Bound] = {
    "less than": "<", "fewer than": "<", "under": "<", "at most": "<", "up to": "<",
    "no more than": "<", "as many as": "<", "as much as": "<", "within": "<", "just under": "<", "below": "<",
    "more than": ">", "at least": ">", "over": ">", "just over": ">", "upwards of": ">",
    "no fewer than": ">", "no less than": ">", "above": ">", "in excess of": ">",
    "nearly": "~", "almost": "~", "about": "~", "around": "~", "roughly": "~", "some": "~",
    "approximately": "~", "an estimated": "~", "estimated": "~", "close to": "~",
    "approx.": "~", "a minimum of": ">", "minimum of": ">", "a maximum of": "<", "maximum of": "<",
}  # fmt: skip
QUAL_BEFORE = re.compile(
    r"(?:^|(?<=\W))(?P<q>less\s+than|fewer\s+than|more\s+than|at\s+least|at\s+most|up\s+to|"
    r"no\s+more\s+than|no\s+fewer\s+than|no\s+less\s+than|as\s+many\s+as|as\s+much\s+as|just\s+over|"
    r"just\s+under|upwards\s+of|in\s+excess\s+of|close\s+to|an\s+estimated|estimated|"
    r"nearly|almost|about|around|roughly|some|approximately|over|under|within|below|above|"
    r"(?:a\s+)?minimum\s+of|(?:a\s+)?maximum\s+of)"
    r"\s+$"
)

# ---------------------------------------------------------------------------------------
# dates, times and days

MONTH = "(?:" + "|".join(m.capitalize() for m in (*MONTH_NAMES, *MONTH_ABBREVIATIONS)) + r")\.?"
# a digit must stand near one of these for a date to be looked for at all
MONTH_SUBSTRINGS = tuple(m[:3].capitalize() for m in MONTH_NAMES)
MONTH_ANY = _any_of(MONTH_SUBSTRINGS)  # "is one of them in the text?" in one search
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_MONTH_FULL = "(?:" + "|".join(m.capitalize() for m in MONTH_NAMES) + ")"
# ... and a house style's abbreviation, with its dot ("in Sept.": AP style for September)
_MONTH_SHORT = "(?:" + "|".join(m.capitalize() for m in MONTH_ABBREVIATIONS) + ")"
_SET_FOR = "".join(
    rf"|(?<=\b{w}\s)"
    for w in (
        r"set\sfor",
        r"scheduled\sfor",
        r"planned\sfor",
        r"slated\sfor",
        r"due\sfor",
        r"moved\sto",
        r"postponed\sto",
        r"delayed\sto",
        r"put\sback\sto",
        r"pushed\sback\sto",
        r"brought\sforward\sto",
    )
)
DATE = re.compile(
    rf"\b(?:(?P<m1>{MONTH})\s+(?P<d1>{_DAYNUM})(?![\d:]|\s*(?:p\.?m|a\.?m)\b)(?:,?\s+(?P<y1>{_YEAR})\b)?"
    rf"|(?P<d2>{_DAYNUM})\s+(?:of\s+)?(?P<m2>{MONTH})(?![A-Za-z])(?:,?\s+(?P<y2>{_YEAR})\b|(?!\.?\s+{_DAYNUM}\b(?![:.]\d)))"
    rf"|(?P<m3>{MONTH})\s+(?:of\s+)?(?P<y3>{_YEAR})\b"
    rf"|(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-3]\d)\b"
    # a month alone after a preposition of time ("threatened in March", "until June") or a date
    # set or moved ("set for March", "postponed to June", ut330): the month of an act, its year the
    # article's
    rf"|(?:(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Uu]ntil\s)|(?<=\bby\s){_SET_FOR})"
    rf"(?P<m4>{_MONTH_FULL}|{_MONTH_SHORT}(?=\.))(?![\w-]|\.?\s+\d)"
    # ... or a part of one, told with the month ("towards the end of May", "early June"), not
    # a name ("the late May Wong")
    rf"|\b(?:(?:end|start|beginning|middle)\sof\s|[Ee]arly\s|[Ll]ate\s|[Mm]id-)(?P<m5>{_MONTH_FULL})(?![\w-]|\s+\d|\s+[A-Z]))"
)
DAY = re.compile(
    rf"\b(?:(?P<wd>{'|'.join(WEEKDAYS)})|today|yesterday|"
    r"tomorrow|tonight|(?:this|last|next)\s+(?:morning|afternoon|evening|night|week|month|year))\b"
)
YEAR_ALONE = re.compile(rf"(?<![\w.,/$€£-]){_YEAR}(?![\w%-]|,\d|\.\d)")
# a game's clock, the time left in a period ("with 13:41 to go", "8:12 left in the third"):
# the moment a running score is told at (:mod:`reader.facts.extract_tallies`)
GAME_CLOCK = re.compile(r"(?P<clock>\d{1,2}:[0-5]\d)\s+(?:left|to\s+play|to\s+go|remaining)\b")
# the zone a clock time is told in, when written after it ("10:27 UTC", "2:27 a.m. PST", "10:42
# p.m. local time"): hours east of UTC, every offset the name may mean (summer time or not)
ZONES: dict[str, tuple[float, ...]] = {
    "gmt": (0,), "utc": (0,), "bst": (1,), "wet": (0,), "cet": (1,), "cest": (2,),
    "eet": (2,), "eest": (3,), "msk": (3,), "ist": (5.5,), "jst": (9,), "kst": (9,), "hkt": (8,),
    "sgt": (8,), "aest": (10,), "aedt": (11,), "nzst": (12,), "nzdt": (13,),
    "est": (-5,), "edt": (-4,), "et": (-5, -4), "cst": (-6,), "cdt": (-5,), "ct": (-6, -5),
    "mst": (-7,), "mdt": (-6,), "mt": (-7, -6), "pst": (-8,), "pdt": (-7,), "pt": (-8, -7),
    "akst": (-9,), "hst": (-10,), "greenwich mean time": (0,), "coordinated universal time": (0,),
    "british summer time": (1,), "eastern standard time": (-5,), "eastern daylight time": (-4,),
    "eastern time": (-5, -4), "central standard time": (-6,), "central daylight time": (-5,),
    "mountain standard time": (-7,), "mountain daylight time": (-6,), "pacific standard time": (-8,),
    "pacific daylight time": (-7,), "pacific time": (-8, -7),
}  # fmt: skip
_ZONE = r"(?:\s?(?P<zone>" + "|".join(sorted(ZONES, key=len, reverse=True)) + r"|local\s+time)\b)?"
TIME = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s?(?P<ap>a\.?m\.?|p\.?m\.?)(?!\w)"
    + _ZONE
    + r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?:\s?h\b)?"
    + _ZONE.replace("zone", "zone24")
    # a wire's time of four digits, always with its zone: "at 1755 GMT", "0300 UTC"
    + r"|\b(?P<hw>[01]\d|2[0-3])(?P<miw>[0-5]\d)\s?(?P<zonew>gmt|utc)\b"
)

# ---------------------------------------------------------------------------------------
# durations and ages

DUR_UNITS: dict[str, float] = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
    "fortnight": 14.0, "month": 30.4375, "year": 365.25, "decade": 3652.5,
}  # fmt: skip
DUR_ANY = _any_of(("second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade"))
_DUR_UNIT = r"(?P<unit>second|minute|hour|day|week|fortnight|month|year|decade)s?"
DURATION = re.compile(
    rf"\b(?:(?P<qual>less\s+than|fewer\s+than|more\s+than|longer\s+than|shorter\s+than|at\s+least|at\s+most|up\s+to|"
    r"just\s+over|just\s+under|nearly|almost|about|around|roughly|some|approximately|"
    r"over|under|within|during|for)\s+)?"
    r"(?P<art>(?:(?:a|one)\s+period\s+of\s+)|(?:an?\s+)(?=\d|[a-z]+[-\s](?:second|minute|hour|day|week|month|year|decade)s?[-\s](?:period|span|stretch|window|spell|long))|(?:the\s+(?:past|last|next)\s+))?"
    # not the end of a fraction ("4 1/2 months", or "41 / 2 months" where a "½" was lost)
    rf"(?<!/)(?<!/\s)(?P<num>{NUM}|an?)(?P<half>[-\s]and[-\s]a[-\s]half)?[-\s]{_DUR_UNIT}"
    # "a year and a half", "an hour and a half"
    r"(?P<half2>(?<=[a-z])[-\s]and[-\s]a[-\s]half(?![-\w]))?(?P<old>[-\s]old\b)?"
    r"(?:[-\s](?P<noun>period|span|stretch|window|spell|long))?\b"
)
UNIT_AT = re.compile(r"\b(?:second|minute|hour|day|week|fortnight|month|year|decade)s?\b")
# what stands just before the unit of every duration: its number (or "a"), then a space or hyphen
COUNT_BEFORE_UNIT = re.compile(rf"(?:{NUM}|an?)(?:[-\s]and[-\s]a[-\s]half)?[-\s]\Z")
AGE = re.compile(
    rf"\b(?:aged\s+(?P<a1>\d{{1,3}})|(?P<a2>\d{{1,3}}|{NUMWORD})[-\s](?P<per>year|month|week)s?[-\s]old)\b"
    # "Mattis, who is 68, said": a person's age in a clause of its own, the figure alone
    rf"|,\s+who\s+(?:is|was|turns|turned)\s+(?P<a3>[1-9]\d?|1[01]\d)(?=\s*[,.;)]|\s+(?:on|in|last|this)\b|\s+and\s+(?!a\s+half)[a-z])"
)
# an age set off by commas (or brackets) after a name, the usual way news tells one ("Robert Buckley, 32,
# fell", "Tanya Wilson, 47; LaTonya Brown, 36", "Cesar Sayoc Jr., 56, of Aventura"): the name
# ends in a small letter or is a suffix, so "IE6, 7, 8" and "No. 5, 6" are no names; the
# figure is a person's age (1 to 119) followed by a comma, semicolon, bracket or "and" and a
# name, never by a digit ("Vista, 7, 8", "Last Friday, 1,300 biologists": a list, a count)
APPOSITIVE_AGE = re.compile(
    r"(?P<name>\b[A-Z][\w'’-]*[a-z]|\b[JS]r\.|\bI{2,3}|\bIV)(?:,\s|\s\()(?P<age>[1-9]\d?|1[01]\d)"
    r"(?=\s?[,;)](?!\s?\d)|\.(?:\s|$)|\s+and\s+[A-Z])"
)
# ... or after a noun for a person ("the man, 34, was arrested", "a passenger, 61,"): news
# names the victim or the suspect so before it has a name; the noun after an article or a
# possessive, so "Lakers, 104" and "item 4, 5" are none
PERSON_NOUN_WORDS = (
    r"(?:man|woman|boy|girl|teen|teenager|suspect|victim|driver|passenger|pedestrian|mother|father|"
    r"son|daughter|wife|husband|brother|sister|gunman|shooter|officer|student|resident|pilot|soldier|"
    r"worker|child|grandmother|grandfather|neighbor|neighbour|motorist|cyclist)"
)
PERSON_NOUN = rf"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?(?P<noun>{PERSON_NOUN_WORDS})"
PERSON_NOUN_AGE = re.compile(PERSON_NOUN + r"(?:,\s|\s\()(?P<age>[1-9]\d?|1[01]\d)(?=\s?[,;)](?!\s?\d))")
# a qualifier before a duration: "over 13 months" is during 13 months, not more than
DUR_QUAL: dict[str, Bound] = {
    "over": "=", "during": "=", "for": "=",
    "within": "<", "under": "<", "less than": "<", "fewer than": "<", "at most": "<",
    "up to": "<", "just under": "<", "more than": ">", "at least": ">", "just over": ">",
    "longer than": ">", "shorter than": "<",
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# quantities: numbers, money, percentages, ordinals

# the dollars, a country's or none named (read as US dollars): a sum in one and a sum in another
# may be one sum whose country one side leaves out (reader.facts.conversions.some_dollar)
DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "HKD"})
# the currency codes read before a figure besides USD, EUR and GBP (not TRY, a word of English)
CURRENCY_CODES = (
    "sek", "nok", "dkk", "chf", "cad", "aud", "nzd", "jpy", "cny", "hkd", "sgd", "inr", "zar", "pln",
    "czk", "huf", "brl", "mxn",
)  # fmt: skip
CURRENCY: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "¥": "JPY", "a$": "AUD", "c$": "CAD", "dollar": "USD", "dollars": "USD", "us dollars": "USD",
    "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "rupees": "INR", "pesos": "MXN", "francs": "CHF", "rubles": "RUB",
    "roubles": "RUB", "danish crowns": "DKK", "danish kroner": "DKK", "swedish crowns": "SEK",
    "swedish kronor": "SEK", "norwegian crowns": "NOK", "norwegian kroner": "NOK", "czech crowns": "CZK",
    "kroner": "", "kronor": "", "zlotys": "PLN", "zloty": "PLN",
    "ca$": "CAD", "au$": "AUD", "nz$": "NZD", "hk$": "HKD", "canadian dollars": "CAD",
    "australian dollars": "AUD", "new zealand dollars": "NZD", "hong kong dollars": "HKD",
    "singapore dollars": "SGD", "nt$": "TWD", "new taiwan dollars": "TWD", "swiss francs": "CHF",
    # currencies written as words whose names are no other word (not "won", "real", "sol", "rand")
    "kwacha": "ZMW", "naira": "NGN", "cedis": "GHS", "birr": "ETB", "rupiah": "IDR", "ringgit": "MYR",
    "baht": "THB", "hryvnias": "UAH", "hryvnia": "UAH", "forints": "HUF", "forint": "HUF", "lira": "TRY",
    "dirhams": "AED", "riyals": "SAR", "taka": "BDT", "tenge": "KZT", "quetzales": "GTQ", "reais": "BRL",
    # ... and those that are other words too, read only after a scale ("1.52 trillion won")
    "won": "KRW", "rand": "ZAR",
    # signs of a letter: the rand's "R" (South African papers' "R46 million", "R3,500", read
    # only before a scale or a figure in thousands), the real's "R$", Singapore's "S$"
    "r": "ZAR", "r$": "BRL", "s$": "SGD",
    # ... and the codes a desk writes before a figure ("SEK 2.5 billion", "CHF 12 million")
    **{code: code.upper() for code in CURRENCY_CODES},
    # "3 billion crowns": some Nordic or Czech crown, read only after a scale, as "kroner" is
    "crowns": "",
}  # fmt: skip
# ("kroner" alone names no one country's: any crown, read as no currency told)
# a part of a scale before "a million" in words: "a quarter of", "three quarters of"
SCALE_PART = r"(?:a|one|three)\s+quarters?\s+of"
QUANTITY = re.compile(
    # (a sum after a hyphen only tops a range: "$800-$1,000", "€1.1bn-€1.3bn", "$25 million-$35 million")
    r"(?:(?<![\w.,/\-$€£¥])|(?:(?<=\d-)|(?<=\d[mk]-)|(?<=\d[bmt]n-)|(?<=illion-))(?=[$€£¥]))(?P<cur>us\$|ca\$|au\$|nz\$|hk\$|nt\$|a\$|c\$|r\$|s\$|[$€£¥]|(?:usd|eur|gbp|"
    + "|".join(CURRENCY_CODES)
    + r")\s?|r(?=\d))?"
    rf"(?P<num>{DIGITS}|(?:half|{SCALE_PART})\s+a(?=\s+(?:thousand|million|billion|trillion)\b)|{NUMWORD})"
    # "two and a half million", "4 and a half percent": a half more than the number
    r"(?P<half>[-\s]and[-\s]a[-\s]half(?![-\w]))?"
    r"(?:(?P<sfx>bn|mn|m|k|tn)\b|\s(?P<scale>thousand|million|billion|trillion|bn|mn|mln|dozen)\b"
    # a unit written onto its figure, as British papers do: "90km", "113km/h", "34C", storage: "256GB"
    r"|(?P<glued>km/h|kmh|kph|km|kg|cm|mm|mg|µg|mcg|kwh|mwh|gwh|twh|kw|mw|gw|ppm|ppb|mph|ft|lbs?|\s?[mgt]b|\s?°\s?[cf]|[cf](?![\w/])|p(?![\w/]))(?![\w/]))?"
    # (a basis point is a hundredth of a percentage point: "25 basis points", read as 0.25 points)
    r"(?:\s?(?P<pct>%|percent\b|per\s+cent\b|percentage\s+points?\b|basis\s+points?\b))?"
    # ("pounds" alone is a weight: news writes a sum in pounds "£3,400", and "3,400 pounds" of a shark)
    # (and "dollar" before its noun: "a 40 million dollar investment"; hyphened: "a 1.2 billion-euro purse")
    r"(?:[\s-](?P<cur2>(?:us\s|canadian\s|australian\s|new\szealand\s|new\staiwan\s|hong\skong\s|singapore\s)?dollars|dollar(?=\s[a-z])|euros?|pounds\ssterling|yen|yuan|rupees|pesos|(?:swiss\s)?francs|r[ou]bles"
    # the crowns of the Nordic countries and the Czech Republic, written as words
    # ("seven crowns" alone are a king's: only a country's crowns are money)
    r"|(?:danish|swedish|norwegian|czech)\s(?:crowns|kroner|kronor)|kroner|kronor|zlotys?"
    r"|kwacha|naira|cedis|birr|rupiah|ringgit|baht|hryvnias?|forints?|lira|dirhams|riyals|taka|tenge|quetzales|reais"
    r"|(?<=illion\s)(?:won|rand|crowns))\b)?"
    # (a slash after a figure: a fraction's, a date's, "3/4"; after a currency's, a rate's: "3.4 euros/MWh")
    r"(?!\w|(?<![a-z])/|-(?![$€£¥])|[.,]\d)"
)
# the scale words written out, as one alternation (a figure's scale, a range's, a name's number)
SCALE_WORDS = "thousand|million|billion|trillion"
# a scale or a share after a second figure: a dash joins a range's bounds ("10-15 percent", "2-3 million")
_SCALED_OR_SHARE = rf"(?:{SCALE_WORDS}|percent|per cent)\b"
# a vote tally: two counts joined by a dash or "to", with a vote word near it ("passed
# 4-1", "a vote of 8-1", "by 348-77", "a 5-4 ruling", "a 134-to-63 vote", "by 134 votes to
# 63", "247- 175" as a page broke it); a range of people or years has none
TALLY = re.compile(
    r"(?<![\w.,/$€£-])(?P<a>\d{1,3})\s?(?:(?:-to-|-|–|—)\s?|\s+(?:votes?\s+)?to\s+)(?P<b>\d{1,3})(?![\w%/]|[.,]\d|-)"
    rf"(?!\s*{_SCALED_OR_SHARE})"  # a range: "10-15 percent"
)
TALLY_WORDS = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|passed|pass|approved?|rejected|ballot|tally|margin|ruling|"
    r"decision|majority|confirmed|defeated|adopted|endorsed|backed|overrode|split|ruled|"
    # a bill or motion "cleared the Senate 19-16", "failed 4-5", "turned the idea down 3-6"
    r"cleared|failed|ratified|carried|upheld|turned(?:\s+[a-z]+){0,3}\s+down|"
    # a game's final score: "beat the Yankees 5-3", "a 5-3 win"
    r"beat|beats|won|win|wins|victory|defeat|lost|loss|edged|routed|final\s+score)\b"
)
QSTART = re.compile(r"[\d$€£¥]")
ORDINALS: dict[str, int] = ORDINAL_WORDS
ORDINAL = re.compile(
    r"\b(?P<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d+(?:st|nd|rd|th))(?:\s+|-(?=[a-z]+est\b|minute\b|place\b|round\b))(?P<noun>[a-z][a-z'-]+)"
)  # "second largest", "second-largest" (a superlative joined by its hyphen), "a 33rd-minute lead" (ut194)
# an ordinal may be in a sentence only if it holds one of the words (ORD_ANY) or a digit
# with its ending (ORD_DIGITS, "21st"): the pre-check of ORDINAL
ORD_ANY = _any_of(tuple(ORDINALS))
ORD_DIGITS = re.compile(r"\d(?:st|nd|rd|th)\b|\bq[1-4]\b")
# a quarter of a year written short, as company and markets copy does: "Q3", "Q4 2025"
QUARTER = re.compile(r"\bQ(?P<n>[1-4])\b")
# words of sequence between a count and its noun say what is counted ("two earlier bids" / "three
# previous bids"; not "prior": "four prior arrests" / "arrested three times since October": two scopes)
SEQUENCE_BEFORE_NOUN = frozenset("earlier previous consecutive successive straight".split())
# the noun after a count, past "of the" and its owner ("40 percent of the group's stores": stores)
NOUN_AFTER = re.compile(
    r"\s+(?:of\s+(?:the\s+)?(?:(?P<owner>[a-z][\w-]*)['’]s?\s+)?)?(?P<noun>(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)(?<!'s)(?![\w'])"
)
# the word before a number, skipping an article or qualifier ("killed some 12")
COUNT_WORD_BEFORE = re.compile(r"\b([a-z][a-z'-]+)\s+(?:(?:a|an|the|some|about|nearly|around)\s+)?$")

# ---------------------------------------------------------------------------------------
# names

CAPWORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.&-]*)"
# (not a capital inside a word: "kWh", "iPhone", "mRNA" name no "Wh", "Phone", "RNA")
NAME = re.compile(rf"(?<![^\W\d_]){CAPWORD}(?:(?:\s+(?:{'|'.join(NAME_CONNECTORS)})\s+|\s+){CAPWORD})*")
INITIALS = re.compile(r"(?:[A-Z]\.)+")
# abbreviations that keep their full stop at the end of a name ("Gen.", "Jr.", "Corp.")
NAME_ABBREVIATIONS = frozenset(
    f"{a}." for a in (*TITLE_ABBREVIATIONS, "st", "jr", "sr", "co", "corp", "inc", "ltd")
)

# a hyphen between two figures before a scale or a share is a range's dash ("2-3 million francs",
# "10-15 percent": :data:`_SCALED_OR_SHARE`), read by the quantities as they read "2\u20133 million"
HYPHEN_RANGE = re.compile(rf"(?<=\d)-(?=\d[\d.,]*\s*(?:{_SCALED_OR_SHARE}|%))")
# the nouns a result counts, listed after a name ("the Social Democrats 9 seats on 8.9%", "Isamaa
# 10 seats"): the number is a count, not the name's own ("Apollo 11")
RESULT_COUNTED = re.compile(r"\s+(?:seats|votes|points|goals|runs|wickets|medals|delegates|wins|losses)\b")

CONTENT_WORD = re.compile(r"[a-z]{3,}")

# "one" counts only a person told as one of a toll or a crowd ("One man died", "one woman was
# hurt"), not "one of", "one day", a possessive ("one man's vision"), "no one"
ONE_PERSON = re.compile(
    r"\s+(?:man|woman|person|child|boy|girl|victim|officer|soldier|passenger|worker|student|resident"
    r"|firefighter|patient|driver|pedestrian)\b(?!['’]s|-)"
)


def opens_clause(low: str, at: int) -> bool:
    """Does a clause open at ``at``: the text's start, or after a comma, a semicolon or a colon?
    ("One man died", "..., one woman was hurt"; not "shot to death one person": an object,
    which a sentence of another outcome counts otherwise)."""
    return not low[:at].strip() or low[:at].rstrip()[-1] in ",;:"


def one_person(low: str, a: int, b: int) -> bool:
    """Is the "one" at ``low[a:b]`` a count of a person opening a clause ("One man died")?"""
    return ONE_PERSON.match(low, b) is not None and opens_clause(low, a)


# a death toll named before a bare count: "put the death toll at nine", "the death toll rose to
# 15", "a death toll of 12" (the count is of the dead, whatever noun the sentence leaves out)
DEATH_TOLL_BEFORE = re.compile(
    r"\bdeath\s+toll\b[^.;:!?]{0,60}?\b(?:at|to|of|reached|hit)\s+(?:about\s+|at\s+least\s+|some\s+)?$"
)


def of_the_dead(low: str, at: int, unit: str, context: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """The unit and context of a count at ``at``: a bare count after a death toll counts the dead
    ("put the death toll at nine" / "Seven people were killed"); any other, as given."""
    if unit or DEATH_TOLL_BEFORE.search(low, max(0, at - 80), at) is None:
        return unit, context
    return "people", ("peopl", "kille", *context)


# "9,250 pounds" is a sum where the sentence speaks of money ("a fee of 9,250 pounds", "310
# pounds a pupil", a price of a unit sold: "8,905 pounds a tonne", "4 pounds a share"), a
# weight elsewhere ("3,400 pounds of shark", "weighed 200 pounds"; "pounds of revenue": a sum, ut183)
_POUNDS = re.compile(
    r"\s+pounds?\b(?!\s+(?:of(?!\s+(?:new\s+)?(?:revenues?|sales|profits?|income|earnings|debts?|funding|investments?|"
    r"spending|losses|savings|taxe?s?|cash|capital|turnover|assets|deposits|damages|compensation|fines|dividends|"
    r"bonuses|aid|loans?)\b)|heavier|lighter)\b)"
)
_PER_HEAD = re.compile(
    r"\s+(?:a|an|per|each)\s+(?:year|month|week|day|hour|pupil|student|head|person|"
    r"tonne|ton|kilo(?:gram)?|kg|barrel|ounce|share|ticket|night|litre|bottle)\b"
)
_SCALED = re.compile(r"\s(?:million|billion|trillion)$")
_A_SIGNED_SUM = re.compile(r"[$€£¥]\s?\d")  # another sum in the sentence, with its currency's sign
_MONEY_WORDS = re.compile(
    r"\b(?:fees?|tuition|costs?|costing|priced?|prices|pricing|pay|paid|salar(?:y|ies)|wages?|fund(?:s|ing|ed)?|budget|"
    r"grants?|fined?|bonus(?:es)?|spend(?:s|ing)?|spent|worth|charged?|loans?|debts?|rent|earn(?:s|ed)?|"
    r"invest(?:s|ed|ing|ment|ments)?|revenues?|profits?|bids?|deal|sales|turnover|income|earnings|"
    # a room's or a loan's rate, a fare, a premium, a pension, a payout ("the average daily rate
    # rose 3.2 percent to 146 pounds": ut123)
    r"rates?|fares?|premiums?|pensions?|dividends?|payouts?|compensation|rais(?:e|es|ed|ing)|collected|donat(?:e|ed|ions?)|charit(?:y|ies))\b"
)


def sterling(kind: FactKind, unit: str, low: str, end: int) -> tuple[FactKind, str, int]:
    """A count of "pounds" ending at ``end`` as a sum of money, its span to the word's end,
    when the sentence ``low`` speaks of money, not of a weight; else the count as it is."""
    m = _POUNDS.match(low, end) if kind == "number" and unit in ("pound", "pounds") else None
    if m is None or "weigh" in low:
        return kind, unit, end
    # (millions of pounds not "of" a thing are a sum: "the record 90 million pounds imposed on")
    if not (
        _PER_HEAD.match(low, m.end())
        or _MONEY_WORDS.search(low)
        or _SCALED.search(low, 0, end)
        or _A_SIGNED_SUM.search(low)  # "at $649 in the U.S. and 579 pounds in Britain"
    ):
        return kind, unit, end
    return "money", "GBP", m.end()


# "33 cents": a sum, a hundredth of the currency's unit whichever the currency ("33 cents a share"
# / "$0.33 a share", "a dividend of 101 cents" / "$1.01"); "48 pence", a hundredth of a pound
_HUNDREDTHS = {"cent": "", "cents": "", "pence": "GBP", "penny": "GBP", "p": "GBP"}  # "60.1p" (ut196)
_HUNDREDTH = re.compile(r"\s+(?:cents?|pence|penny)\b|(?<=\dp)(?![\w/])")


def sum_in_words(
    kind: FactKind, unit: str, low: str, end: int, got: tuple[float, float]
) -> tuple[FactKind, str, int, tuple[float, float]]:
    """A count of "pounds" as a sum where the sentence speaks of money (:func:`sterling`), a
    count of "cents" ending at ``end`` as a sum in no currency told, of "pence" in pounds (its
    value in the currency's unit, its span to the word's end); else the count as it is."""
    kind, unit, end = sterling(kind, unit, low, end)
    m = _HUNDREDTH.match(low, end) if kind == "number" and unit in _HUNDREDTHS else None
    if m is None:
        return kind, unit, end, got
    return "money", _HUNDREDTHS[unit], m.end(), (got[0] / 100, got[1] / 100)
