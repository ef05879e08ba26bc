"""One word put for its opposite in a sentence a rewrite reworded: "Congress rejected a similar 24
percent science cut last year and funded the agency ..." / "Last year, Congress approved a similar
24% cut to science and funded NASA ...", "parents of infants younger than 2 months old consult a
pediatrician" / "Parents of infants older than 2 months should talk to a pediatrician".

The rules of :mod:`reader.facts.opposites` ask the rest of the sentence to be the same, word for
word around the pair; a rewrite changes words elsewhere, moves "last year" to the front, writes
"%" for "percent".  Here only the clause of the pair is read (cut at punctuation and at words that
open another clause): the content words next to the word on each side, the thing it is said of
and what follows it, must be the same on both sides (:data:`CONTEXT_WORDS_MIN` at least, before
it one at least), the pair must be the one pair of opposites between the two sentences, and the
sentences must share :data:`~reader.facts.opposites.SAME_WORDS_MIN` content words and name the
same moments ("Ticket sales rose." / "fell.", "in the morning" / "by the close": two moments).  Not
when either clause holds a negation ("did not approve" says "rejected") or an adverb of sequence
("initially rejected" / "later approved": two moments), nor for a bound of a count, which is the
figures' rule ("more than 30").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from reader.facts.opposites import (
    HEDGE_WORDS,
    SAME_WORDS_MIN,
    SEQUENCE,
    negating,
    opposed,
    opposite_of,
    reads_a_figure,
)
from reader.facts.outcomes import stem5
from reader.facts.vote_sides import sides_voted
from reader.lang import MOMENT_WORDS

# the content words next to the pair that must be the same on both sides (the thing and what
# follows it: "culpability was high" / "culpability to be low", two; "Congress rejected a similar
# 24" / "Congress approved a similar 24", three)
CONTEXT_WORDS_MIN = 2
# content words read on each side of the word
_NEAR = 2
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?|[,;:()\u2013\u2014]")
# words that open another clause (a mark does too)
_CLAUSE_WORDS = frozenset("and but while whereas although though because which who when".split())
# words of the table with too many senses to be read by their neighbours alone: particles ("cut
# up" / "cut down"), prepositions ("after their manner" / "what they did before"), quantifiers
# ("how much less" / "how much more"), sides; the rules of whole sentences read them
_MANY_SENSES = frozenset(
    "up down before after more less fewer left right little much few many against".split()
)
# words that tell no thing of the clause (nor does a share's word: "62%" / "62 percent")
_SMALL = frozenset(
    "the a an of by to in on at for from with as was were is are be been being has had have it its "
    "their his her our my your "
    "percent per cent pct "
    "this that these those than also would will could should may might can said says "
    # hedges of a figure and the "more" of a comparative ("as much as 15 percent cheaper" / "up
    # to 15% more expensive")
    "about around nearly almost roughly some much up more most".split()
)


def clause_tokens(text: str) -> list[tuple[str, int, int]]:
    """The words of a text in lower case, and the marks that cut a clause, with their offsets (a
    vote's side one word: :mod:`reader.facts.vote_sides`)."""
    return sides_voted([(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)])


def clause_of(toks: list[tuple[str, int, int]], at: int) -> tuple[int, int]:
    """The token range of the clause holding token ``at``."""
    cut = [i for i, (w, _, _) in enumerate(toks) if not w[0].isalnum() or w in _CLAUSE_WORDS]
    start = max((i + 1 for i in cut if i < at), default=0)
    end = min((i for i in cut if i > at), default=len(toks))
    return start, end


def content_stems(words: list[str]) -> list[str]:
    """The five-letter stems of the words that tell a thing of the clause, in order."""
    return [stem5(w.removesuffix("'s").removesuffix("’s")) for w in words if w not in _SMALL]


# units of time before "earlier" or "later": a baseline ("a year earlier"), not a sequence of acts
_SPANS = frozenset("year years month months week weeks day days quarter quarters decade".split())


def _of_sequence(words: list[str], k: int) -> bool:
    """Is word ``k`` an adverb of sequence ("initially rejected", "later approved"), not a
    baseline ("from 94.6% a year earlier") nor an ordinal ("in the first nine months")?"""
    if words[k] not in SEQUENCE:
        return False
    before = words[k - 1] if k else ""
    return before not in _SPANS and not (words[k] == "first" and before == "the")


def _context(toks: list[tuple[str, int, int]], at: int) -> tuple[list[str], list[str]] | None:
    """The content stems just before and just after token ``at`` in its clause; None when the
    clause holds a negation or an adverb of sequence."""
    start, end = clause_of(toks, at)
    words = [w for w, _, _ in toks[start:end]]
    if any(negating(w) or w == "without" or _of_sequence(words, k) for k, w in enumerate(words)):
        return None
    before = content_stems(words[: at - start])
    if not before and _opens_relative(toks, start):
        # a relative clause is said of the name before it ("Peter Lindqvist, who voted against the
        # plan" / "Lindqvist, who backed the plan", ut242)
        lo, _ = clause_of(toks, start - 3)
        before = content_stems([w for w, _, _ in toks[lo : start - 2]])
    return before[-_NEAR:], content_stems(words[at - start + 1 :])[:_NEAR]


def opposite_in_clause(a: str, b: str) -> tuple[str, str] | None:
    """The word of ``a`` and the word of ``b`` that are opposites in clauses of the same content
    words around them (the module's rule), as written; else None."""
    if not opposed(a, b):
        return None  # (asked already of the pair by the rules of whole sentences: cached)
    ta, tb = clause_tokens(a), clause_tokens(b)
    wa, wb = {w for w, _, _ in ta}, {w for w, _, _ in tb}
    if (
        MOMENT_WORDS & (wa ^ wb)
        or len(set(content_stems(list(wa))) & set(content_stems(list(wb)))) < SAME_WORDS_MIN
    ):
        return None  # two moments ("in the morning" / "by the close"), or too little told alike
    pairs = [
        (i, j)
        for i, (x, _, xe) in enumerate(ta)
        if x not in wb and _read_alone(x, a, xe) and (opposite := opposite_of(x))
        for j, (y, _, ye) in enumerate(tb)
        if y in opposite and y not in wa and _read_alone(y, b, ye)
    ]
    if len(pairs) != 1:
        return None
    i, j = pairs[0]
    (x, xa, xb), (y, ya, yb) = ta[i], tb[j]
    if (reads_a_figure(x, a, xb) or reads_a_figure(y, b, yb)) and not _one_threshold(a[xb:], b[yb:]):
        return None
    near_a, near_b = _context(ta, i), _context(tb, j)
    if near_a is None or near_b is None:
        return None
    side_a, side_b = _Side(near_a, ta, i, _after(ta, i)), _Side(near_b, tb, j, _after(tb, j))
    if (
        not _same_context(near_a, near_b)
        and not _thing_reworded(side_a, side_b)
        and not _act_reworded(side_a, side_b)
        and not _one_anchor(side_a, side_b)
        and not _stance_of_one_person(side_a, side_b)
    ):
        return None
    return a[xa:xb], b[ya:yb]


# the words of a stance a relative clause gives a person ("who voted against the measure" / "who
# supported the budget"): its side, whatever thing each side names it by (a vote's side is read as
# its word of the table, "favour" or "opposed": :func:`clause_tokens`)
_STANCES = frozenset("favour supported backed opposed endorsed rejected".split())


def _stance_of_one_person(a: _Side, b: _Side) -> bool:
    """A stance told in a relative clause of the same named person on both sides ("Councillor Rebecca
    Tan, who voted against the measure" / "Councillor Rebecca Tan, who supported the budget", ut252)?"""
    if len(a.near[0]) != _NEAR or a.near[0] != b.near[0]:
        return False  # (the same two words of the name before the clause)
    return all(
        s.toks[s.at][0] in _STANCES and _opens_relative(s.toks, clause_of(s.toks, s.at)[0]) for s in (a, b)
    )


def _opens_relative(toks: list[tuple[str, int, int]], start: int) -> bool:
    """Does the clause starting at token ``start`` open with ", who" (a relative clause of the name
    before it)?"""
    return start >= 3 and toks[start - 1][0] == "who" and toks[start - 2][0] == ","


class _Side(NamedTuple):
    """One side's word of the pair: the content stems just before and after it, the clause's
    tokens, where the word stands among them, and the wider run of stems after it (:func:`_after`),
    read once for every test below."""

    near: tuple[list[str], list[str]]
    toks: list[tuple[str, int, int]]
    at: int
    wide: list[str]


def _thing_reworded(a: _Side, b: _Side) -> bool:
    """The words before the pair all alike, and the thing after it told with its words moved
    ("0.29 metres below the record set during Storm Eva" / "0.29 metres above its Storm Eva
    record": ut144)?"""
    k = min(len(a.near[0]), len(b.near[0]))
    if k < _NEAR or a.near[0][-k:] != b.near[0][-k:] or not a.near[1] or not b.near[1]:
        return False
    return _moved_before(a.wide, b.wide) or _moved_before(b.wide, a.wide)


def _act_reworded(a: _Side, b: _Side) -> bool:
    """A chance or an ability before "to" ("unlikely to" / "likely to"), its subject alike and the
    act after it told in other words, its thing kept ("the operators were unlikely to challenge the
    decision in court" / "were likely to take the decision to court", ut227)?"""
    if any([w for w, _, _ in s.toks[s.at + 1 : s.at + 2]] != ["to"] for s in (a, b)):
        return False
    if not a.near[0] or not b.near[0] or a.near[0][-1] != b.near[0][-1]:
        return False
    return len(set(a.wide) & set(b.wide)) >= _ACT_THING_MIN


_ACT_THING_MIN = 2  # content words after the act both tell: its thing and where ("decision", "court")


def _one_anchor(a: _Side, b: _Side) -> bool:
    """A most or a least measured from one moment both write right after it ("the highest
    number since March 2008" / "is the lowest since March 2008", ut231)?"""
    since_a, since_b = _since(a.wide), _since(b.wide)
    return bool(since_a) and since_a == since_b


def _since(after: list[str]) -> tuple[str, ...]:
    """The moment after "since" among the first content words after a word (a noun may stand
    between: "highest level since ..."), else ()."""
    k = after.index("since") if "since" in after[:_ANCHOR_AT] else -1
    return tuple(after[k + 1 : k + 3]) if k >= 0 and k + 1 < len(after) else ()


_ANCHOR_AT = 2  # "since" right after the word, or after its noun


def _moved_before(mine: list[str], theirs: list[str]) -> bool:
    """Is my first word after the pair among their few, the words they put before it mine too
    (moved in front of the thing, "its Storm Eva record", not added: "a second plan")?"""
    if not mine or mine[0] not in theirs:
        return False
    return all(w in mine for w in theirs[: theirs.index(mine[0])])


def _after(toks: list[tuple[str, int, int]], at: int) -> list[str]:
    """The first :data:`_WIDE` content stems after token ``at`` in its clause."""
    end = clause_of(toks, at)[1]
    return content_stems([w for w, _, _ in toks[at + 1 : end]])[:_WIDE]


_WIDE = 6  # content words after the pair read for the thing it is said of, reworded


# the figure a bound reads, after "than" and a hedge ("more than 20 percent", "below 20%")
_FIGURE_AFTER = re.compile(
    r"\s*(?:than\s+)?" + HEDGE_WORDS + r"([\d.,]+\d|\d)(?:\s?(?:%|percent|per\s+cent)|(?=[.,;:]?\s*$|[,;:]))"
)


def _read_alone(word: str, text: str, end: int) -> bool:
    """May a word of the table be read by its neighbours: not one of many senses, unless a
    bound of a figure ("more than 20 percent"), and a superlative's "most" or "least" only
    after "the" or a possessive, before its adjective ("the most punctual", not "at least",
    "most of them")?"""
    if word in ("most", "least"):
        return _SUPERLATIVE.search(text[max(0, end - 20) : end]) is not None and not _NOT_ADJECTIVE.match(
            text, end
        )
    if word not in _MANY_SENSES:
        return True
    return word in ("more", "less", "fewer") and _THAN_A_FIGURE.match(text, end) is not None


_SUPERLATIVE = re.compile(r"\b(?:the|its|their|his|her|our)\s+(?:most|least)$", re.IGNORECASE)
_NOT_ADJECTIVE = re.compile(r"\s+(?:of|than|in|to|at|on|for|and|or|\d)\b|\s*[,.;:]", re.IGNORECASE)


_THAN_A_FIGURE = re.compile(r"\s+than\s+" + HEDGE_WORDS + r"\d")


def _one_threshold(after_a: str, after_b: str) -> bool:
    """Do two bounds read the same share ("unemployment is more than 20 percent" / "is less
    than 20%") or the same figure ending its clause ("expected redundancies to be below 400." /
    "to end up above 400.")?  Then the clause's words say whether one threshold is turned round;
    two figures, and a count's bounds with its noun ("more than 30 hikers"), are the figures'
    rule's."""
    ma, mb = _FIGURE_AFTER.match(after_a), _FIGURE_AFTER.match(after_b)
    return ma is not None and mb is not None and ma.group(1) == mb.group(1)


def _same_context(near_a: tuple[list[str], list[str]], near_b: tuple[list[str], list[str]]) -> bool:
    """Are the words next to the pair the same on both sides: as many as the shorter side reads
    ("Doctors advise that children younger" / "Children older": "children" before both), or
    the nearest word before and :data:`CONTEXT_RUN_MIN` in a row through the pair ("a 30
    percent chance of above-average rainfall" / "put the chance of below-average rainfall":
    "chance" before, "average rainfall" after)?"""
    k = min(len(near_a[0]), len(near_b[0]))
    n = min(len(near_a[1]), len(near_b[1]))
    before = _run(near_a[0][::-1], near_b[0][::-1])
    after = _run(near_a[1], near_b[1])
    if not before and after and _one_word_reworded(near_a[0], near_b[0]):
        before = 1  # the verb next to the pair reworded or added, the thing before it kept ("prices
        # reached the highest in three years" / "prices hit their lowest", "the committee voted to
        # approve" / "the committee rejected")
    if not before:
        return False
    return (before == k and after == n and k + n >= CONTEXT_WORDS_MIN) or before + after >= CONTEXT_RUN_MIN


def _one_word_reworded(a: list[str], b: list[str]) -> bool:
    """Are the words before the pair alike but for the nearest, put for another or added on one
    side ("farmers reached" / "farmers hit", "committee voted" / "committee")?"""
    return (
        (len(a) == len(b) == _NEAR and a[0] == b[0])
        or (len(a) >= 2 and a[-2:-1] == b[-1:])
        or (len(b) >= 2 and b[-2:-1] == a[-1:])
    )


# ... or, the words before not all alike, this many alike in a row through the pair
CONTEXT_RUN_MIN = 3


def _run(a: list[str], b: list[str]) -> int:
    """How many words from the first are the same in both lists."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
