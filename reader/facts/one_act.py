"""Whose act a value is: a day, a duration or a year two linked sentences give belongs to an
act told in the words around it ("announced Sunday", "battled for 35 days"), and two of them
conflict only when told of one act (:func:`same_act`)."""

from __future__ import annotations

import re

from reader.facts.negation import stem
from reader.facts.pairing_items import act_words, topic_words
from reader.facts.weekday_owners import figure_before
from reader.lang import SPEECH_VERBS, SUBJECT_PRONOUNS
from reader.model import Difference

# kinds whose values belong to an act told in the words around them ("announced Sunday",
# "battled for 35 days"): two of them conflict only when told of one act
OF_AN_ACT = frozenset({"day", "duration", "year"})


def same_act(d: Difference, left_text: str, right_text: str) -> bool:
    """Are a day or a duration of two sentences about one act?  The content words next to each
    (acts named by :data:`EVENTS` as one word: "passed ... Tuesday" / "Wednesday's vote") must
    share one; a side with no such word says nothing against it.  A wrong link ("announced
    Sunday that he will leave" / "announced on Wednesday over the objections"; "battled for 35
    days" / "reopened the government for three weeks") puts the values of two acts together."""
    if d.kind == "duration" and bound_turned_alike(d.left, d.right):
        return True  # "gave more than 2.1 million hours" / "contributed less than 2.1 million hours" (ut298)
    if d.kind == "day" and (saying := _of_saying(left_text, d.left)) != _of_saying(right_text, d.right):
        return False  # "said Tuesday": the day someone spoke, not the day of the act told
    # the day one speaker spoke ("the Commission said on Thursday" / "said Tuesday"), the speaker
    # named in other words too ("the EU Agency for Asylum" / "the bloc's asylum agency", ut209)
    if d.kind == "day" and saying and _one_speaker(left_text, d.left, right_text, d.right):
        return True
    if d.kind == "duration" and _modifier(left_text, d.left) != _modifier(right_text, d.right):
        return False  # "a 24-hour waiting rule": a kind of rule, not how long an act took
    if d.kind == "duration" and bool(_YEARS_SPANNED.match(left_text, _end(left_text, d.left))) != bool(
        _YEARS_SPANNED.match(right_text, _end(right_text, d.right))
    ):
        return False  # "the three decades from 1960 to 1990" / "in just two years": two spans (ut275)
    if (
        d.kind == "duration"
        and (held := _count_before(left_text, d.left))
        and held == _count_before(right_text, d.right)
    ):
        return True  # how long one count told alike has waited: "6,112 for more than two years" / "6,112 that
        # had been outstanding for more than two months" (ut158), whatever verb each uses
    if (
        d.kind == "day"
        and (fig := figure_before(left_text, d.left))
        and fig == figure_before(right_text, d.right)
    ):
        return True  # the day of one figure told alike: "a 64 on Sunday" / "a closing 64 on Monday"
    a, b = act_words(left_text, d.left), act_words(right_text, d.right)
    shared = a & b
    if shared and d.kind == "duration":  # a word both sentences are about is no act of either's value
        shared -= topic_words(left_text) & topic_words(right_text)
    # a full date against a bare year asks two words in common ("retiring in 1993" / "retired on Feb 6, 1995")
    return not a or not b or len(shared) >= 1 + (d.kind == "year" and (" " in d.left) != (" " in d.right))


# a bound before a duration's figure ("more than 2.1 million hours")
_BOUND = re.compile(r"^(?:(?:more|less|fewer)\s+than|at\s+least|at\s+most|up\s+to)\s+", re.IGNORECASE)
# a figure of this many digits told alike under two bounds is one figure, whatever verb each gives it
BOUND_TURNED_DIGITS_MIN = 2


def bound_turned_alike(a: str, b: str) -> bool:
    """Are two durations one figure written alike, of two digits or more, under two bounds ("more
    than 2.1 million hours" / "less than 2.1 million hours")?  The figure ties them to one act."""
    fa, fb = _BOUND.sub("", a), _BOUND.sub("", b)
    return fa == fb != a and fb != b and sum(c.isdigit() for c in fa) >= BOUND_TURNED_DIGITS_MIN


# a specific count (three digits or more) shortly before a duration, in its clause: what the
# duration is of ("6,112 [cases] for more than two years")
_COUNT_BEFORE = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{3,})(?![\d.,]\d)[^,;:.\d]{0,48}$")


# ... or any count and its noun right before "in" and the span it was counted over ("just 11
# dissents in 16 years" / "11 dissents in six years")
_RATE_BEFORE = re.compile(
    r"(?<![\d.,])(\d[\d,]*)\s+([a-z]+)\s+(?:in|over|within)\s+(?:the\s+(?:past|last)\s+)?$"
)


def _count_before(text: str, span: str) -> str:
    at = text.find(span)
    if at >= 0 and (rate := _RATE_BEFORE.search(text, max(0, at - 40), at)):
        return f"{rate.group(1)} {rate.group(2)}"
    m = _COUNT_BEFORE.search(text, max(0, at - 60), at) if at >= 0 else None
    return m.group(1) if m else ""


