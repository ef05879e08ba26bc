"""Who did it, told of another person: "Cummings, the senior Democrat, also scolded the agency"
/ "Mr. Issa, the committee's chairman, also scolded the agency".

Two sentences of a passage that end alike, word for word, after each names one person at its
start, tell one act of two people.  When both people are known to both articles (each
article names each of them somewhere), the two accounts do not tell two acts of strangers: one
of them gives the act to the wrong person.  The rest of the sentences may differ (the persons'
titles and asides); the common end must be long enough to be one act, not a phrase
(:data:`SAME_END_MIN` words).

And one person put for another anywhere in a sentence otherwise the same, by surname alone
("would endorse Harrow in the final round" / "would endorse Vance ...": :func:`person_swap`),
when both articles name both people: a full name for another is
:mod:`reader.facts.name_swap`'s, which cannot tell a surname from a place or an outlet.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence, Set

from reader.facts.name_swap import SAME_WORDS_MIN
from reader.facts.namewords import person
from reader.model import Difference, Fact
from reader.textnorm import fold, one_run_replaced

# the words two sentences must end with alike: "also scolded the agency" is an act, "he said" none
SAME_END_MIN = 4
# the most words before the common end: a subject with its title and an aside
HEAD_WORDS_MAX = 16
_WORD = re.compile(r"[\w'’]+")
# characters at the end two sentences that end alike share (an act of SAME_END_MIN words is longer)
_TAIL = 12


def subject_swap(
    left: list[Fact],
    right: list[Fact],
    texts: tuple[str, str],
    known: Callable[[], tuple[Set[str], Set[str]]],
) -> list[Difference]:
    """The two people one act is told of, when they differ (the module docstring); ``known``
    gives the surnames (folded) each whole article names, asked only for such a pair."""
    if not may_swap(*texts) or not all(t.rstrip(_CLOSING).endswith((".", "!", "?")) for t in texts):
        return []  # or a headline (no full stop): its capitals say nothing of names
    la, lb = _WORD.findall(texts[0].lower()), _WORD.findall(texts[1].lower())
    same = 0
    while same < min(len(la), len(lb)) and la[-1 - same] == lb[-1 - same]:
        same += 1
    head_a, head_b = len(la) - same, len(lb) - same
    if same < SAME_END_MIN or not 0 < head_a <= HEAD_WORDS_MAX or not 0 < head_b <= HEAD_WORDS_MAX:
        return []
    end_a, end_b = _end_of_word(texts[0], head_a), _end_of_word(texts[1], head_b)
    pa, pb = _person(left, end_a), _person(right, end_b)
    names: tuple[Set[str], Set[str]] | None = None
    if pa is None or pb is None:  # a surname alone ("Okafor won Ward 3."): a person its article names
        names = known()
        pa, pb = pa or _person(left, end_a, names[0]), pb or _person(right, end_b, names[1])
    if pa is None or pb is None or not _subject(pa, texts[0], end_a) or not _subject(pb, texts[1], end_b):
        return []
    sa, sb = _surname(pa), _surname(pb)
    if not sa or not sb or sa == sb:
        return []
    names_l, names_r = names or known()
    if sb not in names_l or sa not in names_r:
        return []  # a person one article never names: two accounts may tell two people's acts
    return [Difference("name", pa.text, pb.text, f"who did it: {pa.text} vs {pb.text}")]


def _end_of_word(text: str, n: int) -> int:
    """Where the ``n``-th word of a text ends."""
    for k, m in enumerate(_WORD.finditer(text), 1):
        if k == n:
            return m.end()
    return len(text)


def surnames(facts: Iterable[Sequence[Fact]]) -> frozenset[str]:
    """The surnames (folded) of the people an article names."""
    return frozenset(
        s for fs in facts for f in fs if f.kind == "name" and _is_person(f.text) and (s := _surname(f))
    )


def may_swap(a: str, b: str) -> bool:
    """The cheap question first (a book's verses are thousands of passages): do two sentences
    end in the same characters?"""
    if a.rstrip(_CLOSING)[-_TAIL:].lower() != b.rstrip(_CLOSING)[-_TAIL:].lower():
        return False
    return a.lower().rsplit(None, SAME_END_MIN)[1:] == b.lower().rsplit(None, SAME_END_MIN)[1:]


_CLOSING = " \"'”’)"


def _person(facts: list[Fact], limit: int, surnames: Set[str] = frozenset()) -> Fact | None:
    """The one person named before ``limit``: a name with a title before it, or of two words,
    or one of the ``surnames`` given (those its article names of a person elsewhere)."""
    people = [
        f
        for f in facts
        if f.kind == "name" and f.end <= limit and (_is_person(f.text) or _surname(f) in surnames)
    ]
    return people[0] if len(people) == 1 else None


# words that may open a sentence before its subject
_OPENERS = frozenset("but and then also so yet meanwhile later".split())


def _subject(f: Fact, text: str, head_end: int) -> bool:
    """Is the name the sentence's subject: at its start (after "But", "Then" ...), followed by
    nothing or an aside set off by a comma before the common end ("Mr. Issa, the chairman,")?"""
    before = _WORD.findall(text[: f.start])
    if len(before) > 1 or (before and before[0].lower() not in _OPENERS):
        return False
    between = text[f.end : head_end]
    return not _WORD.search(between) or between.lstrip().startswith(",")


def _is_person(name: str) -> bool:
    bare = person(name)
    return bare != name or len(bare.split()) >= 2


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _surname(f: Fact) -> str:
    words = [fold(w.strip(".,")) for w in person(f.text).split()]
    words = [w for w in words if w and w not in _SUFFIXES]
    return words[-1] if words else ""


# the words before a name that make it a source, not the one the act is told of
_SOURCE = frozenset("said says told tells according wrote asked by per".split())


def person_swap(texts: tuple[str, str], known: Callable[[], tuple[Set[str], Set[str]]]) -> list[Difference]:
    """One surname put for another in two sentences otherwise the same, both people named by
    both articles (the module docstring); ``known`` as for :func:`subject_swap`."""
    wa, wb = _WORD.findall(texts[0]), _WORD.findall(texts[1])
    # (as many words the same besides as a name put for another asks: "Smith won" / "Jones won")
    run = one_run_replaced([w.lower() for w in wa], [w.lower() for w in wb], SAME_WORDS_MIN)
    if run is None or run[1] - run[0] != 1 or run[3] - run[2] != 1 or not run[0] or not run[2]:
        return []  # one word each side, not the sentence's first (subject_swap reads those)
    x, y = wa[run[0]], wb[run[2]]
    if not (x[:1].isupper() and y[:1].isupper()) or wa[run[0] - 1].lower() in _SOURCE:
        return []
    fx, fy = fold(x), fold(y)
    names_l, names_r = known()
    if fx == fy or not {fx, fy} <= set(names_l) or not {fx, fy} <= set(names_r):
        return []
    return [Difference("name", x, y, f"who it was: {x} vs {y}")]
