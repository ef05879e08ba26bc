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
"than" (a bound of a count is the figures' rule).
"""

from __future__ import annotations

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
    comparison turned round (the module's rule); else None."""
    found = _compared(a, b)
    if found is None:
        return None
    (ta, i, (before_a, after_a)), (tb, j, (before_b, after_b)) = found
    if (
        len(set(content_stems([w for w, _, _ in ta])) & set(content_stems([w for w, _, _ in tb])))
        < SHARED_WORDS_MIN
    ):
        return None
    if before_a.isdisjoint(before_b) or after_a.isdisjoint(after_b) or _crossed(found):
        return None
    return a[ta[i][1] : ta[i][2]], b[tb[j][1] : tb[j][2]]


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


def _with_its_other(a: str, b: str) -> bool:
    """Does ``a`` compare a thing "than" another and ``b`` tell the opposite comparative, with no
    "than", of that other ("the price was 500 yuan higher than the X8 Pro" / "the X8 Pro had cost
    500 yuan less": ut146): one claim from the other's side."""
    if " than " not in a or " than " in b:
        return False
    ta, tb = clause_tokens(a), clause_tokens(b)
    wa, wb = {w for w, _, _ in ta}, {w for w, _, _ in tb}
    for i, (x, _, _) in enumerate(ta[:-1]):
        if (
            ta[i + 1][0] != "than"
            or x in wb
            or not (opposite := opposite_of(x) | _OTHER_WAY.get(x, frozenset()))
        ):
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
    """What one side compares is what the other compares it with."""
    (_, _, (before_a, after_a)), (_, _, (before_b, after_b)) = found
    return bool((before_a - before_b) & after_b or (before_b - before_a) & after_a)


def _compared(a: str, b: str) -> tuple[_Side, _Side] | None:
    """The one pair of opposite comparatives before "than" (tokens, index, the content before
    and after) on the two sides; None when there is not exactly one."""
    if " than " not in a or " than " not in b or not opposed(a, b):
        return None  # (the cheap questions first: most linked pairs compare nothing)
    ta, tb = clause_tokens(a), clause_tokens(b)
    wa, wb = {w for w, _, _ in ta}, {w for w, _, _ in tb}
    pairs = [
        (i, j)
        for i, (x, _, _) in enumerate(ta[:-1])
        if ta[i + 1][0] == "than" and x not in wb and (opposite := opposite_of(x))
        for j, (y, _, _) in enumerate(tb[:-1])
        if tb[j + 1][0] == "than" and y in opposite and y not in wa
    ]
    if len(pairs) != 1:
        return None
    i, j = pairs[0]
    sa, sb = _sides(ta, i), _sides(tb, j)
    return None if sa is None or sb is None else ((ta, i, sa), (tb, j, sb))


def _sides(toks: list[tuple[str, int, int]], at: int) -> tuple[set[str], set[str]] | None:
    """The content stems before the comparative at ``at`` and after its "than", in its clause;
    None when the clause holds a negation or an adverb of sequence, or a figure follows "than"."""
    start, end = clause_of(toks, at)
    words = [w for w, _, _ in toks[start:end]]
    if any(negating(w) or w in SEQUENCE for w in words):
        return None
    after = [w for w, _, _ in toks[at + 2 : end]]
    figure = next((k for k, w in enumerate(after[:2]) if w[0].isdigit() or w in CARDINALS), None)
    if figure is not None and not (after[figure + 1 : figure + 2] and after[figure + 1].startswith(_SPANS)):
        return None  # "more than 30 hikers": a count's bound, the figures' rule (a span of time is not)
    before = content_stems([w for w, _, _ in toks[start:at]])
    if not before and start > 1:
        # the comparative opens its clause ("Prices rose 3.4 percent, more than inflation"):
        # what it compares is told in the clause before
        start = clause_of(toks, start - 2)[0]
        if not any(negating(w) or w in SEQUENCE for w, _, _ in toks[start:at]):
            before = content_stems([w for w, _, _ in toks[start:at]])
    return set(before[-_BEFORE_WORDS:]), set(content_stems(after)[:_AFTER_WORDS])
