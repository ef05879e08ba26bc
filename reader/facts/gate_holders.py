"""Whose figure it is, and of what: two counts of one noun that are of two things.

An account of a game, a trial or a season gives many counts of one noun ("points",
"votes", "shots", "dollars"), and two sentences that both give one are often about two
things.  :func:`apart` says why two figures of a conflict are of two things, or '' when
nothing does; :func:`reader.facts.gate.credible` shows no conflict when it finds a reason:

* *holder*: the figures are held by two named people or bodies: the subject of each
  figure's clause ("Tom Vale scored 14 points" / "Ruiz scored two ..."), the owner
  written before it ("Harlan's record of 1,984") or after it ("13 points from Brandt");
  a pronoun subject stands for the last name before it in the sentence ("... when he got
  his 11th point"), and a clause with no subject of its own ("..., and blocked two shots")
  takes the one before;
* *part*: one figure is of a part of the occasion and the other not, or of another part:
  "during a 15-2 run", "in the first seven minutes", "in the second half", "his first five
  points" against the game's 23 (a first quarter's profit against a year's is the same
  thing in other words);
* *rate*: one figure is a rate ("eight rebounds a game", "averaging 23 points", "3,000
  cases a day") and the other a count;
* *noun*: both name what they count, and the nouns differ ("two traditional three-point
  plays" / "14 points": one verb, "scored", is all they share).

The holder is asked of counts only (a sum of money is a bill's or a deal's more than its
payer's), and also of the clock times, durations and parts of an occasion gate shows
(:func:`two_holders`); a wait and a stretch an act lasted, far apart, are two spans of time
(:func:`spans_apart`).  Each reason is general English, no story's words; each is symmetric
in the two sides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.measures import one_measure
from reader.facts.namewords import looks_like_person
from reader.facts.pairing_counts import SAME_THING
from reader.facts.pairing_items import STOP
from reader.lang import SPEECH_VERBS
from reader.model import Fact
from reader.textnorm import fold

# where a clause starts: a mark, a word that opens a clause of its own, or a verb of saying
# ("Jones said 12 people were hurt": the figure is what was said, not Jones's)
_CUT = re.compile(
    r"(?:[,;:(]|\s[-–—]+|\b(?:and|but|while|when|as|after|before|because|since|until|then|that|who|which|"
    + "|".join(SPEECH_VERBS)
    + r"))\s+",
    re.IGNORECASE,
)
# a clause with no subject of its own starts with a verb or an adverb: it takes the subject
# of the clause before ("Okafor, a junior, now has", "Ruiz scored ..., and blocked");
# a past tense ends in -ed, but for the common irregular ones (general English)
_NO_SUBJECT = re.compile(
    r"(?:[a-z]+ed|[a-z]+ly|has|had|have|is|was|were|are|now|also|then|later|still|just|again|"
    r"got|won|led|ran|hit|made|took|gave|set|put|beat|lost|kept|held|threw|drew|caught|stole|"
    r"sold|paid|left|went|came|saw|found|fell|became|broke|shot|struck|spent|won|wrote|said)\b"
)
# a clause that opens with an article and a common noun has that noun for subject
_COMMON_SUBJECT = re.compile(r"(?:a|an|the|this|that|these|those|its|their|his|her)\s+[a-z]")
# a clause before the one looked at that opens with an article and has at most this many
# words is an apposition ("Lopez, the veteran striker, finished"), not the subject's clause
APPOSITION_WORDS = 6
_PRONOUN = re.compile(r"(?:he|she|they|it|his|her|their)\b", re.IGNORECASE)
# how many clauses back a clause without a subject looks for one: a verb of a list
# ("scored ..., grabbed ..., and blocked two shots") reaches its subject in three
CLAUSES_BACK = 3
# "Harlan's school scoring record of 1,984", "Westbrook's first eight points": the owner
# written before the figure, within this many words of its noun phrase
_OWNER_BEFORE = re.compile(r"['’]\s?s?\s+(?:[a-z][\w-]*\s+){0,4}?(?:of\s+)?$")
_OWNER_WORDS = 4
# "13 points from Seth Brandt", "five points from Ruiz": the owner after the noun
_FROM_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?from\s+")


def _names(facts: Sequence[Fact]) -> list[Fact]:
    return [f for f in facts if f.kind == "name"]


def _words(name: str) -> frozenset[str]:
    return frozenset(fold(w.lower()) for w in re.findall(r"[A-Za-z][\w-]*", name) if len(w) > 1)


def _owner(text: str, f: Fact, names: Sequence[Fact]) -> frozenset[str]:
    """The name written as the figure's owner: just before it with "'s" ("Harlan's record of
    1,984") or after its noun with "from" ("13 points from Brandt")."""
    for g in names:
        if g.end <= f.start and f.start - g.end <= 60 and _OWNER_BEFORE.match(text, g.end, f.start):
            between = text[g.end : f.start]
            if len(between.split()) <= _OWNER_WORDS + 2 and not _CUT.search(between):
                return _words(g.text)
    m = _FROM_AFTER.match(text, f.end)
    if m is not None:
        after = next((g for g in names if g.start == m.end()), None)
        if after is not None:
            return _words(after.text)
    return frozenset()


