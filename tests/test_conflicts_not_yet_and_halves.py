"""A count of times written as a word labelled once ("twice", not "twice times"), "not yet" before a
participle against the act told as done, and "more than half" against "less than half" of one
group when one side also gives the share's figure (stop 59, from the user tests of stop 58 and
ut291-ut294).

Every sentence is made up for the test, checked both ways round, with near misses.
"""

from __future__ import annotations

import pytest

from reader import compare
from tests.mirror import flags
from tests.test_conflicts_twins import shown


def test_a_count_in_words_is_labelled_once_as_a_detail() -> None:
    c = compare(
        "She was married twice, first to the saxophonist Curtis Maybury.",
        "Her first husband was the saxophonist Curtis Maybury.",
    )
    assert [k.only_left for k in c.links] == [["twice"]]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (  # "not yet" before a participle denies the act done, as the other side states it (ut180)
            "The ferry operator, Nordline, said it had refunded all affected passengers in full and had"
            " introduced new booking checks.",
            "Nordline, which runs the ferries, said it had not yet refunded the affected passengers but had"
            " introduced new booking checks.",
            ("negation", "refunded", "had not yet refunded"),
        ),
        (  # ... inside one quotation too
            'The agency said the housing market had "turned a corner" after two years of falls.',
            'The agency said the housing market had "not yet turned a corner" after two years of falls.',
            ("negation", 'had "turned', 'had "not yet turned'),
        ),
    ],
)
def test_not_yet_done_against_done_is_a_negation(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flags(left, right)


def test_not_yet_decided_against_a_decision_to_come_is_no_negation() -> None:  # the near miss
    left = "The board has not yet decided whether to approve the merger with its rival."
    right = "The board will decide whether to approve the merger with its rival next month."
    assert [d for d in flags(left, right) if d[0] == "negation"] == []


def test_more_than_half_against_less_than_half_of_one_group_is_a_conflict() -> None:
    left = "More than half of the nurses surveyed, 56 percent, said they had worked unpaid overtime."
    right = "Less than half of those surveyed said they had worked unpaid overtime."
    assert ("percentage", "More than half of", "Less than half of") in shown(left, right)
    # near miss: two groups, each share true of its own
    other = "Less than half of the doctors surveyed said they had worked unpaid overtime."
    assert [d for d in shown(left, other) if d[0] == "percentage"] == []
