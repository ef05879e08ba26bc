"""Link discipline (issue 10) and the trivial cases (issue 13), with sentences of our own.

Each rule is checked in both directions (left/right swapped), and where a setting turns a
rule off, the test shows that the rule is what makes the difference.
"""

from __future__ import annotations

import time

import numpy as np

from reader.align import Settings, align_sentences, score_pairs, select
from reader.align.chain import drifting_chain
from reader.align.evidence import Evidence
from reader.align.pairs import Pair, identical_pairs, with_identical
from reader.align.score import Scores
from reader.align.select import _second_best
from reader.align.settings import DEFAULTS
from reader.align.tokens import tokenizer


def _both_ways(left: list[str], right: list[str], **kw: float) -> set[tuple[int, int]]:
    """The pairs of left vs right, checked to be the mirror of right vs left."""
    a = set(align_sentences(left, right, **kw))
    b = {(x, y) for y, x in align_sentences(right, left, **kw)}
    assert a == b
    return a


# Two accounts of a harbour fire, in different order and wording (a wire and a local paper).
WIRE = [
    "Fire guts warehouse in Port Ellis, two firefighters hurt",
    "A fire destroyed a grain warehouse in Port Ellis on Tuesday night, injuring two firefighters.",
    "Halvorsen, the mayor, was in Port Ellis to meet teachers and parents on Tuesday.",
    "The blaze started in a loading bay and spread to the roof within minutes, officials said.",
    "Investigators have not ruled out arson.",
    "The warehouse stored about 4,000 tonnes of barley for export.",
    "Port Ellis is the busiest grain port on the coast.",
    "Halvorsen thanked the Port Ellis fire service on Tuesday evening.",
    "Port Ellis last saw a fire of this size in 1998.",
]
LOCAL = [
    "Port Ellis grain store burns",
    "Two firefighters were injured when fire tore through a grain warehouse in Port Ellis late Tuesday.",
    "Police said the cause of the fire is still being investigated, and arson has not been ruled out.",
    "Around 4,000 tonnes of barley were stored in the building, the harbour authority said.",
    "On Tuesday, the mayor opened a library and a swimming pool in Port Ellis, Halvorsen's office said.",
    "Flames spread from a loading bay to the roof within minutes.",
    "Halvorsen has been mayor of Port Ellis since 2016.",
    "Tuesday's fire was the third in Port Ellis this year.",
    "Port Ellis ships grain to ports across the Baltic.",
]


def test_names_and_a_day_alone_make_no_link() -> None:
    pairs = _both_ways(WIRE, LOCAL)
    assert (2, 4) not in pairs  # the mayor on Tuesday: names, a day and one word, another fact
    assert {(1, 1), (5, 3)} <= pairs  # the fire and the barley: content words and a number
    # the gate is what keeps it out: with no content words required the pair links
    loose = _both_ways(WIRE, LOCAL, shared_content_words_min=0)
    assert (2, 4) in loose


def test_evidence_counts_content_words_numbers_not_names_days_or_years() -> None:
    left = [
        "Governor Ada Brandt spoke to reporters about the budget in Millbrook on Friday, as in 2019.",
        "The dam released 120 cubic metres.",
    ]
    right = [
        "On Friday, Governor Ada Brandt toured schools and hospitals in Millbrook, as in 2019.",
        "Engineers said 120 cubic metres flowed.",
    ]
    tok = tokenizer()
    ltoks, rtoks = [tok(t, ()) for t in left], [tok(t, ()) for t in right]
    keys = sorted({k for ts in ltoks + rtoks for k, _ in ts})
    ids = {k: i for i, k in enumerate(keys)}
    ev = Evidence((left, right), (ltoks, rtoks), (ids, ids), Settings())
    assert not ev.enough(0, 0)  # names, a weekday and a year only
    assert ev.enough(1, 1)  # a number ("120"), and "cubic", "metres"
    assert not ev.enough(0, 1) and not ev.enough(1, 0)
    ev_swapped = Evidence((right, left), (rtoks, ltoks), (ids, ids), Settings())
    assert not ev_swapped.enough(0, 0) and ev_swapped.enough(1, 1)


