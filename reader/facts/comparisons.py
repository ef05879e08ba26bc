"""A comparison turned round in a reworded sentence: "Climate funds have held up better than the
wider market" / "Climate funds have fared worse than the broader market", "Riverton's rate remains
lower than those of neighboring Lakeside" / "Riverton's rate is now higher than those of
neighboring Lakeside".

The rules of :mod:`reader.facts.opposites` and :mod:`reader.facts.opposite_context` ask the words
beside the pair to be the same; a rewrite changes the verb before a comparative ("held up" /
"fared") and the adjective after "than" ("wider" / "broader").  A comparison is told by three
things: what is compared, the comparative and what it is compared with.  Two comparatives of the
table that are opposites, each before "than", said of the same thing (a content word of the few
before each comparative in common) and against the same thing (a content word of the few after
"than" in common) tell opposite comparisons.  Not when the two sides compare the other way round
("A is higher than B" / "B is lower than A": what each compares with is not the other's), when a
clause holds a negation ("not higher than" says "lower than or equal"), nor when a figure follows
"than" (a bound of a count is the figures' rule).  A level is compared with as "than" does by
"above" and "below", and named by a figure after "the" or an owner ("slower than the 1.4 million
barrels it had projected", "slightly below last year's 28.9 percent" / "slightly higher than last
year's 28.9%"): that figure is what both compare with.  Not when each side measures its own thing
(the figures before the comparatives all differ) nor when each compares with the other's figure.
"""

from __future__ import annotations

import re

from reader.facts.opposite_context import clause_of, clause_tokens, content_stems
from reader.facts.opposites import SEQUENCE, negating, opposed, opposite_of
from reader.lang import CARDINALS

# the content words read on each side: before the comparative (what is compared, past a verb or
# an adverb: "Riverton's rate remains") and after "than" (the head of what it is compared with:
# "the wider market", "the big hubs", not the words after it)
_BEFORE_WORDS = 4
_AFTER_WORDS = 2
# content words the two sentences share at least (two comparisons of one story's two things
# share few)
SHARED_WORDS_MIN = 3
# units of a span of time: two bounds of one span are this rule's ("escaped in less than eight
# minutes" / "after more than eight minutes"), which the figures' rule reads as a threshold
_SPANS = ("second", "minute", "hour", "day", "week", "month", "year")


def opposite_comparison(a: str, b: str) -> tuple[str, str] | None:
    """The comparative of ``a`` and that of ``b``, as written, when they are opposites in one
    comparison turned round (the module's rule), or in a formula of comparing told alike but its
    one word (:func:`_formula_turned`); else None."""
    if (turned := _formula_turned(a, b)) is not None:
        return turned
    found = _compared(a, b)
    if found is None:
        return None
    (ta, i, (before_a, after_a)), (tb, j, (before_b, after_b)) = found
    if (
        len(set(content_stems([w for w, _, _ in ta])) & set(content_stems([w for w, _, _ in tb])))
        < SHARED_WORDS_MIN
    ):
        return None
    # (a figure both sentences write before their comparatives is the thing both compare: "averaged
    # 219.7 kilometres per hour, slower than last year's" / "At 219.7 km/h, the average speed was
    # faster than last year's", ut269)
    if (fa := _than_figure(ta, i)) and (fb := _than_figure(tb, j)) and fa != fb:
        return None  # "more than 30 years old" / "two fewer than five years ago": two figures (ut276)
    one_figure = bool(_figures(ta[:i]) & _figures(tb[:j]))
    if (before_a.isdisjoint(before_b) and not one_figure) or after_a.isdisjoint(after_b) or _crossed(found):
        return None
    figures_a, figures_b = ({w for w in side if w[0].isdigit()} for side in (before_a, before_b))
    if figures_a and figures_b and figures_a.isdisjoint(figures_b):
        return None  # two things measured ("the German unit, 2.1 billion" / "the French, 1.9 billion")
    return a[ta[i][1] : ta[i][2]], b[tb[j][1] : tb[j][2]]


