"""One act told of two people both articles know (reader.facts.subject_swap).

Sentences made up for the test, each case checked both ways round."""

from __future__ import annotations

import reader

WIRE = (
    "The harbour board met on Monday to discuss the ferry delays. "
    "Councillor Ana Ruiz of Dalton, the board's longest-serving member, also criticised the ferry"
    " operator for the cancelled winter crossings. "
    "Mr. Tom Brandt, the board's chairman, opened the meeting at noon."
)
REWRITE = (
    "The harbour board met on Monday to discuss the ferry delays. "
    "Mr. Brandt, the chairman, also criticised the ferry operator for the cancelled winter crossings. "
    "Councillor Ana Ruiz closed it."
)


def _who(left: str, right: str) -> list[tuple[str, str]]:
    def get(a: str, b: str) -> list[tuple[str, str]]:
        c = reader.compare(a, b)
        return [(d.left, d.right) for k in c.links for d in k.differences if d.note.startswith("who did it")]

    there = get(left, right)
    assert get(right, left) == [(b, a) for a, b in there]
    return there


def test_one_act_given_to_another_person_both_articles_name_conflicts() -> None:
    assert _who(WIRE, REWRITE) == [("Councillor Ana Ruiz of Dalton", "Mr. Brandt")]


def test_an_act_of_a_person_one_article_never_names_is_two_acts() -> None:
    # the rewrite never names Ruiz: two accounts may tell what two people did
    rewrite = REWRITE.replace(" Councillor Ana Ruiz closed it.", "")
    assert _who(WIRE, rewrite) == []


def test_a_name_that_is_not_the_subject_or_a_short_common_end_is_no_swap() -> None:
    left = "The board met on Monday. They thanked Ana Ruiz for the report. Tom Brandt spoke."
    right = "The board met on Monday. They thanked Tom Brandt for the report. Ana Ruiz spoke."
    assert _who(left, right) == []
    left = "The board met on Monday. Ana Ruiz said so. Tom Brandt agreed."
    right = "The board met on Monday. Tom Brandt said so. Ana Ruiz agreed."
    assert _who(left, right) == []  # "said so": two words are no act
