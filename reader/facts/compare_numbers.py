"""When two quantities conflict: numbers, money, percentages, durations, ages, ordinals.

Quantities compare as *intervals*, not points: "less than four months" is [0, 4 months],
"about 70 million" is +-20 %, "70 million" covers the rounding of "70.3 million".  Two
facts agree when their intervals meet, which makes the decision symmetric and keeps
equivalent or merely vaguer wordings from ever being reported.  A conflict also needs
the *same slot* on both sides: numbers must count the same thing (a shared noun or verb
stem: "killed 12 people" / "killed 15 people"), money the same currency, ordinals the
same noun.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Set
from dataclasses import replace

from reader.facts import measures
from reader.facts.conversions import (
    converts_a_twin,
    one_conversion,
    one_sum_each,
    some_dollar,
    wrong_conversions,
)
from reader.facts.extract_numbers import WHOLE
from reader.facts.hedges import (
    bound_slipped,
    counts_told_above_and_below,
    hedged_alike,
    opposite_claims,
    retold_bound,
    two_bounds,
)
from reader.facts.measures import PER_HOUR, converted, count_and_measure, one_measure, two_dimensions, unit_of
from reader.facts.opposite_pairs import DOWN, UP
from reader.facts.pairing_counts import SAME_THING
from reader.facts.scale_slip import digit_added, digits_transposed, other_scale_word, point_moved, scale_slip
from reader.facts.values import amount, half_unit_apart, told_alike
from reader.model import Difference, Fact, FactKind

# the word a difference of each quantity kind is reported with
QUANTITY_LABELS: dict[FactKind, str] = {
    "number": "number", "money": "amount", "percent": "percentage", "duration": "duration", "age": "age",
    "ordinal": "ordinal"}  # fmt: skip

# a hedged figure of this many digits besides its zeros ("some 4,280": 428) is a count, no estimate: it
# allows this share either way ("some 4,280" / "4,820" conflict, ut48; "about 4,300" / "4,280" agree)
FINE_DIGITS = 3
HEDGE_SLACK = 0.05


def _interval(f: Fact) -> tuple[float, float]:
    """The values a quantity allows, given its qualifier and the precision written."""
    v = float(amount(f))
    if f.bound == "<":
        return 0.0, v
    if f.bound == ">":
        return v, float("inf")
    if f.bound == "~":  # a hedge: a fifth either way of a round figure, less of a fine one
        slack = HEDGE_SLACK if len(re.sub(r"\D", "", f.text).strip("0")) >= FINE_DIGITS else 0.2
        return v * (1 - slack), v * (1 + slack)
    half = f.resolution / 2
    if f.kind == "duration" and not f.resolution:  # (one told in two units: to its smaller unit)
        half = max(half, v * 0.1)  # "four weeks" ~ "a month"; same unit stays exact
    return v - half, v + half


# a whole figure beside one with decimals is its rounding only this close: "40" for "40.4 mpg" (1 %), "36"
# for "35.7 percent" (0.8 %) are one figure, "4 percent" for "4.4" (9 %), a magnitude "7" for "7.4" two
ROUNDED_SHARE_MAX = 0.02


def _rounded_to_units(v: float, other: float, width: float) -> float:
    """The rounding width of a whole figure told against a figure with decimals: a count is
    exact (width 0), but "40 miles per gallon" beside "40.4" is that figure rounded to units,
    so it covers a unit when the two are close (:data:`ROUNDED_SHARE_MAX`); "3" never covers
    "3.5"."""
    close = abs(v - other) <= ROUNDED_SHARE_MAX * max(abs(v), abs(other))
    if width == 0 and v.is_integer() and not other.is_integer() and close:
        return 1.0
    return width


def quantities_compatible(a: Fact, b: Fact) -> bool:
    """Can both wordings be true of one quantity?  Symmetric by construction.  Figures in
    two units of measure are one quantity only converted ("30 miles" / "48 km"): "181 miles"
    / "181 kilometers" are two."""
    if a.kind == b.kind == "percent" and a.unit != b.unit:
        return False  # "40 percent" of the risk / "40 percentage points": a share and a change of one
    if a.kind == b.kind == "money" and a.unit and b.unit and a.unit != b.unit:
        return a.value != b.value  # two currencies: a conversion, unless the figure is the same
    if a.kind == b.kind == "number" and a.unit != b.unit:
        if _unsaid_scale(a, b):
            return True
        one = converted(float(amount(a)), a.unit, float(amount(b)), b.unit)
        if one is not None:
            return one
    if bound_slipped(a, b):
        return False  # "more than 10 weeks" / "longer than 10 months": one bound, its unit or scale changed
    if a.value == b.value:
        return not opposite_claims(a, b)
    la, ha = _interval(a)
    lb, hb = _interval(b)
    if a.bound == b.bound and a.bound in "<>" and (hedged_alike(a, b) or a.kind == "age"):
        # (an age group's floor, "aged 35 and over" / "aged 25 and over", likewise: ut188) one hedge on
        # both sides ("more than 26,000" / "more than 31,000"): each writer chose the figure they hedge,
        # so the figures compare as written; two open ranges always overlap and would hide every conflict
        la, ha = float(amount(a)) - a.resolution / 2, float(amount(a)) + a.resolution / 2
        lb, hb = float(amount(b)) - b.resolution / 2, float(amount(b)) + b.resolution / 2
        if a.kind == "duration" and a.unit != b.unit:
            # "more than a month" / "more than four weeks": units round differently, so each
            # figure allows what it allows when written plainly; "at least two and a half
            # months" / "at least six weeks" still do not meet
            (la, ha), (lb, hb) = _interval(replace(a, bound="=")), _interval(replace(b, bound="="))
        # roundings that only touch are two figures ("more than 5 million" / "more than 4 million")
        return la < hb - 1e-9 and lb < ha - 1e-9
    if a.bound == b.bound == "~":
        # both sides estimate ("around 24 weeks" / "around 16 weeks"): each chose its figure, so
        # they agree only within a tenth of each ("about 20,000" / "roughly 21,000" do); the
        # fifth an estimate allows against an exact figure on each side made any two meet
        va, vb = float(amount(a)), float(amount(b))
        share = ESTIMATES_APART_MAX if _round(va) or _round(vb) else TOLD_ESTIMATES_APART_MAX
        return abs(va - vb) <= share * (abs(va) + abs(vb)) / 2
    if a.bound == "=" and b.bound == "=":
        if a.kind == "duration" and a.unit == b.unit:
            # "13 months" vs "14 months": same unit, exact counts; but a half unit rounded to
            # the whole one either side is rounding ("four and a half months" / "five months")
            return half_unit_apart(float(amount(a)), float(amount(b)), a.text, b.text)
        # rounding: one value lies strictly inside the other's rounding ("70 million" covers
        # 70.3 million, but "5 million" does not cover 6 million)
        va, vb = float(amount(a)), float(amount(b))
        wa, wb = _rounded_to_units(va, vb, ha - la), _rounded_to_units(vb, va, hb - lb)
        return abs(va - vb) < max(wa, wb) / 2 - 1e-9
    return la <= hb + 1e-9 and lb <= ha + 1e-9


def same_slot(a: Fact, b: Fact) -> bool:
    """Do two quantities of one kind measure the same thing?"""
    if a.kind == "money":  # ("33 cents": a sum in no currency told, a hundredth of any)
        return a.unit == b.unit or not (a.unit and b.unit)
    if a.kind == "ordinal":
        return a.unit[:5] == b.unit[:5]
    if " " in a.unit and a.unit == b.unit:
        return True  # "two more presidential debates" / "three more presidential debates"
    if (
        a.unit
        and (thing := SAME_THING.get(a.unit.lower()[:5]))
        and thing == SAME_THING.get(b.unit.lower()[:5])
    ):
        return True  # one thing under two general names: "98,560 adults" / "9,856 men and women"
    if {SAME_THING[w] for w in a.context if w in SAME_THING} & {
        SAME_THING[w] for w in b.context if w in SAME_THING
    }:
        return True  # ... told by the words around it ("60 Korean companies" / "70 Korean firms", ut191)
    if not set(a.context).isdisjoint(b.context) or _verb_and_noun(a, b) or _verb_and_noun(b, a):
        return True
    # one figure kept, its unit changed for another of its measure ("181 miles" / "181 kilometers"):
    # the unit is its noun, the words besides must not say otherwise ("162 yards" / "a 32-yard" run: two)
    ua, ub = unit_of(a.unit), unit_of(b.unit)
    if ua is not None and ua == ub and not any(w.endswith(WHOLE) for w in a.context + b.context):
        return True  # one unit written two ways ("km/h" / "kilometres an hour"), as one word would be
    if digits_transposed(a, b):  # (asked last of the tests that say yes: it reads both figures)
        return True  # "cut 540 jobs" / "lay off 450 employees": one figure miscopied, whatever its noun
    if a.value != b.value or ua is None or ub is None or ua[0] != ub[0] or ua[1] == ub[1]:
        return False
    rest_a = [w for w in a.context if not a.unit.lower().startswith(w)]
    rest_b = [w for w in b.context if not b.unit.lower().startswith(w)]
    # (one verb cut to two stems says nothing else: "stop" / "stopp" of "stopped")
    return (
        not rest_a
        or not rest_b
        or any(x[:4] == y[:4] for x in rest_a for y in rest_b if min(len(x), len(y)) >= 4)
    )


def _verb_and_noun(a: Fact, b: Fact) -> bool:
    """Is the verb ``a`` is told with a word of ``b``'s ("214 structures had been destroyed" /
    "241 destroyed")?"""
    return bool(a.claim) and a.claim in b.context


# two estimates of one quantity agree up to this share of their mean apart: "about 20,000" /
# "roughly 21,000" (5 %) do, "around 24 weeks" / "around 16 weeks" (40 %) do not
ESTIMATES_APART_MAX = 0.2
# ... or this share when neither is a round figure (one digit and zeros): each writer told
# theirs to a finer step, "roughly 7,100" / "roughly 8,500" strikers (18 %) are two counts (ut46)
TOLD_ESTIMATES_APART_MAX = 0.1


def _round(v: float) -> bool:
    """Is a figure one digit and zeros (20,000; 100; 3)?"""
    if v <= 0 or v != int(v):
        return False
    n = int(v)
    while n % 10 == 0:
        n //= 10
    return n < 10


# two ages of one person told two ways differ by a birthday or a slip (31 / 32, 54 / 55); farther apart
# two people of one name (a deputy of 35, his son of 17) or accounts years apart (the corpus: 7-43 years)
AGE_GAP_MAX = 5.0
# figures this many times apart are two scopes (a plan's total and one offer, a game's points and a
# season's), not one figure misreported; money and percentages are paired by little: a tight bound
MAX_RATIO = 3.0
# counts of one noun ("three votes short" / "60 votes needed"): only ten times apart are two scopes
COUNT_MAX_RATIO = 10.0


def is_magnitude(f: Fact) -> bool:
    """A count told by its order of magnitude ("hundreds of", :mod:`reader.facts.extract_magnitudes`):
    its rounding spans more than its middle value, which no written figure's does."""
    return f.kind == "number" and f.resolution > abs(float(amount(f)))


