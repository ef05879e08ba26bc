"""A rewrite that puts one word for its opposite: "the council approved the plan" / "the council
rejected the plan", "prices rose" / "prices fell".

Two sentences word for word the same but for one word on each side, the two words opposites
(a small table of pairs, with their common forms), say opposite things about one thing: a
conflict of kind "negation", like a "not" added.  The rule asks the rest of the sentence to be
the same (:data:`SAME_WORDS_MIN` words in common and nothing else changed), so it meets rewrites,
never two accounts of two moments ("shares rose in the morning" ... "fell in the afternoon" are
two sentences that differ in more than one word).
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.facts.opposite_pairs import DOWN, PAIRS, UP
from reader.facts.vote_sides import VOTED_SIDES, sides_named, sides_voted
from reader.lang import CARDINALS, ORDINAL_WORDS, UNIVERSALS
from reader.textnorm import (
    PLACE_WORDS,
    mostly_alike,
    one_run_replaced,
    one_spelling,
    one_stretch_apart,
    runs_replaced_in_place,
)

# the note's opening of a difference these rules find (the gate reads it: such a pair is one
# statement reversed whatever its passage's score, the rules asked the rest to be the same)
OPPOSITE_NOTE = "one side says the opposite"
# the words the two sentences must share besides the pair: a short sentence ("Prices rose.")
# may be two moments of one story
SAME_WORDS_MIN = 6

# the most characters the one word put for another spans on each side ("approved" / "rejected",
# with an adverb: "emphatically disputed" / "readily acknowledged")
STRETCH_MAX = 32
_OPPOSITE: dict[str, frozenset[str]] = {}
for _a, _b in (*PAIRS, *((up, down) for up in UP for down in DOWN)):
    for _w in _a:
        _OPPOSITE[_w] = _OPPOSITE.get(_w, frozenset()) | frozenset(_b)
    for _w in _b:
        _OPPOSITE[_w] = _OPPOSITE.get(_w, frozenset()) | frozenset(_a)

# a verb and its particle that say one word of the table: "voted down" the plan is "rejected" it
_PHRASAL = {
    f"{verb} down": rejected
    for verbs, rejected in (
        (("vote", "turn"), "reject"),
        (("votes", "turns"), "rejects"),
        (("voted", "turned"), "rejected"),
    )
    for verb in verbs
} | {"voting down": "rejecting", "turning down": "rejecting"}
# ... a market's move told with its direction ("shares edged lower" / "shares rose slightly")
_PHRASAL |= {
    f"{verb} {way}": moved
    for verb in "edged inched ticked crept drifted moved traded closed ended finished trended".split()
    for way, moved in (("higher", "rose"), ("lower", "fell"))
}
# ... and "ruled out" a cause is "excluded" it
_PHRASAL |= {
    "rule out": "exclude",
    "rules out": "excludes",
    "ruled out": "excluded",
    "ruling out": "excluding",
}

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# the cheap test first (linked pairs are many: 31,000 verses of two Bibles): both sentences hold
# a word of the table
_ANY = re.compile(
    r"\b(?:" + "|".join(sorted([*_OPPOSITE, *_PHRASAL, *VOTED_SIDES], key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


# adverbs that order two moments, not the manner of one act
SEQUENCE = frozenset(
    "initially eventually originally subsequently previously finally later first earlier then".split()
)


_TAKEN = frozenset("for to of with on".split())


def opposed(a: str, b: str) -> bool:
    """Does a word of the table that only ``a`` writes have its opposite only in ``b`` (the cheap
    question every rule of opposites asks first, cached for the pair)?"""
    return _opposed(a, b) is not None


def opposite_of(word: str) -> frozenset[str]:
    """The words of the table opposite to ``word`` (lower case), none for any other word."""
    return _OPPOSITE.get(word, frozenset())


def negating(word: str) -> bool:
    """Is ``word`` (lower case) a negation ("not", "none", "didn't")?"""
    return word in _NEGATIONS or word.endswith(("n't", "n’t"))


def _adverb(word: str) -> bool:
    """An adverb in -ly beside the word, not a word of the table ("likely" / "unlikely")."""
    return word.endswith("ly") and word not in _OPPOSITE


def opposite_word(a: str, b: str) -> tuple[str, str] | None:
    """The word of ``a`` and the word of ``b`` that are opposites in two sentences otherwise
    the same (the module docstring), as written; else None."""
    if not one_stretch_apart(a, b, STRETCH_MAX) or not _ANY.search(a) or not _ANY.search(b):
        return None
    if len(a.lower()) != len(a) or len(b.lower()) != len(b):
        return None  # a letter whose lower case is longer ("İ"): the offsets would shift
    wa, wb = _unstressed(_words(a)), _unstressed(_words(b))
    if not 2 <= len({w for w, _, _ in wa} ^ {w for w, _, _ in wb}) <= 4:
        return None  # one word apart on each side (an adverb beside it), or no rewrite of one word
    run = one_run_replaced([w for w, _, _ in wa], [w for w, _, _ in wb], SAME_WORDS_MIN)
    if run is None:
        return None
    i1, i2, j1, j2 = run
    # the word itself, past an adverb in -ly before or after it ("emphatically disputed"); an
    # adverb of sequence tells two moments ("initially denied" / "eventually acknowledged")
    run_a, run_b = wa[i1:i2], wb[j1:j2]
    if any(w in SEQUENCE for w, _, _ in (*run_a, *run_b)):
        return None
    # ... and past the preposition the word takes ("support for" / "opposition to")
    xs = _phrasal([w for w in run_a if not _adverb(w[0]) and w[0] not in _TAKEN])
    ys = _phrasal([w for w in run_b if not _adverb(w[0]) and w[0] not in _TAKEN])
    if len(xs) != 1 or len(ys) != 1 or i2 - i1 > 2 or j2 - j1 > 2:
        return None
    (x, xa, xb), (y, ya, yb) = xs[0], ys[0]
    if y not in _OPPOSITE.get(x, frozenset()) or (
        reads_a_figure(x, a, xb) and not _BEFORE_A_SHARE.match(a, xb)
    ):
        return None  # (a count's bound turned round is the figures' rule's)
    return a[xa:xb], b[ya:yb]


# the participles of an exchange told from its two sides: in the passive, with no one doing it,
# the goods are bought as they are sold
_CONVERSE = ({"bought", "sold"}, {"lent", "borrowed"})
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|now\s+|still\s+)?$")


def one_exchange(a: str, b: str, words: tuple[str, str]) -> bool:
    """Are the opposites ``words`` of ``a`` and ``b`` one exchange told in the passive from its two
    sides, no one named doing it by "by" ("tickets are now bought online" / "are now sold online",
    ut219; "were bought by pension funds" / "were sold by pension funds" are two)?"""
    x, y = (w.lower() for w in words)
    xa, ya = a.lower().find(x), b.lower().find(y)
    if {x, y} not in _CONVERSE or xa < 0 or ya < 0:
        return False
    by = a.lower().startswith(" by ", xa + len(x)) or b.lower().startswith(" by ", ya + len(y))
    return not by and bool(
        _PASSIVE_BEFORE.search(a.lower(), 0, xa) and _PASSIVE_BEFORE.search(b.lower(), 0, ya)
    )


def _phrasal(run: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A verb and its particle as the one word they say ("voted down": "rejected"), its span
    both words."""
    if len(run) == 2 and (word := _PHRASAL.get(f"{run[0][0]} {run[1][0]}")):
        return [(word, run[0][1], run[1][2])]
    return run


