"""Comparison: turn aligned pairs into links with a relation, differences and unique details.

A link is "conflict" when the fact layer finds a discrepancy between any pair of its
sentences, else "shared"; a sentence in no link is unique to its side.  Names spelled two
ways anywhere in the documents, outside the aligned links' own differences, are listed
apart; when the two full names share another word (one bearer: "Anthony Calamita" /
"Anthony LaCalamita") the variant is also a conflict of its two sentences, shown as below.

Conflicts are also looked for across the whole articles (:func:`reader.facts.cross_conflicts`:
two sentences stating one fact with different values tell the same fact, linked or not).
Each is shown as a link of relation "conflict" between its two sentences:

* when the two sentences are already in one link, the difference joins that link;
* otherwise a new link of just those two sentences is made, even when one of them is in
  another link.  Adding the pair to an existing passage instead would join every sentence
  of that passage to the other one (a link of m x n sentences states m x n pairs), and
  would merge two passages when both sentences have one: pairs nobody found.  So a
  sentence may be in two links; every reader of links allows it (exports list links, the
  report keeps a list of links per sentence, the scorer takes the union of pairs, unique
  sentences are those in no link).  The app's navigator shows one link per sentence, the
  first in the list: a new conflict link is therefore placed before any link that holds
  one of its sentences, so the sentence's stop, colour, partner and marked spans all
  show the conflict, while its other link stays reachable from that link's other
  sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence, Set
from functools import lru_cache
from typing import NamedTuple

from reader import facts as facts_mod
from reader.dateline_diffs import dateline_diffs
from reader.facts.capitals import headline_words, loose_names, only_loose, title_only
from reader.facts.figure_frames import list_reordered
from reader.facts.name_swap import STRETCH_MAX
from reader.facts.negation_kept import negation_beside
from reader.facts.pronoun_speakers import said_by_another
from reader.facts.reported_speakers import reported_speaker
from reader.facts.subject_swap import may_swap, person_swap, subject_swap, surnames
from reader.lang import SUBJECT_PRONOUNS
from reader.model import Comparison, Difference, Document, DocumentDifference, Fact, Link
from reader.one_sided import kept_details
from reader.passage_values import facts_of, merged_swaps, swaps_not_turns, told_alike, without_agreed
from reader.speaker_once import speaker_told_once
from reader.textnorm import capitalises_nouns, one_stretch_apart

Group = tuple[tuple[int, ...], tuple[int, ...], float]


class Whole(NamedTuple):
    """What the two whole documents say, read once per comparison (for long texts, in a
    second process while the first aligns): the names both capitalise only where any word is
    (:func:`_loose`), the words both capitalise only in Title Case lines
    (:func:`_loose_words`), the names spelled two ways across them
    (:func:`reader.facts.name_variants`), and whether the texts capitalise every noun
    (German): there two capitalised words a letter apart are two nouns ("Kasten" / "Kisten"),
    no name spelled two ways, so no spelling is flagged."""

    loose_names: frozenset[str]
    title_words: frozenset[str]
    name_variants: list[tuple[int, int, Difference]]
    nouns_capitalised: bool = False


def read_whole(left: Document, right: Document) -> Whole:
    nouns = capitalises_nouns(s.text for d in (left, right) for s in d.sentences)
    variants = [] if nouns else facts_mod.name_variants(left.facts, right.facts, (left.text, right.text))
    return Whole(_loose(left, right), _loose_words(left, right), variants, nouns)


class _Known:
    """The surnames each document names (:func:`reader.facts.subject_swap.surnames`), read
    when a passage first asks: a book's links build without them."""

    def __init__(self, left: Document, right: Document) -> None:
        self.docs = (left, right)
        self.names: tuple[frozenset[str], frozenset[str]] | None = None
        self.news = news_sized(left, right)  # two articles, not books: like the conflicts across them

    def __call__(self) -> tuple[frozenset[str], frozenset[str]]:
        if self.names is None:
            self.names = surnames(self.docs[0].facts), surnames(self.docs[1].facts)
        return self.names


