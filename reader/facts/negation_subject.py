"""Of whom, and of what, an act is denied and stated: the named subject before a verb ("Moreno
is not signed" / "Park is already signed" are two people), and a belief denied and stated of the
same thing ("did not expect inflation to" / "expects inflation to"), which a report is not ("did
not say whether" / "said").  Asked by :func:`reader.facts.negation.denial`.
"""

from __future__ import annotations

import re

from reader.facts.negation_hint import negation_word
from reader.facts.negation_words import AUXILIARIES, REPORTING, Tokens, stem
from reader.lang import CARDINALS, NEGATION_FILLERS, NOT_NAMES


def _word_before(toks: Tokens, at: int, skip: frozenset[str] = frozenset()) -> int:
    """Where the word just before the verb at ``at`` stands, over auxiliaries, negations and
    adverbs in -ly (and the words of ``skip``), within five words; -1 when none."""
    for k in range(at - 1, max(-1, at - 6), -1):
        t = toks[k][2]
        if not (
            t in AUXILIARIES or t in NEGATION_FILLERS or negation_word(t) or t.endswith("ly") or t in skip
        ):
            return k
    return -1


def _subject(toks: Tokens, raw: list[str], at: int) -> str:
    """The name just before a verb, over auxiliaries and adverbs ("Moreno is not signed",
    "Park is already signed"): its folded word, or '' (a pronoun, a noun, none)."""
    k = _word_before(toks, at, _STILL)
    t = toks[k][2] if k >= 0 else ""
    return t if t and raw[k][:1].isupper() and t not in NOT_NAMES and t.isalpha() else ""


_OF_A_SET = frozenset("of them those these the".split())


def _count_subject(toks: Tokens, at: int) -> str:
    """The count that is the subject of the verb at ``at`` ("four failed", "34 of them sold"), as
    digits, or ''."""
    for k in range(at - 1, max(-1, at - 5), -1):
        t = toks[k][2]
        if t in AUXILIARIES or t in _OF_A_SET:
            continue
        if t.replace(",", "").isdigit():
            return t.replace(",", "")
        return str(CARDINALS[t]) if t in CARDINALS else ""
    return ""


# adverbs of time without -ly between a subject and its verb
_STILL = frozenset("already still now then just".split())


def other_subject(ta: Tokens, ra: list[str], i: int, tb: Tokens, rb: list[str], j: int) -> bool:
    """Is the act denied of one named person and stated of another ("Moreno is not signed" /
    "Voss and Park are already signed"), or told of a named person the other sentence never
    names ("Ross is not signed" / "the stars ... are all signed")?"""
    ca, cb = _count_subject(ta, i), _count_subject(tb, j)
    if ca and cb and ca != cb:
        return True  # "four failed to sell" / "34 of them sold": two groups of one set (ut189)
    if _set_aside(ta, i, tb, j):
        return True  # "does not set the fees" / "set by the regulator rather than the government"
    if _doers_crossed(ta, i, tb, j):
        return True
    sa, sb = _subject(ta, ra, i), _subject(tb, rb, j)
    if sa and sb:
        return sa != sb
    if sa:
        return sa not in _names_of(tb) and not _one_named(tb, rb, j) and not _one_person(tb, j)
    return (
        bool(sb)
        and (sb not in _names_of(ta) or _did_so(ta, sb))
        and not _one_named(ta, ra, i)
        and not _plural_of(sb, ta, i)
        and not _one_person(ta, i)
    )


def _one_person(toks: Tokens, at: int) -> bool:
    """Is the subject of the verb at ``at`` "he" or "she" ("He did not rule out extending the ban" /
    "Mehta ruled out extending the ban", ut321): one person, whom the other side names?"""
    k = _word_before(toks, at, _STILL)
    return k >= 0 and toks[k][2] in _ONE_PERSON


_ONE_PERSON = frozenset(("he", "she"))


def _plural_of(name: str, toks: Tokens, at: int) -> bool:
    """Is ``name`` the plural of the word that opens the subject of the verb at ``at`` ("Allotments are
    exempt" / "Allotment sites are not exempt", ut303): one subject, capitalised by its place?"""
    return at > 0 and name == toks[0][2] + "s" and all(t[2].isalpha() for t in toks[:at])


