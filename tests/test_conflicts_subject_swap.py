# ruff: noqa: E501  (sentence pairs read best one per line)
"""One act told of two people both articles know (reader.facts.subject_swap).

Sentences made up for the test, each case checked both ways round."""

from __future__ import annotations

import reader

WIRE = (
    "The harbour board met on Monday to discuss the ferry delays. "
    "Councillor Ana Ruiz of Dalton, the board's longest-serving member, also criticised the ferry"
    " operator for the cancelled winter crossings. "
    "Mr. Tom Brandt, the board's chairman, opened the meeting at noon."
)
REWRITE = (
    "The harbour board met on Monday to discuss the ferry delays. "
    "Mr. Brandt, the chairman, also criticised the ferry operator for the cancelled winter crossings. "
    "Councillor Ana Ruiz closed it."
)


def _who(left: str, right: str) -> list[tuple[str, str]]:
    def get(a: str, b: str) -> list[tuple[str, str]]:
        c = reader.compare(a, b)
        return [(d.left, d.right) for k in c.links for d in k.differences if d.note.startswith("who did it")]

    there = get(left, right)
    assert get(right, left) == [(b, a) for a, b in there]
    return there


def test_one_act_given_to_another_person_both_articles_name_conflicts() -> None:
    assert _who(WIRE, REWRITE) == [("Councillor Ana Ruiz of Dalton", "Mr. Brandt")]


def test_an_act_of_a_person_one_article_never_names_is_two_acts() -> None:
    # the rewrite never names Ruiz: two accounts may tell what two people did
    rewrite = REWRITE.replace(" Councillor Ana Ruiz closed it.", "")
    assert _who(WIRE, rewrite) == []


def test_a_name_that_is_not_the_subject_or_a_short_common_end_is_no_swap() -> None:
    left = "The board met on Monday. They thanked Ana Ruiz for the report. Tom Brandt spoke."
    right = "The board met on Monday. They thanked Tom Brandt for the report. Ana Ruiz spoke."
    assert _who(left, right) == []
    left = "The board met on Monday. Ana Ruiz said so. Tom Brandt agreed."
    right = "The board met on Monday. Tom Brandt said so. Ana Ruiz agreed."
    assert _who(left, right) == []  # "said so": two words are no act


def test_a_surname_alone_of_a_person_both_articles_name_is_a_subject() -> None:
    """ut35, an elections desk: "Okafor won Ward 3" / "Castellanos won Ward 3" -- a surname
    alone at the start of a sentence is a person when its article names that person in full."""
    intro = "Mayor Lena Hart faced challenger Omar Quist in the city's runoff on Tuesday. "
    left = intro + "Hart carried the northern district by about 900 votes. Quist won the port."
    right = intro + "Quist carried the northern district by about 900 votes. Hart won the port."
    assert _who(left, right) == [("Hart", "Quist")]
    # a capitalised word at the start that no one in the story is called: no person
    left = intro + "Harbor carried the northern district by about 900 votes."
    right = intro + "Quist carried the northern district by about 900 votes."
    assert _who(left, right) == []


def test_one_person_put_for_another_by_surname_is_a_conflict() -> None:
    """ut35: an endorsement given to the other candidate in a sentence otherwise the same."""
    intro = "Councillor Ada Brook and Senator Paul Mercer meet in Sunday's final ballot. "
    left = intro + "The farmers' union said on Friday that it would back Brook in the final ballot."
    right = intro + "The farmers' union said on Friday that it would back Mercer in the final ballot."

    def who(a: str, b: str) -> list[tuple[str, str]]:
        c = reader.compare(a, b)
        return [(d.left, d.right) for k in c.links for d in k.differences if d.note.startswith("who it was")]

    assert who(left, right) == [("Brook", "Mercer")] and who(right, left) == [("Mercer", "Brook")]
    # a source, not the one the act is told of; a person the other article never names
    source = "The union will back the senator, according to "
    assert who(intro + source + "Brook.", intro + source + "Mercer.") == []
    other = "Councillor Ada Brook meets a rival in Sunday's final ballot. "
    assert who(left, other + right.removeprefix(intro)) == []


def test_two_names_around_one_act_in_each_other_s_places_in_a_reworded_sentence() -> None:
    # ut243: "Baltimore (14-5) will play at Kansas City for a spot in the Super Bowl" / "Kansas City
    # will play at Baltimore with a trip to the Super Bowl on the line"
    from reader import facts

    left = "Leeds (12-3) will travel to Norwich for a place in the FA Cup final."
    right = "Norwich will travel to Leeds with a trip to the FA Cup final at stake."
    got = [d.note for d in facts.differences(facts.extract(left), facts.extract(right), left, right)]
    assert got == [
        "who did what to whom, turned round: Leeds (12-3) will travel to Norwich vs Norwich will travel to Leeds"
    ]
    # near miss: a list in another order is no act
    left, right = (
        "Leeds and Norwich will meet in the FA Cup final.",
        "Norwich and Leeds will meet in the FA Cup final.",
    )
    assert facts.differences(facts.extract(left), facts.extract(right), left, right) == []
