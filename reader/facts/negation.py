"""A sentence and its negation: one side states what the other denies.

"The minister attended the summit" / "the minister did not attend the summit": the same
predicate (one stem), stated by one sentence and negated by the other, with two more
content words in common.  A verb of refusing before "to" negates as "not" does ("refused
to apologise" / "has apologised": :data:`REFUSALS`).  Most sentences that hold a negation
and a word of the other's are no such pair, so much is ruled out, each for a reason that
holds in any news text:

* a negation in a fixed phrase ("no longer", "can't wait"), of a quoted word (a "no"
  vote), inside a condition ("if the council would not ban ..."), before a name ("if
  not for Majority Whip Ellis"), with "until" ("cannot be completed until May": then,
  not never), or of a verb of saying or knowing ("could not confirm": a report);
* the other side's word as a mention, not a statement of the act: after an article,
  a possessive, "to" or a modal ("a ban", "his speaking", "to pass", "could allow"), a
  noun made of the verb ("negotiate" / "negotiations"), a capitalised word ("all-White");
* one word inside a quotation and the other not (a speaker's words, not the article's
  statement); both inside quotations is one quotation negated, a misquote, and shown;
* the other side denying the act as well (anywhere, in a condition too), or the denying
  side also stating it ("I support statehood but don't support the changes": two
  objects, one stated and one denied).

A rewrite that only adds or drops a negation, every other word the same ("was on bail" /
"was not on bail", "don't have to pay" / "have to pay"), is a negation too
(:func:`only_negated`), whatever its predicate: nothing else differs to tell two things.

:func:`denial` with ``stated`` asks more, for sentences nobody linked
(:mod:`reader.facts.pairing_claims`): the act stated as done, a participle after an
auxiliary ("has been charged").
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.facts.contractions import as_written, joined
from reader.facts.negation_hint import REFUSALS, negates, negation_word, refusal
from reader.facts.negation_kept import no_denial
from reader.facts.negation_objects import object_of, other_object
from reader.facts.negation_rewrite import only_negated
from reader.facts.negation_subject import other_subject, reported, said_by_one
from reader.facts.negation_tokens import read_anew, read_tokens
from reader.facts.negation_words import (
    AUXILIARIES,
    NOUN_ENDINGS,
    PREVENTING,
    Tokens,
    after_modal,
    content_word,
    denied_modal,
    passed_over,
    seen_act,
    stem,
)
from reader.facts.quoted_spans import quoted_spans
from reader.lang import (
    AFFIRMING_IDIOMS,
    COUNT_STOP_WORDS,
    NEGATION_FILLERS,
    NEGATION_IDIOMS,
    UNIVERSALS,
)
from reader.model import Difference

_ARTICLES = frozenset({"a", "an", "the"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
_SCOPE = 5  # words after a negation that it may govern
_CLAUSE_END = frozenset(",;:—–()") | {"but", "and", "or", "while", "although", "because"}
# words opening a condition or a question: a negation after them in its clause states nothing
_CONDITIONS = frozenset({"if", "unless", "whether"})
# words before a form that make it a mention, no act stated: an article, a determiner, a possessive
# ("a ban", "any talks", "his speaking"), "to" ("votes to pass"), a modal ("could allow")
_NOT_STATED = frozenset(
    """a an the to his her its their our my your this that these those of for any some no
    every each could might may would should can avoid avoids avoided avoiding""".split()
)  # ("to avoid infecting others" states no infecting: "so they do not infect others")
# auxiliaries before a participle that state an act done: "has been charged", "was arrested"
_STATING = frozenset("is are was were has have had been be".split())
# words opening a clause whose act is not told as done: "until these issues are addressed"
_NOT_DONE = _CONDITIONS | {"until", "before", "once", "unless"}
# a preposition right after a negation negates a phrase ("not in reply to", "not for lack of"), no act
_PHRASE_OPENERS = frozenset("in on at for from by with without under over as into than".split())
# number words and quantities: "was not one failure" negates a count, not an act
_QUANTITIES = frozenset("one two three four five six seven eight nine ten many few several both half".split())
# prepositions that make a verb in -ing a noun phrase, no act told ("from selling", "without paying")
_GERUND_PREPOSITIONS = frozenset("from without against about of for by in on after before instead".split())
# words between a mention word and the form it introduces: "to be impartial", "could have agreed"
_PASS_BACK = frozenset("be been have".split())
# the pronouns between a verb and the negation older English writes after it ("met you not")
_PRONOUNS = frozenset("me you him her it us them thee ye they".split())
_INFINITIVE_OR_MODAL = frozenset("to could might may would should can".split())
_DENIED_MODALS = _INFINITIVE_OR_MODAL - {"to"} | {"will"}  # a modal before "not": the act may come


def _conditional(toks: Tokens, i: int, words: frozenset[str] = _CONDITIONS) -> bool:
    for j in range(i - 1, max(-1, i - 8), -1):
        t = toks[j][2]
        if t in words:
            return True
        if t in _CLAUSE_END or t in (".", "?", "!"):
            return False
    return False


def _double(toks: Tokens, i: int) -> bool:
    """A negation and a refusal that cancel: "never failed to attend", "did not refuse to
    attend" state the act (the negation at most two words before the refusal)."""
    if refusal(toks, i):
        return any(negation_word(t[2]) for t in toks[max(0, i - 2) : i])
    return negation_word(toks[i][2]) and any(refusal(toks, j) for j in range(i + 1, min(len(toks), i + 3)))