def _subject_swaps(
    left: Document, right: Document, lids: Sequence[int], rids: Sequence[int], known: _Known
) -> list[Difference]:
    """The first sentence pair telling one act or statement of two people, else a merge's swaps."""
    for li, ri in ((li, ri) for li in lids for ri in rids):
        pair = (left.sentences[li].text, right.sentences[ri].text)
        facts = (facts_of(left, li), facts_of(right, ri))
        if found := (
            (may_swap(*pair) and subject_swap(*facts, pair, known))
            or (one_stretch_apart(*pair, STRETCH_MAX) and person_swap(pair, known))
            or reported_speaker(facts, pair, known)
        ):
            return found
    return merged_swaps(left, right, lids, rids)


def build_links(
    left: Document, right: Document, groups: Sequence[Group], whole: Whole | None = None
) -> list[Link]:
    """A link for each group of aligned sentences (:func:`reader.align.group`), with its
    relation, differences and one-sided details.  Each link depends on its own group
    only (and on ``whole``, read here when not given), so a long comparison can build
    its links in parts."""
    out: list[Link] = []
    whole = whole or read_whole(left, right)
    loose, known = whole.loose_names, _Known(left, right)
    for lids, rids, score in groups:
        lf, rf = [f for i in lids for f in facts_of(left, i)], [f for i in rids for f in facts_of(right, i)]
        diffs, doubtful = _passage_differences(left, right, (lids, rids, score), whole, known)
        if not diffs and known.news:  # one act told of two people
            diffs = _subject_swaps(left, right, lids, rids, known)
        only_l, only_r = facts_mod.unique_details(lf, rf, diffs, loose)
        # a doubtful value is a detail of its side, but a pronoun ("he" for a speaker) tells none,
        # nor do the same words in other marks ("‘arrogance’" / "'arrogance'")
        doubtful = [d for d in doubtful if _letters(d.left) != _letters(d.right)]
        only_l += [
            d.left for d in doubtful if d.left not in only_l and d.left.lower() not in SUBJECT_PRONOUNS
        ]
        only_r += [
            d.right for d in doubtful if d.right not in only_r and d.right.lower() not in SUBJECT_PRONOUNS
        ]
        only_l, only_r = kept_details(only_l, right, rids), kept_details(only_r, left, lids)
        out.append(
            Link(
                left=lids,
                right=rids,
                score=round(score, 3),
                relation="conflict" if diffs else "shared",
                differences=diffs,
                only_left=only_l,
                only_right=only_r,
            )
        )
    return out


def _passage_differences(
    left: Document, right: Document, group: Group, whole: Whole, known: _Known
) -> tuple[list[Difference], list[Difference]]:
    """The differences of a passage's sentence pairs (per pair: a merged passage must not hide
    a conflict), as conflicts and as doubtful values (maybe of two things: details, not
    conflicts)."""
    lids, rids, score = group
    diffs: list[Difference] = []
    doubtful: list[Difference] = []
    for li, ri in _compared(left, right, lids, rids):
        for d in facts_mod.differences(
            without_agreed(facts_of(left, li), right, ri, rids),
            without_agreed(facts_of(right, ri), left, li, lids),
            left.sentences[li].text,
            right.sentences[ri].text,
        ):
            if d in diffs or told_alike(d.left, facts_of(left, li), right, ri, rids, known.news):
                continue
            if d.kind in ("spelling", "name") and (
                _names_alike(d, whole, whole.title_words) or _one_full_name(d, left, right)
            ):
                continue
            if told_alike(d.right, facts_of(right, ri), left, li, lids, known.news) or negation_beside(
                d, left, right, (li, lids), (ri, rids)
            ):
                continue
            if d.kind == "quote" and (
                _quoted_alike(facts_of(left, li), right, ri, rids, d.left)
                or _quoted_alike(facts_of(right, ri), left, li, lids, d.right)
            ):
                continue
            (diffs if _credible(d, left, right, li, ri, score) else doubtful).append(d)
    return swaps_not_turns(left, right, lids, rids, facts_mod.shown_once(diffs)), doubtful