_BOUNDS = frozenset(("less", "fewer", "more"))
# ... and the bounds that take no "than" ("over 2,000 homes", "under 40 people")
_BARE_BOUNDS = frozenset(("under", "over", "below", "above"))
# "than" (or not, after a bare bound) and a figure after it, hedged or not: "more than 30",
# "fewer than two dozen", "less than half", "more than a million", "over 2,000"
HEDGE_WORDS = r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?"
_HEDGE = r"\s+(?:than\s+)?" + HEDGE_WORDS
_BEFORE_A_FIGURE = re.compile(
    _HEDGE
    + r"(?:\d|(?:a\s+|an\s+)?(?:"
    + "|".join(CARDINALS)
    + r"|half|third|quarter|dozen|thousand|million|billion|trillion)\b)",
    re.IGNORECASE,
)
# ... of them a share ("less than half", "below 3 percent"), which the figures' rule sets apart
# as a threshold, so a sentence kept whole but for its bound is this rule's
_BEFORE_A_SHARE = re.compile(
    _HEDGE + r"(?:[\d.,]*\d\s*(?:%|percent\b|per\s*cent\b)|(?:a\s+)?(?:half|third|quarter)\b)",
    re.IGNORECASE,
)
_BEFORE_A_SUM = re.compile(r"\s+(?:than\s+)?(?:us|a|c)?[$€£¥]")
# ... but a threshold turned round in a sentence otherwise kept ("towns of fewer than 20,000
# inhabitants" / "towns of more than 20,000 inhabitants", a verb put for another at most: the
# pair and three words more) is a rewrite's reversal, not two groups the figures' rule sets apart
_THRESHOLD_CHANGES_MAX = 5
# ... unless a word put in turns the group round too ("applies to firms with more than 50" /
# "exempts firms with fewer than 50")
_EXCLUDING = ("exempt", "exclud", "except", "spare", "without", "outside", "barr")