# the verbs of a move, as a figure's context holds them (five letters at most: "dropp")
_MOVES = frozenset(w[:5] for forms in (*UP, *DOWN) for w in forms)


def _basis(f: Fact) -> bool:
    """A change told in basis points (read as hundredths of a percentage point)."""
    return f.unit == "points" and "basis" in f.text.lower()


def _one_scale(a: Fact, b: Fact) -> bool:
    """Of one scope, or so closely of one slot (the same noun counted after the same verb:
    "killed 4 people" / "killed 40 people") that any two values are one figure; an order of
    magnitude ("dozens of" / "thousands of") is what two such counts tell, however far apart."""
    if a.kind == "number" and len(a.context) >= 2 and a.context == b.context:
        return True
    if is_magnitude(a) and is_magnitude(b):
        return True
    if (is_magnitude(a) or is_magnitude(b)) and ((a.claim and a.claim == b.claim) or a.context == b.context):
        return True  # of one act: not "killing hundreds of people" / "a town of about 15,000 people"
    if scale_slip(a, b) or digit_added(a, b):  # "$5 million" / "$5 billion", "$4.31" / "$14.31"
        return True
    # "0.5 percentage points" / "5 basis points": one change converted wrong; "rose 0.3 percent"
    # / "rose 3 percent": one move after one verb, its point moved
    one_move = _basis(a) != _basis(b) or (a.context == b.context and not _MOVES.isdisjoint(a.context))
    if a.kind == "percent" and one_move and point_moved(a, b, digits_min=1):
        return True
    va, vb = abs(float(amount(a))), abs(float(amount(b)))
    if va != vb and one_measure(a.unit, b.unit) and (ua := unit_of(a.unit)) and (ub := unit_of(b.unit)):
        va, vb = va * ua[1], vb * ub[1]  # "3,200-metre" / "2.3-km" of one scale (one figure: a unit slipped)
    # (two sizes in one unit are paired by little more than the unit: "128GB" of one model,
    # "500GB" of another; a count of one noun, or a unit for another, by more)
    measured = a.unit == b.unit and unit_of(a.unit) is not None
    ratio = COUNT_MAX_RATIO if a.kind == "number" and not measured else MAX_RATIO
    return min(va, vb) * ratio >= max(va, vb)


