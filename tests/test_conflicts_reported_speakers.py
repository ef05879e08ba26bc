"""Reported speech given to another person (ut123, a hotels desk: "Carvalho said the board would
spend 8.5 million euros next year on marketing" / "Ferreira said the board would put €8.5
million into marketing next year" passed, shown only as two one-sided names).  Articles of our
own, each compared both ways round."""

from __future__ import annotations

from tests.test_conflicts_parts import flagged

_LEFT = (
    "Harbour board sets out plans.\n\n"
    "The harbour board met in Tromso on Monday to agree its budget for next year. "
    "Board chair Ingrid Solberg opened the meeting with a warning about falling cruise calls. "
    "Finance director Erik Hansen said the board would spend 4.2 million crowns on dredging the "
    "northern channel next spring. "
    "Solberg said the vote on the budget would be held in March."
)
_RIGHT = (
    "Harbour board sets out plans.\n\n"
    "Meeting in Tromso on Monday, the harbour board agreed its budget for next year. "
    "Ingrid Solberg, the board's chair, opened with a warning about falling cruise calls. "
    "Solberg said the board would put 4.2 million crowns into dredging the northern channel next "
    "spring. "
    "Finance director Erik Hansen said the budget vote would be held in March."
)


def test_one_statement_given_to_another_person_both_articles_name_conflicts() -> None:
    assert flagged(_LEFT, _RIGHT) == [("name", "Erik Hansen", "Solberg"), ("name", "Solberg", "Erik Hansen")]
    assert flagged(_LEFT, _LEFT) == []


# the March vote, still given to the other person in each near miss below
_VOTE = [("name", "Solberg", "Erik Hansen")]


def test_a_speaker_one_article_never_names_is_no_conflict() -> None:
    # two outlets may report two people saying alike: a slip needs a person both articles know
    right = _RIGHT.replace(
        "Solberg said the board would put", "Deputy mayor Per Lunde said the board would put"
    )
    assert flagged(_LEFT, right) == _VOTE


def test_two_statements_of_two_people_are_no_conflict() -> None:
    right = _RIGHT.replace(
        "Solberg said the board would put 4.2 million crowns into dredging the northern channel next spring.",
        "Solberg said cruise lines had been told of the new fees in a letter last week.",
    )
    assert flagged(_LEFT, right) == _VOTE


def test_the_speaker_before_two_asides_is_the_name_that_opens_the_clause() -> None:
    # "Name, a post at a body, a description of the body, said:": the person speaks, not the body
    # named inside the first aside (ut202: "the Center for Platform Accountability, a Washington nonprofit")
    from reader.facts import extract_document

    said = (
        'Ana Ruiz, research director at the Institute for Media Law, a Boston nonprofit, said: "The'
        ' rules came too late for most families."'
    )
    assert [f.speaker for f in extract_document([said])[0] if f.kind == "quote"] == ["Ana Ruiz"]
    # the same words given to the same person on the other side are no other speaker
    other = '"The rules came too late for most families," said Ana Ruiz of the Institute for Media Law.'
    assert [d for d in flagged(said, other) if d[0] == "speaker"] == []


def test_the_place_a_body_is_based_in_is_no_speaker() -> None:
    # "The company, based in Dayton, Ohio, said ..." / "The Dayton, Ohio-based company said ...":
    # the state names where the company is, not who speaks (ut223)
    assert (
        flagged(
            'The company, based in Dayton, Ohio, said that it had "acted in good faith throughout."',
            'The Dayton, Ohio-based company said it had "acted in good faith throughout."',
        )
        == []
    )
    # a person set off by commas after the place they spoke in still speaks (near miss)
    assert flagged(
        'Speaking in Lyon, Durand, the trade minister, said the deal was "a good day for farmers."',
        'Moreau said the deal was "a good day for farmers."',
    ) == [("speaker", "Durand", "Moreau")]


def test_a_name_that_ends_an_opening_phrase_is_not_the_described_speaker() -> None:
    # "In a statement issued by the Falcons, the winger said: ..." : the winger speaks, unnamed;
    # the club only issued the statement (ut230)
    assert (
        flagged(
            '"I never meant to hurt anyone out there," Adeyemi said in a statement released by his club.',
            'In a statement issued by the Falcons, the winger said "I never meant to hurt anyone out there."',
        )
        == []
    )


def test_a_name_in_an_aside_after_an_owners_noun_is_the_speaker() -> None:
    # "Kovalenko's coach, former player Mark Whitfield, said": the coach speaks, named in the
    # aside; the owner before it does not (ut222)
    from reader.facts import extract_document

    said = 'Oduya\'s coach, former sprinter Tom Reyes, said the medal was "the reward for years of work."'
    assert [f.speaker for f in extract_document([said])[0] if f.kind == "quote"] == ["Tom Reyes"]
    # an aside that opens with other words after a name that owns nothing still hands back the
    # name before it (near miss: "Smith, a lawyer for Jones, said")
    plain = 'Ana Ruiz, a lawyer for the families, said the ruling was "a long time coming."'
    assert [f.speaker for f in extract_document([plain])[0] if f.kind == "quote"] == ["Ana Ruiz"]


def test_a_speaker_after_said_and_a_possessive_relation_is_named() -> None:
    # '"...," said his former teammate Enrique Salvador': the relation after a possessive, no
    # comma, before the name (ut293); near miss: a possessive with no name after it speaks for no one
    from reader.facts import extract_document

    said = '"He never missed a training session," said his former teammate Jonas Lindqvist.'
    assert [f.speaker for f in extract_document([said])[0] if f.kind == "quote"] == ["Jonas Lindqvist"]
    unnamed = '"We will appeal the ruling," said their lawyer, who declined to be named.'
    assert [f.speaker for f in extract_document([unnamed])[0] if f.kind == "quote"] == [""]
