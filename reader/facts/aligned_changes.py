"""Values and opposites that a close rewording puts in each other's place.

A rewrite that keeps a sentence and rewords it in a few places ("he let few points go
unchallenged" / "Unlike Obama, though, he let many points go unchallenged"; "a toll that has
continued to rise" / "a toll that has begun to fall"; "who claims she began an affair with Trump
in 2006" / "who says her affair with Trump began in 2007") keeps the words around each change.
The word diff pairs each changed place of one side with the place of the other
(:func:`reader.facts.word_changes.small_changes`, which names changes only when every one is a few words:
two accounts written apart are a longer rewording and never reach here).  Where such a place
holds one value of a kind on each side, two values that cannot both be true, or a word and its
opposite (:func:`reader.facts.opposites.opposite_of`), the rewrite changed the fact told there:
a conflict, though the words around the value were reworded too much for its kind's own rule
to tie the two values to one thing (the diff's alignment ties them).

Only where every other change says nothing of what the value is of (words of saying, pronouns,
words moved or in another form); two content words of their own beside it ("peaked" / "settled",
"initially" / "later", "The club denied" / "Police confirmed") may make it a value of another
act, moment or doer.  One change alone is left to the rules of each kind, with all their care.
Not a conflict either: the value told on the other side as well (moved, not changed), a range's
bound, two units or a hedge that make the figures compatible
(:func:`reader.facts.compare_numbers.quantities_compatible`), a figure's bound or a comparison
("more than" / "less than"), an exchange told from its two sides, a denial beside the opposites.
Measured: no new flag on the corpus's 2,679 same-story pairs of real outlets nor on the Bible's
31,000 verses; a first, broader version broke 40 near misses of the existing rules' tests.
"""

from __future__ import annotations

import re

from reader.facts.age_owners import same_bearer
from reader.facts.compare_numbers import QUANTITY_LABELS, quantities_compatible
from reader.facts.compare_temporal import dates_compatible
from reader.facts.comparisons import other_way_round
from reader.facts.figure_frames import complements, in_range
from reader.facts.measures import of_two_stuffs
from reader.facts.negation_words import PREVENTING
from reader.facts.opposites import OPPOSITE_NOTE, SEQUENCE, one_exchange, opposed, opposite_of, reads_a_figure
from reader.facts.pairing_items import a_limit
from reader.facts.word_changes import same_words, small_changes
from reader.lang import COUNT_STOP_WORDS, NOT_NAMES, WEEKDAYS
from reader.model import Difference, Fact

# the kinds of value a changed place may hold, and the word each difference is reported with
_LABELS = {**QUANTITY_LABELS, "date": "date", "year": "year", "time": "time", "day": "day"}
_TEMPORAL = frozenset({"date", "year"})
# words of the opposites' table that order or place two things rather than state one fact
# ("before" / "after" the vote, the "left" / "right" hand, "north" / "south" of the river)
_NO_OPPOSITE = frozenset("before after left right north south east west up down over under".split())
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")  # "semi-final" one word, not "final"
# the share of their words in order two sentences must have in common to be one sentence reworded
# (:func:`reader.facts.word_changes.same_words`): the user tests' rewrites of one value or word
# scored 0.50-0.74; below, the corpus's pairs that reach here are two outlets' own sentences ("Ten
# dead in southern Iran quake" / "5.9 Earthquake Jolts Iran": 0.20; "was unknown" / "was not
# immediately known": 0.47)
SAME_WORDS_MIN = 0.5
# a denial just before a word of the table makes it its opposite's twin ("not immediately known")
_DENIED_BEFORE = re.compile(r"\b(?:not|never|no)\s+(?:[a-z]+ly\s+)?$")
# idioms in which two words of the table say one thing: "kept them from" / "stopped them from"
# (prevented), "how much more" / "how much less" (an argument from the lesser case, either way)
_ONE_SENSE_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}from\b")
_ONE_SENSE_BEFORE = re.compile(r"\bhow\s+much\s+$")


def aligned_changes(
    left: list[Fact], right: list[Fact], left_text: str, right_text: str, found: list[Difference]
) -> list[Difference]:
    """The values and opposites a close rewording of ``left_text`` as ``right_text`` puts in each
    other's place (the module docstring), each once, none a difference of ``found`` tells."""
    if not (_values_apart(left, right) or opposed(left_text, right_text)):
        return []  # the cheap question first: most linked pairs change no value and no opposite
    if same_words(left_text, right_text) < SAME_WORDS_MIN:
        return []  # two sentences of their own, not one reworded
    out: list[Difference] = []
    negated = any(d.kind == "negation" for d in found)
    changes = _changes(left_text, right_text)
    if len(changes) < 2:
        return []  # one word apart: the rules of each kind read that alone, with all their care
    # each sentence's words, read once for every change of the pair
    words = (_WORD.findall(left_text.lower()), _WORD.findall(right_text.lower()))
    for i, (a, b) in enumerate(changes):
        if not a or not b or not all(_harmless(c, d, words) for c, d in _others(changes, i)):
            continue
        d = _value_put(a, b, left, right, left_text, right_text)
        if d is None and not negated:
            d = _opposite_put(a, b, left_text, right_text, words)
        if d is not None and not any(_overlaps(d, t) for t in found + out):
            out.append(d)
    return out


