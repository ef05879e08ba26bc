"""The decision for one link: which facts conflict, and which are one side's details.

:func:`differences` asks each kind's comparison (``compare_numbers``, ``compare_temporal``,
``compare_names``, ``compare_quotes``) only when both sides hold facts of that kind;
:func:`unique_details` lists what only one side states.  A fact one side lacks is a detail,
never a conflict; a value the other side contradicts, or a name it spells another way, is
never a detail.  Nor is a name capitalised only where any word is (``capitals``: "Hundreds"
opening a sentence, a Title Case headline), nor a count of nothing ("under 40 to").
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import replace

from reader.facts.act_turned import act_turned
from reader.facts.age_owners import same_bearer
from reader.facts.aligned_changes import aligned_changes
from reader.facts.based_in import base_diffs
from reader.facts.bounds_turned import bounds_turned
from reader.facts.capitals import title_cased
from reader.facts.chosen_figures import choice_swapped
from reader.facts.compare_names import name_diffs, name_variant_text, names_may_differ
from reader.facts.compare_numbers import (
    QUANTITY_LABELS,
    Apart,
    quantities_compatible,
    quantity_diffs,
    same_slot,
)
from reader.facts.compare_quotes import wording_diffs
from reader.facts.compare_tallies import tally_diffs
from reader.facts.compare_temporal import (
    WEEKDAY_OF,
    dates_compatible,
    day_part_diffs,
    next_day_told,
    one_moment,
    temporal_diffs,
)
from reader.facts.countries import country_of, country_slots
from reader.facts.duty_swap import traded_duties
from reader.facts.figure_frames import complements, framed, gap, in_range, list_reordered, signed
from reader.facts.figure_swaps import SWAPPED, swapped
from reader.facts.given_names import given_name_diffs
from reader.facts.labelled_numbers import labelled_number_diffs
from reader.facts.levels import levels_swapped
from reader.facts.match_minutes import minute_diffs, two_scores
from reader.facts.measures import of_two_stuffs
from reader.facts.move_ends import change_unit_diffs, move_diffs, points_told_as_percent, superseded
from reader.facts.multipliers import multiplier_diffs
from reader.facts.name_lists import list_name_diffs
from reader.facts.name_swap import swapped_names
from reader.facts.namewords import content_tokens, name_tokens, same_name_text
from reader.facts.negation import negation_diffs
from reader.facts.nobody_told import nobody_and_some
from reader.facts.one_act import OF_AN_ACT, same_act
from reader.facts.opposites import OPPOSITE_NOTE
from reader.facts.ordinal_places import both_told
from reader.facts.outcomes import counts_apart
from reader.facts.pairing_items import a_limit, stamped
from reader.facts.pairing_party import party_and_state, party_told
from reader.facts.part_sums import part_sum_diffs
from reader.facts.periods import period_diffs
from reader.facts.place_put import place_put
from reader.facts.qualifiers import qualifier_diffs
from reader.facts.quote_speakers import speaker_diffs
from reader.facts.ranges import range_diffs
from reader.facts.reversed_direction import reversed_moves
from reader.facts.role_swap import swapped_agents, swapped_around_act, swapped_roles
from reader.facts.scale_slip import other_scale_word, slip_apart
from reader.facts.span_ends import span_end_diffs
from reader.facts.spoken_places import spoken_place_diffs
from reader.facts.surnames import surname_diffs
from reader.facts.title_swap import title_diffs
from reader.facts.twin_values import bound_turned, in_scores, lone_value_diffs, twins
from reader.facts.unit_slips import unit_slip_diffs
from reader.facts.words_put import words_put_for_others
from reader.lang import TITLES, WEEKDAYS
from reader.model import Difference, Fact, FactKind
from reader.textnorm import CaseBlind


def differences(
    left: list[Fact], right: list[Fact], left_text: str = "", right_text: str = ""
) -> list[Difference]:
    """Discrepancies between the facts of two linked sentences (or groups of them).

    Each names its kind, the smallest conflicting spans as written and a one-line note;
    swapping the sides swaps the spans.  Equivalent wordings never appear here, and a
    fact one side lacks is a unique detail (:func:`unique_details`), not a difference.
    """
    out: list[Difference] = negation_diffs(left_text, right_text) if left_text and right_text else []
    if left_text and right_text and not out:  # a move told the other way round, no one hurt / two hurt
        out += reversed_moves(left_text, right_text) or nobody_and_some(left_text, right_text)
    frame = (left, right)  # every fact of the two sentences, before bounds and stamps are set aside
    if left_text and right_text:  # (then a stamp's time, a range's bounds: no value of one thing)
        out += words_put_for_others((left, right), left_text, right_text, negated=bool(out))
        out += period_diffs(left, right, left_text, right_text) + base_diffs(left_text, right_text)
        left = [f for f in left if not stamped(left_text, f) and not in_range(left_text, f)]
        right = [f for f in right if not stamped(right_text, f) and not in_range(right_text, f)]
        out += minute_diffs(left, right, left_text, right_text)  # "67th minute" / "after 76 minutes"
    # each check pairs facts of one kind on both sides: the kinds say which checks can find anything
    kinds = {f.kind for f in left}.intersection([f.kind for f in right])
    if {"date", "year"} & {f.kind for f in left} and {"date", "year"} & {f.kind for f in right}:
        kinds.add("date")  # a full date against a bare year: the years compare (temporal_diffs)
    if not kinds:  # (a range's bounds, set aside above, may be all the figures there are)
        return out + _bounds_only(frame, left_text, right_text, out) if left_text and right_text else out
    counted = "number" in kinds or "money" in kinds  # only then is a scope asked for
    if counted and left_text and right_text and _total(left_text) != _total(right_text):
        # a running total ("so far", "in all") against one occasion's figures: two scopes (but a scale slip)
        out += _scale_beside_total(left, right, kinds, left_text, right_text)
        kinds -= {"number", "money"}
    if not kinds.isdisjoint(QUANTITY_LABELS):
        out += quantity_diffs(left, right, kinds, *_apart(left_text, right_text))
        out += bounds_turned(left, right, left_text, right_text, out)  # "more than 700" / "fewer than"
    if not kinds.isdisjoint(("date", "year", "time", "day")):
        out += temporal_diffs(left, right) + span_end_diffs(left, right, left_text, right_text, out)
        if "day" in kinds and left_text and right_text:
            out += day_part_diffs(left, right, left_text, right_text)
    if "name" in kinds and names_may_differ(left, right):
        out += name_diffs(left, right)
    out += tally_diffs(left, right, left_text, right_text) if "tally" in kinds else []
    out += _quote_diffs(left, right, left_text, right_text) if "quote" in kinds else []
    if "name" in kinds and left_text and right_text:
        out += qualifier_diffs(left, right, left_text, right_text)
        out += _swaps(left, right, left_text, right_text, out)  # not one a qualifier tells
        if not any(d.kind == "name" for d in out) and not any(map(title_cased, (left_text, right_text))):
            out += country_slots(left, right, left_text, right_text)  # a headline's capitals name nothing
    if left_text and right_text:
        out = [d for d in out if _one_thing(d, left_text, right_text) and not two_scores(d, left, right)]
        out += _told_twice(left, right, left_text, right_text, out, frame)
        out += labelled_number_diffs(left_text, right_text, out) + range_diffs(left_text, right_text)
        out = _with_moves(left, right, left_text, right_text, out)  # "from 41 to 29" / "from 41 to 26"
        out += (
            swapped(left, right, left_text, right_text)
            or levels_swapped(left, right, left_text, right_text)
            or choice_swapped(left, right, left_text, right_text)
        )
        out = [d for d in out if not list_reordered(d.left, d.right, left_text, right_text)]
    return _kept(out, (left, right), left_text, right_text)


def _quote_diffs(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """One quotation told two ways: given to two speakers, said in two places, worded two ways."""
    return (
        speaker_diffs(left, right, left_text, right_text)
        + spoken_place_diffs(left, right, left_text, right_text)
        + wording_diffs(left, right, left_text, right_text)
    )


def _with_moves(
    left: list[Fact], right: list[Fact], left_text: str, right_text: str, found: list[Difference]
) -> list[Difference]:
    """``found`` with the parts of one whole told apart (:func:`reader.facts.part_sums.part_sum_diffs`:
    "and 18 on the seabed" / "16 sit"), a multiple told two ways (:mod:`reader.facts.multipliers`),
    the differences of the moves the sentences tell, a move's own difference put for one of figures
    it tells better (:func:`reader.facts.move_ends.superseded`), and the values and opposites a close
    rewording puts in each other's place (:mod:`reader.facts.aligned_changes`: "in 2006" / "in 2007")."""
    found = found + part_sum_diffs(left, right, left_text, right_text, found)
    found = found + unit_slip_diffs(left, right, found)  # "4.2 percent" / "4.2 cents"
    found = found + multiplier_diffs(left_text, right_text, found)  # "twice as much" / "three times"
    moved = move_diffs(left, right, left_text, right_text, found)
    found = superseded(found, moved, (left_text, right_text)) + moved
    return found + aligned_changes(left, right, left_text, right_text, found)


