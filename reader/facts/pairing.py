"""Pairing the facts of two whole articles that are about the same thing.

A link compares the sentences the aligner put together; a disagreement between two
sentences it never linked (a magnitude of 6.1 in one account and 5.9 in the other, a vote
of 4-1 and 8-1) would go unseen.  :func:`cross_conflicts` looks at every fact of one
article against the facts of the same kind in the other and reports a conflict only when
both facts are about *the same thing*:

* what a number counts: the noun after it ("5,200 American *troops*"), the measure it
  is the value of ("a *magnitude* of 5.9", "a 6.1-*magnitude* quake"), the verb before it
  when both have one ("*killed* 12" vs "*injured* 12" are two slots), or after it when it
  is the subject of a clause of its own ("four villages *had been destroyed*"), one outcome
  in two words ("*flattening* seven villages"; a toll compared like a crowd); one thing under two
  names, a gathering's size, a count added to an earlier one, a gun's calibre
  (:mod:`reader.facts.pairing_counts`);
* what an amount of money pays for: the words around it;
* whose age it is: the name next to it ("32-year-old ... Robert *Buckley*");
* the event a date, day or time belongs to: the verbs and nouns around it ("*leave* on
  January 1" / "will *leave* at the end of February"; "*passed* ... Tuesday" /
  "Wednesday's *vote*": one small table of event words that name one act, :data:`EVENTS`);
* which vote a tally is: the words around it;
* a claim one side denies (:mod:`reader.facts.pairing_claims`), the kind of weapon of
  an attack (:mod:`reader.facts.pairing_weapons`), the party of a politician
  (:mod:`reader.facts.pairing_party`), a parent's count of children
  (:mod:`reader.facts.pairing_family`), the length of one person's prison sentence,
  suspension or ban (:mod:`reader.facts.pairing_terms`), one player's statistic of a game
  (:mod:`reader.facts.pairing_stats`), which of two relatives is the elder
  (:mod:`reader.facts.pairing_kin`) and a sum of money of one named thing ("the $732
  billion bill": :mod:`reader.facts.pairing_sums`), each by its own rules.

Beyond the fact itself the two sentences must share context (content words or names,
:data:`MIN_SHARED`), so two different events told with the same noun are not paired.  A
fact the other article states compatibly anywhere, about the same thing, is explained
and never a conflict; each fact is paired with its best partner only, in both directions.

Not conflicts, by rule: a scope one side gives and the other does not ("so far", "in
total", "in their five operations"); durations (they measure different spans too often:
"two months since the testimony" / "a five-month sentence"; only a term tied to one
person's act by its own words is paired, in :mod:`reader.facts.pairing_terms`, and how long
ago an act each article tells once was: "moved back six weeks ago",
:data:`reader.facts.pairing_agree.AGO_MIN_RATIO`); bare
years; relative days ("yesterday"); a figure and its rounding or hedge ("about 20,000" /
"roughly 21,000": the figures agree at the coarser precision); lengths in two units
within 10 % (conversions).

The cost: facts are grouped by kind, and only facts of one kind are compared, so an
article pair of 40 sentences costs well under a millisecond.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from reader.facts.compare_numbers import (
    AGE_GAP_MAX,
    COUNT_MAX_RATIO,
    MAX_RATIO,
    QUANTITY_LABELS,
)
from reader.facts.compare_temporal import written_in_two_years
from reader.facts.figure_moments import figure_moments
from reader.facts.outcomes import stem5, wider_below
from reader.facts.pairing_agree import agree, vague
from reader.facts.pairing_claims import claim_conflicts
from reader.facts.pairing_counts import CROWD
from reader.facts.pairing_family import children_conflicts
from reader.facts.pairing_items import (
    _NOTES,
    EVENTS,
    MIN_SHARED,
    WORD,
    _Item,
    _items,
    has_scope,
    stems,
)
from reader.facts.pairing_kin import kin_conflicts
from reader.facts.pairing_party import party_conflicts
from reader.facts.pairing_quotes import quote_conflicts
from reader.facts.pairing_stats import stat_conflicts
from reader.facts.pairing_sums import sum_conflicts
from reader.facts.pairing_terms import term_conflicts
from reader.facts.pairing_titles import title_conflicts
from reader.facts.pairing_told import Told, both_ways
from reader.facts.pairing_weapons import weapon_conflicts
from reader.facts.scale_slip import scale_word_changed, scaled_slip
from reader.facts.values import amount
from reader.lang import TITLES
from reader.model import Difference, Fact

_PRONOUN = re.compile(r"\b(?:it|he|she|they|It|He|She|They)\b")


def _context(texts: Sequence[str], i: int) -> frozenset[str]:
    """What sentence ``i`` is about, as stems, acts named by :data:`EVENTS` as one word; a
    sentence that speaks of "it", "he" or "they" also takes the sentence before it, the
    one the pronoun most likely points back to."""
    own = stems(texts[i])
    if i and _PRONOUN.search(texts[i]) is not None:
        own |= stems(texts[i - 1])
    return frozenset(EVENTS.get(s, s) for s in own)


_WHEN = frozenset({"date", "day", "time", "tally", "ago"})


def _open(f: Fact) -> bool:
    return f.bound in ("<", ">")


_ACTS = frozenset(EVENTS.values())
# what a game's statistics count (stems): an account of a game gives dozens of them, for
# many players and games ("205 yards" passing, "73 yards" on one drive; "14 games" last
# season, "nine games" this one), so only the same verb on both sides pairs two of them
STATS = frozenset(
    """yards point goals assis rebou passe carri touch tackl sacks saves innin hits runs games
    minut laps""".split()
)


def _names(facts: Sequence[Fact]) -> frozenset[str]:
    """The words of the names a sentence gives (folded stems), sentence-initial guesses and
    titles ("Alderman", "Senator": an office, not its bearer) aside."""
    named = [f.text for f in facts if f.kind == "name" and not f.sentence_initial]
    return frozenset().union(*map(_name_stems, named))


@lru_cache(maxsize=8192)
def _name_stems(name: str) -> frozenset[str]:
    """The folded stems of one name's words (memoised: a name recurs in many sentences)."""
    return frozenset(stem5(w) for w in WORD.findall(name) if len(w) > 2 and w.lower() not in TITLES)


