"""Ranks and tallies in a sentence: an ordinal with its noun ("his second term", "the 21st
coach"), and a vote's or a game's tally ("passed 4-1", "a 5-4 ruling", "voted 5 to 4"), never a
team's record ("(10-5)").  Read by :mod:`reader.facts.sentence` after the quantities.
"""

from __future__ import annotations

import re

from reader.facts.spans import Spans, overlaps
from reader.facts.tables import GAME_CLOCK, ORDINAL, ORDINALS, QUARTER, TALLY, TALLY_WORDS
from reader.lang import CARDINALS, COUNT_STOP_WORDS
from reader.model import Fact

# the adjectives of a run, between its ordinal and its thing ("the fifth consecutive year")
_RUN = frozenset(("consecutive", "straight", "successive"))
# ... and of size or weight, one word for each ("the second major outage" / "the third big outage",
# ut245; "the third major outage" / "the second major one")
_SIZE = {"big": "major", "large": "major", "serious": "major", "significant": "major", "small": "minor"}
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_PERIOD_OF = {
    "annual": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "quarterly": "quarter",
}
# words after an ordinal that name no thing it counts: a place in a table then goes on to a clause
_NO_THING = frozenset("after before since behind ahead with without and but while as in on at for".split())
# ... nor a time after it: "rose to eleventh, up from 15th last year" is a place in a table
_WHEN = frozenset("last next this".split())


def ordinals(text: str, low: str, facts: list[Fact], taken: Spans) -> None:
    ranked = {m.start("o") for m in _RANKED.finditer(low)}
    for m in ORDINAL.finditer(low):
        a, b = m.start(), m.end("o")
        if overlaps(taken, a, b):
            continue
        o = m.group("o").lower()
        n = ORDINALS.get(o) or (int(o[:-2]) if o[:-2].isdigit() else 0)
        noun = m.group("noun").lower()
        if a in ranked and noun in _NO_THING:
            continue  # "dropping seven places to 12th after ...": a place, read below, of no "after"
        # ("up from 15th last year": a place, ut278)
        noun = "place" if noun in _WHEN else _SIZE.get(noun, noun)
        if noun in _RUN and (nxt := _NEXT_WORD.match(low, m.end("noun"))):
            noun = nxt.group(1)  # the thing of a run: "fifth consecutive year" is "fourth year running"'s
            noun = _PERIOD_OF.get(noun, noun)  # "the second straight annual decline": a run of years (ut301)
        if not n or noun in COUNT_STOP_WORDS or text[m.start("noun")].isupper():
            continue
        if o == "second" and text[b : b + 1] == "s":
            continue
        facts.append(Fact("ordinal", text[a:b], a, b, n, unit=noun))
        taken.append((a, b))
    for m in (*_RANKED.finditer(low), *_RANKED_WAS.finditer(low)):  # "came fourth for ...", "was third in"
        a, b = m.span("o")
        o = m.group("o")
        n = ORDINALS.get(o) or (int(o[:-2]) if o[:-2].isdigit() else 0)
        if n and not overlaps(taken, a, b):
            what = _RANKED_IN.match(low, b)  # a place of what: one table or one category
            facts.append(
                Fact("ordinal", text[a:b], a, b, n, unit=f"{what[1][:5]} place" if what else "place")
            )
            taken.append((a, b))
    for m in QUARTER.finditer(text):  # "Q3": the third quarter
        if not overlaps(taken, m.start(), m.end()):
            facts.append(Fact("ordinal", m.group(), m.start(), m.end(), int(m.group("n")), unit="quarter"))
            taken.append(m.span())