def _changes(left_text: str, right_text: str) -> list[tuple[str, str]]:
    """The word diff's small changes, read in one order of the two texts whichever side each is on,
    and in the other when that order names none: the diff is not symmetric (a clause moved may be
    a long stretch one way round and a few words the other), and comparing B with A must find the
    mirror of A with B."""
    first, second = sorted((left_text, right_text))
    changes = small_changes(first, second) or [(b, a) for a, b in small_changes(second, first)]
    return changes if first == left_text else [(b, a) for a, b in changes]


def _others(changes: list[tuple[str, str]], i: int) -> list[tuple[str, str]]:
    return changes[:i] + changes[i + 1 :]


def _harmless(c: str, d: str, words: tuple[list[str], list[str]]) -> bool:
    """Does a change beside the value's say nothing of what the value is of: a word added or dropped
    ("But", "also"), or words that are function words, words of saying ("claims" / "says"),
    pronouns, or words the other sentence has elsewhere (moved: "began an affair" / "affair
    began")?  Not two content words of their own ("peaked" / "settled", "initially" / "later",
    "Northwind" / "Regulators"): then the value may be of another act, moment or person.
    ``words``: the two sentences' words in lower case."""
    if any(w in SEQUENCE or w in _MOMENTS for w in _WORD.findall(f"{c} {d}".lower())):
        return False  # "initially" / "later", "in the morning" / "by the close": two moments
    if not c or not d:
        return True
    words_l, words_r = words
    own_c = [w for w in _WORD.findall(c.lower()) if not _plain(w) and not _has_form(w, words_r)]
    own_d = [w for w in _WORD.findall(d.lower()) if not _plain(w) and not _has_form(w, words_l)]
    return not own_c or not own_d


def _has_form(word: str, words: list[str]) -> bool:
    """Do ``words`` hold a form of ``word`` (its first five letters: "working" / "work",
    "concerned" / "concern")?"""
    return any(not _plain(w) and (w.startswith(word[:5]) or word.startswith(w[:5])) for w in words)


def _plain(word: str) -> bool:
    """Is a word a function word, a pronoun or a word of saying, which no fact hangs on?"""
    return word in COUNT_STOP_WORDS or word in NOT_NAMES or word in _SAYING


# an exchange told from each of its two sides ("Canada sold" / "Japan bought"): one act
_EXCHANGES = (
    {"sold", "bought"},
    {"sell", "buy"},
    {"sells", "buys"},
    {"lent", "borrowed"},
    {"lend", "borrow"},
)
_NEGATING = re.compile(r"\b(?:not|never|no|nor|neither)\b|n[’']t\b", re.IGNORECASE)
_THAN = re.compile(r"\s+than\b")
# words of a moment or a part of the day, which set two acts apart ("late on Monday" / "early")
_MOMENTS = frozenset("morning afternoon evening night early late close open before after".split())
# words of saying: a rewrite puts one for another ("claims" / "says") without changing the fact
_SAYING = frozenset("say says said saying claim claims claimed claiming told tell tells added adds".split())


def _values_apart(left: list[Fact], right: list[Fact]) -> bool:
    """Does each side tell a value of one kind the other side does not?"""
    kinds = {f.kind for f in left if f.kind in _LABELS} & {g.kind for g in right if g.kind in _LABELS}
    return any(
        {f.value for f in left if f.kind == k} != {g.value for g in right if g.kind == k} for k in kinds
    )


def _value_put(
    a: str, b: str, left: list[Fact], right: list[Fact], left_text: str, right_text: str
) -> Difference | None:
    """The difference of the one value of a kind each changed place holds, when the two cannot both
    be true and neither is told on the other side too; else None."""
    fa = [f for f in left if f.kind in _LABELS and _within(a, f.text)]
    fb = [g for g in right if g.kind in _LABELS and _within(b, g.text)]
    if len(fa) != 1 or len(fb) != 1:
        return None
    f, g = fa[0], fb[0]
    if f.kind != g.kind or _told(f, right) or _told(g, left):
        return None  # two kinds, or a value moved within the sentence (told on both sides)
    if f.kind in QUANTITY_LABELS:
        if f.unit != g.unit or quantities_compatible(f, g):
            return None  # (two units: a conversion, or two things counted)
        if in_range(left_text, f) or in_range(right_text, g):
            return None
    elif f.kind in _TEMPORAL:
        if dates_compatible(f, g):
            return None
    elif f.value == g.value or (f.kind == "day" and not {f.value, g.value} <= set(WEEKDAYS)):
        return None  # (a day other than a weekday: "last week", "this year", told loosely)
    label = _LABELS[f.kind]
    d = Difference(label, f.text, g.text, f"{label}: {f.text} vs {g.text}")
    return d if _of_one_thing(d, left_text, right_text) else None