def _bounds_only(
    facts: tuple[list[Fact], list[Fact]], left_text: str, right_text: str, found: list[Difference]
) -> list[Difference]:
    """Two sentences whose figures are a range's bounds (two ranges, a move's ends, its change:
    "to 24.5% from 21.0%" / "widened 3.5% to 24.5%"), a multiple ("once a year" / "twice a year",
    :mod:`reader.facts.multipliers`), or one figure of two kinds ("12%" / "$12", unit_slips); or
    that share no kind of value, a word put for its opposite in a close rewording ("few" / "many")."""
    told = range_diffs(left_text, right_text) + points_told_as_percent(left_text, right_text, found)
    told += multiplier_diffs(left_text, right_text, found) + unit_slip_diffs(*facts, found)
    told += change_unit_diffs(left_text, right_text, [*found, *told])
    return told + aligned_changes(*facts, left_text, right_text, [*found, *told])


def _told_twice(
    left: list[Fact],
    right: list[Fact],
    left_text: str,
    right_text: str,
    found: list[Difference],
    frame: tuple[list[Fact], list[Fact]],
) -> list[Difference]:
    """In one sentence told twice, the one value of a kind each side tells another way, and a
    bound turned round ("of less than five years" / "of five years or more") unless a negation
    found already tells the claim turned."""
    out = lone_value_diffs(left, right, left_text, right_text, found, frame)
    if any(d.kind == "negation" for d in found):
        return out
    turned = bound_turned(left, right, left_text, right_text)
    return [*out, turned] if turned else out


