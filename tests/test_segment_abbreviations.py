"""Segment: the short forms of news titles, offices and places end no sentence before a name.

"… said Dist. Atty. Steve Cooley." is one sentence: a quotation must not lose its speaker.
Titles that only stand before a name ("Asst.", "Dep.", "Ofc.") never end one; short forms
that may close a sentence ("the 5th Dist.", "at the Lakewood Stn.") end it only before a
word that clearly opens a new one ("The", "He", "Police" does not).
"""

from __future__ import annotations

import pytest

from reader.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        '"It was the crime the law was written for," said Dist. Atty. Rosa Vance of Kern County.',
        "Asst. Chief Ann Ruiz and Dep. Omar Hale walked the route.",
        "The team was led by Asst. U.S. Atty. Lena Park.",
        "Ofc. Dale Price and Tpr. Kim Osei stopped the van.",
        "Cmdt. Ivo Brandt and Cdr. Mia Sol spoke to the crew.",
        "Commr. Tom Greer, Chmn. Ada Lutz and Treas. Ben Cho signed it.",
        "Ens. Ray Dunn and Msgr. Paul Ortega attended.",
        "Gens. Amos and Burke met Capts. Diaz and Frey on Monday.",
        "Dets. Lowe and Marsh and Ofcs. Young and Hart were cited.",
        "Secy. Ida Moss told Assoc. Dir. Nell Grant to wait.",
        "Gangmember convicted of murdering Lakewood Stn. Sheriff's deputy",
        "The Lakewood Stn. Sheriff's deputies were honoured.",
        "The Union Sta. Plaza was closed.",
        "They met at the Harbor Twp. Police station.",
        "Westlake Hts. Mayor Lou Reed spoke first.",
        "The crash closed Rte. 9 and the Delta Pkwy. Exit ramp.",
        "The Natl. Guard and the Intl. Red Cross sent aid.",
        "The 9th Cir. Court of Appeals ruled on Friday.",
        "The Kern Cty. Sheriff's Office said so.",
    ],
)
def test_news_short_forms_before_a_name_end_no_sentence(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quotation keeps its speaker, and the next sentence still starts after him
        (
            '"It was the crime," said Dist. Atty. Rosa Vance. Deputy Sam Roe had been shot.',
            ['"It was the crime," said Dist. Atty. Rosa Vance.', "Deputy Sam Roe had been shot."],
        ),
        # a near miss: a short form that closes a sentence, then a word that opens one
        (
            "The fire began near the Lakewood Stn. The deputies arrived within minutes.",
            ["The fire began near the Lakewood Stn.", "The deputies arrived within minutes."],
        ),
        (
            "She represents the 5th Dist. He represents the 6th.",
            ["She represents the 5th Dist.", "He represents the 6th."],
        ),
        (
            "They live in Ridge Hts. But they work downtown.",
            ["They live in Ridge Hts.", "But they work downtown."],
        ),
    ],
)
def test_news_short_forms_end_a_sentence_before_a_clear_opener(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The crash closed Rte. 9 for hours.",
        "The office is in Ste. 200 of the tower.",
    ],
)
def test_news_short_forms_before_a_number_end_no_sentence(text: str) -> None:
    assert sentences(text) == [text]
