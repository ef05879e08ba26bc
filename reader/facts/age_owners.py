"""Whose age: may two ages told in two sentences be one person's?

Two accounts give an age of the victim, the suspect, a relative; two ages side by side are
one person's only when what stands around them agrees: the noun after them ("an 11-year-old
girl" / "the 34-year-old mother" are two people), the name after them ("the 36-year-old
Klitschko" / "the 40-year-old Thompson"), or the name before them ("Paul Riva, 47,", "Dawn
Zimmer, a 54-year-old lawyer").  Ages far apart (:data:`AGE_GAP_MAX`) must name one person.
"""

from __future__ import annotations

import re

from reader.facts.appositions import AT_AGE, ROLE_SET_OFF, WHO_IS_BEFORE
from reader.facts.compare_numbers import AGE_GAP_MAX
from reader.facts.extract_numbers import parse_number
from reader.facts.negation import stem
from reader.facts.speech_patterns import ROLE_WORDS
from reader.facts.tables import PERSON_NOUN, PERSON_NOUN_WORDS
from reader.lang import COUNT_STOP_WORDS, TITLES
from reader.model import Difference

_NOUN_AFTER = re.compile(r"\s+([a-z]+)")
_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w'’\-]*\.?){1,4}")


# an age listed after another ("aged 27 and 51", "aged 19, 22 and 30"): the ages before it
_LISTED = re.compile(r"\baged\s+((?:\d{1,3}(?:,\s*|\s+and\s+))+)$")


def _listed_after(text: str, span: str) -> str:
    """The ages listed before ``span`` after "aged" ("27 and " of "aged 27 and 51"), else ''."""
    at = text.find(span)
    m = _LISTED.search(text, max(0, at - 40), at) if at > 0 else None
    return re.sub(r"\D+", " ", m.group(1)).strip() if m else ""


def same_bearer(d: Difference, left_text: str, right_text: str) -> bool:
    """May two ages be of one person?  Not when each is followed by a common noun and the
    nouns differ ("an 11-year-old girl" / "the 34-year-old mother"), nor by names with no
    word in common, titles and a possessive aside ("the 36-year-old Klitschko" / "the
    40-year-old Thompson": the two boxers of one fight; "Dr. Smith" and "Smith's lawyer" are
    Smith; an adjective of origin counts as a name, so "the 40-year-old American" is not set
    against "the 42-year-old Thompson" either)."""
    listed = _listed_after(left_text, d.left), _listed_after(right_text, d.right)
    if listed[0] and listed[0] == listed[1]:
        return True  # "aged 27 and 51" / "aged 27 and 57": the second of one list (ut184)
    extremes = _extreme_of(left_text, d.left), _extreme_of(right_text, d.right)
    if extremes[0] and extremes[1]:  # "The oldest victim was a 91-year-old woman" / "The oldest victim,
        return extremes[0] == extremes[1]  # an 81-year-old": one; the oldest and the youngest: two
    nouns: list[str] = []
    names: list[list[str]] = []
    owners: list[list[str]] = []
    for text, span in ((left_text, d.left), (right_text, d.right)):
        at = text.find(span)
        m = _NOUN_AFTER.match(text, at + len(span)) if at >= 0 else None
        nouns.append(stem(m.group(1)) if m and m.group(1) not in COUNT_STOP_WORDS else "")
        n = _NAME_AFTER.match(text, at + len(span)) if at >= 0 else None
        words = (
            [w.rstrip(".").removesuffix("'s").removesuffix("’s").lower() for w in n.group(0).split()]
            if n
            else []
        )
        names.append([w for w in words if w not in TITLES])
        owners.append(_named_before(text, span))
    if nouns[0] and nouns[1] and nouns[0] != nouns[1]:
        return False
    if owners[0] or owners[1]:
        # an age set off by commas after a name ("Paul Riva, 47,") is that person's: only an
        # age of the same name compares with it, not one of "a 45-year-old woman" beside
        # (or the name an apposition follows: "Owen Blackwood, the 36-year-old defender", ut194)
        one = _one_name(
            owners[0] or names[0] or _apposed(left_text, d.left),
            owners[1] or names[1] or _apposed(right_text, d.right),
        )
        if one and _by_noun(owners) and _years_apart(d) > AGE_GAP_MAX:
            # "a man, 34," / "a man, 19,": a noun names anyone (the victim, then the suspect);
            # far apart, one man's age only as digits swapped ("34" / "43")
            return sorted(d.left) == sorted(d.right)
        return one
    if _years_apart(d) > AGE_GAP_MAX:
        # far apart, two ages are one person's only when both are told of one name ("the
        # 54-year-old Smith" / "the 45-year-old Smith", "Dawn Zimmer, a 54-year-old lawyer"),
        # or of one noun told the same way on ("a 45-year-old man from Boston was" / "a
        # 54-year-old man from Boston was": a rewrite's slip): else a parent and a child
        if nouns[0] and _told_on_alike(left_text, d.left, right_text, d.right):
            return True
        if _one_by_noun(nouns, d, left_text, right_text):
            return True
        names = [
            n or _apposed(t, span)
            for n, t, span in zip(names, (left_text, right_text), (d.left, d.right), strict=True)
        ]
        return bool(names[0] and names[1]) and _one_name(names[0], names[1])
    # two names with no word in common ("Thompson's lawyer" is Thompson; "Dr. Smith" is Smith)
    return not (names[0] and names[1] and set(names[0]).isdisjoint(names[1]))