# two counts of one noun that are two counts all the same (reader.facts.outcomes.counts_apart:
# "killed two people" / "wounded three people"): never compared, and neither explains the other
Apart = Callable[[Fact, Fact], bool]


def _never(a: Fact, b: Fact) -> bool:
    return False


def quantity_diffs(
    left: list[Fact], right: list[Fact], kinds: Set[str], apart: Apart = _never, framed: Apart = _never
) -> list[Difference]:
    """Per kind, the quantities no value of the other side explains, paired in order when they
    measure one slot (durations and ages always do; a single percentage, or the one figure of a
    measure each side leaves; a single figure ``framed`` as one: "rose by 92,000 to 1.61
    million" / "to 16.1 million") and are not two counts ``apart``."""
    out: list[Difference] = []
    for kind in ("duration", "number", "money", "percent", "age", "ordinal"):
        if kind not in kinds:
            continue
        ln = [f for f in left if f.kind == kind]
        rn = [f for f in right if f.kind == kind]
        if not ln or not rn:
            continue
        if kind == "money":  # one sum converted two ways, whatever else explains either
            wrong = wrong_conversions(ln, rn)
            out += [quantity_difference(a, b, kind) for a, b in wrong]
            ln, rn = (
                [a for a in ln if all(a is not x for x, _ in wrong)],
                [b for b in rn if all(b is not y for _, y in wrong)],
            )
        if kind == "ordinal":
            lo = [a for a in ln if not any(a.value == b.value and same_slot(a, b) for b in rn)]
            ro = [b for b in rn if not any(a.value == b.value and same_slot(a, b) for a in ln)]
        else:
            ex = _explained(ln, rn, apart)
            lo = [a for a in ln if all(a is not x for x, _ in ex)]
            ro = [b for b in rn if all(b is not y for _, y in ex)]
            lo, ro = _without_twins(
                [a for a in ln if a in lo or _told_for_its_own(a, rn, ln, ro, apart)],
                [b for b in rn if b in ro or _told_for_its_own(b, ln, rn, lo, apart)],
            )
        # every pair of one slot, the closest values first (a figure and its own retelling:
        # "returned 12 weeks ago" / "moved back six weeks ago", not "four years ago" / "six
        # weeks ago" because it came first), each figure in one difference at most
        sums = (left, right) if kind == "money" else None
        single = len(lo) == len(ro) == 1 or (sums is not None and one_sum_each(lo, ro, left, right))
        found = sorted(
            (-1.0 if by is True else -0.5 if other_scale_word(a, b) else _apart(a, b), i, j)
            for i, a in enumerate(lo)
            for j, b in enumerate(ro)
            if (by := one_conversion(a, b, sums)) is not False
            and (
                by
                or _pairs(a, b, kind, single or measures.lone_of_measure(a, b, lo, ro), apart)
                or (single and framed(a, b) and not apart(a, b))
            )
        )
        chosen: dict[int, int] = {}
        for _, i, j in found:
            if i not in chosen and j not in chosen.values():
                chosen[i] = j
        out += [quantity_difference(lo[i], ro[chosen[i]], kind) for i in sorted(chosen)]  # in reading order
    return out


