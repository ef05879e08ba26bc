"""Figures swapped between the things of one sentence: "Sweden is taking part with about 4,500
personnel and Finland with about 4,000" / "Sweden has committed around 4,000 personnel and
Finland around 4,500"; "Chocolate rose 14.9 percent and butter 11.3 percent" / "Butter jumped
14.9% while chocolate rose 11.3%".

Both sentences state the same figures, so no figure of one is unexplained by the other: the
quantity rules see nothing.  What changed is which thing each figure is told of.  A sentence
is cut into its clauses (at punctuation and "and", "while", "but", "whereas", "plus"); a clause
that holds figures is told of the words in it that no other such clause of its sentence
holds.  When every such clause of one side meets exactly one of the other's by those words,
one to one, each pair holding as many figures, and a pair holds other figures while all of
them are the same figures moved around, the figures were swapped.  The same figures in the
same clauses in another order ("Nice reported 310 and Marseille 205" / "Marseille reported
205 and Nice 310") are a list reordered, no swap.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from reader.facts.compare_numbers import QUANTITY_LABELS
from reader.facts.countries import country_of
from reader.facts.figure_frames import swapped_between_places
from reader.facts.measure_labels import swapped_measures
from reader.facts.measures import unit_of
from reader.facts.respective import respective
from reader.lang import MONTH_NAMES
from reader.model import Difference, Fact

# the note's opening, read by the gate (both sides state both figures: that is the point)
SWAPPED = "figures swapped"
_SWAPPABLE = frozenset({"number", "money", "percent", "duration", "age"})
# (a comma or a colon inside a figure, "2,300" or "4:12", cuts nothing)
# ... and the words that set one figure against another cut ("assets of £5.4 billion against
# liabilities of £5.1 billion": two clauses, each of its own thing)
# a relative clause set off by commas inside a clause, no figure of its own
_ASIDE = re.compile(r"[,(\u2013\u2014]\s*(?:which|who|whose|whom)\b", re.I)
_CLAUSE_CUT = re.compile(
    r"[,;:](?!\d)|[()\u2013\u2014]|\s(?:and|while|but|whereas|plus|against|versus|compared\s+(?:with|to))\s",
    re.I,
)
# (a year is a word of its clause: "57 findings in 2023, up from 31 in 2021" tells each count of its year)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}|\b(?:1[89]|20)\d\d\b")
# words that tell no thing a figure is of (an auxiliary, a preposition, a hedge, a speech verb)
_NO_THING = frozenset(
    "the and with from that this these those were was are is have has had been being said says "
    "will would could about around some more than less over under into their they them also "
    "another other each which while when where who its his her our your there then only just "
    "nearly almost roughly approximately least most per cent percent according".split()
)
# a word's key: its first five letters; a word of four letters meets the keys it opens
# ("Iran" / "Iranians", "down" / "downed")
_KEY = 5
_MONTH_KEYS = frozenset(m[:_KEY] for m in MONTH_NAMES)
_SHORT = 4


def swapped(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """Figures swapped between two places (:func:`reader.facts.figure_frames.swapped_between_places`),
    between the things of two clauses (:func:`swapped_between_things`), two nouns, or two
    measures a sentence names (:func:`reader.facts.measure_labels.swapped_measures`)."""
    return (
        swapped_between_places(left, right, left_text, right_text)
        or swapped_between_names(left, right, left_text, right_text)
        or swapped_to_whose(left, right, left_text, right_text)
        or swapped_between_things(left, right, left_text, right_text)
        or swapped_between_nouns(left, right)
        or swapped_measures(left, right, left_text, right_text)
    )


# one figure set against another's with "to" and a possessive: the one after the name is that name's,
# the one before the other side's ("with 348 points to Halden's 341", "won 52 percent to Ortiz's 45")
_TO_WHOSE = re.compile(r"\s+(?:[a-z]+\s+)?to\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:'s|’s|')\s+$")


def swapped_to_whose(
    left: list[Fact], right: list[Fact], left_text: str, right_text: str
) -> list[Difference]:
    """Two figures set against each other as "X to Name's Y" on both sides, of the same name, each
    in the other's place: "with 348 points to Halden's 341" / "with 341 points to Halden's 348"."""
    told = [_to_whose(facts, text) for facts, text in ((left, left_text), (right, right_text))]
    return [
        Difference(QUANTITY_LABELS[a.kind], a.text, b.text, f"{SWAPPED}: {a.text} vs {b.text} ({name})")
        for name, (a, x) in told[0].items()
        if (pair := told[1].get(name))
        and (b := pair[0]).kind == a.kind
        and _told(a) == _told(pair[1]) != _told(x) == _told(b)
    ][:1]


