"""A whole denied is a part stated, an act "did so" is the act told, and a speaker's office or
role does not hide the speaker.  reader.facts.negation_kept, reader.facts.negation_subject,
reader.facts.extract_quotes, reader.facts.tables; every sentence is made up for the test, and
each negation case is checked both ways round."""

from __future__ import annotations

import pytest

import reader
from tests.mirror import negations as both_ways


@pytest.mark.parametrize(
    ("part", "whole_denied"),
    [
        (
            "The relief fund was insured for $40 million, covering only part of the losses.",
            "The relief fund was insured for $40 million, which does not cover its full losses.",
        ),
        (
            "The grant covers part of the cost of the new bridge, the council said.",
            "The grant does not cover the whole cost of the new bridge, the council said.",
        ),
        (
            "The new roof protects only part of the stadium from rain.",
            "The new roof does not protect the entire stadium from rain.",
        ),
    ],
)
def test_a_whole_denied_is_the_part_the_other_side_states(part: str, whole_denied: str) -> None:
    assert both_ways(part, whole_denied) == []


@pytest.mark.parametrize(
    ("stated", "denied"),
    [
        # the whole denied where the other side states the whole: a denial
        (
            "The insurer paid the full claim of $4 million to the port authority.",
            "The insurer did not pay the full claim of $4 million to the port authority.",
        ),
        # no part stated on the other side: a denial
        (
            "The grant covers the cost of the new bridge, the council said.",
            "The grant does not cover the cost of the new bridge, the council said.",
        ),
    ],
)
def test_the_act_itself_denied_is_still_a_denial(stated: str, denied: str) -> None:
    assert both_ways(stated, denied)


def test_an_act_told_by_did_so_of_the_named_subject_is_stated_on_both_sides() -> None:
    a = "No senator backed the amendment, though Ellis had done so in committee."
    b = "Ellis backed the amendment in committee, but no senator did on the floor."
    assert both_ways(a, b) == []
    a = "The minutes showed no director voted for the larger payout, unlike in May, when Ortega did so."
    b = "Unlike in May, when Ortega voted for the larger payout, no director pushed for it this time."
    assert both_ways(a, b) == []


def _speakers(a: str, b: str) -> list[str]:
    c = reader.compare(a, b)
    return [d.note for k in c.links for d in k.differences if d.kind == "speaker"]


def test_an_office_of_a_body_before_the_name_does_not_hide_the_speaker() -> None:
    quote = '"bring lower fares to every island household"'
    long_title = f"Minister of the Interior Paula Reyes welcomed the deal, saying it would {quote}."
    assert _speakers(long_title, f"Minister Paula Reyes said the deal would {quote}.") == []
    notes = _speakers(long_title, f"Opposition leader Mark Dunn said the deal would {quote}.")
    assert len(notes) == 1 and "Mark Dunn" in notes[0] and "Paula Reyes" in notes[0]


@pytest.mark.parametrize(
    "said_by",
    [
        "said co-author Tomás Ferreira of the University of Geneva",
        "said the company's chief engineer, Tomás Ferreira",
        "said harbour commissioner Tomás Ferreira",
    ],
)
def test_a_role_in_lower_case_before_the_name_gives_the_speaker(said_by: str) -> None:
    quote = '"A calm star is exactly what a planet needs to keep its air,"'
    notes = _speakers(f"{quote} {said_by}.", f"{quote} Raghunathan said.")
    assert len(notes) == 1 and "Tomás Ferreira" in notes[0] and "Raghunathan" in notes[0]
    assert _speakers(f"{quote} {said_by}.", f"{quote} Ferreira said.") == []