def _without_twins(lo: list[Fact], ro: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """The figures left on each side but those told alike on both, one to one: a figure and its twin
    are one figure, even of two holders, and pair with no other ("drove 9 hours and 20 minutes ...
    Grant 8 hours" / "spent 9 hours and 20 minutes ..., Grant 9 hours": 8 against 9, ut269)."""
    left, right = list(lo), list(ro)
    for a in lo:
        twin = next((b for b in right if told_alike(a, b)), None)
        if twin is not None:
            left.remove(a)
            right.remove(twin)
    return left, right


def _explained(ln: list[Fact], rn: list[Fact], apart: Apart) -> list[tuple[Fact, Fact]]:
    """The pairs of figures of one kind where one explains the other; not a bound by another
    figure when it has a partner that is its own figure with another scale word ("more than 1.3
    billion pounds" / "more than £1.3 million", which "£495 million" would satisfy: ut149)."""
    slips = [
        (a, b)
        for a in ln
        for b in rn
        if (bound_slipped(a, b) or _turned_round(a, b))
        and ((a.value == b.value and a.bound != b.bound) or not (_told(a, rn) or _told(b, ln)))
    ]
    return [
        (a, b)
        for a in ln
        for b in rn
        if _explains(a, b, apart)
        and not converts_a_twin(a, b, ln, rn)
        and not retold_bound(a, b, rn, ln)
        and not any((a is x) != (b is y) for x, y in slips)
    ]


def _turned_round(a: Fact, b: Fact) -> bool:
    """One figure of one slot told as above it and below it ("More than 40% of patients" /
    "Fewer than 40% of patients"), or two bounds of one slot that exclude each other ("More
    than 60 Korean companies" / "More than 70 Korean firms", ut191): the pair is the conflict,
    whatever other figure of the other side would explain either bound ("at least a fifth of
    their weight", ut178; "employing about 4,500 people")."""
    return (
        a.bound in "<>"
        and b.bound in "<>"
        and (a.value == b.value or a.bound == b.bound)
        and (
            same_slot(a, b)
            or counts_told_above_and_below(a, b)  # ("More than 20.4 million of the 46.6 million", ut205)
            or (a.kind == b.kind == "duration" and a.context == b.context)
        )
        and not quantities_compatible(a, b)
    )


def _told(f: Fact, others: list[Fact]) -> bool:  # the same value stated by the other side
    return any(g.value == f.value and g.unit == f.unit for g in others)


def _told_for_its_own(a: Fact, others: list[Fact], mine: list[Fact], free: list[Fact], apart: Apart) -> bool:
    """Is every figure of the other side that would explain ``a`` the retelling of another
    figure of ``a``'s side, of its own noun, while the other side counts ``a``'s noun with a
    figure nothing explains?  "four rack switches, four terminal servers" / "four rack
    switches, three terminal servers": the second four is not told by the rack switches'.  A
    figure with no noun is of its words' slot: "at least 14 people were killed and 74 wounded"
    / "killed at least 14 people and wounded 47".  A measure's noun is any unit of it: "a depth
    of 38 miles, 65 km southwest" / "38 kilometres, about 65 kilometres" (38 miles ~ 65 km)."""
    if not any(
        (not a.unit or c.unit == a.unit or one_measure(c.unit, a.unit)) and same_slot(a, c) for c in free
    ):
        return False
    by = [b for b in others if _explains(a, b, apart)]
    return all(
        (not _one_unit(b.unit, a.unit) if a.unit else not same_slot(a, b))
        and any(
            x is not a and _one_unit(x.unit, b.unit) and same_slot(x, b) and _explains(x, b, apart)
            for x in mine
        )
        for b in by
    )


def _one_unit(a: str, b: str) -> bool:  # "km" / "kilometres"
    return a == b or (unit_of(a) is not None and unit_of(a) == unit_of(b))


def _pairs(a: Fact, b: Fact, kind: str, single: bool, apart: Apart) -> bool:
    """Do two quantities no value of the other side explains measure one slot (the rules of
    :func:`quantity_diffs`; ``single``: each side has only this one of its kind)?"""
    if kind == "duration":
        slot = a.context == b.context  # a stretch, a time since, a penalty
    elif kind == "age":
        slot = True  # whose age: reader.facts.age_owners.same_bearer
    elif kind == "percent" and single:
        # (a level and a change in points are two things, but for one figure whose unit slipped:
        # "up from 15 percent" / "rose by 7 percentage points"; "6.8 points" / "6.8 percent", "3 bp")
        slot = a.unit == b.unit or a.value == b.value or _basis(a) != _basis(b)
    elif kind == "money" and a.unit and b.unit and a.unit != b.unit:  # ("crowns" alone: any crown)
        # two currencies: never a conversion to check (rates move), but the one sum of each
        # side with the same figure is one sum whose currency slipped ("£50m" / "€50m")
        slot = single and a.value == b.value and not some_dollar(a, b)
    else:
        # (in units of two measures only one figure, told of one act: its unit slipped, "spilling
        # an estimated 420 tonnes of fuel oil" / "420 barrels": ut136, ut137)
        one = same_slot(a, b) or _turned_round(a, b)  # (a count turned round: one slot)
        slot = one and (not two_dimensions(a.unit, b.unit) or a.value == b.value)
        # the one figure of a measure left on each side ("about 41 degrees Fahrenheit" / "about 10C"), or
        # one figure at two scales ("1.4 million" / "1.4 billion by 2040", ut248): one slot, whatever words
        slot = slot or (single and (one_measure(a.unit, b.unit) or other_scale_word(a, b)))
    if not slot or apart(a, b):
        return False
    if kind == "duration" and two_bounds(a, b) and not _turned_round(a, b):
        return False  # two bounds rarely speak of one stretch of time (but for one told both ways)
    return kind not in ("number", "money", "percent") or _one_scale(a, b)


def _apart(a: Fact, b: Fact) -> float:
    """How far two values are, as the log of their ratio (0 when equal, or when one is no number:
    then the reading order decides)."""
    try:
        va, vb = abs(float(amount(a))), abs(float(amount(b)))
    except (TypeError, ValueError):
        return 0.0
    return abs(math.log((va + 1e-9) / (vb + 1e-9)))


def quantity_difference(a: Fact, b: Fact, kind: str) -> Difference:
    what = QUANTITY_LABELS[a.kind]
    ua, ub = (unit_of(a.unit), unit_of(b.unit)) if kind == "number" else (None, None)
    if not ua or not ub:
        counted = a.unit if kind == "number" and a.unit and not a.text.lower().endswith(a.unit) else ""
        return Difference(
            what, a.text, b.text, f"{what}: {a.text} vs {b.text}" + (f" ({counted})" if counted else "")
        )
    # a measure: each figure with its unit, under the measure's name when both measure one thing
    label = measures.MEASURE_LABELS.get(ua[0], ua[0]) if ua[0] == ub[0] else what
    note = f"{label}: {_with_unit(a)} vs {_with_unit(b)}"
    if ua != ub:  # two units ("18,500 acres" / "18,500 hectares"): each span with its unit
        return Difference(what, _with_unit(a, as_written=True), _with_unit(b, as_written=True), note)
    return Difference(what, a.text, b.text, note)


def _with_unit(f: Fact, as_written: bool = False) -> str:
    """A measure's figure with its unit after it ("18,500 acres"), or as written on it ("90km",
    "the 100m": its letter); ``as_written``: not a unit the extractor names in its own words ("70
    miles an hour" is read "miles per hour")."""
    lettered = f.text[-2:-1].isdigit() and f.unit[:1].lower() == f.text[-1:].lower()
    if lettered or f.text.lower().endswith(f.unit.lower()) or (as_written and f.unit.endswith(PER_HOUR)):
        return f.text
    if as_written and " (" in f.unit:  # a scale the article names elsewhere: "68 degrees"
        return f"{f.text} {f.unit.split(' (')[0]}"
    return f"{f.text} {f.unit}"


def _explains(a: Fact, b: Fact, apart: Apart) -> bool:
    """May ``a`` and ``b`` be one quantity told two ways?  An order of magnitude ("millions
    more") is one only of a figure of its own noun: it spans so much that it would explain any
    other count of the sentence ("About 28 million people" / "Fewer than 20 million people",
    each beside "millions more")."""
    if (is_magnitude(a) or is_magnitude(b)) and a.unit != b.unit:
        return False
    if a.unit != b.unit and count_and_measure(a.unit, b.unit):
        return _unsaid_scale(a, b)  # else a measure and a count of things ("up to 140 km/h" / "three people")
    if measures.bound_of_no_measure(a, b):
        return False  # "up to 14,000" ships / "16 feet": a ceiling of no unit covers any smaller depth
    # ("10 inches" / "25 centimeters": one measure converted, :func:`quantities_compatible`)
    return quantities_compatible(a, b) and not apart(a, b)


def _unsaid_scale(a: Fact, b: Fact) -> bool:
    """Is one figure a temperature ("20C") and the other in degrees of no scale said ("68
    degrees"): nothing to compare?"""
    if not {a.unit, b.unit} & {"degree", "degrees"}:
        return False
    return any((u := unit_of(x)) is not None and u[0] == "temperature" for x in (a.unit, b.unit))