def test_a_short_number_alone_is_no_evidence_a_long_one_is() -> None:
    left = ["Senator Ruiz, 21, backed the plan.", "Turnout reached 4,316 voters."]
    right = ["Ruiz said 21 times that the plan was dead.", "Officials counted 4,316 ballots."]
    tok = tokenizer()
    ltoks, rtoks = [tok(t, ()) for t in left], [tok(t, ()) for t in right]
    keys = sorted({k for ts in ltoks + rtoks for k, _ in ts})
    ids = {k: i for i, k in enumerate(keys)}
    for a, b, ta, tb in ((left, right, ltoks, rtoks), (right, left, rtoks, ltoks)):
        ev = Evidence((a, b), (ta, tb), (ids, ids), Settings())
        assert not ev.enough(0, 0)  # "21" and "plan": an age and a count, one word
        assert ev.enough(1, 1)  # "4,316"


def test_in_german_capitals_are_not_names() -> None:
    # German capitalises every noun: two nouns in common are content, not names
    left = ["Der Bürgermeister eröffnete gestern die neue Brücke über den Fluss.", "Es regnete."]
    right = ["Die neue Brücke über den Fluss wurde gestern vom Bürgermeister eröffnet.", "Es war kalt."]
    tok = tokenizer()
    ltoks, rtoks = [tok(t, ()) for t in left], [tok(t, ()) for t in right]
    keys = sorted({k for ts in ltoks + rtoks for k, _ in ts})
    ids = {k: i for i, k in enumerate(keys)}
    assert Evidence((left, right), (ltoks, rtoks), (ids, ids), Settings()).enough(0, 0)


def test_a_headline_links_to_the_other_headline_and_at_most_one_lead_sentence() -> None:
    for left, right in ((WIRE, LOCAL), (LOCAL, WIRE)):
        pairs = set(align_sentences(left, right))
        for side in (0, 1):
            heads = [p for p in pairs if p[side] == 0]
            others = [p for p in heads if p[1 - side] != 0]
            assert len(others) <= 1
            # the partner is the other side's headline or one of the lead_sentences after it
            assert all(p[1 - side] <= Settings().lead_sentences for p in heads)


def test_a_body_copy_of_the_headline_is_the_headline() -> None:
    left = [
        "Rail Strike Halts Trains Across The North",
        "Rail Strike Halts Trains Across The North.",
        "Train drivers walked out on Monday over pay, halting services across the north.",
        "The union said the strike would last 48 hours.",
    ]
    right = [
        "Northern rail services halted as drivers strike over pay",
        "Drivers walked out on Monday in a dispute over pay, and trains across the north stopped.",
        "The strike is due to last 48 hours, the union said.",
        "Ministers urged both sides to return to talks.",
        "Talks broke down last week.",
        "Commuters crowded onto buses, and some trains across the north were replaced by coaches.",
    ]
    for a, b, flip in ((left, right, False), (right, left, True)):
        pairs = set(align_sentences(a, b))
        if flip:
            pairs = {(y, x) for x, y in pairs}
        assert not any(l in (0, 1) and r == 5 for l, r in pairs)  # never past the lead
        assert (2, 1) in pairs and (3, 2) in pairs


def test_a_text_against_itself_links_every_sentence_to_itself() -> None:
    text = ["Police.", "Mayor [bold red].", "Mayor.", "Mayor.", "The mayor resigned on Monday."]
    assert align_sentences(text, text) == [(i, i) for i in range(len(text))]
    for n in (1_000, 20_000):
        same = ["The council met again on Tuesday."] * n
        t0 = time.perf_counter()
        assert align_sentences(same, same) == [(i, i) for i in range(n)]
        assert time.perf_counter() - t0 < 10


def test_identical_sentences_pair_in_order_and_push_out_other_partners() -> None:
    left = ["A.", "The vote passed 7-2.", "B.", "The vote passed 7-2.", "The vote passed 7-2."]
    right = ["the vote  passed 7-2.", "C.", "The vote passed 7-2."]
    assert [(p.left, p.right) for p in identical_pairs(left, right)] == [(1, 0), (3, 2)]
    assert [(p.right, p.left) for p in identical_pairs(right, left)] == [(1, 0), (3, 2)]
    kept = with_identical([Pair(1, 1, 0.4), Pair(4, 2, 0.9), Pair(0, 1, 0.3)], identical_pairs(left, right))
    assert [(p.left, p.right) for p in kept] == [(0, 1), (1, 0), (3, 2)]