# lower-case words between a capitalised word and a name that are the name's description
_DESCRIBES = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}")


def _subject(text: str, at: int, names: Sequence[Fact]) -> frozenset[str]:
    """The name that is the subject of the clause holding ``at``; empty when the subject is
    no name (a common noun, the figure itself) or cannot be told (a pronoun with no person
    named before it in the sentence)."""
    cuts = [0, *(m.end() for m in _CUT.finditer(text, 0, at))]
    ends = [*cuts[1:], at]
    for start, end in reversed(list(zip(cuts, ends, strict=True))[-1 - CLAUSES_BACK :]):
        head = text[start:at].lstrip(" \"“'‘")
        lead = start + len(text[start:at]) - len(head)
        if end < at and _COMMON_SUBJECT.match(head) and len(text[start:end].split()) <= APPOSITION_WORDS:
            continue  # "Okafor, a junior, now has": an apposition, no subject
        named = next((g for g in names if lead <= g.start <= lead + 4 and g.start < at), None)
        if named is not None and re.match(r"(?:the\s+)?$", text[lead : named.start], re.IGNORECASE):
            # a capitalised word that describes the name after it is of that name ("Pop singer
            # Maya Castellanos sold", "Harbour Wire reporter Ana Ruiz said")
            after = next(
                (g for g in names if g.start > named.end and _DESCRIBES.fullmatch(text, named.end, g.start)),
                None,
            )
            return _words(named.text) | (
                _words(after.text) if after is not None and after.start < at else frozenset()
            )
        if _PRONOUN.match(head):
            # "he", "she": the last person named before, or the last name that was a subject
            starts = {c + len(text[c:at]) - len(text[c:at].lstrip(" \"“'‘")) for c in cuts}
            people = [
                g for g in names if g.end <= lead and (g.start in starts or looks_like_person(g.text, set()))
            ]
            return _words(people[-1].text) if people else frozenset()
        if not _NO_SUBJECT.match(head) or _COMMON_SUBJECT.match(head):
            return frozenset()
    return frozenset()


def holder(text: str, f: Fact, facts: Sequence[Fact]) -> tuple[frozenset[str], bool]:
    """The words of the name a figure is held by, and whether it is written as its owner
    (:func:`_owner`: "Harlan's record of 1,984") rather than read as its clause's subject;
    empty when it cannot be told."""
    names = _names(facts)
    if not names:
        return frozenset(), False
    owner = _owner(text, f, names)
    return (owner, True) if owner else (_subject(text, f.start, names), False)


def _mentions(text: str, words: frozenset[str]) -> bool:
    """Does a text name any of a holder's words (by its first five letters: "Consumers" is
    named by "consumer customers")?"""
    low = fold(text.lower())
    return any(re.search(rf"\b{re.escape(w[:5])}", low) for w in words)


# a part of an occasion: a run of play, an opening or closing stretch, a half or a quarter
_PART_NOUNS = (
    r"half|quarter|period|inning|innings|round|set|frame|lap|laps|leg|stage|minutes?|seconds?|"
    r"hours?|days?|weeks?|months?"
)
_DURING = r"(?:during|in|over|within|through|midway\s+through|late\s+in|early\s+in)\s+"
_PART = re.compile(
    _DURING + r"(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:run|stretch|spurt|spell|burst|flurry|surge)\b"
    r"|" + _DURING + r"(?:the|a|an|its|their|his|her)\s+"
    r"(?:first|second|third|fourth|fifth|final|last|opening|closing|early|late|middle)\s+"
    r"(?:[\d½¼¾.,\s]+|[a-z]+\s+)?(?:" + _PART_NOUNS + r")\b",
    re.IGNORECASE,
)
# a part qualifies the figure it follows within this many words ("five points during a 15-2
# run", "five points from Ruiz in the first minutes"); farther on it tells when the
# sentence's act was ("broke Harlan's record of 1,984 points with a free throw with 4:43 to
# play in the first half": the record is no part of the half)
PART_GAP = 4
# "his first five points", "the final 10 seconds": the figure itself is the first or last of more
_FIRST_OF = re.compile(r"\b(?:first|last|final|opening|closing)\s+$", re.IGNORECASE)
# "During the game's deciding run, ...": an opening phrase of the sentence sets its scene
_OPENING = re.compile(r"(?:during|in|over|within|midway\s+through|late\s+in|early\s+in)\b[^,;:]{0,80},", re.I)


