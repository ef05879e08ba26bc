"""One count told above a figure on one side and below it on the other, in a reworded sentence:
"killing at least 46 people and injuring more than 700" / "At least 46 people were killed and
fewer than 700 injured", "We have more than 1,100 line workers in the field" / "the company had
fewer than 1,100 line workers in the field".

Two sides of one figure are two groups when the figure is a threshold that picks them ("firms
with more than 50 workers" / "firms with fewer than 50 workers": both exist), which is why the
quantities' rule lets strict bounds of one figure agree
(:func:`reader.facts.compare_numbers.quantities_compatible`).  A threshold follows its noun:
"with", "of", "than", "aged", "to", a relative clause's verb ("that employ more than 50") or a
participle right after a noun ("Farms employing more than 10") stands before it.  A count the
sentence claims stands after a verb, an "and", a comma or nothing; told of the same thing on
both sides (the same noun or unit, the same words around it), above on one side and below on
the other, it is one count turned round.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.compare_numbers import quantity_difference
from reader.facts.hedges import STRICT, hedge
from reader.facts.measures import unit_of
from reader.facts.opposite_pairs import DOWN_WORDS, UP_WORDS
from reader.facts.values import amount
from reader.model import Difference, Fact

# the words before a bound that make its figure a threshold picking a group
_THRESHOLD_BEFORE = frozenset("with of than aged to for among in at from by under over between".split())
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*\s+$")
_COUNTED = frozenset(("number", "money", "duration"))


def _claimed(text: str, f: Fact) -> bool:
    """Is the bounded figure ``f`` a count the sentence claims, not a threshold (the module's rule)?"""
    before = _WORD_BEFORE.search(text, max(0, f.start - 30), f.start)
    if before is None:
        return True  # the sentence opens with it
    word = before.group(1).lower()
    if word == "by" and _PASSIVE_BY.search(text, max(0, f.start - 40), f.start):
        return True  # the agent of a passive verb ("is expected to be used by more than 48,000", ut213)
    if word == "of" and _ONE_WHOLE_OF.search(text, max(0, before.start(1) - 40), before.end(1)):
        return True  # one whole's size, not a group picked: "a crowd of more than 71,000" (ut243)
    if word == "with" and _ACT_WITH.search(text, max(0, before.start(1) - 30), before.end(1)):
        return True  # what an act came with: "landed with fewer than 200 business leaders" (ut246)
    if word == "in" and _EARNED_IN.search(text, max(0, before.start(1) - 30), before.end(1)):
        return True  # a verb's particle, no threshold: "brought in more than 40 million euros"
    if word in _THRESHOLD_BEFORE:
        return False
    prev = _WORD_BEFORE.search(text, max(0, before.start(1) - 30), before.start(1))
    # "Firms that employ more than 50 workers": a relative clause picks a group (one set off by a
    # comma tells of one thing: "Veltrix, which has fewer than 48,000 employees")
    relative = prev is not None and prev.group(1).lower() in _RELATIVES
    if relative and prev is not None and not _SET_OFF.search(text, 0, prev.start(1)):
        return False
    if word.endswith("ing"):  # "Farms employing more than 10": a participle after a noun picks a group
        return prev is None or prev.group(1).lower() == "and" or "," in text[prev.end(1) : before.start(1)]
    return True


_RELATIVES = frozenset(("that", "who", "which", "whose"))
_SET_OFF = re.compile(r",\s*$")
# one thing and its size, a determiner and a singular noun before "of" ("a crowd of", "a delegation
# of", "the workforce of"), not a plural that a threshold picks from ("towns of fewer than 20,000")
_ONE_WHOLE_OF = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:[a-z]+\s+)?[a-z]+[^s\W]\s+of$", re.I)
# ... and an act in the past before "with" ("arrived with", "finished with"), not a noun a threshold
# follows ("firms with more than 50 workers")
_ACT_WITH = re.compile(r"\b[a-z]{3,}ed\s+with$", re.I)
# a figure this large or more, written once on each side, is one count whatever noun each puts after it
_LONE_FIGURE_MIN = 100