def _other_bearers(
    ln: frozenset[str], rn: frozenset[str], known_l: frozenset[str], known_r: frozenset[str]
) -> bool:
    """Do two sentences name two different bearers of one act?  Their names differ, and
    either both name someone the other article never mentions ("police arrested John Smith
    ... Monday" / "... arrested Peter Brown ... Friday") or both name what both articles
    know (the House's vote / the Senate's).  When only one names someone the other article
    never mentions while the other names only the story's common setting ("Alderman Fleming
    cast the lone vote against ... passed 4-1" / "in Evanston ... passed by a vote of 8-1"),
    the two may well tell one act."""
    if not ln or not rn or not ln.isdisjoint(rn):
        return False
    return bool(ln - known_r) == bool(rn - known_l)


def _about_same(a: _Item, b: _Item) -> bool:
    if a.group != b.group or a.what.isdisjoint(b.what):
        return False
    if a.group == "money" and a.fact.unit != b.fact.unit:
        return False  # two currencies
    if a.group == "money" and len(a.what & b.what) < 2 and not scale_word_changed(a.fact, b.fact):
        return False  # the words around a sum are many: one in common is chance, unless the sum is
        # one figure written with two scale words ("£58 million of Harrowgate's debt" / "£58 billion of
        # its borrowings", ut324): that slip is no chance
    if a.group in _WHEN and not any(w.removeprefix("to ") in _ACTS for w in a.what & b.what):
        return False  # a date of one act and a date of another: only a named act pairs them
    if a.group == "number" and not (a.what & b.what).isdisjoint(STATS) and not (a.verb and a.verb == b.verb):
        return False  # a game's statistics: many players, many games; one verb must tie them
    if a.group == "tally" and a.verb != b.verb:
        return False  # two moments of a game ("with 6:00 left" / "with 2:10 left"), or its end
    return not (a.verb and b.verb and a.verb != b.verb) or damaged_below(a, b)


def _two_bearers(
    a: _Item,
    names: tuple[frozenset[str], frozenset[str]],
    known: tuple[frozenset[str], frozenset[str]],
    lone: bool,
) -> bool:
    """A date, day, time, tally or age ago of one act told of two people or bodies (not the one
    clock time each article gives for one act)."""
    return a.group in _WHEN and _other_bearers(*names, *known) and not lone


def _unnamed(a: _Item, b: _Item, ln: frozenset[str], rn: frozenset[str]) -> bool:
    """Two sums with one word in common (let through for a scale slip, :func:`_about_same`) and no
    name of both sentences among them: the slip ties one named thing's sum ("of Harrowgate's debt")."""
    return a.group == "money" and len(a.what & b.what) < 2 and not a.what & b.what & ln & rn


