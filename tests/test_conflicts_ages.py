"""Ages set off by commas after a name ("Robert Buckley, 32,"): found as ages, compared with
the ages of the same person only, in a link and across the articles.

Every sentence here is made up for the test (other events, other outlets' styles); each
case runs with the sides swapped, and each rule has a near miss.
"""

from __future__ import annotations

import pytest

from reader.facts import extract
from tests.mirror import Found, cross_of_kind
from tests.mirror import both_ways as mirrored
from tests.test_conflicts_guards import both_ways as in_a_link
from tests.test_conflicts_twins import shown


def across(left: list[str], right: list[str]) -> Found:
    return mirrored(cross_of_kind("age"), left, right)


def ages(text: str) -> list[tuple[str, float]]:
    return [(f.text, float(f.value)) for f in extract(text) if f.kind == "age"]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marta Kowalski, 41, was pulled from the river by a fisherman.", [("41", 41.0)]),
        (
            "The victims were Ana Ruiz, 19; Tomas Ruiz, 22; and Eva Stone, 60, all of Leeds.",
            [("19", 19.0), ("22", 22.0), ("60", 60.0)],
        ),
        ("The suspect, Carl Dunn Jr., 56, of Tulsa, was held.", [("56", 56.0)]),
        ("Pablo Vidal, 20 and Hugo Vidal, 24, were charged.", [("20", 20.0), ("24", 24.0)]),
        ("Jane Okoro (31) was named chief of the harbour board.", [("31", 31.0)]),
        ("The pilot, 41, ejected before the crash.", [("41", 41.0)]),  # a noun for a person
        # an age after "of" (ut266, ut263): "at the age of 35", "a girl of 16,"
        ("The poet died in Lisbon in 1935 at the age of 47.", [("47", 47.0)]),
        ("Rescuers found a boy of 9, who had been trapped for two days.", [("9", 9.0)]),
        # ... or "was" it when a person did a thing (ut264)
        ("The queen was 25 when she came to the throne.", [("25", 25.0)]),
        ("Lindqvist was 61 at his retirement in 2019.", [("61", 61.0)]),
    ],
)
def test_an_age_after_a_name_is_an_age(text: str, expected: list[tuple[str, float]]) -> None:
    assert ages(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Last Friday, 1,300 nurses walked out of the hospital.",  # a count after a day
        "The patch covers Office 2010, 2013, and 2016 on Windows 7, 8, and 10.",  # a list of versions
        "Update Viewer, 7, 8 and 9 are supported.",  # a list
        "On Tuesday, 12, the council met.",  # a day is no person
        "In Leeds, 40 people were evacuated.",  # a count, not followed by a comma
        # near misses of an age after "of": a mother's children, a man's years of service, a group
        "The victim, a mother of 12, was named on Friday.",
        "A man of 30 years' service at the mill was honoured.",
        "A group of 30 protesters gathered outside.",
        "The score was 74 when the lights failed.",  # no person's act after "when"
    ],
)
def test_a_figure_after_a_comma_is_no_age_unless_set_off_after_a_name(text: str) -> None:
    assert ages(text) == []


def test_an_age_after_of_against_one_told_otherwise_conflicts_in_a_link() -> None:
    # ut266: "died ... at the age of 35" / "was killed ..., aged 37", a link the words leave weak
    left = "The sculptor died at her studio in Porto in June 1988 at the age of 52."
    right = "The artist was found dead in her Porto studio in June 1988, aged 57."
    assert shown(left, right) == [("age", "52", "aged 57")]
    assert shown(right, left) == [("age", "aged 57", "52")]


