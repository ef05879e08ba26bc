"""When two articles give the same words to different speakers.

Two quotes are "the same words" when they share a run of two content stems (or all of
a short quote); then their speakers must share a name word, else the link shows who
each side says spoke: 'speaker of "totally unacceptable": Valls vs Fabius'.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import pairwise

from reader.facts.namewords import _person_shape, content_tokens, person
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


def _named(facts: list[Fact]) -> set[str]:
    """The content words of the names a sentence (or group) gives."""
    return {
        t
        for f in facts
        if f.kind == "name"
        for t in (*content_tokens(f.text), *content_tokens(person(f.text)))
    }


def speaker_diffs(left: list[Fact], right: list[Fact]) -> list[Difference]:
    """Speakers of the same words that share no name word.  Not when a speaker is no
    person ("Congress", "The Washington Post": an organisation, a headline in capitals),
    nor when a sentence names the other side's speaker itself (the speaker taken from
    "Senator Ellis, the Democratic leader, said" is not a second person: "Ellis" is
    there)."""
    out = []
    named_l, named_r = _named(left), _named(right)
    for a in left:
        if a.kind != "quote" or not a.speaker:
            continue
        for b in right:
            if b.kind != "quote" or not b.speaker or not _same_words(a, b):
                continue
            ta, tb = set(content_tokens(a.speaker)), set(content_tokens(b.speaker))
            if ta & tb or ta & named_r or tb & named_l:
                continue
            if not _person_shape(a.speaker) or not _person_shape(b.speaker):
                continue
            wa = a.speaker_words or a.speaker
            wb = b.speaker_words or b.speaker
            sa = wa if person(wa) == a.speaker else f"{wa} ({a.speaker})"
            sb = wb if person(wb) == b.speaker else f"{wb} ({b.speaker})"
            shared = _shared_phrase(a.text, b.text)
            out.append(Difference("speaker", wa, wb, f"speaker of “{shared}”: {sa} vs {sb}"))
    return out


# a word: letters with inner apostrophes, or "&"; a hyphen separates ("state-funded" and
# "state funded" are one wording, "--" is punctuation)
_WORD = re.compile(r"[\w'’]+|&|\[\]")
# contractions read as their words ("you're" / "you are"; "is n't" / "is not")
_CONTRACTED = re.compile(r"^(\w+?)(n't|n’t|'re|’re|'ve|’ve|'ll|’ll|'m|’m|'d|’d)$", re.I)
_EXPANDED = {"n't": "not", "'re": "are", "'ve": "have", "'ll": "will", "'m": "am", "'d": "would"}


# words in square brackets are the editor's, not the speaker's ("[Governor Ray]
# Tolland's plan", "we grew up [with]"), and an ellipsis marks words left out: each is
# one placeholder that matches no word, and what the other side quotes in its place
# alone is no rewording
_EDITORIAL = re.compile(r"\[[^\]]*\]|\.\s?\.\s?\.|…")
_EDITED = "[]"


def _spoken(words: list[str]) -> int:
    """How many words of a run are the speaker's (not the editor's placeholder)."""
    return sum(1 for w in words if w != _EDITED)


def _editorial(words: list[str]) -> bool:
    return bool(words) and all(w == _EDITED for w in words)


def _quote_words(text: str) -> list[tuple[str, str]]:
    """The words of a quotation as (written, compared): folded, "&" as "and", a
    contraction as its two words (the written form kept on the first); words in square
    brackets as one placeholder (the editor's)."""
    out: list[tuple[str, str]] = []
    for w in _WORD.findall(_EDITORIAL.sub(" [] ", text)):
        if w == "[]":
            out.append(("", _EDITED))
            continue
        f = fold(w).replace("’", "'")
        if f == "&":
            out.append((w, "and"))
            continue
        if f == "n't":
            out.append((w, "not"))
            continue
        m = _CONTRACTED.match(f)
        if m and f not in ("won't", "can't"):
            out += [(w, m.group(1)), ("", _EXPANDED[m.group(2).lower()])]
            continue
        out.append((w, f))
    return out


# words one side quotes and the other leaves out, at least this many: an elision (an
# excerpt with a gap), not a rewording of the quotation
ELISION = 3


# how much of the shorter quote two wordings must share to be one quotation
_SAME_QUOTE = 0.75


def wording_diffs(left: list[Fact], right: list[Fact]) -> list[Difference]:
    """One quotation in other words: the smallest runs of words that differ inside it.

    Two quotes are one quotation when, aligned word by word (folded, contractions
    expanded, "&" as "and"), at least 75 % of the shorter one matches and a run of three
    words is shared.  Words one side leaves out in a run of :data:`ELISION` or more are
    a gap in an excerpt.  Words one side quotes
    beyond the other's start or end are a shorter excerpt, not a rewording; only the
    differences between the first and the last shared word are reported, each as its own
    difference ('and justice' / 'injustice', 'is going to' / 'will').
    """
    out: list[Difference] = []
    for a in left:
        if a.kind != "quote":
            continue
        qa = _quote_words(a.text)
        wa, fa = [w for w, _ in qa], [f for _, f in qa]
        for b in right:
            if b.kind != "quote":
                continue
            qb = _quote_words(b.text)
            wb, fb = [w for w, _ in qb], [f for _, f in qb]
            if fa == fb or min(len(fa), len(fb)) < 4:
                continue
            sm = SequenceMatcher(None, fa, fb, autojunk=False)
            blocks = [m for m in sm.get_matching_blocks() if m.size]
            matched = sum(m.size for m in blocks)
            if matched < _SAME_QUOTE * min(len(fa), len(fb)) or max(m.size for m in blocks) < 3:
                continue
            first, last = blocks[0], blocks[-1]
            for tag, i1, i2, j1, j2 in sm.get_opcodes():
                if tag == "equal" or i1 < first.a or j1 < first.b:
                    continue
                if i2 > last.a + last.size or j2 > last.b + last.size:
                    continue
                na, nb = _spoken(fa[i1:i2]), _spoken(fb[j1:j2])
                if (i1 == i2 and nb >= ELISION) or (j1 == j2 and na >= ELISION):
                    continue  # a gap in one excerpt
                if _editorial(fa[i1:i2]) or _editorial(fb[j1:j2]):
                    continue  # only the editor's words on one side: not the speaker's wording
                ta, tb = " ".join(w for w in wa[i1:i2] if w), " ".join(w for w in wb[j1:j2] if w)
                # the note shows the words that differ with a shared word either side ("open
                # up government" / "open the government"), so it reads without the quotes
                shown_a = _in_context(wa, i1, i2, first.a, last.a + last.size)
                shown_b = _in_context(wb, j1, j2, first.b, last.b + last.size)
                note = f"quote worded two ways: “{shown_a}” vs “{shown_b}”"
                out.append(
                    Difference(
                        "quote",
                        ta or " ".join(w for w in wa[max(0, i1 - 1) : i1 + 1] if w),
                        tb or " ".join(w for w in wb[max(0, j1 - 1) : j1 + 1] if w),
                        note,
                    )
                )
    return out


def _in_context(words: list[str], i: int, j: int, lo: int, hi: int) -> str:
    """words[i:j] with the nearest spoken word before and after it inside [lo, hi): the shared
    words around a difference, so "up" / "the" reads "open up government" / "open the
    government"."""
    before = next((words[k] for k in range(i - 1, lo - 1, -1) if words[k]), "")
    after = next((words[k] for k in range(j, hi) if words[k]), "")
    return " ".join(w for w in (before, *words[i:j], after) if w)


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
