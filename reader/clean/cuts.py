"""Furniture inside a line: stamps, datelines, photo credits, teasers and cross-heads.

Pages glue their furniture to the story's sentences: a stamp before the first sentence
("Updated 4:08 p.m. ET Lindsay ..."), a dateline ("LONDON (Reuters) - ..."), a photo credit
between two sentences ("... in Kabul. Jane Roe/AFP via Getty Images The president ..."), a
teaser ("(RELATED: ...)", "CLICK HERE TO GET THE APP"), an embedded post's credit ("— Jane Roe (@jroe) ...").
Only the furniture is cut; the sentence it was glued to stays, the cut listed with its reason and offsets.
"""

from __future__ import annotations

import re

from reader.clean.captions import caps_start, with_captions
from reader.clean.datelines import (
    _AGENCY_TAG_RE,
    _DASHES_IN,
    _MONTHS,
    _WIRE_DATELINE_MID,
    DASHES,
    clock_start,
    dated_byline,
    dateline_at,
)
from reader.clean.footer import staff_tail
from reader.clean.labels import paragraph_labels
from reader.clean.lines import _SENTENCE_END, _Line, _prose
from reader.clean.stamps import clock_stamps, deck_dates
from reader.clean.teasers import caps_teasers
from reader.clean.tweets import tweet_credits
from reader.textnorm import lowered_exact

