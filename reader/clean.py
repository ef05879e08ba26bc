"""Clean: separate the article from the web page it was pasted from.

Text copied from a news site carries the site around it: taglines, "Save for later",
"View Caption", newsletter promos, photo credits, "Recommended:" teasers, a footer of
account features.  We detect them by *kind* (rules that fire on any site), never by a
list of one article's lines, and we throw nothing away: every removed line is returned
with the rule that removed it, so the reader can show it and the user can disagree.

The rules work on lines.  Signals that are safe on their own (a call to action, a credit,
a label prefix, a line repeated verbatim) mark a line directly; weaker ones (a short line
without sentence punctuation) only count in the page's header and footer or next to lines
already marked, so a sub-heading between two paragraphs of prose survives.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from reader.lang import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from reader.model import Removed


@dataclass(frozen=True, slots=True)
class Block:
    """A kept stretch of text (a paragraph or a heading) inside the document."""

    start: int
    end: int
    paragraph: int
    kind: str = "body"  # body | title | heading


@dataclass(frozen=True, slots=True)
class Cleaned:
    blocks: list[Block]
    removed: list[Removed]
    title: str | None


@dataclass(slots=True)
class _Line:
    start: int  # offset of the content (after indentation and bullet)
    end: int
    text: str
    blank_before: bool
    reason: str = ""
    heading: bool = False  # written as a Markdown heading ("## ..."): the author's structure
    wrapped: bool = False  # one line of a hard-wrapped paragraph, not a unit of its own
    marker: tuple[int, int, str] | None = None  # a stripped list or heading mark (start, end, reason)
    # furniture cut out of a kept line (absolute start, end, reason): a stamp, a dateline,
    # a photo credit or a teaser glued to a sentence of the story
    cuts: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())


# A list marker: a bullet or a number of at most two digits ("2013. The NSA ..." is a year
# that starts a sentence, not item 2013 of a list).
_BULLET = re.compile(r"^[ \t]*(?:[•·▪●◦‣\-*+]|\d{1,2}[.)])[ \t]+")
_MD_HEADING = re.compile(r"^[ \t]*(#{1,6})[ \t]+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")

# Calls to action and page furniture, by kind.  Each pattern names a habit of web pages,
# not a line of one article.
_FURNITURE: list[tuple[str, re.Pattern[str]]] = [
    (
        "account feature (saving, reading later)",
        re.compile(
            r"\b(save[ds]?\s+(for\s+later|this|items?)|saved\s+(items?|this)|read\s+later|"
            r"reading\s+list|from\s+any\s+device|user\s*name|failed\s+to\s+(save|load)|"
            r"already\s+saved|limit\s+of\s+\d*\s*saved|manage\s+(you|your)\s+saved|"
            r"saved\s*\(|bookmark(ed)?\b)",
            re.I,
        ),
    ),
    (
        "newsletter or subscription promo",
        re.compile(
            r"\b(newsletters?|subscribe|subscription|sign\s+up|to\s+your\s+inbox|"
            r"(daily|weekly|monthly)\s+(summary|digest|briefing|roundup|newsletter|email)|"
            r"stories\s+you\s+care\s+about|delivered\s+to\s+you)\b",
            re.I,
        ),
    ),
    (
        "advertising label",
        re.compile(r"\b(video\s+ads?|advertisement|sponsored(\s+content)?|ad\s+choices|about\s+ads)\b", re.I),
    ),
    (
        "call to action",
        re.compile(
            r"\b(click\s+here|tap\s+here|read\s+more|learn\s+more|share\s+(this|on)|follow\s+us|"
            r"we\s+want\s+to\s+hear|give\s+us\s+a\s+rating|did\s+we\s+miss|let\s+us\s+know|"
            r"here\s+are\s+some\s+ways|make\s+a\s+difference|leave\s+a\s+comment|"
            r"join\s+the\s+conversation|please\s+visit|copy\s+(this\s+|the\s+)?link|reuse\s+this\s+content|log\s*in|sign\s+in|download\s+(our|the)\s+app|"
            r"cookie(s)?\s+(policy|settings)|privacy\s+policy|terms\s+of\s+(use|service)|"
            r"all\s+rights\s+reserved|skip\s+to\s+(main\s+)?content)\b",
            re.I,
        ),
    ),
]

_SAFE_FURNITURE = {"account feature (saving, reading later)", "advertising label"}
_ADDRESS = re.compile(r"\b(you|your|yours|we|us|our)\b", re.I)

# "Recommended: ...", "Related: ...", "READ MORE: ..." -- a teaser for another page.
_LABEL_PREFIX = re.compile(
    r"^(recommended|related(\s+(stories|articles|content|coverage))?|read\s+more|see\s+also|"
    r"more\s+(from|on)[^:]{0,30}|most\s+(read|popular|viewed)|watch|listen|trending|"
    r"editor'?s\s+picks?|also\s+read|don'?t\s+miss|advertisement|sponsored|photo|credit|"
    r"image|video|graphic)\s*[:|>\-–]",
    re.I,
)

# Interface words that, alone on a short line, are buttons or menu entries.
_UI_WORDS = {
    "close",
    "open",
    "menu",
    "share",
    "tweet",
    "email",
    "print",
    "comments",
    "comment",
    "view",
    "caption",
    "gallery",
    "next",
    "previous",
    "prev",
    "back",
    "top",
    "home",
    "more",
    "less",
    "expand",
    "collapse",
    "play",
    "pause",
    "mute",
    "unmute",
    "replay",
    "subscribe",
    "login",
    "logout",
    "search",
    "save",
    "saved",
    "like",
    "follow",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "reddit",
    "pinterest",
    "copy",
    "link",
    "messenger",
    "telegram",
    "bluesky",
    "mastodon",
    "flipboard",
    "instagram",
    "youtube",
    "tiktok",
    "show",
    "hide",
    "items",
    "item",
    "edition",
    "advertisement",
    "ad",
    "ads",
    "video",
    "photos",
    "photo",
    "image",
    "images",
    "skip",
    "continue",
    "reading",
    "loading",
}

# Photo and wire credits: "Claude Paris/AP", "(AP Photo/Michel Euler)", "Reuters/...",
# "Photo: Jane Doe", "Getty Images", and agency bylines at the end of wire copy.
_AGENCIES = r"(AP|AFP|Reuters|Getty(\s+Images)?|EPA|Xinhua|Bloomberg|PA|ANP|dpa|Shutterstock|Sipa|Alamy)"
_CREDIT = re.compile(
    rf"^\(?([A-Z][\w.'\-]+(\s+[A-Z][\w.'\-]+){{0,3}}\s*/\s*{_AGENCIES}(\s+Photo)?|"
    rf"{_AGENCIES}(\s+Photo)?\s*/\s*[A-Z][\w.'\-]+(\s+[A-Z][\w.'\-]+){{0,3}}|"
    rf"(photo|image|picture|credit|photograph)s?\s*(by|:)\s*.+|"
    rf"\(?(reporting|additional\s+reporting|editing|writing)\s+by\s+.+)\)?\s*$",
    re.I,
)

# The staff line that closes wire copy can name many people: "(Reporting by A in London;
# Additional reporting by B; Editing by C and D)".  Its shape is distinctive enough to
# allow any length, unlike a free-form credit.
_WIRE_STAFF = re.compile(
    r"^\(\s*(reporting|additional\s+reporting|writing|editing|compiled)\s+by\b[^()]*\)\s*$", re.I
)

# Labels that sites put before a picture's source or caption ("Image source, Getty Images",
# "Image caption, Rescuers ...", "Photo credit: ..."): the label makes any length safe.
_MEDIA_LABEL = re.compile(r"^(image|photo|picture|video|media)\s+(source|caption|credit)s?\s*[,:]", re.I)

# Legal small print under a sign-up box ("Privacy Notice: Newsletters may contain ...").
_LEGAL = re.compile(r"^(privacy|cookie|legal|data\s+protection)\s+(notice|policy|statement)\s*:", re.I)

# When and by whom: "Published", "Updated 3 hours ago", "Posted on August 14, 2023 by Tom",
# "Mon 4 Mar 2024 18.05 GMT", "By Jane Doe and John Roe".  A line that is *only* this is
# page metadata; a sentence that merely starts with "By" is not (the name pattern is strict).
# Month and weekday names and abbreviations, longest first ("thur" is the one
# abbreviation of reader.lang this rule has never read; it stays out so output is unchanged)
_CALENDAR = sorted({*MONTHS, *WEEKDAYS, *WEEKDAY_ABBREVIATIONS} - {"thur"}, key=lambda w: (-len(w), w))
_STAMP_WORDS = (
    "(" + "|".join(_CALENDAR) + r"|today|yesterday|at|on|am|pm|a\.m\.|p\.m\.|gmt|bst|utc|"
    r"cet|cest|e[sd]t|p[sd]t|[\d:./\-]+)"
)
_NAME = r"[A-Z][\w.'’\-]*"
_NAMES = rf"{_NAME}(\s+{_NAME}){{0,3}}((\s*,\s*|\s+and\s+){_NAME}(\s+{_NAME}){{0,3}})*"
_AGO = r"\d+\s+(seconds?|mins?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
_STAMP = rf"({_AGO}|{_STAMP_WORDS})([\s,]+({_AGO}|{_STAMP_WORDS}))*"
_DATELINE = re.compile(
    rf"^((first\s+)?(posted|published|updated|last\s+updated|modified)[\s:,]*({_STAMP})?[\s,]*(by\s+(?-i:{_NAMES}))?|"
    rf"this\s+(article|story|page)\s+is\s+(more\s+than|over)\s+.+\s+old|"
    rf"(?=.*\d){_STAMP})[\s.]*$",
    re.I,
)
_BYLINE = re.compile(rf"^[Bb]y\s+{_NAMES}$")


# --- furniture inside a line -------------------------------------------------------------
# Pages glue their furniture to the story's sentences: a stamp before the first sentence
# ("Updated 4:08 p.m. ET Lindsay ..."), a dateline ("LONDON (Reuters) - ..."), a photo credit
# between two sentences ("... in Kabul. Jane Roe/AFP via Getty Images The president ..."), a
# teaser ("(RELATED: ...)", "CLICK HERE TO GET THE APP").  Only the furniture is cut; the
# sentence it was glued to stays, and the cut is listed with its reason and exact offsets.

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAYS = r"(?:mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday|r|rs)?\.?"
_ZONE = (
    r"(?:[ecmpa]k?[sd]?t|gmt|utc|bst|cest?|ist|hkt|aest|aedt|nzst|nzdt|msk|jst|kst|sast|wat|eat|uk)"
    r"(?:\s?[+\-]\s?\d{1,2}(?::?\d\d)?)?"
)
_AMPM = r"(?:[ap]\.?\s?m\.?(?![a-z])|[ap](?![a-z]))"
# one token of a date or time stamp, and what it proves (see _stamp_at)
_STAMP_TOKEN = re.compile(
    r"(?P<numdate>\d{1,4}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{2,4}(?![\d:]))|"
    rf"(?P<time>\d{{1,2}}(?:[:.]\d\d){{1,2}}\s?{_AMPM}?|\d{{1,2}}\s?{_AMPM}|\d{{3,4}}\s?(?:gmt|hrs)\b)|"
    rf"(?P<month>{_MONTHS}(?![a-z]))|(?P<weekday>{_WEEKDAYS}(?![a-z]))|"
    r"(?P<num>\d{1,4}(?:st|nd|rd|th)?(?![\w:]))|"
    rf"(?P<zone>\(?{_ZONE}\)?(?![a-z]))|(?P<glue>at|on|hrs|today|yesterday)(?![a-z])",
    re.I,
)
_STAMP_SEP = re.compile(r"[\s,|@/\-–—]*")
_STAMP_KEY = re.compile(
    r"(?:(?:first|last|originally|story|article)\s+)?"
    r"(?:updated|published|posted|modified|created|edited)(?:\s+(?:time|date))?"
    r"(?:\s+(?:on|at))?\s*:?\s*",
    re.I,
)
# an ALL-CAPS place ("WASHINGTON", "NEW DELHI", "AMHERST, N.H.") or a place with a date or
# an agency ("Mumbai, Nov 11", "London (Reuters)"), then a dash or a colon
_PLACE_CAPS = (
    r"[A-Z][A-Z.'’\-]{2,}(?:\s+[A-Z][A-Z.'’\-]+){0,3}(?:,\s*[A-Z][A-Za-z.]{1,12}(?:\s+[A-Z][A-Za-z.]+)?)?"
)
_PLACE_TITLE = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:\s*/\s*[A-Z][a-z]+)?(?:,?\s*[A-Z]\.[A-Z]\.)?"
_AGENCY_TAG = r"\((?:AP|AFP|Reuters|CNN|CNA|UPI|PTI|IANS|ANI|dpa|Xinhua|Bloomberg|Fox News|CBS|NBC|ABC)\)"
_DATE_PART = rf"(?:{_MONTHS}\s*\d{{1,2}}(?:,?\s*\d{{4}})?|\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}})?)"
_DATELINE_LEAD = re.compile(
    rf"(?:(?-i:{_PLACE_CAPS})(?:[\s,\-]*{_DATE_PART})?(?:\s*{_AGENCY_TAG})?\s*(?:—|–-?|--?|:)|"
    rf"(?-i:{_PLACE_TITLE})(?:(?:[\s,\-]*{_DATE_PART})(?:\s*{_AGENCY_TAG})?|\s*{_AGENCY_TAG})\s*(?:—|–-?|--?|:))"
    r"\s*(?=[\"“‘'A-Z0-9])",
    re.I,
)
# a name (or an organisation) then the agency that holds the picture
_CAP_WORD = r"[A-Z](?:[\w'’&\-]|\.(?=\w)){0,30}(?:(?<=\.\w)\.|(?<=\b[A-Z])\.)?"  # "Roe", "U.S.", "A."
_CREDIT_NAME = rf"(?<![\w'’&.\-]){_CAP_WORD}(?:\s*/\s*{_CAP_WORD}|\s+{_CAP_WORD}){{0,5}}"
_CREDIT_AGENCY = (
    r"(?:AP(?:\s+Photo)?|AFP|Reuters|REUTERS|Getty(?:\s+Images)?|GETTY(?:\s+IMAGES)?|EPA(?:-EFE)?|"
    r"Shutterstock|Sipa(?:\s+USA)?|Alamy|Bloomberg|Xinhua|ZUMA(?:\s+Press)?|Tribune\s+News\s+Service|"
    r"NurPhoto|Anadolu(?:\s+Agency)?|SOPA\s+Images|Pool)"
)
_INNER_FURNITURE: list[tuple[str, re.Pattern[str]]] = [
    (
        "photo or wire credit",
        re.compile(
            # "(Photo by Jane Roe/Getty Images)", "(AP Photo/Evan Vucci)", "(Photo: Pool)"
            rf"\((?:[^()]{{0,40}}\b(?:photo|image|picture|photograph)s?\s*(?:by\b|:|/|credit\b)[^()]{{0,60}}|[^()]{{0,40}}/\s*{_CREDIT_AGENCY}[^()]{{0,30}})\)|"
            # "| Jane Roe/AFP/Getty Images", "Timothy Clary/AFP/Getty Images"
            rf"(?:\|\s*)?(?-i:{_CREDIT_NAME})\s*/\s*(?-i:{_CREDIT_AGENCY})(?:\s*(?:/|\svia\s)\s*(?-i:{_CREDIT_AGENCY}))*(?:,\s*File)?|"
            # "UGC via AP", "The Augusta Chronicle via AP, File", "Ray Ewing / Vineyard Gazette via AP"
            rf"(?:\|\s*)?(?-i:{_CREDIT_NAME})\s+via\s+(?-i:{_CREDIT_AGENCY})(?:,\s*File)?|"
            # "Image: Jane Roe", "Photo credit: US Navy" before the next sentence
            r"(?:image|photo|photograph|picture)(?:\s+credit)?\s*:\s*(?-i:[A-Z][\w.'’\-]*(?:\s*/\s*[A-Z][\w.'’\-]*|\s+[A-Z][\w.'’\-]*){0,3})(?=\s+(?-i:[A-Z])[a-z])|"
            # a military or government photo unit: "US Central Command Public Affairs"
            rf"(?-i:(?<![\w'’&.\-])(?:{_CAP_WORD}\s+){{1,5}}Public\s+Affairs?)(?![a-z])",
            re.I,
        ),
    ),
    (
        "teaser for another page",
        re.compile(
            r"\(\s*(?:related|read\s+more|see\s+also|also\s+read|watch|listen|more)\s*:[^()]{1,200}\)|"
            r"\[\s*(?:related|read\s+more|see\s+also|also\s+read|watch|listen|more)\s*:[^\[\]]{1,200}\]",
            re.I,
        ),
    ),
    (
        "call to action",
        re.compile(
            # an all-capital "CLICK HERE TO GET THE APP" runs to its last capital word
            r"(?-i:CLICK\s+HERE\b(?:[\s,:&'’\-]+[A-Z]{1,}\b)*)(?-i:(?=\s+[A-Z][a-z]|\s*$))|"
            r"(?:click|tap)\s+here\s+(?:to|for)\b[^.!?]{0,80}[.!?]",
            re.I,
        ),
    ),
    (
        "newsletter or subscription promo",
        re.compile(
            r"(?:get\s+our\s+(?:free\s+)?(?:daily\s+|weekly\s+)?newsletter\s+)?"
            r"sign\s+up\s+(?:here\s+|now\s+)?(?:for|to)\s+[^.!?]{0,60}?(?:newsletters?|alerts|inbox|briefing|emails?)\b"
            r"(?:\s+(?-i:[A-Z][a-z]+\s+)?newsletters?\b)?[.!]?",
            re.I,
        ),
    ),
]

_SENTENCE_STARTERS = frozenset(
    "the a an he she it they we i you his her its their this that these those but and in on "
    "at for after before when while if as so there here however meanwhile earlier later".split()
)


def _stamp_at(text: str, pos: int) -> tuple[int, bool, bool]:
    """The end of a date/time stamp starting at ``pos`` (``pos`` itself if there is none),
    whether it holds a time or a numeric date, and whether it starts with "at"/"on".

    A stamp is a run of dates, times, week days and time zones with a date in it: a month
    with a number, a numeric date or a time.  Token by token, so linear in its length.
    """
    end = pos
    i = pos
    kinds: set[str] = set()
    first = ""
    while i < len(text):
        m = _STAMP_TOKEN.match(text, i)
        if not m:
            break
        kind = m.lastgroup or ""
        first = first or kind
        kinds.add(kind)
        end = m.end()
        sep = _STAMP_SEP.match(text, end)
        i = sep.end() if sep else end
    strong = bool(kinds & {"numdate", "time"})
    dated = strong or ("month" in kinds and "num" in kinds)
    if not dated:
        return pos, False, False
    # a trailing "at"/"on" belongs to the sentence ("... 2013 at the hall")
    while (
        end - pos >= 2
        and text[end - 2 : end].lower() in ("at", "on")
        and (end - pos == 2 or not text[end - 3].isalnum())
    ):
        end -= 2
        while end > pos and text[end - 1] in " \t\n,|@/-–—":
            end -= 1
    return end, strong, first == "glue"


# a time or a numeric date: a line of the page's head that holds one is a stamp, not the headline
_STAMPISH = re.compile(
    rf"\b\d{{1,2}}[:.]\d\d\s?(?:{_AMPM}|\d|\s+{_ZONE}\b)|\b\d{{1,2}}\s?/\s?\d{{1,2}}\s?/\s?\d{{2,4}}\b", re.I
)


def _all_stamp(text: str) -> bool:
    """The whole line is stamps and datelines ("Updated: Nov 11, 2011 20:09 IST")."""
    pos = 0
    for a, b, _ in _leading_cuts(text, True):
        if a > pos and text[pos:a].strip():
            return False
        pos = b
    return pos > 0 and not re.search(r"\w", text[pos:])


def _leading_cuts(text: str, head: bool) -> list[tuple[int, int, str]]:
    """Stamps and datelines at the start of a line (offsets into ``text``).

    A stamp without a "Published"/"Updated" word is cut only in the page's head and only
    when it holds a time or a numeric date, or is not followed by a comma: "On Jan 5, 2011,
    the team ..." is a sentence; "May 2, 2013 1:35 pm. Lindsay ..." is a stamp.
    """
    cuts: list[tuple[int, int, str]] = []
    pos = 0
    for _ in range(4):
        key = _STAMP_KEY.match(text, pos)
        start = key.end() if key and key.end() > pos and key.group().strip() else pos
        end, strong, prep = _stamp_at(text, start)
        rest = text[end:]
        after = len(rest) - len(rest.lstrip(" \t.,|:-–—"))
        follow = text[end + after : end + after + 1]
        ok_follow = not follow or follow.isupper() or follow.isdigit() or follow in "\"“‘'("
        if end > start and ok_follow:
            keyed = start > pos
            whole = not follow
            comma = text[end : end + after].strip().startswith(",")
            if keyed or whole or (head and not prep and (strong or not comma)):
                stop = end + after if follow else len(text)
                cuts.append((pos, stop, "date or time stamp"))
                pos = stop
                continue
        m = _DATELINE_LEAD.match(text, pos)
        if m and m.end() > pos and not (cuts and cuts[-1][2] == "dateline"):
            cuts.append((pos, m.end(), "dateline"))
            pos = m.end()
            continue
        break
    return [(a, _rstrip_at(text, a, b), r) for a, b, r in cuts]


def _rstrip_at(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


_INNER_KEY = re.compile(
    r"(?-i:\b(?:(?:Last|First)\s+)?(?:Updated|UPDATED|Posted|POSTED|Published|PUBLISHED))\b"
)


# A cross-head glued to the next sentence: a few words without punctuation after a
# sentence end, then a word that can only open a sentence ("The", "He", "According") in
# capitals, followed by a lower-case word: "... last week. Talks stall over funding The
# president said ...".  Mid-sentence, "The" is capitalised only in a name ("The Times").
_CROSSHEAD = re.compile(
    r"(?:(?<=[.!?]\s)|(?<=[.!?][\"”’)]\s)|(?<=\|\s))"
    r"(?P<head>[A-Z‘'\"“][^.!?;:,\"“”()\[\]\n]{3,80}?)\s+"
    r"(?=(?:The|He|She|They|This|That|These|Those|His|Her|Their|When|After|While|But|"
    r"According|In|On|At)\s+[a-z])"
)
_CROSSHEAD_TAIL = frozenset("of the and to a an in for with on at by from as or but that".split())


# Words without which a pattern cannot match (checked as plain substrings, in any case).
_LITERAL_HINTS = {
    "teaser for another page": ("(", "["),
    "call to action": ("CLICK", "Click", "click", "Tap", "tap", "TAP"),
    "newsletter or subscription promo": ("Sign", "sign", "SIGN"),
}

# Where a credit can be: its pattern is costly, so it runs only in windows around these.
_CREDIT_HINT = re.compile(r"\svia\s|/|photo|image|picture|Public\s+Affair", re.I)


def _matches(reason: str, pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)``; for credits only near a hint (a name is at most six
    words of 31 characters before its "/" or "via")."""
    if reason != "photo or wire credit":
        hints = _LITERAL_HINTS.get(reason, ())
        if hints and not any(h in text for h in hints):
            return []  # none of the words the pattern needs: skip the regex
        return list(pattern.finditer(text))
    windows: list[list[int]] = []
    for h in _CREDIT_HINT.finditer(text):
        lo, hi = max(0, h.start() - 240), min(len(text), h.end() + 160)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    out: list[re.Match[str]] = []
    for lo, hi in windows:
        out.extend(pattern.finditer(text, lo, hi))
    return out