# a verb of saying right before a day ("said Tuesday", "announced on Monday")
# (and a verb of publishing: "figures showed on Thursday", the day the figures were told)
_PUBLISHED = ("showed", "shows", "published", "publishes", "released", "releases")
# (its listeners between them, and where: "told reporters in Beijing on Saturday")
_SAID_BEFORE = re.compile(
    r"\b(?:" + "|".join(SPEECH_VERBS + _PUBLISHED) + r")\s+"
    r"(?:(?:reporters|journalists|lawmakers|parliament|congress)\s+(?:(?:in|at)\s+\w+\s+)?)?"
    r"(?:on\s+|late\s+|early\s+)?$",
    re.I,
)


# ... or right after it, the day put before the verb ("Nationwide, which on Monday reported")
# (its speaker may stand between, opening the sentence: "On Tuesday the Pensions Regulator said")
# (not a comma and the verb at once: "will stay high until at least Friday, said Duncan Reeve" tags
# the clause the day is of with its speaker)
_SAID_AFTER = re.compile(
    r"(?:,\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}|\s+(?:(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4})?)(?:"
    + "|".join(SPEECH_VERBS + _PUBLISHED)
    + r")\b"
)


# the years a duration spans, right after it ("three decades from 1960 to 1990", "between 1960 and 1990")
_YEARS_SPANNED = re.compile(
    r"\s+(?:from|between)\s+(?:1[5-9]|20)\d\d\s+(?:to|and|until)\s+(?:1[5-9]|20)\d\d\b"
)


def _end(text: str, span: str) -> int:  # where ``span`` ends in ``text`` (0 when it is not there)
    at = text.find(span)
    return at + len(span) if at >= 0 else 0


def _of_saying(text: str, span: str) -> bool:  # the day someone spoke ("said Tuesday", "Tuesday said")?
    at = text.find(span)
    return at >= 0 and (
        _SAID_BEFORE.search(text, max(0, at - 30), at) is not None
        or _SAID_AFTER.match(text, at + len(span)) is not None
    )


def _one_speaker(left: str, at_left: str, right: str, at_right: str) -> bool:
    """Do both sentences name one speaker of the day they spoke: the same capitalised words, or the
    same words in either case (:func:`_speakers`)?"""
    if _speakers(left, at_left) & _speakers(right, at_right):
        return True
    return bool(_speakers(left, at_left, any_case=True) & _speakers(right, at_right, any_case=True))


def _speakers(text: str, span: str, any_case: bool = False) -> frozenset[str]:
    """The capitalised words of who said a sentence on the day ``span`` (the four words before
    "said": "the U.S. Consumer Product Safety Commission said on Thursday"); with ``any_case``,
    its words of four letters or more in either case, a plural's "s" off ("asylum agency" /
    "Agency for Asylum")."""
    at = text.find(span)
    m = _SAID_BEFORE.search(text, max(0, at - 30), at) if at >= 0 else None
    said = ("said", "says") if any_case else ("said", "says", "showed", "shows")
    if m is None or not m.group().lower().startswith(said):
        return frozenset()  # ("announced on Thursday": the day of what was announced, an act)
    if any_case:
        words = _SPEAKER_WORD.findall(text, max(0, m.start() - 40), m.start())[-4:]
        return frozenset(w.lower().removesuffix("s") for w in words if w.lower() not in SUBJECT_PRONOUNS)
    # (figures "from the industry group ANAVE showed on Tuesday": the day its figures spoke, ut177)
    words = _CAPITALISED.findall(text, max(0, m.start() - 60), m.start())[-4:]
    return frozenset(w for w in words if w.lower() not in SUBJECT_PRONOUNS)


_CAPITALISED = re.compile(r"\b[A-Z][\w.'’-]*")
_SPEAKER_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}")


_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)")


def _modifier(text: str, span: str) -> str:
    """The noun a hyphenated duration qualifies ("24-hour" in "a 24-hour rule": 'rule'),
    or '' for a duration of an act ("for 24 hours", "a 30-day period"); "by" for a change of
    one ("lengthens the period by five years, to 25": not the period's length, ut38)."""
    at = text.find(span)
    if at < 0 or text[max(0, at - 3) : at].lower() == "by ":
        return "by" if at >= 0 else ""
    head, _, noun = span.partition(" ")  # "30-day period": the noun is in the span
    if not noun:
        m = _NEXT_WORD.match(text, at + len(span))
        noun = m.group(1) if m else ""
    return "" if "-" not in head or noun in _SPANS_OF_TIME else stem(noun)


# nouns that are themselves a stretch of time: "a 30-day period" is a duration told, and so is
# a penalty's ("a 12-month sentence" / "18 months for false accounting", "a six-month ban")
_SPANS_OF_TIME = frozenset(
    "period periods span stretch window spell term interval run stint".split()
    + "sentence ban suspension prison jail".split()
)
