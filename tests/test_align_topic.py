"""The story's topic (reader.align.vocabulary.topic_discount): words in a good share of the
sentences of both sides say "same story", not "same fact".

Sentences of our own (a tram strike).  Every alignment is checked in both directions, with and
without the optional meaning model.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reader.align import Settings, align_sentences, meaning
from reader.align.tokens import tokenizer
from reader.align.vocabulary import topic_discount, vocabulary

WIRE = [
    "Tram strike shuts down Carlow for a third day",
    "Tram drivers in Carlow stayed off work for a third day on Wednesday as the strike over pay went on.",
    "Dunmore said the tram strike would go on until the council met the union's demands.",
    "Shops in the city centre reported sales down by a quarter since the walkout began.",
    "Dunmore, who has led the drivers' union since 2019, called the council's offer an insult.",
    "The council said it had offered a rise of four percent over two years.",
    "Commuters queued for buses that the council hired from neighbouring towns.",
    "The last tram strike in Carlow, in 2011, lasted nine days.",
]
LOCAL = [
    "Carlow tram strike enters third day",
    "A pay strike by tram drivers kept Carlow's trams in their depots for a third day on Wednesday.",
    "The walkout will continue until councillors accept the union's pay demands, its leader said.",
    "Dunmore told reporters the tram strike had cost drivers a week of wages.",
    "City centre shops say their sales have fallen by a quarter since the walkout started.",
    "The council's offer, a four percent rise over two years, was rejected as an insult by Dunmore.",
    "Extra buses hired from nearby towns carried commuters, with long queues at stops.",
    "Dunmore's union last staged a tram strike in 2011.",
]
# "Dunmore said the tram strike would go on until ..." / "Dunmore told reporters the tram strike had
# cost drivers a week of wages": the union leader and the strike, in a third of both sides' sentences
ON_TOPIC_ONLY = (2, 3)


@pytest.fixture(params=[True, False], ids=["meaning", "words-only"])
def with_meaning(request: pytest.FixtureRequest) -> Iterator[None]:
    meaning.set_enabled(request.param)
    yield
    meaning.set_enabled(True)


def _both_ways(left: list[str], right: list[str], **kw: float) -> set[tuple[int, int]]:
    a = set(align_sentences(left, right, **kw))
    assert a == {(x, y) for y, x in align_sentences(right, left, **kw)}
    return a


def test_words_of_both_sides_topic_are_discounted_once_per_sentence() -> None:
    s = Settings()
    tokenize = tokenizer(s)
    lt = [tokenize(t, ()) for t in WIRE]
    rt = [tokenize(t, ()) for t in LOCAL]
    lids, rids, penalty = vocabulary(lt, rt, s)
    factor = topic_discount(lt, rt, lids, rids, len(penalty), s)
    # "tram" is in most sentences of both sides, "Dunmore" in 2 of 8 and 3 of 8
    assert factor[lids["tram"]] == s.topic_weight
    assert factor[lids["dunmore"]] == s.topic_weight
    # "council": 4 of 8 on one side, 2 of 8 on the other; "quarter": one sentence a side
    assert factor[lids["council"]] == s.topic_weight
    assert factor[lids["quarter"]] == 1.0
    # a word the other side never uses is no topic, however often one side says it
    left = [
        tokenize(t, ())
        for t in ("Harbour cranes stand idle", "Harbour pay talks fail", "Harbour union votes")
    ]
    right = [
        tokenize(t, ()) for t in ("Dock cranes stand idle", "Pay talks at the dock fail", "The union votes")
    ]
    hl, hr, hp = vocabulary(left, right, s)
    assert topic_discount(left, right, hl, hr, len(hp), s)[hl["harbour"]] == 1.0
    twice = [ts + ts for ts in lt]  # a word said twice in one sentence counts once
    assert (topic_discount(twice, rt, lids, rids, len(penalty), s) == factor).all()
    # one sentence against one: every shared word is in all sentences, and none is a topic
    one_l, one_r, one_penalty = vocabulary(lt[2:3], rt[3:4], s)
    assert (topic_discount(lt[2:3], rt[3:4], one_l, one_r, len(one_penalty), s) == 1.0).all()


@pytest.mark.usefixtures("with_meaning")
def test_the_story_s_topic_alone_makes_no_link() -> None:
    pairs = _both_ways(WIRE, LOCAL)
    assert ON_TOPIC_ONLY not in pairs
    # the facts still link: the leader's demands, the offer, the last strike
    assert {(2, 2), (4, 5), (5, 5), (7, 7)} <= pairs
    # the discount is what keeps the topic pair out
    assert ON_TOPIC_ONLY in _both_ways(WIRE, LOCAL, topic_weight=1.0)