def test_one_persons_age_told_two_ways_across_the_articles() -> None:
    left = ["Marta Kowalski, 41, was pulled from the river by a fisherman near the weir on Sunday."]
    right = ["A fisherman pulled 42-year-old Marta Kowalski from the river near the weir."]
    assert across(left, right) == [(0, 0, "41", "42-year-old")]
    # both set off by commas
    right = ["Police said Marta Kowalski, 43, had been swept away near the weir."]
    assert across(left, right) == [(0, 0, "41", "43")]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param(  # a husband and his wife share a surname
            "Officer Daniel Reyes, 44, was shot while answering a call on Elm Street.",
            "“I just want it to be over,” said 42-year-old Maria Reyes, the officer's wife, on Elm Street.",
            id="two-given-names",
        ),
        pytest.param(  # the same surname, ages a generation apart
            "Reyes, 44, had served on the force for twenty years before he was shot on Elm Street.",
            "“I just want it to be over,” said 16-year-old Mateo Reyes, whose father was shot on Elm Street.",
            id="a-generation-apart",
        ),
        pytest.param(  # the wife of a man named in the possessive
            "Samuel Pratt, 61, led the sect from a ranch outside the town for a decade.",
            "The jury heard from Samuel Pratt's 59-year-old wife about the ranch outside the town.",
            id="possessive",
        ),
    ],
)
def test_ages_of_two_people_of_one_name_are_no_conflict(left: str, right: str) -> None:
    assert across([left], [right]) == []


def test_in_a_link_an_age_after_a_name_compares_with_that_name_only() -> None:
    named = "Paul Riva, 47, and Alan Stein, 48, were treated at the county hospital, police said."
    other = "A 45-year-old woman and two men were treated at the county hospital, police said."
    assert in_a_link(named, other) == []
    # near miss: the same man's age told two ways
    assert in_a_link(
        "Paul Riva, 47, was treated at the county hospital, police said.",
        "Paul Riva, 49, was treated at the county hospital, police said.",
    ) == [("age", "47", "49")]
    assert in_a_link(
        "Paul Riva, 47, was treated at the county hospital, police said.",
        "The 46-year-old Paul Riva was treated at the county hospital, police said.",
    ) == [("age", "47", "46-year-old")]


@pytest.mark.parametrize(
    "text",
    [
        "The chamber split Democrats, 51, Republicans, 49, on the road bill.",  # seats, not ages
        "At the break it was Rovers, 3; United, 2.",  # a score
        "The delegates were counted by state: Ohio, 18, and Florida, 29.",  # places
    ],
)
def test_a_figure_after_a_party_team_or_place_is_no_age(text: str) -> None:
    assert ages(text) == []


def test_one_persons_age_far_apart_is_a_conflict_when_both_name_the_person() -> None:
    # a digit swap is a classic slip: 54 / 45 is one person's age told two ways
    assert in_a_link(
        "Mayor Ines Dalton, 54, resigned on Monday after the audit of the harbour fund.",
        "Mayor Ines Dalton, 45, resigned on Monday after the audit of the harbour fund.",
    ) == [("age", "54", "45")]
    assert in_a_link(
        "The 54-year-old Dalton resigned on Monday after the audit of the harbour fund.",
        "The 45-year-old Dalton resigned on Monday after the audit of the harbour fund.",
    ) == [("age", "54-year-old", "45-year-old")]
    # the name before an apposition that tells the age: "Ines Dalton, a 54-year-old lawyer"
    assert in_a_link(
        "Ines Dalton, a 54-year-old lawyer, resigned on Monday after the audit of the harbour fund.",
        "Ines Dalton, a 45-year-old lawyer, resigned on Monday after the audit of the harbour fund.",
    ) == [("age", "54-year-old", "45-year-old")]
    # near miss: an apposition of another person of the family far apart in age
    assert (
        in_a_link(
            "Ines Dalton, a 54-year-old lawyer, spoke on Monday after the audit of the harbour fund.",
            "Her son Tom Dalton, a 19-year-old student, spoke on Monday after the audit of the harbour fund.",
        )
        == []
    )
    # near miss: a named man and a child told of by no name are two people
    assert (
        in_a_link(
            "Twenty-year-old Omar Haddad was charged with firing from the roof on Tuesday night.",
            "An 11-year-old girl was hurt by the firing from the roof on Tuesday night, police said.",
        )
        == []
    )