def _inner_cuts(text: str) -> list[tuple[int, int, str]]:
    """Credits, teasers, promos, cross-heads and "Updated ..." stamps anywhere in a line."""
    cuts: list[tuple[int, int, str]] = []
    for reason, pattern in _INNER_FURNITURE:
        for m in _matches(reason, pattern, text):
            a, b = m.start(), _rstrip_at(text, m.start(), m.end())
            if b <= a:
                continue
            if reason == "photo or wire credit":
                a = _caps_start(text, a, b)
            elif text[a] not in "([":
                # a promo or a call to action stands between sentences and opens with a capital
                prior = text[:a].rstrip()
                if not text[a].isupper() or (prior and prior[-1] not in '.!?"”’)'):
                    continue
            before = text[:a].rstrip()
            after = text[b:].lstrip()
            # furniture sits between sentences: after a sentence end (or the line's start,
            # or an unpunctuated caption for a credit) and before a capital or the end
            if reason == "photo or wire credit" and text[a] != "(":
                if before and before[-1] not in '.!?"”’)|' and not m.group().startswith("|"):
                    word = before.split()[-1]
                    if not word[:1].isupper():
                        continue
                if after and not (after[0].isupper() or after[0] in '"“‘('):
                    continue
            cuts.append((a, b, reason))
    for m in _INNER_KEY.finditer(text):
        start = _STAMP_KEY.match(text, m.start())
        if not start:
            continue
        stop, _, _ = _stamp_at(text, start.end())
        if stop > start.end():
            tail = text[stop:]
            gap = len(tail) - len(tail.lstrip(" \t|:-–—"))
            nxt = text[stop + gap : stop + gap + 1]
            if not nxt or nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'(":
                cuts.append((m.start(), stop, "date or time stamp"))
    # cross-heads last: a credit or a promo in the same place is the better reason
    for m in _CROSSHEAD.finditer(text):
        words = m.group("head").split()
        a, b = m.start(), m.start() + len(m.group("head"))
        alone = not any(x < b and a < y for x, y, _ in cuts)
        if 2 <= len(words) <= 10 and words[-1].lower() not in _CROSSHEAD_TAIL and alone:
            cuts.append((a, b, "cross-head"))
    return cuts