def _kept(
    found: list[Difference], facts: tuple[list[Fact], list[Fact]], left_text: str, right_text: str
) -> list[Difference]:
    """The differences found, once each, but for a range's bound beside its figure, a day the
    other side tells from its own date, a quote told elsewhere."""
    out = [
        d
        for d in found
        if not _bound_of_a_figure(d, found) and not next_day_told(d, *facts, left_text, right_text)
    ]
    uniq: dict[tuple[str, str, str], Difference] = {}
    for d in _without_told_quotes(out):
        uniq.setdefault((d.kind, d.left, d.right), d)
    return list(uniq.values())


def _one_thing(d: Difference, left_text: str, right_text: str) -> bool:
    """Do the two values of ``d`` tell one thing in the two sentences: a day or a duration of one
    act, an age of one person, two moments (not one a limit), one place in a series, one sum?"""
    if d.kind in OF_AN_ACT and not d.note.startswith(WEEKDAY_OF) and not same_act(d, left_text, right_text):
        # (a duration of one sentence told twice is of its one act, whatever verb each side gives
        # it: "which carry sentences of up to 10 years" / "punishable by up to 10 months", ut260)
        return (
            d.kind == "duration"
            and twins(left_text, right_text)
            and not in_scores(left_text + right_text)
            and not _changed_by(d.left, left_text)
            and not _changed_by(d.right, right_text)
        )
    if d.kind == "age" and not same_bearer(d, left_text, right_text):
        return False
    if d.kind == "time" and a_limit(left_text, d.left) != a_limit(right_text, d.right):
        return False  # "issued the order at 7:15 p.m." / "to stay open until 9 p.m.": a moment and a limit
    if d.kind == "ordinal" and both_told(d, left_text, right_text):
        return False
    if d.kind == "percentage" and complements(d, left_text + " " + right_text):
        return False
    if d.kind == "number" and of_two_stuffs(d.left, left_text, d.right, right_text):
        return False
    return d.kind not in _SCALED_KINDS or not slip_apart(d.left, d.right, left_text, right_text)


