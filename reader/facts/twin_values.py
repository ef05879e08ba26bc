"""The one value of a kind in two sentences that tell one thing in other words.

"a new timetable will take effect on 8 December, adding 140 weekly services on the Coastal
Line" / "a new timetable starting on 18 December will add 140 weekly services on the Coastal
Line": the act words of the two dates differ ("effect" / "start"), so the rule that pairs dates
of one act (:func:`reader.facts.compare_temporal.same_event`) leaves them apart, and each is
shown as a one-sided detail.  But the two sentences share nearly every other word: they are one
sentence told twice, and the one date each tells that the other does not is the same slot told
two ways.  The same holds for a count whose noun is worded two ways ("about 340,000
containers" / "some 430,000 twenty-foot equivalent units ... of containers", "about 26,000
residents" / "Roughly 16,000 people"), a sum, a share.  Not for a weekday or a bare year: over
the corpus's same-story pairs, twins of those were two acts of one story ("convicted ...
Thursday" / "sentenced ... on Tuesday", "After Nixon's election in 1968" / "in 1969"), every
time; a date of a twin is asked for words of its act in common too.

Twins are measured on content words, not word order (a rewrite moves clauses): the share of
the smaller sentence's content stems the other has too (:data:`TWIN_SHARE_MIN`), and at least
:data:`TWIN_WORDS_MIN` of them (short sentences share a few words by chance).  A value pairs
only when it is its side's one value of its kind that no value of the other side explains,
and the other side has exactly one such value too; counts are of one scope (not
:data:`reader.facts.compare_numbers.MAX_RATIO` times apart) and count one thing (the same
noun, a noun the other sentence names too, nouns of people, or one side counting no noun).
Ages are left to their owner rule (:mod:`reader.facts.appositions`): two ages in one sentence
may be two people's.
:func:`reader.facts.gate.credible` then asks its other tests (the words beside each value
share one; two places, two lists), but not for two nouns: the twins say they count one thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reader.facts.compare_numbers import (
    MAX_RATIO,
    QUANTITY_LABELS,
    quantities_compatible,
    quantity_difference,
)
from reader.facts.compare_temporal import a_day_apart, comparable, dates_compatible, one_moment, zones_apart
from reader.facts.event_words import SAY
from reader.facts.negation_words import stem
from reader.facts.one_act import same_act
from reader.facts.opposites import OPPOSITE_NOTE
from reader.facts.outcomes import counts_apart
from reader.facts.pairing_counts import SAME_THING
from reader.facts.pairing_items import WORD, act_words, content_stem, stems
from reader.facts.scale_slip import point_moved
from reader.facts.sentence import OR_MORE
from reader.facts.speech_patterns import QUOTE
from reader.facts.values import amount, ymd
from reader.lang import WEEKDAYS
from reader.model import Difference, Fact

# the share of the smaller sentence's content stems the other sentence has too, and of the
# larger's: one sentence told twice (the user tests' rewrites around one changed value: 0.65-0.85
# and 0.5-0.8); a short sentence inside a long one about more acts ("26 pirates arrested" in a
# sentence of the whole operation) is no twin, nor two sentences of one story about two acts
TWIN_SHARE_MIN = 0.65
TWIN_SHARE_OF_LARGER_MIN = 0.5
# ... and at least this many stems in common (a headline's few words meet by chance)
TWIN_WORDS_MIN = 6
_KINDS = ("date", "number", "money", "percent", "time", "day", "duration")
# kinds told as when, not how much: asked for a word of their act in common (:func:`_one_act`)
_WHEN = frozenset({"date", "time", "day"})
# a count in scores ("threescore", "fourscore"), which the number reader does not value
_SCORES = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten)score\b", re.IGNORECASE)
# nouns of people counted as a whole, which a rewrite uses for one another ("26,000 residents" /
# "16,000 people"); general English (SAME_THING leaves "residents" out across whole articles:
# residences too, but in one sentence told twice the noun's other sentence settles it)
_PEOPLE = frozenset({"peopl", "perso", "resid", "inhab", "citiz", "indiv", "local", "villa"})


def in_scores(text: str) -> bool:
    """Does a text count in scores ("threescore and two weeks"), which the readers of figures read
    in part only ("two weeks")?"""
    return _SCORES.search(text) is not None


@lru_cache(maxsize=4096)
def form_stems(text: str) -> frozenset[str]:
    """The content stems of a text (the words :func:`reader.facts.pairing_items.stems` reads) with
    their endings of form cut first ("waited" / "waiting": "wait"), for the question whether two
    sentences are one told twice."""
    return frozenset(stem(w.lower()) for w in set(WORD.findall(text)) if content_stem(w))


def twins(left_text: str, right_text: str) -> bool:
    """Do two sentences share enough content words to be one sentence told twice (a word in two
    forms one: "waited" / "waiting", ut255)?"""
    a, b = form_stems(left_text), form_stems(right_text)
    shared = len(a & b)
    return (
        shared >= TWIN_WORDS_MIN
        and shared >= TWIN_SHARE_MIN * min(len(a), len(b))
        and shared >= TWIN_SHARE_OF_LARGER_MIN * max(len(a), len(b))
    )


# a figure written this specifically (digits besides its zeros and point, or a scale word) told
# alike on both sides frames the two sentences as one ("£48.7 million, up 22%" / "£48.7 million,
# 12 percent more"), with this many content words in common besides
_FRAME_DIGITS = 3
FRAME_WORDS_MIN = 3
_SCALED = re.compile(r"\b(?:million|billion|trillion|bn|m)\b", re.IGNORECASE)


def figures_told_alike(left: Sequence[Fact], right: Sequence[Fact]) -> int:
    """How many specific figures (a sum, a count, a share: digits besides its zeros and point,
    or a scale word) both sentences state alike."""
    told = {(a.kind, a.value) for a in left if _specific(a)}
    return len(told & {(b.kind, b.value) for b in right if _specific(b)})


def _specific(f: Fact) -> bool:
    return f.kind in ("number", "money", "percent") and bool(
        _SCALED.search(f.text) or len(re.sub(r"\D|0", "", f.text)) >= _FRAME_DIGITS
    )


# sums told alike that frame two sentences as one however round each is ("receives 50,000 pounds
# ... each of the five other shortlisted authors gets 2,500 pounds" / "wins £50,000, while the six
# other shortlisted writers receive £2,500 each", ut258)
SUMS_FOR_ONE_FRAME = 2


def one_frame(left: Sequence[Fact], right: Sequence[Fact], left_text: str, right_text: str) -> bool:
    """Do two sentences state one specific figure alike (a sum, a count, a share), or two sums
    however round, and share a few words besides: one sentence reworded around them, whatever
    the share of words in common?"""
    sums = {(a.unit, a.value) for a in left if a.kind == "money"}
    two_sums = len(sums & {(b.unit, b.value) for b in right if b.kind == "money"}) >= SUMS_FOR_ONE_FRAME
    if not two_sums and not figures_told_alike(left, right):
        return False  # (two sums alike are a frame of their own: a word fewer besides)
    return len(stems(left_text) & stems(right_text)) >= FRAME_WORDS_MIN - two_sums


# the words beside a share that make it a change ("up 22%", "12 percent more", "rose 3 percent")
_MOVE = re.compile(
    r"\b(?:up|down|more|less|higher|lower|rose|rise|risen|rising|fell|fall|fallen|falling|increased?|"
    r"decreased?|grew|grown|gained?|dropped?|climbed|declined?|jumped|slipped|cut)\b",
    re.IGNORECASE,
)


# counts told in one order on both sides, all alike but one at one place, this many at least: one
# sentence's figures told twice ("61 are children under the age of 10, and 14 have been admitted" /
# "61, are in children younger than 10, and 19 patients have needed hospital treatment", ut255)
IN_STEP_MIN = 3


def _in_step(left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    la = [f.value for f in left if f.kind in ("number", "money", "percent")]
    ra = [f.value for f in right if f.kind in ("number", "money", "percent")]
    return len(la) == len(ra) >= IN_STEP_MIN and sum(x != y for x, y in zip(la, ra, strict=True)) == 1


# a whole a part is told of ("Of the 62 cars that started, 44 were classified" / "Only 47 of the 62
# starters were classified", ut269)
_OF_WHOLE = re.compile(r"\bof\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


def _parts_of_one_whole(
    left: Sequence[Fact], right: Sequence[Fact], told_a: tuple[str, Fact], told_b: tuple[str, Fact]
) -> bool:
    """Are the lone counts ``a`` and ``b`` parts of one whole both sentences tell after "of" (the
    same count, larger than either), in sentences with two content words in common besides: one
    part told twice?"""
    (left_text, a), (right_text, b) = told_a, told_b
    wholes = [
        {
            f.value
            for f in facts
            if f.kind == "number" and _OF_WHOLE.search(text, max(0, f.start - 12), f.start)
        }
        for facts, text in ((left, left_text), (right, right_text))
    ]
    one = {v for v in wholes[0] & wholes[1] if isinstance(v, float) and v > max(amount(a), amount(b))}
    return bool(one) and len(form_stems(left_text) & form_stems(right_text)) >= 2


def told_as_change(text: str, f: Fact) -> bool:
    """Is a share told as a change (a word of moving within a few characters either side), not
    as the level a thing moved to or stands at ("rose to 4.3 percent", "at 12 percent")?"""
    before = text[max(0, f.start - 12) : f.start]
    if re.search(r"\b(?:to|at|of|from)\s+$", before):
        return False  # ... or the level it moved from ("up from €61 million")
    return bool(_MOVE.search(before) or _MOVE.search(text, f.end, f.end + 12))


def lone_value_diffs(
    left: Sequence[Fact],
    right: Sequence[Fact],
    left_text: str,
    right_text: str,
    found: Sequence[Difference],
    frame: tuple[Sequence[Fact], Sequence[Fact]] | None = None,
) -> list[Difference]:
    """In two twin sentences, per kind, the one value of each side no value of the other
    explains, paired (a kind a difference ``found`` already tells is left to it).  ``frame``:
    all facts of the two sentences when ``left`` and ``right`` leave some out (a range's
    bounds are no lone values, but figures told alike all the same).  A date, time or weekday
    pairs in a sentence split from the other's too (:func:`split_part`)."""
    told = {d.kind for d in found}
    kinds = {f.kind for f in left}.intersection([f.kind for f in right])
    if kinds.isdisjoint(_KINDS):
        return []  # (most sentence pairs: no value of these kinds on both sides)
    frame = frame or (left, right)
    out: list[Difference] = []
    alike: bool | None = None  # (asked only once a pair is found: most sentence pairs have none)
    for kind in _KINDS:
        if kind not in kinds or (kind if kind in _WHEN else QUANTITY_LABELS[kind]) in told:
            continue
        pair = _lone_pair(kind, left, right, left_text, right_text)
        if pair is None:
            continue
        if alike is None:
            alike = (
                twins(left_text, right_text) or one_frame(*frame, left_text, right_text) or _in_step(*frame)
            )
        a, b = pair
        if not (
            alike
            or _value_alone_changed(left_text, a, right_text, b)
            or (kind in _WHEN and split_part(left_text, right_text))
            or (kind == "day" and framed_alike(left_text, a, right_text, b))
            or (kind == "number" and _parts_of_one_whole(*frame, (left_text, a), (right_text, b)))
            or (kind == "date" and _offset_alike(*frame))
        ):
            continue
        if kind in ("date", "day") and a_day_apart(a, b) and zones_apart(*frame):
            continue  # one moment told in two zones ("02:10 UTC on Friday" / "11:10 p.m. on Thursday")
        if kind not in _WHEN and told_as_change(left_text, a) != told_as_change(right_text, b):
            continue  # "up 5 percent" / "an operating margin of 12 percent": a change and a level
            # ("up from €61 million" / "€33 million more than in 2022")
        if kind in _WHEN and not _one_act(*frame, left_text, right_text, (a, b)):
            continue  # told amid other words: a date of another act the sentences both tell
        if kind == "date" and (SAY in a.context) != (SAY in b.context):
            continue  # "counted ... on the night of February 21" / "the count, published on ... March 12"
        if kind in _WHEN:
            out.append(Difference(kind, a.text, b.text, f"{kind}: {a.text} vs {b.text}"))
        else:
            out.append(quantity_difference(a, b, kind))
    return out