def _caps_start(text: str, a: int, b: int) -> int:
    """Where a credit's ALL-CAPS name starts ("... Kabul, Afghanistan UGC via AP" -> "UGC")."""
    words = list(re.finditer(r"\S+", text[a:b]))
    head = [w for w in words if not re.fullmatch(r"via|/|\|", w.group())]
    cut = re.search(r"\s(?:via|/)\s", text[a:b])
    if not cut:
        return a
    names = [w for w in head if w.start() < cut.start()]
    if len(names) < 2 or not names[-1].group().isupper():
        return a
    k = len(names) - 1
    while k > 0 and names[k - 1].group().isupper():
        k -= 1
    return a + names[k].start() if k > 0 else a


def _line_cuts(line: _Line, head: bool) -> list[tuple[int, int, str]]:
    """Furniture spans inside a kept line, absolute offsets, sorted, not overlapping."""
    text = line.text
    spans = _leading_cuts(text, head) + _inner_cuts(text)
    spans.sort(key=lambda c: (c[0], -c[1]))
    out: list[tuple[int, int, str]] = []
    for a, b, reason in spans:
        if out and out[-1][2] == reason and a >= out[-1][1] and not text[out[-1][1] : a].strip():
            out[-1] = (out[-1][0], b, reason)  # "14 March 2019 Last updated at 10:31 GMT"
            continue
        if out and a < out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b, out[-1][2])
            continue
        out.append((a, b, reason))
    return [(line.start + a, line.start + b, r) for a, b, r in out]