def part(text: str, f: Fact) -> str:
    """The part of an occasion a figure is of, as written (lower case, one space), or ''."""
    first = _FIRST_OF.search(text, max(0, f.start - 10), f.start)
    if first is not None:
        return first.group().strip().lower()
    opening = _OPENING.match(text)
    for m in _PART.finditer(text):
        if opening is not None and m.end() <= opening.end() <= f.start:
            return " ".join(m.group().lower().split())
        if m.start() >= f.end and len(text[f.end : m.start()].split()) <= PART_GAP + 1:
            return " ".join(m.group().lower().split())
    return ""


def _written_as(part_: str, text: str) -> bool:
    """Does ``text`` name the part of an occasion another way ("in the final round" / "final-round
    ballots")?"""
    words = part_.split()[-2:]
    return (
        bool(words)
        and re.search(r"\b" + r"[\s-]+".join(map(re.escape, words)) + r"\b", text, re.I) is not None
    )


# a rate: "eight rebounds a game", "23 points per game", "averaging 23 points"
_RATE_AFTER = re.compile(
    r"(?:\s+[A-Za-z-]+){0,2}?\s+(?:a|per|each|every)\s+(?:game|match|contest|outing|start|season|"
    r"year|month|week|day|night|hour|minute|person|capita|head)\b",
    re.IGNORECASE,
)
_RATE_BEFORE = re.compile(r"\baverag(?:e|es|ed|ing)\s+(?:of\s+)?(?:about\s+|nearly\s+|almost\s+)?$", re.I)
# a unit that is a rate by itself: barrels a day, miles or kilometres an hour
_RATE_UNIT = re.compile(r"\s*(?:bpd|b/d|mph|kph|km/h)\b", re.IGNORECASE)


def rate(text: str, f: Fact) -> bool:
    """Is a figure a rate ("eight rebounds a game", "averaging 23 points", "4 million bpd")?"""
    return (
        _RATE_AFTER.match(text, f.end) is not None
        or _RATE_UNIT.match(text, f.end) is not None
        or _RATE_BEFORE.search(text, max(0, f.start - 25), f.start) is not None
    )


_HEAD_WORD = re.compile(r"\s*[½¼¾]?\s*([A-Za-z][\w'’-]*)")  # "7 ½ minutes": the fraction is the figure's
# words after a figure, up to its noun: "two traditional three-point plays" has three
HEAD_WORDS = 3


def noun(text: str, f: Fact) -> frozenset[str]:
    """The words of what a figure counts: up to :data:`HEAD_WORDS` words after it, to a
    function word, a mark or a name, participles left out ("12 people killed", "six blocked
    shots"), as 5-letter stems read through :data:`reader.facts.pairing_counts.SAME_THING`."""
    words: list[str] = []
    at = f.end
    while len(words) < HEAD_WORDS:
        m = _HEAD_WORD.match(text, at)
        if m is None:
            break
        w = m.group(1)
        low = w.lower()
        at = m.end()
        if low in STOP or w[0].isupper() or not low.replace("-", "").isalpha():
            break
        if not low.endswith(("ed", "ing")):
            words.append(low)
    # a compound ("three-point") qualifies the noun and stays whole
    stems = {w if "-" in w else fold(w)[:5] for w in words}
    return frozenset(SAME_THING.get(x, x) for x in stems)


def two_holders(
    a: Fact, b: Fact, ltext: str, rtext: str, lfacts: Sequence[Fact], rfacts: Sequence[Fact]
) -> bool:
    """Are two values held by two named people or bodies (:func:`holder`): a count, or the
    moment of an act ("Vale answered ... with 11:43 left" / "when he got his 11th point ...
    with 4:43 left")?  Two subjects must also be told apart by the sentences: one of them is
    not named in the other sentence at all (a sentence about a phone "The Q10 is available
    ... with 24 monthly payments" and one about its buyers "Consumers can get the Q10 ... with
    20 monthly payments" name both and tell one plan)."""
    (ha, own_a), (hb, own_b) = holder(ltext, a, lfacts), holder(rtext, b, rfacts)
    if (
        not ha
        or not hb
        or not ha.isdisjoint(hb)
        or _common_word(ha, ltext, rtext)
        or _common_word(hb, rtext, ltext)
        or (_participle(ha, ltext) and _participle(hb, rtext))
    ):
        return False
    # one holder inside the other's subject ("Sales of ... game "Ember Reach" reached", ut207)
    if not (own_a or own_b) and (_in_subject(rtext, b.start, ha) or _in_subject(ltext, a.start, hb)):
        return False
    return own_a or own_b or not _mentions(rtext, ha) or not _mentions(ltext, hb)