def _acts_next(toks: Tokens, j: int) -> bool:  # does an act follow at once: "no one was", "no one remained"
    return j + 1 < len(toks) and (toks[j + 1][2] in AUXILIARIES or toks[j + 1][2].endswith("ed"))


def _negated(toks: Tokens, raw: list[str], every: bool = False) -> list[tuple[int, list[int]]]:
    """Each negation (its token index) with the predicate words it governs (at most two
    content words in the next few, stopping at the end of the clause).  ``every`` also
    takes the negations that state nothing themselves (in a condition, a fixed phrase):
    they still show that a side does not state the act."""
    out = []
    for i, (_, _, w) in enumerate(toks):
        if not negation_word(w) and w not in REFUSALS:
            continue  # the cheap question first: most words are neither
        if not (negation_word(w) or refusal(toks, i)) or _double(toks, i):
            continue
        if i + 1 < len(toks) and f"{w} {toks[i + 1][2]}" in AFFIRMING_IDIOMS:
            continue  # "will no doubt win" states the win, even for ``every``
        if w == "not" and i and toks[i - 1][2] == "or":
            continue  # "whether or not they are true", "true or not": either way, nothing denied
        if not every:
            idiom = i + 1 < len(toks) and f"{w} {toks[i + 1][2]}" in NEGATION_IDIOMS
            if idiom and not _not_yet_done(toks, i):
                continue
            if any(t[2] == "until" for t in toks[i + 1 : i + 1 + _SCOPE]):
                continue  # "cannot be completed until May": only then, not never
            if i and toks[i - 1][2] in _QUOTE_MARKS and i + 1 < len(toks) and toks[i + 1][2] in _QUOTE_MARKS:
                continue  # a "no" vote: a word quoted, not a negation
            if _conditional(toks, i):
                continue
        preds: list[int] = []
        for j in range(i + 1, min(len(toks), i + 1 + _SCOPE)):
            t = toks[j][2]
            if t in _ARTICLES and not preds and _copula_before(toks, j, i, every):
                if not every and _but_after(toks, j):
                    break  # "is not a lack of money but a lack of will": the but-clause is stated
                continue  # "would not be a mistake", "is not a crime": the noun is the predicate
            if t in _CLAUSE_END or (t in _ARTICLES and w != "no"):
                break  # "never had a veto": an object follows, not the negated verb
            if not preds and t in _PHRASE_OPENERS:
                break  # "not in reply to ...": a phrase negated, no act
            if w == "no" and j == i + 1 and t == "one" and _acts_next(toks, j):
                continue  # "no one was injured": nobody, no count (the subject of the act after it)
            if t in _QUANTITIES or (not preds and not every and t in _EVERY):
                break  # "was not one failure": a count; "not all traffic": a quantifier (opposites.not_all)
            if t in NEGATION_FILLERS or t in COUNT_STOP_WORDS or not t[0].isalpha() or len(t) < 3:
                continue
            if t.endswith("ly") and j + 1 < len(toks) and toks[j + 1][2].endswith(("ed", "en")):
                continue  # an adverb before the act: "had not previously submitted"
            if t == "before" and j == i + 1 and _act_next(toks, raw, j):
                continue  # "had never before beaten": when, not what is denied (ut140)
            if raw[j][0].isupper():
                break  # a name follows: "not for Majority Whip ..." negates no act
            preds.append(j)
            # "did not attend": the verb alone; "no formal charges": a noun and its adjective
            if len(preds) == (2 if w in ("no", "nobody", "none") else 1):
                break
        if preds:
            out.append((i, preds))
    return out