def _document_ages(sentences: list[str]) -> list[tuple[int, str]]:
    from reader.facts import extract_document

    return [(i, f.text) for i, fs in enumerate(extract_document(sentences)) for f in fs if f.kind == "age"]


def test_a_surname_alone_takes_an_age_when_the_article_names_that_person() -> None:
    got = _document_ages(
        [
            "Rescuers pulled Marta Kowalski from the river on Sunday.",
            "Kowalski, 41, had been swimming with friends, police said.",
        ]
    )
    assert got == [(1, "41")]


def test_a_surname_alone_takes_an_age_when_the_article_names_that_person_as_an_owner() -> None:
    got = _document_ages(  # "Governor Ana Reyes's Liberal Party": Reyes is a person the article names (ut299)
        [
            "Governor Ana Reyes's Liberal Party drew criticism from the opposition on Monday.",
            "Reyes, 49, told reporters the plan would not raise taxes.",
        ]
    )
    assert got == [(1, "49")]
    # ... and the person a country owns stays known ("Australia's Maddie Thornbury", ut294)
    got = _document_ages(["Australia's Nadia Petrov took silver.", "Petrov, 19, said she had no regrets."])
    assert got == [(1, "19")]


def test_a_surname_alone_that_names_no_person_takes_no_age() -> None:  # the near miss
    got = _document_ages(
        [
            "Rovers beat the visitors in the cup on Sunday.",
            "Rovers, 3, were never in doubt, the coach said.",
        ]
    )
    assert got == []


def test_the_ages_of_a_surname_alone_conflict_across_two_accounts() -> None:
    import reader

    left = "Rescuers pulled Marta Kowalski from the river on Sunday. Kowalski, 41, had been swimming."
    right = "Rescuers pulled Marta Kowalski from the river on Sunday. Kowalski, 44, had been swimming."
    found = [
        (d.left, d.right) for k in reader.compare(left, right).links for d in k.differences if d.kind == "age"
    ]
    back = [
        (d.left, d.right) for k in reader.compare(right, left).links for d in k.differences if d.kind == "age"
    ]
    assert found == [("41", "44")] and back == [("44", "41")]


def test_a_tally_of_surnames_with_figures_takes_no_age() -> None:  # the near miss of a list
    got = _document_ages(
        [
            "Councillor Jack Ames spoke before the vote on Monday.",
            "Ames, 12, Brook, 10, and Hale, 3 were the wards' votes.",
        ]
    )
    assert got == []


def test_an_age_set_off_after_a_noun_for_a_person_is_an_age() -> None:
    assert ages("A woman, 52, was taken to hospital after the fire.") == [("52", 52.0)]
    assert ages("Police said the suspect (19) fled on foot.") == [("19", 19.0)]
    # near misses: a score after a team, an item of a list
    assert ages("The Lakers, 104, beat the Suns on Friday.") == []
    assert ages("Items 4, 5 and 6 were removed.") == []


def test_one_persons_age_told_two_ways_after_the_same_noun_conflicts_far_apart_too() -> None:
    # digits swapped: the same man, one age written wrong
    assert [
        (a, b)
        for _, a, b in in_a_link(
            "The driver, 27, was arrested at the scene by officers on Sunday.",
            "The driver, 72, was arrested at the scene by officers on Sunday.",
        )
    ] == [("27", "72")]
    # two people: a mother and her son are no one bearer
    assert (
        in_a_link(
            "The mother, 47, was arrested at the scene by officers on Sunday.",
            "The son, 17, was arrested at the scene by officers on Sunday.",
        )
        == []
    )


def test_two_people_named_by_one_noun_far_apart_in_age_are_two_people() -> None:
    # police copy: "a man, 34," was stabbed, "a man, 19," was arrested
    assert (
        in_a_link(
            "A man, 34, was stabbed outside a pub in Leeds on Saturday night and a man, 19, was held.",
            "A man, 19, was held after a stabbing outside a pub in Leeds on Saturday night.",
        )
        == []
    )


