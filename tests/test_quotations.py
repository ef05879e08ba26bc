"""Quotations over several sentences (reader/facts/quotations.py), and a quotation whose
first or last words are replaced (reader/facts/compare_quotes.py)."""

from __future__ import annotations

import pytest

import reader
from reader import facts
from tests.test_facts_semantics import doc_diffs, flagged


def quotes(sentences: list[str]) -> list[list[tuple[str, str]]]:
    """Each sentence's quotes as (text, speaker)."""
    return [
        [(f.text, f.speaker) for f in fs if f.kind == "quote"] for fs in facts.extract_document(sentences)
    ]


# three sentences of one quotation in straight marks, the speaker named after the last
STRAIGHT = [
    '"The levee held for two nights.',
    "Nobody expected it to.",
    'We were lucky this time," said Harbour Master Ines Calloway, who has run the port since 2009.',
]


def test_each_sentence_of_a_quotation_in_straight_marks_is_a_quote() -> None:
    got = quotes(STRAIGHT)
    assert got[0] == [("The levee held for two nights", "")]
    assert got[1] == [("Nobody expected it to", "")]
    assert got[2] == [("We were lucky this time", "Harbour Master Ines Calloway")]


def test_the_attribution_between_two_quotations_is_no_quote() -> None:
    # the sentence begins inside a quotation: its first mark closes it, the next opens one
    sentences = [
        "“The budget is tight.",
        'We will cut where we must," said Councillor Amos Reyes, who called the plan "painful but fair."',
    ]
    got = quotes(sentences)[1]
    assert got == [("We will cut where we must", "Amos Reyes"), ("painful but fair", "")]


def test_a_quotation_reopened_at_a_new_paragraph_is_read_from_its_mark() -> None:
    # news leaves a quotation open at a paragraph's end and opens it again on the next
    sentences = ['"The water came in so fast.', '"We had no time to get out," said Lena Brandt.']
    assert quotes(sentences)[1] == [("We had no time to get out", "Lena Brandt")]


def test_an_inch_mark_opens_no_quotation() -> None:
    sentences = ["The 6'4\" centre scored twice.", 'Coach Mara Lind said "we got lucky" on Sunday.']
    got = quotes(sentences)
    assert got == [[], [("we got lucky", "Coach Mara Lind")]]


def test_a_mark_left_open_by_mistake_makes_no_quotation_of_what_follows() -> None:
    sentences = [
        '"A stray mark opens this sentence.',
        *[f"Plain sentence number {i} about the harbour." for i in range(3)],
        'The mayor said the repairs "could take a year" at least.',
    ]
    got = quotes(sentences)
    assert got[:4] == [[], [], [], []]
    assert got[4] == [("could take a year", "")]
    # an opening curly mark says it opens: its own sentence is a quote, the rest is not
    curly = quotes(["“A stray mark opens this sentence.", *sentences[1:]])
    assert curly[0] == [("A stray mark opens this sentence", "")] and curly[1:4] == [[], [], []]


def test_a_quotation_with_no_closing_mark_ever_carries_no_further() -> None:
    sentences = ['"The levee held.', *[f"Plain sentence number {i}." for i in range(10)]]
    assert not any(quotes(sentences))