def _not_yet_done(toks: Tokens, i: int) -> bool:
    """Is the negation at ``i`` a "not yet" or "not previously" before a participle ("had not yet
    turned a corner", "rights the courts had not previously recognized"): the act denied as done so
    far?  ("has not yet decided" / "will decide": a modal's act is a mention.)"""
    if toks[i][2] != "not" or i + 2 >= len(toks) or toks[i + 1][2] not in ("yet", "previously"):
        return False
    nxt = toks[i + 3][2] if toks[i + 2][2] == "been" and i + 3 < len(toks) else toks[i + 2][2]
    return (
        nxt.endswith(("ed", "en"))
        or nxt in "begun done made won met paid held built sold found told set".split()
    )


def _act_next(toks: Tokens, raw: list[str], j: int) -> bool:
    """Is the token after ``j`` a word in lower case, no article (an act: "never before seen")?"""
    return (
        j + 1 < len(toks)
        and raw[j + 1].isalpha()
        and raw[j + 1].islower()
        and toks[j + 1][2] not in _ARTICLES
    )


_EVERY = frozenset(UNIVERSALS)


# forms of "to be": a noun after one is said of the subject ("was not an accident" / "was an accident")
_COPULAS = frozenset("be is are was were been".split())


_MODALS = AUXILIARIES | {"shall", "must", "might"}
_BEFORE_ACT = _MODALS | _COPULAS  # what stands between a "no" noun and its verb ("no decision had been made")
_NEGATED_COPULAS = frozenset("isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t".split())


def _copula_before(toks: Tokens, j: int, i: int, there: bool = False) -> bool:
    """Is the article at ``j`` the start of what the negation at ``i`` denies of a subject:
    "not be a mistake", "is not a crime", "isn't a crime", not "neither was the word"
    (another clause's denial), nor "there was not a city" (nothing said of a subject; only
    with ``there``, to know that a side does not state the city)?"""
    w = toks[i][2]
    if w in _NEGATED_COPULAS and j == i + 1:
        subject = i - 1
    elif w not in ("not", "never") and not w.endswith(("n't", "n’t")):
        return False
    elif j == i + 2 and toks[i + 1][2] in _COPULAS:
        subject = i - 1
        while subject >= 0 and toks[subject][2] in _MODALS:
            subject -= 1  # "there shall not be", "it would not be"
    elif j == i + 1 and i and toks[i - 1][2] in _COPULAS:
        subject = i - 2
    else:
        return False
    return there or subject < 0 or toks[subject][2] != "there"


def _but_after(toks: Tokens, j: int) -> bool:
    """Does "but" follow within a few words, before the clause ends ("not a question of if
    but when")?"""
    for k in range(j + 1, min(len(toks), j + 1 + 2 * _SCOPE)):
        if toks[k][2] == "but":
            return True
        if toks[k][2] in (".", ";", ":"):
            return False
    return False


