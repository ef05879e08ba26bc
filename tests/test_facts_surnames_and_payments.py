"""A person's surname two letters apart is another name, and the day a sum is paid is one act
however it is worded.  reader.facts.surnames, reader.facts.pairing_items (EVENTS); every sentence
is made up for the test, and each case is checked both ways round."""

from __future__ import annotations

import pytest

import reader
from tests.mirror import notes


def test_a_surname_two_letters_apart_after_the_same_role_is_another_name() -> None:
    a = "The audit blames former treasurer Helena Marsden and the trust's lawyers for the losses."
    b = "The audit faults former treasurer Helena Marsdon and the trust's lawyers for the losses."
    assert notes(a, b) == ["name spelled two ways: Marsden vs Marsdon"]  # one letter: the spelling rule
    c = "The audit faults former treasurer Helena Marston and the trust's lawyers for the losses."
    assert notes(a, c) == ["name: Helena Marsden vs Helena Marston"]
    # the role opening the name itself ("Judge Miriam Castell"; ut111)
    d = "Judge Miriam Castell had given the defendant a discount for his guilty plea, the court heard."
    e = "Judge Miriam Castle had given the defendant a discount for his guilty plea, the court heard."
    assert notes(d, e) == ["name: Judge Miriam Castell vs Judge Miriam Castle"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # no role before the name: a scripture's or a family's two spellings
        ("Hoshea the son of Nun Jehoshua spoke.", "Hoshea the son of Nun Joshua spoke."),
        # a word made of the other
        ("The New Zealander, a climber, fell.", "The New Zealand climber fell."),
        # the story names both people
        (
            "Coach Mark Dunn and Mark Dunne, his assistant, arrived.",
            "Coach Mark Dunne and Mark Dunn, his assistant, arrived.",
        ),
        # one name in two romanisations
        ("Libyan leader Moammar Gaddafi spoke.", "Libyan leader Moammar Kadhafi spoke."),
    ],
)
def test_no_other_name_where_the_two_are_one_or_both_are_told(a: str, b: str) -> None:
    assert not [n for n in notes(a, b) if n.startswith("name:")]


def _linknotes(a: str, b: str) -> list[str]:
    return [d.note for k in reader.compare(a, b).links for d in k.differences]


def test_the_day_a_sum_is_paid_is_one_act_however_worded() -> None:
    a = "The board proposed a dividend of 40 cents a share, to be paid on August 3."
    b = "The board proposed a 40-cent dividend, payable on August 13."
    assert _linknotes(a, b) == ["date: August 3 vs August 13"]
    assert _linknotes(b, a) == ["date: August 13 vs August 3"]
    # two acts: a sum announced one day and paid another
    c = "The board announced the 40-cent dividend on August 13."
    assert _linknotes(a, c) == []
