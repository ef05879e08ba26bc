"""A claim of being the first denied in other words: "She becomes the first independent and the
first woman to hold the post" / "She is the first independent to hold the post, though not the
first woman"; "Women took two of the top three places for the first time" / "It was not the first
time ... that women had taken two of the top three places".

"the first" is a record a sentence claims, and "not the first" of the same noun denies it, however
the rest is reworded (:func:`reader.facts.negation_rewrite.only_negated` asks the rest to be word
for word the same).  The claim must be one: "for the first time", or "the first" after a verb of
being in its clause ("is the first woman", "becomes the first independent and the first woman");
and the sentences must share content words besides the record's, so two records of two things
never meet here.
"""

from __future__ import annotations

import re

from reader.facts.pairing_items import stems

_DENIED = re.compile(r"\bnot\s+(?:for\s+)?the\s+first\s+([a-z]+)", re.IGNORECASE)
_CLAIMED = re.compile(r"\b(?:for\s+)?the\s+first\s+([a-z]+)", re.IGNORECASE)
# a verb of being before the record, in its clause: the sentence claims it
_BEING = re.compile(r"\b(?:is|was|are|were|be|been|becomes?|became|becoming)\b[^.;:,]{0,40}$", re.IGNORECASE)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|n[o’']t)\s+(?:for\s+)?$", re.IGNORECASE)
# content words both sentences share besides the record's own
SHARED_WORDS_MIN = 2


def first_denied(a: str, b: str) -> tuple[str, str] | None:
    """``a`` denies a record of being the first that ``b`` claims, of one noun ("not the first
    woman" / "the first woman", "not the first time" / "for the first time"): the two spans,
    else None."""
    denied = _DENIED.search(a)
    if denied is None or _DENIED.search(b):
        return None
    noun = denied.group(1).lower()
    for m in _CLAIMED.finditer(b):
        if m.group(1).lower() != noun or _NEGATED_BEFORE.search(b, max(0, m.start() - 12), m.start()):
            continue
        if not m.group().lower().startswith("for ") and not _BEING.search(
            b, max(0, m.start() - 60), m.start()
        ):
            continue  # "the first time it missed a deadline was in 2019": no record claimed
        shared = stems(a) & stems(b) - stems(f"first {noun}")
        if len(shared) >= SHARED_WORDS_MIN:
            return a[denied.start() : denied.end()], b[m.start() : m.end()]
    return None
