"""What a count tells happened to what it counts: its outcome ("killed", "damaged", "arrested").

Two counts of one noun told with two outcomes are two counts, not one figure told two ways:
"killed two people" / "wounded three people", "eight homes destroyed" / "45 homes damaged",
"arrested five men" / "charged two men".  Some outcomes hold another: what is destroyed is
damaged too, whoever is shot dead was shot, whoever is convicted was charged; so the wider
count below the narrower one disagrees ("five homes damaged" / "seven destroyed") and a wider
count above it agrees.
Used at one link (:mod:`reader.facts.compare_numbers`, through :func:`counts_apart`) and
across the whole articles (:mod:`reader.facts.pairing`, whose items take their verb with
the patterns here).
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.facts.values import amount
from reader.model import Fact
from reader.textnorm import fold

# verbs (stems) that tell one outcome for the people counted: "killing 10 people", "10 people
# were killed" and "10 people died" count the dead; "injuring 80", "80 were wounded" the hurt;
# "flattening seven villages", "four villages had been destroyed", "razed", "leveled" the
# buildings or places destroyed (general English; a count's verb must otherwise be the same
# word on both sides).  "Damaged" is an outcome of its own: what is destroyed is damaged
# too, so "eight destroyed" and "45 damaged" agree, and only a damaged count below a
# destroyed one disagrees ("five villages damaged" / "seven leveled"): see :func:`wider_below`.
# Across the articles these are a toll: told of one event, one outcome ties two counts.
OUTCOMES = {
    "kille": "<dead>", "killi": "<dead>", "died": "<dead>", "injur": "<hurt>", "wound": "<hurt>",
    "destr": "<hit>", "flatt": "<hit>", "razed": "<hit>", "razin": "<hit>", "level": "<hit>",
    "damag": "<damaged>",
}  # fmt: skip

# At one link, more outcomes keep two counts apart: those of a shooting, of the police and the
# courts, of a rescue.  (Not tolls across the articles: a story tells many arrests and charges,
# and one of them told with another's count is no conflict of one act.)
FATES = {
    **OUTCOMES,
    "shot": "<shot>", "shoot": "<shot>",
    "arres": "<arrested>", "charg": "<charged>", "indic": "<charged>", "convi": "<convicted>",
    "evacu": "<evacuated>", "rescu": "<rescued>", "hospi": "<hospitalised>",
}  # fmt: skip

# (wider, narrower): an outcome that holds another
WIDER = frozenset(
    {
        ("<damaged>", "<hit>"),  # a destroyed home is a damaged one
        ("<shot>", "<dead>"),  # "shot three, killing two": the dead are among the shot
        ("<hurt>", "<hospitalised>"),  # the hospitalised are among the hurt
        ("<charged>", "<convicted>"),  # the convicted were charged
    }
)

# (an increment's word is no verb: "called in an additional six", "called a further four")
VERB_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:(?:a|an|the|some|about|nearly|around|almost|roughly|only)\s+)?"
    r"(?:(?:additional|further|extra|another)\s+)?$"
)
# the verb a count is the subject of, when none stands before it: "Two states *filed*",
# "Four states have *legalized*" (a past participle or past tense after the noun)
VERB_AFTER = re.compile(
    r"(?:\s+[A-Za-z-]+){1,2}?\s+(?:(?:have|has|had|were|was|are|is|been)\s+)*([a-z]+ed)\b"
)
# a count that opens its sentence or clause, so it is the subject of the verb after it ("and"
# too: "four villages destroyed and three people killed")
SUBJECT_START = re.compile(r"(?:^|[.;:]\s+|,\s+|\band\s+)(?:the\s+)?$", re.I)
# a count that is the subject of a passive or perfect clause of its own ("told the news agency
# four villages had been destroyed", "estimated 12 people were killed"): its verb is the
# participle after it, not the word before (a noun, or the verb of another clause), also past
# a list of who they were ("Six people, including two police officers, were injured"); not
# through a relative pronoun ("rescued six passengers who were stranded": rescued)
CLAUSE_AFTER = re.compile(
    r"(?:\s+(?!who\b|which\b|that\b)[A-Za-z-]+){1,2}?(?:,\s+including\b[^.;:]{0,160}?,)?"
    r"\s+(?:have|has|had|were|was|are|is)\s+(?:been\s+)?([a-z]+ed)\b"
)


@lru_cache(maxsize=65536)
def stem5(w: str) -> str:
    """A word's first five folded letters: how counts' verbs and nouns are compared."""
    return fold(w.lower())[:5]


# stems of FATES that begin other words too: the word must begin with the whole verb
# ("indicated" is no "indicted", "convinced" no "convicted")
_WHOLE_VERB = {"indic": "indict", "convi": "convict"}


def _fate_of(word: str) -> str:
    """The outcome a verb tells, '' for none."""
    key = stem5(word)
    whole = _WHOLE_VERB.get(key)
    if whole is not None and not word.lower().startswith(whole):
        return ""
    return FATES.get(key, "")


def fate(text: str, f: Fact) -> str:
    """The outcome a count in ``text`` tells (a value of :data:`FATES`: "<dead>" for "killing
    two", "two people were killed" and "four villages destroyed and two people killed"), ''
    when its verb tells none or none is found."""
    if f.kind != "number":
        return ""
    if cm := CLAUSE_AFTER.match(text, f.end):
        return _fate_of(cm.group(1))
    vm = VERB_BEFORE.search(text, max(0, f.start - 30), f.start)
    told = _fate_of(vm.group(1)) if vm else ""
    if not told and SUBJECT_START.search(text, 0, f.start):
        am = VERB_AFTER.match(text, f.end)
        told = _fate_of(am.group(1)) if am else ""
    return told


def wider_below(fate_a: str, value_a: float, fate_b: str, value_b: float) -> bool:
    """Two counts of an outcome and of one it holds, the wider one the smaller ("five homes
    damaged" / "seven destroyed", "charged two" / "convicted three"): they disagree."""
    if (fate_a, fate_b) in WIDER:
        return abs(value_a) < abs(value_b)
    if (fate_b, fate_a) in WIDER:
        return abs(value_b) < abs(value_a)
    return False


def counts_apart(text_a: str, a: Fact, text_b: str, b: Fact) -> bool:
    """Are two counts of two outcomes, which no value of one can contradict ("killed two" /
    "wounded three"; "eight destroyed" / "45 damaged")?  Not when either tells no outcome,
    nor when both tell one, nor for a wider count below the narrower (they disagree)."""
    fa, fb = fate(text_a, a), fate(text_b, b)
    if not fa or not fb or fa == fb:
        return False
    return not wider_below(fa, float(amount(a)), fb, float(amount(b)))
