"""One side says someone denied a thing, the other that they admitted it: "She denied that the
warnings were issued too late" / "... and acknowledged that the warnings had been issued too late
for many residents".

A verb of denial and a verb of admission (a small table of English verbs), each followed by
"that" and a clause, the two clauses telling the same thing (most of the shorter one's content
words in the other, :data:`SAME_CLAIM_SHARE`), neither clause negated, and no two different
people named as the ones who spoke: opposite accounts of one statement, a conflict of kind
"negation", whatever else each sentence tells.  Asked by :mod:`reader.facts.discrepancies` with
the one-word opposites of :mod:`reader.facts.opposites`, which need the rest of the sentence the
same.
"""

from __future__ import annotations

import re

from reader.lang import COUNT_STOP_WORDS, SUBJECT_PRONOUNS

_DENY = "deny denies denied denying dispute disputes disputed disputing".split() + [
    f"{verb} no evidence" for verb in "found finds find has have had saw sees see".split()
]  # "found no evidence that the patch caused burns" / "acknowledged that the patch had caused burns"
_ADMIT = (
    "admit admits admitted admitting acknowledge acknowledges acknowledged acknowledging "
    "concede concedes conceded conceding confirm confirms confirmed confirming "
    "accept accepts accepted accepting"
).split()
# the verb, a few words of its own ("accepted in court that", "admitted on Tuesday that"), "that"
_CLAIM = re.compile(
    rf"\b(?P<verb>{'|'.join(_DENY + _ADMIT)})(?:\s+[\w'’]+){{0,3}}?\s+that\s+(?P<clause>[^.;:!?]+)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NEGATION = re.compile(r"\b(?:not|no|never|nothing|none|n[o’']t)\b|n['’]t\b", re.IGNORECASE)
# the share of the shorter clause's content words the other clause must hold ("warnings had
# been issued too late" in "the warnings had been issued too late for many residents")
SAME_CLAIM_SHARE = 0.75
# a clause of fewer content words says too little to be one claim ("that it happened"; two:
# "that she had planned the thefts")
CLAIM_WORDS_MIN = 2


def opposite_claim(a: str, b: str) -> tuple[str, str] | None:
    """The two verbs, as written, when ``a`` and ``b`` tell one claim denied on one side and
    admitted on the other; else None."""
    for ma in _CLAIM.finditer(a):
        for mb in _CLAIM.finditer(b):
            va, vb = ma.group("verb").lower(), mb.group("verb").lower()
            if (va in _DENY) == (vb in _DENY):
                continue
            if _NEGATION.search(ma.group("clause")) or _NEGATION.search(mb.group("clause")):
                continue  # "denied that she had not ...": a negation may turn it back
            if _NEGATION.search(a[max(0, ma.start() - 12) : ma.start()]) or _NEGATION.search(
                b[max(0, mb.start() - 12) : mb.start()]
            ):
                continue  # "did not deny that", "never admitted that": not the verb's own claim
            if not _same_claim(ma.group("clause"), mb.group("clause")):
                continue
            if _two_speakers(a, ma.start(), b, mb.start()):
                continue
            return ma.group("verb"), mb.group("verb")
    return None


def _content(clause: str) -> set[str]:
    return {w.lower()[:5] for w in _WORD.findall(clause) if w.lower() not in COUNT_STOP_WORDS and len(w) > 2}


def _same_claim(x: str, y: str) -> bool:
    cx, cy = _content(x), _content(y)
    short = min(len(cx), len(cy))
    return short >= CLAIM_WORDS_MIN and len(cx & cy) >= SAME_CLAIM_SHARE * short


def _speaker(text: str, at: int) -> str:
    """The word that says who spoke, just before the verb at ``at`` (over auxiliaries and
    adverbs: "Cole has since denied", "the company later confirmed"), lower case; '' for a pronoun
    or a verb with its subject further back ("..., and acknowledged")."""
    words = [w.lower() for w in _WORD.findall(text, max(0, at - 60), at)]
    while words and (words[-1] in _BETWEEN or words[-1].endswith("ly")):
        words.pop()
    if not words or words[-1] in SUBJECT_PRONOUNS or words[-1] in _NO_SUBJECT:
        return ""
    return words[-1]


_BETWEEN = frozenset("has have had also later since again then first now publicly".split())
_NO_SUBJECT = frozenset(("and", "but", "or", "who", "which", "that", "it"))


def _two_speakers(a: str, at_a: int, b: str, at_b: int) -> bool:
    """Do both sides name who denied or admitted, and name two people none of the other names?"""
    sa, sb = _speaker(a, at_a), _speaker(b, at_b)
    return bool(sa and sb and sa != sb and sa not in b.lower() and sb not in a.lower())