@lru_cache(maxsize=256)
def _content_stems(text: str) -> frozenset[str]:
    """The stems of a text's content words (memoised as :func:`_tokens` is)."""
    return frozenset(stem(w) for _, _, w in read_tokens(text)[0] if content_word(w))


def _mention(toks: Tokens, at: int) -> bool:
    """Is the word at ``at`` a mention of the act, not a statement that it took place:
    after a word of :data:`_NOT_STATED` (looking back over adverbs in -ly and "be", "been",
    "have": "to fully comply", "to be neutral", "could have agreed"), or a form in
    -ing after a preposition ("barred the council from selling the land")?"""
    if at and toks[at - 1][2] in _NOT_STATED:
        # ... but a noun after "to be" and its article is said of the subject ("would be a mistake"),
        # and a verb after an auxiliary and "each" is an act of each ("were each docked", ut176)
        if toks[at - 1][2] == "each" and at > 1 and toks[at - 2][2] in _STATING:
            return False
        return not (toks[at - 1][2] in _ARTICLES and at > 1 and toks[at - 2][2] in _COPULAS)
    k = at - 1
    while k >= 0 and (toks[k][2].endswith("ly") or toks[k][2] in _PASS_BACK) and at - k <= 3:
        k -= 1
    if k < at - 1 and k >= 0 and toks[k][2] in _INFINITIVE_OR_MODAL:
        return True
    return toks[at][2].endswith("ing") and at > 0 and toks[at - 1][2] in _GERUND_PREPOSITIONS


def _statements(toks: Tokens, raw: list[str], covered: set[int]) -> dict[str, int]:
    """Content stems a text states as acts, each where first stated: not under a
    negation, not a mention (:data:`_NOT_STATED`), not capitalised mid-sentence."""
    out: dict[str, int] = {}
    for at, (_, _, w) in enumerate(toks):
        if not content_word(w) or at in covered or _mention(toks, at):
            continue
        if at and raw[at][0].isupper():
            continue  # "all-White", "Recognition" in a headline: a name or a title word
        if (at + 1 < len(toks) and toks[at + 1][2] in _NONE) or (at >= 2 and passed_over(toks, at)):
            continue  # "has released none", "Rather than seek new taxes": no act stated
        if at and toks[at - 1][2] == "since":
            continue  # "unbeaten since losing 2-0": when a span began, no act of it (ut194)
        out.setdefault(stem(w), at)
    return out


# an object that is nothing: the act before it is not stated ("released none", "said nothing")
_NONE = frozenset({"none", "nothing", "nobody", "noone"})


def _scope(toks: Tokens, i: int, preds: list[int]) -> range:
    """The words a negation (at ``i``) covers: those before its act (from a verb of refusing on), the
    act and its object up to two words on in its clause ("never been granted deferred action":
    "deferred" is not stated there; "could be sued for failing to act": the suing is)."""
    end = preds[-1] + 1
    while end < min(len(toks), preds[-1] + 3) and toks[end][2] not in _CLAUSE_END and toks[end][2] != ".":
        end += 1
    return range(max(min(i, preds[0]), preds[0] - _SCOPE) if refusal(toks, i) else preds[0] - _SCOPE, end)


# a statement of the first time in a span, and a denial over that span: one fact (ut214's trap)
_FIRST_TIME = re.compile(r"\bfirst\s+time\b", re.IGNORECASE)
_SPAN_AFTER = re.compile(
    r"[^.;]*?\b(?:for|since|in)\s+(?:the\s+(?:past|last)\s+)?(?:\d+|[a-z]+)\s+(?:years?|months?|weeks?|decades?)\b",
    re.IGNORECASE,
)


def _before(toks: Tokens, i: int) -> bool:  # "could not reopen before June", "unlikely ... would not"
    after, ahead = {t[2] for t in toks[i + 1 : i + 1 + _SCOPE]}, {t[2] for t in toks[:i]}
    return bool(after & {"before", "until"} or ahead & {"unlikely", "doubt", "doubtful", "impossible"})