# formulas of comparing whose one word says which way: "whichever is lower" (a cap, a limit), "twice
# as many as" / "half as many as" (ut284, ut286): the rest of the sentence may be reworded at will
_FORMULA = re.compile(
    r"\bwhichever\s+(?:is|was|comes|came)\s+(?P<which>lower|higher|greater|smaller|less|more|earlier|later)\b"
    r"|\b(?P<times>twice|half|double)\s+as\s+(?:many|much|large|big|high|long)\s+as\b",
    re.IGNORECASE,
)
_WAY = {"lower": -1, "smaller": -1, "less": -1, "earlier": -1, "half": -1}


def _formula_turned(a: str, b: str) -> tuple[str, str] | None:
    """The one word of one formula of comparing told each way, once a side ("whichever was lower" /
    "whichever was higher", "twice as many as" / "half as many as"); else None."""
    if "whichever" not in a and " as " not in a:
        return None  # (the cheap test first: the formula must stand on both sides)
    fa, fb = list(_FORMULA.finditer(a)), list(_FORMULA.finditer(b))
    if len(fa) != 1 or len(fb) != 1 or bool(fa[0]["which"]) != bool(fb[0]["which"]):
        return None
    wa, wb = (m["which"] or m["times"] for m in (fa[0], fb[0]))
    if _WAY.get(wa.lower(), 1) == _WAY.get(wb.lower(), 1):
        return None
    return wa, wb


def other_way_round(a: str, b: str) -> bool:
    """Do two sentences compare two things each from the other's side ("Riverton's rate is higher
    than Lakeside's" / "Lakeside's rate is lower than Riverton's"): one claim, whatever rule reads
    the opposite comparatives?"""
    found = _compared(a, b)
    return (found is not None and _crossed(found)) or _with_its_other(a, b) or _with_its_other(b, a)


# comparatives of one way and the other, in any form a writer turns them ("higher" / "less")
_MORE = frozenset("higher more greater larger bigger above".split())
_LESS = frozenset("lower less fewer smaller below".split())
_OTHER_WAY = {**dict.fromkeys(_MORE, _LESS), **dict.fromkeys(_LESS, _MORE)}


def _opposites(word: str) -> frozenset[str]:
    """The words of the table opposite ``word``, and the comparatives of the other way."""
    return opposite_of(word) | _OTHER_WAY.get(word, frozenset())


def _with_its_other(a: str, b: str) -> bool:
    """Does ``a`` compare a thing "than" another and ``b`` tell the opposite comparative, with no
    "than", of that other ("the price was 500 yuan higher than the X8 Pro" / "the X8 Pro had cost
    500 yuan less": ut146): one claim from the other's side."""
    if " than " not in a or " than " in b:
        return False
    ta, tb = clause_tokens(a), clause_tokens(b)
    wa, wb = {w for w, _, _ in ta}, {w for w, _, _ in tb}
    for i, (x, _, _) in enumerate(ta[:-1]):
        if ta[i + 1][0] != "than" or x in wb or not (opposite := _opposites(x)):
            continue
        side = _sides(ta, i)
        if side is None:
            continue
        for j, (y, _, _) in enumerate(tb):
            if y in opposite and y not in wa:
                start = clause_of(tb, j)[0]
                if side[1] & set(content_stems([w for w, _, _ in tb[start:j]])):
                    return True
    return False


_Side = tuple[list[tuple[str, int, int]], int, tuple[set[str], set[str]]]


def _crossed(found: tuple[_Side, _Side]) -> bool:
    """What each side compares is what the other compares it with, a word or a figure ("public
    sector was 3.9 percent, below the 4.4 percent" / "private sector was 4.4 percent, above the 3.9
    percent"; one word or figure moved to the other end of a sentence is no crossing)."""
    (ta, i, (before_a, after_a)), (tb, j, (before_b, after_b)) = found
    fa, fb = _figures(ta[:i]), _figures(tb[:j])
    return bool((before_a - before_b | fa - fb) & after_b and (before_b - before_a | fb - fa) & after_a)


def _compared(a: str, b: str) -> tuple[_Side, _Side] | None:
    """The one pair of opposite comparatives before "than", or prepositions of a level (tokens,
    index, the content before and after) on the two sides; None when there is not exactly one."""
    if not (_COMPARING.search(a) and _COMPARING.search(b) and (opposed(a, b) or _other_ways(a, b))):
        return None  # (the cheap questions first: most linked pairs compare nothing)
    ta, tb = clause_tokens(a), clause_tokens(b)
    wa, wb = {w for w, _, _ in ta}, {w for w, _, _ in tb}
    pairs = [
        (i, j)
        for i, (x, _, _) in enumerate(ta[:-1])
        if _head(ta, i) and x not in wb and (opposite := _opposites(x))
        for j, (y, _, _) in enumerate(tb[:-1])
        if _head(tb, j) and y in opposite and y not in wa
    ]
    if len(pairs) != 1:
        return None
    i, j = pairs[0]
    sa, sb = _sides(ta, i), _sides(tb, j)
    return None if sa is None or sb is None else ((ta, i, sa), (tb, j, sb))