def test_the_chain_test_decides_the_same_with_the_sides_swapped() -> None:
    rng = np.random.default_rng(5)
    li = np.sort(rng.integers(0, 30, 60))
    ri = np.clip(li + rng.integers(-3, 4, 60), 0, 29)
    keys = np.unique(li * 30 + ri)
    li, ri = keys // 30, keys % 30
    raw = rng.uniform(0.1, 0.5, li.size)
    scores = Scores(li, ri, raw, raw, raw)
    order = np.lexsort((li, ri))
    swapped = Scores(ri[order], li[order], raw[order], raw[order], raw[order])
    for s in (Settings(), Settings(chain_sigma_min=0.0), Settings(chain_sigma_min=100.0)):
        a = drifting_chain(scores, 30, 30, s)
        b = drifting_chain(swapped, 30, 30, s)
        assert (a is None) == (b is None)
    assert drifting_chain(scores, 30, 30, Settings(chain_sigma_min=100.0)) is None


def test_one_long_sentence_against_many_is_bounded() -> None:
    words = "council budget river bridge school road water park fire hospital court ruling county".split()
    rng = np.random.default_rng(1)

    def sentence(n: int) -> str:
        return " ".join(words[i] for i in rng.integers(0, len(words), n))

    short = [sentence(14).capitalize() + "." for _ in range(300)]
    long = ", ".join(sentence(8) for _ in range(600)) + "."  # about 30 KB, no full stop
    t0 = time.perf_counter()
    align_sentences([long], short)
    align_sentences(short, [long])
    assert time.perf_counter() - t0 < 5  # was 17 s each way before the caps


def test_a_clause_window_still_finds_a_fact_inside_a_long_sentence() -> None:
    long = (
        "The ferry company, which also runs the island bus service and two hotels on the north "
        "coast, reported record profits last year, while the regional council debated new "
        "parking rules for the crowded town centre and a tram extension, and the operator "
        "apologised on Sunday to 212 stranded passengers for the long disruption caused by the "
        "thick fog near the harbour."
    )
    short = (
        "On Sunday the operator apologised to 212 passengers left stranded by a long disruption "
        "that thick fog near the harbour caused."
    )
    for a, b in (([long], [short]), ([short], [long])):
        sc = score_pairs(a, b)
        assert sc.windowed is not None and bool(sc.windowed[0])
        assert align_sentences(a, b) == [(0, 0)]


def test_a_clause_window_that_matches_on_names_alone_makes_no_link() -> None:
    # the window ("Mayor ... of Tromso told reporters") raises the score above the threshold,
    # but the two sentences share only the mayor's name and town: same story, not the same fact
    long = (
        "The harbour authority, which also manages the marina and the old lighthouse, said on Monday "
        "that dredging of the channel would resume in spring, while Mayor Ingrid Solberg of Tromsø "
        "told reporters that the budget of the port was not yet settled and that talks with the "
        "shipping companies would continue through the winter."
    )
    short = "Mayor Ingrid Solberg of Tromsø opened a new children's library beside the cathedral square."
    for a, b in (([long], [short]), ([short], [long])):
        sc = score_pairs(a, b)
        assert sc.windowed is not None and bool(sc.windowed[0]) and sc.cos[0] >= Settings().link_cosine_min
        assert align_sentences(a, b) == []


def test_a_mutual_best_pair_is_not_lost_to_weaker_claims_on_its_sentences() -> None:
    # L0 and R0 are headlines that each pick the other side's lead; the leads L1 and R1 are
    # each other's best: the untangling used to drop exactly that pair
    for flip in (False, True):
        li, ri = np.array([0, 1, 1]), np.array([1, 0, 1])
        if flip:
            li, ri = ri, li
        order = np.lexsort((ri, li))
        li, ri = li[order], ri[order]
        cos = np.where((li == 1) & (ri == 1), 0.6, 0.3)
        pairs = {(p.left, p.right) for p in select(Scores(li, ri, cos, cos, cos), 2, 2, Settings())}
        assert (1, 1) in pairs


def test_comparing_b_with_a_gives_the_mirror_of_a_with_b() -> None:
    """The aligner works in one canonical order, so the two directions cannot differ (a
    case hypothesis found: tie-breaks made one direction link an extra pair)."""
    from reader.align import align_pairs

    a = ["Mayor police Kadhafi.", "Mayor."]
    b = ["Kadhafi Mayor.U.S.", "Kadhafi."]
    ab = {(p.left, p.right, round(p.score, 6)) for p in align_pairs(a, b)}
    ba = {(p.right, p.left, round(p.score, 6)) for p in align_pairs(b, a)}
    assert ab == ba and ab


def test_a_negation_printed_apart_is_no_shared_word() -> None:
    # some sources print "can't" as "ca n't": "ca" and "n't" are no content two quotes share
    tok = tokenizer()
    assert {k for k, _ in tok("We ca n’t close the school , and we wo n't .", ())} == {"close", "school"}
    left = [
        "Harbour pilots say they ca n't guide ships in this fog.",
        "The port will reopen on Friday.",
    ]
    right = [
        "“We ca n’t promise anything,” the mayor said of the budget.",
        "Officials said the port reopens Friday.",
    ]
    pairs = _both_ways(left, right)
    assert (0, 0) not in pairs and (1, 1) in pairs