def _one_named(toks: Tokens, raw: list[str], at: int) -> bool:
    """Is the subject of the verb at ``at`` one thing told by a noun, "the" before it ("the charity
    would not seek" / "FoodBridge would seek"): the body or person the other side names, not a
    group of which the named one is a member ("the stars ... are all signed" / "Ross is not")?"""
    k = _word_before(toks, at)
    t = toks[k][2] if k > 0 else ""
    return bool(t) and raw[k].islower() and t.isalpha() and not t.endswith("s") and toks[k - 1][2] == "the"


_NOT_DOERS = frozenset("it they he she we i you who which that this there one".split())


def _doer(toks: Tokens, at: int) -> str:
    """The stem of the noun just before a verb, over auxiliaries ("a relative identified", "police
    have not identified"), or '' (a pronoun, none)."""
    for k in range(at - 1, max(-1, at - 5), -1):
        t = toks[k][2]
        if t in AUXILIARIES or t in NEGATION_FILLERS or negation_word(t):
            continue
        return stem(t) if t.isalpha() and t not in _NOT_DOERS and t not in AUXILIARIES else ""
    return ""


def _doers_crossed(ta: Tokens, i: int, tb: Tokens, j: int) -> bool:
    """Is the act stated of one doer and denied of another, each sentence naming both ("a relative
    identified the older man" ... "Police have not released the names" / "Relatives named the
    older victim ..., although police have not identified either man", ut252)?"""
    da, db = _doer(ta, i), _doer(tb, j)  # (``ta`` denies, ``tb`` states)
    if not da or not db or da == db or db not in {stem(t[2]) for t in ta}:
        return False
    # ... the denying side's doer denied something on the stating side too ("Police have not
    # released the names"): one story of two doers, not one doer named two ways ("the better team
    # had won" / "the better side had not won", ut194, each side writing "team" and "side")
    return any(
        stem(t[2]) == da and any(negation_word(u[2]) for u in tb[k + 1 : k + 4]) for k, t in enumerate(tb)
    )


# words after a stated act that set another doer aside: "set by the regulator rather than the government"
_SET_ASIDE = (("rather", "than"), ("instead", "of"))
_SET_ASIDE_REACH = 8  # words after the act


def _set_aside(ta: Tokens, i: int, tb: Tokens, j: int) -> bool:
    """Does the stated side set the denied side's subject aside right after its act ("rather than
    the government", "instead of the council", ut227)?  Both then deny it of that subject."""
    k = i - 1
    while k >= 0 and ta[k][2] in AUXILIARIES:
        k -= 1
    if k < 0:
        return False
    subject = ta[k][2]
    words = [t[2] for t in tb[j + 1 : j + 1 + _SET_ASIDE_REACH]]
    for n in range(len(words) - 1):
        if (words[n], words[n + 1]) in _SET_ASIDE:
            return subject in words[n + 2 : n + 5]
    return False


def _did_so(toks: Tokens, name: str) -> bool:
    """Does the sentence tell the act of ``name`` by "did so" ("no member voted for a larger cut,
    unlike in December, when Mehta did so"): the other side's "Mehta voted" is stated on both?"""
    words = [t[2] for t in toks]
    for k, w in enumerate(words[:-2]):
        if w.removesuffix("'s") == name and words[k + 1] in _DO and words[k + 2] in _SO:
            return True
        if (
            w == name
            and words[k + 1] in AUXILIARIES
            and words[k + 2] == "done"
            and words[k + 3 : k + 4] == ["so"]
        ):
            return True
    return False


_DO = frozenset("did does do".split())
_SO = frozenset("so too likewise".split())


