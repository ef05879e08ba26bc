"""What a fact of one article is about, for pairing it with the other article's facts.

An :class:`_Item` is one fact with its slot: what a number counts (the noun after it, the
measure it is the value of, the verb before it), whose age it is, which act a date or a
tally belongs to, and the sentence's context words.  :mod:`reader.facts.pairing` decides
which items of the two articles are about the same thing and disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, TypeVar

from reader.facts.bargains import bargaining_side
from reader.facts.conversions import conversion_key
from reader.facts.extract_numbers import WHOLE
from reader.facts.measures import unit_name
from reader.facts.movers import direction, mover
from reader.facts.outcomes import CLAUSE_AFTER, OUTCOMES, SUBJECT_START, VERB_AFTER, VERB_BEFORE, stem5
from reader.facts.pairing_counts import CROWD, PLACE_WORDS, calibres, count_slots
from reader.facts.values import month_alone, month_part, ymd
from reader.lang import MONTHS, TITLES, WEEKDAYS
from reader.model import Fact
from reader.textnorm import CaseBlind, fold

# content stems (names too) two sentences share beyond the facts: one noun in two stories is no one fact
MIN_SHARED = 2

# Words that say nothing about what a fact is about: function words, reporting verbs, and the
# words of the facts themselves (units, months, days, times of day).
STOP = (
    frozenset(
        """a an the of in on at to for by from with as and or but is are was were be been being
    has have had that this these those its their his her our who which than then there it
    they he she we you i not no all any some more most less over under about nearly around
    almost roughly just up into out per each every other such said says told tell reported
    according would will could should may might also after before when while where what
    how why if so one two three four five six seven eight nine ten eleven twelve hundred
    thousand million billion trillion percent per cent dollars dollar year years old day days
    week weeks month months time times morning afternoon evening night today yesterday
    tomorrow last next first second than them him me my mr mrs ms dr announced announce
    announces announcing confirmed dozen dozens score scores""".split()
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)

# Words of one act: a date or day belongs to the same event when the words near it on
# both sides name one act ("passed ... Tuesday" / "Wednesday's vote").  Keys are 5-letter
# stems; general English, one line each, no story's words.  Not here: acts told of many
# things in one story ("announced", "charged", "convicted", "sentenced": over the corpus
# they paired the day of one announcement or charge with another's, every time).
EVENTS: dict[str, str] = {
    **dict.fromkeys(("vote", "voted", "pass", "passe", "appro", "adopt", "ballo"), "vote"),
    **dict.fromkeys(("leave", "leavi", "left", "depar", "resig", "quit", "exit", "stepp"), "leave"),
    **dict.fromkeys(("struc", "strik", "hit", "jolte", "shook", "quake", "earth", "tremo"), "strike"),
    **dict.fromkeys(("fire", "gunfi", "shoot", "shot", "shots"), "fire"),
    **dict.fromkeys(("kille", "died", "death", "dead", "die", "dies"), "die"),
    **dict.fromkeys(("arres", "detai", "captu"), "arrest"),
    **dict.fromkeys(("signe", "sign", "signs"), "sign"),
    **dict.fromkeys(("born",), "born"),
    **dict.fromkeys(("marri", "wed", "weddi"), "marry"),
    **dict.fromkeys(("relea", "freed"), "release"),
    **dict.fromkeys(("crash",), "crash"),
    **dict.fromkeys(("launc", "lifto"), "launch"),
    **dict.fromkeys(("elect",), "elect"),
    **dict.fromkeys(("sworn", "inaug"), "inaugurate"),
    **dict.fromkeys(("rescu",), "rescue"),
    **dict.fromkeys(("erupt",), "erupt"),
    **dict.fromkeys(("stabb",), "stab"),
    **dict.fromkeys(("fell", "fall", "falli"), "fall"),
    **dict.fromkeys(("break", "broke"), "break"),  # ("a break-in" / "broke into": one act, two forms)
    **dict.fromkeys(("stole", "theft", "thief", "thiev", "burgl", "robbe", "heist", "loote"), "steal"),
    **dict.fromkeys(("disap", "missi", "vanis"), "vanish"),
    **dict.fromkeys(("retur",), "return"),
    **dict.fromkeys(("moved",), "move"),  # "moved back": a return (_BACK)
    **dict.fromkeys(("paid", "pay", "pays", "payab", "payme", "payin"), "pay"),
}

# A scope one side gives: a total over several events, or a count so far.
SCOPE = re.compile(
    # "in all" only as a total ("In all, 12 died"; not "in all public schools")
    r"\b(?:so far|to date|in total|a total of|totall?ing|altogether|in all(?=\s*[,.;:]|\s*$)|"
    r"combined|cumulative|"
    r"overall|since (?:the )?(?:start|beginning)|"
    r"(?:in|over|during|across) (?:their|its|his|her|the|all|these|those) "
    r"(?:\w+ )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many) \w+s)\b",
    re.IGNORECASE,
)
_SCOPE = CaseBlind(SCOPE.pattern)


def has_scope(text: str) -> bool:
    """Does a sentence give a scope (:data:`SCOPE`)?"""
    return _SCOPE.found(text)


WORD = re.compile(r"[A-Za-z][a-z]*|[A-Z]+")
_MONTH_ONLY = re.compile(
    r"\b(?:(?:at|by|until|in|through|the) (?:the )?(?:(?:end|start|beginning|middle) of|early|late|mid-?)\s*)"
    r"(" + "|".join(m.capitalize() for m in MONTHS if len(m) > 3) + r")\b(?![ .]*\d)"
)
_HYPHEN_MEASURE = re.compile(
    r"(?<![\w.,])(\d+(?:\.\d+)?)-(magnitude|strength|point|storey|story|foot|metre|meter)\b"
)
_MEASURE_OF = re.compile(r"\b([a-z]+) of (?:about |around |nearly |some |roughly |approximately )?$")
_LENGTH = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s*(km|kilometers?|kilometres?|m|meters?|metres?|miles?|mi|ft|feet|foot)\b",
    re.IGNORECASE,
)
_TO_METRES = {"km": 1000.0, "kil": 1000.0, "m": 1.0, "met": 1.0, "mil": 1609.344, "mi": 1609.344,
              "ft": 0.3048, "fee": 0.3048, "foo": 0.3048}  # fmt: skip
_NOTES = {"number": "number", "percent": "percentage", "money": "amount", "age": "age", "date": "date",
          "time": "time", "day": "day", "tally": "vote", "ago": "time since",
          "calibre": "calibre"}  # fmt: skip


# words whose five first letters are those of an act of EVENTS but which are no act:
# "electricity" is not "elected", "mission" and "missile" not "missing", "disappointed" not
# "disappeared" (general English)
_NOT_ACTS = re.compile(r"(?:electr|missio|missil|disappoint|disappro|disapprov)", re.IGNORECASE)


def _act_key(w: str) -> str:
    """The stem of a word as an act is looked up by: words that only look like an act keep a
    longer stem, which no act has."""
    return fold(w.lower())[:8] if _NOT_ACTS.match(w) else stem5(w)


@lru_cache(maxsize=65536)
def content_stem(w: str) -> str:
    """The stem of a content word; '' for a function word or a single letter."""
    return stem5(w) if len(w) > 1 and w.lower() not in STOP else ""


def stems(text: str) -> frozenset[str]:
    """The content stems of a text: 5-letter prefixes of its words, function words left out."""
    return frozenset(map(content_stem, set(WORD.findall(text)))) - {""}


@dataclass(slots=True)
class _Item:
    """A fact with what it is about, in one sentence."""

    sid: int
    fact: Fact
    group: str  # which facts are compared with which: number, money, age, date, time, day, tally
    what: frozenset[str]  # the stems that say what it is about
    verb: str  # number: the verb before it ("kille"); time: "rough" when hedged; tally: its moment

    metres: float | None  # a length, converted
    words: frozenset[str]  # the fact's own words, as stems (not context)


def _window(text: str, a: int, b: int, words: int, names: bool = False) -> set[str]:
    """Stems of the ``words`` content words on each side of a span, names only when asked (a
    date's act is a verb or a noun; a sum of money is also named for who pays it)."""
    before = [w for w in WORD.findall(text[max(0, a - 15 * words) : a]) if _content(w, names)][-words:]
    after = [w for w in WORD.findall(text[b : b + 15 * words]) if _content(w, names)][:words]
    return {_act_key(w) for w in before + after}


ACT_WINDOW = 4  # content words on each side of a value that say what act it belongs to
_CLAUSE_END = re.compile(r";|\bbut\b", re.IGNORECASE)  # a clause of another act begins


def _content(w: str, names: bool = False) -> bool:
    """A content word: no function word, no name unless ``names``."""
    return len(w) > 1 and (names or w[0].islower()) and w.lower() not in STOP


def topic_words(text: str) -> frozenset[str]:
    """The stems of the content words a sentence writes twice or more ("reopen the government
    ... the partial government shutdown"): what it is about, no act of one value in it."""
    seen: dict[str, int] = {}
    for w in WORD.findall(text):
        if _content(w):
            key = _act_key(w)
            seen[key] = seen.get(key, 0) + 1
    return frozenset(k for k, n in seen.items() if n > 1)


def act_words(text: str, span: str) -> frozenset[str]:
    """The act a value written as ``span`` in ``text`` belongs to: the stems of the :data:`ACT_WINDOW`
    content words on each side inside its clause (not names; "began around 8:30pm but the crowd is
    being dispersed": not dispersed), acts of :data:`EVENTS` as one word; empty when none."""
    if (at := text.find(span) if span else -1) < 0:
        return frozenset()
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, 0, at)), default=0)
    hi = m.start() if (m := _CLAUSE_END.search(text, at + len(span))) else len(text)
    return frozenset(EVENTS.get(w, w) for w in _window(text[lo:hi], at - lo, at - lo + len(span), ACT_WINDOW))


