"""Does a text negate at all: a negation word or a refusal ("refused to comment")?  The
cheap question :mod:`reader.facts.negation` asks before it reads a sentence pair word by
word (most pairs stop here); and is one word of it a negation (:func:`negation_word`) or a
refusal (:func:`refusal`)."""

from __future__ import annotations

import re

from reader.lang import NEGATIONS

# Is there a negation at all: a word "not", "never", "no", "nobody", "none", "neither",
# "nor", "cannot" or an ending "n't", in any case.  Written as the plain
# r"\b(?:not|never|no|nobody|none|neither|nor|cannot)\b|n['’]t\b" would be, but opening
# with the only letters a negation can start with ([NnCc]): ``re`` then skips to those
# letters in C instead of trying every alternative at every position, three times faster
# on news.  The same matches: the look-behinds put back the word boundary the plain form
# asks before a word (and the "n" of "n't"), the alternatives keep their order.
NEG_HINT = re.compile(
    r"[NnCc](?:(?<=\b[Nn])(?:ot|ever|o|obody|one|either|or)\b|(?<=\b[Cc])annot\b|(?<=[Nn])['’]t\b)", re.I
)
# a verb of refusing before "to" denies the act that follows as a negation does: "refused
# to apologise" / "has apologised", "declined to testify" / "testified", "failed to pay" /
# "has paid" (general English verbs, each form)
REFUSALS = frozenset(
    "refuse refused refuses refusing decline declined declines declining fail failed fails failing".split()
)
_REFUSAL_HINT = re.compile(r"\b(?:[Rr]efus|[Dd]eclin|[Ff]ail)\w*\s+to\b")


# what _REFUSAL_HINT cannot match without: plain substring tests, far cheaper than its search
_REFUSAL_PARTS = ("efus", "eclin", "fail", "Fail")


def negation_word(w: str) -> bool:
    """Is the word (lower case) a negation: one of :data:`reader.lang.NEGATIONS`, or a form in
    "n't" ("didn't", "won’t")?"""
    return w in NEGATIONS or w.endswith(("n't", "n’t"))


def negates(text: str) -> bool:
    """Does a text hold a negation or a refusal at all (the cheap pre-check)?"""
    if NEG_HINT.search(text) is not None:
        return True
    return any(p in text for p in _REFUSAL_PARTS) and _REFUSAL_HINT.search(text) is not None


def refusal(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Is the word at ``i`` a verb of refusing before "to" ("refused to apologise")?  Not a
    noun ("attributes the decline to agreements") nor a fall to a figure or a thing
    ("declined to 12,400", "declined to the lowest level")."""
    if toks[i][2] not in REFUSALS or i + 1 >= len(toks) or toks[i + 1][2] != "to":
        return False
    after = toks[i + 2][2] if i + 2 < len(toks) else ""
    return (
        (i == 0 or toks[i - 1][2] not in _NOUN_BEFORE)
        and after not in _NOUN_BEFORE
        and not after[:1].isdigit()
    )


_NOUN_BEFORE = frozenset("the a an its their his her this that these those our your".split())