# the words of a sentence kept whole around one value changed that make it one sentence told twice,
# however few its content words ("Twenty-eight have abandoned, eight of them after crashes ..." /
# "Thirty-eight have abandoned, ...", ut241)
ONE_VALUE_WORDS_MIN = 8


def _value_alone_changed(left_text: str, a: Fact, right_text: str, b: Fact) -> bool:
    """Are the two sentences the same, letter for letter, but for the values ``a`` and ``b``?"""
    rest_a = (left_text[: a.start] + "\0" + left_text[a.end :]).lower()
    rest_b = (right_text[: b.start] + "\0" + right_text[b.end :]).lower()
    return rest_a == rest_b and len(rest_a.split()) >= ONE_VALUE_WORDS_MIN


def bound_turned(
    left: Sequence[Fact], right: Sequence[Fact], left_text: str, right_text: str
) -> Difference | None:
    """One figure told as a bound below on one side and above on the other, one bound told after
    its figure, in two twin sentences ("prisoners serving sentences of less than five years will
    be released" / "... of five years or more"): the group, or the claim, turned round."""
    for a in left:
        if a.bound not in "<>":
            continue
        same = [b for b in right if b.kind == a.kind and b.value == a.value]
        if len(same) != 1 or {a.bound, same[0].bound} != {"<", ">"}:
            continue
        if sum(f.kind == a.kind and f.value == a.value for f in left) != 1 or not _kept(
            left_text, right_text
        ):
            continue
        sa, sb = _with_bound(a, left_text), _with_bound(same[0], right_text)
        if sa == a.text and sb == same[0].text:
            continue  # both bounds before their figures: the figures' rules read those ("as many as 10")
        return Difference("negation", sa, sb, f"{OPPOSITE_NOTE}: {sa} vs {sb}")
    return None


