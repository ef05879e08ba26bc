"""A weak passage: two sentences linked by the words of one story that may tell two facts of
it.  Below :data:`WEAK_PASSAGE_SCORE` a value conflicts only when the words say both values
are of one act and one person (:func:`two_facts`); :func:`reader.facts.gate.credible` asks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.compare_temporal import same_event, year_slipped
from reader.facts.month_slips import day_slip, month_slip
from reader.facts.namewords import looks_like_person, person
from reader.facts.one_act import bound_turned_alike
from reader.facts.pairing_items import act_words, count_act
from reader.facts.ranges import RANGE_NOTE
from reader.facts.speech_patterns import SPEECH
from reader.facts.values import dates_both_write
from reader.model import Difference, Fact
from reader.textnorm import fold

# a passage scored below this links two sentences that share words, often two facts of one
# story ("placed on IR Wednesday" / "On Tuesday, officials placed Ivory on IR"; "late in the
# fourth quarter" / "late in the third quarter"): there a day, a date, a time or a duration
# conflicts only when the words next to both name one act, and an ordinal never (the places
# of two series: "his second win over Thompson" / "his 58th win"; "the fourth coach since
# King" / "the 21st coach of the team").  Judged on pairs outside the references, 5 of 35
# such flags of moments and durations were true, and none of 12 ordinals; the act test
# keeps the 5 and drops 9 false ones
WEAK_PASSAGE_SCORE = 0.5
_OF_ONE_ACT = frozenset({"day", "date", "time", "duration"})
# ... and no value of a weak passage conflicts when each sentence names people and none of
# them is in the other: the values of two people's acts
_VALUE_KINDS = _OF_ONE_ACT | {"age", "number", "amount", "money", "percentage", "percent", "statistic"}


def two_facts(d: Difference, left: Sequence[Fact], right: Sequence[Fact], ltext: str, rtext: str) -> bool:
    """Does a weak passage's difference set two facts side by side (:data:`WEAK_PASSAGE_SCORE`)?"""
    if d.note.startswith(RANGE_NOTE) or (d.kind == "duration" and bound_turned_alike(d.left, d.right)):
        return False  # two ranges read whole (their own rule asks one unit, words of one act); one figure
    if d.kind == "ordinal":  # two places in two series ("his second win over Thompson" / "58th win"),
        return not _one_series(d, left, right, ltext, rtext)  # but for one series told alike
    if d.kind == "date" and (
        year_slipped(d, list(left), list(right))
        or month_slip(d, list(left), list(right))
        or day_slip(d, list(left), list(right))
    ):
        return False  # one day of one month, its year changed: one date, whatever the acts' words
    if (
        d.kind in _OF_ONE_ACT
        and ltext
        and rtext
        and act_words(ltext, d.left).isdisjoint(act_words(rtext, d.right))
        and not _one_context(d, left, right)
        and not _beside_one_date(d, left, right)
    ):
        return True  # two moments, each of its own act
    if d.kind == "number" and ltext and rtext and _acts_apart(d, left, right, ltext, rtext):
        return True  # two counts of two acts ("contains 400 million barrels" / "the purchase of 77 million")
    # "Pierre Thomas was placed on IR Wednesday" / "On Tuesday, the team placed Chris Ivory"
    return d.kind in _VALUE_KINDS and _people_apart(left, right, ltext, rtext)


# the words after an ordinal's noun that name its series, told alike on both sides ("the second
# major outage at Nordpay this year" / "the third big outage at Nordpay this year", ut245)
_SERIES_WORDS = 3
_AFTER_NOUN = re.compile(r"\s+([\w'’-]+)")
_RUN = re.compile(r"\s+(?:straight|consecutive|successive|running)\s+[a-z]+", re.IGNORECASE)