def _split_lines(text: str, *, strip_marks: bool = True) -> list[_Line]:
    """Non-blank lines with their offsets; list and heading marks are stripped (and kept
    on the line, to be listed as removed) unless ``strip_marks`` is false."""
    lines: list[_Line] = []
    pos = 0
    blank = True
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        start = pos
        pos += len(raw)
        stripped = body.strip()
        if not stripped:
            blank = True
            continue
        lead = len(body) - len(body.lstrip())
        heading = _MD_HEADING.match(body) if strip_marks else None
        m = (_BULLET.match(body) if strip_marks else None) or heading
        marker: tuple[int, int, str] | None = None
        if m and not body[m.end() :].strip():
            m = heading = None  # a lone "-" or "1." is the line's content, not a mark
        if m:
            mark = body[lead : m.end()].rstrip()
            marker = (start + lead, start + lead + len(mark), "heading mark" if heading else "list marker")
            lead = m.end()
        content = body[lead:].rstrip()
        if not content:
            blank = True
            continue
        line = _Line(start + lead, start + lead + len(content), content, blank, heading=bool(heading))
        line.marker = marker
        lines.append(line)
        blank = False
    return lines


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]{4,}", text.lower()) if w not in _COMMON}


_COMMON = frozenset(
    "that this with from have were been they their there about after said says will would".split()
)