# a sentence kept but for its bound shares this share of the longer's content stems, and four at
# least ("Prisoners serving sentences of less than five years will be released after serving 40
# percent of their term" / "... of five years or more ...": five of five)
KEPT_SHARE_MIN = 0.8
KEPT_WORDS_MIN = 4


def _kept(left_text: str, right_text: str) -> bool:
    """Twins, or one sentence kept nearly word for word (short: fewer content words than twins need)."""
    a, b = stems(left_text), stems(right_text)
    shared = len(a & b)
    return twins(left_text, right_text) or (
        shared >= KEPT_WORDS_MIN and shared >= KEPT_SHARE_MIN * max(len(a), len(b))
    )


def _with_bound(f: Fact, text: str) -> str:
    """The figure as written with its bound after it ("five years or more"), else as read."""
    m = OR_MORE.match(text.lower(), f.end)
    return text[f.start : m.end()] if m else f.text


def _lone_pair(
    kind: str, left: Sequence[Fact], right: Sequence[Fact], left_text: str, right_text: str
) -> tuple[Fact, Fact] | None:
    """The one value of ``kind`` of each side that no value of the other explains, when the
    two may be one value told twice (one scope and thing for a quantity, a day for a date)."""
    la, ra = [a for a in left if a.kind == kind], [b for b in right if b.kind == kind]
    if kind == "day":  # a weekday, not "today" or "tonight"
        la, ra = [a for a in la if a.value in WEEKDAYS], [b for b in ra if b.value in WEEKDAYS]
    if {a.value for a in la} == {b.value for b in ra}:
        return None  # every value told alike (most pairs of a translation: no comparison needed)
    lo = [a for a in la if not any(_explains(a, b) for b in right)]
    ro = [b for b in ra if not any(_explains(a, b) for a in left)]
    if len(lo) != 1 or len(ro) != 1:
        return None
    a, b = lo[0], ro[0]
    if kind in ("number", "money", "percent", "duration") and not _one_thing(a, b, left_text, right_text):
        return None
    if kind == "number" and counts_apart(left_text, a, right_text, b):
        return None  # "arrested 14" / "charged six": counts of two outcomes
    if kind == "number" and in_scores(left_text + " " + right_text):
        return None  # "three hundred and threescore": a count in scores is read in part only
    if kind == "date" and not (ymd(a)[2] and ymd(b)[2]):
        return None  # a month alone, or of a year: too loose to be one date told twice
    if kind == "time" and not comparable(a, b):
        return None  # a zone against a local clock: its offset is not told
    if (
        kind == "day"
        and not (_at_clock(a, left, right) and _at_clock(b, right, left))
        and not _one_move(left, right)
        and not framed_alike(left_text, a, right_text, b)
        and not _one_quote(left_text, right_text)
    ):
        return None  # weekdays of twins are most often two acts' ("convicted Thursday" / "sentenced Tuesday")
    if kind == "day" and not same_act(Difference("day", a.text, b.text, ""), left_text, right_text):
        return None  # the day one side's source spoke, the other's day of the act ("said on Wednesday" /
        # "after last Thursday's hailstorm", ut114)
    return a, b