def reads_a_figure(word: str, text: str, end: int) -> bool:
    """Is the word a bound of a count ("more than 30 hikers"), which the figures' rule reads
    (:mod:`reader.facts.compare_numbers`), not a bound of a sum, which it leaves alone, nor
    a comparison ("the more modern hotel" / "the less modern hotel"), which is this rule's?"""
    than = text[end:].lstrip().lower().startswith("than")
    return (
        ((word in _BOUNDS and than) or (word in _BARE_BOUNDS and not than))
        and _BEFORE_A_FIGURE.match(text, end) is not None
        and not _BEFORE_A_SUM.match(text, end)
    )


_NEGATIONS = frozenset(("not", "no", "never", "nor", "neither", "nothing", "none"))
_PER_CENT = re.compile(r"\bper cent\b")


Read = tuple[str, str, list[str], list[str], frozenset[str], frozenset[str]]


@lru_cache(maxsize=4)  # asked by every rule of one pair in a row
def _read(a: str, b: str) -> Read | None:
    """Two sentences' lower-case texts, words and their sets, when both hold a word of the table;
    else None (most pairs: a set's look-ups, the table's regular expression costs 20 us a sentence)."""
    if len(a.lower()) != len(a) or len(b.lower()) != len(b):
        return None
    la, lb = (
        _PER_CENT.sub("percent ", a.lower()),
        _PER_CENT.sub("percent ", b.lower()),
    )  # one word, one length
    xs, ys = _WORD.findall(la), _WORD.findall(lb)
    sa, sb = frozenset(xs) | sides_named(la), frozenset(ys) | sides_named(lb)
    if sa.isdisjoint(_OPPOSITE) or sb.isdisjoint(_OPPOSITE):
        return None
    return la, lb, xs, ys, sa, sb


def _opposed(a: str, b: str, anywhere: bool = False) -> Read | None:
    """:func:`_read`, when a word of the table only one side writes has its opposite only on the
    other; else None (most pairs: the cheap tests first, difflib later)."""
    read = _read(a, b)
    if read is None:
        return None
    sa, sb = read[4], read[5]
    only_a, only_b = sa - sb, sb - sa
    # (``anywhere``: the opposite may stand on both sides, once elsewhere: "towers of more than 40
    # storeys since 2015, fewer than any other borough" / "... since 2015, more than any", ut185)
    if any(_OPPOSITE.get(w, frozenset()) & (sb if anywhere else only_b) for w in only_a):
        return read
    return read if anywhere and any(_OPPOSITE.get(w, frozenset()) & sa for w in only_b) else None