def damaged_below(a: _Item, b: _Item) -> bool:
    """A count of places damaged below a count of places destroyed ("five villages
    damaged" / "seven leveled"): what is destroyed is damaged too, so these disagree; a
    larger damaged count agrees (:func:`reader.facts.outcomes.wider_below`)."""
    return wider_below(a.verb, float(amount(a.fact)), b.verb, float(amount(b.fact)))


def _outcome(a: _Item, b: _Item) -> bool:
    """One outcome told of both counts: the same one, or a wider one below the narrower."""
    return a.verb[:1] == "<" and (a.verb == b.verb or damaged_below(a, b))


def _comparable(a: _Item, b: _Item, when_a: frozenset[str], when_b: frozenset[str]) -> bool:
    """Quantities: of one scope (not ten times apart, but one figure slipped: "410 million euros" /
    "4.1 billion euros", ut269) and of one moment (sentences that both say when, say the same)."""
    if a.group == "age":  # a deputy of 35 and his son of 17 share a surname
        return abs(float(amount(a.fact)) - float(amount(b.fact))) <= AGE_GAP_MAX
    if a.group not in ("number", "percent", "money"):
        return a.group != "date" or not written_in_two_years(a.fact, b.fact)
    if when_a and when_b and when_a.isdisjoint(when_b):
        return False
    if a.metres is not None and b.metres is not None:
        va, vb = a.metres, b.metres
    else:
        va, vb = abs(float(amount(a.fact))), abs(float(amount(b.fact)))
    # a crowd is estimated by eye, and its estimates differ widely (the police's 10,000, the organisers'
    # 50,000), and so does a toll of one outcome told early and late ("three people killed" / "killing
    # 10 people"): compared up to COUNT_MAX_RATIO
    toll = _outcome(a, b)
    ratio = COUNT_MAX_RATIO if CROWD in a.what & b.what or toll else MAX_RATIO
    return min(va, vb) * ratio >= max(va, vb) or scaled_slip(a.fact, b.fact)


@dataclass(slots=True)
class _Side:
    """One article: its pairable facts and, for each sentence holding one, what pairing
    asks of it (only those sentences: most hold no fact)."""

    items: list[_Item]
    titled: bool  # sentence 0 is the article's headline
    context: dict[int, frozenset[str]]
    names: dict[int, frozenset[str]]
    when: dict[int, frozenset[str]]
    scope: dict[int, bool]
    known: frozenset[str]  # the words of every name the article gives
    stated: dict[int, frozenset[tuple[str, object]]]  # each such sentence's values, of any fact

    @classmethod
    def of(cls, facts: Sequence[Sequence[Fact]], texts: Sequence[str], titled: bool) -> _Side:
        per = [facts[i] if i < len(facts) else [] for i in range(len(texts))]
        items = [it for i, t in enumerate(texts) for it in _items(i, t, per[i])]
        sids = sorted({it.sid for it in items})
        return cls(
            items,
            titled,
            {i: _context(texts, i) for i in sids},
            {i: _names(per[i]) for i in sids},
            {i: figure_moments(texts[i]) for i in sids},
            {i: has_scope(texts[i]) for i in sids},
            _names([f for fs in per for f in fs if f.kind == "name"]),
            {i: frozenset((f.kind, f.value) for f in per[i]) for i in sids},
        )


@dataclass(slots=True)
class _Found:
    """Pairs of facts about the same thing: conflicting (scored), weaker repeats, agreeing."""

    cands: list[tuple[int, int, int]] = field(default_factory=list)  # (score, left, right)
    repeats: list[tuple[int, bool, int, int]] = field(default_factory=list)  # (-shared, headline, l, r)
    agreed_l: set[int] = field(default_factory=set)
    agreed_r: set[int] = field(default_factory=set)


def _lone_times(items: Sequence[_Item], group: str = "time") -> frozenset[str]:
    """The acts an article gives exactly one clock time for ("opened fire about 10 a.m."):
    two articles that each time an act once time the same act, whatever else the two
    sentences say (a witness's "gunfire around 10:30 a.m." / the police's "opened fire
    about 10 a.m.").  With ``group`` "ago": the acts it tells once how long ago they were."""
    seen: dict[str, set[object]] = {}
    for it in items:
        if it.group == group:
            for w in it.what:
                seen.setdefault(w, set()).add(it.fact.value)
    return frozenset(w for w, vals in seen.items() if len(vals) == 1 and not w.startswith("to "))