# a weekday framed alike on both sides as one moment: the same part of the day before it ("the talks
# nearly collapsed late on Wednesday" / "Negotiations almost broke down late on Tuesday", ut259), or
# the day one named event is set for ("Game 6 is Thursday in Toronto" / "Game 6 is set for Friday",
# ut261).  Two acts' days are framed otherwise ("convicted Ray Dunn on Thursday" / "sentenced Ray
# Dunn on Tuesday": the words around a day alone are no frame)
_PART_OF_DAY = re.compile(r"\b(late|early|overnight|midday)\s+(?:on\s+|hours\s+of\s+)?$", re.IGNORECASE)
# ... or after it ("confirmed on Saturday evening that Kessler would take no further part" / "said
# on Friday evening that Kessler would take no further part", ut269)
_PART_AFTER = re.compile(r"\s+(morning|afternoon|evening|night)\b", re.IGNORECASE)
_SET_FOR = re.compile(
    r"\b([A-Z][\w'’-]*(?:\s+[\w'’-]+)?)\s+(?:is|was|will\s+be)(?:\s+(?:set|scheduled|slated|due|planned))?"
    r"(?:\s+(?:for|on))?\s+$"
)


def framed_alike(left_text: str, a: Fact, right_text: str, b: Fact) -> bool:
    """Are two weekdays framed alike as one moment (above)?"""
    for pattern in (_PART_OF_DAY, _SET_FOR):
        ma = pattern.search(left_text, max(0, a.start - 40), a.start)
        mb = pattern.search(right_text, max(0, b.start - 40), b.start)
        if ma and mb and ma.group(1).lower() == mb.group(1).lower():
            return True
    ma, mb = _PART_AFTER.match(left_text, a.end), _PART_AFTER.match(right_text, b.end)
    return bool(ma and mb and ma.group(1).lower() == mb.group(1).lower())