def opposite_in_place(a: str, b: str) -> tuple[str, str] | None:
    """The word of ``a`` and the word of ``b`` that are opposites between the same words
    (:data:`PLACE_WORDS` before and after) in two sentences a rewrite changed elsewhere too
    ("... another doctor, who agreed to place a stitch ..." / "... a different doctor, who
    declined to place a stitch ..."), as written; else None."""
    read = _opposed(a, b, anywhere=True)
    if read is None:
        return None
    la, lb, xs, ys, sa, sb = read
    if any(w in SEQUENCE for w in (*xs, *ys)):
        return None
    if any(negating(w) for w in sa ^ sb):
        return None  # a "not" elsewhere may turn it back: "unlikely ... would not" / "likely ... would"
    # the same words before (or the same opening of the sentence: "But little is known") ...
    for i1, i2, j1, j2 in runs_replaced_in_place(xs, ys, opening=True):
        # one word for its opposite, a word dropped before it on one side at most ("hardware
        # business shrank 6 percent" / "hardware grew 6 per cent")
        if (i2 - i1, j2 - j1) not in ((1, 1), (2, 1), (1, 2)) or xs[i2 - 1] not in _OPPOSITE.get(
            ys[j2 - 1], ()
        ):
            continue
        i1, j1 = i2 - 1, j2 - 1
        w = PLACE_WORDS
        if len(xs[i2 : i2 + w]) == w and _after_alike(xs[i2:], ys[j2:], w):  # ... and after
            at_a = [m.span() for m in _WORD.finditer(la)]  # the words' places, read only now
            at_b = [m.span() for m in _WORD.finditer(lb)]
            if reads_a_figure(xs[i1], a, at_a[i1][1]) and (
                len(sa ^ sb) > _THRESHOLD_CHANGES_MAX or any(w.startswith(_EXCLUDING) for w in sa ^ sb)
            ):
                continue  # (a count's bound is the figures' rule's, unless the rest is the sentence)
            return a[at_a[i1][0] : at_a[i1][1]], b[at_b[j1][0] : at_b[j1][1]]
    return None


def _after_alike(xs: list[str], ys: list[str], w: int) -> bool:
    """Do the ``w`` words after two opposites read the same, a word of one side left out at most
    ("had passed a full safety inspection" / "had failed a safety inspection", ut184)?"""
    if xs[:w] == ys[:w]:
        return True
    return (
        len(xs) > w
        and len(ys) > w
        and any(
            (longer[:k] + longer[k + 1 : w + 1]) == shorter[:w]
            for longer, shorter in ((xs, ys), (ys, xs))
            for k in range(1, w + 1)
        )
    )


# a sentence that opens on "all" (or "every ...") and the same sentence opening on "not all",
# or a clause told after a verb of saying ("said all 48 satellites had" / "said not all of the
# 48 satellites had", ut182)
_ALL_OPENING = re.compile(
    rf"(?i)(?:.*?\b(?:said|says|say|that)\s+)?(?P<not>not\s+)?(?P<all>{'|'.join(UNIVERSALS)})\b(?:\s+of\s+the\b)?"
)


def not_all(a: str, b: str) -> tuple[str, str] | None:
    """ "All X was affected" / "Not all X was affected": the quantifier denied at the opening
    of a sentence otherwise mostly the same (a rewrite that changed other words too), as
    written; else None."""
    if not (_ANY_UNIVERSAL.search(a) and _ANY_UNIVERSAL.search(b)):
        return None  # (the cheap test first: 31,000 verses of two Bibles)
    ma, mb = _ALL_OPENING.match(a), _ALL_OPENING.match(b)
    if (
        ma is None
        or mb is None
        or bool(ma["not"]) == bool(mb["not"])
        or ma["all"].lower() != mb["all"].lower()
    ):
        return None
    xs, ys = _WORD.findall(a[ma.end() :].lower()), _WORD.findall(b[mb.end() :].lower())
    if xs[:PLACE_WORDS] != ys[:PLACE_WORDS] or len(xs) < SAME_WORDS_MIN or mostly_alike(xs, ys) is None:
        return None
    return a[_opening(ma) : ma.end("all")], b[_opening(mb) : mb.end("all")]


_ANY_UNIVERSAL = re.compile(rf"(?i)\b(?:{'|'.join(UNIVERSALS)})\b")