def test_one_age_before_the_same_noun_told_on_alike_conflicts_far_apart() -> None:
    # a rewrite's slip: the same unnamed man, the same words after his age
    assert in_a_link(
        "Officers said a 45-year-old man from Leeds was detained on Friday after a chase.",
        "Officers said a 54-year-old man from Leeds was detained on Friday after a chase.",
    ) == [("age", "45-year-old", "54-year-old")]
    # near miss: the same noun, but told on otherwise (one man held, another hurt)
    assert (
        in_a_link(
            "Officers said a 19-year-old man was detained near the harbour on Friday.",
            "Officers said a 45-year-old man was hurt near the harbour on Friday.",
        )
        == []
    )


def test_a_short_sentence_told_alike_around_its_age_conflicts_far_apart() -> None:
    # a rewrite's slip in a sentence that ends three words after the age: the words before
    # it read alike too
    assert in_a_link(
        "The cyclist was a 27-year-old nurse from Hull.",
        "The cyclist was a 72-year-old nurse from Hull.",
    ) == [("age", "27-year-old", "72-year-old")]
    # near miss: the same words after, but two people before ("the driver" / "the cyclist")
    assert (
        in_a_link(
            "The driver was a 19-year-old nurse from Hull.",
            "The cyclist was a 72-year-old nurse from Hull.",
        )
        == []
    )


def test_a_surname_alone_after_an_opening_phrase_takes_an_age() -> None:
    got = _document_ages(
        [
            "Rescuers pulled Marta Kowalski from the river on Sunday.",
            "By the time help came, Kowalski, 41, had been in the water for an hour.",
            "On Monday, Rovers, 3, were never in doubt.",  # no person of that name: no age
        ]
    )
    assert got == [(1, "41")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kowalski, who is 41, declined to comment.", [("41", 41.0)]),
        ("The skipper, who turned 70 on Monday, still sails daily.", [("70", 70.0)]),
        ("Ames, who was 12 when the mill closed, remembers it.", []),  # no set-off age: a clause
        ("Those who are 18 or older may vote.", []),
        ("The fund, which is 41 years old, closed.", [("41 years old", 41.0)]),
    ],
)
def test_an_age_in_a_clause_of_its_own_is_an_age(text: str, expected: list[tuple[str, float]]) -> None:
    assert ages(text) == expected


def test_ages_in_a_clause_of_their_own_conflict() -> None:
    import reader

    left = "Rescuers pulled Marta Kowalski from the river on Sunday. Kowalski, who is 41, was swimming alone."
    right = (
        "Rescuers pulled Marta Kowalski from the river on Sunday. Kowalski, who is 44, was swimming alone."
    )
    found = [
        (d.left, d.right) for k in reader.compare(left, right).links for d in k.differences if d.kind == "age"
    ]
    assert found == [("41", "44")]


def test_the_oldest_or_youngest_of_a_group_is_one_person() -> None:  # ut174
    left = "The oldest victim was a 93-year-old man who drowned in his cellar in Faenza."
    right = "The oldest victim, an 83-year-old man, drowned in his cellar in Faenza."
    assert [(k, a, b) for k, a, b in in_a_link(left, right) if k == "age"] == [
        ("age", "93-year-old", "83-year-old")
    ]
    # near miss: the oldest and the youngest are two people
    other = "The youngest victim, an 83-year-old man, drowned in his cellar in Faenza."
    assert [k for k, _, _ in in_a_link(left, other) if k == "age"] == []


