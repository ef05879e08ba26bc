"""One figure moved the other way: "Salesforce climbed 3.2 percent after ..." / "Salesforce
shares slid 3.2% even after ...", "The unemployment rate rose to 4.3 percent" / "Joblessness
eased to 4.3%".

A rewrite may change every word around a market's or a rate's move and keep its figure; the
figure then says which move the two sentences tell, and the verbs just before it
(:data:`reader.facts.opposites.UP` / :data:`~reader.facts.opposites.DOWN`, past "by", "to" and
a hedge) say which way each tells it went.  One figure (the same value, once on each side)
told going up on one side and down on the other is a conflict of kind "negation", whatever the
rest of each sentence says.  Not a conflict: a figure each side tells more than once (two
moves of one size), a verb negated ("did not fall 3 percent"), two things moving (the words
just before each verb share none: "Sales rose 5 percent" / "Costs fell 5 percent"), two
moments of a day ("rose 3 percent in the morning session" / "fell 3 percent by the close":
:data:`_MOMENTS` told after the figure, not the same on both sides, or a "later" before a verb).
A move told as a noun ("a fall of 27 percent" / "a 27% rise"), a figure measured against another
("above the consensus estimate of $2.78" / "fell short of the $2.78") and the base of a move
("down from $238" / "rose to $235 from $238") tell its way too (:func:`_measured`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.level_kept import kept_or_moved
from reader.facts.opposite_pairs import DOWN_WORDS, UP_WORDS
from reader.model import Fact

_RISE = UP_WORDS
# (a count lost or shed is a move down: "public schools had lost 11,200 pupils" / "grown by 11,200")
_FALL = DOWN_WORDS | {"lost", "lose", "loses", "losing", "shed", "sheds"}
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# the words between a move's verb and its figure: "rose *by* 3 percent", "eased *to* 4.3%",
# "fell *about* 2 percent"
_BETWEEN = frozenset(
    "by to from about around nearly almost roughly some just over more than a an".split()
    + "of average record high low".split()  # "fell to an average of 9 minutes", "to a record high of"
    + "last year's year's the previous".split()  # "a drop from last year's 220,000"
    + "slightly sharply steeply marginally modestly".split()  # "will rise slightly to 60.1p" (ut196)
)
_WORD_GAP = re.compile(r"\s+|\s*[$€£]?[\d.,]+\s*")  # between two words of one clause: a space, a figure
_NEGATION = frozenset("not no never didn't didn’t".split())
_MOVED = ("percent", "number", "money", "duration")
# the moments of a trading day or of a story, told after a move's figure ("in the morning
# session", "by the close"), and the adverbs of a later move before its verb
_MOMENTS = frozenset(
    """morning afternoon evening night session close closing open opening midday noon intraday
    early late later earlier initially eventually""".split()
)
# "up" and "down" right before a figure say its move's way as a verb does ("shrank from a year
# earlier, down 8 percent"), of whatever the sentence is about (no words of a mover to compare)
_SIGNS = frozenset(("up", "down"))
# a figure measured against another, the other's words between ("above the consensus estimate
# of $2.78" / "fell short of the $2.78", "fewer than the 509,000" / "more than the 509,000"),
# and a move told as a noun ("a fall of 27 percent" / "a 27% rise", "23% more than"): general
# English words of either way, past a word that opens a noun phrase (a bound right before a
# figure, "more than 40", is the bounds rule's)
# (a span of time is longer or shorter; a loss narrower or wider)
_ABOVE = frozenset(
    """more higher above greater larger bigger longer wider exceeded exceeding beat beating beats
    topped topping tops surpassed surpassing outpaced rise increase gain jump""".split()
)
_BELOW = frozenset(
    """fewer less lower below smaller shorter narrower short missed missing trailed trailing fall
    drop decline decrease cut""".split()
)
_OPENS_PHRASE = frozenset("the that its their his her of".split())
# verbs of an agent moving a figure, read only with their object before it ("would cut national team
# funding by 8 percent" / "would increase funding ... by 8 percent", ut294)
_RAISED = frozenset("raise raises raised raising boost boosts boosted boosting".split())
_CUT = frozenset(
    "cut cuts cutting reduce reduces reduced reducing lower lowers lowered lowering slash slashed".split()
)
_UPWARD = _RISE | _ABOVE | _RAISED | {"up"}  # the words that tell a move up
_PASSIVE_AUX = frozenset("was were is are be been being".split())
_NOT_THINGS = frozenset("the a an its their his her shares stock also had has have was were is are".split())


def _verb(text: str, f: Fact) -> tuple[str, frozenset[str]] | None:
    """The verb of a move right before the figure ``f``, as written, and the words of what
    moved (the content words of the three before the verb), when the verb is one of either
    direction and not negated."""
    words = list(_WORD.finditer(text, max(0, f.start - 50), f.start))
    if (way := _measured(text, f, words)) is not None:
        return way
    based = bool(words) and words[-1].group().lower() == "from"
    while words and words[-1].group().lower() in _BETWEEN:
        words.pop()
    moved = not words or based or words[-1].group().lower() in _RISE | _FALL | _SIGNS
    if not moved and (told := _with_object(text, f, words)) is not None:
        return told
    # the base of a move: the move of its clause ("rose to $61 a day *from* $64")
    while based and len(words) > 1 and words[-1].group().lower() not in _RISE | _FALL | _SIGNS:
        if not _WORD_GAP.fullmatch(text[words[-2].end() : words[-1].start()]):
            break
        words.pop()
    if not words:
        return None
    verb = words[-1]
    if verb.group().lower() in _SIGNS:  # "..., down 8 percent": a move's sign, of the sentence's subject
        return verb.group(), frozenset()
    passive = len(words) > 1 and words[-2].group().lower() in _PASSIVE_AUX  # "funding was cut by 10 percent"
    if verb.group().lower() not in _RISE | _FALL and not (passive and verb.group().lower() in _RAISED | _CUT):
        return None
    if any(w.group().lower() in _NEGATION for w in words[-3:-1]):
        return None
    mover = frozenset(w.group().lower() for w in words[-4:-1] if w.group().lower() not in _NOT_THINGS)
    return verb.group(), mover


# the determiners that open the object a verb of moving moves ("increased its market share to")
_OBJECT_OPENS = frozenset("its their his her the a an".split())
_OBJECT_REACH = 7  # words before the figure in which a verb of moving and its object stand
_BY_OR_TO = re.compile(
    r"\b(?:by|to)\s+(?:only\s+|just\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$"
)
_JOINS = frozenset("despite after as while but and although because with than".split())


def _with_object(text: str, f: Fact, words: list[re.Match[str]]) -> tuple[str, frozenset[str]] | None:
    """A verb of moving and its object before the figure's "to" or "by", in one clause
    ("increased its market share to 10.2 percent", "cut the bank's forecast by 2 percent"): the
    verb, and the object's words as what moved; None when the words before are no such verb
    and object."""
    last = words[-_OBJECT_REACH:]
    low = [w.group().lower() for w in last]
    for k in range(len(low) - 2, -1, -1):
        if low[k] not in _RISE | _FALL | _RAISED | _CUT:
            continue
        # an object that opens on a determiner, within five words ("cut the bank's forecast by 2 percent")
        opens = low[k] in _RISE | _FALL and low[k + 1] in _OBJECT_OPENS and len(low) - 5 <= k <= len(low) - 3
        # ... or a bare noun, the figure right after "by" or "to" ("would cut national team funding
        # by 8 percent", "increase funding for the national team by 8 percent", ut294): not the
        # verb's adjective ("the lower allowance would delay 14"), a bound ("by up to 5%"), a clause
        bare = (
            _BY_OR_TO.search(text, max(0, f.start - 20), f.start) is not None
            and f.bound not in "<>"
            and (k == 0 or low[k - 1] not in _OBJECT_OPENS)
            and _JOINS.isdisjoint(low[k + 1 :])
            and low[k + 1] not in _RISE | _FALL | _NEGATION
        )
        if opens or bare:
            if (k and low[k - 1] in _NEGATION) or _CLAUSE_MARK.search(text, last[k].end(), f.start):
                return None
            return last[k].group(), frozenset(low[k + 2 :]) - _NOT_THINGS
    return None


_CLAUSE_MARK = re.compile(r"[,;:.!?](?!\d)")


def _measured(text: str, f: Fact, words: list[re.Match[str]]) -> tuple[str, frozenset[str]] | None:
    """The word of a figure measured against another or moved as a noun (:data:`_ABOVE`,
    :data:`_BELOW`): right after the figure ("a 27% rise"), or among the five words before it
    with a word opening a noun phrase between and no figure ("above the consensus estimate
    of"), not negated and not another figure's own ("fees 3 percent lower, than the budget");
    as a sign, of the sentence's subject.  The word before first: "below the average 8% rise" is
    measured against, as "less than the 8 percent average increase" is."""
    last = words[-5:]
    for k in range(len(last) - 1, -1, -1):
        w = last[k].group().lower()
        between = {x.group().lower() for x in last[k + 1 :]}
        if (
            w in _ABOVE | _BELOW
            and between & _OPENS_PHRASE
            and not any(c.isdigit() for c in text[last[k].end() : f.start])
            and not _OF_A_FIGURE.search(text, max(0, last[k].start() - 12), last[k].start())
        ):
            negated = any(x.group().lower() in _NEGATION for x in last[max(0, k - 2) : k])
            return None if negated else (last[k].group(), frozenset())
    after = _WORD.match(text, f.end + (1 if text[f.end : f.end + 1] == " " else 0))
    if after is not None and after.group().lower() in _ABOVE | _BELOW | _SIGNS:
        return after.group(), frozenset()  # ("18 percent more than" / "18 percent down on", ut194)
    return None


_OF_A_FIGURE = re.compile(r"(?:\d|%|\bpercent|\bpoints?)\s*$")  # right before: "3 percent lower"


def opposite_move(
    left: Sequence[Fact], right: Sequence[Fact], left_text: str, right_text: str
) -> tuple[str, str] | None:
    """The two verbs, as written, of one figure told going up on one side and down on the
    other, or kept at its level on one side and moved to it on the other
    (:mod:`reader.facts.level_kept`); else None."""
    # (figures by kind and value, not by place: either side read first finds the same move)
    for fa in sorted(left, key=lambda f: (f.kind, str(f.value))):
        if fa.kind not in _MOVED:
            continue
        same_l = [f for f in left if f.kind == fa.kind and f.value == fa.value and f.unit == fa.unit]
        same_r = [
            f for f in right if f.kind == fa.kind and f.value == fa.value and _units_meet(f.unit, fa.unit)
        ]
        if len(same_l) != 1 or len(same_r) != 1:
            continue  # two moves of one size on a side: which is which is not told
        va, vb = _verb(left_text, fa), _verb(right_text, same_r[0])
        if va is None or vb is None:
            continue
        up_a, up_b = va[0].lower() in _UPWARD, vb[0].lower() in _UPWARD
        if _moments(left_text, fa) != _moments(right_text, same_r[0]) or va[1] & _MOMENTS or vb[1] & _MOMENTS:
            continue
        if (
            (to_a := _level_after(left_text, fa))
            and (to_b := _level_after(right_text, same_r[0]))
            and to_a != to_b
        ):
            continue  # "rose by 4 percent to 104,500" / "fell 4 percent to 34,800": two things (ut188)
        before_l = left_text[: max(0, left_text.rfind(va[0], 0, fa.start))]
        before_r = right_text[: max(0, right_text.rfind(vb[0], 0, same_r[0].start))]
        if up_a != up_b and not _two_movers(va[1], vb[1], before_l, before_r):
            if _rate_moved(left_text, left, fa, right, up_b) or _rate_moved(
                right_text, right, same_r[0], left, up_a
            ):
                continue
            return va[0], vb[0]
    return kept_or_moved(left, right, left_text, right_text)  # "stay at 3,115" / "rise, to 3,115"


def moves_swapped(
    left: Sequence[Fact], right: Sequence[Fact], left_text: str, right_text: str
) -> tuple[Fact, Fact] | None:
    """Two shares told once a side, one up and one down on each side, each turned round: the
    figures swapped between two things ("revenue ..., up 8 percent, and a pre-tax profit ..., down
    12 percent" / "revenue rose 12 percent ..., while pre-tax profit fell 8 percent", ut262), not
    two moves each told the other way.  The two shares on the left, else None."""
    ways = []
    for fa in left:
        if fa.kind != "percent" or sum(f.kind == "percent" and f.value == fa.value for f in left) != 1:
            continue
        fb = [f for f in right if f.kind == "percent" and f.value == fa.value]
        va, vb = _verb(left_text, fa), _verb(right_text, fb[0]) if len(fb) == 1 else None
        if va is not None and vb is not None:
            ways.append((fa, fb[0], va[0].lower() in _UPWARD, vb[0].lower() in _UPWARD))
    for i, (a1, b1, l1, r1) in enumerate(ways):
        for a2, b2, l2, r2 in ways[i + 1 :]:
            # (in each other's places: "revenue fell 8 percent ..., profit rose 12 percent" keeps
            # each figure with its thing, two moves turned round)
            if l1 != r1 and l2 != r2 and l1 != l2 and (a1.start < a2.start) != (b1.start < b2.start):
                return a1, a2
    return None


_TO_LEVEL = re.compile(r"\s*,?\s+to\s+(?:[$€£]\s?)?(\d[\d,.]*\d|\d)")


def _level_after(text: str, f: Fact) -> str:
    """The level a move of ``f`` reached, told right after it ("4 percent to 104,500"), or ''."""
    m = _TO_LEVEL.match(text, f.end)
    return m.group(1).replace(",", "") if m else ""


# the figure a rate moved from, told after the figure of a move ("rose 6.8 percent ..., down from
# 7.4 percent in January")
_BASE_WORDS = 30  # characters after "from" its base may stand
_BASE_AFTER = re.compile(r"[^.;]{0,100}?\b(?P<way>up|down)\s+from\s+", re.IGNORECASE)


def _rate_moved(text: str, facts: Sequence[Fact], f: Fact, other: Sequence[Fact], up_other: bool) -> bool:
    """Does ``text`` tell its figure ``f`` itself moving the other side's way from a figure the
    other side gives too ("Grocery prices rose 6.8 percent ..., down from 7.4 percent" / "grocery
    price inflation eased to 6.8% ... from 7.4%")?  Then its verb is the level's move (prices
    rose) and the two sides agree on the rate's (it eased)."""
    m = _BASE_AFTER.match(text, f.end)
    if m is None or (m.group("way").lower() == "up") != up_other:
        return False
    # (the base right after "from", or a few words on: "down from a previous forecast of 2.3%", ut192)
    base = next((g for g in facts if m.end() <= g.start <= m.end() + _BASE_WORDS and g.kind == f.kind), None)
    return base is not None and any(g.kind == base.kind and g.value == base.value for g in other)


def _two_movers(a: frozenset[str], b: frozenset[str], before_l: str, before_r: str) -> bool:
    """Do the words before two moves name two things: none in common, and none of either
    anywhere before the other's verb ("turnaround time at the terminal fell" / "average vessel
    turnaround rose": one thing; "Sales rose 5 percent" / "Costs fell 5 percent in May while
    sales were flat": two)?"""
    if not a or not b or not a.isdisjoint(b) or _a_body(a) or _a_body(b):
        return False  # ("The company's shares fell" / "Brightwave shares rose": the company named)
    other_l, other_r = _stems5(before_r), _stems5(before_l)
    return not any(w[:5] in other_l for w in a) and not any(w[:5] in other_r for w in b)


# nouns that name a kind of body, which another sentence calls by its name: "the company", "the
# group", "the lender" (a mover told so is the named one, not a second thing)
_BODIES = frozenset(
    "company firm group business lender bank insurer carrier airline retailer maker operator "
    "chain brand conglomerate manufacturer automaker miner producer developer".split()
)


def _a_body(words: frozenset[str]) -> bool:
    return all(w.removesuffix("'s").removesuffix("’s") in _BODIES for w in words)


def _stems5(text: str) -> frozenset[str]:
    return frozenset(p[:5] for w in _WORD.findall(text.lower()) for p in w.split("-") if len(p) > 2)


def _units_meet(a: str, b: str) -> bool:
    """One figure's nouns: the same, or one side names none ("509,000 they hired" / "509,000
    retailers hired")."""
    return a == b or not a or not b


def _moments(text: str, f: Fact) -> frozenset[str]:
    """The moments told in the six words after a figure ("3 percent *in the morning session*")."""
    words = [w.group().lower() for w in list(_WORD.finditer(text, f.end, f.end + 60))[:6]]
    # ("from a year earlier": the base of a change, no moment of the day; "the $21 million
    # opening": the figure's own noun, the word right after it)
    return frozenset(w for k, w in enumerate(words) if w in _MOMENTS and k > 0 and words[k - 1] not in _SPANS)


_SPANS = frozenset("year month week quarter day decade years months weeks quarters days decades".split())
