"""A rewrite that only adds or drops a negation: "was on bail" / "was not on bail".

Every other word the same, but at most one more word in a long sentence, added or dropped
away from the negation and of no polarity ("do not have to file ... if" / "have to file ...
even if"): whatever the predicate, nothing else differs to tell two things.  Used by
:mod:`reader.facts.negation` when no predicate rule finds the denial.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from reader.facts.first_claims import first_denied

# a rewrite that adds or drops only a negation: "not", "never", the "n't" of a contraction,
# with "do"/"does"/"did" before "not" ("Couples do not have to file" / "Couples have to
# file"), "no" before a noun ("had no reason to believe" / "had reason to believe")
_PLAIN_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_ONLY_NEGATIONS = frozenset(("not", "never", "n't", "no"))
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")
_DO = frozenset(("do", "does", "did"))


@lru_cache(maxsize=256)
def _words_of(text: str) -> list[tuple[str, int, int]]:
    """The words of a text, lower case, with "n't" apart and "cannot" as "can not": (word,
    start, end).  Memoised (read only): a pair in which both sides negate is read both ways."""
    out: list[tuple[str, int, int]] = []
    # an abbreviation's dots dropped, the length kept ("u.s." -> "us  "): "U.S." / "US" is no
    # word apart that would keep a negation from being the only change
    low = _DOTTED.sub(lambda m: m.group().replace(".", "") + " " * m.group().count("."), text.lower())
    for m in _PLAIN_WORD.finditer(low):
        w, a, b = m.group(), m.start(), m.end()
        if w.endswith(("n't", "n’t")) and len(w) > 3:
            out += [(_STEMS.get(w[:-3], w[:-3]), a, b - 3), ("n't", b - 3, b)]
        elif w == "cannot":
            out += [("can", a, a + 3), ("not", a + 3, b)]
        else:
            out.append((_SAME_VERB.get(w, w), a, b))
    return out


# verbs a rewrite puts for one another, read as one word here ("would not increase fares" /
# "would raise fares" differ by the negation alone)
_SAME_VERB = {"raise": "increase", "raises": "increases", "raised": "increased", "raising": "increasing"}


# words that only stress a negation ("don't have to change anything at all" / "have to change
# anything"): dropped with it, they tell nothing more, and kept without it they are no English
_STRESS = (("at", "all"), ("whatsoever",), ("at", "all", "whatsoever"))


def _unstressed(wa: list[tuple[str, int, int]], wb: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``wa`` without the words that stress its negation, when ``wb`` has none of them."""
    plain = [w for w, _, _ in wa]
    if {w for w, _, _ in wb} & {"all", "whatsoever"} and "whatsoever" not in plain:
        return wa
    for run in sorted(_STRESS, key=len, reverse=True):
        for i in range(len(plain) - len(run) + 1):
            if tuple(plain[i : i + len(run)]) == run:
                return wa[:i] + wa[i + len(run) :]
    return wa


# words split by spaces (punctuation on them) b may have that a lacks and still be a with a
# negation added: the one other word, a verb's past form ("did not dispute" / "disputed"), a
# comma or two moved
_SPLIT_WORDS_APART = 4
# the verb a contraction shortens: "can't" is "can" + "n't", "won't" is "will" + "n't"
_STEMS = {"ca": "can", "wo": "will", "sha": "shall"}


def only_negated(a: str, b: str) -> tuple[str, str] | None:
    """``a`` is ``b`` with a negation added ("He was not on probation" / "He was on
    probation"), word for word but for at most one other word in a long sentence ("do not
    have to file ... if" / "have to file ... even if"), or a clause of ``b`` moved and denied
    by "no" (:func:`_denied_run_moved`): the spans around the negation (the word before it to
    the word after), else None.  Nothing more may differ, so two sentences that tell two
    things never meet here."""
    if len(a.lower()) != len(a) or len(b.lower()) != len(b):
        return None  # a letter whose lower case is longer ("İ"): the offsets would shift
    return _in_place(a, b) or _denied_run_moved(a, b) or first_denied(a, b)