def _to_whose(facts: list[Fact], text: str) -> dict[str, tuple[Fact, Fact]]:
    """Each name a figure is set against as "X to Name's Y": its figure Y and the other's X."""
    figures = [f for f in facts if f.kind in _NAMED_FIGURES]
    out = {}
    for x, y in pairwise(figures):
        if (m := _TO_WHOSE.fullmatch(text, x.end, y.start)) and x.kind == y.kind:
            out[m.group(1)] = (y, x)
    return out


def swapped_between_names(
    left: list[Fact], right: list[Fact], left_text: str, right_text: str
) -> list[Difference]:
    """Two names that traded their figures, the figures standing where they stood: "Applications
    from Nigeria fell by 61 percent ..., while those from India dropped by 27 percent" /
    "Applications from India fell 61% ..., while those from Nigeria dropped 27%".  Each name told
    once a side, with its figure as :func:`_figure_of_name` reads it; two figures of one kind."""
    if any(sum(f.kind in _NAMED_FIGURES for f in facts) < 2 for facts in (left, right)):
        return []  # (two figures a side at least: most sentence pairs stop here)
    found = _traded(left, right, left_text, right_text)
    kinds = {f.kind for f in left if f.kind in _NAMED_FIGURES}
    for kind in sorted(kinds) if not found and len(kinds) > 1 else ():
        # ... or the figures of one kind, a name told with two ("came third with 16.2 percent and
        # 15 seats, ahead of the National Front with 12.9 percent and 13 seats", ut253)
        lk, rk = ([f for f in fs if f.kind in ("name", kind)] for fs in (left, right))
        found = _traded(lk, rk, _joined(left, left_text, kind), _joined(right, right_text, kind))
        if found:
            break
    return found


def _joined(facts: list[Fact], text: str, kind: str) -> str:
    """The text with each figure of another kind blanked out with the "and" that joins it to the
    next ("16.2 percent and 15 seats": "15 seats" told of the name before), its offsets kept."""
    for f in facts:
        if f.kind in _NAMED_FIGURES and f.kind != kind and text.startswith(" and ", f.end):
            text = text[: f.start] + " " * (f.end + 5 - f.start) + text[f.end + 5 :]
    return text


