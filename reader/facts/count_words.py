"""What a count counts and how it is told: the noun after it ("12 people", "25 young people"),
the verb it is told with ("killed 12 people", "More than 40 people were injured"), and the stems
of both, which say whether two counts of two sentences may be one (:attr:`reader.model.Fact.context`,
:attr:`reader.model.Fact.claim`).  Read for every count :mod:`reader.facts.extract_numbers` finds.
"""

from __future__ import annotations

import re

from reader.facts.measures import PER_HOUR, unit_of, unit_of_two_words
from reader.facts.tables import COUNT_WORD_BEFORE, NOUN_AFTER, SEQUENCE_BEFORE_NOUN
from reader.lang import COUNT_STOP_WORDS
from reader.model import Fact


def count_context(text: str, a: int, b: int) -> tuple[str, ...]:
    """Stems of the words that say what a number counts: the noun after, the verb before."""
    words: list[str] = []
    nm = NOUN_AFTER.match(text, b) or _NOUN_AFTER_ORIGIN.match(text, b)  # "60 Korean companies"
    if nm:
        words += nm.group("noun").lower().split()
        if owner := nm.groupdict().get("owner"):  # "of the group's stores": the group's too
            words.append(owner.lower())
        if words and words[0] in SEQUENCE_BEFORE_NOUN and (nx := _WORD_AFTER.match(text, nm.end())):
            words.append(nx.group(1).lower())  # "two earlier bids" / "three previous bids": the bids
    if pm := _OF_THEM.match(text, b):  # "Four of them have since died": what they did says what
        words = [pm.group(1).lower()]
    bm = COUNT_WORD_BEFORE.search(text, max(0, a - 30), a)
    if bm:
        words.append(bm.group(1).lower())
    stems = [w[:5] for w in words if w not in COUNT_STOP_WORDS and len(w) > 2]
    if (
        not stems
        and _A_LEVEL.search(text, max(0, a - 12), a)
        and (subject := _NUMBER_OF.search(text, max(0, a - 80), a))
    ):
        stems = [subject.group(1).lower()[:5]]  # "The number of airlines ... rose to 74": airlines
    return tuple(dict.fromkeys(stems))


def level_subject(text: str, a: int) -> str:
    """The noun "the number of" names as the subject of a bare count at a level right after it
    ("The number of people waiting ... reached 65,129": people), else ''."""
    if not _A_LEVEL.search(text, max(0, a - 12), a):
        return ""
    subject = _NUMBER_OF_SUBJECT.search(text, max(0, a - _SUBJECT_REACH), a)
    return subject.group(1).lower() if subject else ""


# characters back to "the number of", and its clause (figures in it too: "the number of people
# waiting over 12 hours ... reached 65,129", ut255)
_SUBJECT_REACH = 120
_NUMBER_OF_SUBJECT = re.compile(r"\b[Tt]he\s+(?:number|total|count)\s+of\s+([a-z][a-z'-]+)\b[^.;:,]*$")


# a count at a level ("rose to 74"), not a change ("cut ... by 200,000": its scope told apart, see
# scale_slip), of its clause's subject "the number of" a noun ("The number of airlines serving Vienna
# rose to 74 from 69" / "served by 71 airlines", ut175), no clause's end between them
_A_LEVEL = re.compile(r"\b(?:to|at|reached|hit|totalled|totaled|was|were|is|are)\s+$", re.I)
_NUMBER_OF = re.compile(r"\b[Tt]he\s+(?:number|total|count)\s+of\s+([a-z][a-z'-]+)\b[^.;:,\d]*$")


# a noun after a count and a capitalised word of origin ("More than 60 Korean companies", ut191)
_NOUN_AFTER_ORIGIN = re.compile(r"\s+[A-Z][a-z]+(?:an|ese|ish|i)\s+(?P<noun>[a-z][\w'-]*)")


# a part of a group named before ("Four of them", "three of whom"), and the act it is told with
_OF_THEM = re.compile(
    r"\s+of\s+(?:them|whom|those|these)\s+(?:(?:have|has|had|were|was|are|is|been|since|later|now)\s+){0,3}"
    r"([a-z]+(?:ed|en)|died|hurt|left|fled)\b",
    re.I,
)


# what may stand before a count that opens its clause ("Police said more than 40 people were
# hurt", "..., and fewer than 40 were hurt"): the count is the subject of the verb after it
_CLAUSE_OPENERS = ("said", "says", "say", "that", "and", "but", "while", "when")
_OPENS_CLAUSE = re.compile(rf"(?:^|[,;:(\u2014\u2013]|\b(?:{'|'.join(_CLAUSE_OPENERS)}))\s*$", re.I)
# the verb after the noun of a count that opens its clause, past auxiliaries ("were injured",
# "have been arrested", "died"): a verb in -ed, or "hurt"
_VERB_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|is|have|has|had|been|will|would|could|may|might|be)\s+){0,3}"
    r"(?:reportedly\s+|also\s+)?([a-z]+ed|hurt)\b"
)
# a be-verb before a verb in -ing makes it told ("is employing more than 50"); without one the
# -ing word only names a group ("companies employing more than 50 workers")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been)\s+$", re.I)
# ... but a clause set off by a comma tells of one thing named ("Harbourline, which has fewer
# than 5,000 staff"): a claim
_RELATIVE_BEFORE = re.compile(r"(?<!,\s)\b(?:that|who|which|where)\s+$", re.I)
# a count held ("has more than 5,000 staff") is claimed like one told with a verb of its own
_HAVE = frozenset(("has", "have", "had"))