# prepositions that set a thing against a level as a comparative and "than" do ("slightly above
# the average estimate of 17.4 trillion won" / "below the 17.4 trillion won estimate")
_LEVELS = frozenset(("above", "below"))
_WORDS = re.compile(r"[a-z]+")
_COMPARING = re.compile(r"\b(?:than|above|below)\b", re.IGNORECASE)


def _figures(toks: list[tuple[str, int, int]]) -> set[str]:
    """The figures the tokens write, whole ("2.61": two tokens a point apart)."""
    out: list[str] = []
    end = -2
    for w, s, e in toks:
        if w[0].isdigit():
            out[-1:] = [f"{out[-1]}.{w}"] if out and s == end + 1 else [*out[-1:], w]
            end = e
    return set(out)


def _than_figure(toks: list[tuple[str, int, int]], at: int) -> str:
    """The figure right after the "than" of the comparative at ``at`` (in digits or a word), or ''."""
    head = at + _head(toks, at)
    for w, _, _ in toks[head : head + 2]:
        if w[0].isdigit() or w in CARDINALS:
            return str(CARDINALS.get(w, w))
    return ""


def _other_ways(a: str, b: str) -> bool:
    """Does one side hold a comparative of one way and the other one of the other way?"""
    wa, wb = set(_WORDS.findall(a.lower())), set(_WORDS.findall(b.lower()))
    return bool((wa & _MORE and wb & _LESS) or (wa & _LESS and wb & _MORE))


def _head(toks: list[tuple[str, int, int]], i: int) -> int:
    """How many tokens open a comparison at ``i`` (a comparative and "than": 2; "above" or
    "below": 1), 0 for none."""
    if toks[i + 1][0] == "than":
        return 2
    return 1 if toks[i][0] in _LEVELS else 0


# a figure's scale and unit words, which both a level and what is compared with it are told in
_SCALES = frozenset(("thous", "milli", "billi", "trill", "perce"))
# the words before a figure that make it a thing named ("than the 1.4 million barrels it had
# projected", "above its 2019 level"), not a count's bound ("more than 30 hikers")
_NAMING = frozenset("the its their his her our this that these those last".split())


def _sides(toks: list[tuple[str, int, int]], at: int) -> tuple[set[str], set[str]] | None:
    """The content stems before the comparative at ``at`` and after its "than", in its clause;
    None when the clause holds a negation or an adverb of sequence, or a figure follows "than"."""
    start, end = clause_of(toks, at)
    words = [w for w, _, _ in toks[start:end]]
    if any(negating(w) or w in SEQUENCE for w in words):
        return None
    after = [w for w, _, _ in toks[at + _head(toks, at) : end]]
    figure = next((k for k, w in enumerate(after[:2]) if w[0].isdigit() or w in CARDINALS), None)
    if (
        figure is not None
        and not (figure and after[0] in _NAMING)
        and not (after[figure + 1 : figure + 2] and after[figure + 1].startswith(_SPANS))
    ):
        return None  # "more than 30 hikers": a count's bound, the figures' rule (a span of time is not)
    before = content_stems([w for w, _, _ in toks[start:at]])
    if not before and start > 1:
        # the comparative opens its clause ("Prices rose 3.4 percent, more than inflation"):
        # what it compares is told in the clause before
        start = clause_of(toks, start - 2)[0]
        if not any(negating(w) or w in SEQUENCE for w, _, _ in toks[start:at]):
            before = content_stems([w for w, _, _ in toks[start:at]])
    named = [w for w in content_stems(after) if not w[0].isdigit() and w not in _SCALES][:_AFTER_WORDS]
    # (a level named by its figure is that figure)
    return set(before[-_BEFORE_WORDS:]), set(named) | _figures(toks[at + _head(toks, at) : end])
