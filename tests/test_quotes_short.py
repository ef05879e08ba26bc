"""Short quotes (one to three words: a scare-quoted word, a label) worded two ways in linked
sentences: compared only when both stand in one slot of their sentences."""

from __future__ import annotations

import pytest

from reader import facts
from reader.facts.compare_quotes import wording_diffs


def quote_diffs(left: str, right: str) -> list[tuple[str, str]]:
    """The quote differences of two one-sentence documents, after checking that swapping
    the sentences swaps the spans."""

    def run(a: str, b: str) -> list[tuple[str, str]]:
        fa, fb = facts.extract_document([a])[0], facts.extract_document([b])[0]
        return [(d.left, d.right) for d in facts.differences(fa, fb, a, b) if d.kind == "quote"]

    there, back = run(left, right), run(right, left)
    assert back == [(r, l) for l, r in there]
    return there


REWORDED = [
    # the same frame before the quote, a word of it replaced
    (
        'The mayor said the levy was "a disaster".',
        'The mayor said the levy was "a triumph".',
        ("disaster", "triumph"),
    ),
    # curly marks on one side, straight on the other
    (
        "Coach Ruiz said the loss was “embarrassing”.",
        'Coach Ruiz said the loss was "inexcusable".',
        ("embarrassing", "inexcusable"),
    ),
    # the same frame after the quote: the speaker and the verb
    (
        '"Completely unworkable," Senator Okafor said of the tariff.',
        '"Entirely reasonable," Senator Okafor said of the tariff.',
        ("Completely unworkable", "Entirely reasonable"),
    ),
    # a label named by a speaker, both sides naming them
    (
        'Dr. Amara Bello called the trial results "encouraging" on Friday.',
        'Dr. Amara Bello called the trial results "disappointing" in a statement.',
        ("encouraging", "disappointing"),
    ),
]