def reported(st: str, ta: Tokens, p: int, tb: Tokens, j: int) -> bool:
    """Is the verb (stem ``st``) denied in ``ta`` at ``p`` and stated in ``tb`` at ``j`` a report,
    which denies nothing ("did not say whether" / "said that")?  Not a belief denied and stated
    of the same thing ("did not expect inflation to fall" / "expects inflation to drop": the same
    word right after the verb on both sides), nor a thing reported or confirmed on one side and
    not on the other ("did not report any equipment failures" / "reported equipment failures")."""
    return st in REPORTING and not _believed(st, ta, p, tb, j) and not _passive(ta, p, tb, j)


_BE = frozenset("be been being is are was were".split())


def _passive(ta: Tokens, p: int, tb: Tokens, j: int) -> bool:
    """Is the verb a participle after a form of "be" on both sides ("the findings would not be
    considered" / "would be considered", "was not confirmed" / "was confirmed")?  Then it tells
    what was done to the thing, not what someone reports."""
    return bool(p and j) and ta[p - 1][2] in _BE and tb[j - 1][2] in _BE and ta[p][2].endswith(("ed", "wn"))


def _believed(st: str, ta: Tokens, p: int, tb: Tokens, j: int) -> bool:
    if st not in _BELIEFS:
        return False
    wa, wb = _next_word(ta, p), _next_word(tb, j)
    if wa is None or wa != wb:
        return False
    return "not" not in {t[2] for t in tb[j + 1 : j + 4]}  # "believed them not": older English denies too


_BELIEFS = frozenset("expec belie think thoug repor confi consi".split())
# the words a denial puts before what it denies ("did not expect any stoppages" / "expected
# stoppages") and articles: not the thing believed
_BEFORE_THING = frozenset("any a an the".split())


def _next_word(toks: Tokens, at: int) -> str | None:
    """The word after the verb at ``at``, past "any" and articles, or None."""
    k = at + 1
    while k < len(toks) and toks[k][2] in _BEFORE_THING:
        k += 1
    return toks[k][2] if k < len(toks) else None


def _names_of(toks: Tokens) -> set[str]:
    """A sentence's folded words, a possessive's "'s" off ("Ortiz's" is Ortiz)."""
    return {t[2].removesuffix("'s").removesuffix("’s") for t in toks}


# a named speaker and a verb of saying, either way round: "Forsythe added", "said Forsythe"
_SPEAKER = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:said|says|added|adds|told|stated)\b|\b(?:said|says|added|adds)\s+([A-Z][a-z]+)\b"
)
# ... and one whose words are reported, not quoted: "Forsythe said the suspension was ..." (not
# "And Micaiah said, If thou ...": words quoted without the marks)
_REPORTED = re.compile(
    # (an age set off between them: "Ashworth, 52, said")
    r"\b([A-Z][a-z]+)(?:,\s+\d{1,3},)?\s+(?:said|says)\s+(?:that\s+)?"
    r"(?:the|a|an|it|its|he|she|they|his|her|their|there|this|these|those|no|all|some)\s"
)  # (not "Moses said unto Aaron, ...": words spoken to someone, quoted without the marks)
_QUOTE_MARKS = re.compile("[\"“”‘’]|''")
_PRONOUNS = frozenset(("He", "She"))
_PRONOUN_SAID = re.compile(r"(?:He|She)\s+(?:said|says)\s")


def said_by_one(a: str, b: str) -> bool:
    """Do the two sentences give one named speaker's words, quoted on one side and reported (no
    quotation marks at all) on the other ("... but the provisional suspension is mandatory,"
    Forsythe added / Forsythe said the provisional suspension was not mandatory)?  Then a denial
    of what the quote states is a misquote, as a quote denied on one side is."""
    for quoted, told in ((a, b), (b, a)):
        if _QUOTE_MARKS.search(quoted) and not _QUOTE_MARKS.search(told):
            reporters = {m.group(1) for m in _REPORTED.finditer(told)}
            speakers = {m.group(1) or m.group(2) for m in _SPEAKER.finditer(quoted)}
            if reporters & speakers:
                return True
            # ... or a pronoun that opens the reported words, for the quote's one speaker ("...,"
            # Middlemiss said / She said there was evidence the virus had passed)
            if len(speakers) == 1 and _PRONOUN_SAID.match(told) and not speakers & _PRONOUNS:
                return True
    return False