def _in_place(a: str, b: str) -> tuple[str, str] | None:
    """``a`` is ``b`` with a negation added, the words in place (:func:`only_negated`)."""
    if len(set(b.lower().split()) - set(a.lower().split())) > _SPLIT_WORDS_APART:
        return None  # the cheap question first: words b has that a lacks, as spaces split them
    wa, wb = _aspect(*_able(_words_of(a), _words_of(b)))
    wa = _unstressed(_did_not(wa, {w for w, _, _ in wb}), wb)
    if len(wb) < 4 or not 0 <= len(wa) - len(wb) <= 3:  # (the negation and one other word dropped: 0)
        return None
    if len({w for w, _, _ in wb} - {w for w, _, _ in wa}) > 1:
        return None  # b has more than one word a lacks: more than the one other word below
    ops = [
        op
        for op in SequenceMatcher(
            None, [w for w, _, _ in wa], [w for w, _, _ in wb], autojunk=False
        ).get_opcodes()
        if op[0] != "equal"
    ]
    cut = [op for op in ops if op[0] == "delete" and _negation_run([w for w, _, _ in wa[op[1] : op[2]]])]
    swapped = [op for op in ops if _verb_for_no(op, wa, wb)] if not cut else []
    cut = cut or swapped
    if len(cut) != 1 or len(ops) > 1 + (len(wb) >= _LONG_REWRITE):
        return None
    for op in ops:
        if op is cut[0]:
            continue
        words = {w for w, _, _ in wa[op[1] : op[2]] + wb[op[3] : op[4]]}
        if (
            op[0] == "replace"
            or max(op[2] - op[1], op[4] - op[3]) > 1
            or words & _POLARITY
            or abs(op[1] - cut[0][1]) < 3
        ):
            # one other word at most, added or dropped ("unlikely ... not" / "likely" says the
            # same), of no polarity ("released none" / "not released any"), and not beside
            # the negation ("not on bail" / "on parole")
            return None
    _, i, k, j, m = cut[0]
    if swapped:  # "raised no concerns" / "flagged concerns": from the verb to the noun
        return a[wa[i][1] : wa[k][2]], b[wb[j][1] : wb[m][2]]
    if i == 0 or k >= len(wa) or j >= len(wb):
        return None
    if wa[i][0] == "no" and a[wa[i][2] : wa[i][2] + 1] in _AFTER_AN_ANSWER:
        return None  # "No," an answer, or "No." of a number: no determiner of a noun
    return a[wa[i - 1][1] : wa[k][2]], b[wb[j - 1][1] : wb[j][2]]


# the word of a negation that tells when ("not yet", "no longer") and the word that stands for it
# without one ("already", "still"): "has not yet been reached" / "has already been reached",
# "is no longer open" / "is still open" differ by the negation alone
# ("has now been reached" says "already" as well: "had not yet been permanently breached" / "had
# now been permanently breached", ut197)
_ASPECT = {
    ("not", "yet"): ("already", "now"),
    ("n't", "yet"): ("already", "now"),
    ("no", "longer"): ("still",),
}
# ... and "no longer" against a verb of going on ("will no longer travel free" / "will continue
# to travel free")
_GOING_ON = frozenset(("continue", "continues", "continued"))
# ... or against a verb of staying for the copula before it ("was no longer open" / "remained open")
_STAYING = frozenset(("remain", "remains", "remained", "stays", "stayed"))
_COPULAS = frozenset(("is", "are", "was", "were"))


def _aspect(
    wa: list[tuple[str, int, int]], wb: list[tuple[str, int, int]]
) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """The two word lists without the word of time a negation carries on one side (its "yet",
    its "longer") and the word that stands for it on the other ("already", "still"), when each
    is written once and only on its own side; else as they are."""
    plain_a, plain_b = [w for w, _, _ in wa], [w for w, _, _ in wb]
    for (neg, when), words in _ASPECT.items():
        at = [k + 1 for k in _starts(plain_a, (neg, when))]  # the word of time
        for instead in words:
            if (
                len(at) == 1
                and plain_b.count(instead) == 1
                and instead not in plain_a
                and when not in plain_b
            ):
                k = plain_b.index(instead)
                return wa[: at[0]] + wa[at[0] + 1 :], wb[:k] + wb[k + 1 :]
    at = [k + 1 for k in _starts(plain_a, ("no", "longer"))]
    on = [k for verb in _GOING_ON for k in _starts(plain_b, (verb, "to"))]
    if len(at) == 1 and len(on) == 1 and not _GOING_ON & set(plain_a) and "longer" not in plain_b:
        return wa[: at[0]] + wa[at[0] + 1 :], wb[: on[0]] + wb[on[0] + 2 :]  # "no" stays: the negation
    # "was no longer open" / "remained open": the copula and "longer" against the verb of staying
    stay = [k for k, w in enumerate(plain_b) if w in _STAYING]
    copula = len(at) == 1 and at[0] > 1 and plain_a[at[0] - 2] in _COPULAS
    if copula and len(stay) == 1 and not _STAYING & set(plain_a) and "longer" not in plain_b:
        k = at[0]
        return wa[: k - 2] + wa[k - 1 : k] + wa[k + 1 :], wb[: stay[0]] + wb[stay[0] + 1 :]
    return wa, wb


def _starts(words: list[str], run: tuple[str, ...]) -> list[int]:
    """Each place ``run`` starts in ``words``."""
    n = len(run)
    return [k for k in range(len(words) - n + 1) if tuple(words[k : k + n]) == run]


def _able(
    wa: list[tuple[str, int, int]], wb: list[tuple[str, int, int]]
) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """The two word lists without "be able to" on the side that alone writes it ("would not be
    able to honour the contracts" / "would honour the contracts": the ability says the act)."""
    out = []
    for mine, other in ((wa, wb), (wb, wa)):
        at = _starts([w for w, _, _ in mine], ("be", "able", "to"))
        if len(at) == 1 and "able" not in {w for w, _, _ in other}:
            mine = mine[: at[0]] + mine[at[0] + 3 :]
        out.append(mine)
    return out[0], out[1]