def test_far_apart_ages_of_one_noun_in_one_place_are_one_person() -> None:  # ut172
    left = "The storm killed a 64-year-old woman in Redmond who was hit by a falling branch, police said."
    right = "A 46-year-old woman was killed in Redmond when a branch fell on her, police said."
    assert [(k, a, b) for k, a, b in in_a_link(left, right) if k == "age"] == [
        ("age", "64-year-old", "46-year-old")
    ]
    # near miss: a woman and a boy in one place are two people
    other = "A 16-year-old boy was killed in Redmond when a branch fell on him, police said."
    assert [k for k, _, _ in in_a_link(left, other) if k == "age"] == []


def test_the_age_of_one_office_told_two_ways_far_apart_conflicts() -> None:
    # "the 52-year-old director of the importing company" / "the importer's 62-year-old
    # director": an office has one holder in a story (ut229)
    got = in_a_link(
        "Customs officers detained the 47-year-old director of the shipping firm and two of his staff.",
        "Customs officers held the shipper's 57-year-old director and two of his staff.",
    )
    assert [(k, a, b) for k, a, b in got if k == "age"] == [("age", "47-year-old", "57-year-old")]
    # a noun of anyone, far apart in age, may be two people (near miss)
    anyone = in_a_link(
        "Customs officers detained a 47-year-old man from the shipping firm and two of his staff.",
        "Customs officers held a 57-year-old man from the shipper and two of his staff.",
    )
    assert [k for k, _, _ in anyone if k == "age"] == []


def test_an_age_in_an_apposition_after_its_own_words_is_the_names() -> None:
    # "Mikhail Orlov, a retired teacher aged 77" / "a 72-year-old retired teacher" (ut240)
    got = shown(
        "Among the injured was Ilse Brandt, an 81-year-old retired nurse who lives near the dyke.",
        "Ilse Brandt, a retired nurse aged 84, was injured near the dyke.",
    )
    assert [(k, a, b) for k, a, b in got if k == "age"] == [("age", "81-year-old", "aged 84")]
    # near miss: past "of" the apposition turns to someone else, a child
    child = shown(
        "Ilse Brandt, the mother of a 7-year-old boy, said the dyke had held.",
        "Ilse Brandt, 34, said the dyke had held.",
    )
    assert [k for k, _, _ in child if k == "age"] == []


def test_a_name_after_a_preposition_is_no_bearer_of_the_age_before_it() -> None:
    # "The 27-year-old pulled away from Ethiopia's Tadese Worku" / "The 29-year-old Mutai broke
    # clear of ... Worku": the one he beat is no bearer of his age (ut241)
    got = shown(
        "The 24-year-old pulled away from Norway's Jakob Lund on the final climb to win the stage.",
        "The 26-year-old Moreau pulled away from Jakob Lund of Norway on the final climb to win.",
    )
    assert [(k, a, b) for k, a, b in got if k == "age"] == [("age", "24-year-old", "26-year-old")]
    # near miss: a name right after the age is its bearer, and two names are two people
    two = shown(
        "The 24-year-old Moreau pulled clear on the final climb to win the stage.",
        "The 26-year-old Lund pulled clear on the final climb to win the stage.",
    )
    assert [k for k, _, _ in two if k == "age"] == []


def test_a_place_opening_the_sentence_bears_no_age() -> None:
    # "In Birmingham, a 19-year-old driver" / "A 17-year-old ... in Birmingham" (ut190)
    got = shown(
        "In Leeds, a 19-year-old cyclist was fined 400 pounds for riding on the pavement.",
        "A 17-year-old cyclist in Leeds was fined 400 pounds for riding on the pavement.",
    )
    assert [(k, a, b) for k, a, b in got if k == "age"] == [("age", "19-year-old", "17-year-old")]


def test_an_age_in_months_or_weeks_is_an_age() -> None:
    # a baby's age: valued in years, so twelve months and one year are one age
    assert ages("A 9-month-old boy was flown to the children's hospital in Bristol.") == [
        ("9-month-old", 0.75)
    ]
    assert in_a_link(
        "A 7-month-old boy was flown to the children's hospital in Bristol on Monday.",
        "A 6-month-old boy was airlifted to the children's hospital in Bristol on Monday.",
    ) == [("age", "7-month-old", "6-month-old")]
    # near miss: one age in two units
    assert (
        in_a_link(
            "A 12-month-old girl was flown to the children's hospital in Bristol on Monday.",
            "A 1-year-old girl was airlifted to the children's hospital in Bristol on Monday.",
        )
        == []
    )