def _opening(m: re.Match[str]) -> int:
    """Where the quantifier starts, with its "not" ("not all of the", "All")."""
    return m.start("not") if m["not"] else m.start("all")


def opposite_said(a: str, b: str) -> tuple[str, str] | None:
    """In a sentence a rewrite changed elsewhere too: an opposite in place, or "all" denied, or
    an opposite in a sentence reordered."""
    return (
        opposite_in_place(a, b)
        or not_all(a, b)
        or opposite_reordered(a, b)
        or sooner_or_later(a, b)
        or comparison_turned(a, b)
    )


# a rewrite that reorders its sentence (the passive for the active: "Members rejected the
# offer by 71 percent" / "The offer was accepted by members by 71 percent"): the same content
# words, the two opposites aside ("in the morning" / "in the afternoon" are two moments)
_SMALL = frozenset("the a an of by to in on at for and was were is are be been has had have it its".split())


def opposite_reordered(a: str, b: str) -> tuple[str, str] | None:
    """The one word of each side that is the other's opposite, in two sentences of the same
    content words in another order, no negation in either and no adverb of sequence before
    either word, as written; else None."""
    read = _opposed(a, b)
    if read is None:
        return None
    la, lb, _, _, sa, sb = read
    oa, ob = [w for w in sa - sb if w in _OPPOSITE], [w for w in sb - sa if w in _OPPOSITE]
    if len(oa) != 1 or len(ob) != 1 or ob[0] not in _OPPOSITE[oa[0]]:
        return None
    if any(negating(w) for w in sa | sb):
        return None
    # ("44 percent" / "44%": a share's sign is no word)
    ca, cb = sa - _SMALL - {oa[0], "percent"}, sb - _SMALL - {ob[0], "percent"}
    if ca != cb or len(ca) < SAME_WORDS_MIN:
        return None
    ma, mb = re.search(rf"\b{oa[0]}\b", la), re.search(rf"\b{ob[0]}\b", lb)
    if ma is None or mb is None or _sequenced(la, ma.start()) or _sequenced(lb, mb.start()):
        return None  # "initially rejected" / "later accepted": two moments
    if reads_a_figure(oa[0], a, ma.end()) or reads_a_figure(ob[0], b, mb.end()):
        return None  # "more than 30 hikers": the figures' rule reads it
    return a[ma.start() : ma.end()], b[mb.start() : mb.end()]


# a time against a plan ("two years later than originally planned" / "two years earlier than
# first planned", ut181): "later" and "earlier" as a comparison, which the table leaves out as
# words of sequence ("later accepted")
_THAN_PLANNED = re.compile(r"(?i)\b(?P<amount>(?:[\w-]+\s+){1,2})(?P<way>later|earlier|sooner)\s+than\b")


def sooner_or_later(a: str, b: str) -> tuple[str, str] | None:
    """The one "later than" of ``a`` told "earlier than" in ``b`` (or the other way round), the
    same amount before both, no negation in either, as written; else None."""
    if "than" not in a or "than" not in b:
        return None  # (the cheap test first)
    ma, mb = _THAN_PLANNED.search(a), _THAN_PLANNED.search(b)
    if ma is None or mb is None or (ma["way"].lower() == "later") == (mb["way"].lower() == "later"):
        return None
    if ma["amount"].lower().split() != mb["amount"].lower().split():
        return None  # "two years later than" / "a year earlier than": two figures, the figures' rule
    if any(negating(w) for w in _WORD.findall(a.lower()) + _WORD.findall(b.lower())):
        return None
    return ma["way"], mb["way"]


# a comparative against a baseline ("remained higher than in 2019" / "is now lower than in 2019",
# ut203): the words after "than" say what both compare with; not a figure's bound ("more than 40")
_COMPARED = re.compile(
    r"(?i)\b(?P<way>higher|lower|larger|bigger|greater|smaller|stronger|weaker|better|worse|cheaper|dearer)"
    r"\s+than\s+(?P<base>[a-z][\w'-]*(?:\s+[\w'-]+){0,2})"
)
_BEFORE_WORDS = 8  # words before the comparative that say what is compared
_NAMED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")


