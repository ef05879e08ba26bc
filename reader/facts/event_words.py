"""The event a date is of: the content words next to a date, day, time or year.

"filed on March 3" / "a hearing on March 10", "Wednesday's vote", "the 2013 Academy Awards" /
"the 2014 show": two dates, days or years of two events are no conflict
(:func:`reader.facts.compare_temporal.same_event`).  A module of its own because both the
date scanners (``extract_temporal``) and the year among numbers (``extract_numbers``) need
it, and the first imports the second.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.lang import ABBREVIATED_WORDS, COUNT_STOP_WORDS, MONTHS, WEEKDAYS

_WORD = re.compile(r"[a-z][a-z'’-]+")
_CLAUSE = re.compile(r"[,;:()—–]|\band\b|\bbut\b")
_INFINITIVE = re.compile(r"\bto\s+([a-z]+)\b")
_WEEKDAY_BEFORE = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}),\s*$")  # "published on Wednesday, March 12"


# a change's base: a share of change, then the word that gives what it is measured from ("up 36%
# from 2022", "a 4 percent rise on 2023", "12 percent higher than in 2021"): that year is the base's
BASE = "base"
_CHANGE_BASE = re.compile(
    r"\d\s?(?:%|percent|per\s+cent)(?:\s+(?:rise|fall|increase|decrease|drop|gain|higher|lower|more|less))?"
    r"\s+(?:from|on|over|than(?:\s+in)?|compared\s+(?:with|to)|versus|vs\.?)\s+$"
)
_CHANGE_BASE_REACH = 40


def event_context(low: str, a: int, b: int, act: bool = True) -> tuple[str, ...]:
    """Stems of the content words around a date, day, time or year: the event it is the date
    of ("filed on March 3" / "a hearing on March 10"; "Wednesday's vote"; "the 2013 Academy
    Awards"; "destroyed in Hurricane Katrina in 2005").  With ``act``, also the verb the clause
    names before a noun (not for a bare year: "destroyed the clinic in 1998" / "destroyed in
    Hurricane Katrina in 2005" are two storms' acts)."""
    if not act and _CHANGE_BASE.search(low, max(0, a - _CHANGE_BASE_REACH), a):
        return (BASE,)  # "up 36% from 2022": the year a change is measured from, not the figure's year
    low = _ASIDE.sub(lambda m: " " * len(m.group()), low)  # "the National Education Union (NEU) said"
    if (told := _told_on_weekday(low, a, act)) is not None:
        return told
    lo, hi = max(0, a - 40), min(len(low), b + 40)
    cuts = list(_CLAUSE.finditer(low, lo, a))
    if cuts:
        lo = cuts[-1].end()
    elif lo and not low[lo - 1].isspace():
        lo = low.find(" ", lo) + 1 or a  # not a word cut by the window
    cut = _CLAUSE.search(low, b, hi)
    if cut:
        hi = cut.start()
    words, before = _last_words([w for w in _WORD.findall(low, lo, a) if _event_word(w)])
    # ... and the act the clause names before it, when a noun stands between ("finished
    # repairing its cable network on 27 October" / "was repaired on 29 October")
    # ... or after "to" ("is expected to vote on the budget on December 16" / "is due to vote on
    # December 18", ut199: the vote's date)
    after_to = set(_INFINITIVE.findall(low, lo, a))
    acts = [w for w in words[:-1] if w.endswith(("ing", "ed")) and len(w) > 4] if act else []
    infinitives = [w for w in words[:-1] if w in after_to] if act else []
    before += acts[-1:] + [w for w in infinitives[-1:] if w not in acts[-1:]]
    if (passive := _BY_AGENT.search(low, lo, a)) and passive.group(1) not in before:
        before.append(passive.group(1))  # "approved by voters in 2012" / "voters approved in 2014": one act
    told_at = next((k for k in (-2, -3) if len(words) >= -k and _stem(words[k]) in _TOLD), None)
    if told_at is not None and words[-1] not in _STATED_WORDS:
        # "told lawmakers on Wednesday", "told reporters in Beijing on Saturday": the day of
        # telling, to whom (and where) as well
        words, before = words[: len(words) + told_at + 1], [*words[told_at + 1 :], words[told_at]]
    if words and _ONE_ACT.get(_stem(words[-1])) == SAY:
        before += _speaker_words(low, words, a)
    # after it, only a word that follows at once: "Wednesday's vote", "Saturday accelerated"
    # ("March 10 in federal court" is where, not what)
    nxt = _WORD.match(low, b + 1) if low[b : b + 1] == " " else None
    if low[b : b + 2] in ("'s", "’s"):
        nxt = _WORD.match(low, b + 3)
    after = [nxt.group()] if nxt and nxt.end() <= hi and _event_word(nxt.group()) else []
    stems = [_stem(w.removesuffix("'s").removesuffix("’s")) for w in before + after]
    if stems and _SINCE.search(low, max(0, a - 7), a):
        # a state's start ("family-owned since 1987" / "in family hands since 1978"): the
        # state is reworded more often than any other act, the start is what both tell
        stems.append("since")
    if _BASELINE.search(low, max(0, a - 20), a):
        # what a figure is compared with ("6.1% more than in 2023", "up 20% on 2025"): the year before the one
        # the other side tells ("in 2024, up 6.1 percent from the previous year"), not its slot
        stems.append("than")
    if (venue := _VENUE.match(low, b)) and "publi" in stems:
        stems.append(_stem(venue.group(1)))  # "published Thursday in Nature Astronomy": where it came out
    if stems and (role := _ROLE.search(low, max(0, a - 18), a)):
        stems.append(role.group(1))  # "from Friday 12 July" / "from Friday 19 July": when it starts
    return tuple(dict.fromkeys(_ONE_ACT.get(s, s) for s in stems))


def _speaker_words(low: str, words: list[str], a: int) -> list[str]:
    """A statement is its speaker's: the words naming who told it ("telecom group Fibranet said on
    Monday" / "the telecom group said on Tuesday"), as two speakers are two acts; a speaker set off
    by commas too ("Its spokesman, Zhao Lingwei, said on Sunday"), or the mark of one a longer aside
    describes (who, this context cannot say: :data:`SPOKEN_ASIDE`)."""
    speaker = words[-1 - _SPEAKER_WORDS : -1]
    far = list(_CLAUSE.finditer(low, max(0, a - _ASIDE_REACH), a)) if not speaker else []
    if len(far) >= 2 and far[-1].group() == "," and far[-2].group() == ",":
        aside = [w for w in _WORD.findall(low, far[-2].end(), far[-1].start()) if _event_word(w)]
        speaker = aside if len(aside) <= _SPEAKER_WORDS else [SPOKEN_ASIDE]
    return speaker


def _told_on_weekday(low: str, a: int, act: bool) -> tuple[str, ...] | None:
    """The act of the weekday right before a date, when it is a telling ("published on Wednesday,
    March 12": the day it was told, ut284); else None."""
    weekday = _WEEKDAY_BEFORE.search(low, max(0, a - 12), a)
    if weekday is None:
        return None
    told = event_context(low, weekday.start(), low.index(",", weekday.start()), act)
    return told if SAY in told else None


def _last_words(words: list[str]) -> tuple[list[str], list[str]]:
    """The event words before a value and the last of them read as its act: a thing published,
    "released" or "issued", is "published" ("in a report released on Tuesday", ut276); a phrasal
    verb's particle brings its verb ("broke down on Tuesday" / "collapsed on Monday", ut277)."""
    if len(words) >= 2 and words[-2] in PUBLICATIONS and _stem(words[-1]) in ("relea", "issu"):
        words = [*words[:-1], "published"]
    before = words[-1:]
    if len(words) >= 2 and words[-1] in _PARTICLES:
        before.append(words[-2])
    return words, before


_SINCE = re.compile(r"\bsince\s+$")
# an act in the passive, its doer right before the moment ("approved by voters in 2012", "founded by
# two brothers in 1987"): the act is the participle, which the other side may tell in the active
_BY_AGENT = re.compile(
    r"\b([a-z]{3,}ed)\s+by\s+(?:(?:the|a|an|its|his|her|their)\s+)?[a-z'’-]+\s+(?:in|on)\s+$"
)
# a short aside in brackets, blanked (its length kept) so it cuts no clause: a body's initials
_ASIDE = re.compile(r"\([a-z.&' ]{2,12}\)")  # (not a conversion: "(16F)" cuts its clause as before)
# where a study or figures came out, right after the day ("published on Wednesday in the journal
# Nature Astronomy" / "a study published Thursday in Nature Astronomy", ut182)
_VENUE = re.compile(r"\s+in\s+(?:the\s+)?(?:journal\s+|magazine\s+)?([a-z][a-z'’-]+)")
# the part a moment plays in what both sentences tell, its start or its deadline ("from Friday
# 12 July", "by 2029", ut179, ut181): one role, one moment, whatever words each writer puts
# around it (a weekday before its date is part of it); not "until", the end of a state as
# often as of a plan ("took until 2003 to admit" / "His luck held until 1997")
_ROLE = re.compile(rf"\b(from|by)\s+(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?$")
# a verb of telling with whom it told between it and its day ("told lawmakers on Wednesday",
# "told Congress on Tuesday", ut179): the day of the telling, not of the listeners
_TOLD = frozenset(("tol", "tell", "brief"))  # (stems: "told", "tells", "briefed")
_STATED_WORDS = frozenset(("that", "how", "what", "why"))
_SPEAKER_WORDS = 2  # the event words before a verb of telling read as who told it
# the mark of a statement whose speaker an aside describes ("Voltaria, a Portuguese maker of
# batteries for vans, said on Tuesday"): one this sentence's words do not name
SPOKEN_ASIDE = "<as>"  # (a stem of its own: no word reads so)
_ASIDE_REACH = 120  # characters before a day an aside about its speaker may stand
_BASELINE = re.compile(
    r"(?:\bthan|\bcompared\s+(?:with|to)|(?:%|\bpercent|\bper\s+cent)\s+(?:on|over))\s+(?:in\s+|on\s+)?$"
)


_SUFFIX = re.compile(r"(?:ing|ed|es|e|s|d)$")


# a house style's abbreviation is its word (lang.ABBREVIATED_WORDS): "117th St. about 7 p.m." /
# "117th Street about 7 a.m." is one event told two ways, its time apart


@lru_cache(maxsize=65536)
def _stem(w: str) -> str:
    """A crude stem: 'voted'/'vote', 'filed'/'filing' meet (memoised: words recur)."""
    w = ABBREVIATED_WORDS.get(w, w)
    if len(w) > 6 and w.endswith("able"):  # "payable on March 29" / "pay it on March 26"
        w = w[:-4]
    if len(w) > 3:
        w = _SUFFIX.sub("", w)
    return w[:5]


_NOT_EVENTS = frozenset(
    """on since until till by last next this early late morning afternoon evening night
    week weeks day days month year local time after before during from
    dawn daybreak dusk nightfall midday noon midnight overnight
    around about between percent per cent pct starting beginning effective
    scheduled slated planned due expected instead rather than date dates""".split()
)
# stems of one act told in two words, as news rewrites them ("agreed on Sunday to hold output"
# / "decided on Saturday to keep production"; "a further reduction to 4% in August" / "a
# further cut to 4 percent in September"; "reached the scene at 3:05 a.m." / "arrived at 3:35
# a.m."): general English, the act's first stem
_ONE_ACT = {"agre": "decid", "resol": "decid", "reduc": "cut", "arriv": "reach"}
# ... a regulator's approval ("the agency on Tuesday approved the drug" / "regulators on Thursday
# cleared it", ut178), an arrest, a resignation, whichever word a writer picks
_ONE_ACT |= {"clear": "appro", "autho": "appro", "detai": "arres", "quit": "resig"}
# ... a bill passed is a bill approved ("to approve the bill on Dec. 18" / "to pass it on Dec. 16", ut276)
_ONE_ACT |= {"pas": "appro", "pass": "appro"}
# ... a closure ("it would close by the end of June" / "it would shut by the end of July", ut210), a
# return ("Flights resumed on March 3" / "flights restarted on March 13", ut209)
_ONE_ACT |= {"shut": "clos", "resta": "resum"}
# ... talks that broke down ("broke down on Tuesday" / "collapsed on Monday", ut277), a resignation
# ("stepped down" / "resigned")
_ONE_ACT |= {"colla": "brok", "stepp": "resig"}
_PARTICLES = frozenset(("down", "up", "off", "out"))
# ... a start ("Construction is due to start in January" / "Work is due to begin in June", ut176)
_ONE_ACT |= dict.fromkeys(("begin", "began", "begun", "comme"), "start")
# ... a date an event is fixed for ("will take place on January 23" / "is scheduled for January
# 28" / "is set for" / "will be held on", ut180)
_ONE_ACT |= dict.fromkeys(("sched", "hel", "held", "set", "plann", "slat"), "plac")  # ("held": stem "hel")
# ... and the verbs of telling the news, one act whichever a writer picks ("Kestrel reported on
# Monday that its sales fell" / "Kestrel said on Friday its sales had fallen", "figures published
# on Wednesday" / "figures showed on Thursday": ut142, ut135)
SAY = "say"
# (a thing told released or issued is published: "a report released on Tuesday" / "published on
# Monday"; not a prisoner or a hostage released)
PUBLICATIONS = frozenset(
    "report reports figures data statement results study survey findings review audit index forecast"
    " table tables rankings ranking list guide".split()
)
_ONE_ACT |= dict.fromkeys(("sai", "say", "tol", "tell", "repor", "annou", "stat", "publi", "show"), SAY)


def _event_word(w: str) -> bool:
    return w not in COUNT_STOP_WORDS and w not in _NOT_EVENTS and w not in MONTHS and w not in WEEKDAYS
