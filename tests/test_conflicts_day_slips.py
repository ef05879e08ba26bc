"""One date whose day was miscopied, a digit put in, dropped or changed beside one kept ("set for
March 8" / "scheduled for March 18"), even in a weak passage; and a span whose start is told by
a fire breaking out ("began on July 9 and was declared extinguished on July 20" / "broke out on
July 6 and was not declared out until July 20").  Sentences of our own, both ways round, with
near misses."""

from __future__ import annotations

import pytest

from tests.mirror import flags


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The final was scheduled for May 4 at the national stadium in Cardiff but was called off over a"
            " strike.",
            "The final, set for May 14 at the national stadium in Cardiff, was called off over a strike.",
            ("date", "May 4", "May 14"),
        ),
        (
            "Tenants have until October 31 to lodge an objection with the council.",
            "Residents have until October 21 to object to the plan, the council said.",
            ("date", "October 31", "October 21"),
        ),
        (
            "The moorland fire began on August 3 and was declared extinguished on August 15.",
            "The moorland fire broke out on August 5 and was not declared out until August 15.",
            ("date", "August 3", "August 5"),
        ),
    ],
)
def test_a_day_miscopied_is_a_conflict(left: str, right: str, expected: tuple[str, str, str]) -> None:
    assert expected[0] in [k for k, _, _ in flags(left, right)]
    assert any(x == expected[1] and y == expected[2] for _, x, y in flags(left, right))


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # two days with no digit in common: two events as likely as one slip
            "Tenants have until October 31 to lodge an objection with the council.",
            "Residents have until October 9 to object to the plan, the council said.",
        ),
        (  # two months
            "Tenants have until October 31 to lodge an objection with the council.",
            "Residents have until November 21 to object to the plan, the council said.",
        ),
    ],
)
def test_two_days_far_apart_in_a_weak_passage_are_no_conflict(left: str, right: str) -> None:
    assert [k for k, _, _ in flags(left, right) if k == "date"] == []