# a name is one text's own way of naming a thing when it writes it this many times at least (three,
# as for a swap made in three passages: CONVENTION_PASSAGES), and the other at most a third as often
CONVENTION_MENTIONS_MIN = 3


def _naming_convention(d: Difference, left: Document, right: Document) -> bool:
    """Is ``d`` a name one text writes its own way ("Noph" seven times in one Bible, never in
    the other, which writes "Memphis"): a translation's or an outlet's convention, not one
    name put for another in one place?  A rewrite that changed one of several mentions still
    writes the first name elsewhere as often; one that changed a name written once is a slip
    either way."""
    if d.kind != "name":
        return False
    for name, own, other in ((d.left, left.text, right.text), (d.right, right.text, left.text)):
        mine = _mentions(own, name)
        if mine >= CONVENTION_MENTIONS_MIN and 3 * _mentions(other, name) <= mine:
            return True
    return False


@lru_cache(maxsize=512)  # the texts it keeps alive: a few of the last comparisons' at most
def _mentions(text: str, name: str) -> int:
    """How often ``name`` stands in ``text`` ("Chaldea" counts in "Chaldeans" too: a text that
    writes the one writes the other), counted once per text and name (a book is 4 MB)."""
    return text.count(name)


def _credible(
    d: Difference, left: Document, right: Document, li: int, ri: int, score: float | None = None
) -> bool:
    """May ``d`` of sentences ``li``/``ri`` show as a conflict (:func:`reader.facts.credible`)?
    A doubtful one stays in its link as two one-sided details; across the articles, it
    makes no link.  A name one text writes its own way throughout is no conflict, nor two
    figures of a list reordered (:func:`reader.facts.figure_frames.list_reordered`)."""
    lt, rt = left.sentences[li].text, right.sentences[ri].text
    if _naming_convention(d, left, right) or list_reordered(d.left, d.right, lt, rt):
        return False
    lf, rf = facts_of(left, li), facts_of(right, ri)
    if facts_mod.credible(d, lf, rf, lt, rt, score):
        return True
    if d.kind != "speaker":
        return False
    return said_by_another(d, lf, rf, (left.text, right.text), (_before(left, li), _before(right, ri)))


# a pronoun's speaker is read from the sentences just before it: the other side's speaker named
# there may be whom "he" means, named further back (or after) is another person of the story
# (a rewrite gives a quote to someone the article names elsewhere: four of four in a user test)
PRONOUN_CONTEXT_SENTENCES = 2


def _before(doc: Document, i: int) -> str:
    """Sentence ``i`` and the few before it (:data:`PRONOUN_CONTEXT_SENTENCES`)."""
    return " ".join(s.text for s in doc.sentences[max(0, i - PRONOUN_CONTEXT_SENTENCES) : i + 1])


def _quoted_alike(mine: list[Fact], doc: Document, at: int, ids: Sequence[int], span: str) -> bool:
    """Does another sentence of the passage on the other side quote word for word what
    this sentence quotes where the difference ``span`` stands, letter for letter ("Flynn lied
    and they destroyed his life" twice, then "it's like they ruined his life")?  Then the
    sentence compared is another quote, not a misquote.  Only the quote that holds the span:
    a sentence's other quote told alike (a rewrite that merged two sentences) says nothing."""
    quotes = {_letters(f.text) for f in mine if f.kind == "quote" and span in f.text}
    return bool(quotes) and any(
        g.kind == "quote" and _letters(g.text) in quotes for j in ids if j != at for g in facts_of(doc, j)
    )


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


# Conflicts are looked for across the whole documents (unlinked sentences) only when
# neither has more than this many sentences.  A news article has 10 to 200; past a few
# hundred, the two texts are books, transcripts or corpora whose many facts of the same
# kind belong to many events, so pairing them across the texts finds mostly noise (86
# conflict links, nearly all wrong, between the first 5,000 verses of two Bibles) and costs
# seconds.  Conflicts inside the aligned passages are still found at any length.
CROSS_SENTENCES_MAX = 1_000