def test_one_quotation_given_to_two_people_over_several_sentences_is_a_conflict() -> None:
    other = [*STRAIGHT[:2], STRAIGHT[2].replace("Harbour Master Ines Calloway", "Mayor Piet de Vries")]
    got = [d for d in doc_diffs(STRAIGHT, other, 2, 2) if d[0] == "speaker"]
    assert len(got) == 1 and "Calloway" in got[0][1] and "Vries" in got[0][2]
    back = [d for d in doc_diffs(other, STRAIGHT, 2, 2) if d[0] == "speaker"]
    assert len(back) == 1 and "Vries" in back[0][1] and "Calloway" in back[0][2]
    # the same speaker named another way is none
    same = [*STRAIGHT[:2], STRAIGHT[2].replace("Harbour Master Ines Calloway", "Calloway")]
    assert [d for d in doc_diffs(STRAIGHT, same, 2, 2) if d[0] == "speaker"] == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "“The board accepts that the audit was fair,” the chairman said.",
            "“The board accepts that the audit was flawed,” the chairman said.",
            [("fair", "flawed")],
        ),
    ],
)
def test_a_quotations_last_word_replaced_is_a_rewording(
    a: str, b: str, expected: list[tuple[str, str]]
) -> None:
    assert flagged(a, b, "quote") == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one excerpt goes on further: not a rewording
        (
            "“The board accepts that the audit was fair,” the chairman said.",
            "“The board accepts that the audit was fair and complete in every part,” the chairman said.",
        ),
        # where two excerpts start tells little ("As ..." / "I think ...")
        (
            "“Frankly, the new stadium will open on time,” the minister said.",
            "“Clearly, the new stadium will open on time,” the minister said.",
        ),
        # only a small word shared where the excerpts start ("the" lines / "the" meeting)
        (
            "The two offices said afterward that “the lines of communication remain open.”",
            "“There will be no further talks after the meeting, but lines of communication remain open,” "
            "the spokesman said.",
        ),
        # the end replaced by a longer run: another excerpt of the quotation
        (
            "“The board accepts that the audit was fair,” the chairman said.",
            "“The board accepts that the audit was carried out by an outside firm,” the chairman said.",
        ),
    ],
)
def test_an_excerpt_ending_elsewhere_is_no_rewording(a: str, b: str) -> None:
    assert flagged(a, b, "quote") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # British and American spellings of one spoken word
        (
            "“We realised the harbour wall would not hold the centre of the storm,” the captain said.",
            "“We realized the harbour wall would not hold the center of the storm,” the captain said.",
        ),
        # a number in words or in digits
        (
            "“There is a two-in-three chance the bridge reopens by the eleventh of May,” she said.",
            "“There is a 2 in 3 chance the bridge reopens by the 11th of May,” she said.",
        ),
        # "he's" is "he is"
        (
            "“I know he's a lifelong fan of the harbour races,” the skipper said.",
            "“I know he is a lifelong fan of the harbour races,” the skipper said.",
        ),
        # a title abbreviated by the writer, said in full by the speaker
        (
            "“I feel badly for General Ames and his family,” the mayor said on Monday.",
            "“I feel badly for Gen. Ames and his family,” the mayor said on Monday.",
        ),
        # the editor's words in parentheses, like those in brackets
        (
            "“The ferry immediately altered (its course) towards the drifting boat,” the officer said.",
            "“The ferry immediately altered towards the drifting boat,” the officer said.",
        ),
        # speech as transcribed and as written
        (
            "“We're gonna rebuild every single pier on this coast,” the governor said.",
            "“We're going to rebuild every single pier on this coast,” the governor said.",
        ),
        # a sum with its currency's sign or its word, its scale in full or on the figure (ut43)
        (
            "“We are looking at a $4.7 million hole in the harbour fund,” the treasurer said.",
            "“We are looking at a 4.7 million dollar hole in the harbour fund,” the treasurer said.",
        ),
        (
            "“We are looking at a €4.7 million hole in the harbour fund,” the treasurer said.",
            "“We are looking at a €4.7m hole in the harbour fund,” the treasurer said.",
        ),
    ],
)
def test_one_word_written_two_ways_is_no_rewording(a: str, b: str) -> None:
    assert flagged(a, b, "quote") == []


def test_another_word_is_still_a_rewording() -> None:  # the near miss of the above
    got = flagged(
        "“We realised the harbour wall would not hold the centre of the storm,” the captain said.",
        "“We feared the harbour wall would not hold the centre of the storm,” the captain said.",
        "quote",
    )
    assert got == [("realised", "feared")]