def _changed_by(span: str, text: str) -> bool:
    """Is a span written as a change "by" it, its figure bare ("lengthens the service by five years,
    to 35"; not "punishable by up to 10 months": a bound)?"""
    return f"by {span}" in text and not span.lower().startswith(("up to", "more than", "at least"))


_BOUNDED = frozenset(("number", "amount", "percentage"))  # the kinds of a figure's difference


def _bound_of_a_figure(d: Difference, found: list[Difference]) -> bool:
    """Is ``d`` an opposite word that a figure's difference holds already ("more" / "fewer" in
    "more than 30" / "fewer than 30"), or the move of a figure swapped between two things ("North
    America rose 11.2 percent, while China fell 9.8 percent" / "... climbed 9.8%, while China
    slid 11.2%": 11.2 goes up on one side and down on the other because it changed places):
    one conflict, told once, by the figures?"""
    return d.note.startswith(OPPOSITE_NOTE) and any(
        e.note.startswith(SWAPPED)
        or (
            e.kind in _BOUNDED
            and d.left.lower() in e.left.lower().split()
            and d.right.lower() in e.right.lower().split()
        )
        for e in found
    )


def _swaps(
    left: list[Fact], right: list[Fact], left_text: str, right_text: str, found: list[Difference]
) -> list[Difference]:
    """One name put in another's place (:mod:`reader.facts.name_swap`), unless a difference
    ``found`` tells it (two speakers of one quote), one title before one person's name
    (:mod:`reader.facts.title_swap`), two names in each other's places (:mod:`reader.facts.role_swap`),
    tasks (:mod:`reader.facts.duty_swap`) or an act's doer and receiver turned round
    (:mod:`reader.facts.act_turned`); a headline in Title Case capitalises every word."""
    swapped = swapped_names(left, right, left_text, right_text)  # its cheap sieve first
    swapped += title_diffs(left, right, left_text, right_text)
    swapped += given_name_diffs(left, right, (left_text, right_text))  # untitled, in a rewrite
    swapped += surname_diffs(left, right, (left_text, right_text))  # two letters apart
    pair = (left, right, left_text, right_text)
    swapped = swapped or swapped_roles(*pair) or swapped_agents(*pair)  # "owned by A, run by B"
    swapped = swapped or swapped_around_act(*pair) or traded_duties(*pair)  # "A will play at B"; tasks
    swapped = swapped or list_name_diffs(*pair) or act_turned(*pair)  # "Leeds, Bristol ..."; "A sued B"
    swapped = swapped or place_put(*pair)  # "headed to Michigan" / "traveling to Wisconsin"
    if not swapped or title_cased(left_text) or title_cased(right_text):
        return []
    # told already: the same values, or within them ("Missouri" in "Springfield, Missouri")
    return [d for d in swapped if not any(d.left in f.left and d.right in f.right for f in found)]


def _without_told_quotes(found: list[Difference]) -> list[Difference]:
    """A quotation's words changed that another difference already tells (a negation, "will
    not resign" / "will resign"; a number, "two hundred troops" / "300 troops") is shown once,
    as that difference: the rewording tells nothing more."""
    told = [set(_TOLD_WORD.findall((d.left + " " + d.right).lower())) for d in found if d.kind != "quote"]
    if not told:
        return found
    # the words the quotation changed, not the words around them it shows ("cut $716 billion
    # from" / "cut $716 million from": "billion", "million", which the amount tells)
    return [d for d in found if d.kind != "quote" or not any(_changed(d) <= t for t in told)]


