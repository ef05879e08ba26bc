"""Photo captions closed by a credit: "... moves down a runway in Kabul, Afghanistan UGC via AP".

:mod:`reader.clean.cuts` cuts the credit; the caption before it is a sentence of its own
that describes the picture.  It goes with the credit only when it reads as a caption:
one sentence in the present tense (no past-tense verb, no "said", no quotation) that ends
on the place or the date of the picture ("... in Kabul.", "... on Oct. 12, 2020.").  A
sentence of the story before a credit (past tense, a quotation, an opinion, ending on
anything else) stays.

A caption without a credit goes when it ends on the full date of its picture and holds no
past-tense verb and no word of a plan ("The sun sets behind a rig in Prudhoe Bay, Alaska on
March 17, 2011."): a story tells a dated event in the past or the future tense.  Alone
between paragraphs it may end on its date; glued to the story it must end as the agencies
end theirs, on the date and then the place ("... on September 23, 2019 in New York City.").
"""

from __future__ import annotations

import re

from reader.lang import MONTH_ABBREVIATIONS, MONTH_NAMES

# The rule cuts only captions on the 999 articles of the news corpus (11, each read).  On
# the development pair pac-080 the aligner then links a story sentence weakly (score 0.07)
# to the right-hand sentence the cut caption used to take, and one reference check is lost:
# the clean-up is right, the weak link is the aligner's to refuse.  False turns the rule off.
CAPTIONS_BEFORE_CREDITS = True
CREDIT = "photo or wire credit"
CAPTION = "photo caption before its credit"
CAPTION_WORDS = (5, 50)  # a caption's length in words
# ... and one that opens as the agencies' do ("UNITED STATES - MARCH 09:"), naming everyone
# in the picture with their party and state (55 words in the corpus)
AGENCY_CAPTION_WORDS_MAX = 90

# the months as pages write them, capitalised, longest first (an alternation for patterns)
MONTH_WORDS = "|".join(
    sorted((m.capitalize() for m in (*MONTH_NAMES, *MONTH_ABBREVIATIONS)), key=len, reverse=True)
)
_NAME = r"[A-Z][\w.'’\-]*"
# where and when the picture was taken, at the caption's end: "in Kabul, Afghanistan",
# "outside the White House", "to Marine One", "on Sept. 14", "on March 22, 2022"
_SCENE_END = re.compile(
    rf"(?:\b(?:in|at|on|from|near|outside|inside|off|aboard)\s+(?:the\s+)?{_NAME}|\bto\s+{_NAME})"
    rf"(?:(?:,\s*|\s+)(?:{_NAME}|of|the|de|and))*\.?$|"
    rf"\b(?:{MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\.?$"
)
# words that a caption does not use: the past and the future, speech, the first and
# second person; nor does it open with a word that points back to a sentence before it
_NOT_CAPTION = frozenset(
    """was were had did would could will should might must said says told according
    i we you my our your us me""".split()
)
_NOT_OPENING = frozenset("he she they it but and so yet however this that these those there here".split())
_NOT_PAST = frozenset("hundred need speed seed feed bed red shed bred sled embed".split())
# before a participle: a passive in the present ("is seen") or an article ("the proposed site")
_PASSIVE = frozenset("is are be been being the a an".split())
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)$")
_WORD = re.compile(r"[A-Za-z][\w'’\-]*")


def is_caption(sentence: str, longest: int = CAPTION_WORDS[1]) -> bool:
    """The sentence describes a picture (see the module's docstring), in ``longest`` words
    at most."""
    lo, hi = CAPTION_WORDS[0], longest
    words = _WORD.findall(sentence)
    if not lo <= len(words) <= hi or re.search(r"[\"“”]", sentence):
        return False
    if not _SCENE_END.search(sentence.rstrip()):
        return False
    low = [w.lower() for w in words]
    # "US Marines" is a name; "us", "I" and an opening "We" are the writer
    if low[0] in _NOT_OPENING or any(
        w in _NOT_CAPTION and (w == words[k] or w == "i" or (k == 0 and words[k] == w.capitalize()))
        for k, w in enumerate(low)
    ):
        return False
    for k, w in enumerate(low):
        past = w.endswith("ed") and len(w) > 4 and "-" not in w and w not in _NOT_PAST
        passive = k > 0 and low[k - 1] in _PASSIVE  # "is seen", "the proposed site"
        agent = k + 1 < len(low) and low[k + 1] == "by"  # "In this handout provided by ..."
        if past and words[k][0].islower() and not (passive or agent):
            return False
    return True


