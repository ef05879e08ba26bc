"""Clause similarity and the clause rescue (reader.align.clauses), with sentences of our own.

Each alignment is checked both ways round (left and right swapped give the mirrored pairs), and
with the rule turned off (``clause_rescue_soft_min=2``) to show that the rule makes the
difference.  The other two rescues of reader.align.select are turned off in these cases, so the
pair stands on this rule alone.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from reader.align import align_sentences, meaning
from reader.align.clauses import _CUT, clause_closest, clause_similarity, clauses, pair_bound
from reader.align.refine import _CLAUSE
from reader.align.settings import DEFAULTS
from tests.test_align import UNRELATED_LEFT, UNRELATED_RIGHT

needs_model = pytest.mark.skipif(not meaning.available(), reason="reader[meaning] is not installed")

# the other rescues off: the clause rescue alone decides the pairs below the link threshold
ALONE = {"rescue_meaning_min": 2.0, "soft_rescue_min": 2.0}
OFF = {**ALONE, "clause_rescue_soft_min": 2.0}

# A ferry grounding told by a wire service and by a local paper.  The wire packs two facts into
# one sentence (the captain questioned, the crew pumping water); the paper tells the pumping alone.
TWO_FACTS = (
    "The captain was questioned by police for hours, while the crew pumped water out of the damaged hull."
)
WIRE = [
    "Ferry runs aground off Marlow Island, all passengers safe",
    "A passenger ferry carrying 212 people ran aground on a sandbank off Marlow Island on Saturday "
    "morning, the coast guard said.",
    TWO_FACTS,
    "Nobody was hurt.",
    "The operator said it would refund all tickets.",
    "An inquiry into the accident will begin next week.",
]
LOCAL = [
    "Fog blamed as Marlow ferry hits sandbank",
    "The morning ferry from Stennet struck a sandbank near Marlow Island on Saturday with 212 people aboard.",
    "Sailors spent the day pumping seawater out of the ship's hull.",
    "Passengers were shaken but unharmed, rescuers said.",
    "Tickets will be refunded, the company said.",
    "Investigators are expected to start looking into the grounding next week.",
]


def _both_ways(left: list[str], right: list[str], **kw: float) -> set[tuple[int, int]]:
    """The pairs of left vs right, checked to be the mirror of right vs left."""
    there = set(align_sentences(left, right, **kw))
    back = {(x, y) for y, x in align_sentences(right, left, **kw)}
    assert there == back
    return there


def test_a_sentence_is_cut_at_its_clause_marks() -> None:
    assert clauses(TWO_FACTS, 4) == [
        "The captain was questioned by police for hours",
        "while the crew pumped water out of the damaged hull.",
    ]
    # a piece shorter than the minimum joins the next one, a short tail the last one
    assert clauses("In Rome, the pope spoke; briefly, to the crowd in the square, at noon.", 4) == [
        "In Rome the pope spoke",
        "briefly to the crowd in the square at noon.",
    ]
    assert clauses("Nobody was hurt.", 4) == ["Nobody was hurt."]


def test_the_clause_cut_is_the_plain_pattern() -> None:
    # _CUT opens with a character set for speed; it cuts exactly where the plain form does
    plain = re.compile(r"\s*(?:[,;:()—–]|\s-\s|--|\s(?:but|while|because|although|though)\s)\s*")
    texts = [
        TWO_FACTS,
        *WIRE,
        *LOCAL,
        "The mayor - who took office in May - said the bridge, closed since March, would reopen.",
        "Prices rose  --  sharply -- though  wages did not; the bank (for now) held rates.",
        "A deal—reached at dawn–was signed , but  the union , although divided , agreed.",
        "Well-known re-run: a -- b, a - - b, a ---b, x -\ty, x\u00a0-\u00a0y, -- end -",
        "but while because although though, butter whilst becausey",
        "",
        "   ",
    ]
    for text in texts:
        assert _CUT.split(text) == plain.split(text), text


def test_the_window_cut_is_the_plain_pattern() -> None:
    # reader.align.refine's clause marks, opened with a character set for speed: the same cuts
    plain = re.compile(r"[,;:()\[\]\"“”–—]+|\s-\s|\s(?=(?:and|but|while|which|who|according)\s)")
    texts = [
        TWO_FACTS,
        *WIRE,
        *LOCAL,
        'The firm - "a pioneer", [sic] it said; - and  who knew - according to its chief (Ms Lee)...',
        "Sales and profits fell, which and who and but while,,; x -\ty and\u00a0and y -- z",
        "andy whoever butter, the band  and  the crowd—cheered–and left",
        "",
        " - ",
    ]
    for text in texts:
        assert _CLAUSE.split(text) == plain.split(text), text


@needs_model
def test_a_clause_brings_the_partner_of_one_fact_closest() -> None:
    left = [TWO_FACTS, "The skipper has worked for the company since 1995."]
    right = [LOCAL[2], "Detectives kept the skipper at the police station for most of the afternoon."]
    whole = meaning.similarity(left, right, DEFAULTS)
    assert whole is not None
    by_clause = clause_similarity(left, right, whole, DEFAULTS)
    assert (by_clause >= whole).all()
    # the police-station sentence is closer to the captain's clause than to the whole sentence
    assert by_clause[0, 1] > whole[0, 1] + 0.1
    li, ri = np.array([0, 0, 1, 1]), np.array([0, 1, 0, 1])
    # (0, 1): by whole sentences neither finds the other closest; by clauses the police sentence does
    assert not clause_closest(whole, li, ri)[1]
    assert clause_closest(by_clause, li, ri)[1]
    # the same answer as counting, for each pair, the partners closer than it on either side
    rows, cols = np.indices(by_clause.shape)
    li, ri = rows.ravel(), cols.ravel()
    sim = by_clause[li, ri]
    closer = np.minimum((by_clause[li] > sim[:, None]).sum(1), (sim[:, None] < by_clause[:, ri].T).sum(1))
    assert (clause_closest(by_clause, li, ri) == (closer == 0)).all()
    # swapping the sides gives the transposed matrix
    back = clause_similarity(right, left, whole.T.copy(), DEFAULTS)
    assert np.allclose(back, by_clause.T)


@needs_model
def test_the_bound_of_one_pair_is_its_clause_similarity() -> None:
    # the bound the selection tests a pair on before making every clause run: the value of the
    # whole matrix up to rounding, both ways, with a two-fact sentence on either side or none
    for left, right in ((WIRE, LOCAL), (LOCAL, WIRE), (UNRELATED_LEFT, UNRELATED_RIGHT)):
        whole = meaning.similarity(left, right, DEFAULTS)
        assert whole is not None
        by_clause = clause_similarity(left, right, whole, DEFAULTS)
        for a, b in np.ndindex(*whole.shape):
            bound = pair_bound(left[a], right[b], float(whole[a, b]), DEFAULTS)
            assert abs(bound - by_clause[a, b]) < 1e-5


@needs_model
def test_a_two_fact_sentence_links_to_the_partner_of_one_fact() -> None:
    on = _both_ways(WIRE, LOCAL, **ALONE)
    off = _both_ways(WIRE, LOCAL, **OFF)
    assert (2, 2) in on
    assert (2, 2) not in off
    # the rule only adds pairs of sentences left alone
    assert off <= on
    assert all(a not in {x for x, _ in off} and b not in {y for _, y in off} for a, b in on - off)


@needs_model
def test_the_pair_needs_some_shared_words() -> None:
    # the pair shares "hull" and "pump" (a lexical cosine of about 0.1): a higher bar refuses it
    assert (2, 2) not in _both_ways(WIRE, LOCAL, clause_rescue_cosine_min=0.15, **ALONE)


@needs_model
def test_a_sentence_of_another_fact_stays_apart() -> None:
    # the paper tells when the hull was built: it shares "hull" and "ferry" with the wire's
    # sentence, but neither its words nor its meaning find the pumping
    built = list(LOCAL)
    built[2] = "The hull of the ferry was built in 1998 at a yard in Denmark."
    assert (2, 2) not in _both_ways(WIRE, built, **ALONE)
    assert (2, 2) not in _both_ways(WIRE, built, clause_rescue_soft_min=0.2, **ALONE)


@needs_model
def test_a_linked_sentence_gets_no_second_partner_from_the_rule() -> None:
    # the paper also tells the questioning, in the wire's words: the two-fact sentence links to
    # that sentence, and the pumping sentence is not added beside it by the rescue
    told = [*LOCAL, "The captain was questioned by police for several hours on Saturday."]
    pairs = _both_ways(WIRE, told, **ALONE)
    assert (2, 6) in pairs
    assert (2, 2) not in pairs


@needs_model
def test_two_unrelated_short_sentences_stay_apart() -> None:
    # in two short texts of other news, a short pair may be each other's closest and share a word
    # ("Main"): its clause similarity (0.24) is below the meaning bar, so it stays apart
    assert (2, 2) not in _both_ways(UNRELATED_LEFT, UNRELATED_RIGHT)
    assert (2, 2) in _both_ways(UNRELATED_LEFT, UNRELATED_RIGHT, clause_rescue_meaning_min=0.0)
