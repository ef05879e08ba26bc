"""A page's publication stamp glued between its deck and its story, with no key word before it.

"... revealed as 12th actor to play the Doctor Monday 5 August 2013 08.33 BST Peter Capaldi,
best known for ...": some pages print the stamp between the standfirst and the first
paragraph, and the text run together glues all three.  A full date with its year and then a
clock time with its time zone is a machine's stamp: a story tells a time with its zone
("struck at 1353 (1023 GMT)") but not after a full date with its year, and not without a
word before it that ties it to what happened ("on", "at", "by").  The keyed stamps
("Updated: ...") are :mod:`reader.clean.cuts`'s.

In the page's head, a deck that ends without a full stop is glued to the story by a bare date
with its year ("Driver Charged With DWI, Vehicular Manslaughter September 14, 2013 10:46 AM A
59-year-old ..."): :func:`deck_dates`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.clean.captions import MONTH_WORDS

STAMP = "date or time stamp"

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
_ZONE = r"(?:BST|GMT|UTC|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|AEST|AEDT|NZST|NZDT|HKT|JST)"
# "Monday 5 August 2013 08.33 BST", "Monday, August 5, 2013 8:33 AM EDT": the year first in the
# pattern's scan (digits and the zone are what make it a stamp)
_STAMP = re.compile(
    rf"(?:{_WEEKDAY})?(?:\d{{1,2}}\s+(?:{MONTH_WORDS})\.?|(?:{MONTH_WORDS})\.?\s+\d{{1,2}},?)\s+\d{{4}},?\s+"
    rf"\d{{1,2}}[.:]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?\s+{_ZONE}\b"
)
_CLOCK_ZONE = re.compile(r"\d[.:]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?\s+[A-Z]{3}")
# a word that ties a date to what happened ("on Monday 5 August 2013 at 08.33 BST")
_TIED = re.compile(r"\b(?:on|at|by|until|since|from|before|after)\s+$", re.IGNORECASE)


def clock_stamps(text: str) -> list[tuple[int, int, str]]:
    """The publication stamps of a line (offsets into ``text``) that stand between two
    stretches of text, a capital after them."""
    if _CLOCK_ZONE.search(text) is None:
        return []  # the cheap question first: a clock time and a zone's capitals after it
    out = []
    for m in _STAMP.finditer(text):
        a, b = m.span()
        if _TIED.search(text, max(0, a - 8), a):
            continue
        after = text[b:].lstrip()
        if after and not (after[0].isupper() or after[0] in '"“‘('):
            continue
        out.append((a, b, STAMP))
    return out


# a full date with its year after a word of a deck, a capital after it: where the stamp may start
_DECK_DATE = re.compile(
    rf"(?<=[\w’'] )(?=(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:\d{{1,2}}\s+(?:{MONTH_WORDS})\.?|(?:{MONTH_WORDS})\.?\s+\d{{1,2}},?)\s+\d{{4}}\b)"
)
# a word after which the date belongs to the sentence: a preposition ties it to what happened,
# an article or a possessive makes it a name's modifier ("the September 11, 2001 attacks")
_BELONGS = frozenset(
    """on at by until since from before after of in to and or through the a an its his her
    their this that these those""".split()
)


def deck_dates(
    text: str, stamp_at: Callable[[str, int], tuple[int, bool, bool]]
) -> list[tuple[int, int, str]]:
    """Bare dates (and the clock time after them) glued between a deck and the story in the
    page's head: a full date with its year after a deck's last word, no comma after it, the
    story's capital next.  ``stamp_at`` reads the stamp's end (:func:`reader.clean.cuts._stamp_at`)."""
    out = []
    for m in _DECK_DATE.finditer(text):
        a = m.start()
        end, _, prep = stamp_at(text, a)
        before = text[:a].split()
        if prep or end <= a or not before or before[-1].lower().strip("’'") in _BELONGS:
            continue
        if text[end : end + 1] == " " and (
            text[end + 1 : end + 2].isupper() or text[end + 1 : end + 2] in '"“‘'
        ):
            out.append((a, end, STAMP))
    return out