def test_an_office_with_of_before_a_name_keeps_the_name_as_the_bearer() -> None:
    # "Secretary of Labor Margaret Hollins, 58," is Hollins: the "of" is the office's (ut257)
    assert shown(
        "Minister of Fisheries Tomas Varga, 61, opened the new harbour wall in Split.",
        "Fisheries Minister Tomas Varga, 64, opened the rebuilt harbour wall in Split.",
    ) == [("age", "61", "64")]
    # near miss: two people of one surname
    assert (
        shown(
            "Minister of Fisheries Tomas Varga, 61, opened the new harbour wall in Split.",
            "Fisheries Minister Anna Varga, 64, opened the rebuilt harbour wall in Split.",
        )
        == []
    )


def test_the_age_of_a_surname_spelled_two_ways_is_one_persons() -> None:
    # one given name, the surname a letter apart: the slip is flagged, and the age compared (ut258)
    got = shown(
        "The ferry's captain, Henrik Mattsson, 52, said the engine failed twice.",
        "Captain Henrik Matsson, 55, said the engine had failed twice.",
    )
    assert ("age", "52", "55") in got
    # near miss: another given name before the near surname is someone else
    other = shown(
        "The ferry's captain, Henrik Mattsson, 52, said the engine failed twice.",
        "Captain Erik Matsson, 55, said the engine had failed twice.",
    )
    assert [k for k, _, _ in other if k == "age"] == []


def test_far_apart_ages_of_one_noun_told_on_in_other_words_are_one_persons() -> None:
    # "a 27-year-old woman who suffered burns to her arms" / "a 37-year-old woman with burns to
    # her arms" (ut256): the words after the noun tell what befell one person
    got = in_a_link(
        "Two hikers were airlifted on Saturday, one of them a 24-year-old man who suffered a broken ankle.",
        "Two hikers were flown out on Saturday, including a 42-year-old man with a broken ankle.",
    )
    assert [(k, a, b) for k, a, b in got if k == "age"] == [("age", "24-year-old", "42-year-old")]
    # near miss: the same words around, but two acts done to two men (one stabbed, one arrested)
    assert (
        in_a_link(
            "Police said a 45-year-old man was stabbed outside the pub shortly after midnight.",
            "Police said a 19-year-old man was arrested outside the pub shortly after midnight.",
        )
        == []
    )


def test_an_age_after_the_role_set_off_behind_a_name_is_the_names() -> None:
    # "Markus Oberholzer, Helvion's chief executive, 56," / "Markus Oberholzer, 58," (ut276)
    assert ages("Ingrid Solberg, the ferry company's managing director, 61, resigned on Friday.") == [
        ("61", 61.0)
    ]
    assert ages("Ingrid Solberg, the port authority's chair, 61, resigned on Friday.") == [("61", 61.0)]
    got = shown(
        "Harbour board chief executive Ingrid Solberg, 61, said the ferry route would close in March.",
        "Ingrid Solberg, the harbour board's chief executive, 64, said the ferry route would close in March.",
    )
    assert [(k, a, b) for k, a, b in got if k == "age"] == [("age", "61", "64")]
    # near miss: a figure after words that are no role is no age ("Bergen, the second city, 3,")
    assert ages("The ferry stops at Bergen, the second stop, 3, and Alesund.") == []
    # ... and the same age told both ways is none
    same = shown(
        "Harbour board chief executive Ingrid Solberg, 61, said the ferry route would close in March.",
        "Ingrid Solberg, the harbour board's chief executive, 61, said the ferry route would close in March.",
    )
    assert [k for k, _, _ in same if k == "age"] == []