def _did_not(words: list[tuple[str, int, int]], other: set[str]) -> list[tuple[str, int, int]]:
    """ "did not dispute" written as "not disputed" where the other side has the past form
    ("officials did not dispute the video" / "officials disputed the video"): the tense moves
    to the verb, so the two differ by the negation alone.  Offsets stay the text's."""
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(words):
        if k + 2 < len(words) and words[k][0] == "did" and words[k + 1][0] in ("not", "n't"):
            verb, s, e = words[k + 2]
            past = verb + ("d" if verb.endswith("e") else "ed")
            if past in other:
                out += [("not", words[k][1], words[k + 1][2]), (past, s, e)]
                k += 3
                continue
        out.append(words[k])
        k += 1
    return out


def _negation_run(words: list[str]) -> bool:
    """ "not", "never", "n't", or "do"/"does"/"did" and one of them, or a negation that tells
    when ("no longer", "not yet": "will no longer be allowed" / "will be allowed")."""
    if len(words) == 2 and words[0] in _DO:
        words = words[1:]
    return (len(words) == 1 and words[0] in _ONLY_NEGATIONS) or tuple(words) in _ASPECT


# what follows a "no" that negates no noun: an answer ("No, he said"), "No. 1"
_AFTER_AN_ANSWER = frozenset(".,;:!?\"”'’")
# from this many words a rewrite may change one more word besides the negation
_LONG_REWRITE = 8
# words that carry or answer a negation: no other word of a negation rewrite may be one
_POLARITY = frozenset(
    "no none any nothing anything never ever nobody anyone neither either nor yet not n't".split()
)


def _verb_for_no(
    op: tuple[str, int, int, int, int], wa: list[tuple[str, int, int]], wb: list[tuple[str, int, int]]
) -> bool:
    """Is a change a verb and "no" put for another verb of the same past tense before the same
    noun ("The auditors raised no concerns about" / "The auditors flagged concerns about")?"""
    tag, i, k, j, m = op
    if tag != "replace" or k - i != 2 or m - j != 1 or wa[i + 1][0] != "no" or k >= len(wa) or m >= len(wb):
        return False
    v1, v2 = wa[i][0], wb[j][0]
    return v1 != v2 and v1.endswith("ed") and v2.endswith("ed") and wa[k][0] not in _POLARITY


# the fewest words of a clause both sentences tell word for word, moved within a reworded
# sentence, before which one side writes "no" ("No steering lock was found at the scene, a
# detective told the court" / "A detective told the court that a steering lock was found at
# the scene": seven)
MOVED_RUN_MIN = 5
_ARTICLES = frozenset(("a", "an", "the"))
_NO = re.compile(r"\bno\b", re.IGNORECASE)
_DENIALS = _ONLY_NEGATIONS | frozenset("none nothing nobody neither nor".split())
# the run tells its predicate, not a noun phrase alone: one of these words in it, or the same
# verb before "no" and before the article
_VERBS = frozenset("is are was were be been being has have had will would could can".split())


def _denied_run_moved(a: str, b: str) -> tuple[str, str] | None:
    """A clause of ``b`` told word for word in ``a``, its verb with it, moved, with "no" before it
    in ``a`` and an article or nothing in ``b``, which denies nothing: the spans from the word
    before the run to its fourth word."""
    if _NO.search(a) is None:
        return None  # the cheap question first: most pairs with a negation deny with "not"
    wa, wb = _words_of(a), _words_of(b)
    ta, tb = [w for w, _, _ in wa], [w for w, _, _ in wb]
    if "no" not in ta or _DENIALS & set(tb):
        # (the other side denying anything, "a final ruling ... had not been made", is no run
        # denied on one side only)
        return None
    m = SequenceMatcher(None, ta, tb, autojunk=False).find_longest_match(0, len(ta), 0, len(tb))
    i, j = m.a, m.b
    if (
        m.size < MOVED_RUN_MIN
        or i == 0
        or ta[i - 1] != "no"
        or a[wa[i - 1][2] : wa[i - 1][2] + 1] in _AFTER_AN_ANSWER
    ):
        return None
    if j > 0 and (tb[j - 1] not in _ARTICLES or _POLARITY & set(tb[max(0, j - 4) : j])):
        return None  # "no", "not a", "has not held a" before it on the other side: denied there too
    if _POLARITY & set(ta[i : i + m.size]):
        return None
    one_verb = i > 1 and j > 1 and ta[i - 2] == tb[j - 2]  # "set no formal limit" / "set a formal limit"
    if not (one_verb or _VERBS & set(ta[i : i + m.size])):
        return None  # a noun phrase alone: "There is no national emergency" / "... was declared"
    end = min(m.size, 4) - 1
    start_b = wb[j - 1][1] if j > 0 else wb[j][1]
    return a[wa[i - 1][1] : wa[i + end][2]], b[start_b : wb[j + end][2]]
