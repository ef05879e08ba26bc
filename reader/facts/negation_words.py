"""The words a negation is read with: a crude stem of a predicate, the verbs of reporting, the
endings of a noun made of a verb.  Shared by :mod:`reader.facts.negation` and the rules that
read its predicates (:mod:`reader.facts.pairing_claims`, :mod:`reader.facts.age_owners`)."""

from __future__ import annotations

import re
from functools import lru_cache

# verbs of saying, thinking and confirming (stems): "could not confirm", "is believed to"
# tell what someone holds or says, not an act that took place (a general class of verbs)
REPORTING = frozenset(
    "belie think thoug say said expec know known repor alleg consi under suspe confi".split()
)
# the auxiliaries a negation and a subject stand beside ("did not attend", "Moreno is not signed")
AUXILIARIES = frozenset("do does did is are was were has have had will would could should can may".split())
# endings of a noun made of a verb ("negotiations", "payment", "acceptance")
NOUN_ENDINGS = ("tion", "tions", "ment", "ments", "ance", "ances", "ence", "ences")


_SUFFIX = re.compile(r"(?:ing|ed|es|e|s|d)$")
# past forms of common irregular verbs and their base, so that "met" and "did not meet" are one
# predicate (data of the language; not the ones that are other words too: "left", "rose",
# "found", "saw", "led", "fell", nor the verbs of reporting, which REPORTING reads as written)
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
    )
    for past in pasts.split()
}  # fmt: skip


@lru_cache(maxsize=65536)
def stem(w: str) -> str:
    """A crude stem for matching one predicate in two forms ('charges'/'charged', 'attend'/'attended').

    Memoised: the same words come back in every sentence pair that is checked."""
    w = _IRREGULAR.get(w, w)
    if len(w) > 4:
        w = _SUFFIX.sub("", w)
    return w[:5]


Tokens = list[tuple[int, int, str]]