_WEEKDAYS = r"(?:mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday|r|rs)?\.?"
_ZONE = (
    r"(?:[ecmpa]k?[sd]?t|gmt|utc|bst|cest?|cet|ist|hkt|aest|aedt|nzst|nzdt|msk|jst|kst|sast|wat|eat|uk)"
    r"(?:\s?[+\-]\s?\d{1,2}(?::?\d\d)?)?"
)
_AMPM = r"(?:[ap]\.?\s?m\.?(?![a-z])|[ap](?![a-z]))"
# one token of a date or time stamp, and what it proves (see _stamp_at)
_STAMP_TOKEN = re.compile(
    r"(?P<numdate>\d{1,4}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{2,4}(?![\d:]))|"
    rf"(?P<time>\d{{1,2}}(?:[:.]\d\d){{1,2}}\s?{_AMPM}?|\d{{1,2}}\s?{_AMPM}|\d{{3,4}}\s?(?:gmt|hrs|utc|hkt|bst|[ecmp][sd]t)\b)|"
    rf"(?P<month>{_MONTHS}(?![a-z]))|(?P<weekday>{_WEEKDAYS}(?![a-z]))|"
    r"(?P<num>\d{1,4}(?:st|nd|rd|th)?(?![\w:]))|"
    rf"(?P<zone>\(?{_ZONE}\)?(?![a-z]))|(?P<glue>at|on|hrs|today|yesterday)(?![a-z])",
    re.I,
)
_STAMP_SEP = re.compile(rf"[\s,|@/(){_DASHES_IN}]*")  # "1052 GMT (1852 HKT), April 10"
_STAMP_KEY = re.compile(
    r"(?:(?:first|last|originally|story|article)\s+)?"
    r"(?:updated?|published|posted|modified|created|edited)(?:\s+(?:time|date))?"
    rf"(?:\s+(?:on|at))?\s*[:{_DASHES_IN}]?\s*",  # "UPDATE - May 30, 10 p.m.: ..." on a live page
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
            # "| Jane Roe/AFP/Getty Images", "Timothy Clary/AFP/Getty Images", "T. CLARY / AFP / T. CLARY"
            rf"(?:\|\s*)?(?P<who>(?-i:{_CREDIT_NAME}))\s*/\s*(?-i:{_CREDIT_AGENCY})(?:\s*(?:/|\svia\s)\s*(?-i:{_CREDIT_AGENCY}))*(?:\s*/\s*(?P=who))?(?:,\s*File)?|"
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
            r"(?-i:CLICK(?:ING)?\s+HERE\b(?:[\s,:&'’\-]+[A-Z]{1,}\b)*)(?-i:(?=\s+[\"“]?[A-Z][a-z]|\s*$))|"
            r"(?:click|tap)\s+here\s+(?:to|for)\b[^.!?]{0,80}[.!?]|"
            r"(?:download|get)\s+the\s+(?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+app\b"
            r"(?:\s+(?:for|to)\b[^.!?,]{0,60}?(?<!\s(?:in|to|of|at|on))(?<!\s(?:the|for))(?<!\sa)(?=\s+(?-i:[A-Z]))"
            r"|(?=[.!]|\s*$|\s+(?-i:[A-Z])))[.!]?",
            re.I,
        ),
    ),
    (
        "newsletter or subscription promo",
        re.compile(
            r"(?:get\s+our\s+(?:free\s+)?(?:daily\s+|weekly\s+)?newsletter\s+)?"
            r"sign\s+up\s+(?:here\s+|now\s+)?(?:for|to)\s+[^.!?]{0,60}?(?:newsletters?|alerts|inbox|briefing|emails?)\b"
            r"(?:\s+(?-i:[A-Z][a-z]+\s+)?newsletters?\b)?"
            # and what it promises, to the end of its sentence ("... to get the latest updates.")
            r"(?:\s+(?:to|for|and)\s+(?:get|receive|stay|the|more|all|our|your|daily|breaking)\b[^.!?]{0,60})?[.!]?",
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
        while end > pos and text[end - 1] in " \t\n,|@/" + DASHES:
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


def _leading_cuts(text: str, head: bool, opens: bool = True) -> list[tuple[int, int, str]]:
    """Stamps and datelines at the start of a line (offsets into ``text``); ``opens``: the
    line opens a paragraph (not a line of a hard-wrapped one, where "on June 3, 2019 at
    6:10 PM. The mayor ..." goes on the line before).

    A stamp without a "Published"/"Updated" word is cut only in the page's head and only
    when it holds a time or a numeric date, or is not followed by a comma: "On Jan 5, 2011,
    the team ..." is a sentence; "May 2, 2013 1:35 pm. Lindsay ..." is a stamp.
    """
    pos = dated_byline(text, _stamp_at)  # "By Jane Roe - Harbour Press - March 4, 2021"
    cuts: list[tuple[int, int, str]] = [(0, pos, "byline or dateline")] if pos else []
    for _ in range(4):
        key = _STAMP_KEY.match(text, pos)
        start = key.end() if key and key.end() > pos and key.group().strip() else pos
        end, strong, prep = _stamp_at(text, start)
        rest = text[end:]
        after = len(rest) - len(rest.lstrip(" \t.,|:/)" + DASHES))
        follow = text[end + after : end + after + 1]
        again = _STAMP_KEY.match(text, end + after)  # "..., updated July 29, 2009 ..."
        ok_follow = not follow or follow.isupper() or follow.isdigit() or follow in "\"“‘'(" or bool(again)
        if end > start and ok_follow:
            # a line that opens with "on" or "at" in lower case and a clock time is a stamp
            # ("on July 13, 2009 at 10:50 AM"): no sentence starts in lower case
            keyed = start > pos or (opens and pos == 0 and prep and strong and text[:1].islower())
            whole = not follow
            comma = text[end : end + after].strip().startswith(",")
            if keyed or whole or (head and not prep and (strong or not comma)):
                stop = end + after if follow else len(text)
                cuts.append((pos, stop, "date or time stamp"))
                pos = stop
                continue
        m = dateline_at(text, pos)
        if m and not (cuts and cuts[-1][2] == "dateline"):
            cuts.append((pos, m.end(), "dateline"))
            pos = m.end()
            continue
        break
    return [(a, _rstrip_at(text, a, b), r) for a, b, r in cuts]


def _rstrip_at(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


# a lower-case "updated" glued to a deck ("... to beat raps updated 12 / 19 / 2005 2:48:40
# PM ET Mob boss ...") is a stamp only with both a date and a clock time after it; so is a
# "Created" ("No injuries reported Story Created: Aug 7, 2012 at 9:56 AM AKDT ..."), which
# may open a clause of the story ("Created in May 2010, the fund ...")
_INNER_KEY = re.compile(
    r"(?-i:\b(?:(?:Last|First|Story|Article)\s+)?"
    r"(?:Updated|UPDATED|Posted|POSTED|Published|PUBLISHED|(?P<made>Created|CREATED)|(?P<low>updated)))\b"
)
_INNER_KEY_WORDS = tuple("Updated UPDATED Posted POSTED Published PUBLISHED updated Created CREATED".split())

_AUXILIARY_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|get|gets|got|and|or)\s*$", re.I
)


def _glued_stamp(text: str, at: int, stamp: str) -> bool:
    """A lower-case "updated" at ``at`` starts a stamp: a date and a clock time follow, not
    ending a sentence, and no auxiliary stands before it ("the chart was updated ...")."""
    dated = bool(_STAMPISH.search(stamp) and _DATED.search(stamp))
    return dated and not stamp.rstrip().endswith(".") and not _AUXILIARY_BEFORE.search(text, 0, at)


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
# Where a cross-head can start: after a look-behind of _CROSSHEAD (a literal first character: fast)
_CROSSHEAD_START = re.compile(r"(?:[.!?][\"”’)]?|\|)\s")


def _crossheads(text: str) -> list[re.Match[str]]:
    """``_CROSSHEAD.finditer(text)``, trying only the places its look-behinds allow."""
    out: list[re.Match[str]] = []
    end = 0
    for start in _CROSSHEAD_START.finditer(text):
        if start.end() >= end:
            m = _CROSSHEAD.match(text, start.end())
            if m:
                out.append(m)
                end = m.end()
    return out


_CROSSHEAD_TAIL = frozenset("of the and to a an in for with on at by from as or but that".split())

# Words without which a pattern cannot match (checked as plain substrings, in any case).
_LITERAL_HINTS = {
    "teaser for another page": ("(", "["),
    "call to action": ("CLICK", "Click", "click", "Tap", "tap", "TAP", "app", "App"),
    "newsletter or subscription promo": ("Sign", "sign", "SIGN"),
}

# Where a credit can be: its pattern is costly, so it runs only in windows around these.
_CREDIT_HINT = re.compile(r"\svia\s|/|photo|image|picture|Public\s+Affair", re.I)
_CREDIT_HINT_WORDS = ("/", "via", "photo", "image", "picture", "affair")


def _matches(reason: str, pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)``; for credits only near a hint (a name is at most six
    words of 31 characters before its "/" or "via")."""
    if reason != "photo or wire credit":
        hints = _LITERAL_HINTS.get(reason, ())
        if hints and not any(h in text for h in hints):
            return []  # none of the words the pattern needs: skip the regex
        return list(pattern.finditer(text))
    if lowered_exact(text):
        low = text.lower()
        if not any(w in low for w in _CREDIT_HINT_WORDS):
            return []  # no hint: no window (the hint regex is slower than these look-ups)
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
                a = caps_start(text, a, b)
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
    for m in _INNER_KEY.finditer(text) if any(w in text for w in _INNER_KEY_WORDS) else ():
        start = _STAMP_KEY.match(text, m.start())
        if not start:
            continue
        stop, _, _ = _stamp_at(text, start.end())
        if (m.group("low") or m.group("made")) and not _glued_stamp(
            text, m.start(), text[start.end() : stop]
        ):
            continue
        if stop > start.end():
            tail = text[stop:]
            gap = len(tail) - len(tail.lstrip(" \t|:" + DASHES))
            nxt = text[stop + gap : stop + gap + 1]
            if not nxt or nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'(":
                cuts.append((m.start(), stop, "date or time stamp"))
                # the story opens after the stamp, with its dateline ("... AKDT ALASKA-Shortly ...")
                if lead := dateline_at(text, stop + gap):
                    cuts.append((lead.start(), _rstrip_at(text, lead.start(), lead.end()), "dateline"))
    cuts.extend(caps_teasers(text) + tweet_credits(text) + clock_stamps(text))
    # cross-heads last: a credit or a promo in the same place is the better reason
    for m in _crossheads(text):
        words = m.group("head").split()
        a, b = m.start(), m.start() + len(m.group("head"))
        alone = not any(x < b and a < y for x, y, _ in cuts)
        if 2 <= len(words) <= 10 and words[-1].lower() not in _CROSSHEAD_TAIL and alone:
            cuts.append((a, b, "cross-head"))
    return cuts


# a caption or deck before such a dateline is at most this many words (one or two sentences)
CAPTION_WORDS_MAX = 80
# the white space after a sentence end ("." or "." and a closing quote) before a capital or a
# digit; the end mark is matched, not looked behind, so the engine scans for it fast
_SENTENCE_GAP = re.compile(r"[.!?…][\"”’)]?\s+(?=[A-Z0-9])")
_YEAR_DATE = re.compile(rf"{_MONTHS}\s*\d{{1,2}},?\s*\d{{4}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}", re.I)
_DATED = re.compile(rf"{_MONTHS}\s*\d|\d{{1,4}}\s?[/.\-]\s?\d{{1,2}}\s?[/.\-]\s?\d{{2,4}}", re.I)


def _mid_line_cuts(text: str, head: bool) -> list[tuple[int, int, str]]:
    """Furniture that a page glues between two sentences of a line.

    - A stamp with both a date and a clock time ("... on Friday. SATURDAY, SEPTEMBER 14, 2013,
      9:29 PM A woman ..."): a sentence never opens with a date and a time and then a new
      capitalised clause; in the page's head, a bare date after a deck too (:func:`deck_dates`).
    - A wire dateline with its agency tag; in the page's head, what stands before it in the
      same line is the photo caption or deck of the page, not the story (wire stories begin at
      their dateline), when it is short.
    """
    cuts: list[tuple[int, int, str]] = []
    for gap in _SENTENCE_GAP.finditer(text):
        start = gap.end()
        end, strong, prep = _stamp_at(text, start)
        stamp, rest = text[start:end], text[end:].lstrip(" \t,|:" + DASHES)
        timed = strong and bool(_STAMPISH.search(stamp) and _DATED.search(stamp))
        # in the page's head, a date and its year before the story ("... hurt. November 28, 2005
        # Ten people were ..."); a sentence that opens with a date puts a comma after it
        alone = head and bool(_YEAR_DATE.fullmatch(stamp)) and text[end : end + 1] == " "
        if end > start and not prep and (timed or alone) and rest[:1].isupper():
            at = clock_start(text, gap.start() + 1, start)  # None: "... at 2 a.m. March 4, 2021"
            if at is not None or timed:
                cuts.append((start if at is None else at, end, "date or time stamp"))
    cuts += deck_dates(text, _stamp_at) if head and not cuts else []
    m = _WIRE_DATELINE_MID.search(text) if _AGENCY_TAG_RE.search(text) else None
    if m:
        cuts.append((m.start(), _rstrip_at(text, m.start(), m.end()), "dateline"))
        before = text[: m.start()].strip()
        if head and before and len(before.split()) <= CAPTION_WORDS_MAX:
            cuts.append((0, _rstrip_at(text, 0, m.start()), "photo caption or deck before the dateline"))
    return cuts


def _line_cuts(line: _Line, head: bool) -> list[tuple[int, int, str]]:
    """Furniture spans inside a kept line, absolute offsets, sorted, not overlapping."""
    text = line.text
    opens = line.blank_before or not line.wrapped
    spans = _leading_cuts(text, head, opens) + _inner_cuts(text) + (paragraph_labels(text) if opens else [])
    spans += _mid_line_cuts(text, head)
    spans += staff_tail(text, spans)
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
    return [(line.start + a, line.start + b, r) for a, b, r in with_captions(text, out)]


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
    # the page's head runs to the first paragraph of prose; a long headline (no sentence end)
    # is not that paragraph, so a stamp glued to the story's first sentence is still in it
    first = next((i for i, ln in enumerate(lines) if not ln.reason), 0)
    first_prose = next(
        (i for i, ln in enumerate(lines) if _prose(ln) and not (i == first and _headline_like(ln))),
        len(lines) - 1,
    )
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


# a headline runs to some twenty words at most ("... going to be blamed"); a longer line
# without a full stop is a paragraph cut short, after which a stamp is no page furniture
HEADLINE_WORDS_MAX = 25


def _headline_like(line: _Line) -> bool:
    return line.words <= HEADLINE_WORDS_MAX and not _SENTENCE_END.search(line.text)


def _pieces_offsets(line: _Line, cuts: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = line.start
    for a, b, _ in [*cuts, (line.end, line.end, "")]:
        if a > pos:
            out.append((pos, a))
        pos = max(pos, b)
    return out


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
    rest = " ".join(left).split()
    # six words of story, or one short statement ("The operator apologised to passengers.")
    return len(rest) >= 6 or (len(rest) >= 4 and rest[-1].endswith("."))
