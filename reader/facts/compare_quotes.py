"""When two articles give the same words to different speakers.

Two quotes are "the same words" when they share a run of two content stems (or all of
a short quote); then their speakers must share a name word, else the link shows who
each side says spoke: 'speaker of "totally unacceptable": Valls vs Fabius'.
"""

from __future__ import annotations

import re
from itertools import pairwise

from reader.facts.namewords import content_tokens, person
from reader.model import Difference, Fact
from reader.textnorm import fold


def _same_words(a: Fact, b: Fact) -> bool:
    """Two quotes share words: a run of two content words, or all of a short one."""
    wa, wb = str(a.value).split(), str(b.value).split()
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) <= 2 and set(short) <= set(long_):
        return True
    pairs_a = set(pairwise(wa))
    return any(p in pairs_a for p in pairwise(wb))


def speaker_diffs(left: list[Fact], right: list[Fact]) -> list[Difference]:
    out = []
    for a in left:
        if a.kind != "quote" or not a.speaker:
            continue
        for b in right:
            if b.kind != "quote" or not b.speaker or not _same_words(a, b):
                continue
            ta, tb = set(content_tokens(a.speaker)), set(content_tokens(b.speaker))
            if ta & tb:
                continue
            wa = a.speaker_words or a.speaker
            wb = b.speaker_words or b.speaker
            sa = wa if person(wa) == a.speaker else f"{wa} ({a.speaker})"
            sb = wb if person(wb) == b.speaker else f"{wb} ({b.speaker})"
            shared = _shared_phrase(a.text, b.text)
            out.append(Difference("speaker", wa, wb, f"speaker of “{shared}”: {sa} vs {sb}"))
    return out


def _shared_phrase(a: str, b: str) -> str:
    """The longest run of words both quotes share, for the note ('totally unacceptable')."""
    wa = re.findall(r"[\w'’-]+", a)
    fb = [fold(w)[:5] for w in re.findall(r"[\w'’-]+", b)]
    fa = [fold(w)[:5] for w in wa]
    best = (0, 0)
    for i in range(len(fa)):
        for j in range(len(fb)):
            k = 0
            while i + k < len(fa) and j + k < len(fb) and fa[i + k] == fb[j + k]:
                k += 1
            if k > best[1] - best[0]:
                best = (i, i + k)
    text = " ".join(wa[best[0] : best[1]]) if best[1] > best[0] else a
    return text if len(text) <= 40 else text[:39] + "…"