def test_a_word_mostly_written_small_is_no_name_for_one_capital() -> None:
    # "harbour" is capitalised once ("Harbour Authority") and small five times: a content word,
    # so "harbour" and "dredging" are two shared content words; "Halvorsen" stays a name
    left = [
        "The Harbour Authority approved the budget for repairs on Monday.",
        "Halvorsen said dredging of the harbour will start in May.",
        "Ships wait outside the harbour.",
        "Fishermen in the harbour welcomed the news.",
    ]
    right = [
        "Dredging the harbour begins in spring, Halvorsen said.",
        "The harbour is too shallow for ships.",
        "Halvorsen spoke in the town hall.",
        "A storm closed the harbour last winter.",
    ]
    tok = tokenizer()
    ltoks, rtoks = [tok(t, ()) for t in left], [tok(t, ()) for t in right]
    keys = sorted({k for ts in ltoks + rtoks for k, _ in ts})
    ids = {k: i for i, k in enumerate(keys)}
    for a, b, ta, tb, pair in ((left, right, ltoks, rtoks, (1, 0)), (right, left, rtoks, ltoks, (0, 1))):
        assert Evidence((a, b), (ta, tb), (ids, ids), Settings()).enough(*pair)
        # the old rule (one capital anywhere makes a name) finds only "dredging"
        assert not Evidence((a, b), (ta, tb), (ids, ids), Settings(name_share_min=0.0)).enough(*pair)
    # a name written capitalised every time is still a name: "Halvorsen" and "said" make no evidence
    assert not Evidence((left, right), (ltoks, rtoks), (ids, ids), Settings()).enough(1, 2)


# A headline with a body copy, the lead next to it, and a far sentence that repeats the headline.
BRIDGE_L = [
    "Council Approves New Harbour Bridge For Port Ellis",
    "Council Approves New Harbour Bridge For Port Ellis.",
    "The Port Ellis council voted on Tuesday to build a new bridge over the harbour, ending years of debate.",
    "The vote was seven to two.",
    "Opponents said the money should go to schools.",
    "Work is due to start next spring.",
]
BRIDGE_R = [
    "Port Ellis backs harbour crossing",
    "Councillors in Port Ellis on Tuesday backed a crossing over the harbour after years of debate.",
    "Seven members voted for the plan and two against.",
    "Some residents wanted the money spent on schools instead.",
    "Builders expect to start work in spring.",
    "A ferry has carried passengers across the harbour since 1950.",
    "The council approves a new bridge over the harbour only once in a generation, the mayor said.",
]


def test_a_headline_copy_does_not_grow_onto_its_neighbours_far_partner() -> None:
    # the body copy of the headline (1) sits next to the lead (2), which links to sentence 6 of
    # the other side, far past its lead; the copy's only good candidate is 6 too, a little below
    # the link threshold: growing along the neighbour's link must not make a headline link there
    def pairs(left: list[str], right: list[str], copy: tuple[int, int], **kw: int) -> set[tuple[int, int]]:
        settings = Settings(**kw)
        s = score_pairs(left, right, settings=settings)
        side = 0 if copy[0] == 1 else 1
        own = (s.li if side == 0 else s.ri) == 1
        at = (s.li == copy[0]) & (s.ri == copy[1])
        assert at.any()
        low = np.where(own, 0.01, s.cos)
        low[at] = 0.15  # below link_cosine_min, above neighbour_cosine_min
        s = Scores(s.li, s.ri, low, s.raw, low + (s.eff - s.cos), s.windowed, s.evidence, s.texts)
        return {(p.left, p.right) for p in select(s, len(left), len(right), settings)}

    for left, right, copy in ((BRIDGE_L, BRIDGE_R, (1, 6)), (BRIDGE_R, BRIDGE_L, (6, 1))):
        far = (2, 6) if copy == (1, 6) else (6, 2)
        got = pairs(left, right, copy)
        assert far in got and copy not in got
        # with a lead long enough to reach sentence 6, the copy may follow its neighbour
        assert copy in pairs(left, right, copy, lead_sentences=10)