def _act_after(toks: Tokens, last: int) -> int:
    """The verb after the noun a "no" governs, over auxiliaries ("no decision had been made":
    made; "no one has yet been charged": charged), or -1."""
    k = next((k for k in range(last + 1, min(len(toks), last + 8)) if toks[k][2] in _BEFORE_ACT), -1)
    if k < 0 or any(t[2] in _CLAUSE_END for t in toks[last + 1 : k]):
        return -1  # the noun may go on ("no ruling on the permit had been made"), its clause may not
    while k < len(toks) and (toks[k][2] in _MODALS or toks[k][2] in NEGATION_FILLERS):
        k += 1
    return k if k < len(toks) and content_word(toks[k][2]) else -1


def _done(ta: Tokens, p: int, tb: Tokens, j: int) -> bool:
    """Does ``tb`` tell the act at ``j`` as done, of what ``ta`` denies at ``p``: a
    participle after an auxiliary ("has been charged"), not in a clause still to come
    ("until these issues are addressed"), and of the same object when both give one
    ("did not reference any person" / "has referred to the ban")?"""
    wb = tb[j][2]
    if not (wb.endswith(("ed", "en")) and j and tb[j - 1][2] in _STATING):
        return False
    if tb[j - 1][2] == "be" and j > 1 and tb[j - 2][2] in _NOT_STATED | {"will", "must", "shall"}:
        return False  # "in line to be elected", "will be charged": still to come
    if _conditional(tb, j, _NOT_DONE):
        return False
    oa, ob = object_of(ta, p), object_of(tb, j)
    return not (oa and ob and oa != ob)


def _one_verb(ta: Tokens, i: int, tb: Tokens, j: int) -> bool:
    """The "no" of ``ta`` and the noun of ``tb`` both follow one verb: "had no reason" / "had
    reason", "found no evidence" / "found evidence", "there was no sign" / "there were signs"."""
    if ta[i][2] != "no" or not i or not j:
        return False
    near = [t[2] for t in tb[max(0, j - 2) : j + 5]]  # "without committing", "gave place ..., no, not"
    if any(negation_word(w) or w == "without" for w in near):
        return False
    k, told = j - 1, {t[2] for t in ta[i + 1 : i + 4]}
    while k > 0 and (tb[k][2] in _ARTICLES or tb[k][2] in told):
        k -= 1  # past the article and the words both give the noun ("had a clear plan" / "had no clear plan")
    if k < j - 1 and (
        ta[i - 1][2] not in _HOLDING | _COPULAS or any(negation_word(t[2]) for t in tb[max(0, k - 3) : k])
    ):
        return False  # only a verb of having or being takes it so ("said no final ruling"), not denied too
    va, vb = ta[i - 1][2], tb[k][2]
    return stem(va) == stem(vb) or (va in _COPULAS and vb in _COPULAS) or (va in _HOLDING and vb in _HOLDING)


# verbs of having or finding what "no" denies: "has no evidence" / "had found evidence"
_HOLDING = frozenset("has have had found find finds see saw seen uncovered discovered".split())


def _denied(tb: Tokens, every_b: list[tuple[int, list[int]]], acts_b: list[int]) -> set[str]:
    """The stems of what a text denies: the predicates of its negations and the acts of a
    subject that is nothing; also with the negation after its verb, as older English writes it
    ("pleased not Isaac" / "didn't please Isaac", "eat not of the sinew"), past the pronoun the
    verb takes ("met you not", "sent them not", "came they no more")."""
    denied = {stem(tb[p][2]) for _, ps in every_b for p in [*ps, *acts_b]}
    denied |= {stem(t[2]) for _, ps in every_b for t in seen_act(tb, ps[0], _CLAUSE_END | {"."})}
    denied |= {stem(tb[k - 1][2]) for k in range(1, len(tb)) if tb[k][2] == "not"}
    after_pronoun = (k for k in range(2, len(tb)) if tb[k][2] in ("not", "no") and tb[k - 1][2] in _PRONOUNS)
    return denied | {stem(tb[k - 2][2]) for k in after_pronoun} | _elided(tb)