def comparison_turned(a: str, b: str) -> tuple[str, str] | None:
    """The one comparative of ``a`` told as its opposite in ``b`` against the same baseline
    (the same words after "than"), said of the same thing (two content words of the words
    before in common, the same names there), no negation in either, as written; else None."""
    if "than" not in a or "than" not in b:
        return None  # (the cheap test first)
    ma, mb = list(_COMPARED.finditer(a)), list(_COMPARED.finditer(b))
    if len(ma) != 1 or len(mb) != 1:
        return None
    x, y = ma[0], mb[0]
    if y["way"].lower() not in _OPPOSITE.get(x["way"].lower(), frozenset()):
        return None
    if x["base"].lower().split() != y["base"].lower().split():
        return None  # two baselines: "higher than in 2019" / "lower than in 2015"
    if any(negating(w) for w in _WORD.findall(a.lower()) + _WORD.findall(b.lower())):
        return None
    before_a = a[: x.start()].split()[-_BEFORE_WORDS:]
    before_b = b[: y.start()].split()[-_BEFORE_WORDS:]
    content_a = {w.lower().strip(".,;:\"'") for w in before_a if len(w) > 3}
    content_b = {w.lower().strip(".,;:\"'") for w in before_b if len(w) > 3}
    if len(content_a & content_b) < 2:
        return None
    if set(_NAMED.findall(" ".join(before_a))) != set(_NAMED.findall(" ".join(before_b))):
        return None  # "Prices in Paris are higher than in Berlin" / "... in Rome are lower than in Berlin"
    return x["way"], y["way"]


def _sequenced(low: str, at: int) -> bool:
    """Is an adverb of sequence one of the two words before ``at``?"""
    return any(w in SEQUENCE for w in _WORD.findall(low, max(0, at - 24), at)[-2:])


# ordinals as words and figures ("second", "2nd"), for one put for another in a kept sentence
_ORDINAL_WORD = re.compile(r"(?:\d+(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")$")


def ordinal_word(a: str, b: str) -> tuple[str, str] | None:
    """One ordinal put for another in two sentences otherwise the same ("the veto, the second
    of his term" / "the veto, the third of his term"), as written; else None.  The ordinals
    the extractor reads have their noun after them ("the second veto"); an ordinal whose noun
    the sentence leaves out is compared only so, in a sentence a rewrite kept."""
    if not one_stretch_apart(a, b, STRETCH_MAX) or len(a.lower()) != len(a) or len(b.lower()) != len(b):
        return None
    wa, wb = _words(a), _words(b)
    run = one_run_replaced([w for w, _, _ in wa], [w for w, _, _ in wb], SAME_WORDS_MIN)
    if run is None or run[1] - run[0] != 1 or run[3] - run[2] != 1:
        return None
    (x, xa, xb), (y, ya, yb) = wa[run[0]], wb[run[2]]
    if not (_ORDINAL_WORD.match(x) and _ORDINAL_WORD.match(y)) or one_spelling(x) == one_spelling(y):
        return None  # "second" / "2nd": one ordinal
    return a[xa:xb], b[ya:yb]


# words a rewrite adds or drops around an act without changing it: a linking adverb, the "did" of an
# act stressed ("He also declined the invitation" / "He did, however, accept the invitation")
_UNSTRESSED = frozenset("also however though did does do nevertheless nonetheless indeed".split())


def _unstressed(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``words`` without the linking adverbs and the stressing "did" a rewrite adds or drops, unless a
    negation follows the "did" ("did not")."""
    return [
        w
        for k, w in enumerate(words)
        if w[0] not in _UNSTRESSED or (k + 1 < len(words) and negating(words[k + 1][0]))
    ]


def _words(text: str) -> list[tuple[str, int, int]]:
    """The words of a text in lower case, each with its place (a vote's side one word: vote_sides)."""
    # (one apostrophe for both: "committee’s" / "committee's" is one word; the offsets hold)
    return sides_voted(
        [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text.lower().replace("’", "'"))]
    )