def with_captions(text: str, cuts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``cuts`` of a line (sorted, offsets into ``text``), with the caption before each
    credit added when the sentence before the credit is a caption, and the captions that
    end on their picture's date (:func:`dated_captions`) where no cut is yet."""
    if not CAPTIONS_BEFORE_CREDITS:
        return _with_dated(text, cuts)
    # imported here: reader.segment imports the cleaner's Block, so importing it at the top
    # would run into reader.clean while that package is still loading
    from reader.segment import split_sentences

    out: list[tuple[int, int, str]] = []
    floor = 0
    for a, b, reason in cuts:
        if reason == CREDIT:
            spans = split_sentences(text, floor, a)
            # a caption cut short by the page ("... unit ... [+] (MEU) passes out water") is one
            start = spans[-2][0] if len(spans) > 1 and _CUT_SHORT.search(text, 0, spans[-2][1]) else -1
            if start >= 0 and is_caption(text[start : spans[-1][1]]):
                out.append((start, spans[-1][1], CAPTION))
            elif spans and is_caption(text[spans[-1][0] : spans[-1][1]]):
                out.append((spans[-1][0], spans[-1][1], CAPTION))
        out.append((a, b, reason))
        floor = b
    return _with_dated(text, out)


def _with_dated(text: str, cuts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``cuts`` with the dated captions that no cut crosses; a cut inside a caption (the
    agency's "LAS VEGAS, NV - APRIL 25:" before it, taken for a dateline) goes into it."""
    dated = [
        c
        for c in dated_captions(text)
        if not any(a < c[1] and c[0] < b and not (c[0] <= a and b <= c[1]) for a, b, _ in cuts)
    ]
    if not dated:
        return cuts
    kept = [(a, b, r) for a, b, r in cuts if not any(c[0] <= a and b <= c[1] for c in dated)]
    return sorted([*kept, *dated])


def caps_start(text: str, a: int, b: int) -> int:
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


# A caption without a credit: "The sun sets behind a drilling rig in Prudhoe Bay, Alaska on
# March 17, 2011." A story tells a dated event in the past tense ("... sent the files on
# Aug. 24, 2009.") or the future ("The trial is set for May 4, 2018."); a caption describes
# its picture in the present tense and ends on the full date it was taken, year and all.
DATED_CAPTION = "photo caption (present tense, ends on the picture's date)"
# (the full stop first, then the year looked behind: the engine scans for the literal fast)
_YEAR_STOP = re.compile(r"\.(?=\s|\Z)(?<=\d{4}\.)")
_DATE_REACH = 24  # "September 30th, " before the year, and some spaces
_DATED_END = re.compile(rf"\b(?:{MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\.(?=\s|$)")
# past forms without "-ed" (is_caption finds those), and the ambiguous "set", "put", "cut": a
# sentence holding one tells what happened
_IRREGULAR_PAST = frozenset(
    """arose awoke became began bent bet bit bled blew broke brought built burnt bought caught
    chose came cost crept cut dealt did dug drew drank drove ate fell fed felt fought found fled
    flew forbade forgot forgave froze got gave went ground grew hung heard hid hit held hurt kept
    knelt knew laid led leapt left lent let lay lit lost made meant met paid put quit rode rang
    rose ran sought sold sent set shook shot shut sang sank sat slept slid spoke sped spent spun
    split spread sprang stood stole stuck stung struck swore swept swam swung took taught tore told
    thought threw understood woke wore wove wept won wound withdrew wrote""".split()
)
# words of what is still to come: a date at the end of such a sentence is a plan or a deadline
_SCHEDULE = frozenset(
    """plan plans planned expect expects expected hope hopes intend intends aim aims want wants
    scheduled due begin begins start starts end ends expire expires effect deadline until shall
    going""".split()
)


def dated_captions(text: str) -> list[tuple[int, int, str]]:
    """The sentences of ``text`` that are photo captions without a credit (see above)."""
    # a year and a full stop first (digits: the engine scans for them fast), then the date
    ends = set()
    for year in _YEAR_STOP.finditer(text):
        date = _DATED_END.search(text, max(0, year.end() - 5 - _DATE_REACH), year.end())
        if date is not None and date.end() == year.end():
            ends.add(year.end())
    placed = _placed_ends(text)
    opened = {m.start() for m in _AGENCY_OPENING.finditer(text)}
    if not ends and not placed and not opened:
        return []
    from reader.segment import split_sentences  # (see with_captions)

    out = []
    for a, b in split_sentences(text, 0, len(text)):
        # a caption stands alone and says where the picture was taken ("... rig in Prudhoe
        # Bay, Alaska on March 17, 2011."); news tells scheduled events in the present tense
        # too ("Voters head to the polls on November 5, 2024."), inside a paragraph or alone
        alone = not text[:a].strip() and not text[b:].strip()
        if (a in opened and is_caption(text[a:b], AGENCY_CAPTION_WORDS_MAX)) or (
            ((b in ends and alone and _PLACE.search(text, a, b)) or b in placed)
            and is_dated_caption(text[a:b])
        ):
            out.append((a, b, DATED_CAPTION))
    return out


# The agencies' caption ends on the date, year and all, and then the place: "... speaks at
# the summit on September 23, 2019 in New York City.", "... Monday, Nov. 14, 2022, in Las
# Vegas."  A story gives the year of a date of its own season rarely, and then not before a
# place at its sentence's end; so a caption of that shape goes even inside a paragraph,
# where pages glue their captions to the story.  (The year and the place first, in digits
# and capitals: the engine scans a long text for them fast.)
_YEAR_PLACE = re.compile(r"\d{4},?\s+(?:in|at)\s+[A-Z]")
_DATE_BEFORE_YEAR = re.compile(rf"\b(?:{MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}$")
_PLACE_END = re.compile(rf",?\s+(?:in|at)\s+{_NAME}(?:(?:,\s*|\s+)(?:{_NAME}|of|the|de))*\.(?=\s|$)")


# ... or opens with the place and the day in capitals, a colon after them: "LAS VEGAS, NV -
# APRIL 25: Sen. Ted Cruz speaks ..." (a dateline has no day, or no colon)
_AGENCY_OPENING = re.compile(
    rf"(?<![^\s])[A-Z][A-Z.'’]+(?:[ ,]+[A-Z][A-Z.'’]+)*\s*[-–—]\s*(?:{MONTH_WORDS.upper()})\.?\s+\d{{1,2}}:\s"
)


def _placed_ends(text: str) -> set[int]:
    """Where sentences end on a full date and its place, the agencies' caption."""
    out = set()
    for m in _YEAR_PLACE.finditer(text):
        year_end = m.start() + 4
        if not _DATE_BEFORE_YEAR.search(text[max(0, year_end - 5 - _DATE_REACH) : year_end]):
            continue
        end = _PLACE_END.match(text, year_end)
        if end is not None:
            out.add(end.end())
    return out


_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?[A-Z]")  # where the picture was taken


def is_dated_caption(sentence: str) -> bool:
    """A caption (:func:`is_caption`) ending on a full date, with no past-tense verb and no
    word of a plan or a deadline in it (in lower case: a verb, not a name)."""
    listed = _WORD.findall(sentence)
    words = {w for w in listed if w.islower()}  # verbs, not names ("Rose Garden")
    # a participle of the scene's own time ("the summit being held at ..."), no past
    past = {w for k, w in enumerate(listed) if w in _IRREGULAR_PAST and not (k and listed[k - 1] == "being")}
    return is_caption(sentence) and not past and not words & _SCHEDULE