def _one_series(d: Difference, left: Sequence[Fact], right: Sequence[Fact], ltext: str, rtext: str) -> bool:
    """Are two ordinals of one noun followed by the same few words (:data:`_SERIES_WORDS`), a word
    of size before the noun aside ("major" / "big")?"""
    a = next((f for f in left if f.kind == "ordinal" and f.text == d.left), None)
    b = next((f for f in right if f.kind == "ordinal" and f.text == d.right), None)
    if a is None or b is None or a.unit != b.unit or not ltext or not rtext:
        return False
    runs = [_RUN.match(text, f.end) for f, text in ((a, ltext), (b, rtext))]
    if runs[0] and runs[1] and runs[0].group().lower().split() == runs[1].group().lower().split():
        return True  # a run told alike is one series ("a third straight year" / "a second straight year")
    after = []
    for f, text in ((a, ltext), (b, rtext)):
        words: list[str] = []
        pos = f.end
        while len(words) <= _SERIES_WORDS and (m := _AFTER_NOUN.match(text, pos)):
            words.append(m.group(1).lower())
            pos = m.end()
        after.append(words)
    x, y = after
    return len(x) > _SERIES_WORDS and (x[:_SERIES_WORDS] == y[:_SERIES_WORDS] or x[1:] == y[1:])


def _one_context(d: Difference, left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Do the two values of ``d`` share a word of their own context: one act said two ways
    ("first announced in September 2022" / "which was first announced in September 2021")?"""
    a = next((f for f in left if f.text == d.left and f.context), None)
    b = next((f for f in right if f.text == d.right and f.context), None)
    return a is not None and b is not None and same_event(a, b)


def _beside_one_date(d: Difference, left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Is a date of ``d`` told beside a month and year both sides write, neither date with words of
    its own: one schedule's new date against its old one ("delivered ... in June 2028 instead of
    December 2026" / "would arrive ... in January 2028 rather than December 2026", ut199)?"""
    if d.kind != "date":
        return False
    a = next((f for f in left if f.kind == "date" and f.text == d.left), None)
    b = next((f for f in right if f.kind == "date" and f.text == d.right), None)
    if a is None or b is None or a.context or b.context:
        return False
    dates_l = [f for f in left if f.kind == "date" and not f.year_inferred]
    dates_r = [g for g in right if g.kind == "date" and not g.year_inferred]
    return bool(dates_both_write(a, b, dates_l, dates_r))


def _acts_apart(d: Difference, left: Sequence[Fact], right: Sequence[Fact], ltext: str, rtext: str) -> bool:
    """Does each count of ``d`` have an act of its own, one of them named by a noun ("the
    purchase of"), and are the two acts two?  (Two verbs may tell one act: "took the 35-word
    oath" / "administered the 38-word oath", "killed" / "left dead".)"""
    a = next((f for f in left if f.kind == "number" and f.text == d.left), None)
    b = next((f for f in right if f.kind == "number" and f.text == d.right), None)
    if a is None or b is None:
        return False
    (va, noun_a), (vb, noun_b) = count_act(ltext, a), count_act(rtext, b)
    return bool(va and vb and va != vb and (noun_a or noun_b))


def _people_apart(left: Sequence[Fact], right: Sequence[Fact], ltext: str, rtext: str) -> bool:
    """Does each sentence name a person (two words of a name, no organisation) and neither
    name one the other names (by surname)?"""
    lp, rp = _surnames(left, ltext), _surnames(right, rtext)
    if not lp or not rp:
        return False
    lt, rt = fold(ltext), fold(rtext)
    return not any(n in rt for n in lp) and not any(n in lt for n in rp)


# a name right before a verb of saying, or right after one, is the source, not the one acted on
_SAID_AFTER = re.compile(rf"\W{{0,3}}{SPEECH}\b", re.IGNORECASE)
_SAID_BEFORE = re.compile(rf"\b(?:{SPEECH}|according\s+to)\W{{0,3}}$", re.IGNORECASE)


def _surnames(facts: Sequence[Fact], text: str) -> set[str]:
    """The surnames of the people a sentence names, not the ones it quotes as sources."""
    return {
        fold(person(f.text).split()[-1])
        for f in facts
        if f.kind == "name"
        and looks_like_person(f.text, set())
        and not _SAID_AFTER.match(text, f.end)
        and not _SAID_BEFORE.search(text, max(0, f.start - 20), f.start)
    }