def _changed(d: Difference) -> set[str]:
    left, right = set(_TOLD_WORD.findall(d.left.lower())), set(_TOLD_WORD.findall(d.right.lower()))
    return (left ^ right) or left


_TOLD_WORD = re.compile(r"[\w$€£.,'’-]*\w")  # a word or a figure, no sign after it ("48%": "48")


def _apart(left_text: str, right_text: str) -> tuple[Apart, Apart]:
    """Two counts told with two outcomes ("killed two" / "wounded three"), or a gap to another
    figure and a level ("14 seats short of a majority" / "up from 34 seats"), but for a change
    told with its sign ("5 points lower than a week earlier" / "down 5 percent"): two counts
    (:func:`reader.facts.outcomes.counts_apart`, :func:`reader.facts.figure_frames.gap`); and two
    bare figures in the same words, one (:func:`reader.facts.figure_frames.framed`).  Without the
    sentences, none are either."""
    if not left_text or not right_text:
        return (lambda a, b: False), (lambda a, b: False)

    def two(a: Fact, b: Fact) -> bool:
        if counts_apart(left_text, a, right_text, b):
            return True
        return gap(left_text, a) != gap(right_text, b) and not (signed(left_text, a) or signed(right_text, b))

    return two, framed(left_text, right_text)


def _scale_beside_total(
    left: list[Fact], right: list[Fact], kinds: set[FactKind], left_text: str, right_text: str
) -> list[Difference]:
    """Beside one side's running total, the one figure the other side writes with another scale
    word ("In total insurers paid £3.1 million" / "3.1 billion pounds": ut135), and a count turned
    round: no other scope."""
    # (and one figure told above and below it is one count whatever its scope: "have identified more
    # than 1,100 people" / "have so far identified fewer than 1,100", ut211)
    turned = bounds_turned(left, right, left_text, right_text, [])
    slipped = [f for f in left if any(other_scale_word(f, g) for g in right)]
    if not slipped:
        return turned
    return turned + quantity_diffs(
        slipped, right, kinds & {"number", "money"}, *_apart(left_text, right_text)
    )


_SCALED_KINDS = frozenset({"amount", "number"})  # the kinds a scale word is written in


# words that make the figures of a sentence a total over several occasions
_TOTAL = CaseBlind(
    r"\b(?:so far|to date|in total|altogether|all told|in all|cumulative(?:ly)?|since the (?:start|beginning)"
    r"|since \w+ (?:began|started|begun))\b"
)  # ("since the start of June" / "since June began": one running total)


def _total(text: str) -> bool:
    return _TOTAL.found(text)


# a name that may be a party and a state: a tag's hyphen, or a party's word
_PARTY_WORDS = ("Republican", "Democrat", "Independent")


def _told_by(f: Fact, other: list[Fact], other_names: list[str], conflicting: set[str]) -> bool:
    """Does the other side state ``f`` too (in any wording), or contradict it?"""
    if f.text in conflicting or (f.unit and f"{f.text} {f.unit}" in conflicting):
        return True  # (a measure's conflict shows its span with its unit: "about 41 degrees Fahrenheit")
    if f.kind == "name":  # mostly the same name written alike: found without a call
        if f.text in other_names:
            return True
        tag = (
            party_and_state(f.text) if "-" in f.text or f.text.endswith(_PARTY_WORDS) else None
        )  # "Alabama Republican" / "R-Ala"
        land = country_of(f.text)  # "Saudis" / "Saudi Arabia": one country
        return any(
            same_name_text(f.text, t)
            or name_variant_text(f.text, t)
            or (tag and party_and_state(t) == tag)
            or (land and country_of(t) == land)
            for t in other_names
        ) or party_told(f.text, other_names)  # "D-Ore" / "the Democratic senator for Oregon"
    for g in other:
        if f.kind in ("date", "year"):
            if g.kind in ("date", "year") and dates_compatible(f, g):
                return True
            continue
        if f.kind != g.kind:
            continue
        # the same slot on both sides is compared (equal or a difference), not a detail
        if f.kind in ("duration", "number", "money", "percent", "age") and (
            quantities_compatible(f, g) or f.kind in ("duration", "age", "percent") or same_slot(f, g)
        ):
            return True
        if f.value == g.value or (f.kind == "time" and one_moment(f, g)):  # ("10:27 UTC" / "2:27 a.m. PST")
            return True
    return False