def _is_headline(lines: list[_Line]) -> bool:
    """The first line is a headline standing alone: some words, no full stop, a blank line
    after it (news text pasted as "headline, blank line, story")."""
    if len(lines) < 2 or lines[0].reason or not lines[1].blank_before:
        return False
    first = lines[0]
    last = first.text.split()[-1]
    stop = first.text.endswith(".") and not re.fullmatch(r"(?:[A-Za-z]\.){2,}", last)  # "in D.C."
    return 3 <= first.words <= 40 and not stop and not _STAMPISH.search(first.text)


def _story_around_cuts(line: _Line) -> bool:
    """True when the promo in a line is a span glued to sentences of the story: the span
    is cut (see _mark_cuts), the sentences stay."""
    cuts = _inner_cuts(line.text)
    if not cuts:
        return False
    pos, left = 0, []
    for a, b, _ in sorted(cuts):
        left.append(line.text[pos:a])
        pos = max(pos, b)
    left.append(line.text[pos:])
    return len(" ".join(left).split()) >= 6


def _is_short_label(line: _Line) -> bool:
    """A few words with no sentence punctuation: a heading, a tagline or a button."""
    return line.words <= 8 and not _SENTENCE_END.search(line.text)


def _furniture_reason(line: _Line) -> str:
    text = line.text
    if (_CREDIT.match(text) and line.words <= 12) or _WIRE_STAFF.match(text):
        return "photo or wire credit"
    if _MEDIA_LABEL.match(text):
        return "image source or caption"
    if _LEGAL.match(text):
        return "legal or privacy notice"
    if line.words <= 12 and (_DATELINE.match(text) or _BYLINE.match(text)):
        return "byline or dateline"
    if line.words <= 16 and _all_stamp(text):
        return "byline or dateline"
    if _LABEL_PREFIX.match(text) and line.words <= 25:
        return "teaser for another page"
    words = re.findall(r"[a-z]+", text.lower())
    if (
        words
        and len(words) <= 4
        and all(w in _UI_WORDS or len(w) <= 2 for w in words)
        and any(w in _UI_WORDS for w in words)
    ):
        return "navigation or button label"
    reason, proven = _furniture_kind(line)
    if proven and not _story_around_cuts(line):
        return reason
    if re.fullmatch(r"[\W\d_]+", text):
        return "no words (separator or counter)"
    return ""