def _one_by_noun(nouns: list[str], d: Difference, left_text: str, right_text: str) -> bool:
    """Are two ages far apart told of one noun that names one person: an office ("the 52-year-old
    director of the firm" / "the firm's 62-year-old director", ut229), any noun in one place
    ("a 71-year-old man in Everett who" / "A 77-year-old man was killed in Everett"), or any
    noun told on in words of one fate (:func:`_same_after`)?"""
    if not nouns[0] or nouns[0] != nouns[1]:
        return False
    return (
        nouns[0] in _OFFICE_STEMS
        or bool(_places(left_text) & _places(right_text))
        or _same_after(left_text, d.left, right_text, d.right)
    )


# the stems of an office's nouns: one holder in a story, where a noun of anyone ("man", "woman")
# or of origin ("American") may be two people
_OFFICE_STEMS = frozenset(
    stem(w)
    for w in """director chairman chairwoman captain mayor minister governor president secretary
    spokesman spokeswoman judge coach manager founder editor principal commissioner sheriff""".split()
)
# one person picked out by the most of an age, before it in its sentence: "the oldest victim", "the
# youngest of the miners" (one such a side, of one noun: one person)
_EXTREME = re.compile(r"\bthe\s+(oldest|youngest|eldest)\s+(?:of\s+the\s+)?([a-z]+)", re.IGNORECASE)


def _extreme_of(text: str, span: str) -> tuple[str, str] | None:
    """The one person "the oldest ..." or "the youngest ..." names before the age ``span``."""
    at = text.find(span)
    found = [m for m in _EXTREME.finditer(text, 0, max(0, at))] if at >= 0 else []
    if len(found) != 1:
        return None
    word, noun = found[0].group(1).lower(), found[0].group(2).lower()
    return ("oldest" if word == "eldest" else word), stem(noun)


# a place named after "in", "at" or "near": one noun of one place is one person ("a man in Everett")
_PLACE = re.compile(r"\b(?:in|at|near)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")


def _places(text: str) -> set[str]:
    return set(_PLACE.findall(text))


# how many words after an age must read alike for two far-apart ages to be one person's
_ALIKE_AFTER = 4
_WORD_AFTER = re.compile(r"[\w'’-]+")


def _told_on_alike(left_text: str, left_span: str, right_text: str, right_span: str) -> bool:
    """Do the words after two ages read alike (:data:`_ALIKE_AFTER` of them, all there)?  A
    sentence that ends sooner asks the words before the age to read alike too (up to as many:
    "The victim was a 34-year-old man from Dover." / "The victim was a 43-year-old man from
    Dover.", not "The driver was a 19-year-old man ..." / "The victim was a 43-year-old man ...")."""
    around = []
    for text, span in ((left_text, left_span), (right_text, right_span)):
        at = text.find(span)
        if at < 0:
            return False
        after = _WORD_AFTER.findall(text, at + len(span), at + len(span) + 80)[:_ALIKE_AFTER]
        before = (
            _WORD_AFTER.findall(text, max(0, at - 80), at)[::-1][:_ALIKE_AFTER]
            if len(after) < _ALIKE_AFTER
            else []
        )
        around.append(([w.lower() for w in after], [w.lower() for w in before]))
    (after_l, before_l), (after_r, before_r) = around
    return len(after_l) + len(before_l) >= _ALIKE_AFTER and after_l == after_r and before_l == before_r


# the words after an age's noun that tell what befell that one person, and how many of them two
# sentences must share: "a 27-year-old woman who suffered burns to her arms" / "a 37-year-old woman
# with burns to her arms" is one woman; "a 45-year-old man was stabbed at the scene" / "a
# 19-year-old man was arrested at the scene" two men (one word in common)
_SAME_AFTER_WORDS = 8
SAME_AFTER_MIN = 2


def _same_after(left_text: str, left_span: str, right_text: str, right_span: str) -> bool:
    """Do the words after two ages' one noun share :data:`SAME_AFTER_MIN` content words, and
    not two acts done to the noun ("a 45-year-old man was stabbed ..." / "a 19-year-old man was
    arrested ...")?"""
    said, acts = [], []
    for text, span in ((left_text, left_span), (right_text, right_span)):
        at = text.find(span)
        words = _WORD_AFTER.findall(text, at + len(span), at + len(span) + 100)[1 : _SAME_AFTER_WORDS + 1]
        said.append({stem(w.lower()) for w in words if len(w) > 3 and w.lower() not in COUNT_STOP_WORDS})
        m = _ACT_AFTER.match(text, at + len(span))
        acts.append(m.group(1).lower() if m else "")
    return len(said[0] & said[1]) >= SAME_AFTER_MIN and not (acts[0] and acts[1] and acts[0] != acts[1])


