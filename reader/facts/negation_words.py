"""The words a negation is read with: a crude stem of a predicate, the verbs of reporting, the
endings of a noun made of a verb.  Shared by :mod:`reader.facts.negation` and the rules that
read its predicates (:mod:`reader.facts.pairing_claims`, :mod:`reader.facts.age_owners`)."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.lang import COUNT_STOP_WORDS, NEGATION_FILLERS

# verbs of saying, thinking and confirming (stems): "could not confirm", "is believed to"
# tell what someone holds or says, not an act that took place (a general class of verbs)
REPORTING = frozenset(
    "belie think thoug say said expec know known repor alleg consi under suspe confi".split()
)
# the auxiliaries a negation and a subject stand beside ("did not attend", "Moreno is not signed")
AUXILIARIES = frozenset("do does did is are was were has have had will would could should can may".split())
# the two words before an act set aside for another ("rather than seek", "instead of raising")
_PASSED_OVER = frozenset({("rather", "than"), ("instead", "of")})


def passed_over(toks: Tokens, at: int) -> bool:
    """Is the word at ``at`` an act set aside ("Rather than seek new taxes"), stated as not done?"""
    return (toks[at - 2][2], toks[at - 1][2]) in _PASSED_OVER


# verbs that keep an act from happening: "kept them from being enforced", "barred him from running"
PREVENTING = frozenset(
    "keep keeps kept keeping stop stops stopped stopping prevent prevents prevented barred blocked".split()
)
# endings of a noun made of a verb ("negotiations", "payment", "acceptance")
NOUN_ENDINGS = ("tion", "tions", "ment", "ments", "ance", "ances", "ence", "ences")


_SUFFIX = re.compile(r"(?:ing|ed|es|e|s|d)$")
# ... and the consonants a short verb doubles before it (not "d", "l", "r", "s": "add", "fill", "err", "pass")
_DOUBLED = re.compile(r"(bb|gg|mm|nn|pp|tt)$")
# past forms of common irregular verbs and their base, so that "met" and "did not meet" are one
# predicate (data of the language; not the ones that are other words too: "left", "rose", "led",
# "fell", nor the verbs of reporting, which REPORTING reads as written; "found" and "saw" are
# read as "find" and "see": "did not find any fault" / "found fault")
_IRREGULAR = {
    past: base
    for base, pasts in (
        ("meet", "met"), ("win", "won"), ("lose", "lost"), ("take", "took taken"), ("make", "made"),
        ("give", "gave given"), ("go", "went gone"), ("come", "came"), ("hold", "held"), ("keep", "kept"),
        ("pay", "paid"), ("sell", "sold"), ("buy", "bought"), ("bring", "brought"), ("send", "sent"),
        ("spend", "spent"), ("build", "built"), ("begin", "began begun"), ("break", "broke broken"),
        ("choose", "chose chosen"), ("drive", "drove driven"), ("fight", "fought"), ("mean", "meant"),
        ("run", "ran"), ("stand", "stood"), ("strike", "struck stricken"), ("teach", "taught"),
        ("write", "wrote written"), ("get", "got gotten"), ("grow", "grew grown"), ("shoot", "shot"),
        ("seek", "sought"), ("catch", "caught"), ("sink", "sank sunk"), ("swear", "swore sworn"),
        ("lend", "lent"), ("throw", "threw thrown"), ("wear", "wore worn"), ("fly", "flew flown"),
        ("find", "found"), ("see", "saw"),
    )
    for past in pasts.split()
}  # fmt: skip
# ... and verbs of one act in two words, read as one predicate ("would not close the camp" / "the
# camp would be shut down", ut263; data of the language, the plain pairs only)
_SAME_ACT = {
    word: base
    for base, words in (
        ("close", "shut shuts shutting"),
        ("stop", "halt halts halted halting cease ceases ceased suspend suspends suspended suspending"),
        ("buy", "purchase purchases purchased purchasing"), ("allow", "permit permits permitted"),
        ("ban", "prohibit prohibits prohibited"), ("begin", "commence commences commenced"),
        ("resign", "quit quits quitting"), ("meet", "reach reached reaches reaching"),
        ("rise", "climb climbs climbed climbing"),  # "did not rise" / "climbed" (ut283)
        ("rise", "increase increases increased increasing"),  # "will not increase" / "will rise" (ut338)
        ("injure", "hurt hurts wound wounds wounded wounding"),  # "was not injured" / "was hurt" (ut289)
    )
    for word in words.split()
}  # fmt: skip


# words of four letters ending in a silent "e" that are no verb's base ("none" is not "non-")
_NO_BASE = frozenset("none done gone here were more some once sure else mine same".split())


@lru_cache(maxsize=65536)
def stem(w: str) -> str:
    """A crude stem for matching one predicate in two forms ('charges'/'charged', 'attend'/'attended').

    Memoised: the same words come back in every sentence pair that is checked."""
    w = _SAME_ACT.get(w) or _IRREGULAR.get(w, w)
    if len(w) == 4 and w.endswith("e") and w[2] not in "aeiou" and w not in _NO_BASE:
        return w[:3]  # a short base's silent "e", as its forms lose it: "rule" / "ruled" (ut278)
    if len(w) > 4:
        cut = _SUFFIX.sub("", w)
        # a consonant doubled before "-ed" / "-ing" is the base's one ("planned", "stopped": "plan")
        w = cut[:-1] if cut != w and w.endswith(("ed", "ing")) and _DOUBLED.search(cut) else cut
    return w[:5]


Tokens = list[tuple[int, int, str]]


def after_modal(toks: Tokens, st: str, modal: str, covered: set[int]) -> int | None:
    """Where ``toks`` state the act of stem ``st`` after the same modal, over "be" ("would be
    capped"): one possibility stated, the other side's denied; else None.  Not when nothing
    is its subject or object, or "lest" opens it ("that nothing might be changed", "should
    find nothing", "lest he ... should touch them": each denies it too)."""
    for j, (_, _, w) in enumerate(toks):
        k = j - 1
        while k >= 0 and toks[k][2] in ("be", "been", "have"):
            k -= 1
        if stem(w) != st or j in covered or k < 0 or not _same_modal(toks, k, modal):
            continue
        near = {t[2] for t in toks[max(0, k - 8) : k]} | {t[2] for t in toks[j + 1 : j + 2]}
        if not near & _DENYING:
            return j
    return None


# a modal written inside its negation: "cannot recover" denies what "can recover" states
_IN_DENIAL = {"cannot": "can", "can't": "can", "won't": "will", "wouldn't": "would", "couldn't": "could"}


def denied_modal(toks: Tokens, i: int, modals: frozenset[str]) -> str | None:
    """The modal the negation at ``i`` denies an act after: one of ``modals`` before it ("will not
    raise"), one written in it ("cannot recover"), or the verb in -ed an infinitive denied follows
    ("decided not to contest", which "decided to contest" states); else None."""
    w = toks[i][2]
    if w in _IN_DENIAL:
        return _IN_DENIAL[w]
    if i and toks[i - 1][2] in modals:
        return toks[i - 1][2]
    after = toks[i + 1][2] if i + 1 < len(toks) else ""
    return toks[i - 1][2] if w == "not" and i and after == "to" and toks[i - 1][2].endswith("ed") else None


def _same_modal(toks: Tokens, k: int, modal: str) -> bool:
    """Is the word at ``k`` the ``modal`` (a "will" for a "would"), or, for a "would" or "will",
    the "to" of a forecast ("would not be fit" / "was expected to be fit", ut230) or of an intent
    ("would not pay the ransom" / "is willing to pay the ransom", ut260)?"""
    if toks[k][2] == modal or (modal in _FORETELLING and toks[k][2] in _FORETELLING):
        return True  # (reported speech turns "will" into "would": "will not close" / "would close")
    if modal.endswith("ed"):  # "decided to contest": its verb, then "to"
        return toks[k][2] == "to" and k > 0 and toks[k - 1][2] == modal
    return modal in _FORETELLING and toks[k][2] == "to" and k > 0 and toks[k - 1][2] in _FORECASTS


_FORETELLING = frozenset(("would", "will"))
_FORECASTS = frozenset(
    """expected likely set due poised going willing ready prepared planning plans planned intends
    intended agreed decided vowed pledged promised""".split()
)


_DENYING = frozenset(
    "nothing nobody none no not lest neither never".split()
)  # ("not one more word should be")


def content_word(w: str) -> bool:
    """Is a token a content word the negation rules compare (no function word, no filler)?"""
    return w[0].isalpha() and len(w) >= 3 and w not in COUNT_STOP_WORDS and w not in NEGATION_FILLERS


# verbs whose object does an act of its own, denied with them: "have not seen their wages grow" denies
# the growing ("whose wages have not grown"), "did not let him speak" the speaking
_SEEING = frozenset(
    "see sees saw seen seeing watch watched hear heard let lets make made help helped".split()
)
_SEEN_ACT_WORDS = 4  # the object and its act: "seen their wages grow", "let the new owners in"


def seen_act(toks: Tokens, p: int, stops: frozenset[str]) -> Tokens:
    """The words after a verb of seeing or letting at ``p`` up to the end of its clause (a word of
    ``stops``), its object and the object's act; none after any other verb."""
    if toks[p][2] not in _SEEING:
        return []
    out = []
    for t in toks[p + 1 : p + 1 + _SEEN_ACT_WORDS]:
        if t[2] in stops:
            break
        out.append(t)
    return out
