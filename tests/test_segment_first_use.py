"""Sentence splits a first-time user found wrong: a dash aside after an abbreviation, the
speaker of a quoted question with another verb than "said", a party tag split at its
state's initial, a web address broken by stray spaces.  Sentences of our own, both ways."""

from __future__ import annotations

import pytest

from reader.segment import split_sentences


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan, backed by Rep. Ann Cole, R-Ore. — the panel's chair — passed the House on Friday.",
        "The bill drew fire from Sen. Tom Reyes, D-N.M. \u2015 a former rancher \u2015 and two others.",
        "The museum opens at 9 a.m. — the earliest in the city — on weekdays.",
        "Officials at the U.S. -- and their allies -- said little about the talks.",
    ],
)
def test_a_dash_aside_after_an_abbreviation_goes_on(sentence: str) -> None:
    assert split(f"{sentence} The vote is next week.") == [sentence, "The vote is next week."]


def test_a_dash_then_a_capital_may_open_a_sentence() -> None:
    assert split("The talks ended on Friday. — The mayor left early.") == [
        "The talks ended on Friday.",
        "— The mayor left early.",
    ]


@pytest.mark.parametrize("verb", ["responded", "answered", "joked", "exclaimed", "retorted", "recalled"])
def test_the_speaker_of_a_quoted_question_stays_with_it(verb: str) -> None:
    quote = f'"You will vote for it, won\'t you?" Mayor Ann Cole {verb}.'
    assert split(f"{quote} The council met again on Monday.") == [quote, "The council met again on Monday."]


@pytest.mark.parametrize(
    "text",
    [
        '"Stop!" Police shot the man twice.',  # not a verb of speech: the verb takes an object
        '"Why?" Sales continued to fall.',
        '"Why?" The council responded with a vote.',  # a new subject
    ],
)
def test_a_new_sentence_after_a_quoted_question_is_split(text: str) -> None:
    assert len(split(text)) == 2


def test_a_party_tag_split_at_the_state_initial_stays_whole() -> None:
    sentence = '"We support the plan," said Rep. Ann Cole, R-W. Va., who chairs the panel.'
    assert split(sentence) == [sentence]


def test_a_party_tag_ends_a_sentence_before_a_new_one() -> None:
    assert split("The bill was backed by Sen. Ann Cole, D-Ore. The vote is next week.") == [
        "The bill was backed by Sen. Ann Cole, D-Ore.",
        "The vote is next week.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tickets are sold via www. Harbourline. com and at the port.",
        "The report is on the council's site at www. Kestrel-Bay. gov. uk.",
    ],
)
def test_a_web_address_with_stray_spaces_is_not_split(sentence: str) -> None:
    assert split(f"{sentence} The line opens in May.") == [sentence, "The line opens in May."]
