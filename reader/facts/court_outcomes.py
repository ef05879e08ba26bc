"""A verdict or a plea told one way on one side and the other way on the other: "The jury
acquitted him of one count of money laundering" / "Jurors also found him guilty of one count of
money laundering"; "pleaded not guilty Wednesday to charges that ..." / "pleaded guilty Wednesday
at his arraignment".

A court's outcome is the fact a court story turns on, and a rewrite words it freely (convicted,
found guilty; acquitted, found not guilty, cleared), so these rules ask only what the outcome is
about, not that the rest of the sentence be the same:

* a verdict: guilty (convicted, found guilty) or not (acquitted, found not guilty) of one charge,
  the charges after "of"/"on" telling the same thing on both sides (most of the shorter one's
  content words in the other: :func:`reader.facts.opposite_claims.same_claim`);
* a plea: guilty or not guilty (innocent), to the same charges when both sides say to which.

Not a conflict: two people named as the ones tried or pleading; a plea against a verdict (two
acts of one trial: :mod:`reader.facts.negation_kept`); a charge of one side the other does not
tell.
"""

from __future__ import annotations

import re

from reader.facts.opposite_claims import claim_words, same_claim

# a verdict and what it is of: "acquitted him of", "found Smith not guilty on all counts",
# "convicted Pellman on January 22, 2024, of four counts"; the charge is read ahead, so a
# second verdict in it is found too ("convicted of fraud but acquitted of conspiracy")
_VERDICT = re.compile(
    r"\b(?:(?P<acquit>acquit|acquits|acquitted)|(?P<convict>convict|convicts|convicted)"
    r"|found\s+(?:[\w'’-]+\s+){0,3}?(?P<not>not\s+)?guilty)"
    r"(?:\s+[\w'’,-]+){0,5}?\s+(?:of|on)\s+(?=(?P<charge>[^.;:!?]+))",
    re.IGNORECASE,
)
# a plea, and the charges it answers when the sentence says: "pleaded not guilty Wednesday to"
_PLEA = re.compile(
    r"\b(?:plead|pleads|pleaded|pleading|pled)\s+(?P<not>not\s+)?(?P<value>guilty|innocent)"
    r"(?:(?:\s+[\w'’,-]+){0,3}?\s+to\s+(?P<charge>[^.;:!?]+))?",
    re.IGNORECASE,
)
_VERDICT_WORD = re.compile(r"acquit|convict|guilty", re.IGNORECASE)
_PLEA_WORD = re.compile(r"\bple(?:a|d)", re.IGNORECASE)
# where one charge ends: the next clause ("... but acquitted him of", "... after a trial")
_CHARGE_END = re.compile(
    r"\s(?:but|while|after|before|because|when|though|although|whereas|following|and\s+(?:was|were|is))\s",
    re.IGNORECASE,
)


def _charge(text: str) -> str:
    return _CHARGE_END.split(text)[0]


_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# the words between a person and the verb: auxiliaries, a passive, an adverb of its own
_AUXILIARY = frozenset("has have had was were is are be been being also later since then now".split())


def _person(text: str, verb_start: int, verb_end: int, *, verdict: bool) -> str:
    """Who is tried or pleads, lower case: the name or pronoun right after a verdict's verb
    ("acquitted *him*", "found *Smith*"), or the name or pronoun among the few words before the
    verb, for a plea ("*Roe* has pleaded", "*Gates* in 2018 pleaded") or a verdict in the passive
    ("*Smith* was acquitted"; in the active the word before is the jury); '' when none is told."""
    after = _WORD.match(text, verb_end + 1) if verdict and verb_end < len(text) else None
    if after is not None and (after.group()[0].isupper() or after.group().lower() in _OBJECTS):
        return after.group().lower()
    words = _WORD.findall(text, max(0, verb_start - 40), verb_start)
    if verdict and not (words and words[-1].lower() in _PASSIVE):
        return ""
    for w in reversed(words[-4:]):
        if w.lower() in _PRONOUNS or (w[0].isupper() and w.lower() not in _AUXILIARY):
            return w.lower()
    return ""


