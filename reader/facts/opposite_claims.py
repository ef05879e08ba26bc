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
from collections.abc import Callable, Iterator

from reader.lang import COUNT_STOP_WORDS, SUBJECT_PRONOUNS

_DENY = "deny denies denied denying dispute disputes disputed disputing".split() + [
    f"{verb} no evidence" for verb in "found finds find has have had saw sees see".split()
]  # "found no evidence that the patch caused burns" / "acknowledged that the patch had caused burns"
_ADMIT = (
    "admit admits admitted admitting acknowledge acknowledges acknowledged acknowledging "
    "concede concedes conceded conceding confirm confirms confirmed confirming "
    "accept accepts accepted accepting"
).split()
# ... or stated plainly ("denied that any collision had caused" / "said ... and that a collision had")
_SAY = ["said", "says", "stated"]
# the verb, a few words of its own ("accepted in court that", "admitted on Tuesday that"), "that"
_CLAIM = re.compile(
    rf"\b(?P<verb>{'|'.join(_DENY + _ADMIT + _SAY)})(?:(?:\s+[\w'’]+){{0,3}}?|[^.;:!?\"“”]{{0,80}}?\s+and)"
    r"\s+that\s+(?P<clause>[^.;:!?]+)",
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
    verb_a, verb_b = _ANY_VERB.search(a), _ANY_VERB.search(b)
    if verb_a is None and verb_b is None:
        return None  # the cheap question first: most linked pairs (a Bible's) hold no such verb
    if not (verb_a or _SAID.search(a)) or not (verb_b or _SAID.search(b)):
        return None  # (a claim stated plainly on the other side: "said")
    return _claim_clauses(a, b) or _one_thing(a, b)


# a verb of either list, by its stem: one search of each sentence before the patterns' scans
_ANY_VERB = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|disput|admit|acknowledg|conced|confirm|accept|no evidence)", re.I
)


_SAID = re.compile(r"\b(?:said|says|stated)\b", re.I)


# a clause after the claim's own, set off by a comma ("..., and there is no evidence of water")
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|although|though|because|as)\s", re.IGNORECASE)


def _claim_clauses(a: str, b: str) -> tuple[str, str] | None:
    """A claim told in a clause after "that" on both sides."""
    for ma, mb, xa, xb in _denied_and_admitted(_CLAIM, a, b, lambda x: _NEXT_CLAUSE.split(x)[0]):
        if same_claim(xa, xb) and not two_speakers(a, ma.start(), b, mb.start()):
            return _as_written(a, ma), _as_written(b, mb)
    return None


def _denied_and_admitted(
    pattern: re.Pattern[str], a: str, b: str, cut: Callable[[str], str]
) -> Iterator[tuple[re.Match[str], re.Match[str], str, str]]:
    """Each verb of denial on one side and of admission on the other (``pattern``), with what
    each is of (its clause, ``cut`` to size), the clause not negated (a negation in it may turn
    it back: "denied that she had not ...").  A verb negated turns over ("It has not been
    confirmed that ..." denies, as "did not deny that ..." admits no less than a denial's
    opposite: never a conflict with an admission, ut37)."""
    for ma in pattern.finditer(a):
        for mb in pattern.finditer(b):
            na, nb = _negated_verb(a, ma.start()), _negated_verb(b, mb.start())
            if ((ma.group("verb").lower() in _DENY) != na) == ((mb.group("verb").lower() in _DENY) != nb):
                continue
            xa, xb = cut(ma.group("clause")), cut(mb.group("clause"))
            if _NEGATION.search(xa) or _NEGATION.search(xb):
                continue
            yield ma, mb, xa, xb


def _as_written(text: str, m: re.Match[str]) -> str:
    """The verb as written, with its negation when it has one ("not been confirmed")."""
    neg = _negation_before(text, m.start())
    return text[neg.start() : m.end("verb")] if neg is not None else m.group("verb")