def test_another_currency_is_still_flagged() -> None:  # the near miss of the sums above
    left = "“We are looking at a $4.7 million hole in the harbour fund,” the treasurer said."
    # a sum in pounds: the amounts' rule shows the currency that slipped
    right = "“We are looking at a 4.7 million pound hole in the harbour fund,” the treasurer said."
    assert flagged(left, right, "amount") == [("$4.7 million", "4.7 million pound")]
    # rand after a scale is a currency the amounts' rule reads (stop 41) ...
    right = "“We are looking at a 4.7 million rand hole in the harbour fund,” the treasurer said."
    assert flagged(left, right, "amount") == [("$4.7 million", "4.7 million rand")]
    # ... a currency it does not read ("real" is a word too): the quote's wording shows it
    right = "“We are looking at a 4.7 million real hole in the harbour fund,” the treasurer said."
    assert flagged(left, right, "quote") == [("4.7 million hole", "4.7 million real hole")]


def test_a_plural_for_a_singular_is_a_rewording() -> None:
    # a quotation is the speaker's words as said: "duties" for "duty" changes them, and an
    # editor checking a quote wants to see it (a contraction, above, is the same words)
    got = flagged(
        "“Your conduct is incompatible with your duty as head of this board,” the letter said.",
        "“Your conduct is incompatible with your duties as head of this board,” the letter said.",
        "quote",
    )
    assert got == [("duty", "duties")]


def test_a_word_replaced_beside_a_small_shared_word_is_still_a_rewording() -> None:
    # "would" anchors the change: the words after it follow it on both sides
    got = flagged(
        "“Failing to pass this bill would materially increase the risk of a second downturn,” she said.",
        "The adviser said failure to pass it “would significantly increase the risk” of a downturn.",
        "quote",
    )
    assert got == [("materially", "significantly")]


def paragraph_quotes(paragraphs: list[list[str]]) -> list[list[tuple[str, str]]]:
    """Each sentence's quotes as (text, speaker), the sentences given by paragraph."""
    sentences = [s for p in paragraphs for s in p]
    numbers = [n for n, p in enumerate(paragraphs) for _ in p]
    found = facts.extract_document(sentences, numbers)
    return [[(f.text, f.speaker) for f in fs if f.kind == "quote"] for fs in found]


def test_a_quotation_over_paragraphs_covers_each_sentence_until_it_closes() -> None:
    got = paragraph_quotes(
        [
            ["“We will rebuild the harbour.", "It will take years.", "It will cost millions."],
            ["“But the town will recover,” said Mayor Ann Holt."],
        ]
    )
    assert got[:3] == [
        [("We will rebuild the harbour", "")],
        [("It will take years", "")],
        [("It will cost millions", "")],
    ]
    assert got[3] == [("But the town will recover", "Ann Holt")]


def test_a_quotation_left_open_ends_with_its_paragraph() -> None:
    # a curly mark says it opens: the rest of its paragraph is quoted, the next is not
    got = paragraph_quotes(
        [
            ["“That is not a process our courts know.", "It does not fit due process."],
            ["The judge adjourned."],
        ]
    )
    assert got == [[("That is not a process our courts know", "")], [("It does not fit due process", "")], []]


def test_a_closing_curly_mark_after_a_space_closes() -> None:
    got = quotes(["“We were worried about the storm.", "Worried, but ready ” she said."])
    assert got[1] == [("Worried, but ready", "")]


def test_a_short_quotation_with_one_word_changed_is_a_rewording() -> None:
    # five words, no run of three shared: the one word changed still shows
    got = flagged(
        "The report calls the budget a “recipe for gutting rural clinics,” the senator said.",
        "The report calls the budget a “recipe for closing rural clinics,” the senator said.",
        "quote",
    )
    assert got == [("gutting", "closing")]


def test_two_short_quotations_with_two_words_changed_stay_apart() -> None:  # the near miss
    got = flagged(
        "The report calls the budget a “recipe for gutting rural clinics,” the senator said.",
        "The report calls the budget a “plan for closing rural clinics,” the senator said.",
        "quote",
    )
    assert got == []


def test_two_quotations_with_no_word_in_common_are_no_rewording() -> None:
    got = flagged(
        "The mayor, asked about the harbour, said the plan was “entirely sound and overdue today.”",
        "The mayor, asked about the harbour, said the plan was “a reckless waste of money.”",
        "quote",
    )
    assert got == []