# a clock time right after a full date with its year: a publication stamp ("September 14,
# 2013 10:46 AM", "THURSDAY, APRIL 11, 2013, 12:12 AM"), not the time of anything told
_STAMPED = re.compile(r"(?:1[89]|20)\d\d,?\s*(?:at\s+|-\s+)?$")
# a clock time as a limit, not the moment of the act: "by 6:40 a.m. the fire was out"
_LIMIT = re.compile(r"\b(?:by|until|till|before|after|since)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


def a_limit(text: str, span: str) -> bool:  # is the clock time written ``span`` a limit ("until 9 p.m.")?
    at = text.find(span) if _CLOCK.search(span) else -1  # (a match's "after 76 minutes" is a moment)
    return at >= 0 and _LIMIT.search(text, max(0, at - 16), at) is not None


_CLOCK = re.compile(r"\d[:.]\d\d|\d\s*[ap]\.?m\b", re.IGNORECASE)


# ... and the date or year of that stamp: a clock time follows it at once
# (seconds too: "12 / 19 / 2005 2:48:40 PM ET")
_STAMP_TIME = re.compile(r",?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)")


def stamped(text: str, f: Fact) -> bool:
    """Is a fact the clock time, date or year of a publication stamp ("April 11, 2013,
    12:12 AM"): a time after a date with its year, or a date or year a time follows?"""
    if f.kind == "time":
        return _STAMPED.search(text, max(0, f.start - 12), f.start) is not None
    # a stamp writes its year: "on Tuesday, June 24, at 6:30 p.m." is a meeting's date and hour
    written = f.kind in ("date", "year") and isinstance(f.value, tuple) and f.value[0] and not f.year_inferred
    return bool(written) and _STAMP_TIME.match(text, f.end) is not None


# an act still to come: "will leave", "is expected to approve", "plans to sign"
_PLANNED = re.compile(
    r"\b(?:will|would|shall|expected|plans?|planned|set|scheduled|due|going)\b\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
# a clock time given roughly: "around 10:30", "about 10 a.m."
_ROUGHLY = re.compile(r"\b(?:about|around|approximately|roughly|shortly|just|some|nearly|almost)\s+$", re.I)


_BACK = re.compile(r"\s+back\b")


def _act(text: str, f: Fact) -> frozenset[str]:
    """The act a date, day, time or tally belongs to: the act word (:data:`EVENTS`) nearest
    to it within five content words ("shooting on Thursday" / "died on Friday" are two),
    marked when it is still to come ("expected to approve ... Thursday" is not "passed
    ... Tuesday")."""
    cands: list[tuple[int, int, str]] = []  # (distance, where, act)
    near = WORD.finditer(text, max(0, f.start - 75), f.start)
    before = [m for m in near if m.group()[0].islower()][-5:]
    after = [m for m in WORD.finditer(text, f.end, f.end + 75) if m.group()[0].islower()][:5]
    for i, m in enumerate(before):
        act = EVENTS.get(_act_key(m.group()))
        if act:
            cands.append((len(before) - i, m.start(), act))
    for i, m in enumerate(after):
        act = EVENTS.get(_act_key(m.group()))
        if act:
            cands.append((i + 1, m.start(), act))
    if not cands:
        return frozenset()
    _, at, act = min(cands)
    if act == "move" and _BACK.match(text, at + 5) is not None:
        act = "return"  # "moved back to Millom": the return home, not the move away
    planned = _PLANNED.search(text, max(0, at - 40), at) is not None
    return frozenset({("to " if planned else "") + act})


def _counted(text: str, f: Fact) -> frozenset[str]:
    """What a number counts: the head noun after it (the last of up to three words before a
    function word or punctuation, participles left out: "5,200 American *troops* are",
    "seven of its *villages*"), and the noun of "a *magnitude* of 5.9" before it."""
    tail = re.split(r"[,.;:()\"“”]", text[f.end : f.end + 40], maxsplit=1)[0]
    words = WORD.findall(re.sub(r"^\s*of (?:the |its |their |his |her )?", " ", tail))
    head = []
    for w in words[:3]:
        low = w.lower()
        if low in STOP or low in PLACE_WORDS or low.endswith(("ed", "ing")):
            break  # (a place after the noun is not what it counts: "1,840 farms across England")
        head.append(low)
    out = {stem5(head[-1])} if head else set()
    m = _MEASURE_OF.search(text[max(0, f.start - 30) : f.start].lower())
    if m and m.group(1) not in STOP:
        out.add(stem5(m.group(1)))
    return frozenset(out)


def _metres(f: Fact, text: str) -> float | None:
    """A length in metres, when the number is one ("about 600m", "700 meters", "36 miles")."""
    m = _LENGTH.search(text[f.start : f.end + 12])
    if not m:
        return None
    unit = m.group(2).lower()
    factor = _TO_METRES.get(unit) or _TO_METRES.get(unit[:3])
    if factor is None:
        return None
    return float(m.group(1).replace(",", "")) * factor


def _age_owner(text: str, facts: Sequence[Fact], f: Fact) -> tuple[frozenset[str], str]:
    """The last word of the name an age belongs to: a name just after it ("32-year-old
    Englishman Robert *Buckley*") or just before it ("*Mattis*, 68"); an age set off by commas
    ("Paul *Riva*, 47, of Sterling Heights") is the name's before it, not the place's after.
    A name in the possessive is someone else's ("Warren Jeffs's 16-year-old daughter").
    Also the word before the last, a given name ("jerry" of "Deputy Jerry Ortiz", not his son
    "Jeremy Ortiz"; "robert" of "Englishman Robert Buckley"), else ''."""
    before = f.text.isdigit()  # "Riva, 47,": the figure alone is the span
    for g in facts:
        if g.kind == "name" and ((0 <= g.start - f.end <= 25 and not before) or 0 <= f.start - g.end <= 3):
            if _possessive(text, g):
                continue
            words = [w for w in WORD.findall(g.text) if w.lower() not in STOP and w.lower() not in TITLES]
            if words:
                return frozenset({stem5(words[-1])}), (stem5(words[-2]) if len(words) > 1 else "")
    return frozenset(), ""


def _possessive(text: str, name: Fact) -> bool:
    """Is a name written in the possessive ("Jeffs's", "Jeffs'")?"""
    end = text[name.end - 2 : name.end + 2]
    return end[:2] in ("'s", "’s") or end[2:] in ("'s", "’s") or (end[1:2] == "s" and end[2:3] in ("'", "’"))


_MONTH_HINTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# _MONTH_ONLY matches a capitalised month name, which starts with one of _MONTH_HINTS
_MONTH_HINT = re.compile("|".join(_MONTH_HINTS))


def _extra(text: str) -> Iterable[Fact]:
    """Facts the sentence scanners leave out that a pairing needs: a month without a day
    ("at the end of February") and a measure written as one word ("a 6.1-magnitude quake")."""
    if _MONTH_HINT.search(text):
        for m in _MONTH_ONLY.finditer(text):
            words = m.group(0)
            shown = words.split(" ", 1)[1] if words.startswith(("at ", "by ", "in ")) else words
            value = (0, MONTHS[m.group(1).lower()], 0)
            yield Fact("date", shown, m.end() - len(shown), m.end(), value, year_inferred=True)
    if "-" in text:
        for m in _HYPHEN_MEASURE.finditer(text):
            unit = "-" + m.group(2).lower()
            yield Fact("number", m.group(0), m.start(), m.end(), float(m.group(1)), unit=unit)


_NOT_A_COUNT = re.compile(r"\b(?:" + "|".join(MONTHS) + r"|no|number|nos)\.?\s*$", re.IGNORECASE)


# a clause is bounded by these marks: a payer named in another clause of a sum's sentence is
# the story's, not the sum's (pairing_sums), and so is a bargaining word (bargains)
CLAUSE_MARKS = ",;:()—–"


def clause_bounds(text: str, a: int, b: int) -> tuple[int, int]:
    """Where the clause around text[a:b] starts and ends: between the nearest marks of
    :data:`CLAUSE_MARKS`.  A sum's bargaining word is in its own clause ("his demand for more than
    $5 billion"), not anywhere in the sentence ("requested federal aid, saying the storm caused
    $3 billion in damage" is no demand of the $3 billion)."""
    lo = max(text.rfind(c, 0, a) for c in CLAUSE_MARKS) + 1
    ends = [i for i in (text.find(c, b) for c in CLAUSE_MARKS) if i >= 0]
    return lo, min(ends, default=len(text))


def _items(sid: int, text: str, facts: Sequence[Fact]) -> list[_Item]:
    """The facts of one sentence that can be paired, each with what it is about."""
    out: list[_Item] = []
    # a part of a month pairs as _extra reads it, with its preposition ("at the end of
    # February", not "In early March": too loose a date across two articles)
    facts = [f for f in facts if not month_part(f)]
    taken = [(f.start, f.end) for f in facts]
    extra = [e for e in _extra(text) if not any(a < e.end and e.start < b for a, b in taken)]
    scored = {g.context for g in facts if g.kind == "tally"}  # game clocks of running scores
    for f in [*facts, *extra]:
        k = f.kind
        if k in ("number", "percent"):
            item = _quantity(sid, text, f)
            if item is not None:
                out.append(item)
        elif k == "money":
            what = frozenset(_window(text, f.start, f.end, 6, names=True))
            lo, hi = clause_bounds(text, f.start, f.end)
            side = bargaining_side(text[lo:hi]) + conversion_key(f, facts)  # of what it converts
            out.append(_Item(sid, f, k, what, side, None, stems(f.text)))
        elif k == "age":
            who, given = _age_owner(text, facts, f)
            if who:  # the given name stands as the verb: two given names are two people
                out.append(_Item(sid, f, k, who, given, None, stems(f.text)))
        elif k in ("date", "time", "tally") or (k == "day" and f.value in WEEKDAYS):
            if (k == "date" and (not ymd(f)[1] or month_alone(f))) or stamped(text, f):
                continue  # a bare year, a month alone ("in May": too loose a date); a publication stamp
            if k == "time" and (_LIMIT.search(text, max(0, f.start - 16), f.start) or (f.text,) in scored):
                continue  # "by 6:40 a.m. the fire was out": a limit; "40-30 with 6:00 left": the score's
            rough = k == "time" and _ROUGHLY.search(text, max(0, f.start - 16), f.start) is not None
            side = "rough" if rough else "".join(f.context) if k == "tally" else ""
            out.append(_Item(sid, f, str(k), _act(text, f), side, None, stems(f.text)))
        elif k == "duration" and _AGO.match(text, f.end) is not None:
            out.append(_Item(sid, f, "ago", _act(text, f), "", None, stems(f.text)))
    for a, b, name, arms in calibres(text):  # ".38 caliber revolver": a cartridge's name
        at = a + 2 if text.startswith(". ", a) else a  # "a. 38 caliber": a stray full stop
        shown = text[at:b]
        out = [it for it in out if not (at <= it.fact.start < b)]  # not also a count
        out.append(_Item(sid, Fact("number", shown, at, b, name), "calibre", arms, "", None, frozenset()))
    return out


# a duration that tells when an act was ("moved back six weeks ago"), not how long it lasted
_AGO = re.compile(r"\s+ago\b")


# a count per unit: "eight rebounds a game", "23 points per game", "3,000 cases a day"
_RATE = re.compile(
    r"(?:\s+[A-Za-z-]+){1,2}?\s+(?:a|per|each|every)\s+(?:game|match|season|year|month|week|day|night|hour)\b",
    re.I,
)


def _quantity(sid: int, text: str, f: Fact) -> _Item | None:
    """A number or percentage with what it counts, or None when nothing says what."""
    if f.kind == "number" and _NOT_A_COUNT.search(text, max(0, f.start - 12), f.start):
        return None  # "Sept. 11", "No. 2": a date or a rank the scanners read as a number
    metres = _metres(f, text)
    vm = VERB_BEFORE.search(text, max(0, f.start - 30), f.start)
    verb = stem5(vm.group(1)) if vm and vm.group(1).lower() not in STOP else ""
    head = _ACT_OF.search(text, max(0, f.start - 40), f.start) if vm and vm.group(1).lower() == "of" else None
    if f.unit.startswith("-"):  # "a 6.1-magnitude quake": the measure named
        what = frozenset({stem5(f.unit[1:])})
    elif metres is not None:  # a length: of the act it measures ("fell 600m")
        what = frozenset({"<length>" + verb}) if verb else frozenset()
    else:
        what = _counted(text, f)
        if (named := unit_name(f.unit)) and stem5(f.unit) in what:  # "tons" / "tonnes": one unit
            what = (what - {stem5(f.unit)}) | {stem5(named)}
        if f.kind == "number":  # one thing under two names, a crowd's size, an increment
            what = count_slots(what, text, f.start, f.end)
    if not what and f.kind == "percent" and vm and direction(verb):  # "rents fell 14 percent"
        what = mover(text, vm.start(1))
    if not what:
        return None
    if f.kind == "number" and CROWD not in what and (cm := CLAUSE_AFTER.match(text, f.end)):
        verb = stem5(cm.group(1))
    if f.kind == "number" and _RATE.match(text, f.end):
        what = frozenset(w + "/rate" for w in what)  # "eight rebounds a game": a rate, not a count
    elif f.kind == "number" and any(c.endswith(WHOLE) for c in f.context):
        # "of the 16 games": pairs only with a whole, of the same act ("missed 10 of 16" and
        # "started 14 of 17" are two seasons' games, by the verb before the part)
        what = frozenset(w + WHOLE for w in what)
        acts = sorted(c.split("/")[1] for c in f.context if c.count("/") == 2)  # "games/misse/whole"
        verb = acts[0] if acts else ""
    # (a gathering's verb after its size is part of its slot: "300 rallied" / "70 gathered")
    if not verb and f.kind == "number" and CROWD not in what and SUBJECT_START.search(text, 0, f.start):
        am = VERB_AFTER.match(text, f.end)  # "Two states filed" / "Four states have legalized"
        verb = stem5(am.group(1)) if am else ""
    if head and not verb and f.kind == "number" and len(what - {act := stem5(head.group(1))}) >= 1:
        verb, what = act, what - {act}  # "the purchase of 77 million barrels": the act a count is of
    verb = (f.kind == "percent" and direction(verb)) or OUTCOMES.get(verb, verb)  # "fell" / "slid"
    return _Item(sid, f, f.kind, what, verb if verb not in what else "", metres, stems(f.text))


# an act named by a noun before "of" and the count ("the purchase of 77 million barrels", "the
# release of 15 million barrels"): the count's act, as a verb before it would be.  Nouns of
# acts that move or change a quantity; a noun of a part ("the portion of", "the total of") is none
_ACT_NOUNS = (
    "purchase|sale|release|delivery|shipment|import|export|transfer|payment|donation|seizure"
    "|removal|withdrawal|deployment|loss|addition|reduction|increase|decrease|rise|fall|drop"
)
_ACT_OF = re.compile(rf"\bthe\s+({_ACT_NOUNS})s?\s+of\s+(?:the\s+|about\s+|some\s+|nearly\s+)?$")


def count_act(text: str, f: Fact) -> tuple[str, bool]:
    """The act a count is of, as its stem ("contains 400 million barrels": "conta"; "the
    purchase of 77 million barrels": "purch"), or "" when no word says; and whether a noun
    names it (:data:`_ACT_OF`)."""
    item = _quantity(0, text, f) if f.kind == "number" else None
    if item is None or not item.verb:
        return "", False
    head = _ACT_OF.search(text, max(0, f.start - 40), f.start)
    return item.verb, head is not None and stem5(head.group(1)) == item.verb


class _Named(Protocol):
    @property
    def first(self) -> str: ...


def one_person(a: Iterable[_Named], b: Iterable[_Named]) -> bool:
    """Mentions of one surname in each article (a politician, a parent, a player, a convict)
    name one person: the first given name each article gives is the same, or one gives
    none ("Rick Scott" and "David Scott" are two people; "Scott" may be either)."""
    first_a = next((m.first for m in a if m.first), "")
    first_b = next((m.first for m in b if m.first), "")
    return not (first_a and first_b and first_a != first_b)


_M = TypeVar("_M", bound=_Named)
_K = TypeVar("_K", bound=Hashable)


def told_once(by: Mapping[_K, list[_M]], value: Callable[[_M], object]) -> dict[_K, list[_M]]:
    """The entries (a surname, with an act or a statistic) one article tells one value for, of
    one person: its mentions agree on the value and give one given name at most (an article
    that gives a surname two values, or two given names, speaks of two people or of a change)."""
    return {
        k: v
        for k, v in by.items()
        if len({value(m) for m in v}) == 1 and len({m.first for m in v} - {""}) <= 1
    }