def _act(
    a: _Item,
    b: _Item,
    known_l: frozenset[str],
    known_r: frozenset[str],
    ln: frozenset[str],
    rn: frozenset[str],
) -> int:
    """What the two facts' own slot counts as context in common (0 or 1): the act a date,
    day or time is told of; one sum written with two scale words; a gathering both size, or an
    earlier count both add to; one outcome in two words ("flattening" / "destroyed"), when neither
    sentence names what the other article never does (the dead of another shooting, in a town only
    one article speaks of).  (The one clock time each article gives for one act counts as all.)"""
    if a.group in _WHEN and not a.what.isdisjoint(b.what):
        return 1
    if a.group == "percent":  # one thing moving one way ("rents fell" / "rents slid"): movers
        return int(a.verb[:1] == "<" and a.verb == b.verb)
    if a.group == "money":  # one sum written with two scale words, of one name: the slip ties them (ut324)
        return int(scale_word_changed(a.fact, b.fact) and bool(a.what & b.what & ln & rn))
    if a.group != "number":
        return 0
    if any(w.endswith("+") or w == CROWD for w in a.what & b.what):
        return 1
    return int(_outcome(a, b) and not (ln - known_r or rn - known_l))


# How many facts of the other article one fact is checked against, at most: an article
# holds a few dozen facts of one kind; a degenerate text thousands of copies of one.
PARTNERS_MAX = 200


def _anywhere(stated: dict[int, frozenset[tuple[str, object]]]) -> set[tuple[str, object]]:
    return set().union(*stated.values()) if stated else set()


def _specific(it: _Item) -> tuple[str, object] | None:
    """A share's or a sum's kind and value, told so exactly that the same elsewhere is it."""
    return (it.fact.kind, it.fact.value) if it.fact.kind in ("percent", "money") else None


def _compare(L: _Side, R: _Side) -> _Found:
    """Every pair of facts about the same thing, sorted into conflicts and agreements."""
    found = _Found()
    told_l, told_r = Told(L.items), Told(R.items)
    # (a share or a sum the other article states anywhere is told: "up 5.2 percent" / "5.2% increase")
    any_l, any_r = _anywhere(L.stated), _anywhere(R.stated)
    found.agreed_l = {x for x, a in enumerate(L.items) if told_r.states(a) or _specific(a) in any_r}
    found.agreed_r = {y for y, b in enumerate(R.items) if told_l.states(b) or _specific(b) in any_l}
    # only facts of one group that share a word of what they are about can be about the
    # same thing: an index on those words, not every pair of facts (thousands of repeated
    # sentences would make that quadratic); a fact meets at most PARTNERS_MAX of them
    index: dict[tuple[str, str], list[int]] = {}
    for y, b in enumerate(R.items):
        for w in b.what:
            index.setdefault((b.group, w), []).append(y)
    lone_l, lone_r = _lone_times(L.items), _lone_times(R.items)
    once_l, once_r = _lone_times(L.items, "ago"), _lone_times(R.items, "ago")
    for x, a in enumerate(L.items):
        partners = sorted({y for w in a.what for y in index.get((a.group, w), ())})[:PARTNERS_MAX]
        for y in partners:
            b = R.items[y]
            if (
                not _about_same(a, b)
                or (L.scope[a.sid] != R.scope[b.sid] and a.group != "age")  # (an age has no scope, ut322)
                or both_ways(a, b, L.stated, R.stated)
            ):
                continue
            if not _comparable(a, b, L.when[a.sid], R.when[b.sid]):
                continue
            lone = a.group == "time" and bool(a.what & b.what & lone_l & lone_r)
            if a.group == "ago":  # how long ago: an act each article tells once, of anyone
                if not a.what & b.what & once_l & once_r:
                    continue
                lone = True
            ln, rn = L.names[a.sid], R.names[b.sid]
            if _unnamed(a, b, ln, rn) or _two_bearers(a, (ln, rn), (L.known, R.known), lone):
                continue  # a sum of one word in common but no name; the same act of two people or bodies
            # beyond the facts (and what they count: a sum's words are its context already)
            own = a.words | b.words | (a.what & b.what if a.group != "money" else frozenset())
            shared = (L.context[a.sid] & R.context[b.sid]) - own
            act = MIN_SHARED if lone else _act(a, b, L.known, R.known, ln, rn)
            # a headline restates the body: its pairs come second
            headline = (L.titled and a.sid == 0) or (R.titled and b.sid == 0)
            if len(shared) + act < MIN_SHARED and a.group != "age":
                if shared or act:  # enough to show a conflict already found, again
                    found.repeats.append((-len(shared), headline, x, y))
            elif agree(a, b):  # told alike about the same thing: neither is contradicted
                if _open(a.fact) == _open(b.fact):  # "less than $5.7 billion" tells no "$3.5 billion"
                    # ... but an order of magnitude explains no exact figure: "tens of thousands
                    # of pages" fits "50,000 pages", which "55,000 pages" still contradicts
                    vague_a, vague_b = vague(a), vague(b)
                    if vague_a or not vague_b:
                        found.agreed_l.add(x)
                    if vague_b or not vague_a:
                        found.agreed_r.add(y)
            elif headline:
                found.repeats.append((-len(shared), True, x, y))
            else:
                found.cands.append((len(a.what & b.what) * 2 + len(shared), x, y))
    return found


