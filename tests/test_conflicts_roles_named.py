"""A speaker named after a role of their own ("said shadow chancellor Daniel Price", "said union
negotiator Ana Ruiz") and an office told with an honorific before the name ("Survey director Dr.
Helena Strand"): a quote given to another person and two people's offices traded are then seen.
Sentences of our own, both ways round, with near misses."""

from __future__ import annotations

from reader.facts import cross_conflicts, extract_document
from tests.mirror import both_ways, flags


def test_a_quote_given_to_a_speaker_named_after_a_role_is_a_conflict() -> None:
    left = '"A week of strikes will not fix a single ward," said Amira Haddad, who leads the nurses\' union.'
    right = '"A week of strikes will not fix a single ward," said shadow chancellor Owen Pryce, a Labour MP.'
    assert [k for k, _, _ in flags(left, right)] == ["speaker"]


def test_the_same_speaker_named_after_a_role_is_no_conflict() -> None:
    left = '"A week of strikes will not fix a single ward," said Owen Pryce, who backs the talks.'
    right = '"A week of strikes will not fix a single ward," said shadow chancellor Owen Pryce.'
    assert [k for k, _, _ in flags(left, right) if k == "speaker"] == []


def _offices(left: list[str], right: list[str]) -> list[tuple[int, int, str, str]]:
    got = cross_conflicts(extract_document(left), extract_document(right), left, right)
    return [(x, y, d.left, d.right) for x, y, d in got if d.kind == "name"]


def test_offices_traded_with_an_honorific_before_a_name_are_a_conflict() -> None:
    left = [
        "Project director Dr. Maren Holt, 48, said the array would watch 70 percent of the coast.",
        "Energy Minister Tomas Berg said the state would pay 3 million dollars a year to run it.",
    ]
    right = [
        "Energy Minister Maren Holt, 48, told the launch the array would watch most of the coast.",
        "Project director Tomas Berg said the state would put 3 million dollars a year into it.",
    ]
    got = both_ways(_offices, left, right)
    assert (0, 0, "Project director Dr. Maren Holt", "Energy Minister Maren Holt") in got


def test_one_office_told_with_and_without_an_honorific_is_no_conflict() -> None:
    left = ["Project director Dr. Maren Holt, 48, said the array would watch 70 percent of the coast."]
    right = ["Project director Maren Holt told the launch the array would watch most of the coast."]
    assert both_ways(_offices, left, right) == []