def test_one_quotation_each_side_quoting_more_around_it_is_still_compared() -> None:
    # the left opens earlier ("And I think"), the right goes on past an ellipsis: under a
    # quarter of either quote is outside the stretch both give, and a word inside differs
    left = (
        "“And I think the council has to use whatever legal powers are needed to recover the money"
        " that he took.”"
    )
    right = (
        "“The council has to use whatever legal means needed to recover the money he took … and the"
        " statute of limitations is no shield here,” the auditor added."
    )
    assert ("powers are", "means") in flagged(left, right, "quote")


def test_two_quotations_sharing_a_stock_phrase_are_no_rewording() -> None:  # the near miss
    left = "“The people of this county deserve to see the full audit,” she wrote."
    right = (
        "“Both the council and the people of this county deserve to judge the facts for themselves,” he said."
    )
    assert flagged(left, right, "quote") == []


def test_a_changed_word_beside_a_long_gap_is_an_excerpt() -> None:
    left = (
        "“The crew tried to escape but the cutter stopped the remaining three boats and carried out"
        " a search,” he said."
    )
    right = "“The crew tried to flee, and we searched them,” he said."
    assert flagged(left, right, "quote") == []


def test_a_rewording_note_quotes_the_words_as_written() -> None:
    # the comma stays, so the note can be searched for in the text
    from reader.facts import differences, extract

    a = "“In practice, the council’s so-called reform would really be a reform for nobody,” she said."
    b = "“In reality, the council’s so-called reform would really be a reform for nobody,” she said."
    notes = [d.note for d in differences(extract(a), extract(b), a, b) if d.kind == "quote"]
    assert notes == ["quote worded two ways: “In practice, the” vs “In reality, the”"]


def test_the_first_word_of_a_quotation_put_for_another_is_a_rewording() -> None:  # ut174
    left = "“Weekends are the real problem for the service in the valley,” Diaz said on Monday."
    right = "“Weekdays are the real problem for the service in the valley,” she said."
    notes = [d.difference.note for d in reader.compare(left, right).disagreements()]
    assert notes == ["quote worded two ways: “Weekends are” vs “Weekdays are”"]
    # near miss: a joint opening the quotation is no claim of the speaker's
    joint = [
        left.replace("“Weekends are", "“Then weekends are"),
        right.replace("“Weekdays are", "“And weekends are"),
    ]
    assert [d.difference.kind for d in reader.compare(*joint).disagreements()] == []


def test_a_speaker_s_age_set_off_by_commas_before_the_verb_keeps_the_speaker() -> None:
    # ut254: '"We did not pay and we will not pay," chief executive Mark Whitfield, 61, said'
    (q,) = [
        f
        for f in facts.extract('"We will rebuild," chief executive Lena Moss, 58, said on Friday.')
        if f.kind == "quote"
    ]
    assert q.speaker == "Lena Moss"
    # near miss: a figure of the sentence that is no apposition makes no speaker of what follows
    (q,) = [
        f
        for f in facts.extract('"We will rebuild," the firm said, adding that 58 staff would stay.')
        if f.kind == "quote"
    ]
    assert q.speaker == ""


def test_a_country_and_its_capital_or_people_speak_as_one_state() -> None:
    # ut259: "The Belarusian foreign ministry said ... 'on humanitarian grounds'" / "Minsk's foreign
    # ministry said ...": one state speaks, by its people's adjective and by its capital
    left = (
        'The Kenyan foreign ministry said the release was agreed "on purely humanitarian grounds" on Friday.'
    )
    right = 'Nairobi\'s foreign ministry said the release was agreed "on purely humanitarian grounds".'
    assert [d.difference.kind for d in reader.compare(left, right).disagreements()] == []
    assert [d.difference.kind for d in reader.compare(right, left).disagreements()] == []
    # near miss: another country's capital is another speaker
    other = 'Kampala\'s foreign ministry said the release was agreed "on purely humanitarian grounds".'
    assert [d.difference.kind for d in reader.compare(left, other).disagreements()] == ["speaker"]