def _names_alike(d: Difference, whole: Whole, common: Set[str]) -> bool:
    """Is a name difference of a passage no disagreement: German nouns, or headlines' words
    (capitalised as every such word is)?"""
    return whole.nouns_capitalised or (d.left in common and d.right in common)


def _one_full_name(d: Difference, left: Document, right: Document) -> bool:
    """Are the two names of ``d`` the words of one longer name a document writes ("Denver" /
    "Nuggets" where either writes "Denver Nuggets"): a team by its city and by its nickname?"""
    if d.kind != "name" or not news_sized(left, right):  # a book's megabytes: no search per name
        return False
    joined = (f"{d.left} {d.right}", f"{d.right} {d.left}")
    return any(j in doc.text for j in joined for doc in (left, right))


def _compared(
    left: Document, right: Document, lids: Sequence[int], rids: Sequence[int]
) -> list[tuple[int, int]]:
    """The sentence pairs of a passage to compare: every pair, but none with a sentence the
    other side writes word for word in the passage (a text against itself, or a passage of two
    sentences kept whole, says nothing apart)."""
    if len(lids) == len(rids) == 1:  # most passages: one pair, compared unless word for word
        return [] if left.sentences[lids[0]].text == right.sentences[rids[0]].text else [(lids[0], rids[0])]
    lt = {i: left.sentences[i].text for i in lids}
    rt = {j: right.sentences[j].text for j in rids}
    same = set(lt.values()) & set(rt.values())
    return [(i, j) for i in lids for j in rids if lt[i] not in same and rt[j] not in same]


def news_sized(left: Document, right: Document) -> bool:
    """Two articles, not books (:data:`CROSS_SENTENCES_MAX`): the rules that read whole
    documents run only on them."""
    return max(len(left.sentences), len(right.sentences)) <= CROSS_SENTENCES_MAX


def assemble(left: Document, right: Document, links: list[Link], whole: Whole | None = None) -> Comparison:
    """The comparison made of all its links: the sentences no link holds, the names spelled two
    ways across the documents that no link shows, the datelines told apart (dateline_diffs).
    Conflicts found across the whole documents are added first (see the module docstring)."""
    if whole is None:
        whole = read_whole(left, right)
    common = whole.title_words
    variants = [v for v in whole.name_variants if v[2].left not in common or v[2].right not in common]
    variants = [v for v in (_told_slip(left, right, links, *v) for v in variants) if v is not None]
    if news_sized(left, right):
        # a name spelled two ways for one bearer is a conflict of its two sentences
        people = [
            v for v in variants if facts_mod.one_bearer(facts_of(left, v[0]), facts_of(right, v[1]), v[2])
        ]
        links = add_cross_conflicts(left, right, links, people, whole.loose_names)
    links = speaker_told_once(_headlines_told_below(left, right, _without_conventions(links)))
    linked_l = {i for link in links for i in link.left}
    linked_r = {i for link in links for i in link.right}
    unique_l = [s.id for s in left.sentences if s.id not in linked_l]
    unique_r = [s.id for s in right.sentences if s.id not in linked_r]
    # a variant a link shows (an aligned passage, or the conflict link of one bearer's two
    # sentences) is not listed again: every discrepancy is shown once
    shown = {(d.left, d.right) for link in links for d in link.differences}
    names = [DocumentDifference(li, ri, d) for li, ri, d in variants if (d.left, d.right) not in shown]
    return Comparison(left, right, links, unique_l, unique_r, names + dateline_diffs(left, right))