def _traded(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """:func:`swapped_between_names` of the figures given."""
    nl, nr = _figure_of_name(left, left_text), _figure_of_name(right, right_text)
    shared = [n for n in nl if n in nr]
    traded = [
        n
        for i, x in enumerate(shared)
        for y in shared[i + 1 :]
        if _told(nl[x][1]) == _told(nr[y][1]) != _told(nl[y][1]) == _told(nr[x][1])
        and nl[x][1].kind == nl[y][1].kind  # (a sum and a count trade no places: "$10 billion ... 96")
        for n in (x, y)
    ]
    if not traded:
        return []
    # the name named first in both sentences together: the same either way round
    x = min(traded, key=lambda n: (nl[n][2] + nr[n][2], str(n)))
    a, b = nl[x][1], nr[x][1]
    return [
        Difference(QUANTITY_LABELS[a.kind], a.text, b.text, f"{SWAPPED}: {a.text} vs {b.text} ({nl[x][0]})")
    ]


def _told(f: Fact) -> tuple[str, object]:
    return f.kind, f.value


_NAMED_FIGURES = frozenset({"number", "money", "percent"})  # the figures a name may trade
# the word before a name its figure before it is told of: "£13.1 million for Kestrel Dynamics", "a
# fine of 68.2 million euros, was imposed on Obras Castellanas" (not "28 of the 30 seafarers,
# coastguard spokesman Edwin Brouwer said": a speaker, not whom the figure is of)
_GIVEN_TO = re.compile(r"\b(?:for|from|to|on|by|against)\s+(?:the\s+)?$", re.IGNORECASE)


def _figure_of_name(facts: list[Fact], text: str) -> dict[object, tuple[str, Fact, int]]:
    """Each name told once, with its figure (as :func:`swapped_between_names` reads it): the first
    after it in its clause, before the next name; else the last before it, after the name before
    ("priced at £12.4 million, compared with £13.1 million for Kestrel Dynamics", "The largest
    fine, of 68.2 million euros, was imposed on Obras Castellanas, while ...")."""
    names = [f for f in facts if f.kind == "name"]
    figures = [f for f in facts if f.kind in _NAMED_FIGURES]
    told = Counter(f.value for f in names)
    out: dict[object, tuple[str, Fact, int]] = {}
    for i, n in enumerate(names):
        end = names[i + 1].start if i + 1 < len(names) else len(text)
        fig = next((f for f in figures if n.end <= f.start < end), None)
        if fig is None or _CLAUSE_CUT.search(text, n.end, fig.start):
            start = names[i - 1].end if i else 0
            given = _GIVEN_TO.search(text, max(0, n.start - 10), n.start)  # "... for Kestrel", "imposed on"
            fig = (
                next((f for f in reversed(figures) if start <= f.start and f.end <= n.start), None)
                if given
                else None
            )
        if told[n.value] == 1 and fig is not None:
            out[n.value] = (n.text, fig, n.start)
    return out


def swapped_between_nouns(left: list[Fact], right: list[Fact]) -> list[Difference]:
    """Two counts whose nouns changed places, in one clause or not: "156 aircraft operated by 19
    airlines in 11 countries" / "156 aircraft flown by 11 airlines in 19 countries".  Every count
    has its noun right after it on both sides (no unit of measure), each side tells the same
    figures once each, and two of them are told of each other's noun, in each other's place."""
    # (a figure both sides tell, one of them with no noun after it, is told alike: "including 19
    # in the league" / "19 of them in the league", ut249)
    alike = _bare(left, right) | _bare(right, left)
    nl, nr = (
        _counted([f for f in left if f.value not in alike]),
        _counted([f for f in right if f.value not in alike]),
    )
    if len(nl) < 2 or len(nl) != len(nr) or set(nl) != set(nr):
        return []
    for v, (a, noun) in nl.items():
        for w, (b, other) in nr.items():
            if v != w and noun == other and nl[w][1] == nr[v][1] != noun and _moved(nl, nr, v, w):
                return [
                    Difference(
                        QUANTITY_LABELS[a.kind], a.text, b.text, f"{SWAPPED}: {a.text} vs {b.text} ({a.unit})"
                    )
                ]
    return []


def _moved(nl: dict[float, tuple[Fact, str]], nr: dict[float, tuple[Fact, str]], v: float, w: float) -> bool:
    """Did the two figures change places, not their nouns?  "six games ... 12 matches" / "six
    matches ... 12 games": the figures stand where they stood, the nouns traded, one thing under
    two names; "19 airlines in 11 countries" / "11 airlines in 19 countries": the figures moved."""
    return (nl[v][0].start < nl[w][0].start) != (nr[v][0].start < nr[w][0].start)


def _bare(facts: list[Fact], other: list[Fact]) -> set[object]:
    """The values of the counts of ``facts`` with no noun after them that ``other`` tells too."""
    told = {f.value for f in other if f.kind == "number"}
    return {f.value for f in facts if f.kind == "number" and not f.unit and f.value in told}


def _counted(facts: list[Fact]) -> dict[float, tuple[Fact, str]]:
    """Each count of ``facts`` by its value, with its noun's stem, measures aside ("above 2,100
    meters" / "about 6,900 feet" tell where, not how many); empty when a count has no noun or two
    counts share a value."""
    counts = [f for f in facts if f.kind == "number" and not (f.unit and unit_of(f.unit))]
    out = {
        float(f.value): (f, f.unit.lower().rstrip("s")[:5])
        for f in counts
        if isinstance(f.value, float | int)
    }
    if len(out) != len(counts) or any(not f.unit or " " in f.unit for f, _ in out.values()):
        return {}
    return out


def swapped_between_things(
    left: list[Fact], right: list[Fact], left_text: str, right_text: str
) -> list[Difference]:
    """The first figure of a clause whose figures were swapped with another clause's, as the
    two figures told of that clause's thing (the module's rule); else nothing."""
    fl, fr = _swappable(left, right)
    if _values(fl) != _values(fr):
        # a figure only one side tells is a detail of its own ("Of the 312 posts at risk, 187 are
        # academic and 125 ..." / "Of the posts at risk, 125 are academic and 187 ..."): the swap
        # is of the figures both tell; one such figure, not a list of prices each side tells apart
        bl, br = _both_tell(fl, fr), _both_tell(fr, fl)
        fl, fr = (bl, br) if len(fl) - len(bl) + len(fr) - len(br) == 1 else (fl, fr)
    if len(fl) < 2 or len(fl) != len(fr) or _values(fl) != _values(fr):
        return []
    cl, cr = _clauses(left_text, fl), _clauses(right_text, fr)
    if len(cl) < 2 or len(cl) != len(cr):
        return []
    names = {_key(w) for f in (*left, *right) if f.kind == "name" for w in _WORD.findall(f.text)}
    names |= _MONTH_KEYS  # (a month names a clause as a name does: "in its December projections", ut283)
    pairs = _met(cl, cr, names)
    if pairs is None:
        return []
    moved = [(i, j) for i, j in pairs if _values(cl[i][1]) != _values(cr[j][1])]
    if len(moved) < 2 or any(len(cl[i][1]) != len(cr[j][1]) for i, j in pairs):
        return []
    # the pair that comes first in both sentences together: the same pair either way round
    i, j = min(moved, key=lambda p: (cl[p[0]][1][0].start + cr[p[1]][1][0].start, p))
    a = next(f for f in cl[i][1] if (f.kind, f.value) not in _values(cr[j][1]))
    b = next(f for f in cr[j][1] if (f.kind, f.value) not in _values(cl[i][1]))
    if a.kind != b.kind:  # an age and a count trade no places ("Sixteen-year-old ... two
        return []  # officers" / "Two officers ... a 16-year-old")
    thing = _thing(cl, cr, (i, j), names, a.start)
    return [Difference(QUANTITY_LABELS[a.kind], a.text, b.text, f"{SWAPPED}: {a.text} vs {b.text} ({thing})")]


def _swappable(left: list[Fact], right: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """The figures of each side told of a thing: counts, sums, shares, ages, and spans of time
    when both sides tell the same spans (a span one side reads alone, "1.4% more than a year
    earlier", is a when, not a figure), never a span written as a word before its noun ("a
    two-week campaign": of the campaign, wherever it stands)."""
    fl, fr = (
        [f for f in facts if f.kind in _SWAPPABLE and not (f.kind == "duration" and "-" in f.text)]
        for facts in (left, right)
    )
    if _values([f for f in fl if f.kind == "duration"]) != _values([f for f in fr if f.kind == "duration"]):
        fl, fr = [f for f in fl if f.kind != "duration"], [f for f in fr if f.kind != "duration"]
    return fl, fr


def _both_tell(mine: list[Fact], theirs: list[Fact]) -> list[Fact]:
    """The figures of ``mine`` whose value ``theirs`` tells too."""
    told = _values(theirs)
    return [f for f in mine if (f.kind, f.value) in told]


def _values(facts: list[Fact]) -> Counter[tuple[str, object]]:
    """The figures of ``facts`` as a multiset: two clauses hold the same figures in any order."""
    return Counter((f.kind, f.value) for f in facts)


Clause = tuple[list[tuple[str, str, int]], list[Fact]]  # (its words: key, as written, where; its figures)


def _clauses(text: str, facts: list[Fact]) -> list[Clause]:
    """The clauses of ``text`` that hold a figure, each with its words (outside the figures)
    and its figures.  A figure set off alone belongs to the clause before it: "Halcyon Studios
    collected the most awards of any distributor, seven, ahead of ...".  A list told
    "respectively" is a clause per item (:mod:`reader.facts.respective`)."""
    told = respective(text, facts)
    if told is not None:
        return [(_words_of(text, start, end, facts), [f]) for (start, end), f in told]
    cuts = [0, *(m.start() for m in _CLAUSE_CUT.finditer(text)), len(text) + 1]
    out: list[Clause] = []
    last: Clause | None = None
    held: list[tuple[str, str, int]] = []  # the subject before an aside ("Direct bidders, which ...,")
    for start, end in pairwise(cuts):
        figures = [f for f in facts if start <= f.start < end]
        if not figures and _ASIDE.match(text, start):
            held = last[0] if last is not None and not last[1] else []
            continue  # ", which include domestic funds,": an aside; the clause goes on after it (ut283)
        words, held = held + _words_of(text, start, end, facts), []
        if figures and not words and last is not None:
            last[1].extend(figures)
            if last not in out:
                out.append(last)
        elif figures:
            out.append((words, figures))
        last = out[-1] if figures else (words, [])
    return out


def _words_of(text: str, start: int, end: int, facts: list[Fact]) -> list[tuple[str, str, int]]:
    """The words of ``text[start:end]`` that may tell a thing, outside the figures."""
    return [
        (_key(m.group()), m.group(), m.start())
        for m in _WORD.finditer(text, start, min(end, len(text)))
        if m.group().lower() not in _NO_THING and not any(f.start <= m.start() < f.end for f in facts)
    ]


def _key(word: str) -> str:
    low = word.lower()
    return _BASELINE.get(low, low[:_KEY])


# the words of a baseline clause, which a rewrite says in others ("compared with 71 the year
# before" / "against 54 a year earlier"): one key each, so the clause meets its retelling
_BASELINE = {
    **dict.fromkeys(("compared", "against", "versus", "vs"), "against"),
    **dict.fromkeys(("before", "earlier", "previous", "prior", "ago"), "before"),
    # ... and a market's day: its close told as its end ("closed at $35.37" / "ended the day at
    # $34.50", ut186)
    **dict.fromkeys(("closed", "closing", "close", "ended", "finished", "settled"), "close"),
}


def _same(a: str, b: str) -> bool:
    return a == b or (len(a) == _SHORT and b.startswith(a)) or (len(b) == _SHORT and a.startswith(b))


def _own(clauses: list[Clause], i: int) -> set[str]:
    """The keys of clause ``i`` that no other clause of its sentence holds."""
    others = [k for n, (ws, _) in enumerate(clauses) if n != i for k, _, _ in ws]
    return {k for k, _, _ in clauses[i][0] if not any(_same(k, o) for o in others)}


def _met(cl: list[Clause], cr: list[Clause], names: set[str]) -> list[tuple[int, int]] | None:
    """Each left clause with the one right clause its own words meet, one to one; None when
    one meets none or more than one.  Of several, those met by a name ("Nice reported 310
    cancellations" meets "Nice 205", not "Marseille reported 310 cancellations"), else by the
    first own word of each, its subject ("Chocolate prices were up 14.9 percent from a year
    earlier" meets "while chocolate rose 11.3%", not "Butter prices jumped 14.9% year on
    year").  A clause that meets none by its words meets the one clause with its figures
    ("accounting for 10,542 claims" / "10,542")."""
    own_r = [_own(cr, j) for j in range(len(cr))]
    first_r = [_first(cr, j) for j in range(len(cr))]
    pairs = []
    for i in range(len(cl)):
        mine = _own(cl, i)
        met = [j for j, theirs in enumerate(own_r) if _meet(mine, theirs)]
        if len(met) > 1:
            first = _first(cl, i)
            named = [j for j in met if _meet(mine & names, own_r[j])]
            met = named or [j for j in met if _meet(first, first_r[j])] or _most(mine, met, own_r)
        if not met:
            met = [j for j in range(len(cr)) if _values(cr[j][1]) == _values(cl[i][1])]
        if len(met) != 1:
            return None
        pairs.append((i, met[0]))
    return pairs if len({j for _, j in pairs}) == len(pairs) else None


def _most(mine: set[str], met: list[int], own_r: list[set[str]]) -> list[int]:
    """Of several clauses met, the one that shares the most own words, if one does ("a refund of
    50 percent of the cruise fare" meets "Passengers will get 25% of their fare back", by
    "passengers" and "fare", before "a 50% credit toward a future cruise")."""
    shared = [sum(1 for k in mine if _meet({k}, own_r[j])) for j in met]
    best = max(shared)
    return [j for j, n in zip(met, shared, strict=True) if n == best]


def _first(clauses: list[Clause], i: int) -> set[str]:
    """The first of the own words of clause ``i`` (none when it has none)."""
    own = _own(clauses, i)
    return next(({k} for k, _, _ in clauses[i][0] if k in own), set())


def _meet(mine: set[str], theirs: set[str]) -> bool:
    return any(_same(k, o) for k in mine for o in theirs)


def _thing(cl: list[Clause], cr: list[Clause], pair: tuple[int, int], names: set[str], at: int) -> str:
    """The word both clauses of a moved pair are told of, as the left writes it: a name, else
    the nearest word after the figure (at ``at``), else the one right before it ("assets of"),
    else the first."""
    mine, theirs = _own(cl, pair[0]), _own(cr, pair[1])
    both = [(k, w, s) for k, w, s in cl[pair[0]][0] if k in mine and _meet({k}, theirs)]
    # (a sentence's first word is a name only if it is a country's: "Across" opening one is none)
    named = [w for k, w, s in both if k in names and w[0].isupper() and (s > 0 or country_of(w))]
    after = [w for _, w, s in both if s > at and len(w) > _SHORT]  # ("very low sulphur": "sulphur")
    of = [w for _, w, s in both if 0 < at - s - len(w) <= len(" of ")]  # ("assets of £3.2 billion")
    return (named or after or of or [w for _, w, _ in both] or ["?"])[0]  # (a pair met by words has one)