def _elided(tb: Tokens) -> set[str]:
    """The stems of a subject whose act a clause ending on its negation leaves out ("names were
    taken, though passwords and PINs were not", ut260): denied as "but not passwords" denies them."""
    out: set[str] = set()
    for k in range(2, len(tb)):
        if tb[k][2] == "not" and tb[k - 1][2] in AUXILIARIES and (k + 1 == len(tb) or tb[k + 1][2] in ".,;!"):
            m = k - 2
            while m >= 0 and m > k - 8 and tb[m][2] not in _REACH_STOP:
                out.add(stem(tb[m][2]))
                m -= 1
    return out


# where an elided clause begins (not "and": "bank details and passwords were not")
_REACH_STOP = frozenset(",;:—–()") | {"though", "although", "while", "whereas", "but", "because"}


def _non(toks: Tokens, j: int) -> bool:
    """Is token ``j`` denied where it stands: written with the prefix of its denial ("non-disclosure":
    ut138), after "without" ("without strings attached": with no strings attached, ut335), or kept
    from happening ("have kept all of them from being enforced": none enforced, ut336)?"""
    if j > 1 and toks[j - 1][2] == "-" and toks[j - 2][2] == "non" and toks[j - 1][0] == toks[j - 2][1]:
        return True
    before = [t[2] for t in toks[max(0, j - 6) : j]]
    if "without" in before[-3:]:
        return True
    return "from" in before and any(w in PREVENTING for w in before[: before.index("from")])


def denial(a: str, b: str, stated: bool = False, intents: bool = False) -> tuple[str, str] | None:
    """'a' negates a predicate that 'b' states plainly: their spans, else None.  ``stated``: 'b' states
    it done ("has been charged"), as unlinked sentences need; ``intents``: see :func:`read_tokens`."""
    ta, ra = read_tokens(a, intents)
    negs = _negated(ta, ra)
    if not negs:
        return None
    tb, rb = read_tokens(b, intents)
    content_a, content_b = _content_stems(a), _content_stems(b)
    # the cheap questions first (most pairs stop here): two more content words shared, a denied word b holds
    if len(content_a & content_b) < 3 or not any(stem(ta[p][2]) in content_b for _, ps in negs for p in ps):
        return None
    every_b = _negated(tb, rb, every=True)
    # "no final decision had been made": the act of a subject that is nothing is denied too
    acts_b = [k for i, ps in every_b if tb[i][2] in _NONE | {"no"} and (k := _act_after(tb, ps[-1])) >= 0]
    covered_b = {j for i, ps in every_b for j in _scope(tb, i, ps)} | set(acts_b)
    denied_b = _denied(tb, every_b, acts_b)  # what b denies too
    if all(stem(ta[p][2]) in denied_b for _, ps in negs for p in ps):
        return None
    stems_b = _statements(tb, rb, covered_b)
    covered_a = {j for i, ps in _negated(ta, ra, every=True) for j in _scope(ta, i, ps)}
    stated_a = _statements(ta, ra, covered_a)  # what a states itself
    quoted_a, quoted_b = quoted_spans(a), quoted_spans(b)
    for i, preds in negs:
        # someone's words quoted ("you ain't black") deny nothing the article states, and the
        # article's statement is not what a speaker said; but one quotation negated on one side
        # ("He did not want to wait," Waldie said / "He wanted to wait") is a misquote
        in_quote = any(x <= ta[i][0] < y for x, y in quoted_a)
        if in_quote and any(x <= tb[k][0] < y for k, _ in every_b for x, y in quoted_b):
            continue  # the other quotation negates too ("aren't written" / "aren't combined, written")
        for p in preds:
            st = stem(ta[p][2])
            j = stems_b.get(st)
            if j is None and (modal := denied_modal(ta, i, _DENIED_MODALS)) and not _before(ta, i):
                j = after_modal(tb, st, modal, covered_b)  # "will not" / "would", "cannot" / "can"
                # (a sentence otherwise the same is only_negated's, with its spans: "could not be")
                j = None if j is not None and only_negated(a, b) is not None else j
            if j is None or st in denied_b or st in stated_a or reported(st, ta, p, tb, j) or _non(tb, j):
                continue  # b denies it too (also as "non-disclosure"); a states it elsewhere; a report
            if _FIRST_TIME.search(b) and _SPAN_AFTER.match(a, ta[p][1], ta[p][1] + 60):
                continue  # "first time in nine years it has prohibited" / "has not banned ... for nine years"
            wb = tb[j][2]
            if any(x <= tb[j][0] < y for x, y in quoted_b) != in_quote and not said_by_one(a, b):
                continue  # a speaker's words on one side, a statement on the other (not what they said)
            if wb.endswith(NOUN_ENDINGS) and not ta[p][2].endswith(NOUN_ENDINGS):
                continue  # "will not negotiate" / "before any negotiations": a noun
            verb = _one_verb(ta, i, tb, j)  # "found no evidence" / "found evidence"
            told = wb.endswith(("ed", "en")) or (wb.endswith("ing") and tb[j - 1][2] in _STATING)
            if ta[i][2] in ("no", "nobody", "none") and not told and not verb:
                continue  # "no charges": "was charged", "was planning"; "a national emergency" is a mention
            if other_object(ta, p, tb, j, content_a, content_b) or other_subject(ta, ra, i, tb, rb, j):
                continue  # "never backed the tax" / "support of the levy"; "Moreno is not" / "Park is"
            if (stated or _not_yet_done(ta, i)) and (not _done(ta, p, tb, j) or only_negated(a, b)):
                continue  # ("has not yet decided" / "will decide": to come; a word apart: only_negated's)
            # the same predicate of the same thing: two more content words shared
            if len((content_a & content_b) - {st}) < 2:
                return None
            k = i - 1 if i and (verb or ta[i - 1][2] in AUXILIARIES) else i  # "did not attend"
            return a[ta[k][0] : ta[p][1]], b[tb[j - verb][0] : tb[j][1]]
    return None


