"""Datelines: where and from whom a story is filed, before its first sentence.

"WASHINGTON — ...", "NEW DELHI, Nov 11 (Reuters) - ...", "London (Reuters) - ...",
"KESTREL BAY, March 4 (Coastline Wire) - ...": a place (in capitals, or with a date or an
agency), then a dash or a colon.  Pages set the dash with any dash-like character (a
hyphen, an en or em dash, a horizontal bar, a minus sign): all of them are ``DASHES``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# every character a page uses as the dash of a dateline or between a stamp's parts:
# hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar
# (HuffPost's "WASHINGTON ― ..."), minus sign, small and full-width hyphen-minus
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DASHES_IN = re.escape(DASHES)  # inside a regex class
_DASH = f"[{_DASHES_IN}]"  # one of them
# the dash of a dateline: one dash (a doubled one, "--" or "–-", as typewriters set it)
_DATELINE_DASH = rf"(?:{_DASH}{_DASH}?|:)"

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# an ALL-CAPS place ("WASHINGTON", "NEW DELHI", "AMHERST, N.H.") or a place with a date or
# an agency ("Mumbai, Nov 11", "London (Reuters)"), then a dash or a colon
_PLACE_CAPS = (
    r"[A-Z][A-Z.'’\-]{2,}(?:\s+[A-Z][A-Z.'’\-]+){0,3}(?:,\s*[A-Z][A-Za-z.]{1,12}(?:\s+[A-Z][A-Za-z.]+)?)?"
)
_PLACE_TITLE = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:\s*/\s*[A-Z][a-z]+)?(?:,?\s*[A-Z]\.[A-Z]\.)?"
_AGENCY_TAG = r"\((?:AP|AFP|Reuters|CNN|CNA|UPI|PTI|IANS|ANI|dpa|Xinhua|Bloomberg|Fox News|CBS|NBC|ABC)\)"
_DATE_PART = rf"(?:{_MONTHS}\s*\d{{1,2}}(?:,?\s*\d{{4}})?|\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?)"
# after a place in capitals and a date, any outlet's name in brackets is the source
# ("KESTREL BAY, March 4 (Coastline Wire) -"), not only the agencies listed above
_SOURCE_TAG = r"\((?-i:[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})\)"
# ... and after a place in capitals with no date, any agency's initials ("CHATHAM, Mass. (AW) —")
# or name ("BOSTON (Harbour Wire) -"), unless the brackets spell out the capitals before them:
# "NATO (North Atlantic Treaty Organization) - The alliance ..." opens a sentence
_INITIALS_TAG = r"\((?-i:[A-Z]{2,6})\)"
_DATELINE_LEAD = re.compile(
    rf"(?:(?P<place>(?-i:{_PLACE_CAPS}))(?:[\s,{_DASHES_IN}]*{_DATE_PART}(?:\s*{_SOURCE_TAG})?|(?:\s*(?:{_AGENCY_TAG}|{_INITIALS_TAG}|(?P<source>{_SOURCE_TAG})))?)"
    rf"\s*{_DATELINE_DASH}|"
    rf"(?-i:{_PLACE_TITLE})(?:(?:[\s,{_DASHES_IN}]*{_DATE_PART})(?:\s*{_AGENCY_TAG})?|\s*{_AGENCY_TAG})\s*{_DATELINE_DASH})"
    # the sentence opens with a capital (the pattern is caseless), or on the next line: a
    # dateline alone on its line ends with its dash ("LAS VEGAS —", "Lyon (AFP) -"), not a colon
    rf"(?:\s*(?-i:(?=[\"“‘'A-Z0-9]))|(?<=[{_DASHES_IN}])\s*$)",
    re.I,
)
# a wire dateline after a sentence end in the same line: "... next week. HARRISBURG, Pa. (AP) -
# Lawmakers ..."; the agency tag makes it certain (a place in capitals alone could be a shout)
_WIRE_DATELINE_MID = re.compile(
    rf"(?:(?<=[.!?]\s)|(?<=[.!?][\"”’)]\s))(?-i:{_PLACE_CAPS})\s*(?-i:{_AGENCY_TAG})\s*{_DASH}{_DASH}?\s*"
    r"(?=[\"“‘'A-Z])"
)
_AGENCY_TAG_RE = re.compile(_AGENCY_TAG)  # in every wire dateline; fast to look for alone


def dateline_at(text: str, pos: int) -> re.Match[str] | None:
    """The dateline that opens ``text`` at ``pos``, if one does (see ``_DATELINE_LEAD``)."""
    m = _DATELINE_LEAD.match(text, pos)
    if m is None or m.end() <= pos or glued_name(text, m.end()):
        return None
    source = m.group("source")
    if source and _initials(source) == re.sub(r"[^A-Z]", "", m.group("place")):
        return None
    return m


def _initials(words: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w&.\-]*", words))


def glued_name(text: str, end: int) -> bool:
    """Is the dateline-like start that ends at ``end`` a name joined by a hyphen to a figure
    or another capitalised name ("COVID-19 cases rose", "NASA-JPL engineers said")?  A
    dateline's dash stands apart from the words around it, or opens a capitalised word
    ("ALASKA-Shortly after 3:30"), never a figure, a run of capitals or a participle
    ("NRA-Funded")."""
    if end < 2 or end >= len(text) or text[end - 1] not in "-\u2010\u2011" or not text[end - 2].isalnum():
        return False
    if text[end].isdigit() or text[end : end + 2].isupper():
        return True
    # a compound adjective of a headline ("NRA-Funded School Safety Report", "UN-Backed
    # Talks", "GOP-Led House"): a participle after the hyphen, never a sentence's first word
    m = _WORD_AFTER.match(text, end)
    return m is not None and m.group().lower().endswith(("ed", "ing", "en"))


_WORD_AFTER = re.compile(r"[A-Za-z]+")


# a clock time just before a sentence end: "... problem 2 A.M. FEB. 4, 2009 Two years ago"
_CLOCK_BEFORE = re.compile(r"(?:(?P<word>[\w'’]+)\s+)?(?P<clock>\d{1,2}(?::\d\d)?\s?[ap]\.m\.)$", re.I)
# the words with which a sentence tells a time ("the fire began at 2 a.m."): that time is the story's
_TIME_WORDS = frozenset("at by to until till about around before after since from".split())


def clock_start(text: str, end: int, default: int) -> int | None:
    """Where the stamp that follows ``end`` starts: at a clock time that ends at ``end``
    ("2 A.M. FEB. 4, 2009"); None when a sentence tells that time (the date after it is the
    sentence's: "The fire began at 2 a.m. March 4, 2021"); else ``default``."""
    m = _CLOCK_BEFORE.search(text, max(0, end - 40), end)
    if m is None:
        return default
    return None if (m.group("word") or "").lower() in _TIME_WORDS else m.start("clock")


# A byline that names the outlet or the date after the writers, each part set apart by a dash,
# a bar or a bullet: "By Seth McLaughlin - The Washington Times - Wednesday, February 24, 2016",
# "By JANE ROE | Harbour Press | Mar. 4, 2021", "By Jane Roe, Harbour Press, March 4, 2021". A
# name is capitalised words (not a day or a month: "By Tuesday, March 4, 2021 the ..."), the
# outlet too, with "of", "and" or "&" inside ("The Times of India"); the date follows the last
# separator (found here by a look-ahead, read whole by the caller: :func:`dated_byline`).
_BY_NAME = r"[A-Z][\w.'’\-]*"
_BY_ONE = rf"{_BY_NAME}(?:\s+{_BY_NAME}){{0,3}}"
_BY_NAMES = rf"{_BY_ONE}(?:(?:\s*,\s*|\s+and\s+){_BY_ONE}){{0,3}}"
_BY_OUTLET = rf"{_BY_NAME}(?:\s+(?:(?:of|and|&)\s+)?{_BY_NAME}){{0,5}}"
_BY_SEP = rf"(?:\s*[{_DASHES_IN}|•·]\s*|(?P<comma>\s*,\s*))"
_CALENDAR_WORD = rf"(?i:{_MONTHS}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)(?![\w])"
_BYLINE_HEAD = re.compile(
    rf"(?:[Bb]y|BY)\s+(?!{_CALENDAR_WORD}){_BY_NAMES}(?:\s*[{_DASHES_IN}|•·]\s*(?!{_CALENDAR_WORD}){_BY_OUTLET}){{0,2}}{_BY_SEP}"
    rf"(?=\d|{_CALENDAR_WORD})"
)


def dated_byline(text: str, stamp_at: Callable[[str, int], tuple[int, bool, bool]]) -> int:
    """Where a byline with its date ends, when ``text`` opens with one (0 when it does not): the
    rest of the line, or the story glued after it, which opens with a capital ("... - Wednesday,
    February 24, 2016 LAS VEGAS — Businessman ..."). ``stamp_at`` reads the date (the cleaner's
    reader of stamps: reader.clean.cuts._stamp_at). After a comma the date must end the line:
    "By Election Day, November 8, 2016 Americans will ..." is a sentence."""
    m = _BYLINE_HEAD.match(text)
    if m is None:
        return 0
    end, _, prep = stamp_at(text, m.end())
    if end == m.end() or prep:
        return 0
    gap = len(text) - end - len(text[end:].lstrip(" \t.,|•·" + DASHES))
    follow = text[end + gap : end + gap + 1]
    if not follow:
        return len(text)
    return end + gap if not m.group("comma") and (follow.isupper() or follow in "\"“‘'") else 0