def test_a_weak_pair_beside_two_better_partners_is_dropped() -> None:
    """A rewrite's chain can hold a weak pair whose two sentences each have a better partner
    (a sentence beside the one it rewrites): it goes; a weak pair that is the best of one of
    its sentences stays (a split), and so does a strong one."""
    li = np.array([11, 15, 15, 20, 21])
    ri = np.array([10, 10, 11, 18, 18])
    cos = np.array([0.71, 0.22, 0.85, 0.5, 0.3])
    scores = Scores(li, ri, cos, cos, cos)
    assert _second_best(scores, {0, 1, 2, 3, 4}, DEFAULTS) == {1}  # (15, 10): 15 and 10 have better
    # (21, 18) is 21's only pair, the half of a split: it stays, as does a strong tangled pair
    strong = Scores(li, ri, np.array([0.71, 0.9, 0.95, 0.5, 0.3]), cos, np.array([0.71, 0.9, 0.95, 0.5, 0.3]))
    assert _second_best(strong, {0, 1, 2}, DEFAULTS) == set()


# a council story and its rewrite, in order but for one sentence moved up and its date changed
_FERRY = [
    "Harbour Council approves ferry budget",
    "The Harbour Council approved the ferry budget for the coming year on Tuesday.",
    "The ferry budget rises to 4.2 million euros, the council said.",
    "Councillors voted 7-2 in favour of the ferry budget.",
    "The budget pays for two new ferry crews and a repaired pier.",
    "Opposition councillors said the ferry fares were still too high.",
    "The mayor said the ferry service was the island's lifeline.",
    "Ferry passengers rose to 1.1 million last year, the council said.",
    "The council will publish the ferry timetable next month.",
    "The next council vote on the ferry budget is due on March 12.",
    "Work on the pier starts in the spring.",
]
_FERRY_REWRITE = [
    "Harbour Council approves ferry budget",
    "On Tuesday the Harbour Council passed the ferry budget for next year.",
    "The next council vote on the ferry budget is due on March 21.",
    "According to the council, the ferry budget rises to 4.2 million euros.",
    "The vote was 7-2 for the ferry budget.",
    "The money pays for two new ferry crews and a repaired pier.",
    "The opposition said ferry fares were still too high.",
    "The mayor called the ferry service the island's lifeline.",
    "Ferry passengers rose to 1.1 million last year, the council said.",
    "The ferry timetable will be published next month.",
    "Work on the pier starts in the spring.",
]


def test_a_moved_sentence_the_same_letter_for_letter_links_wherever_it_stands() -> None:
    # its words are the whole story's ("ferry budget", "council"): by weight alone, a weak pair
    # far off the rewrite's order
    assert (9, 2) in _both_ways(_FERRY, _FERRY_REWRITE)
    # (a pair of mutual best partners besides: the moved-pair rule off too)
    assert (9, 2) in _both_ways(_FERRY, _FERRY_REWRITE, same_letters_min=1.01)
    assert (9, 2) not in _both_ways(_FERRY, _FERRY_REWRITE, same_letters_min=1.01, moved_pair_cosine_min=0)
    # a moved sentence told in other words is no copy: it needs the cosine of a moved paragraph
    reworded = [
        *_FERRY_REWRITE[:2],
        "Councillors meet again over the ferry money in March.",
        *_FERRY_REWRITE[3:],
    ]
    assert not {p for p in _both_ways(_FERRY, reworded) if p[1] == 2}


def test_a_moved_quotation_held_whole_in_a_longer_sentence_is_the_same_letters() -> None:
    """ut30: a quotation standing alone, moved and given a lead-in by the rewrite ("The winds are
    doing whatever they want." / "..., Lopez warned that the gusts were in charge: "The winds are
    doing whatever they want.""): the shorter held whole in the longer keeps a pair off the order."""
    from reader.align.select import _same_letters

    quote = "“We are doing whatever it takes to keep the boats going.”"
    left = ["The council met on Tuesday.", quote]
    right = [f"As crews cheered at the harbour, councillor Mara Ilves warned: {quote}", "The council met."]
    li, ri = np.array([1, 1]), np.array([0, 1])
    cos = np.array([0.45, 0.1])
    scores = Scores(li, ri, cos, cos, cos, texts=(left, right))
    assert _same_letters(scores, {0, 1}, 0.9, 30) == {0}
    assert _same_letters(scores, {0, 1}, 0.9, 10**6) == set()  # held whole only from the bound on
    # a short phrase any story repeats is no quotation held whole
    short = Scores(li, ri, cos, cos, cos, texts=(["The council met on Tuesday.", "“The boats.”"], right))
    assert _same_letters(short, {0, 1}, 0.9, 30) == set()