# the act a noun after an age is the subject of: "a 45-year-old man was stabbed", "who was found"
_ACT_AFTER = re.compile(r"\s+[a-z]+,?\s+(?:who\s+)?(?:was|is|were|are|had|has|have)\s+(?:been\s+)?([a-z]+)")


def _by_noun(owners: list[list[str]]) -> bool:
    """Is an owner of the two ages a noun for a person ("the man"), not a name?"""
    return any(len(o) == 1 and _PERSON_NOUN_WORD.fullmatch(o[0]) is not None for o in owners)


_PERSON_NOUN_WORD = re.compile(PERSON_NOUN_WORDS)


def _years_apart(d: Difference) -> float:
    """How far apart the two ages of a difference are ("54", "45-year-old", "Twenty-year-old")."""
    a, b = parse_number(_AGE_WORD.split(d.left.lower())[0]), parse_number(_AGE_WORD.split(d.right.lower())[0])
    return abs(a[0] - b[0]) if a and b else 0.0


_AGE_WORD = re.compile(r"[-\s]")  # the figure of an age span ends at its first dash or space


def _one_name(a: list[str], b: list[str]) -> bool:
    """Do two names (their words, titles aside) name one person: a word in common, and not
    two given names before it ("Jerry Ortiz" and his son "Jeremy Ortiz"; "Englishman Robert
    Buckley" is "Robert Buckley")?"""
    if not a or not b or set(a).isdisjoint(b):
        return False
    return len(a) < 2 or len(b) < 2 or a[-2] == b[-2]


# the name an age set off by commas belongs to ("Paul Riva, 47, of Sterling Heights"), and the
# name an apposition that tells the age follows ("Dawn Zimmer, a 54-year-old lawyer")
_NAME_THEN_COMMA = r"((?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*)(?:\s+(?:[JS]r\.|I{2,3}|IV))?,\s"
_NAME_BEFORE = re.compile(_NAME_THEN_COMMA + "$")
_NAME_BEFORE_A = re.compile(_NAME_THEN_COMMA + r"(?:an?|the)\s$")
_NOUN_BEFORE = re.compile(PERSON_NOUN + r",\s$")
# ... or the role set off behind it ("Markus Oberholzer, Helvion's chief executive, 56", ut276)
_NAME_ROLE_BEFORE = re.compile(_NAME_THEN_COMMA + ROLE_SET_OFF + r"\s$")
# ... or the clause "who is" after it, an aside between ("Marion Hallworth, the charity's CEO, who is 45")
_NAME_WHO_BEFORE = re.compile(_NAME_THEN_COMMA + WHO_IS_BEFORE)


def _name_words(name: str) -> list[str]:
    """The words of a name found before an age, lower case, titles aside."""
    words = [w.rstrip(".").lower() for w in name.split()]
    return [w for w in words if w not in TITLES and w.title() not in TITLES]


def _apposed(text: str, span: str) -> list[str]:
    """The words of the name an apposition with the age ``span`` follows ("Dawn Zimmer, a
    54-year-old lawyer"), titles aside; [] when none."""
    at = text.find(span)
    n = _NAME_BEFORE_A.search(text, max(0, at - 60), at) if at > 0 else None
    return _name_words(n.group(1)) if n is not None else []


def _named_before(text: str, span: str) -> list[str]:
    """The words of the name just before an age written as a bare figure ("Paul Riva, 47"),
    titles aside; [] for any other age."""
    if not span.isdigit():
        return []
    for m in re.finditer(rf"(?<![\w.,]){span}(?!\w)", text):
        n = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if n is not None:
            return _name_words(n.group(1))
        n = _NAME_ROLE_BEFORE.search(text, max(0, m.start() - 90), m.start())
        if n is not None and n["role"] in ROLE_WORDS:
            return _name_words(n.group(1))
        n = _NAME_WHO_BEFORE.search(text, max(0, m.start() - 100), m.start())
        if n is not None:
            return _name_words(n.group(1))
        n = _NOUN_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if n is not None:  # "the man, 34,": the person the noun names
            return [n.group("noun")]
        n = (
            _NAME_AFTER_COMMA.match(text, m.end())
            if AT_AGE.search(text, max(0, m.start() - 8), m.start())
            else None
        )
        if n is not None:  # "At age 80, Biden is": the clause's subject after the comma
            return _name_words(n.group(1))
    return []


_NAME_AFTER_COMMA = re.compile(r",\s+((?:[A-Z][\w'’\-]*\.?\s?){1,4})")