def _of_one_thing(d: Difference, left_text: str, right_text: str) -> bool:
    """Are the two values of ``d`` of one thing, as the rules of their kinds ask besides the act
    (which the diff's alignment answers): one person's age ("The mother, 47," / "The son, 17,"
    are two), two moments and no limit, no two parts of a whole, no figures of two stuffs?"""
    if d.kind == "age":
        return same_bearer(d, left_text, right_text)
    if d.kind == "time":
        return a_limit(left_text, d.left) == a_limit(right_text, d.right)
    if d.kind == "percentage":
        return not complements(d, left_text + " " + right_text)
    return d.kind != "number" or not of_two_stuffs(d.left, left_text, d.right, right_text)


def _opposite_put(
    a: str, b: str, left_text: str, right_text: str, words: tuple[list[str], list[str]]
) -> Difference | None:
    """The difference of a word of the changed place ``a`` whose opposite is a word of ``b``, each
    missing from the other sentence (``words``: theirs in lower case); else None."""
    words_l, words_r = set(words[0]), set(words[1])
    for x in _WORD.findall(a.lower()):
        if x in words_r or x in _NO_OPPOSITE or x in SEQUENCE:
            continue
        y = next((y for y in _WORD.findall(b.lower()) if y in opposite_of(x) and y not in words_l), None)
        if y is None or y in _NO_OPPOSITE:
            continue
        xs, ys = _as_written(x, a), _as_written(y, b)
        if not _harmless(_without(a, x), _without(b, y), words):
            return None  # the words beside them name another doer ("The club denied" / "Police confirmed")
        if {x, y} in _EXCHANGES or _NEGATING.search(left_text) or _NEGATING.search(right_text):
            return None  # an exchange told from its two sides; a denial beside (negation's rules)
        if _THAN.match(left_text.lower(), left_text.lower().find(x) + len(x)) or (
            _THAN.match(right_text.lower(), right_text.lower().find(y) + len(y))
        ):
            return None  # "less than $400,000" / "more than": a comparison, the comparisons' rules
        if (
            _denied(x, left_text)
            or _denied(y, right_text)
            or _bound_of_a_figure(x, left_text)
            or _bound_of_a_figure(y, right_text)
            or other_way_round(left_text, right_text)
            or one_exchange(left_text, right_text, (xs, ys))
        ):
            return None
        return Difference("negation", xs, ys, f"{OPPOSITE_NOTE}: {xs} vs {ys}")
    return None


def _word_at(word: str, text: str) -> re.Match[str] | None:
    """Where ``text`` first writes ``word`` as a whole word, in any case."""
    return re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)


def _bound_of_a_figure(word: str, text: str) -> bool:
    """Is ``word`` a count's bound in ``text`` ("more than 30 hikers"): the figures' rule's?"""
    m = _word_at(word, text)
    return m is not None and reads_a_figure(word, text, m.end())


def _without(place: str, word: str) -> str:
    """A changed place less one of its words."""
    return re.sub(rf"\b{re.escape(word)}\b", " ", place, count=1, flags=re.IGNORECASE).strip()


def _denied(word: str, text: str) -> bool:
    """Is ``word`` denied in ``text`` ("was not immediately known"), or in an idiom where it says
    what its opposite says ("kept them from", "how much more"): the twin of its opposite?"""
    m = _word_at(word, text)
    if m is None:
        return False
    low = text.lower()
    if _DENIED_BEFORE.search(low, 0, m.start()) or _ONE_SENSE_BEFORE.search(low, 0, m.start()):
        return True
    return word in PREVENTING and _ONE_SENSE_AFTER.match(low, m.end()) is not None


def _as_written(word: str, place: str) -> str:
    """``word`` (lower case) as ``place`` writes it."""
    m = _word_at(word, place)
    return m.group() if m else word


def _within(words: str, value: str) -> bool:
    """Is a changed place a value's text, and nothing more ("2007"; not "threescore and six", a
    figure written in words the extractor reads in part)?"""
    return bool(value) and words.strip(" ,.;:()") == value


def _told(f: Fact, other: list[Fact]) -> bool:
    """Does the other side tell the same value of this kind too?"""
    return any(g.kind == f.kind and g.value == f.value for g in other)


def _overlaps(d: Difference, t: Difference) -> bool:
    """Does difference ``t`` tell ``d``'s place already (one span within the other, each side)?"""
    return (d.left in t.left or t.left in d.left) and (d.right in t.right or t.right in d.right)