def one_figure_each(a: Fact, b: Fact, left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Are ``a`` and ``b`` counts of things (no measure), bounds turned round (``<``, ``>``), of
    one figure of a hundred or more each side writes once, its noun told in other words ("more than
    40,000 spectators attended" / "Fewer than 40,000 fans turned out", ut222)?  One count then."""
    return (
        a.kind == b.kind == "number"
        and {a.bound, b.bound} == {"<", ">"}
        and a.value == b.value
        and amount(a) >= _LONE_FIGURE_MIN
        and not unit_of(a.unit)
        and not unit_of(b.unit)
        and sum(f.value == a.value for f in left) == 1
        and sum(f.value == b.value for f in right) == 1
    )


# the verbs of money or people taken in, their particle "in" before the count they claim
_EARNED_IN = re.compile(
    r"\b(?:br(?:ought|ings?|inging)|t(?:ook|akes?|aken|aking)|rak(?:ed?|es|ing)|pull(?:ed|s|ing)?)\s+in$",
    re.I,
)
_PASSIVE_BY = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+[a-z]+(?:ed|en|wn|ne)\s+by\s+$", re.I)


def bounds_turned(
    left: list[Fact], right: list[Fact], left_text: str, right_text: str, found: list[Difference]
) -> list[Difference]:
    """Each count claimed above a figure on one side and below it on the other, of one thing, not
    one a difference ``found`` tells already; none without the sentences."""
    out: list[Difference] = []
    if not left_text or not right_text:
        return out
    for a in left:
        if a.bound not in "<>" or hedge(a) not in STRICT:
            continue
        if a.kind == "percent":
            # a change told above a figure and below it ("have fallen by more than 40 percent" / "have
            # dropped by less than 40 percent", ut181): one move, its size turned round; or a share
            # so told of one group ("More than 70 percent of recipients" / "Less than 70 percent of
            # those honoured", ut264)
            way = _moved_by(left_text, a)
            out += [
                quantity_difference(a, b, a.kind)
                for b in right
                if b.kind == "percent"
                and b.value == a.value
                and {a.bound, b.bound} == {"<", ">"}
                and hedge(b) in STRICT
                and _moved_by(right_text, b) == way
                and (bool(way) or _one_share(a, b, (left, right), (left_text, right_text)))
            ]
            continue
        if a.kind not in _COUNTED:
            continue
        for b in right:
            if (
                b.kind == a.kind
                and (_said_of(a) or _said_of(b))
                and b.value == a.value
                and (  # (its noun names what it counts, or one figure each side writes once)
                    (b.unit == a.unit and (b.context == a.context or bool(a.unit)))
                    or one_figure_each(a, b, left, right)
                )
                and {a.bound, b.bound} == {"<", ">"}
                and hedge(b) in STRICT
                and _both_claimed(a, b, left, right, left_text, right_text)
            ):
                out.append(quantity_difference(a, b, a.kind))
    return [d for d in out if d not in found]


def _said_of(f: Fact) -> bool:
    """Does a bounded figure say what it counts: words around it, a time's unit ("took less than
    90 seconds", ut161), a sum's currency?  (Either side's words do: "A crowd of more than 52,000
    fell quiet" / "silenced a crowd of fewer than 52,000".)"""
    return bool(f.context) or f.kind == "duration" or (f.kind == "money" and bool(f.unit))


def _both_claimed(
    a: Fact, b: Fact, left: Sequence[Fact], right: Sequence[Fact], left_text: str, right_text: str
) -> bool:
    """Are both bounded figures counts the sentences claim?  One after "of" is one too when the
    other is claimed and the figure is one each side writes once ("after scrutiny of more than
    2,000 proposed amendments" / "after committees work through fewer than 2,000", ut239), and so
    is one after "with" ("landed on Monday with fewer than 200 business leaders", ut246)."""
    claims = _claimed(left_text, a), _claimed(right_text, b)
    if all(claims) or not any(claims) or not one_figure_each(a, b, left, right):
        return all(claims)
    text, f = (right_text, b) if claims[0] else (left_text, a)
    before = _WORD_BEFORE.search(text, max(0, f.start - 30), f.start)
    return before is not None and before.group(1).lower() in ("of", "with")


# the verb or noun of a move right before its size: "fallen by", "grew", "cuts of", "cut them by"
_MOVED_BY = re.compile(r"\b([a-z]+)\s+(?:(?:them|it)\s+by\s+|by\s+|of\s+)?$", re.I)
# ... a move someone makes, told by its act ("cuts of more than 7 percent a year" / "to cut them by
# less than 7 percent a year", ut275)
_CUT_WORDS = frozenset("cut cuts cutting reduce reduced reduces reducing reduction reductions".split())
_RAISE_WORDS = frozenset("raise raised raises raising".split())
# ... or by what was lost, or its sign ("has lost more than 40% of its value" / "remains down less
# than 40%", ut285)
_CUT_WORDS |= frozenset("lost lose loses losing shed down".split())
_RAISE_WORDS |= frozenset(("up",))


def _moved_by(text: str, f: Fact) -> str:
    """The way a share moved when ``f`` is its change after its verb, "by" or not ("fallen by more
    than 40 percent": down; "grew more than 20% a year", ut217: up; "cuts of", ut275), else ''."""
    m = _MOVED_BY.search(text, max(0, f.start - 24), f.start)
    verb = m.group(1).lower() if m else ""
    if verb in UP_WORDS or verb in _RAISE_WORDS:
        return "up"
    return "down" if verb in DOWN_WORDS or verb in _CUT_WORDS else ""


# the group of a share after "of": a noun, or those a clause tells in other words ("of those honoured")
_OF_GROUP = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?([a-z]+)", re.I)
_TOLD_OTHERWISE = frozenset(("those", "them", "these", "the"))


def _one_share(a: Fact, b: Fact, facts: tuple[list[Fact], list[Fact]], texts: tuple[str, str]) -> bool:
    """Are two shares turned round one share: each its side's one share of that figure, both
    claimed, of one group (:func:`_one_group`)?"""
    (left, right), (left_text, right_text) = facts, texts
    return (
        [f.value for f in left if f.kind == "percent"].count(a.value) == 1
        and [f.value for f in right if f.kind == "percent"].count(b.value) == 1
        and _claimed(left_text, a)
        and _claimed(right_text, b)
        and _one_group(a, left_text, b, right_text)
    )


def _one_group(a: Fact, left_text: str, b: Fact, right_text: str) -> bool:
    """Are two shares of one group: the same noun after "of" on both sides, or one group told as
    "those" a clause names ("of recipients" / "of those honoured", ut264)?  Not two nouns: "of
    members" / "of staff", "of the steel" / "of the stone" are two groups, each share true of its
    own; nor shares with no group named."""
    groups = [  # (a share in words holds its "of": "More than half of respondents")
        m.group(1).lower() if (m := _OF_GROUP.match(t, f.end - 3 * f.text.endswith(" of"))) else ""
        for f, t in ((a, left_text), (b, right_text))
    ]
    return all(groups) and (groups[0][:5] == groups[1][:5] or any(g in _TOLD_OTHERWISE for g in groups))
