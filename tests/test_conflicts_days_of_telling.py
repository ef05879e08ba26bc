"""The day a speaker spoke, told to listeners somewhere ("told reporters in Geneva on Tuesday"),
against the day the other side gives the same speaker, set off by commas ("Its spokeswoman, Lea
Brandt, said on Wednesday").  Sentences of our own, both ways round, with near misses."""

from __future__ import annotations

from tests.mirror import flags


def test_the_day_of_one_statement_told_two_ways_is_a_conflict() -> None:
    left = "Agency spokeswoman Lea Brandt told reporters in Geneva on Tuesday that vaccine stocks would last."
    right = "Its spokeswoman, Lea Brandt, said on Wednesday that vaccine stocks would last."
    assert ("day", "Tuesday", "Wednesday") in flags(left, right)


def test_two_speakers_on_two_days_are_no_conflict() -> None:
    left = "Agency spokeswoman Lea Brandt told reporters in Geneva on Tuesday that vaccine stocks would last."
    right = "The health minister, Omar Haddad, said on Wednesday that the vaccine stocks would run out."
    assert [k for k, _, _ in flags(left, right) if k == "day"] == []


def test_two_subjects_each_with_an_age_take_their_ages() -> None:
    from reader import compare

    left = (
        "Defending champion Ivan Petrov lost his title to Sam Adeyemi in Lagos on Saturday.\n\n"
        "Petrov, 33, suffered only the third defeat of his career."
    )
    right = (
        "Sam Adeyemi took the title from Ivan Petrov in Lagos on Saturday.\n\n"
        "Adeyemi, 27, is now unbeaten in 19 fights, while Petrov, 35, has lost three times."
    )
    notes = [d.difference.note for d in compare(left, right).disagreements()]
    assert "age: 33 vs 35" in notes


def test_a_list_of_places_with_counts_is_no_pair_of_ages() -> None:
    from reader.facts import extract_document

    doc = extract_document(
        ["Governor Ana Lima visited the towns.", "Lima, 12, Bento, 9, and Sousa, 4, reported cases."]
    )
    assert [f.kind for f in doc[1] if f.text in ("12", "9", "4")] == ["number", "number", "number"]
