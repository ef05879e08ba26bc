"""Two people's offices traded across the articles (reader.facts.pairing_titles): each person
given the other's office is a conflict on both; one person given two offices by two outlets,
or an article that gives a person both, is not.  Sentences of our own, each pair of articles
run both ways round and through the whole comparison."""

from __future__ import annotations

import reader
from tests.mirror import both_ways, cross_of_kind

offices = cross_of_kind("name")


def test_two_ministers_given_each_others_portfolio_conflict_on_both() -> None:
    left = [
        "Health Minister Marta Delgado said hospitals would get 400 more nurses this year.",
        "Transport Minister Tomas Ferrer said the rail plan was on schedule.",
    ]
    right = [
        "The rail plan is on schedule, Health Minister Tomas Ferrer told reporters on Monday.",
        "Transport Minister Marta Delgado promised hospitals 400 more nurses this year.",
    ]
    assert both_ways(offices, left, right) == [
        (0, 1, "Health Minister Marta Delgado", "Transport Minister Marta Delgado"),
        (1, 0, "Transport Minister Tomas Ferrer", "Health Minister Tomas Ferrer"),
    ]


def test_two_people_given_each_others_profession_conflict_on_both() -> None:
    # ut264: "Actor Desmond Hale ... director Fiona Aird" / "Director Desmond Hale ... actor Fiona
    # Aird"; ut212, ut269: a driver and his co-driver traded; ut180: a prosecutor and a barrister
    left = [
        "Prosecutor Helen Voss said the fraud ran for six years, while barrister Tom Keane asked for mercy."
    ]
    right = [
        "Barrister Helen Voss asked the judge for mercy.",
        "The fraud ran for six years, prosecutor Tom Keane told the court.",
    ]
    got = both_ways(offices, left, right)
    assert [(x, y, a, b) for x, y, a, b in got] == [
        (0, 0, "Prosecutor Helen Voss", "Barrister Helen Voss"),
        (0, 1, "barrister Tom Keane", "prosecutor Tom Keane"),
    ]
    # near miss: the same professions told alike in other sentences
    kept = ["Prosecutor Helen Voss said the fraud ran for six years.", "Barrister Tom Keane asked for mercy."]
    assert both_ways(offices, left, kept) == []


def test_two_names_of_one_office_are_read_as_one() -> None:
    # "finance chief" is the chief financial officer: the two executives traded places
    left = ["Chief executive Lena Hart and chief financial officer Omar Reyes presented the results."]
    right = ["Finance chief Lena Hart said sales rose.", "Chief executive Omar Reyes said costs fell."]
    got = both_ways(offices, left, right)
    assert [(x, y) for x, y, *_ in got] == [(0, 0), (0, 1)]


def test_one_person_with_two_offices_in_two_articles_is_no_conflict() -> None:  # near miss
    left = ["Chairwoman Ruth Ames opened the meeting.", "Chief executive Paul Moss spoke next."]
    right = ["Chief executive Ruth Ames opened the meeting.", "Chief executive Paul Moss spoke next."]
    assert both_ways(offices, left, right) == []


def test_an_article_that_gives_a_person_both_offices_is_no_conflict() -> None:  # near miss
    # she moved from one office to the other: the article tells both
    left = ["Chairwoman Ruth Ames opened the meeting.", "Chief executive Paul Moss spoke next."]
    right = [
        "Chief executive Ruth Ames, named chairwoman on Monday, opened the meeting.",
        "Chairwoman Ruth Ames handed over to chairman Paul Moss.",
    ]
    assert both_ways(offices, left, right) == []


def test_the_same_offices_told_alike_are_no_conflict() -> None:  # near miss
    left = ["Finance Minister Ana Costa met Labour Minister Rui Lopes on Friday."]
    right = ["Labour Minister Rui Lopes held talks with Finance Minister Ana Costa."]
    assert both_ways(offices, left, right) == []


def test_the_trade_is_flagged_in_the_whole_comparison() -> None:
    left = (
        "Climate Minister Sofia Lind said the target stood.\n\n"
        "Finance Minister Jonas Berg said the cost was 2 billion."
    )
    right = (
        "The target stands, according to Finance Minister Sofia Lind.\n\n"
        "It will cost 2 billion, said Climate Minister Jonas Berg."
    )
    notes = [d.difference.note for d in reader.compare(left, right).disagreements()]
    assert len(notes) == 2 and all(n.startswith("offices traded between two people") for n in notes)


def test_offices_told_after_the_name_as_what_it_is_or_before_it_with_a_comma_are_read() -> None:
    # ut244: "Helen Marsh, the dean of Hallowmere" + "The project's lead architect, Tomasz
    # Wierzbicki" / "Helen Marsh, the project's lead architect" + "The cathedral's dean, Tomasz
    # Wierzbicki"; ut245: "Raman is chief executive" / "Feldt runs the company as chief executive"
    left = [
        "The restoration was approved, said Clara Voss, the dean of Eastbury.",
        "The project's lead architect, Piotr Nowak, said the scaffolding would go up in May.",
    ]
    right = [
        "The restoration was approved, said Clara Voss, the project's lead architect.",
        "The cathedral's dean, Piotr Nowak, said the scaffolding would go up in May.",
    ]
    assert [(li, ri) for li, ri, _, _ in both_ways(offices, left, right)] == [(0, 0), (1, 1)]
    left = ["Ortiz is chief executive and Lund is chief technology officer."]
    right = ["Lund runs the company as chief executive, and Ortiz is its chief technology officer."]
    assert len(both_ways(offices, left, right)) == 2
    # near miss: the same offices told in those other ways are no trade
    same = ["Ortiz runs the company as chief executive, and Lund is its chief technology officer."]
    assert both_ways(offices, left, same) == []


def test_two_offices_traded_in_one_sentence_conflict_whatever_else_is_told() -> None:
    # ut276: "call Drummond, the Clydeport chief executive, and Whitcombe, the minister" / "summon
    # procurement minister Drummond and Clydeport chief executive Whitcombe"; ut277: "signed off by
    # chairman Annika Berg" (the office is "chairman", not "off by chairman")
    left = [
        "Transport minister Alan Price said the bridge would open in May.",
        "Chief executive Ruth Ames said the builder had hired 200 more staff.",
        "Lawmakers will question Ames, the Northway chief executive, and Price, the minister, next week.",
    ]
    right = [
        "Ruth Ames, the company's chief executive, said 200 more staff had been hired.",
        "Alan Price, the minister for transport, said the bridge would open in May.",
        "Lawmakers will question transport minister Ames and Northway chief executive Price next week.",
    ]
    got = both_ways(offices, left, right)
    assert [(x, y) for x, y, *_ in got] == [(2, 2), (2, 2)]
    # near miss: the same sentence telling each person's own office
    kept = [*right[:2], "Lawmakers will question Northway chief executive Ames and transport minister Price."]
    assert both_ways(offices, left, kept) == []