def _told_slip(
    left: Document, right: Document, links: list[Link], li: int, ri: int, d: Difference
) -> tuple[int, int, Difference] | None:
    """A slip of the pen of one document (a name it writes once its own way, where both write
    it another: :func:`reader.facts.name_variants`) is a discrepancy of the two only where the
    other tells the sentence: shown beside the sentence that tells it, the name spelled as
    both spell it there when one does.  In a sentence the other leaves out, nothing of the
    other's disagrees with it (the wire's own typo in a paragraph its rewrite cut)."""
    side = facts_mod.slip_of(d)
    if side is None:
        return li, ri, d
    mine = li if side == "left" else ri
    told = [link for link in links if mine in (link.left if side == "left" else link.right)]
    if not told:
        return None
    others = told[0].right if side == "left" else told[0].left
    doc, word = (right, d.right) if side == "left" else (left, d.left)
    other = next((i for i in others if word in doc.sentences[i].text), others[0])
    return (mine, other, d) if side == "left" else (other, mine, d)


# a rewrite repeats a name, so a swap made twice may still be a slip; three times is a naming
CONVENTION_PASSAGES = 3


def _without_conventions(links: list[Link]) -> list[Link]:
    """The links without a name put for another (:mod:`reader.facts.name_swap`) that the
    documents swap in ``CONVENTION_PASSAGES`` passages or more: that is how each names it (a
    translation's "Messiah Yeshua" for "Christ Jesus"), not a slip of one rewrite."""
    pairs = Counter((d.left, d.right) for link in links for d in link.differences if d.kind == "name")
    convention = {p for p, n in pairs.items() if n >= CONVENTION_PASSAGES}
    if not convention:
        return links
    for link in links:
        kept = [d for d in link.differences if d.kind != "name" or (d.left, d.right) not in convention]
        if len(kept) != len(link.differences):
            link.differences = kept
            link.relation = "conflict" if kept else "shared"
    return links


def _headlines_told_below(left: Document, right: Document, links: list[Link]) -> list[Link]:
    """A headline's conflict that a link of the story's own sentences shows too ("injuring 14"
    in one headline, "14 people were hurt" in its lead, "12" in the other's lead) is shown
    there, once: the headline restates it (one discrepancy, not two)."""
    heads = {0} if _titled(left) else set(), {0} if _titled(right) else set()
    if not heads[0] and not heads[1]:
        return links

    def of_headline(link: Link) -> bool:
        return bool(heads[0] & set(link.left)) or bool(heads[1] & set(link.right))

    below = {(d.kind, d.left, d.right) for k in links if not of_headline(k) for d in k.differences}
    for link in links:
        if of_headline(link) and link.differences:
            kept = [d for d in link.differences if (d.kind, d.left, d.right) not in below]
            if len(kept) != len(link.differences):
                link.differences = kept
                link.relation = "conflict" if kept else "shared"
    return links


def _shown_as(x: Difference, d: Difference) -> bool:
    """Does the link's difference ``x`` already show ``d``: the same kind on either value, or
    any kind on both values, a value's words within the other's ("four and a half months" in
    "served four and a half months": the prison term found across the articles and the
    duration inside the link)?"""
    if x.kind == d.kind and (x.left == d.left or x.right == d.right):
        return True
    return _words_within(x.left, d.left) and _words_within(x.right, d.right)


def _words_within(a: str, b: str) -> bool:
    """One value's words are the other's or among them ("four months" in "served four months";
    not "2" in "12")."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return bool(short.strip()) and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long_) is not None


def _titled(doc: Document) -> bool:
    """Is the first sentence the document's headline?"""
    return bool(doc.title and doc.sentences and doc.sentences[0].text.strip() in doc.title)


def _loose(left: Document, right: Document) -> frozenset[str]:
    """Names both articles capitalise only where any word is: no details to show."""
    return only_loose(*(loose_names([s.text for s in d.sentences], d.facts) for d in (left, right)))


def _loose_words(left: Document, right: Document) -> frozenset[str]:
    """Words both articles capitalise only in Title Case lines (headlines): no names."""
    return title_only(*(headline_words([s.text for s in d.sentences], d.facts) for d in (left, right)))