def _furniture_kind(line: _Line) -> tuple[str, bool]:
    """The call-to-action/promo kind of a line, and whether the line proves it on its own.

    A sentence of the story may mention a newsletter or a sign-up ("The council urged
    residents to sign up for flood alerts."); page furniture is short, speaks to the reader
    or starts with its imperative.  A longer line with none of these is only furniture in
    the company of other boilerplate (see :func:`_mark`).
    """
    if line.words > 40:
        return "", False
    text = line.text
    for reason, pattern in _FURNITURE:
        m = pattern.search(text)
        if m:
            proven = (
                line.words <= 8 or reason in _SAFE_FURNITURE or m.start() == 0 or bool(_ADDRESS.search(text))
            )
            if (
                proven
                and m.start() > 0
                and line.words > 12
                and (reason in _SAFE_FURNITURE or _MID_SENTENCE_END.search(text, 0, m.start()))
            ):
                # a paragraph of the story that quotes the words ("One person can make a
                # difference," he said) or mentions them ("sponsored by Newsmax"): several
                # sentences before the words; promos glued to the story are cut, not the line
                proven = False
            return reason, proven
    return "", False


_MID_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[\"“‘(]?[A-Z]")


def _prose(line: _Line) -> bool:
    return (line.words >= 12 or line.wrapped) and not line.reason


