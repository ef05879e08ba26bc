"""Obituaries (ut36): a year of birth told as a full date on one side and a year on the other."""

from __future__ import annotations

import pytest

from tests.test_conflicts_markets import _both_ways as _diffs


def test_a_full_date_and_a_bare_year_of_one_birth_compare_their_years() -> None:
    left = "Okafor was born in Enugu on May 9, 1951, the son of a schoolteacher and a tailor."
    right = "Born in Enugu in 1952 to a schoolteacher and a tailor, Okafor studied law in Lagos."
    assert _diffs(left, right) == [("year", "May 9, 1951", "1952")]
    same = "Born in Enugu in 1951 to a schoolteacher and a tailor, Okafor studied law in Lagos."
    assert _diffs(left, same) == []
    # other years in the sentence, of other acts: the year told with the date's own words
    more = "Born in Enugu in 1952 to a schoolteacher and a tailor, Okafor qualified in law in 1976."
    assert _diffs(left, more) == [("year", "May 9, 1951", "1952")]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # two acts of one verb: a player retiring, his shirt retired
        (
            "Moreau played for Lyon and Nantes before retiring in 1998.",
            "Moreau had his No. 7 shirt retired by Lyon on March 2, 2001.",
        ),
        # a year of another act in the other sentence
        (
            "The bridge opened on June 1, 1932, after six years of work.",
            "The bridge, finished in 1931, opened a year later.",
        ),
    ],
)
def test_a_date_and_a_year_of_two_acts_are_no_conflict(left: str, right: str) -> None:
    assert [d for d in _diffs(left, right) if d[0] == "year"] == []
