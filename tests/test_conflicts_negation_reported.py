"""A denial against a statement when the sentences are reworded around it: a speaker's words
quoted on one side and reported by a pronoun on the other ('"There is no sign of ...," Ortega
said' / 'She said there was a sign of ...'), and a rule denied of one group told with a long
object alike whatever its subject ("The new fees will not apply to students from ..." / "The
charge will also apply to students from ...").  Sentences of our own, both ways round, with near
misses."""

from __future__ import annotations

import pytest

from tests.mirror import flags


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            '"There is no sign that the leak has reached the river, and tap water is safe to drink,"'
            " Ortega said.",
            "She said there was a sign the leak had reached the river, but that tap water was safe to drink.",
            ("negation", "is no sign", "a sign"),
        ),
        (
            "The new fees will not apply to students from low-income households in rural areas, who will keep"
            " their grants until 2028.",
            "The charge will also apply to students from low-income households in rural areas, the ministry"
            " said.",
            ("negation", "will not apply", "apply"),
        ),
    ],
)
def test_a_denial_reworded_around_it_is_a_conflict(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flags(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # both deny it
            '"There is no sign that the leak has reached the river," Ortega said.',
            "She said there was no sign the leak had reached the river.",
        ),
        (  # the object told alike only two words on: another rule of another group
            "The new fees will not apply to students in Wales, the ministry said.",
            "The charge will also apply to students from abroad who enrol after 2027.",
        ),
    ],
)
def test_a_denial_told_alike_or_of_another_object_is_no_conflict(left: str, right: str) -> None:
    assert [d for d in flags(left, right) if d[0] == "negation"] == []


def test_a_quote_denied_against_the_same_speaker_reported_with_an_age_is_a_conflict() -> None:
    left = '"The water came in within minutes, and the pumps did not work," Okafor said.'
    right = (
        "Captain Ruth Okafor, 47, said the water had come in within minutes, and that the pumps had worked."
    )
    assert ("negation", "did not work", "worked") in flags(left, right)