def _weak(line: _Line) -> bool:
    """A short label that the weak (region) rules may remove.

    Markdown headings are the author's own structure and the lines of a hard-wrapped
    paragraph are pieces of a sentence: neither is judged as a label on its own.
    """
    return _is_short_label(line) and not line.heading and not line.wrapped


def clean(text: str, *, enabled: bool = True, one_unit_per_line: bool = False) -> Cleaned:
    """Split ``text`` into kept blocks and removed lines; find the title.

    ``enabled=False`` keeps every line (for texts that are not web pages).
    ``one_unit_per_line`` makes every line its own paragraph (verse, subtitles, lists).
    """
    lines = _split_lines(text, strip_marks=enabled)
    wrapped = not one_unit_per_line and _hard_wrapped(lines)
    if wrapped:
        _mark_wrapped(lines)
    if enabled and not one_unit_per_line:
        _mark(lines)
        _mark_cuts(lines)
    elif enabled:
        for line in lines:  # line-per-unit texts: only the safe signals, no region rules
            if line.words <= 6:
                line.reason = _furniture_reason(line)

    kept = [ln for ln in lines if not ln.reason]
    title_line = None if one_unit_per_line else _title(kept, lines, enabled)
    title = title_line.text if title_line is not None else None

    # Paragraphs: a blank line always starts one.  In hard-wrapped text a single newline is
    # wrapping; only when the text has no blank lines at all does a line that ends a
    # sentence well short of the wrap width (a paragraph's last line) end the paragraph.
    blank_paragraphs = any(ln.blank_before for ln in kept[1:])
    width = max((len(ln.text) for ln in kept), default=0)
    blocks: list[Block] = []
    para = -1
    prev: _Line | None = None
    for ln in kept:
        new_para = (
            prev is None
            or ln.blank_before
            or not wrapped
            or (
                not blank_paragraphs
                and bool(_SENTENCE_END.search(prev.text))
                and ln.text[:1].isupper()
                and len(prev.text) < 0.75 * width
            )
        )
        if new_para:
            para += 1
        kind = "title" if ln is title_line else ("heading" if _is_short_label(ln) else "body")
        # a cut (furniture inside the line) ends the block; the rest of the line starts a
        # new block of the same paragraph, so no sentence runs across the cut
        pieces = _pieces(text, ln)
        for k, (a, b) in enumerate(pieces):
            if (
                k == 0
                and not new_para
                and blocks
                and not (prev is not None and prev.cuts and _ends_cut(prev))
            ):
                last = blocks[-1]
                blocks[-1] = Block(last.start, b, last.paragraph, last.kind)
            else:
                blocks.append(Block(a, b, para, kind if not ln.cuts else "body"))
        prev = ln
    removed = [Removed(ln.text, ln.start, ln.end, ln.reason) for ln in lines if ln.reason]
    for ln in lines:
        if ln.marker is not None:
            a, b, why = ln.marker
            removed.append(Removed(text[a:b], a, b, why))
        if not ln.reason:
            removed.extend(Removed(text[a:b], a, b, why) for a, b, why in ln.cuts)
    removed.sort(key=lambda r: r.start)
    return Cleaned(blocks, removed, title)


def _title(kept: list[_Line], lines: list[_Line], enabled: bool) -> _Line | None:
    """The first kept line when it reads as a title: a Markdown heading, a short line
    without a full stop before a longer one (and not a line that lost furniture), or the
    page's first line when it is the story's headline."""
    if not kept:
        return None
    first = kept[0]
    following = kept[1] if len(kept) > 1 else None
    if (
        first.heading
        or (
            (_is_short_label(first) or (first.words <= 20 and not first.text.endswith(".")))
            and following is not None
            and following.words > first.words
            and not first.cuts
        )
        or (enabled and first is lines[0] and _is_headline(lines))
    ):
        return first
    return None


def _pieces(text: str, line: _Line) -> list[tuple[int, int]]:
    """The kept stretches of a line around its cuts, trimmed of white space."""
    out: list[tuple[int, int]] = []
    pos = line.start
    for a, b, _ in [*line.cuts, (line.end, line.end, "")]:
        x, y = pos, a
        while x < y and text[x].isspace():
            x += 1
        while y > x and text[y - 1].isspace():
            y -= 1
        if x < y:
            out.append((x, y))
        pos = b
    return out


