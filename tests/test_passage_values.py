"""A passage of several sentences compares its sentence pairs one by one; a value the other
side's passage states alike in another sentence is agreed on, so it is no partner for another
value of the pair (reader.passage_values).  Sentences made up for the test, both ways."""

from __future__ import annotations

import pytest

import reader
from reader.passage_values import without_agreed


def notes(left: str, right: str) -> list[str]:
    c = reader.compare(left, right)
    return [d.note for ln in c.links for d in ln.differences]


def flipped(note: str) -> str:
    kind, pair = note.split(": ", 1)
    a, b = pair.split(" vs ")
    return f"{kind}: {b} vs {a}"


SPLIT = "Corvane posted its results on Wednesday."
MERGED_LEFT = (
    f"{SPLIT} Quarterly sales came to €3.16 billion. Economists had forecast €3.02 billion. "
    "The shares fell 2 percent in Frankfurt."
)
MERGED_RIGHT = (
    f"{SPLIT} Quarterly sales came to €3.61 billion, against the €3.02 billion economists had "
    "forecast. The shares fell 2 percent in Frankfurt."
)


@pytest.mark.parametrize("flip", [False, True])
def test_a_merged_sentence_s_changed_sum_is_compared_with_its_own(flip: bool) -> None:
    """Not with the forecast the other sentence of the passage agrees on."""
    left, right = (MERGED_RIGHT, MERGED_LEFT) if flip else (MERGED_LEFT, MERGED_RIGHT)
    want = "amount: €3.16 billion vs €3.61 billion"
    assert notes(left, right) == [flipped(want) if flip else want]
    same = MERGED_RIGHT.replace("€3.61", "€3.16")
    assert notes(MERGED_LEFT, same) == [] and notes(same, MERGED_LEFT) == []


@pytest.mark.parametrize("flip", [False, True])
def test_a_split_sentence_s_changed_date_is_compared_with_its_own(flip: bool) -> None:
    left = (
        "Tickets go on sale on Monday, March 3, and the festival opens on March 28 at Roundhay Park "
        "in Leeds with sixty bands. "
        "Organisers expect 40,000 visitors."
    )
    right = (
        "Fans can buy tickets from Monday, March 3. The festival opens on April 4 at Roundhay Park in "
        "Leeds with sixty bands. "
        "Organisers expect 40,000 visitors."
    )
    a, b = (right, left) if flip else (left, right)
    got = [n for n in notes(a, b) if n.startswith("date")]
    want = "date: March 28 vs April 4"
    assert got == [flipped(want) if flip else want]
    assert [n for n in notes(left, right.replace("April 4", "March 28")) if n.startswith("date")] == []


def test_a_sentence_s_only_value_of_a_kind_is_still_compared() -> None:
    """Though the other side's passage says it elsewhere too: "over 11 weeks" / "over a 20-day
    period" conflict, whatever the left passage's other sentence says of 20 days."""
    left = (
        "The agency logged 12.4 million calls in Chile over 11 weeks, the report said. "
        "Over a period of 20 days, 12.4 million calls were logged by the agency, it said."
    )
    right = "The report said the agency logged 12.4 million calls in Chile over a 20-day period."
    c = reader.compare(left, right)
    pairs = [(d.left, d.right) for ln in c.links for d in ln.differences if d.kind == "duration"]
    assert pairs == [("11 weeks", "20-day period")]


def test_without_agreed_keeps_a_one_sentence_passage_as_it_is() -> None:
    c = reader.compare(MERGED_LEFT, MERGED_RIGHT)
    facts = c.right.facts[1]
    assert without_agreed(facts, c.left, 1, (1,)) == facts
    dropped = without_agreed(facts, c.left, 1, (1, 2))
    assert [f.text for f in facts if f not in dropped] == ["€3.02 billion"]


def test_a_date_the_passage_agrees_on_is_no_conflict_with_a_background_sentence_joined_to_it() -> None:
    """ut133: "It was the sixth cut since the bank began easing in August 2024" / "... since it started
    easing in August 2024 from 5.25%. Bank Rate had peaked at 5.25% in August 2023" was flagged
    "date: August 2024 vs August 2023": the added background sentence tells another event."""
    left = (
        "Wages rose again. It was the council's fourth levy rise since it began raising charges in "
        "March 2022, when the levy stood at 3.1 percent."
    )
    right = (
        "Wages rose again. It was the council's fourth levy rise since it started raising charges in March "
        "2022 from 3.1%. The levy had bottomed out at 3.1% in March 2021, a record low."
    )
    c = reader.compare(left, right)
    assert [d.note for ln in c.links for d in ln.differences if d.kind == "date"] == []
    # the passage joins both right sentences, as it did the user's; against the background one, the
    # left's date is the one the passage agrees on
    (linked,) = [ln.right for ln in c.links if 1 in ln.left]
    assert linked == (1, 2)
    facts = c.left.facts[1]
    assert [f.text for f in facts if f not in without_agreed(facts, c.right, 2, linked)] == ["March 2022"]
