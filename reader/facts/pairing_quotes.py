"""One quotation given to two speakers across the articles: "David Okafor said the figures were
\"encouraging but fragile.\"" in one and "Deputy Chief Constable Helen Marwood called the figures
\"encouraging but fragile.\"" in the other, the two sentences never linked (a rewrite moved the
quote into another paragraph, beside the second speaker's own words).  A name in quotation
marks ("Dishonestly called \"Medicare for All,\"") is no one's words.

Read by :func:`reader.facts.pairing.cross_conflicts`.  Only a quotation of
:data:`QUOTE_WORDS_MIN` words at least, written word for word alike on both sides, and given on
each side to a named person; the speakers are then compared as in a link
(:func:`reader.facts.quote_speakers.speaker_diffs`: a pronoun, an organisation, one surname, a
name the other sentence gives are no second speaker).  When the other side gives the same words
to the same speaker anywhere, or gives them twice, no conflict is told.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.quote_speakers import speaker_diffs
from reader.model import Difference, Fact

# a quotation this many words at least: a phrase shorter ("a disaster") two people may say
QUOTE_WORDS_MIN = 3
_LETTERS = re.compile(r"[^a-z0-9]+")


def _key(f: Fact) -> str:
    return _LETTERS.sub(" ", str(f.text).lower()).strip()


def _quoted(facts: Sequence[Sequence[Fact]]) -> dict[str, list[int]]:
    """Per quotation (its words, lower case), the sentences that give it to a speaker."""
    out: dict[str, list[int]] = {}
    for i, fs in enumerate(facts):
        for f in fs:
            if f.kind == "quote" and len(_key(f).split()) >= QUOTE_WORDS_MIN and not _a_name(str(f.text)):
                out.setdefault(_key(f), []).append(i)
    return out


def _a_name(quoted: str) -> bool:
    """Is a quotation a name in quotation marks ("Medicare for All"): its words capitalised but
    for small ones?"""
    words = quoted.split()
    return all(w[:1].isupper() or len(w) <= 3 for w in words)


def quote_conflicts(
    left: Sequence[Sequence[Fact]],
    right: Sequence[Sequence[Fact]],
    left_texts: Sequence[str],
    right_texts: Sequence[str],
) -> list[tuple[int, int, Difference]]:
    """(left sentence, right sentence, speaker difference) of each quotation given once on each
    side, to two speakers (the module's rule)."""
    ql, qr = _quoted(left), _quoted(right)
    out = []
    for words in sorted(ql.keys() & qr.keys(), key=lambda w: ql[w][0]):
        if len(ql[words]) != 1 or len(qr[words]) != 1:
            continue
        i, j = ql[words][0], qr[words][0]
        lf = [f for f in left[i] if f.kind != "quote" or _key(f) == words]
        rf = [f for f in right[j] if f.kind != "quote" or _key(f) == words]
        found = [d for d in speaker_diffs(lf, rf, left_texts[i], right_texts[j]) if d.kind == "speaker"]
        out += [(i, j, d) for d in found[:1]]
    return out
