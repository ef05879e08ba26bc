"""Which quantity conflicts to show: evidence that the two values measure one thing.

Two sentences of one story often give figures of *different* things counted with one
noun: the prices of two models, the shares of two fuel blends, a deficit cut and a
Medicare saving.  A value conflict is shown only when the words around both values say
they measure one thing; otherwise the two values stay one-sided details of their link.
Measured on flags judged by reading both sentences (random same-story pairs outside the
development set): nearly every wrong quantity flag failed one of these tests, while the
true ones (the same count of villages, troops, amendments told two ways) passed all.

The tests, each symmetric in the two sides:

* *context*: the content words near each value (:data:`WINDOW` words either side) share
  at least one stem: "killed more than 26,000 people" / "killed more than 31,000"; or both
  values size a gathering ("estimated the crowd at 70" / "more than 100 people joined":
  :func:`reader.facts.pairing_counts.gathering_size`);
* *list*: not both sentences list several values of that slot ("64 GB and 128 GB" /
  "8GB of RAM, 256 GB"): the pairing of two lists in order is a guess;
* *named apart*: not both values are next to a name the other sentence lacks ("two
  Republican senators, Jeff Flake" / "three Republican state senators, Adam Driggs");
* *code*: neither value is near a model code the other sentence lacks ("E10, containing
  10% ethanol", "the quad-core i7 model");
* *truncated*: a round figure that is the exact one cut at its precision ("$43 million" /
  "$43,885,310") is the same figure;
* *of two things* (:mod:`reader.facts.gate_holders`): two holders of a count, a part of an
  occasion and the whole, a rate and a count, two nouns counted.

Beyond the quantities: the ages of two people (:func:`reader.facts.appositions.two_bearers`),
the clock times of two people's acts, and two parts of an occasion ("the fifth round" / "the
sixth round") told of two acts are no conflicts either.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from reader.facts.appositions import two_bearers
from reader.facts.bounds_turned import one_figure_each
from reader.facts.countries import country_of
from reader.facts.court_outcomes import plea_reversed
from reader.facts.figure_parts import parts_of_one_whole
from reader.facts.figure_swaps import SWAPPED
from reader.facts.gate_holders import (
    apart,
    of_a_whole,
    remainders_apart,
    scopes_apart,
    spans_apart,
    two_holders,
)
from reader.facts.gate_lists import lists, paired_in_lists, stated
from reader.facts.gate_said import STEM, said_of_one, stems
from reader.facts.gate_weak import WEAK_PASSAGE_SCORE, two_facts
from reader.facts.namewords import state_name, strip_possessive
from reader.facts.one_statement import one_act_of_one_object, one_subject_alone
from reader.facts.opposites import OPPOSITE_NOTE
from reader.facts.pairing_counts import crowd_sizes
from reader.facts.part_sums import parts_apart, whole_of_told_parts
from reader.facts.periods import PER_NOTES, rate_converted
from reader.facts.scale_slip import miscopied
from reader.facts.twin_values import lone_value_diffs
from reader.facts.values import amount, told_alike
from reader.lang import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    NOT_NAMES,
    TITLES,
    WEEKDAYS,
)
from reader.model import Difference, Fact
from reader.spelling import near_spelling, transliteration

# words either side of a value that tell what it measures: a noun phrase and its verb ("the 2.3 GHz
# quad-core i7 model", "30 percent of the population in Arizona"); wider reaches the next clause
WINDOW = 6
# a name qualifies a value in its noun phrase ("two Republican senators, Jeff Flake", "21 percent of
# Colorado's"): within four words; a place or a person farther on tells where or by whom the act was
# done ("falling 150 meters from a ridge in Aoraki"), which two writers often name differently
NAME_WINDOW = 4
# a negation found in an aligned passage says one statement is made and denied: the rest of the two
# sentences must say one thing, which a passage scored below this does not (every such flag judged at
# 0.23-0.44 was two statements: "no evidence he had direct ties" / "unclear if it was directed"); a
# negation found across the articles by its claim (score None) is paired by its own words, not gated
NEGATION_SCORE = 0.6
# ... unless the act denied and stated is one verb with one object, its first two content words alike
# on both sides ("declined to declare a state of emergency" / "declared a state of emergency"): one
# statement in a passage scored this much, though each sentence adds its own reason
NEGATED_OBJECT_SCORE = 0.4
# two quotes are one quote told with two speakers when at least this share of the shorter one's
# content words is in the other; a short phrase two share ("future generations") is two people alike
SAME_QUOTE = 0.5
# the kinds gated here: figures of a count, a sum or a share, which one noun or currency pairs
GATED = frozenset({"number", "amount", "money", "percentage", "percent"})
# the fact kinds a gated difference can be of
_FACT_KINDS = frozenset({"number", "money", "percent"})
# the notes of differences whose figures both sides state (told by the other is the point)
_BOTH_STATED = (SWAPPED, *PER_NOTES)

_TOKEN = re.compile(r"[A-Za-z0-9][\w.'’-]*")
_CODE = re.compile(r"^[A-Za-z]{1,3}-?\d+[A-Za-z]?$")  # E10, i7, F-150, A320
# ... but a word of time joined to a year is a time, not a model ("by end-2026", "mid-2025")
_YEAR_JOINED = re.compile(r"^[a-z]{2,3}-(?:19|20)\d\d$")
_NOT_LABELS = frozenset(
    [*WEEKDAYS, *(m.lower() for m in MONTH_NAMES), *MONTH_ABBREVIATIONS, *(t.lower() for t in TITLES)]
)


def credible(
    d: Difference,
    left: Sequence[Fact],
    right: Sequence[Fact],
    ltext: str,
    rtext: str,
    score: float | None = None,
) -> bool:
    """May the difference ``d`` of two sentences (their facts and texts) be shown as a conflict?
    ``score`` is the alignment score of the passage that links them (None for a pair found across
    the articles by its facts).  Kinds not gated always may; a negation of an aligned passage when
    the passage is one statement (:data:`NEGATION_SCORE`), a speaker when the quotes are one quote,
    a quantity when all tests below pass; figures swapped between places, a sum for two periods."""
    if d.kind == "negation" or d.note.startswith(_BOTH_STATED):
        return _stated_reversed(d, score, ltext, rtext)
    if score is not None and score < WEAK_PASSAGE_SCORE and two_facts(d, left, right, ltext, rtext):
        return False
    if d.kind == "speaker":
        return named_speaker(d.left) and named_speaker(d.right) and one_quote(d, left, right)
    if d.kind == "quote":
        return _letters(d.left) != _letters(d.right)  # "F.B.I."/"FBI", "’Momma"/"Momma"
    if d.kind == "ordinal" and ltext and rtext:
        return not _parts_apart(d, left, right, ltext, rtext)
    if d.kind == "age" and ltext and rtext:  # the ages of two people named
        aa = next((f for f in left if f.kind == "age" and f.text == d.left), None)
        ab = next((f for f in right if f.kind == "age" and f.text == d.right), None)
        return aa is None or ab is None or not two_bearers(ltext, aa, left, rtext, ab, right)
    if d.kind in ("time", "duration") and ltext and rtext:
        return not _lengths_apart(d, left, right, ltext, rtext)
    if d.kind not in GATED or not ltext or not rtext:
        return True
    a, b = _facts_of(d, left, right)
    if a is None or b is None or miscopied(a, b) or parts_apart(d, left, right, ltext, rtext):
        return True  # (a figure miscopied, whatever words stand around it: "C$27,560" / "C$27,650"; a part)
    if _set_aside(a, b, left, right, ltext, rtext):
        return False
    if lists(a, left, b, right) and not paired_in_lists(a, b, left, right, ltext, rtext):
        return False
    if a.kind == "number" and of_a_whole(ltext, a) != of_a_whole(rtext, b):
        return False  # a whole and its members: "Of the five stations, ..." / "the two stations" (ut150)
    crowds = crowd_sizes(a, b, ltext, rtext)  # what both measure, whatever noun each uses ("saw" / "fans")
    one = crowds or one_figure_each(a, b, left, right) or d in lone_value_diffs(left, right, ltext, rtext, ())
    if not one and apart(a, b, ltext, rtext, left, right):
        return False  # two holders, two parts, a rate and a count, two nouns (gate_holders)
    wa, wb = _window(ltext, a), _window(rtext, b)
    if crowds and _places_apart(ltext, rtext):
        return False  # two gatherings in two places are two crowds
    # the same figure, a floor on one side and a ceiling on the other: the figure itself says
    # both measure one thing, whatever words stand near it
    # (a year both tell beside it is a shared word: "46.7 mpg projected in 2025" / "54 mpg by 2025")
    # (the clauses are asked of a linked pair only: a pair found across the articles has its figures)
    shared = said_of_one(wa, wb, (a, left), (b, right), (ltext, rtext) if score is not None else None)
    if not shared and not crowds and a.value != b.value:
        return False
    if _names_apart(_near(ltext, a), rtext) and _names_apart(_near(rtext, b), ltext):
        return False
    if _states_apart(left, right):
        return False  # "21 percent of Colorado's population" / "30 percent ... in Arizona"
    codes = _codes_apart(wa, rtext, left) or _codes_apart(wb, ltext, right)
    return not (codes or _specs_apart(wa, wb, ltext, rtext))


def _set_aside(a: Fact, b: Fact, left: Sequence[Fact], right: Sequence[Fact], ltext: str, rtext: str) -> bool:
    """Is one figure cut short, stated by the other sentence ("to 40 mpg" / "40.4 mpg"), or are
    the two of two scopes (the world's and a home market's, ut189), a remainder and a mark, or is one
    a whole the other side tells by its parts?"""
    return (
        _truncated(a, b)
        or _truncated(b, a)
        or _told_by_other(a, b, left, right)
        or scopes_apart(a, b, ltext, rtext)
        or remainders_apart(a, b, ltext, rtext)
        or rate_converted(a, b, left, right, ltext, rtext)  # "40,000 a month" / "480,000 a year"
        or whole_of_told_parts(a, b, left, right)  # "54 athletes, 25 women and 29 men" / "17 athletes"
    )


def _stated_reversed(d: Difference, score: float | None, ltext: str, rtext: str) -> bool:
    """May a statement turned round show: figures swapped between places always; a negation
    of an aligned passage when the passage is one statement (:data:`NEGATION_SCORE`), an
    opposite word in sentences otherwise the same, or one plea told both ways."""
    if d.note.startswith(_BOTH_STATED) or score is None or score >= NEGATION_SCORE:
        return True
    if (
        d.note.startswith(OPPOSITE_NOTE)
        or (score >= NEGATED_OBJECT_SCORE and one_act_of_one_object(d, ltext, rtext))
        or one_subject_alone(d, ltext, rtext)
    ):
        return True
    return "guilty" in d.left.lower() and plea_reversed(ltext, rtext)


def _lengths_apart(
    d: Difference, left: Sequence[Fact], right: Sequence[Fact], ltext: str, rtext: str
) -> bool:
    """Are two clock times or durations of two people's acts, two spans ("a wait" / "a
    stretch") or two models ("the 11-inch model's 5 hours" / "the 15-inch's seven hours")?"""
    ta = next((f for f in left if f.kind == d.kind and f.text == d.left), None)
    tb = next((f for f in right if f.kind == d.kind and f.text == d.right), None)
    if ta is None or tb is None:
        return False
    return (
        two_holders(ta, tb, ltext, rtext, left, right)
        or spans_apart(ta, tb, ltext, rtext)
        or _specs_apart(_window(ltext, ta), _window(rtext, tb), ltext, rtext)
    )


