"""The overlap notice: two texts that share little (maybe two events) or a side with no
sentences are told so, in every export.  Sentences of our own, on other events."""

from __future__ import annotations

import json

from reader.export import to_json, to_markdown
from reader.model import Comparison, Document, Link, Sentence
from reader.overlap import LITTLE_SHARED, overlap
from reader.pipeline import compare_texts
from reader.report import to_html


def doc(source: str, sentences: list[str]) -> Document:
    out, pos = [], 0
    for i, text in enumerate(sentences):
        out.append(Sentence(i, text, pos, pos + len(text), i))
        pos += len(text) + 1
    return Document(source, "\n".join(sentences), None, out, [])


def pair(n_left: int, n_right: int, linked: int) -> Comparison:
    """``linked`` one-to-one links at the top of two texts; the rest unique."""
    left = doc("harbour.txt", [f"The ferry to the island left late on day {i}." for i in range(n_left)])
    right = doc("vote.txt", [f"The council voted on the budget for year {i}." for i in range(n_right)])
    links = [Link((i,), (i,), 0.8) for i in range(linked)]
    return Comparison(left, right, links, list(range(linked, n_left)), list(range(linked, n_right)))


def test_two_texts_with_one_chance_link_share_little() -> None:
    c = pair(20, 20, 1)  # 2 of 40 sentences: 5 %
    o = overlap(c)
    assert (o.linked, o.sentences, o.share, o.side_share) == (2, 40, 0.05, 0.05)
    assert o.little and "share little" in o.notice and "same event" in o.notice
    assert "1 of 20 sentences linked on the left, 1 of 20 on the right" in o.notice


def test_the_notice_counts_one_sentence_in_the_singular() -> None:
    o = overlap(pair(1, 30, 0))
    assert "(0 of 1 sentence linked on the left, 0 of 30 on the right)" in o.notice
    o = overlap(pair(30, 1, 0))
    assert "(0 of 30 sentences linked on the left, 0 of 1 on the right)" in o.notice


def test_texts_that_share_a_fair_part_get_no_notice() -> None:
    c = pair(20, 20, 4)  # 8 of 40: 20 %, a same-story pair's usual share
    o = overlap(c)
    assert not o.little and o.notice == "" and o.short == ""
    # the bound itself: at it the texts share enough, below it they do not
    assert overlap(pair(50, 50, 3)).side_share == LITTLE_SHARED
    assert not overlap(pair(50, 50, 3)).little
    assert overlap(pair(50, 50, 2)).little


def test_a_brief_wholly_linked_into_a_long_article_shares_all_it_has() -> None:
    # 2 of 62 sentences over both sides (3 %), but the brief's one sentence is linked
    for n_left, n_right in ((1, 61), (61, 1)):
        o = overlap(pair(n_left, n_right, 1))
        assert o.share < LITTLE_SHARED and o.side_share == 1.0
        assert not o.little and o.notice == ""


def test_a_side_with_no_sentences_is_named_either_way() -> None:
    for n_left, n_right, side in ((0, 12, "left"), (12, 0, "right")):
        o = overlap(pair(n_left, n_right, 0))
        assert o.empty == (side,) and o.little
        assert o.notice.startswith(f"The {side} article has no sentences")
        assert side in o.short
    both = overlap(pair(0, 0, 0))
    assert both.empty == ("left", "right") and both.share == 0.0 and "Neither" in both.notice


def test_every_export_carries_the_notice() -> None:
    c = pair(20, 20, 1)
    notice = overlap(c).notice
    data = json.loads(to_json(c))
    assert data["overlap"]["little_shared"] is True and data["overlap"]["notice"] == notice
    assert data["overlap"]["share"] == 0.05 and data["overlap"]["bound"] == LITTLE_SHARED
    assert notice in to_markdown(c)
    html = to_html(c)
    assert "share little" in html and 'class="notice"' in html


def test_exports_of_texts_that_share_enough_say_nothing_more() -> None:
    c = pair(20, 20, 5)
    data = json.loads(to_json(c))
    assert data["overlap"]["little_shared"] is False and data["overlap"]["notice"] == ""
    assert "share little" not in to_markdown(c) and 'class="notice"' not in to_html(c)


def test_one_text_given_twice_says_so() -> None:
    text = "The ferry sank off the coast on Monday. All 40 passengers were rescued by fishermen."
    o = overlap(compare_texts(text, text))
    assert o.same and not o.little
    assert o.notice.startswith("The two texts are the same") and o.short == "the same text on both sides"
    # two texts that only share every sentence are not the same text
    assert not overlap(compare_texts(text, text + " The captain was questioned.")).same