def _choose(L: _Side, R: _Side, found: _Found) -> list[tuple[int, int]]:
    """One conflict per fact, the best-scored pairs first; then the same two values stated
    again by facts not yet paired (a headline, another sentence), with less context."""
    used_l, used_r = set(found.agreed_l), set(found.agreed_r)
    chosen: list[tuple[int, int]] = []
    for _, x, y in sorted(found.cands, key=lambda c: (-c[0], c[1], c[2])):
        if x not in used_l and y not in used_r:
            used_l.add(x)
            used_r.add(y)
            chosen.append((x, y))
    values = {(L.items[x].fact.value, R.items[y].fact.value) for x, y in chosen}
    for *_, x, y in sorted(found.repeats):
        if x in used_l or y in used_r or (L.items[x].fact.value, R.items[y].fact.value) not in values:
            continue
        used_l.add(x)
        used_r.add(y)
        chosen.append((x, y))
    return sorted(chosen)


def _told(facts: Sequence[Sequence[Fact]]) -> set[tuple[str, object]]:
    """Every value an article states, with its kind ("19.6 million" of one airport, "48.2
    million" of six: when each article states both, a pair of them is no conflict)."""
    return {(f.kind, f.value) for fs in facts for f in fs}


def cross_conflicts(
    left: Sequence[Sequence[Fact]],
    right: Sequence[Sequence[Fact]],
    left_texts: Sequence[str],
    right_texts: Sequence[str],
    *,
    titled: tuple[bool, bool] = (False, False),
) -> list[tuple[int, int, Difference]]:
    """Conflicts between facts of two whole articles that are about the same thing.

    ``left``/``right`` are the facts of each sentence (``Document.facts``), the texts the
    sentences; ``titled`` says for each side whether its first sentence is a headline
    (a headline restates its story: a conflict is shown on the body's sentences first).
    Returns (left sentence, right sentence, difference) in left order; each
    fact is in at most one conflict, and a fact the other article states compatibly about
    the same thing is in none.  Swapping the articles swaps the sides.
    """
    out = claim_conflicts(left, right, left_texts, right_texts) + weapon_conflicts(left_texts, right_texts)
    out += party_conflicts(left_texts, right_texts) + quote_conflicts(left, right, left_texts, right_texts)
    for rule in (children_conflicts, term_conflicts, stat_conflicts, kin_conflicts, title_conflicts):
        out += rule(left, right, left_texts, right_texts)
    L = _Side.of(left, left_texts, titled[0])
    R = _Side.of(right, right_texts, titled[1]) if L.items else L
    if L.items and {it.group for it in L.items} & {it.group for it in R.items}:
        told_l, told_r = _told(left), _told(right)
        for x, y in _choose(L, R, _compare(L, R)):
            a, b = L.items[x], R.items[y]
            if (b.fact.kind, b.fact.value) in told_l and (a.fact.kind, a.fact.value) in told_r:
                continue  # each article tells both figures: two things, each told by both
            what = _NOTES.get(a.group, a.group)
            note = f"{what}: {a.fact.text} vs {b.fact.text}"
            # a quantity's kind as a link reports it ("percentage", "amount"): one conflict, one kind
            kind = QUANTITY_LABELS.get(a.fact.kind, a.fact.kind)
            out.append((a.sid, b.sid, Difference(kind, a.fact.text, b.fact.text, note)))
    # a sum of one named thing, unless the pairing above already showed those sentences
    # or those figures
    shown = {(li, ri) for li, ri, d in out if d.kind == "amount"} | {(d.left, d.right) for *_, d in out}
    for li, ri, d in sum_conflicts(left, right, left_texts, right_texts):
        if (li, ri) not in shown and (d.left, d.right) not in shown:
            out.append((li, ri, d))
    return sorted(out, key=lambda c: (c[0], c[1]))