def _negated_verb(text: str, at: int) -> bool:
    """Is the verb at ``at`` negated ("did not deny", "has not been confirmed", "never admitted")?"""
    return _negation_before(text, at) is not None


def _negation_before(text: str, at: int) -> re.Match[str] | None:
    return _NEGATION.search(text, max(0, at - 12), at)


def claim_words(clause: str) -> set[str]:
    """The content words of a clause by their first five letters, small words and short ones aside."""
    return {w.lower()[:5] for w in _WORD.findall(clause) if w.lower() not in COUNT_STOP_WORDS and len(w) > 2}


def same_claim(x: str, y: str, least: int = CLAIM_WORDS_MIN) -> bool:
    cx, cy = claim_words(x), claim_words(y)
    short = min(len(cx), len(cy))
    return short >= least and len(cx & cy) >= SAME_CLAIM_SHARE * short


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


# ... or the thing denied or admitted named right after the verb, without "that" ("Veltrex denied
# the allegations in a statement" / "Veltrex conceded the contamination allegations but said";
# "Vance denied being on Route 9" / "Vance admitted he had been on Route 9"): the same one must
# deny it on one side and admit it on the other, named by the same word
_THING = re.compile(
    rf"\b(?P<verb>{'|'.join(_DENY[:8] + _ADMIT)})\s+(?!that\b|to\b)(?P<clause>[^.;:!?,]+)", re.IGNORECASE
)
# where the thing ends: the next clause ("... but said", "... when he was questioned")
_CLAUSE_END = re.compile(
    r"\s(?:but|and|while|when|after|before|because|as|though|although|saying|telling|who|which|"
    r"according|until|since|despite)\s",
    re.IGNORECASE,
)
# ... and where its noun ends: a preposition after it ("the allegations in a statement")
_NOUN_END = re.compile(r"\s(?:in|on|at|for|from|by|with|to|during|over|under|through|into)\s", re.IGNORECASE)
# the words of a passive ("was denied bail", "was admitted to hospital"): no one's own denial
_PASSIVE = frozenset("was were is are be been being get gets got".split())
# an adverb of sequence before the verb tells two moments ("later admitted", "initially denied")
_MOMENT = frozenset(
    "later initially eventually originally subsequently previously finally since then now first".split()
)


def _one_thing(a: str, b: str) -> tuple[str, str] | None:
    """One thing denied and admitted by the one named before each verb (:data:`_THING`)."""
    for ma, mb, xa, xb in _denied_and_admitted(_THING, a, b, lambda x: _CLAUSE_END.split(x)[0]):
        if _NEGATION.search(a, max(0, ma.start() - 30), ma.start()) or _NEGATION.search(
            b, max(0, mb.start() - 30), mb.start()
        ):
            continue  # a thing not accepted or "not required to accept": no one's own denial
        sa, sb = _speaker(a, ma.start()), _speaker(b, mb.start())
        if not sa or sa != sb or sa in _PASSIVE or _at_a_moment(a, ma.start()) or _at_a_moment(b, mb.start()):
            continue
        na, nb = _NOUN_END.split(xa)[0], _NOUN_END.split(xb)[0]
        if same_claim(xa, xb) or same_claim(na, nb, least=1):
            return _as_written(a, ma), _as_written(b, mb)
    return None


def _at_a_moment(text: str, at: int) -> bool:
    """Is an adverb of sequence among the three words before the verb at ``at``?"""
    return any(w.lower() in _MOMENT for w in _WORD.findall(text, max(0, at - 30), at)[-3:])


_BETWEEN = frozenset(
    "has have had also later since again then first now publicly not never been did does do was is".split()
)
_NO_SUBJECT = frozenset(("and", "but", "or", "who", "which", "that", "it"))


def two_speakers(a: str, at_a: int, b: str, at_b: int) -> bool:
    """Do both sides name who denied or admitted, and name two people none of the other names?"""
    sa, sb = _speaker(a, at_a), _speaker(b, at_b)
    return bool(sa and sb and sa != sb and sa not in b.lower() and sb not in a.lower())