# a place in a table or a race, after the verb that gives it: no noun after the ordinal
_RANKED = re.compile(
    r"\b(?:came|finished|ranked|ranks|placed|rated|(?:climbed|rose|fell|dropped|slipped|moved|jumped|"
    r"climbing|rising|falling|dropping|slipping|moving|jumping|(?:climb|rise|fall|drop|slip|move|jump)s?)"
    # (the places moved between: "slipped four places to 15th", "dropping seven spots to 12th", "will
    # drop from third to fifth": the place it ends in)
    r"(?:\s+(?:up|down|back))?(?:\s+[a-z\d-]+\s+(?:places?|spots?|positions?|rungs?))?"
    rf"(?:\s+from\s+(?:{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th)))?\s+to)\s+"
    r"(?:(?:a|an|joint|equal)\s+)?"
    rf"(?P<o>{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th))\b"
)
# ... or after "was": only where a result follows ("was third in 2:14:05", "was second with 14
# points") or the clause ends ("was third."), never "was first elected", "was third-largest"
_RANKED_WAS = re.compile(
    rf"\b(?:was|were|is)\s+(?P<o>{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th))"
    r"(?=\s+(?:in|with)\s+\d|\s*[,.;])"
)
# (a year before the noun is the edition's: "second in the 2022 world championship", ut204)
# (nor a possessive: "fifth in the drivers' championship" / "fourth in the championship", ut269)
_RANKED_IN = re.compile(
    r"\s+(?:for|on|in|among|of)\s+(?:the\s+|its\s+|their\s+)?(?:\d{4}\s+)?(?:[a-z]+(?:'|’)s?\s+)?([a-z]+)"
)

_RECORD_AFTER = re.compile(r"\s+(?:record|mark|season|start)\b")
# what a record follows: "improved to 9-4", "lifted Boston to 40-30", "stand at 9-4"
_RECORD_BEFORE = re.compile(r"\b(?:to|at)\s+$")


def _record(low: str, a: int, b: int) -> bool:
    """Is the tally at ``a``-``b`` a team's record, not a vote's or a game's: set off in
    parentheses or commas ("(10-5)", "The Hawks, 20-12, beat ..."), after "to" or "at", or
    before "record"?"""
    around = low[a - 2 : a] + low[b : b + 1]
    if (low[a - 1 : a] == "(" and low[b : b + 1] == ")") or around == ", ,":
        return True
    return bool(_RECORD_BEFORE.search(low, max(0, a - 4), a) or _RECORD_AFTER.match(low, b))


# a team's record told with its verb ("finished 44-38 last season", "went 31-10 at home", "improved
# to 9-4"): wins first, as written, and of the season or the part of it named after it (ut261)
_RECORD_VERB = re.compile(
    r"\b(?:finished|finishing|went|going|ended|ending|closed|improved\s+to|fell\s+to|dropped\s+to|slipped\s+to|moved\s+to)"
    r"(?:\s+(?:the|its|their|his|her)\s+season)?(?:\s+at)?\s+$"
)
_SEASON = re.compile(r"\s+(?:(last|this|next)\s+season|(at\s+home|on\s+the\s+road|away)|in\s+(\d{4}))\b")
RECORD = "record"  # the first word of a record's context


def _season_record(low: str, a: int, b: int) -> tuple[str, ...]:
    """The context of a record told with its verb at ``a``-``b``: ("record", the season or
    venue named right after it, or ""); () when the tally is no such record."""
    if not _RECORD_VERB.search(low, max(0, a - 30), a):
        return ()
    m = _SEASON.match(low, b)
    return (RECORD, next((g for g in m.groups() if g), "") if m else "")


# a vote word after a tally past an adverb and a hyphened adjective: "the 107-85 nearly party-line
# vote" (ut333; "10-15 people will vote" is a range, its noun no adjective)
_VOTE_PAST = re.compile(r"(?:\s+[a-z]+ly)?(?:\s+[a-z]+-[a-z]+)\s+(?:vote|ruling|decision|margin)\b")


def tallies(text: str, low: str, facts: list[Fact], taken: Spans) -> None:
    """Vote tallies ("passed 4-1", "a vote of 8-1", "by 348-77", "voted 5 to 4").

    Only with a vote word close by (before, or just after: "a 5-4 ruling"): "10-15 people"
    is a range.  The value puts the larger count first, so "4-1" and "1-4" are one vote.
    """
    for m in TALLY.finditer(low):
        a, b = m.start(), m.end()
        if overlaps(taken, a, b) or (" to " in m.group() and low[max(0, a - 5) : a] == "from "):
            continue
        if season := _season_record(low, a, b):
            x, y = int(m.group("a")), int(m.group("b"))
            facts.append(Fact("tally", text[a:b], a, b, f"{x}-{y}", context=season))
            taken.append((a, b))
            continue
        moment = _moment(low, b)
        worded = TALLY_WORDS.search(low, max(0, a - 40), min(len(low), b + 16)) or _VOTE_PAST.match(low, b)
        if not moment and not worded:
            # a running score only at its moment: "early in the fourth quarter"
            period = _PERIOD.match(low, b)
            if period is None or not _SCORE_BEFORE.search(low, max(0, a - 10), a):
                continue
            moment = (period.group(1),)
        if not moment and _record(low, a, b):
            continue  # a season's record beside a win: "the 10th win for Indianapolis (10-5)"
        x, y = int(m.group("a")), int(m.group("b"))
        facts.append(Fact("tally", text[a:b], a, b, f"{max(x, y)}-{min(x, y)}", context=moment))
        taken.append((a, b))
    _told_in_words(text, low, facts, taken)
    for m in _FOR_AGAINST.finditer(low):  # (its counts are read as counts too: no span taken)
        x, y = int(m.group("a")), int(m.group("b"))
        facts.append(Fact("tally", text[m.start() : m.end()], m.start(), m.end(), f"{max(x, y)}-{min(x, y)}"))


