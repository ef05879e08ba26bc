"""The decision for one link: which facts conflict, and which are one side's details.

:func:`differences` asks each kind's comparison (``compare_numbers``,
``compare_temporal``, ``compare_names``, ``compare_quotes``) only when both sides hold
facts of that kind; :func:`unique_details` lists what only one side states.  A fact one
side lacks is a detail, never a conflict; a value the other side contradicts, or a name
it spells another way, is never a detail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.compare_names import name_diffs, name_variant_text, names_may_differ
from reader.facts.compare_numbers import (
    QUANTITY_LABELS,
    quantities_compatible,
    quantity_diffs,
    same_slot,
    tally_diffs,
)
from reader.facts.compare_quotes import speaker_diffs, wording_diffs
from reader.facts.compare_temporal import dates_compatible, temporal_diffs
from reader.facts.namewords import content_tokens, name_tokens, same_name_text
from reader.facts.pairing_items import act_words, stamped
from reader.lang import COUNT_STOP_WORDS, NEGATION_FILLERS, NEGATION_IDIOMS, NEGATIONS, TITLES, WEEKDAYS
from reader.model import Difference, Fact
from reader.textnorm import fold


def differences(
    left: list[Fact], right: list[Fact], left_text: str = "", right_text: str = ""
) -> list[Difference]:
    """Discrepancies between the facts of two linked sentences (or groups of them).

    Each names its kind, the smallest conflicting spans as written and a one-line note;
    swapping the sides swaps the spans.  Equivalent wordings never appear here, and a
    fact one side lacks is a unique detail (:func:`unique_details`), not a difference.
    """
    out: list[Difference] = negation_diffs(left_text, right_text) if left_text and right_text else []
    if left_text and right_text:  # a publication stamp's clock time is no time of the story
        left = [f for f in left if not stamped(left_text, f)]
        right = [f for f in right if not stamped(right_text, f)]
    # every check pairs facts of one kind on both sides: most linked sentences share no
    # kind, or only names, so the kinds say which checks can find anything at all
    kinds = {f.kind for f in left}.intersection([f.kind for f in right])
    if not kinds:
        return out
    if left_text and right_text and _total(left_text) != _total(right_text):
        # one side's running total ("so far", "in all") against the other's figures for
        # one occasion: different scopes, not one count told two ways
        kinds -= {"number", "money"}
    if not kinds.isdisjoint(QUANTITY_LABELS):
        out += quantity_diffs(left, right, kinds)
    if not kinds.isdisjoint(("date", "year", "time", "day")):
        out += temporal_diffs(left, right)
    if "name" in kinds and names_may_differ(left, right):
        out += name_diffs(left, right)
    if "tally" in kinds:
        out += tally_diffs(left, right)
    if "quote" in kinds:
        out += speaker_diffs(left, right)
        out += wording_diffs(left, right)
    if left_text and right_text:
        out = [d for d in out if d.kind not in _OF_AN_ACT or _same_act(d, left_text, right_text)]
        out = [d for d in out if d.kind != "age" or _same_bearer(d, left_text, right_text)]
    seen: set[tuple[str, str, str]] = set()
    uniq = []
    for d in out:
        k = (d.kind, d.left, d.right)
        if k not in seen:
            seen.add(k)
            uniq.append(d)
    return uniq


# kinds whose values belong to an act told in the words around them ("announced Sunday",
# "battled for 35 days"): two of them conflict only when told of one act
_OF_AN_ACT = frozenset({"day", "duration", "year"})


def _same_act(d: Difference, left_text: str, right_text: str) -> bool:
    """Are a day or a duration of two sentences about one act?  The content words next
    to each (acts named by :data:`EVENTS` as one word: "passed ... Tuesday" / "Wednesday's
    vote") must share one; a side with no such word says nothing against it.  A wrong
    link ("announced Sunday that he will leave" / "announced on Wednesday over the
    objections"; "battled for 35 days" / "reopened the government for three weeks") puts
    the values of two acts side by side."""
    a, b = act_words(left_text, d.left), act_words(right_text, d.right)
    return not a or not b or not a.isdisjoint(b)


_NOUN_AFTER = re.compile(r"\s+([a-z]+)")


def _same_bearer(d: Difference, left_text: str, right_text: str) -> bool:
    """May two ages be of one person?  Not when each is followed by a common noun and the
    nouns differ ("an 11-year-old girl" / "the 34-year-old mother")."""
    nouns = []
    for text, span in ((left_text, d.left), (right_text, d.right)):
        at = text.find(span)
        m = _NOUN_AFTER.match(text, at + len(span)) if at >= 0 else None
        nouns.append(_stem(m.group(1)) if m and m.group(1) not in COUNT_STOP_WORDS else "")
    return not (nouns[0] and nouns[1] and nouns[0] != nouns[1])


# words that make the figures of a sentence a total over several occasions
_TOTAL = re.compile(
    r"\b(?:so far|to date|in total|altogether|all told|in all|cumulative(?:ly)?|since the start)\b", re.I
)


def _total(text: str) -> bool:
    return _TOTAL.search(text) is not None


# ---------------------------------------------------------------------------------------
# negation: one sentence states what the other denies

_TOKEN = re.compile(r"[\w'’]+|[^\w\s]")
_NEG_HINT = re.compile(r"\b(?:not|never|no|nobody|none|neither|nor|cannot)\b|n['’]t\b", re.I)
_AUXILIARIES = frozenset("do does did is are was were has have had will would could should can may".split())
_ARTICLES = frozenset({"a", "an", "the"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
_SCOPE = 5  # words after a negation that it may govern
_CLAUSE_END = frozenset(
    {",", ";", ":", "—", "–", "(", ")", "but", "and", "or", "while", "although", "because"}
)


def _stem(w: str) -> str:
    """A crude stem for matching one predicate in two forms ('charges'/'charged', 'attend'/'attended')."""
    if len(w) > 4:
        w = re.sub(r"(?:ing|ed|es|e|s|d)$", "", w)
    return w[:5]


def _negated(toks: list[tuple[int, int, str]], raw: list[str]) -> list[tuple[int, list[int]]]:
    """Each negation (its token index) with the predicate words it governs (at most two
    content words in the next few, stopping at the end of the clause).  ``raw`` are the
    tokens as written: a capitalised word is a name, never a negated predicate ("if not
    for Majority Whip Ellis"), and a negation inside a condition ("if the council would
    not ban ...") states nothing."""
    out = []
    for i, (_, _, w) in enumerate(toks):
        neg = w in NEGATIONS or w.endswith(("n't", "n’t"))
        if not neg or (i + 1 < len(toks) and f"{w} {toks[i + 1][2]}" in NEGATION_IDIOMS):
            continue
        if (i and toks[i - 1][2] in _QUOTE_MARKS) or (i + 1 < len(toks) and toks[i + 1][2] in _QUOTE_MARKS):
            continue  # a 'no' vote: a word quoted, not a negation
        if _conditional(toks, i):
            continue
        preds: list[int] = []
        for j in range(i + 1, min(len(toks), i + 1 + _SCOPE)):
            t = toks[j][2]
            if t in _CLAUSE_END or (t in _ARTICLES and w != "no"):
                break  # "never had a veto": an object follows, not the negated verb
            if t in NEGATION_FILLERS or t in COUNT_STOP_WORDS or not t[0].isalpha() or len(t) < 3:
                continue
            if raw[j][0].isupper():
                break  # a name follows: "not for Majority Whip ..." negates no act
            preds.append(j)
            # "did not attend": the verb alone; "no formal charges": a noun and its adjective
            if len(preds) == (2 if w in ("no", "nobody", "none") else 1):
                break
        if preds:
            out.append((i, preds))
    return out


# words opening a condition or a question: a negation after them in its clause states nothing
_CONDITIONS = frozenset({"if", "unless", "whether"})


def _conditional(toks: list[tuple[int, int, str]], i: int) -> bool:
    for j in range(i - 1, max(-1, i - 8), -1):
        t = toks[j][2]
        if t in _CONDITIONS:
            return True
        if t in _CLAUSE_END or t in (".", "?", "!"):
            return False
    return False


# words before a form that make it a noun or an infinitive, not a statement of the act:
# "a ban on", "his speaking", "votes to pass", "the funding"
_NOT_STATED = frozenset("""a an the to his her its their our my your this that these those of for""".split())
# auxiliaries before a participle that state an act done: "has been charged", "was arrested"
_STATING = frozenset("is are was were has have had been be".split())


def denial(a: str, b: str, stated: bool = False) -> tuple[str, str] | None:
    """'a' negates a predicate that 'b' states plainly: their spans, else None.  With
    ``stated``, 'b' must state it as an act done, a participle after an auxiliary ("has
    been charged", "were arrested"): sentences nobody linked need that much."""
    ma = list(_TOKEN.finditer(a))
    ta = [(m.start(), m.end(), fold(m.group())) for m in ma]
    negs = _negated(ta, [m.group() for m in ma])
    if not negs:
        return None
    mb = list(_TOKEN.finditer(b))
    tb = [(m.start(), m.end(), fold(m.group())) for m in mb]
    negs_b = _negated(tb, [m.group() for m in mb])
    covered_b = {j for _, ps in negs_b for j in range(ps[0] - _SCOPE, ps[-1] + 1)}
    denied_b = {_stem(tb[p][2]) for _, ps in negs_b for p in ps}  # what b itself denies
    stems_b: dict[str, int] = {}  # content stems, where each is first stated as an act
    content_b: set[str] = set()
    for at, (_, _, w) in enumerate(tb):
        if w[0].isalpha() and len(w) >= 3 and w not in COUNT_STOP_WORDS and w not in NEGATION_FILLERS:
            content_b.add(_stem(w))
            if not (at and tb[at - 1][2] in _NOT_STATED):  # "a ban", "his speaking", "to pass"
                stems_b.setdefault(_stem(w), at)
    content_a = {_stem(w) for _, _, w in ta if w[0].isalpha() and len(w) >= 3 and w not in COUNT_STOP_WORDS}
    for i, preds in negs:
        for p in preds:
            st = _stem(ta[p][2])
            j = stems_b.get(st)
            if j is None or j in covered_b or st in denied_b:
                continue  # both deny it ("won't interfere" on both sides): no conflict
            if ta[i][2] in ("no", "nobody", "none") and not tb[j][2].endswith(("ed", "en")):
                continue  # "no charges" is denied by "was charged"; "a national emergency" is a mention
            if stated and not (tb[j][2].endswith(("ed", "en")) and j and tb[j - 1][2] in _STATING):
                continue
            # the same predicate of the same thing: two more content words shared
            if len((content_a & content_b) - {st}) < 2:
                return None
            k = i - 1 if i and ta[i - 1][2] in _AUXILIARIES else i  # "did not attend"
            return a[ta[k][0] : ta[p][1]], b[tb[j][0] : tb[j][1]]
    return None


def negation_diffs(left_text: str, right_text: str) -> list[Difference]:
    """A sentence and its negation ("the minister attended the summit" / "the minister did
    not attend the summit"): the same predicate, stated by one side and negated by the
    other.  Both sides negating it, or a negation of another predicate, is no difference."""
    ln, rn = _NEG_HINT.search(left_text), _NEG_HINT.search(right_text)
    if not ln and not rn:
        return []
    if ln:
        got = denial(left_text, right_text)
        if got:
            return [
                Difference(
                    "negation", got[0], got[1], f"one side denies what the other states: {got[0]} vs {got[1]}"
                )
            ]
    if rn:
        got = denial(right_text, left_text)
        if got:
            return [
                Difference(
                    "negation", got[1], got[0], f"one side denies what the other states: {got[1]} vs {got[0]}"
                )
            ]
    return []


def _told_by(f: Fact, other: list[Fact], other_names: list[str], conflicting: set[str]) -> bool:
    """Does the other side state ``f`` too (in any wording), or contradict it?"""
    if f.text in conflicting:
        return True
    if f.kind == "name":  # mostly the same name written alike: found without a call
        return f.text in other_names or any(
            same_name_text(f.text, t) or name_variant_text(f.text, t) for t in other_names
        )
    for g in other:
        if f.kind in ("date", "year"):
            if g.kind in ("date", "year") and dates_compatible(f, g):
                return True
            continue
        if f.kind != g.kind:
            continue
        # the same slot on both sides is compared (equal or a difference), not a detail
        if f.kind in ("duration", "number", "money", "percent", "age") and (
            quantities_compatible(f, g) or f.kind in ("duration", "age", "percent") or same_slot(f, g)
        ):
            return True
        if f.value == g.value:
            return True
    return False


def _details(a: list[Fact], b: list[Fact], conflicting: set[str]) -> list[str]:
    """The facts of ``a`` that ``b`` neither states nor contradicts, as labels."""
    out: list[str] = []
    names_b = [g.text for g in b if g.kind == "name"]
    for f in a:
        if f.kind in ("quote", "ordinal") or _told_by(f, b, names_b, conflicting):
            continue
        if conflicting and any(w in conflicting for w in f.text.split()):
            continue
        if f.kind == "day" and f.value not in WEEKDAYS:
            continue
        if f.kind == "name" and not content_tokens(f.text):
            continue
        if f.kind == "name" and len(name_tokens(f.text)) == 1 and name_tokens(f.text)[0] in TITLES:
            continue  # "French", "US": a demonym, not a detail
        label = f"{f.text} {f.unit}".strip() if f.kind == "number" and f.unit else f.text
        if label not in out:
            out.append(label)
    return out


def unique_details(
    left: list[Fact], right: list[Fact], known: Sequence[Difference] | None = None
) -> tuple[list[str], list[str]]:
    """Facts that only one side of a link states (a detail, not a conflict).

    A value the other side contradicts ("13 months" against "30-day period") or a name it
    spells another way ("Rifkin"/"Rivkin", "Mexico"/"Mexican") is not a detail of one
    side: it is shown as a difference, or is the same thing in other words.
    """
    if not left and not right:
        return [], []
    found = differences(left, right) if known is None else known  # compare.py passes its own
    conflicting = {x for d in found for x in (d.left, d.right)}
    return _details(left, right, conflicting), _details(right, left, conflicting)