def count_claim(text: str, qa: int, b: int) -> str:
    """The stem of the verb a count is told with (:attr:`reader.model.Fact.claim`)."""
    bm = COUNT_WORD_BEFORE.search(text, max(0, qa - 30), qa)
    if bm:
        word = bm.group(1).lower()
        if word in _HAVE and not _RELATIVE_BEFORE.search(text, max(0, bm.start() - 8), bm.start()):
            return "has"  # "it has more than 5,000 staff", ", which has fewer than 5,000 staff"
        if word in COUNT_STOP_WORDS or len(word) <= 2:
            return ""
        if word.endswith("ing") and not _BE_BEFORE.search(text, max(0, bm.start() - 8), bm.start()):
            return ""
        if _RELATIVE_BEFORE.search(text, max(0, bm.start() - 8), bm.start()):
            return ""  # "firms that employ more than 50 workers": a group, like "firms with"
        if word not in _CLAUSE_OPENERS:
            return word[:5]
    if not _OPENS_CLAUSE.search(text, max(0, qa - 12), qa):
        return ""
    nm = NOUN_AFTER.match(text, b)
    vm = _VERB_AFTER.match(text, nm.end()) if nm else None
    return vm.group(1).lower()[:5] if vm else ""


# words that stand between a count and its noun ("two other men", "25 young people", "six
# blocked shots"): the unit is the word and the noun after it, never the word alone
_MODIFIERS = SEQUENCE_BEFORE_NOUN | frozenset(
    """other more additional further separate different young old new former senior junior
    leading top armed unarmed blocked injured wounded federal local national foreign""".split()
)
# words after a count that are not what it counts ("40 and", "under 40 to", "26 of them",
# "fell 600m while climbing", the "x" of "1,440 x 900")
_NOT_UNITS = COUNT_STOP_WORDS | frozenset(
    "them whom which us those these him me x".split()
    + "while when where whether after before because since until unless".split()
    + "last next this".split()  # "fell to 35,100 last year": a time, not what it counts
)
_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w'-]*)")


_AN_HOUR = re.compile(r"/h\b|\s+(?:per|an|a)\s+hour\b", re.IGNORECASE)


def count_noun(text: str, b: int) -> str:
    """The noun a count counts ("12 people"), with a modifier before it ("25 young people");
    '' when a function word follows the count ("40 and 50", "from 40 to 60")."""
    nm = NOUN_AFTER.match(text, b)
    if not nm:
        return ""
    word = nm.group("noun").lower()
    if two := unit_of_two_words(nm.group("noun"), text, nm.end()):
        return two  # "94 degrees Fahrenheit", "18 nautical miles", as written
    if _AN_HOUR.match(text, nm.end()) and (length := unit_of(word)) and length[0] == "length":
        return word + ("/h" if text[nm.end() : nm.end() + 2] == "/h" else PER_HOUR)  # a speed
    if word in _MODIFIERS:
        words = [word]
        at = nm.end()
        while len(words) < 3 and (nx := _WORD_AFTER.match(text, at)):
            nxt = nx.group(1)
            if nxt.lower() in _NOT_UNITS or nxt.endswith("ly"):  # "the two more closely"
                break
            words.append(nxt)  # "1.8 million young undocumented immigrants"
            at = nx.end()
            if not (nxt.lower() in _MODIFIERS or nxt.endswith("ed")):
                return " ".join(words)
        return " ".join(words) if len(words) > 1 else ""
    return "" if word in _NOT_UNITS else word


# how often an act was done, told in one word ("has cut its key rate twice since June" / "three
# times since June", ut285); not a multiplier ("twice as many", "twice the size", "twice that")
_TWICE = re.compile(r"\b(?:twice|thrice)\b(?!\s+(?:as|the|that|this|a|an|its|their|his|her|what|over)\b)")
_TIMES = {"twice": 2.0, "thrice": 3.0}


def twice_told(low: str, text: str, facts: list[Fact]) -> list[Fact]:
    """The facts and a count of "times" for each "twice" (2) or "thrice" (3) telling how often (its
    span the word)."""
    found = [
        Fact(
            "number",
            text[m.start() : m.end()],
            m.start(),
            m.end(),
            _TIMES[m.group()],
            unit="times",
            context=_times(low, m),
        )
        for m in _TWICE.finditer(low)
        if not any(f.start <= m.start() < f.end for f in facts)
    ]
    return sorted([*facts, *found], key=lambda f: (f.start, f.end)) if found else facts


def _times(low: str, m: re.Match[str]) -> tuple[str, ...]:
    """What a count of times counts: "times", and the word before it, as "three times" reads it."""
    before = [w for w in count_context(low, m.start(), m.end()) if w != "since"]
    return tuple(dict.fromkeys(("times", *before[-1:])))
