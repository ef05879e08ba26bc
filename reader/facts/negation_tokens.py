"""The tokens a negation is read in, with a stated intent not to act read as "will not" (and "no
longer" as "not", against a "still").

"has no plans to raise the tax" denies the act as "will not raise the tax" does, and "plans to
raise" / "would raise" state it: so "has no plans to", "had no intention of" (and "there are no
plans to") are read as "will not" / "would not" before the act, each word keeping the place of the
words it stands for (a difference shows the text as written).  General English idioms of intent.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.textnorm import fold

Tokens = list[tuple[int, int, str]]

_TOKEN = re.compile(r"(?i:no)\.(?=\s?\d)|(?i:no-(?!one\b)[a-z]+)|[\w'’]+|[^\w\s]")  # "No. 3", "no-fly"
# a character beyond ASCII but the marks that fold to themselves or "'": without one, folding is per character
_FOLDS_IN_PLACE = re.compile(r"[^\x00-\x7f’‘“”—–]")
# the nouns of an intent ("no plans to", "no intention of") and the word that opens the act after them
_INTENTS = frozenset("plan plans intention intentions intent".split())
_OPENERS = frozenset(("to", "of"))
# the verb before "no": its tense is the tense of the "will" it stands for ("had no plans" / "would")
_HAVING = {
    "has": "will",
    "have": "will",
    "is": "will",
    "are": "will",
    "had": "would",
    "was": "would",
    "were": "would",
}


# what an intent denied cannot be written without (the cheap test before the idiom is read)
_INTENT_HINT = re.compile(r"\bno\s+(?:plans?|intentions?|intent)\s+(?:to|of)\b", re.IGNORECASE)
# "no longer" against "still": a state ended against the same state going on ("no longer support" /
# "still support"); against a bare statement it may be a change over time, which no rule reads here
_NO_LONGER = re.compile(r"\bno\s+longer\b", re.IGNORECASE)
_STILL = re.compile(r"\bstill\b", re.IGNORECASE)


def read_anew(denying: str, stating: str) -> bool:
    """Should a pair with no denial found be read again with its idioms of intent and of time
    (:func:`read_tokens` ``intents``): an intent denied ("has no plans to"), or "no longer" against
    "still"?"""
    if _INTENT_HINT.search(denying):
        return True
    return _NO_LONGER.search(denying) is not None and _STILL.search(stating) is not None


@lru_cache(maxsize=256)
def read_tokens(text: str, intents: bool = False) -> tuple[Tokens, list[str]]:
    """The tokens of ``text`` (start, end, folded word) and the words as written; with
    ``intents``, an intent not to act read as "will not" (:func:`_intent_read`).  Memoised: a
    pair in which both sides negate is read in both directions."""
    if _FOLDS_IN_PLACE.search(text) is None:  # folding is lower case: one pass, offsets kept
        low = text.lower().replace("’", "'")
        toks: Tokens = [(*m.span(), m.group()) for m in _TOKEN.finditer(low)]
        raw = _TOKEN.findall(text)
    else:  # a mark that folds to nothing (a lone combining accent) is no token
        ms = [(m, f) for m in _TOKEN.finditer(text) if (f := fold(m.group()))]
        toks, raw = [(m.start(), m.end(), f) for m, f in ms], [m.group() for m, _ in ms]
    return _intent_read(toks, raw) if intents else (toks, raw)


def _intent_read(toks: Tokens, raw: list[str]) -> tuple[Tokens, list[str]]:
    """``toks`` with each "has no plans to" read as "will not" (the verb before "no" as the modal,
    the "no" as "not", the intent and its "to" or "of" gone); ``raw`` kept in step."""
    out, words, i = [], [], 0
    while i < len(toks):
        w = toks[i][2]
        if (
            w in _HAVING
            and i + 3 < len(toks)
            and toks[i + 1][2] == "no"
            and toks[i + 2][2] in _INTENTS
            and toks[i + 3][2] in _OPENERS
        ):
            out += [(toks[i][0], toks[i][1], _HAVING[w]), (toks[i + 1][0], toks[i + 3][1], "not")]
            words += [raw[i], raw[i + 1]]
            i += 4
            continue
        if w == "no" and i + 1 < len(toks) and toks[i + 1][2] == "longer":  # "no longer" as "not"
            out.append((toks[i][0], toks[i + 1][1], "not"))
            words.append(raw[i])
            i += 2
            continue
        out.append(toks[i])
        words.append(raw[i])
        i += 1
    return out, words