def _labels(detail: str, value: str, kind: str = "") -> bool:
    """Is the one-sided detail ``detail`` the label of ``value`` ("20 people" of "20"), or, for a
    spelling, the full name that holds it ("Maria Del Giudice" of "Del Giudice")?"""
    if detail == value or detail.startswith(value + " "):
        return True
    return kind == "spelling" and f" {value} " in f" {detail} "


def _across_credible(
    left: Document, right: Document, found: list[tuple[int, int, Difference]]
) -> list[tuple[int, int, Difference]]:
    """The conflicts found across the articles that may show (:func:`_credible`); none of a
    sentence the other article writes word for word, told by both, contradicted by neither (a
    text against itself: "had not seen" in one sentence, "seen" in another)."""
    lt, rt = {s.text for s in left.sentences}, {s.text for s in right.sentences}
    return [
        (li, ri, d)
        for li, ri, d in found
        if left.sentences[li].text not in rt
        and right.sentences[ri].text not in lt
        and _credible(d, left, right, li, ri)
    ]


def add_cross_conflicts(
    left: Document,
    right: Document,
    links: list[Link],
    also: Sequence[tuple[int, int, Difference]] = (),
    loose_names_: frozenset[str] | None = None,
) -> list[Link]:
    """The links with the conflicts found across the whole documents (and ``also`` those
    given, such as a name spelled two ways for one bearer): a difference joins the link
    that holds both of its sentences, else a new two-sentence conflict link is placed in the
    left's reading order, where the passages are numbered."""
    found = facts_mod.cross_conflicts(
        left.facts,
        right.facts,
        [s.text for s in left.sentences],
        [s.text for s in right.sentences],
        titled=(_titled(left), _titled(right)),
    )
    found = _across_credible(left, right, found)
    found = sorted([*found, *also], key=lambda c: (c[0], c[1]))
    if not found:
        return links
    out = list(links)
    loose = _loose(left, right) if loose_names_ is None else loose_names_
    # a name spelled two ways is one discrepancy wherever it is written: once shown by a link,
    # not again by a conflict link of two other sentences
    spelt = {(d.left, d.right) for k in out for d in k.differences if d.kind == "spelling"}
    # a value a link shows in a conflict already is in no second one across the articles ("on
    # July 18" of a second vote, against "June 18" in its link: not against the first vote's date)
    told_l = {(i, d.kind, d.left) for k in out for d in k.differences for i in k.left}
    told_r = {(i, d.kind, d.right) for k in out for d in k.differences for i in k.right}
    for li, ri, d in found:
        if d.kind == "spelling" and (d.left, d.right) in spelt:
            continue
        if d.kind != "spelling" and ((li, d.kind, d.left) in told_l or (ri, d.kind, d.right) in told_r):
            continue
        spelt |= {(d.left, d.right)} if d.kind == "spelling" else set()
        both = next((k for k in out if li in k.left and ri in k.right), None)
        if both is not None:
            # shown once: the link may hold it already under another kind (see _shown_as)
            if not any(_shown_as(x, d) for x in both.differences):
                both.differences.append(d)
                both.relation = "conflict"
                # a value now shown as a conflict is no one-sided detail too ("20 people")
                both.only_left = [x for x in both.only_left if not _labels(x, d.left, d.kind)]
                both.only_right = [x for x in both.only_right if not _labels(x, d.right, d.kind)]
            continue
        # in the left's reading order, as every view numbers the passages (a place by the right
        # sentence's passage numbered this link 4 in the exports and 8 in the app), before a
        # passage that starts at the same left sentence (the app shows that sentence's conflict)
        at = next((n for n, k in enumerate(out) if k.left and min(k.left) >= li), len(out))
        # conflict links placed at one spot keep the left order among themselves, so the
        # passages are numbered in reading order
        while at < len(out) and not out[at].aligned and out[at].left and out[at].left[0] < li:
            at += 1
        lf, rf = facts_of(left, li), facts_of(right, ri)
        only_l, only_r = facts_mod.unique_details(lf, rf, [d], loose)
        out.insert(at, Link((li,), (ri,), 0.0, "conflict", [d], only_l, only_r, across=True))
    return out