def _states_apart(left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Does each sentence name a state the other does not: figures of two places?"""
    sa = {state_name(strip_possessive(f.text)) for f in left if f.kind == "name"} - {""}
    sb = {state_name(strip_possessive(f.text)) for f in right if f.kind == "name"} - {""}
    return bool(sa - sb) and bool(sb - sa)


# the parts of an occasion an ordinal may name ("the third quarter", "the sixth round")
PART_NOUNS = frozenset("quarter half period inning innings round set frame lap leg stage game heat".split())


def _parts_apart(d: Difference, left: Sequence[Fact], right: Sequence[Fact], ltext: str, rtext: str) -> bool:
    """Are two ordinals of a part of an occasion ("in the fifth round" / "in the sixth round")
    told of two acts?  An occasion has every one of its parts, so two sentences that name two
    of them tell of two moments unless the words near both (the part's noun aside) meet
    ("floored Thompson ... near the end of the fifth round" / "stopped ... of the sixth round"),
    and when two people's acts are told (:func:`reader.facts.gate_holders.two_holders`)."""
    a = next((f for f in left if f.kind == "ordinal" and f.text == d.left), None)
    b = next((f for f in right if f.kind == "ordinal" and f.text == d.right), None)
    if a is None or b is None or a.unit not in PART_NOUNS or b.unit != a.unit:
        return False
    if two_holders(a, b, ltext, rtext, left, right):
        return True  # "Vale ... in the first half" / "Ruiz ... in the second half"
    return not (stems(_window(ltext, a)) & stems(_window(rtext, b))) - stems([(a.unit, False)])


def _places_apart(ltext: str, rtext: str) -> bool:
    """Do the two sentences put their gatherings in two places ("at the airport" / "outside
    the stadium", "in New York" / "In London")?  Places named on both sides must meet."""
    for pick in (_named_places, _place_nouns):
        pa, pb = pick(ltext), pick(rtext)
        if pa and pb and pa.isdisjoint(pb):
            return True
    return False


# where a gathering was: a name after "in"/"at" ("in New York", "In London"), or the noun
# of "at/outside/near the <place>"
_NAMED_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside)\s+((?:[A-Z][\w'’-]+\s?){1,3})")
_PLACE_NOUN = re.compile(
    r"\b(?:at|in|outside|inside|near|on|before)\s+(?:the|a)\s+(?:[a-z]+\s+)?([a-z]{3,})\b", re.IGNORECASE
)


def _named_places(text: str) -> frozenset[str]:
    return frozenset(m.group(1).strip().lower() for m in _NAMED_PLACE.finditer(text))


def _place_nouns(text: str) -> frozenset[str]:
    return frozenset(m.group(1).lower()[:5] for m in _PLACE_NOUN.finditer(text))


def _fact(facts: Sequence[Fact], span: str) -> Fact | None:
    return next((f for f in facts if f.text == span and f.kind in _FACT_KINDS), None)


def _facts_of(d: Difference, left: Sequence[Fact], right: Sequence[Fact]) -> tuple[Fact | None, Fact | None]:
    """The two facts ``d`` compares: when a sentence writes its figure twice ("four rack
    switches, four terminal servers"), the one that counts the other side's noun."""
    a, b = _fact(left, d.left), _fact(right, d.right)
    if a is None or b is None or a.unit == b.unit:
        return a, b
    pairs = [
        (x, y)
        for x in left
        if x.text == d.left and x.kind in _FACT_KINDS
        for y in right
        if y.text == d.right and y.kind in _FACT_KINDS and x.unit == y.unit
    ]
    return pairs[0] if pairs else (a, b)


def _truncated(a: Fact, b: Fact) -> bool:
    """Is ``a`` a round figure written as ``b`` cut at ``a``'s precision ("$43 million" /
    "$43,885,310"), or a price in whole dollars written with its cents ("$99" / "$99.99"; not
    "€2.00" / "€2.20": both written to the cent)?"""
    if a.bound != "=" or b.bound != "=" or a.unit != b.unit:
        return False
    va, vb = float(amount(a)), float(amount(b))
    if (
        a.kind == "money"
        and va == int(va)
        and a.resolution != 0.01
        and b.resolution == 0.01
        and vb != int(vb)
    ):
        return va > 0 and va in (math.floor(vb), math.ceil(vb))  # "$99" for "$99.99": the cents left off
    if a.resolution <= b.resolution:
        return False
    return va > 0 and math.isclose(math.floor(vb / a.resolution + 1e-9) * a.resolution, va)


def _told_by_other(a: Fact, b: Fact, left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Does either sentence state the other's figure, or is one the rest of a whole both state
    ("has 39 of the 54" / "is 15 short of the 54": :func:`reader.facts.figure_parts.parts_of_one_whole`)?
    A figure the other side also states exactly states nothing else ("£2 million ... and £1.4 million"
    / "£2 million ... and £1.9 million": the £2 million is no rounding of £1.9 million, ut286)."""
    return (
        stated(a, _untwinned(right, left, a))
        or stated(b, _untwinned(left, right, b))
        or parts_of_one_whole(a, b, left, right)
    )


def _untwinned(other: Sequence[Fact], mine: Sequence[Fact], f: Fact) -> list[Fact]:
    """The figures of ``other`` that no figure of ``mine`` (but ``f``) states exactly."""
    return [g for g in other if not any(o is not f and told_alike(o, g) for o in mine)]


def _near(text: str, f: Fact) -> list[tuple[str, bool]]:
    return _window(text, f, NAME_WINDOW)


def _window(text: str, f: Fact, size: int = WINDOW) -> list[tuple[str, bool]]:
    """The words near a value, each with whether it opens the sentence."""
    before = list(_TOKEN.finditer(text, 0, f.start))[-size:] if size else []
    after = list(_TOKEN.finditer(text, f.end))[:size]
    return [(m.group().rstrip(".’'"), m.start() == _first(text)) for m in [*before, *after]]


def _first(text: str) -> int:
    m = _TOKEN.search(text)
    return m.start() if m else -1


_WORDS = re.compile(r"\b[^\W\d_][\w'’-]+")  # words of any script; the capitalised ones are asked


def _names_apart(words: list[tuple[str, bool]], other: str) -> bool:
    """Is a name near the value (a capitalised word, not a month, day or title) absent
    from the other sentence?"""
    low = other.lower()
    for w, first in words:
        base = re.sub(r"['’]s$", "", w)
        if first or not base[:1].isupper() or not base.isalpha() or len(base) < 3:
            continue
        if base.lower() in _NOT_LABELS or base.lower() in NOT_NAMES or base.isupper():
            continue
        if base.lower()[:STEM] not in low and not _spelled_there(base, other):
            return True
    return False


def _spelled_there(name: str, other: str) -> bool:
    """Does the other sentence write ``name`` another way, misspelled or romanised otherwise
    ("Chief Castillo said 12" / "Chief Castilo said 14": one chief, one count told two ways)?"""
    words = [w for w in _WORDS.findall(other) if len(w) >= 3 and w[0].isupper()]
    # a country by its people ("23 percent came from Britain" / "Britons for 28 percent", ut244)
    if (country := country_of(name)) and any(country_of(w) == country for w in words):
        return True
    return any(near_spelling(name, w) or transliteration(name, w) for w in words)


def _codes_apart(words: list[tuple[str, bool]], other: str, own: Sequence[Fact]) -> bool:
    """Is a model code near the value ("E10", "i7") absent from the other sentence?  A sum
    whose currency's sign is a letter ("R46 million") is no code."""
    sums = [f.text for f in own if f.kind == "money"]
    return any(
        _CODE.match(w)
        and not _YEAR_JOINED.match(w)
        and w.lower() not in other.lower()
        and not any(t.startswith(w) for t in sums)
        for w, _ in words
    )


# a measure written as one word before the noun it qualifies: "15-inch", "seven-year", "64GB"
_SPEC = re.compile(
    r"^(?:\d+(?:\.\d+)?|[a-z]+)-(?:inch|foot|year|month|week|day|hour|core|megapixel|liter|litre|"
    r"cylinder|speed|door|seat|bedroom|story|storey)$|^\d+(?:\.\d+)?(?:gb|tb|mb|mp|ghz)$",
    re.IGNORECASE,
)


def _specs_apart(wa: list[tuple[str, bool]], wb: list[tuple[str, bool]], ltext: str, rtext: str) -> bool:
    """Does each value stand by a measure of what it is for that the other sentence lacks
    ("the 15-inch model starts at $1,799" / "the 11-inch Air at $999"; "a seven-year deal
    worth $140 million" / "an eight-year, $200 million offer"): the prices of two models, two
    offers?  Both sides must have one: a measure one side adds tells nothing apart."""
    sa = {w.lower() for w, _ in wa if _SPEC.match(w)}
    sb = {w.lower() for w, _ in wb if _SPEC.match(w)}
    if not sa or not sb:
        return False
    lt, rt = ltext.lower(), rtext.lower()
    return not any(w in rt for w in sa) and not any(w in lt for w in sb)


def one_quote(d: Difference, left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Are the quotes of a speaker difference one quote, and is neither speaker a word of
    its own quote ("Actually, I don't," the president replied: not a speaker 'Actually')?"""
    words = quote_words(d, left, right)
    if words is None:
        return True
    for who, facts in ((d.left, left), (d.right, right)):
        as_word = re.compile(rf"(?<!\w){re.escape(who)}(?!\w)", re.IGNORECASE)  # "he" is no word of "they"
        if any(as_word.search(f.text) for f in facts if f.kind == "quote"):
            return False
    sa, sb = words
    return bool(sa and sb) and len(sa & sb) >= SAME_QUOTE * min(len(sa), len(sb))


def quote_words(
    d: Difference, left: Sequence[Fact], right: Sequence[Fact]
) -> tuple[set[str], set[str]] | None:
    """The content stems of the quotes a speaker difference gives each side, or None when a side
    has no quote of its speaker."""
    qa, qb = quote_by(left, d.left), quote_by(right, d.right)
    if qa is None or qb is None:
        return None
    return set(str(qa.value).split()), set(str(qb.value).split())


def quote_by(facts: Sequence[Fact], speaker: str) -> Fact | None:
    quotes = (f for f in facts if f.kind == "quote")
    return next((f for f in quotes if speaker in (f.speaker_words or f.speaker, f.speaker)), None)


# "R-Tenn.", "D-Va.": a party and a state after a name, not a speaker
_PARTY = re.compile(r"^[RDI]-[A-Z]")


def named_speaker(speaker: str) -> bool:
    """Is a speaker told by a name?  A pronoun ("she said") may stand for anybody the
    other side names, and a party label ("R-Tenn.") is no person."""
    words = speaker.split()
    return (
        any(w[:1].isupper() for w in words) and not _PARTY.match(speaker) and speaker.lower() not in NOT_NAMES
    )


def _letters(span: str) -> str:
    """The letters of a span, folded: two spans alike in them differ in punctuation only."""
    return "".join(c for c in span.lower() if c.isalnum())
