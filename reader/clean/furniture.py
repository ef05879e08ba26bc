"""Whole lines of page furniture: calls to action, promos, labels, credits, bylines, stamps.

Each rule names a habit of web pages, not a line of one article.  Signals that are safe on
their own mark a line directly; weaker ones (a short line without sentence punctuation)
only count in the page's header and footer or next to lines already marked (``mark``).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from reader.clean.cuts import _STAMPISH, _all_stamp, _stamp_at, _story_around_cuts
from reader.clean.datelines import _PLACE_CAPS, _PLACE_TITLE, _SOURCE_TAG
from reader.clean.lines import _MID_SENTENCE_END, _SENTENCE_END, _content_words, _Line, _prose
from reader.lang import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from reader.textnorm import lowered_exact

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

# For each pattern of _FURNITURE, words one of which every match holds (lower case): a line
# without any of them cannot match, and its regex is not run (most lines of a story).
_FURNITURE_HINTS: dict[str, tuple[str, ...]] = {
    "account feature (saving, reading later)": tuple("save later list device user failed bookmark".split()),
    "newsletter or subscription promo": tuple(
        "newsletter subscri sign inbox summary digest briefing roundup email care delivered".split()
    ),
    "advertising label": tuple("video advertisement sponsored choices ads".split()),
    "call to action": tuple(
        "click tap read learn share follow hear rating miss know ways difference comment conversation "
        "visit copy reuse log sign download cookie privacy terms reserved skip".split()
    ),
}

# The same patterns without IGNORECASE, for the lower-cased line: re compares every character
# case-blind several times slower, and a story's lines often hold a hint word ("read",
# "know").  Their letters are all lower case ASCII; a line where lower() and a case-blind
# match disagree ("ſ", "ı", "İ": see reader.textnorm.lowered_exact) runs the case-blind one.
_FURNITURE_LOWER = {reason: re.compile(pattern.pattern) for reason, pattern in _FURNITURE}

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


def _is_short_label(line: _Line) -> bool:
    """A few words with no sentence punctuation: a heading, a tagline or a button."""
    return line.words <= 8 and not _SENTENCE_END.search(line.text)


_LETTERS = re.compile(r"[a-z]+")


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
    # (a stamp in brackets, "(10:27 am PDT, Jun 11th 2012)", is one too)
    if line.words <= 16 and (_all_stamp(text.removeprefix("(")) or _lone_dateline(text)):
        return "byline or dateline"
    if _LABEL_PREFIX.match(text) and line.words <= 25:
        return "teaser for another page"
    # five words at most: a line of five or more is no label (a paragraph is not scanned whole)
    words = [m.group() for m in islice(_LETTERS.finditer(text.lower()), 5)]
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


_PLACE_LEAD = re.compile(rf"(?:{_PLACE_TITLE}|{_PLACE_CAPS})\s*,\s*")
_TAG_END = re.compile(rf"\s*(?:{_SOURCE_TAG})?\s*")


def _lone_dateline(text: str) -> bool:
    """The line is a place and a dated stamp, with the agency in brackets at most, and the
    story starts on the next line: "Washington D.C., Jul 13, 2009 / 02:00 pm (CNA)",
    "KESTREL BAY, March 4, 2021".  A sentence goes on after its date ("Paris, June 3, 2019
    was the hottest day")."""
    m = _PLACE_LEAD.match(text)
    if m is None:
        return False
    end, _, prep = _stamp_at(text, m.end())
    return end > m.end() and not prep and _TAG_END.fullmatch(text, end) is not None


def _furniture_kind(line: _Line) -> tuple[str, bool]:
    """The call-to-action/promo kind of a line, and whether the line proves it on its own.

    A sentence of the story may mention a newsletter or a sign-up ("The council urged
    residents to sign up for flood alerts."); page furniture is short, speaks to the reader
    or starts with its imperative.  A longer line with none of these is only furniture in
    the company of other boilerplate (see :func:`_mark`).
    """
    if line.kind is None:
        line.kind = _kind(line)
    return line.kind


def _kind(line: _Line) -> tuple[str, bool]:
    if line.words > 40:
        return "", False
    text = line.text
    low = text.lower() if lowered_exact(text) else None  # word hints are exact on it
    for reason, pattern in _FURNITURE:
        if low is None:
            m = pattern.search(text)
        elif any(h in low for h in _FURNITURE_HINTS[reason]):
            m = _FURNITURE_LOWER[reason].search(low)  # same span: lower() keeps the length here
        else:
            continue
        if m and (
            _mentioned(text, m.start(), line.words) or _told_of(text, m.group(), m.start(), line.words)
        ):
            return "", False
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


def _mentioned(text: str, at: int, words: int) -> bool:
    """The promo words are told inside a sentence of the story, not said to the reader: a long
    line, the words in lower case in the middle of a sentence, no "you", "we" or "our" in it
    ("The council urged residents to sign up for flood alerts on its website.")."""
    if at == 0 or words <= 12 or not text[at].islower() or _ADDRESS.search(text):
        return False
    return text[:at].rstrip()[-1:] not in (".", "!", "?", ":", "|", "-", "—", "–")


# a promo's noun opening a sentence of the story as its subject ("Subscription traps have drawn
# growing scrutiny from regulators."): a statement this long, ended as one, that speaks to no one
_PROMO_NOUNS = frozenset(("subscription", "newsletter", "newsletters"))
_TOLD_OF_WORDS_MIN = 10


def _told_of(text: str, word: str, at: int, words: int) -> bool:
    """Is the promo word ``word`` at ``at`` the noun a sentence of the story opens on, not a call
    to the reader ("Subscribe to ...", "Newsletter: ...")?"""
    return (
        at == 0
        and word.lower() in _PROMO_NOUNS
        and words >= _TOLD_OF_WORDS_MIN
        and _SENTENCE_END.search(text.rstrip()) is not None
        and not _ADDRESS.search(text)
    )


def _weak(line: _Line) -> bool:
    """A short label that the weak (region) rules may remove.

    Markdown headings are the author's own structure and the lines of a hard-wrapped
    paragraph are pieces of a sentence: neither is judged as a label on its own.
    """
    return _is_short_label(line) and not line.heading and not line.wrapped


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
        # a promo glued to a sentence of the story is cut out of the line (reader.clean.cuts),
        # never taken with it: "The governor declared an emergency. Sign up for our newsletter."
        if (
            reason
            and any(0 <= j < len(lines) and lines[j].reason for j in (i - 1, i + 1))
            and not _story_around_cuts(line)
        ):
            pending.append((line, reason))
    for line, reason in pending:
        line.reason = reason
    # 2. a short line without punctuation, repeated verbatim, is page chrome
    counts = Counter(ln.text.lower() for ln in lines if _weak(ln))
    for line in lines:
        if not line.reason and _weak(line) and counts[line.text.lower()] > 1:
            line.reason = "repeated short line"
    # 3. regions: before the first prose paragraph, only the headline stays; after the
    #    last prose paragraph, short lines and lines among marked ones go.
    headline = _mark_header(lines)
    _mark_footer(lines)
    # 4. a short label squeezed between boilerplate lines is boilerplate too
    for i, line in enumerate(lines):
        if line.reason or not _weak(line) or i == headline:
            continue
        before = lines[i - 1].reason if i > 0 else ""
        after = lines[i + 1].reason if i + 1 < len(lines) else ""
        if before and after:
            line.reason = "page furniture between boilerplate"


def _mark_header(lines: list[_Line]) -> int | None:
    """Mark the lines before the first prose paragraph, but the headline; return its index."""
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
    return headline


def _mark_footer(lines: list[_Line]) -> None:
    """Mark the page footer after the last prose paragraph."""
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