def _details(a: list[Fact], b: list[Fact], conflicting: set[str], loose: Set[str] = frozenset()) -> list[str]:
    """The facts of ``a`` that ``b`` neither states nor contradicts, as labels; not a name
    in ``loose`` (``capitals.loose_names``), nor a count of nothing named ("26", "under 40")."""
    out: list[str] = []
    names_b = [g.text for g in b if g.kind == "name"]
    for f in a:
        if f.kind == "name":
            if f.text in loose or _told_by(f, b, names_b, conflicting):
                continue  # told whole ("A-year-old" on both sides), cut or not
            f = _hyphen_cut(f)
        if f.kind == "number" and not f.unit:
            continue  # a figure with nothing said of what it counts tells an editor nothing
        if f.kind in ("quote", "ordinal") or _told_by(f, b, names_b, conflicting):
            continue
        if conflicting and any(w in conflicting for w in f.text.split()):
            continue
        if f.kind == "day" and (f.value not in WEEKDAYS or _of_a_told_date(f, a, b)):
            continue  # "Saturday, Dec. 15, 2018" where the other writes "December 15, 2018"
        if f.kind == "name" and not content_tokens(f.text):
            continue
        if f.kind == "name" and len(name_tokens(f.text)) == 1 and name_tokens(f.text)[0] in TITLES:
            continue  # "French", "US": a demonym, not a detail
        label = f.text
        if f.kind == "number" and f.unit and not f.text.lower().endswith((f.unit.lower(), "ice")):
            label = f"{f.text} {f.unit}"  # "20 firms"; not "12-person person", "twice times"
        if label not in out:
            out.append(label)
    return out


def _of_a_told_date(day: Fact, mine: list[Fact], other: list[Fact]) -> bool:
    """Is a weekday written right before a full date that the other side states too?"""
    date = next((g for g in mine if g.kind == "date" and 0 <= g.start - day.end <= 3), None)
    return date is not None and any(g.kind == "date" and g.value == date.value for g in other)


def unique_details(
    left: list[Fact],
    right: list[Fact],
    known: Sequence[Difference] | None = None,
    loose: Set[str] = frozenset(),
) -> tuple[list[str], list[str]]:
    """Facts that only one side of a link states (a detail, not a conflict).

    A value the other side contradicts ("13 months" against "30-day period") or a name it spells
    another way ("Rifkin"/"Rivkin", "Mexico"/"Mexican") is not a detail of one side: it is shown as
    a difference, or is the same thing in other words.  Names in ``loose`` are words the articles
    capitalise only where any word is (``capitals.loose_names``).
    """
    if not left and not right:
        return [], []
    found = differences(left, right) if known is None else known  # compare.py passes its own
    conflicting = {x for d in found for x in (d.left, d.right)}
    # the state of a town or a person told two ways ("Springfield, Missouri"): its words too
    conflicting |= {
        w.strip(",.") for d in found if d.kind == "name" for x in (d.left, d.right) for w in x.split()
    }
    return _details(left, right, conflicting, loose), _details(right, left, conflicting, loose)


# a name's tail of lower-case words after a hyphen: a modifier ("Obama-era", "US-based") or
# a dash typed as a hyphen ("Zurana Horton-who was"), no part of the name
_HYPHEN_TAIL = re.compile(r"-[a-z]+$")


def _hyphen_cut(f: Fact) -> Fact:
    """A name fact without a lower-case tail after a hyphen ("Obama-era": "Obama")."""
    cut = _HYPHEN_TAIL.sub("", f.text)
    return f if cut == f.text or not cut else replace(f, text=cut)