# a vote told by its sides: "with 141 countries voting in favour, 9 against and 37 abstaining",
# "passed with 212 in favour and 180 against" (ut246)
_FOR_AGAINST = re.compile(
    r"(?<![\d,.])(?P<a>\d{1,3})\s+(?:[a-z]+\s+){0,2}?(?:voting\s+|voted\s+)?in\s+favou?r(?:\s+of\s+it)?"
    r"\s*,?\s*(?:and\s+|with\s+)?(?P<b>\d{1,3})\s+(?:[a-z]+\s+)?(?:voting\s+|voted\s+)?against\b"
)


# a running score told by the side behind or ahead right before it ("trailed 24-13 early in the
# fourth quarter", "had been down 24-10", "led 3-1 at the break")
_SCORE_BEFORE = re.compile(r"\b(?:down|up|led|leads|leading|trailed|trails|trailing)\s$")


# ... and the part of the game it stands at ("early in the fourth quarter", "late in the first half")
_PERIOD = re.compile(
    r"\s+(?:(?:early|late|midway)\s+(?:in|through)\s+|in\s+|at\s+the\s+end\s+of\s+)the\s+"
    r"((?:first|second|third|fourth|final)\s+(?:quarter|half|period|set|inning))\b"
)


# a vote told in words: "by nine votes to four", "voted nine to three", and a vote nobody opposed
# ("voted unanimously", "a unanimous vote"), whose tally is any with no vote against
_CARDINAL = "|".join(sorted(CARDINALS, key=len, reverse=True))
_WORD_TALLY = re.compile(
    rf"\b(?P<a>{_CARDINAL})\s+(?:votes?\s+)?to\s+(?P<b>{_CARDINAL})\b"
    r"(?!\s+(?:[a-z]+\s+)?(?:years?|months?|weeks?|days?|hours?|percent)\b)"
)
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b")
UNANIMOUS = "unanimous"


def _told_in_words(text: str, low: str, facts: list[Fact], taken: Spans) -> None:
    for m in (*_WORD_TALLY.finditer(low), *_UNANIMOUS.finditer(low)):
        a, b = m.start(), m.end()
        if overlaps(taken, a, b) or low[max(0, a - 5) : a] == "from ":
            continue
        if not TALLY_WORDS.search(low, max(0, a - 40), min(len(low), b + 16)):
            continue
        if m.re is _UNANIMOUS:
            value = UNANIMOUS
        else:
            x, y = CARDINALS[m.group("a")], CARDINALS[m.group("b")]
            value = f"{max(x, y)}-{min(x, y)}"
        facts.append(Fact("tally", text[a:b], a, b, value))
        taken.append((a, b))


# a running score's moment right after it: "at 45-35 on a pair of free throws with 13:41 to
# go", "led 68-58 at halftime" (a lead told with its moment is a game's score, no record)
_HALF = re.compile(r"\s+at\s+(?:the\s+)?(?:half(?:[- ]?time)?|break|interval)\b")
_MOMENT_REACH = 60  # characters after the score its game clock may stand


def _moment(low: str, end: int) -> tuple[str, ...]:
    """The game moment told right after a score ends at ``end``: its clock ("13:41") or the
    half; () when none."""
    if _HALF.match(low, end):
        return ("half",)
    clock = GAME_CLOCK.search(low, end, min(len(low), end + _MOMENT_REACH))
    if clock is None or re.search(r"[.;]\s|\d-\d", low[end : clock.start()]):
        return ()  # not past a sentence's end or another score
    return (clock.group("clock"),)
