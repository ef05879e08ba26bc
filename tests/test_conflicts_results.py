"""Election results (ut35, an elections desk): a count listed after a candidate's name, a
count at the head of a sentence after "Just" or "Nearly"."""

from __future__ import annotations

import pytest

from reader import facts
from tests.test_conflicts_markets import _both_ways as _diffs


def test_a_count_listed_after_a_name_is_compared() -> None:
    left = "Okoro won 18,240 votes (48.1 percent), Lindgren 15,902 (41.9 percent) and Pax 3,790 (10 percent)."
    right = "Okoro won 18,240 votes (48.1%), Lindgren 15,209 (41.9%) and Pax 3,790 (10%)."
    assert _diffs(left, right) == [("number", "15,902", "15,209")]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # two names, two counts: each its own
        (
            "Okoro won 18,240 votes, Lindgren 15,902 and Pax 3,790.",
            "Okoro won 18,240 votes, Lindgren 15,902 and Pax 3,790, officials said.",
        ),
    ],
)
def test_listed_counts_told_alike_are_no_conflict(left: str, right: str) -> None:
    assert [d for d in _diffs(left, right) if d[0] == "number"] == []


def test_a_count_after_a_name_at_the_head_of_a_sentence_is_the_name_s_number() -> None:
    # "Route 9" is no count of a results list: one road named two ways (labelled_numbers)
    left, right = "Route 9 was closed for two hours.", "Route 12 was closed for two hours."
    assert [d for d in _diffs(left, right) if d[0] == "number"] == [("number", "Route 9", "Route 12")]


@pytest.mark.parametrize(
    ("opening", "conflicts"), [("Just", True), ("Only", True), ("Nearly", False), ("Roughly", False)]
)
def test_a_count_after_a_hedge_opening_a_sentence_is_read(opening: str, conflicts: bool) -> None:
    text = f"{opening} 421 votes separated the mayor from his challenger."
    got = [(f.kind, f.text) for f in facts.extract(text)]
    assert ("number", "421") in [(k, t.split()[-1]) for k, t in got if k == "number"]
    assert not any(k == "name" and t == opening for k, t in got)
    left = "The mayor leads his challenger by 412 votes."
    # "just 421" is 421; "nearly 421" may be 412
    assert (
        ("number", "412", "421") in [(k, a, b.split()[-1]) for k, a, b in _diffs(left, text)]
    ) is conflicts