def negation_diffs(left_text: str, right_text: str) -> list[Difference]:
    """A sentence and its negation ("the minister attended the summit" / "the minister did
    not attend the summit"): the same predicate, stated by one side and negated by the
    other.  Both sides negating it, or a negation of another predicate, is no difference.
    A contraction printed apart ("didn’ t") is read joined; the spans are as written."""
    lj, rj = joined(left_text), joined(right_text)
    found = [d for d in _negation_diffs(lj, rj) if not no_denial(d, lj, rj)]
    if lj is left_text and rj is right_text:
        return found
    out = []
    for d in found:
        a, b = as_written(d.left, lj, left_text), as_written(d.right, rj, right_text)
        out.append(Difference(d.kind, a, b, d.note.replace(d.left, a, 1).replace(d.right, b, 1)))
    return out


def _negation_diffs(left_text: str, right_text: str) -> list[Difference]:
    ln, rn = negates(left_text), negates(right_text)
    sides = ((True, ln, left_text, right_text), (False, rn, right_text, left_text))
    for on_left, negated, a, b in sides:
        if negated and (got := denial(a, b)):
            return [_denied_diff(got, on_left)]
    for on_left, negated, a, b in sides:  # a rewrite that only adds or drops a negation
        if negated and (one := only_negated(a, b)) is not None:
            return [_denied_diff(one, on_left)]
    for on_left, negated, a, b in sides:  # idioms read anew: "has no plans to raise" / "would raise"
        if negated and read_anew(a, b) and (got := denial(a, b, intents=True)):
            return [_denied_diff(got, on_left)]
    return []


def _denied_diff(spans: tuple[str, str], on_left: bool) -> Difference:
    """The difference of a denial's spans (the denial, the statement), the denial on the left
    when ``on_left``."""
    left, right = spans if on_left else spans[::-1]
    return Difference("negation", left, right, f"one side denies what the other states: {left} vs {right}")