def _ends_cut(line: _Line) -> bool:
    return bool(line.cuts) and line.cuts[-1][1] >= line.end


def _mark_cuts(lines: list[_Line]) -> None:
    """Find furniture inside kept lines; a line that is all furniture goes whole."""
    first_prose = next((i for i, ln in enumerate(lines) if _prose(ln)), len(lines) - 1)
    for i, line in enumerate(lines):
        if line.reason:
            continue
        cuts = _line_cuts(line, head=i <= first_prose)
        if not cuts:
            continue
        left = "".join(line.text[a - line.start : b - line.start] for a, b in _pieces_offsets(line, cuts))
        if not re.search(r"\w", left):
            line.reason = cuts[0][2]
            continue
        line.cuts = cuts


def _pieces_offsets(line: _Line, cuts: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = line.start
    for a, b, _ in [*cuts, (line.end, line.end, "")]:
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    return out


def _hard_wrapped(lines: list[_Line]) -> bool:
    """True when single newlines are line wrapping, not paragraph breaks (e-mail, Gutenberg)."""
    if len(lines) < 6:
        return False
    lengths = sorted(len(ln.text) for ln in lines)
    median = lengths[len(lengths) // 2]
    continued = sum(1 for ln in lines if not ln.blank_before)
    return 45 <= median <= 80 and lengths[-1] <= 100 and continued > len(lines) // 2


def _mark_wrapped(lines: list[_Line]) -> None:
    """Flag the lines of hard-wrapped prose paragraphs (several long lines, many words).

    A navigation list has short lines; a wrapped paragraph has lines near the wrap width
    except its last, which may be a single word.
    """
    if not lines:
        return
    median = sorted(len(ln.text) for ln in lines)[len(lines) // 2]
    groups: list[list[_Line]] = []
    for ln in lines:
        if ln.blank_before or not groups:
            groups.append([])
        groups[-1].append(ln)
    for group in groups:
        if len(group) < 2 or sum(ln.words for ln in group) < 12:
            continue
        if all(len(ln.text) >= 0.5 * median for ln in group[:-1]):
            for ln in group:
                ln.wrapped = True


def _mark(lines: list[_Line]) -> None:
    """Give every boilerplate line its reason, in four passes from safe to weak signals."""
    # 1. signals safe on their own; then promo wording that needs a boilerplate neighbour
    for line in lines:
        line.reason = _furniture_reason(line)
    pending: list[tuple[_Line, str]] = []
    for i, line in enumerate(lines):
        if line.reason:
            continue
        reason, _ = _furniture_kind(line)
        if reason and any(0 <= j < len(lines) and lines[j].reason for j in (i - 1, i + 1)):
            pending.append((line, reason))
    for line, reason in pending:
        line.reason = reason
    # 2. a short line without punctuation, repeated verbatim, is page chrome
    counts = Counter(ln.text.lower() for ln in lines if _weak(ln))
    for line in lines:
        if not line.reason and _weak(line) and counts[line.text.lower()] > 1:
            line.reason = "repeated short line"
    # 3. regions: before the first prose paragraph, only the last short line (the headline)
    #    stays; after the last prose paragraph, short lines and lines among marked ones go.
    first_prose = next((i for i, ln in enumerate(lines) if _prose(ln)), None)
    headline: int | None = None
    if first_prose is not None:
        head = [i for i in range(first_prose) if not lines[i].reason]
        # the headline is the last line of some length before the story (not "Share"), or
        # better the first such line that shares a word with the story's first paragraph
        # (a headline does; a site's tagline does not), and a stamp is never the headline
        candidates = [i for i in head if lines[i].words >= 3 and not _STAMPISH.search(lines[i].text)]
        story = _content_words(lines[first_prose].text)
        related = [i for i in candidates if _content_words(lines[i].text) & story]
        headline = next(
            (i for i in reversed(head) if lines[i].words >= 4 and not _STAMPISH.search(lines[i].text)),
            head[-1] if head else None,
        )
        if related:
            headline = related[0]
        for i in head:
            if (
                i != headline
                and _weak(lines[i])
                and not (headline is not None and i > headline and i in related)
            ):
                lines[i].reason = "site header or section tagline"
    last_prose = next((i for i in range(len(lines) - 1, -1, -1) if _prose(lines[i])), None)
    if last_prose is not None:
        tail = list(range(last_prose + 1, len(lines)))
        # the footer starts at its first short label or marked line; a short sentence
        # right after the last paragraph is still the article's
        start = next((i for i in tail if lines[i].reason or _weak(lines[i])), None)
        if start is not None:
            marked = sum(1 for i in tail if lines[i].reason)
            for i in range(start, len(lines)):
                if not lines[i].reason and not lines[i].heading and (marked >= 2 or _weak(lines[i])):
                    lines[i].reason = "page footer"
    # 4. a short label squeezed between boilerplate lines is boilerplate too
    for i, line in enumerate(lines):
        if line.reason or not _weak(line) or i == headline:
            continue
        before = lines[i - 1].reason if i > 0 else ""
        after = lines[i + 1].reason if i + 1 < len(lines) else ""
        if before and after:
            line.reason = "page furniture between boilerplate"