# a quotation both twins give word for word, this many words at least: the weekday each gives
# is the day of that one statement ("rejected the offer on Friday as \"an insult to every driver
# ...\"" / "on Thursday dismissed the offer as \"an insult to every driver ...\"", ut257)
QUOTE_WORDS_MIN = 5


def _one_quote(left_text: str, right_text: str) -> bool:
    said = {" ".join(q.lower().split()) for q in _quotes(left_text) if len(q.split()) >= QUOTE_WORDS_MIN}
    return any(" ".join(q.lower().split()) in said for q in _quotes(right_text))


def _quotes(text: str) -> list[str]:
    return [m.group("q") for m in QUOTE.finditer(text)]


# figures with their places told alike that make a weekday each side tells the day of the one
# thing they measure ("shares fell 5.7 percent to $31.42 in New York on Thursday" / "the stock
# dropped 5.7% to $31.42 in New York trading on Wednesday": ut148)
FIGURES_FOR_ONE_DAY = 2


def _one_move(left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Do both sentences state alike figures enough, each specific or with its decimals ("5.7
    percent", "$31.42"), to be the one move or count of one day?"""
    told = {(a.kind, a.value) for a in left if _specific(a) or _decimal(a)}
    return (
        len(told & {(b.kind, b.value) for b in right if _specific(b) or _decimal(b)}) >= FIGURES_FOR_ONE_DAY
    )


def _decimal(f: Fact) -> bool:
    return f.kind in ("number", "money", "percent") and re.search(r"\d\.\d", f.text) is not None


# a weekday this many characters at most from a clock time ("at 9 p.m. on Wednesday")
CLOCK_GAP_MAX = 6


def _at_clock(day: Fact, own: Sequence[Fact], other: Sequence[Fact]) -> bool:
    """Is ``day`` written beside a clock time the other side tells alike: the one moment both
    tell ("lifted at 9 p.m. on Wednesday" / "lifted ... at 9 p.m. on Thursday")?"""
    return any(
        t.kind == "time"
        and (0 <= day.start - t.end <= CLOCK_GAP_MAX or 0 <= t.start - day.end <= CLOCK_GAP_MAX)
        and any(u.kind == "time" and one_moment(t, u) for u in other)
        for t in own
    )


# a sentence split from a longer one keeps at least this many of its content stems, every
# one of them the longer one's ("... after which farmers will have a grace period until May 31
# to use up existing stocks" / "Farmers will then have until March 31 to use up their stocks")
SPLIT_WORDS_MIN = 4


def split_part(left_text: str, right_text: str) -> bool:
    """Is one sentence a part of the other, split off: every content stem of the shorter is the
    longer's, and a few of them at least?  Its one date is the longer's one date left over."""
    a, b = stems(left_text), stems(right_text)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= SPLIT_WORDS_MIN and short <= long_


# specific figures both sentences state alike that make the one date each tells the date of
# what those figures measure, whatever words of its act each uses ("will rise from $64.20 to
# $71.52 starting on July 1" / "will pay $71.52 instead of $64.20 from June 1")
FIGURES_FOR_ONE_DATE = 2


def _one_act(
    left: Sequence[Fact], right: Sequence[Fact], left_text: str, right_text: str, pair: tuple[Fact, Fact]
) -> bool:
    """Is a date of each side the date of one act: a word of its act in common, or figures
    enough told alike around it?"""
    a, b = pair
    if not act_words(left_text, a.text).isdisjoint(act_words(right_text, b.text)):
        return True
    return figures_told_alike(left, right) >= FIGURES_FOR_ONE_DATE or _offset_alike(left, right)


def _offset_alike(left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Do both sentences tell one span from one anchor alike ("detected on October 14 ..., nine
    days after the attackers first gained access" / "spotted the intrusion on October 17, nine
    days after the hackers first got in", ut260)?  Then the one date each tells is of one act."""
    told = {f.value for f in left if f.kind == "duration" and "offset" in f.context}
    return any(g.kind == "duration" and "offset" in g.context and g.value in told for g in right)


def _explains(a: Fact, b: Fact) -> bool:
    """May ``b`` tell the value ``a`` tells (a date by a date or a year it fits)?"""
    if a.kind == "date":
        return b.kind in ("date", "year") and dates_compatible(a, b)
    if a.kind == "time":
        return b.kind == "time" and one_moment(a, b)
    if a.kind == "day":
        return b.kind == "day" and a.value == b.value
    return a.kind == b.kind and quantities_compatible(a, b)


def _one_thing(a: Fact, b: Fact, left_text: str, right_text: str) -> bool:
    """Two quantities of one scope, counting one thing."""
    va, vb = abs(float(amount(a))), abs(float(amount(b)))
    if min(va, vb) * MAX_RATIO < max(va, vb) and not (a.unit == b.unit and point_moved(a, b, 1)):
        return (
            False  # (one figure with a zero dropped is one scope: "around 300,000" / "about 30,000", ut156)
        )
    if a.kind != "number" or not a.unit or not b.unit or a.unit == b.unit:
        return a.kind != "money" or a.unit == b.unit
    ua, ub = a.unit[:5].lower(), b.unit[:5].lower()
    if SAME_THING.get(ua, ua) == SAME_THING.get(ub, ub) or {ua, ub} <= _PEOPLE:
        return True
    return ua in stems(right_text) and ub in stems(left_text)
