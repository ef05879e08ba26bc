"""The tail of a quotation goes with the sentence it closes (reader.segment._quote_tail).

A closing mark after a full stop belongs to the sentence it closes: one word that ends a
quotation ('... was over. Done.”') and the end of a quotation inside a quotation ('... says:
‘We won. They lost.’') are no sentences of their own.  Sentences made up for the test."""

from __future__ import annotations

import pytest

from reader.segment import split_sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    "quote",
    [
        "“The ferry company failed us for the third winter running. Enough.”",
        '"The ferry company failed us for the third winter running. Enough."',
        "“The ferry company failed us for the third winter running. #NoMoreDelays.”",
        "“Will they fix the ferry this winter? Doubtful!”",
    ],
)
def test_one_word_closing_a_quotation_goes_with_the_sentence_before(quote: str) -> None:
    text = f"The mayor wrote on Sunday: {quote} The company did not reply."
    assert _split(text) == [f"The mayor wrote on Sunday: {quote}", "The company did not reply."]


@pytest.mark.parametrize(
    "text",
    [
        # a quotation of its own: it opens with its mark
        "“The ferry failed us.” “Enough.” The company did not reply.",
        # two words or more: a sentence of the quotation
        "“The ferry failed us for the third winter running. We are done.” The company did not reply.",
        # no closing mark: a one-word sentence of the story
        "The ferry failed for the third winter running. Again. The company did not reply.",
    ],
)
def test_a_quoted_sentence_of_its_own_stays_apart(text: str) -> None:
    assert len(_split(text)) == 3


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("‘", "’"), ("’", "’")],  # some pages set the inner quotation's opening mark as "’"
)
def test_a_quotation_inside_a_quotation_is_not_split(opening: str, closing: str) -> None:
    inner = f"{opening}Dad, the boat is late again. They never learn.{closing}"
    text = (
        f"“My daughter looked at the pier and said: {inner} And I had no answer,” she said. The line closed."
    )
    assert _split(text) == [
        f"“My daughter looked at the pier and said: {inner}",
        "And I had no answer,” she said.",
        "The line closed.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # British style: single marks are the quotation itself, its sentences split
        "‘The boat is late again. They never learn.’ The line closed.",
        # the inner quotation closed before the full stop: nothing to join
        "“They shouted ‘Go home.’ Then they left.” The line closed.",
    ],
)
def test_single_quotes_not_nested_split_as_usual(text: str) -> None:
    assert len(_split(text)) == 3


@pytest.mark.parametrize(
    "credit",
    [
        "Harbour Board Chairwoman Ana B. Ruiz (D-Ore.) said.",
        "Mayor Tom Brandt asked on Monday.",
        "The ferry company's owner wrote in a statement.",
        "Councillor Ivo Lind told reporters.",
    ],
)
def test_the_credit_of_a_question_or_exclamation_goes_with_it(credit: str) -> None:
    question = "“Why must the islands wait a third winter for a ferry?”"
    text = f"{question} {credit} The company did not reply."
    assert _split(text) == [f"{question} {credit}", "The company did not reply."]
    shout = "“Enough delays!”"
    assert _split(f"{shout} {credit} The company did not reply.")[0] == f"{shout} {credit}"


@pytest.mark.parametrize(
    "after",
    [
        "Mayor Tom Brandt said no one knew.",  # a sentence about the question, not its credit
        "The crowd cheered.",
        "Ferry Minister Ana Ruiz said the boats are ordered.",
    ],
)
def test_a_sentence_after_a_question_stays_apart(after: str) -> None:
    question = "“Why must the islands wait a third winter for a ferry?”"
    assert _split(f"{question} {after}") == [question, after]


@pytest.mark.parametrize(
    "text",
    [
        'The crowd chanted "Dalton! Dalton!" as the mayor left the hall.',
        "Fans shouted “Go home! Go home!” at the players, police said.",
        "“Is the pier safe? Nobody knows yet,” the harbour master said.",
    ],
)
def test_a_cry_inside_a_quotation_that_the_sentence_goes_on_after_is_no_end(text: str) -> None:
    assert _split(text) == [text]
    # near miss: a quotation the next sentence follows in capitals still ends there
    assert _split('"Stop!" she yelled. Then she ran.') == ['"Stop!" she yelled.', "Then she ran."]
