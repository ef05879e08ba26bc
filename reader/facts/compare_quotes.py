"""When two articles give one quotation in two wordings.

One quotation worded two ways shows the words that differ (:func:`wording_diffs`); the
same words given to two speakers are :mod:`reader.facts.quote_speakers`'s; a
short quote (a scare-quoted word, a label) only against a quote in the same slot of the
other sentence (:func:`short_diffs`: 'the plan was "a disaster"' / '"a triumph"').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import Match, SequenceMatcher
from itertools import takewhile

from reader.facts.namewords import content_tokens
from reader.facts.quote_words import EDITED, editorial, quote_words, spoken
from reader.lang import QUOTE_STOP_WORDS, SPEECH_VERBS, SUBJECT_PRONOUNS
from reader.model import Difference, Fact

# words one side quotes and the other leaves out, at least this many: an elision (an
# excerpt with a gap), not a rewording of the quotation.  Three words left out silently
# change what was said ("the life of every unborn child" / "every unborn child", "under a
# lot of duress" / "under duress", "I just want to wish" / "I wish"): at 3, the six such
# quotes of the corpus passed as one wording; at 4 all six show, and nothing else changes
ELISION = 4


# how much of the shorter quote two wordings must share to be one quotation
_SAME_QUOTE = 0.75
# ... or of the stretch both quote, from the first shared word to the last, when each quotes
# more around it ("And I think we need ..." / "We need ... he possesses … the right is
# limited"): then at least this many words shared, and half the shorter quote, so that a
# stock phrase ("the American people deserve to") is no quotation (over the corpus: at 6
# words and no half, 41 new flags, a third of them two quotes that only share a phrase)
_SAME_STRETCH_WORDS = 8


def wording_diffs(
    left: list[Fact], right: list[Fact], left_text: str = "", right_text: str = ""
) -> list[Difference]:
    """One quotation in other words: the smallest runs of words that differ inside it.

    Two quotes are one quotation when, aligned word by word (folded, contractions
    expanded, "&" as "and"), at least 75 % of the shorter one matches and a run of three
    words is shared (or all words but one match: a short quote with one word changed).
    Words one side leaves out in a run of :data:`ELISION` or more are
    a gap in an excerpt.  Words one side quotes
    beyond the other's start or end are a shorter excerpt, not a rewording; only the
    differences between the first and the last shared word are reported, each as its own
    difference ('and justice' / 'injustice', 'is going to' / 'will').  A quote of fewer
    than four words is compared by :func:`short_diffs` when the sentences are given, and
    only with another short one: against a long quote it is another excerpt.
    """
    out: list[Difference] = []
    for a in left:
        if a.kind != "quote":
            continue
        qa = quote_words(a.text)
        for b in right:
            if b.kind != "quote":
                continue
            qb = quote_words(b.text)
            fa, fb = [f for _, f in qa], [f for _, f in qb]
            if fa == fb:
                continue
            turned = a.value == b.value and NEGATING.isdisjoint(fa) != NEGATING.isdisjoint(fb)
            if turned and (neg := _negated_inside(qa, qb)):
                out += neg  # "disappointed but not surprised" / "disappointed and surprised"
            elif min(len(fa), len(fb)) >= SHORT:
                out += _reworded(qa, qb, a.text, b.text)
            elif max(len(fa), len(fb)) < SHORT and left_text and right_text:
                out += short_diffs(a, b, left, right, left_text, right_text)
    return out


# the words that deny in a quotation: one side's only, every content word the same, the quote
# was turned round ("disappointed but not surprised" / "disappointed and surprised")
NEGATING = frozenset(("not", "never", "no", "n't", "cannot", "nothing", "nobody"))


def shown_once(diffs: list[Difference]) -> list[Difference]:
    """The differences of a link, a quotation turned round (:func:`_negated_inside`) shown once:
    as its negation where the negation rule shows one."""
    if not any(d.kind == "negation" for d in diffs):
        return diffs
    return [d for d in diffs if d.kind != "quote" or NEGATING.isdisjoint(f"{d.left} {d.right}".split())]


def _negated_inside(qa: list[tuple[str, str]], qb: list[tuple[str, str]]) -> list[Difference]:
    """One quotation, its content words alike, a negation in it on one side only: the run of
    words from the first that differs to the last, each side as written."""
    wa, fa = [w for w, _ in qa], [f for _, f in qa]
    wb, fb = [w for w, _ in qb], [f for _, f in qb]
    ops = [op for op in SequenceMatcher(None, fa, fb, autojunk=False).get_opcodes() if op[0] != "equal"]
    ta = " ".join(w for w in wa[ops[0][1] : ops[-1][2]] if w)
    tb = " ".join(w for w in wb[ops[0][3] : ops[-1][4]] if w)
    if not ta or not tb:
        return []  # ("not" alone added: the negation rule's, with the words around it)
    return [Difference("quote", ta, tb, f"quote worded two ways: “{ta}” vs “{tb}”")]


def _same_stretch(blocks: list[Match], matched: int, shorter: int) -> bool:
    """Enough shared words, half the shorter quote and most of the stretch both sides quote
    between the first and the last shared word, which begins and ends with two words shared
    (the change is inside the quotation, not where a shared phrase ends by chance on "the"):
    one quotation of which each side quotes more around it."""
    first, last = blocks[0], blocks[-1]
    stretch = min(last.a + last.size - first.a, last.b + last.size - first.b)
    inside = len(blocks) > 1 and min(first.size, last.size) >= 2
    return inside and matched >= max(_SAME_STRETCH_WORDS, shorter / 2, _SAME_QUOTE * stretch)


# a quotation framed alike: its first word and its last words the same on both sides, the words
# between put for others ("as an obstacle to be cleared rather than people with rights" / "as a
# problem to be managed rather than people with rights", ut284): one quotation, most of it kept
_FRAME_END_WORDS = 4
_FRAME_SHARE = 0.6


def _same_frame(blocks: list[Match], len_a: int, len_b: int, matched: int) -> bool:
    """(Of one length, a word either way: two sayings of one speaker that end alike, "I can't help but
    think that those remarks are well over the line" / "I think if you make comments like that, you
    make comments that are well over the line", are two quotations.)"""
    first, last = blocks[0], blocks[-1]
    return (
        abs(len_a - len_b) <= 1
        and first.a == first.b == 0
        and last.a + last.size == len_a
        and last.b + last.size == len_b
        and last.size >= _FRAME_END_WORDS
        and matched >= _FRAME_SHARE * min(len_a, len_b)
    )


def _one_quotation(blocks: list[Match], len_a: int, len_b: int) -> bool:
    """Are two quotes one quotation, by the words they share (:func:`wording_diffs`)?"""
    matched = sum(m.size for m in blocks)
    shorter = min(len_a, len_b)
    # a run of three words shared, or a short quotation with one word changed ("rationale
    # for gutting government programs" / "rationale for slashing government programs")
    anchored = bool(blocks) and (max(m.size for m in blocks) >= 3 or matched >= shorter - 1)
    return anchored and (
        matched >= _SAME_QUOTE * shorter
        or _same_stretch(blocks, matched, shorter)
        or _same_frame(blocks, len_a, len_b, matched)
    )


def _reworded(
    qa: list[tuple[str, str]], qb: list[tuple[str, str]], text_a: str = "", text_b: str = ""
) -> list[Difference]:
    """The runs of words that differ inside one quotation given twice (:func:`wording_diffs`)."""
    wa, fa = [w for w, _ in qa], [f for _, f in qa]
    wb, fb = [w for w, _ in qb], [f for _, f in qb]
    sm = SequenceMatcher(None, fa, fb, autojunk=False)
    blocks = [m for m in sm.get_matching_blocks() if m.size]
    # a lone small word shared at either end is no anchor when the other shared words
    # follow it at once on one side only: "the lines of ..." / "the meeting, but lines
    # of ...": one excerpt starts (or ends) elsewhere, and "the" matched by chance
    while len(blocks) > 1 and _loose(blocks[0], blocks[1], fa):
        blocks.pop(0)
    while len(blocks) > 1 and _loose(blocks[-1], blocks[-2], fa):
        blocks.pop()
    if not _one_quotation(blocks, len(fa), len(fb)):
        return []
    out: list[Difference] = []
    first, last = blocks[0], blocks[-1]
    for tag, i1, i2, j1, j2 in _with_swaps(sm.get_opcodes(), fa, fb):
        if tag == "equal":
            continue
        # the quotation's first word put for another, the clause it opens kept: "Nights are the real
        # problem" / "Days are the real problem" (not an opener set off, "Frankly," / "Clearly,", nor
        # a function word)
        opening = (
            tag == "replace"
            and i1 == j1 == 0
            and i2 == j2 == 1
            and not {fa[0], fb[0]} & QUOTE_STOP_WORDS  # ("Then we'll" / "And we'll": a joint, no claim)
            and "," not in " ".join(text_a.split()[:1] + text_b.split()[:1])
        )
        if (i1 < first.a or j1 < first.b) and not opening:
            continue  # one excerpt starts elsewhere in the quotation
        if (i2 > last.a + last.size or j2 > last.b + last.size) and not _swapped_end(tag, fa, fb, i1, j1):
            continue  # ... or ends elsewhere
        na, nb = spoken(fa[i1:i2]), spoken(fb[j1:j2])
        if (i1 == i2 and nb >= ELISION) or (j1 == j2 and na >= ELISION) or abs(na - nb) >= 2 * ELISION:
            continue  # a gap in one excerpt (with a word changed at its edge)
        if editorial(fa[i1:i2]) or editorial(fb[j1:j2]):
            continue  # only the editor's words on one side: not the speaker's wording
        if _initials(wa[i1:i2], wb[j1:j2]) or _initials(wb[j1:j2], wa[i1:i2]):
            continue  # "the United States and" / "the U.S. and": a name and its initials
        ta, tb = " ".join(w for w in wa[i1:i2] if w), " ".join(w for w in wb[j1:j2] if w)
        # the note shows the words that differ with a shared word either side ("open
        # up government" / "open the government"), so it reads without the quotes
        shown_a = _as_written(_in_context(wa, i1, i2, first.a, last.a + last.size), text_a)
        shown_b = _as_written(_in_context(wb, j1, j2, first.b, last.b + last.size), text_b)
        note = f"quote worded two ways: “{shown_a}” vs “{shown_b}”"
        if not ta or not tb:
            # words one side adds: both spans with the shared words around them ("written yet" /
            # "written out yet"), so each marks the same place in its sentence
            ta, tb = shown_a, shown_b
        out.append(Difference("quote", ta, tb, note))
    return out


def _initials(full: list[str], short: list[str]) -> bool:
    """Are ``short`` (as written: "U", "S" of "U.S."; "EU") the initials of ``full``'s two words
    or more, each capitalised ("United", "States")?"""
    letters = "".join(short)
    return (
        len(full) >= 2
        and all(w[:1].isupper() for w in full)
        and letters.isupper()
        and letters == "".join(w[0] for w in full)
    )


Opcode = tuple[str, int, int, int, int]


def _with_swaps(ops: Sequence[Opcode], fa: list[str], fb: list[str]) -> list[Opcode]:
    """The opcodes with two neighbouring words swapped ("with either" / "either with": a word
    put in before a shared one and taken out after it) made one replacement of both, so the
    swap shows as one difference of the two words, not two of a word and its neighbour."""
    out: list[Opcode] = []
    k = 0
    while k < len(ops):
        if k + 2 < len(ops) and ops[k + 1][0] == "equal" and ops[k + 1][2] - ops[k + 1][1] == 1:
            (t1, a1, a2, b1, b2), (t3, c1, c2, d1, d2) = ops[k], ops[k + 2]
            moved = fb[b1:b2] == fa[c1:c2] and t1 == "insert" and t3 == "delete"
            moved = moved or (fa[a1:a2] == fb[d1:d2] and t1 == "delete" and t3 == "insert")
            if moved and max(a2 - a1, b2 - b1, c2 - c1, d2 - d1) == 1:
                out.append(("replace", a1, c2, b1, d2))
                k += 3
                continue
        out.append(ops[k])
        k += 1
    return out


# a quotation's last words replaced by at most this many others: "... the president is a
# Christian" / "... is a Muslim", "and patience has run out" / "and patience is wearing thin"
# (ut219), "will fall off a cliff" / "will drop sharply" (ut267) is reworded, not cut elsewhere.
# Only at the end: where two excerpts start ("As the mayor knows" / "I think the mayor knows")
# tells little.
END_SWAP_MAX = 4


def _swapped_end(tag: str, a: list[str], b: list[str], i1: int, j1: int) -> bool:
    """Are the words after the last shared run replaced, one to :data:`END_SWAP_MAX`
    words on each side, both quotes ending there, a word of content among them ("any longer"
    / "any more")?"""
    ra, rb = a[i1:], b[j1:]
    longest = max(len(ra), len(rb))
    return (
        tag == "replace"
        and longest <= END_SWAP_MAX
        and not _goes_on(ra, rb)
        and any(len(w) >= 3 and w not in QUOTE_STOP_WORDS for run in (ra, rb) for w in run)
        # (the most words, each a word, "a" too: not initials "F.B.I" or a word starred out "f***er",
        # pieces; "rates will fall off a cliff" / "rates will drop sharply", ut267)
        and (longest < 3 or all(len(w) > 1 or w == "a" for run in (ra, rb) for w in run))
    )


def _goes_on(a: list[str], b: list[str]) -> bool:
    """Does one run begin with the other's words, a quotation mark aside ("Trust' is our motto" /
    "Trust"): one excerpt going on past the other's end, not a rewording?"""
    short, long_ = sorted(([w.strip("'’\"") for w in run] for run in (a, b)), key=len)
    return len(short) < len(long_) and long_[: len(short)] == short


def _loose(edge: Match, inner: Match, words: list[str]) -> bool:
    """Is an edge run a lone small word ("the", "for") with the next run right beside it
    in one quote and apart in the other (:func:`_reworded`)?"""
    if edge.size != 1 or words[edge.a] not in QUOTE_STOP_WORDS:
        return False
    first, second = (edge, inner) if edge.a < inner.a else (inner, edge)
    gap_a, gap_b = second.a - first.a - first.size, second.b - first.b - first.size
    return (gap_a == 0) != (gap_b == 0)


def _as_written(words: str, text: str) -> str:
    """The words as the quote writes them, punctuation between them kept ("In practice, the"
    for "In practice the"), so the note can be found in the text; the words as given when the
    quote does not hold them in a row."""
    if not words or not text:
        return words
    m = re.search(r"[^\w]{1,3}".join(re.escape(w) for w in words.split()), text)
    return m.group() if m else words


def _in_context(words: list[str], i: int, j: int, lo: int, hi: int) -> str:
    """words[i:j] with the nearest spoken word before and after it inside [lo, hi): the shared
    words around a difference, so "up" / "the" reads "open up government" / "open the
    government"."""
    before = next((words[k] for k in range(i - 1, lo - 1, -1) if words[k]), "")
    after = next((words[k] for k in range(j, hi) if words[k]), "")
    return " ".join(w for w in (before, *words[i:j], after) if w)


# a quote of fewer words is short (a scare-quoted word, a label, a phrase): too short for
# three shared words in a row, so compared only in its slot (:func:`short_diffs`)
SHORT = 4

# how many words either side of a quote are read as its place in the sentence ('the plan
# was "a disaster"', '"a triumph," Smith said'): a subject, a verb and a word between
FRAME = 3

# verbs that put a label on something ("called it", "dubbed the deal"): a frame of such a
# verb and a pronoun ("he called it") tells nothing of what was called so
_LABELLING = frozenset(
    "called calls calling call described describes describing termed dubbed labelled labeled".split()
)


def _telling(word: str) -> bool:
    """Does a word of a frame tell which thing a quote is about (a name, a noun, a verb of
    the act), rather than only that someone spoke ("he said", "called it", "as")?"""
    return (
        len(word) >= 3
        and word not in QUOTE_STOP_WORDS
        and word not in SPEECH_VERBS
        and word not in _LABELLING
        and word not in SUBJECT_PRONOUNS
    )


def _frames(text: str, q: Fact) -> tuple[list[str], list[str]]:
    """The compared words just before and just after a quote in its sentence."""
    before = [f for _, f in quote_words(text[: q.start])]
    after = [f for _, f in quote_words(text[q.end :])]
    return before[len(before) - FRAME :] if len(before) > FRAME else before, after[:FRAME]


def _same_slot(a: Fact, b: Fact, left_text: str, right_text: str) -> bool:
    """Do two quotes stand in one place of their sentences: the same two words or more
    next to each, one of them telling what is spoken of ('Smith said the plan was' /
    'the plan was'; '," the mayor said' twice)?  Before a quote, only the words after the
    verb tell it: in "Tate called it" the name says who spoke, not what was called so."""
    (ba, aa), (bb, ab) = _frames(left_text, a), _frames(right_text, b)
    for xa, xb, before in ((ba[::-1], bb[::-1], True), (aa, ab, False)):
        run = []
        for x, y in zip(xa, xb, strict=False):
            if x != y:
                break
            run.append(x)
        told = (
            list(takewhile(lambda w: w not in SPEECH_VERBS and w not in _LABELLING, run)) if before else run
        )
        if len(run) >= 2 and any(_telling(w) for w in told):
            return True
    return False


def _said_there(words: list[str], facts: list[Fact], text: str) -> bool:
    """Are these words quoted by another quote of the other sentence, or written there
    without quotation marks?  Then that side has the words, in another place."""
    if any(f.kind == "quote" and [w for _, w in quote_words(f.text)] == words for f in facts):
        return True
    there = [w for _, w in quote_words(text)]
    n = len(words)
    return any(there[i : i + n] == words for i in range(len(there) - n + 1))


def short_diffs(
    a: Fact, b: Fact, left: list[Fact], right: list[Fact], left_text: str, right_text: str
) -> list[Difference]:
    """Two short quotes (fewer than four words: a scare-quoted word, a label) worded two
    ways: 'the plan was "a disaster"' / 'the plan was "a triumph"'.

    Only when they stand in one slot of the linked sentences (:func:`_same_slot`), their
    speakers (when both are known) share a name word, and a word of one is replaced by
    another: a quote cut short ("the road to repair" / "the road to repair and
    justice") or a word added is an excerpt, not a rewording.  Words the other sentence
    also has, quoted elsewhere or unquoted, are no rewording either.
    """
    qa, qb = quote_words(a.text), quote_words(b.text)
    fa, fb = [f for _, f in qa], [f for _, f in qb]
    if EDITED in fa or EDITED in fb or not _same_slot(a, b, left_text, right_text):
        return []
    if a.speaker and b.speaker and not set(content_tokens(a.speaker)) & set(content_tokens(b.speaker)):
        return []  # two people, each saying their own words
    if _said_there(fa, right, right_text) or _said_there(fb, left, left_text):
        return []
    if [_one_form(f) for f in fa] == [_one_form(f) for f in fb]:
        return []  # a term in scare quotes, once plural: "microservers" / the "microserver" market
    ops = [op for op in SequenceMatcher(None, fa, fb, autojunk=False).get_opcodes() if op[0] != "equal"]
    if not any(op[0] == "replace" for op in ops):
        return []
    i1, j1, i2, j2 = ops[0][1], ops[0][3], ops[-1][2], ops[-1][4]
    ta = " ".join(w for w, _ in qa[i1:i2] if w)
    tb = " ".join(w for w, _ in qb[j1:j2] if w)
    return [Difference("quote", ta, tb, f"quote worded two ways: “{a.text}” vs “{b.text}”")]


def _one_form(word: str) -> str:
    """A word without its plural ending ("microservers" / "microserver"; not "press")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