@pytest.mark.parametrize(("left", "right", "expected"), REWORDED)
def test_a_short_quote_in_one_slot_reworded_is_flagged(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert quote_diffs(left, right) == [expected]


KEPT = [
    # two labels of two matters: the frames name other things
    ('Governor Tate called the veto "reckless".', 'Governor Tate called the lawsuit "unpersuasive".'),
    # a labelling verb and a pronoun say nothing of what was labelled
    ('She called it "reckless".', 'She called it "unpersuasive".'),
    ('Governor Tate called it "reckless".', 'Governor Tate called it "unpersuasive".'),
    # scare quotes on one side, none on the other; the other's quote is elsewhere
    ('Residents rejected the "regeneration scheme" at a meeting on Monday.',
     'Residents rejected the regeneration scheme at a meeting on Monday, calling it "a land grab".'),
    # quoted on one side, the same words unquoted on the other
    ('The union described the offer as "an insult".', 'The union described the offer as an insult.'),
    # a quote cut short on one side, whichever is longer
    ('She said the bill was "the road to repair".',
     'She said the bill was "the road to repair and justice".'),
    ('The firm said the merger was "good news".', 'The firm said the merger was "good news for savers".'),
    # a word added: an excerpt, not a word replaced
    ('Police said the crash was "a tragedy".', 'Police said the crash was "a terrible tragedy".'),
    # the same quotes in another order: each is quoted on the other side
    ('The judge found the claims "vague" and "speculative".',
     'The judge found the claims "speculative" and "vague".'),
    # two speakers, each with their own word
    ('Smith said the result was "historic".', 'Jones said the result was "overdue".'),
    # one quotation in curly and straight marks
    ("The minister called the strike “unlawful”.", 'The minister called the strike "unlawful".'),
    # a short quote and a longer one holding it, the rest of the words outside the marks
    ('The board said the deal was "a mistake" for pensioners.',
     'The board said the deal was "a mistake for pensioners".'),
    # a short quote against a long one in the same place: two excerpts, not one reworded
    ('Critics said the rezoning was "unfair".',
     'Critics said the rezoning was "a gift to developers at the expense of renters".'),
    # a short quote and two, one of them the same words
    ('The board said the deal was "a mistake".', 'The board said the deal was "a mistake" and "a gamble".'),
]  # fmt: skip


LONG_KEPT = [
    # a longer quotation cut short at its end or at its start, in either marks
    (
        'She said the reform was "the road to repair for our towns".',
        "She said the reform was “the road to repair for our towns and their schools”.",
    ),
    (
        '"We will reopen the clinic before the winter," the director said.',
        '"Reopen the clinic before the winter," the director said.',
    ),
    (
        '"We will reopen the clinic before the winter," the director said.',
        "“We will reopen the clinic before the winter,” the director said.",
    ),
]


@pytest.mark.parametrize(("left", "right"), LONG_KEPT)
def test_a_long_quote_cut_short_or_in_other_marks_is_not_reworded(left: str, right: str) -> None:
    assert quote_diffs(left, right) == []


@pytest.mark.parametrize(("left", "right"), KEPT)
def test_short_quotes_of_other_slots_or_one_wording_are_not_flagged(left: str, right: str) -> None:
    assert quote_diffs(left, right) == []


def test_a_longer_quote_with_the_same_swap_is_still_flagged() -> None:
    got = quote_diffs(
        'Mayor Diaz said the stadium was "a big win for the city".',
        'Mayor Diaz said the stadium was "a big loss for the city".',
    )
    assert got == [("win", "loss")]


def test_without_the_sentences_short_quotes_are_not_compared() -> None:
    a = facts.extract('The mayor said the levy was "a disaster".')
    b = facts.extract('The mayor said the levy was "a triumph".')
    assert wording_diffs(a, b) == []
    left, right = 'The mayor said the levy was "a disaster".', 'The mayor said the levy was "a triumph".'
    notes = [d.note for d in wording_diffs(a, b, left, right)]
    assert notes == ["quote worded two ways: “a disaster” vs “a triumph”"]


def test_a_term_in_scare_quotes_once_plural_is_one_term() -> None:
    left = 'The chipmaker bought the start-up to enter the market for "microgrids".'
    right = 'The chipmaker bought the start-up to enter the "microgrid" market.'
    assert quote_diffs(left, right) == []
    assert quote_diffs(right, left) == []
    # another word in the same slot is still a rewording
    other = 'The chipmaker bought the start-up to enter the market for "minigrids".'
    assert quote_diffs(left, other) == [("microgrids", "minigrids")]


@pytest.mark.parametrize(
    ("american", "british"),
    [("behavior", "behaviour"), ("behavioral", "behavioural"), ("color", "colour"), ("organize", "organise")],
)
def test_a_quotation_in_british_spelling_is_no_rewording(american: str, british: str) -> None:
    left = f'"We have not seen {american} like this in the canyon in 30 years," the fire chief said.'
    right = f'"We have not seen {british} like this in the canyon in 30 years," the fire chief said.'
    assert quote_diffs(left, right) == []
    # another word in its place still is
    other = '"We have not seen anything like this in the canyon in 30 years," the fire chief said.'
    assert quote_diffs(left, other) != []


def test_a_quotation_framed_alike_with_its_middle_put_for_other_words_is_worded_two_ways() -> None:
    # "as an obstacle to be cleared rather than people with rights" / "as a problem to be managed
    # rather than people with rights" (ut284): first word and last words kept, the middle changed
    got = quote_diffs(
        'The judge said the council had treated the residents "as an irritant to be removed rather than'
        ' families with rights."',
        'The judge said the council had treated the residents "as a cost to be managed rather than families'
        ' with rights."',
    )
    assert got == [("an irritant", "a cost"), ("removed", "managed")]
    # near misses: two sayings of one speaker that begin and end alike, of two lengths
    assert (
        quote_diffs(
            'The coach said: "I cannot help but feel that the decision was simply wrong for the club."',
            'The coach said: "I feel if you take a decision like that, you take one that was simply'
            ' wrong for the club."',
        )
        == []
    )
    # ... and another quotation that only ends alike
    assert (
        quote_diffs(
            'The judge said the council had acted "with no thought for citizens with a voice."',
            'The mayor said the council had acted "in good faith towards citizens with a voice."',
        )
        == []
    )