def _in_subject(text: str, at: int, held: frozenset[str]) -> bool:
    """Is a holder named before the figure at ``at`` in its clause ("Sales of Northlight's game
    "Ember Reach" reached 9.7 million": Ember Reach's; not "Jones, who beat Smith, scored 25" or
    "Charles ran 86 yards and Hillis rushed for more than 100": Jones's, Hillis's)?"""
    start = max([0, *(m.end() for m in _CUT.finditer(text, 0, at))])  # (its clause: "... and Hillis rushed")
    return all(_mentions(text[start:at], frozenset((w,))) for w in held)  # (every word of the name)


# a participle, its noun and the noun's verb ("Affected employees will", "Displaced tenants received"),
# not a name and its verb ("Manning threw for 300 yards")
_PARTICIPLE_OPENING = re.compile(
    r"[\s\"“'‘]*([A-Z][a-z]+(?:ed|ing))\s+[a-z]+\s+"
    r"(?:will|would|are|were|have|had|has|is|was|can|could|may|must|should|gets?|got|receives?|[a-z]+ed)\b"
)


def _participle(held: frozenset[str], text: str) -> bool:
    """Is a holder only the capitalised participle that opens its sentence before a noun ("Affected
    employees will receive 16 weeks" / "Departing staff will get 16 months", ut207)?"""
    m = _PARTICIPLE_OPENING.match(text)
    return m is not None and held == {fold(m.group(1).lower())}


def _common_word(held: frozenset[str], text: str, other: str) -> bool:
    """Is a holder only the capitalised word that opens its sentence, written in lower case by
    the other ("Exports stayed below 4 million bpd" / "Crude exports averaged more than 4 million
    bpd", ut201; "Over 58 years he made" / "as a leader over a career", ut200): a common word,
    no name."""
    if len(held) != 1:
        return False
    (word,) = held
    opening = re.match(r"[\s\"“'‘]*([A-Za-z][\w-]*)", text)
    return (
        opening is not None
        and fold(opening.group(1).lower()) == word
        and re.search(rf"\b{re.escape(opening.group(1).lower())}\b", other) is not None
    )


def apart(a: Fact, b: Fact, ltext: str, rtext: str, lfacts: Sequence[Fact], rfacts: Sequence[Fact]) -> str:
    """Why two figures of a conflict are of two things ('holder', 'part', 'rate', 'noun'),
    '' when nothing says so."""
    if a.kind == "number" and two_holders(a, b, ltext, rtext, lfacts, rfacts):
        return "holder"  # (a sum of money is a thing's, a bill's or a deal's, more than its payer's)
    pa, pb = part(ltext, a), part(rtext, b)
    if pa != pb and not (_written_as(pa, rtext) or _written_as(pb, ltext)):
        return "part"
    if a.kind == "number" and rate(ltext, a) != rate(rtext, b):
        return "rate"
    na, nb = noun(ltext, a), noun(rtext, b)
    lengths = _length(ltext, a) or _length(rtext, b) or one_measure(a.unit, b.unit)
    if a.kind == "number" and na and nb and na.isdisjoint(nb) and not lengths:
        return "noun"
    return ""


# where a figure counts, the whole world or a home market: a box office's, a company's sales,
# a survey's (ut189); two such scopes are two figures
_SCOPES = (
    (
        "world",
        re.compile(r"\b(?:global(?:ly)?|worldwide|international(?:ly)?|overseas|foreign|abroad)\b", re.I),
    ),
    (
        "home",
        re.compile(r"\b(?:domestic(?:ally)?|North\s+America(?:n)?|U\.?S\.?|United\s+States|at\s+home)\b"),
    ),
)
_SCOPE_REACH = 40  # characters either side of a figure where its scope is told


def scopes_apart(a: Fact, b: Fact, ltext: str, rtext: str) -> bool:
    """Are two figures told of two scopes ("$68.4 million in North American theaters" / "a
    global launch of nearly $164 million")?"""
    sa, sb = _scope(ltext, a), _scope(rtext, b)
    return bool(sa and sb and sa != sb)