# the words of a plea to come: "will plead", "plans to plead", "expected to plead"
_TO_COME = frozenset("will would could may might shall to".split())


def _planned(text: str, at: int) -> bool:
    words = _WORD.findall(text, max(0, at - 20), at)
    return bool(words) and words[-1].lower() in _TO_COME


_PASSIVE = frozenset("was were is are be been being".split())
_OBJECTS = frozenset("him her them".split())
_PRONOUNS = frozenset("he she they him her them".split())


def _two_people(a: str, pa: str, b: str, pb: str) -> bool:
    """Are two people named, each absent from the other side?"""
    if not pa or not pb or pa in _PRONOUNS or pb in _PRONOUNS or pa == pb:
        return False
    return pa not in _words(b) and pb not in _words(a)


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


_Verdict = tuple[bool, str, int, int, str]  # guilty, charge, start and end of its words, who


def _verdicts(text: str) -> list[_Verdict]:
    """(guilty, charge, start, end of the words that tell it, who) of each verdict told."""
    out = []
    for m in _VERDICT.finditer(text):
        guilty = m.group("convict") is not None or (m.group("acquit") is None and m.group("not") is None)
        end = (
            m.end("acquit")
            if m.group("acquit")
            else m.end("convict")
            if m.group("convict")
            else m.start("charge")
        )
        words = text[m.start() : end].rstrip()
        end = m.start() + len(words.removesuffix(" of").removesuffix(" on"))
        verb = re.match(r"\w+", text[m.start() :])
        who = _person(text, m.start(), m.start() + (verb.end() if verb else 0), verdict=True)
        out.append((guilty, _charge(m.group("charge")), m.start(), end, who))
    return out


def opposite_verdict(a: str, b: str) -> tuple[str, str] | None:
    """The words of the two verdicts, as written, when one side tells guilty and the other not
    guilty of the same charge, by no two people named; else None."""
    if _VERDICT_WORD.search(a) is None or _VERDICT_WORD.search(b) is None:
        return None  # the cheap question first: most linked pairs tell no verdict
    va, vb = _verdicts(a), _verdicts(b)
    for ga, ca, sa, ea, pa in va:
        for gb, cb, sb, eb, pb in vb:
            if ga == gb or not same_claim(ca, cb, least=1) or _two_people(a, pa, b, pb):
                continue
            if _better_told(gb, ca, cb, va) or _better_told(ga, cb, ca, vb):
                continue  # "convicted on 12 counts, though acquitted of two" / "acquitted on two counts"
            return a[sa:ea], b[sb:eb]
    return None


def _better_told(guilty: bool, mine: str, other: str, verdicts: list[_Verdict]) -> bool:
    """Does a side tell the other's verdict (``guilty`` or not) on a charge nearer the other's
    charge than ``mine`` is: the other's verdict is of that charge, not of ``mine``?"""
    near = len(claim_words(mine) & claim_words(other))
    return any(g == guilty and len(claim_words(c) & claim_words(other)) > near for g, c, _, _, _ in verdicts)


def plea_reversed(a: str, b: str) -> bool:
    """Does one side tell a plea of guilty and the other of not guilty, to the same charges when
    both say to which, by no two people named?"""
    if _PLEA_WORD.search(a) is None or _PLEA_WORD.search(b) is None:
        return False
    for ma in _PLEA.finditer(a):
        for mb in _PLEA.finditer(b):
            guilty_a = ma.group("not") is None and ma.group("value").lower() == "guilty"
            guilty_b = mb.group("not") is None and mb.group("value").lower() == "guilty"
            if _planned(a, ma.start()) or _planned(b, mb.start()):
                continue  # "will plead not guilty": a plea to come, not one made
            pa = _person(a, ma.start(), ma.start(), verdict=False)
            pb = _person(b, mb.start(), mb.start(), verdict=False)
            if guilty_a == guilty_b or _two_people(a, pa, b, pb):
                continue
            ca, cb = ma.group("charge"), mb.group("charge")
            if ca and cb and not same_claim(_charge(ca), _charge(cb), least=1):
                continue
            return True
    return False
