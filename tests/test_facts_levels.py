"""The level a figure reached and the level it came from, swapped between two tellings: the
same two figures, each side's "to" the other's "from".  reader.facts.levels; every sentence is
made up for the test, and each case is checked both ways round."""

from __future__ import annotations

import pytest

from reader import facts
from reader.facts.levels import levels_swapped
from tests.mirror import facts_of as _facts


def both_ways(a: str, b: str) -> list[str]:
    got = levels_swapped(_facts(a), _facts(b), a, b)
    back = levels_swapped(_facts(b), _facts(a), b, a)
    assert [(d.right, d.left) for d in back] == [(d.left, d.right) for d in got]
    return [d.note for d in got]


@pytest.mark.parametrize(
    ("a", "b", "note"),
    [
        (
            "The port's March tonnage was revised down to 61,500 from 64,200 first reported.",
            "March tonnage at the port was revised up to 64,200 from an initially reported 61,500.",
            "figures swapped: to 61,500 from 64,200 vs to 64,200 from 61,500",
        ),
        (
            "The jobless rate in Ontario rose to 6.8% from 6.1% in June.",
            "Ontario's unemployment rate climbed to 6.1 percent from 6.8 percent in June.",
            "figures swapped: to 6.8% from 6.1% vs to 6.1 percent from 6.8 percent",
        ),
        (
            "The club cut season-ticket prices to $410 from $455.",
            "Season tickets now cost $455, down to that from $410, the club said.",
            None,  # "to that": no "to" figure on the right
        ),
        (  # "up from": the figure before it is the new level (ut129: "of $1.70 per pound, up from $1.85")
            "The airline raised its forecast for fuel costs to $2.45 a gallon from $2.30, citing the strike.",
            "The airline now expects fuel costs of $2.30 a gallon, up from $2.45 previously.",
            "figures swapped: to $2.45 from $2.30 vs to $2.30 from $2.45",
        ),
    ],
)
def test_the_new_level_and_the_old_swapped(a: str, b: str, note: str | None) -> None:
    assert both_ways(a, b) == ([note] if note else [])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same move told in another order
        (
            "Inflation eased to 2.4% in May from 2.9% in April.",
            "Inflation eased from 2.9% in April to 2.4% in May.",
        ),
        # a figure changed, not swapped: the quantity rules' difference
        ("The rate rose to 6.8% from 6.1%.", "The rate rose to 6.9% from 6.1%."),
        # one level only on a side
        ("Shares fell to $12.40 from $13.10.", "Shares fell 5 percent to $13.10."),
        # "up from" with the same new level: one move told two ways
        ("Fuel costs rose to $2.45 a gallon from $2.30.", "Fuel costs were $2.45 a gallon, up from $2.30."),
    ],
)
def test_no_swap_where_the_levels_are_the_same_or_not_both_told(a: str, b: str) -> None:
    assert both_ways(a, b) == []


def test_the_swap_is_the_link_s_conflict_and_no_opposite_beside_it() -> None:
    a = "The port's March tonnage was revised down to 61,500 from 64,200 first reported."
    b = "March tonnage at the port was revised up to 64,200 from an initially reported 61,500."
    notes = [d.note for d in facts.differences(_facts(a), _facts(b), a, b)]
    assert notes == ["figures swapped: to 61,500 from 64,200 vs to 64,200 from 61,500"]