def _scope(text: str, f: Fact) -> str:
    """The one scope told near the figure ``f`` ('world', 'home'), '' for none or both."""
    near = text[max(0, f.start - _SCOPE_REACH) : f.end + _SCOPE_REACH]
    found = [name for name, pattern in _SCOPES if pattern.search(near)]
    return found[0] if len(found) == 1 else ""


# what is left of a race, a game, a distance after a figure ("with seven kilometres to go", "with
# 10 minutes remaining", "12 laps from the finish"): a remainder, never the mark reached ("at the
# 35-kilometre mark", ut241) the other side tells; "left" not as a verb ("have left with deferred
# benefits", "killed 58 people and left 21 missing")
_REMAINDER = re.compile(
    r"(?:\s+(?!(?:and|or|have|has|had|who|which|that|were|was|are|is)\b)[a-z]+){0,2}\s+"
    r"(?:to\s+(?:go|run|play|race|ride|fly|sail|swim)\b|remaining\b|"
    r"left\b(?=\s*(?:[.,;:)]|$|\s+(?:in|on|to|of|before|until|for|at)\b))|"
    r"from\s+(?:the\s+)?(?:finish|line|end|top|summit|home)\b)"
)


def remainders_apart(a: Fact, b: Fact, ltext: str, rtext: str) -> bool:
    """Is one figure what remains ("seven kilometres to go") and the other not?"""
    return bool(_REMAINDER.match(ltext, a.end)) != bool(_REMAINDER.match(rtext, b.end))


# a count of a whole its members are picked from ("Of the five stations, two ...", "three of the
# seven judges"): the whole, not the members a count of the other side may tell ("each of the
# five other shortlisted authors gets" picks none: it tells all five, one by one, ut258)
_WHOLE = re.compile(
    r"(?:(?:^|[,;:(]\s*)|\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|some|all|most|"
    r"none|many|several|both|any)\s+)of\s+(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)


def of_a_whole(text: str, f: Fact) -> bool:
    """Is ``f`` the count of a whole its members are picked from ("Of the five stations", "one
    of three members", "five of the 16 SUVs"), not a count of a thing ("a crowd of 5,000")?"""
    return (
        _WHOLE.search(text, max(0, f.start - 24), f.start) is not None
        or _OF_WHICH.match(text, f.end) is not None
    )


# ... or a count its members are told of after it ("about 62,000 claims by Monday noon, of which
# 41,000 ...": the whole, as "Of the roughly 72,000 claims, 41,000 ..." is, ut190)
_OF_WHICH = re.compile(r"[^.;,]{0,40},\s+of\s+(?:which|whom|those|them)\b", re.IGNORECASE)


# a length: "150 metres" and "200 feet" are one fall told in two units (compared as lengths
# by :mod:`reader.facts.pairing`), not two things counted
_LENGTH = re.compile(r"\s*(?:km|kilomet|met|m\b|mi|ft|feet|foot|yard|inch|cm|mm)", re.IGNORECASE)


def _length(text: str, f: Fact) -> bool:
    return _LENGTH.match(text, f.end) is not None


# a stretch an act lasted: "hung with Westbrook for about 30 minutes"
_FOR = re.compile(r"\bfor\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?$", re.IGNORECASE)
# how long before or after the story's moment: "just 18 hours earlier", "two weeks ago"
_OFFSET = re.compile(r"\s*(?:earlier|later|ago|before|after)\b", re.IGNORECASE)
# a wait and a stretch this many times apart are two spans of time ("18 hours earlier" / "for
# about 30 minutes before"); closer ones may be one span told two ways ("escorted out 10
# minutes earlier" / "outside for nine minutes before coming back")
SPANS_RATIO = 3.0


def spans_apart(a: Fact, b: Fact, ltext: str, rtext: str) -> bool:
    """Is one duration how long an act lasted ("for about 30 minutes") and the other how long
    before or after the story's moment something was ("18 hours earlier"), far apart?"""
    if a.kind != "duration" or b.kind != "duration":
        return False
    kinds = {_span_kind(ltext, a), _span_kind(rtext, b)}
    if kinds != {"stretch", "offset"}:
        return False
    va, vb = abs(float(a.value)), abs(float(b.value))  # type: ignore[arg-type]
    return min(va, vb) * SPANS_RATIO < max(va, vb)


def _span_kind(text: str, f: Fact) -> str:
    if _FOR.search(text, max(0, f.start - 16), f.start):
        return "stretch"
    return "offset" if _OFFSET.match(text, f.end) else ""
