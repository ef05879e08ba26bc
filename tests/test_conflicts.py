"""Conflicts found across two whole articles (reader.facts.cross_conflicts) and how the
comparison shows them (reader.comparison.add_cross_conflicts).

Every sentence here is made up for the test (other events, other outlets' styles).  Each
rule is checked in both directions (the articles swapped), with a case it must flag and a
near miss it must not.
"""

from __future__ import annotations

import pytest

from reader.app.nav import Navigator
from reader.comparison import assemble
from reader.facts import cross_conflicts, extract_document
from reader.inputs import load_text
from reader.model import Link
from reader.pipeline import compare_texts, document


def conflicts(left: list[str], right: list[str], kind: str | None = None) -> list[tuple[int, int, str, str]]:
    """The conflicts found across the two articles (of one kind, if given)."""
    got = cross_conflicts(extract_document(left), extract_document(right), left, right)
    return [(li, ri, d.left, d.right) for li, ri, d in got if kind is None or d.kind == kind]


def both_ways(left: list[str], right: list[str], kind: str | None = None) -> list[tuple[int, int, str, str]]:
    """The conflicts left/right, after checking that swapping the articles swaps them."""
    there = conflicts(left, right, kind)
    back = conflicts(right, left, kind)
    assert sorted((r, l, b, a) for l, r, a, b in back) == sorted(there)
    return there


MUST_FLAG = [
    pytest.param(  # what a number counts: the noun after it, a hedge on each side
        "About 1,200 firefighters were battling the blaze near the ridge on the county line.",
        "Officials said nearly 2,000 firefighters were battling the blaze near the ridge.",
        "About 1,200",
        "nearly 2,000",
        id="count-hedged",
    ),
    pytest.param(  # a measure named before or after the figure
        "The 5.4-magnitude tremor shook the coastal town of Arden, officials said.",
        "The geological agency said the tremor near Arden had a magnitude of 4.9.",
        "5.4-magnitude",
        "4.9",
        id="measure",
    ),
    pytest.param(  # whose age: the name next to it
        "The 47-year-old teacher Maria Lopez was hurt when the roof of the school fell.",
        "The roof of the school fell on the 46-year-old Maria Lopez, a teacher.",
        "47-year-old",
        "46-year-old",
        id="age",
    ),
    pytest.param(  # the act a date belongs to, a month without a day
        "The mayor will resign on March 3, the council said in a statement.",
        "The mayor will leave at the end of April, the council said.",
        "March 3",
        "the end of April",
        id="date-of-act",
    ),
    pytest.param(  # the day of a vote: "approved ... Monday" / "Thursday's vote"
        "The senate approved the budget on Monday after a long debate.",
        "After Thursday's vote on the budget, the senate adjourned.",
        "Monday",
        "Thursday",
        id="day-of-vote",
    ),
    pytest.param(  # "in all public buildings" is a place, not a total ("in all, 12 died")
        "The council resolution on the harbour flag passed Tuesday after a short debate.",
        "On Wednesday, the council voted 9-2 to fly the harbour flag in all public buildings.",
        "Tuesday",
        "Wednesday",
        id="in-all-is-no-scope",
    ),
    pytest.param(  # a length in two spellings of the unit, of one act
        "The hiker fell about 300m into a ravine near the summit.",
        "The hiker fell 450 meters into a ravine near the summit.",
        "about 300m",
        "450",
        id="length",
    ),
    pytest.param(  # a sum of money, named for what it pays
        "The city will spend $4.2 million on road repairs in the northern district.",
        "Road repairs in the northern district will cost the city about $5 million.",
        "$4.2 million",
        "about $5 million",
        id="money",
    ),
    pytest.param(  # two estimates each told to the hundred, 18 % apart: two counts (ut46)
        "Roughly 3,200 dockers stayed away from the port on Friday, the union said.",
        "Roughly 3,800 dockers stayed away from the port on Friday, the union said.",
        "Roughly 3,200",
        "Roughly 3,800",
        id="estimates-told-finely",
    ),
]


@pytest.mark.parametrize(("left", "right", "lv", "rv"), MUST_FLAG)
def test_flags_one_fact_told_two_ways(left: str, right: str, lv: str, rv: str) -> None:
    assert both_ways([left], [right]) == [(0, 0, lv, rv)]


MUST_NOT_FLAG = [
    pytest.param(  # different things counted
        "Rescuers found 12 survivors in the rubble of the school.",
        "Rescuers searched the rubble of the school for 40 hours with 15 dogs.",
        id="different-nouns",
    ),
    pytest.param(  # rounding and hedges: one figure at the coarser precision
        "About 20,000 people marched through the capital on Sunday.",
        "Roughly 21,000 people marched through the capital on Sunday.",
        id="rounding",
    ),
    pytest.param(  # a round estimate against a finer one 15 % off: the round one allows it
        "About 3,000 dockers stayed away from the port on Friday, the union said.",
        "Roughly 3,450 dockers stayed away from the port on Friday, the union said.",
        id="round-estimate",
    ),
    pytest.param(  # a total over several operations vs one operation
        "In their five raids so far, police seized 40 rifles and 300 rounds of ammunition.",
        "During the raid, police seized 9 rifles and about 80 rounds of ammunition.",
        id="scope",
    ),
    pytest.param(  # dates of two different acts
        "The suspect was arrested on June 2 in Denver, police said.",
        "The trial of the suspect opened on September 14 in Denver.",
        id="different-acts",
    ),
    pytest.param(  # a conversion
        "The convoy drove 58 km to the border crossing.",
        "The convoy drove 36 miles to the border crossing.",
        id="conversion",
    ),
    pytest.param(  # a relative day and a weekday may be one day
        "The bridge over the river collapsed yesterday, killing two.",
        "The bridge over the river collapsed on Tuesday.",
        id="relative-day",
    ),
    pytest.param(  # an act still to come is another act than one done
        "The council is expected to approve the housing plan on Thursday.",
        "The council approved the housing plan on Tuesday.",
        id="planned-vs-done",
    ),
    pytest.param(  # the same act of two different people
        "Police arrested John Smith at the station on Monday.",
        "Police arrested Peter Brown at the station on Friday.",
        id="other-person",
    ),
    pytest.param(  # a total and its parts
        "The jury found the first firm guilty of nine felonies and the second of eight felonies.",
        "The jury found the two firms guilty of 17 felonies.",
        id="sum-of-parts",
    ),
    pytest.param(  # figures of two scopes, ten times apart
        "The team scored 10 points in the final quarter of the game.",
        "The team scored 2,100 points in the game and the season.",
        id="ten-times-apart",
    ),
    pytest.param(  # the same noun, nothing else in common
        "Seven villages were flooded after the dam broke, officials said.",
        "Five villages near the lake voted to build a new road.",
        id="no-shared-context",
    ),
    pytest.param(  # "less than" does not tell another figure, and is no conflict either
        "The agency may spend less than $6 billion on the new runway at the airport.",
        "The agency will spend $4 billion on the new runway at the airport.",
        id="open-bound",
    ),
]


@pytest.mark.parametrize(("left", "right"), MUST_NOT_FLAG)
def test_does_not_flag_what_is_not_one_fact(left: str, right: str) -> None:
    assert both_ways([left], [right]) == []


def test_a_name_the_other_article_never_mentions_tells_no_other_vote() -> None:
    # one names the lone dissenter (a title is no name), the other only the town both know
    left = [
        "The town council of Fairview met late on Tuesday.",
        "Councilwoman Maria Lopez cast the only vote against the ordinance, which passed 6-1.",
    ]
    right = ["In Fairview, the ordinance passed the council by a vote of 5-2."]
    assert both_ways(left, right, "tally") == [(1, 0, "6-1", "5-2")]


def test_one_title_for_two_people_makes_them_no_one_bearer() -> None:
    # "Alderman" is an office, not a name both sentences share: two aldermen, two votes
    left = ["Alderman John Smith voted against the budget on Monday."]
    right = ["Alderman Peter Brown voted against the budget on Friday."]
    assert both_ways(left, right) == []


def test_two_bodies_both_articles_know_are_two_votes() -> None:
    left = ["The House passed the spending bill 220-207 on Tuesday.", "The Senate takes it up next."]
    right = ["The Senate passed the spending bill 52-48 on Thursday.", "The House acted first."]
    assert both_ways(left, right) == []


def test_a_value_the_other_article_states_is_explained() -> None:
    left = ["About 1,200 firefighters were battling the blaze near the ridge on the county line."]
    right = [
        "Officials said nearly 2,000 firefighters were battling the blaze near the ridge.",
        "By evening about 1,200 firefighters were battling the blaze.",
    ]
    assert both_ways(left, right) == []
    assert both_ways(left, right[:1])  # without the second sentence: a conflict


def test_one_fact_one_conflict_best_partner_first() -> None:
    left = ["The city will spend $4.2 million on road repairs in the northern district, the mayor said."]
    right = [
        "The mayor said road repairs in the northern district will cost about $5 million.",
        "The mayor said the city will spend $9 million on schools in the northern district.",
    ]
    assert both_ways(left, right) == [(0, 0, "$4.2 million", "about $5 million")]


def test_a_headline_gives_way_to_the_body() -> None:
    left = [
        "Mayor to resign on March 3",
        "The mayor will resign on March 3, the council said in a statement.",
    ]
    right = ["The mayor will leave at the end of April, the council said."]
    facts_l, facts_r = extract_document(left), extract_document(right)
    titled = cross_conflicts(facts_l, facts_r, left, right, titled=(True, False))
    assert [(li, ri) for li, ri, _ in titled] == [(1, 0)]


# -- how the comparison shows them -------------------------------------------------------

LEFT = (
    "Storm hits coast\n\n"
    "The storm reached the coast late on Sunday. "
    "About 1,200 firefighters were battling the blaze near the ridge on the county line."
)
RIGHT = (
    "Fire on the ridge\n\n"
    "Officials said nearly 2,000 firefighters were battling the blaze near the ridge. "
    "Schools stayed closed."
)


def docs() -> tuple:
    return document(load_text(LEFT, "left")), document(load_text(RIGHT, "right"))


def sid(doc, words: str) -> int:  # type: ignore[no-untyped-def]
    return next(s.id for s in doc.sentences if words in s.text)


def test_unlinked_sentences_get_a_conflict_link() -> None:
    left, right = docs()
    li, ri = sid(left, "1,200"), sid(right, "2,000")
    c = assemble(left, right, [])
    [link] = [k for k in c.links if li in k.left]
    assert (link.left, link.right, link.relation) == ((li,), (ri,), "conflict")
    assert [(d.left, d.right) for d in link.differences] == [("About 1,200", "nearly 2,000")]
    assert li not in c.unique_left and ri not in c.unique_right


def test_a_link_holding_both_sentences_takes_the_difference() -> None:
    left, right = docs()
    li, ri = sid(left, "1,200"), sid(right, "2,000")
    shared = Link((li,), (ri,), 0.5)
    c = assemble(left, right, [shared])
    assert len(c.links) == 1 and c.links[0] is shared
    assert shared.relation == "conflict" and len(shared.differences) == 1


def test_a_sentence_in_another_link_keeps_it_and_the_conflict_comes_first() -> None:
    left, right = docs()
    li, ri, other = sid(left, "1,200"), sid(right, "2,000"), sid(right, "Schools")
    elsewhere = Link((li,), (other,), 0.3)
    c = assemble(left, right, [elsewhere])
    assert c.links[-1] is elsewhere and elsewhere.relation == "shared"
    assert (c.links[0].left, c.links[0].right, c.links[0].relation) == ((li,), (ri,), "conflict")
    nav = Navigator(c)  # the app shows one link per sentence: the conflict
    assert nav.partner_sentence("left", li) == ri
    assert nav.role_of["left"][li] == "conflict"
    assert nav.stops["left"][nav.stop_of["left"][li]].link in [
        nav.stops["left"][i].link for i in nav.conflict_stops["left"]
    ]


def test_repeated_facts_are_checked_against_a_bounded_number_of_partners(monkeypatch) -> None:
    """Thousands of copies of one dated sentence: each fact meets at most PARTNERS_MAX
    others (an index on what facts are about, not every pair)."""
    from reader.facts import pairing

    calls = 0
    real = pairing._about_same

    def counted(a, b):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(pairing, "_about_same", counted)
    monkeypatch.setattr(pairing, "PARTNERS_MAX", 20)
    text = "The council voted on Monday to close the bridge.\n" * 300
    import reader

    c = reader.compare(text, text, split="lines")
    assert len(c.links) == 300
    assert 0 < calls <= 300 * 20


def test_a_tally_written_with_to_between_dashes_is_a_vote() -> None:
    left = ["The caucus re-elected its chairwoman by a 112-to-40 vote on Thursday."]
    right = ["The caucus re-elected its chairwoman by a 112-to-47 vote on Thursday."]
    assert both_ways(left, right, "tally") == [(0, 0, "112-to-40", "112-to-47")]
    # "by 112 votes to 47", inside one passage
    link = compare_texts(
        left[0], "In a secret ballot the caucus re-elected its chairwoman by 112 votes to 47."
    ).links[0]
    assert [(d.kind, d.left, d.right) for d in link.differences] == [
        ("tally", "112-to-40", "112 votes to 47")
    ]


def test_a_tally_a_page_broke_after_its_dash_is_the_tally() -> None:
    """ "247- 175" (a page's line break after the dash) is the vote "247-175": the same tally,
    no one-sided detail, and another tally still conflicts."""
    left = ["The assembly passed the harbour bill 247- 175 on Tuesday, with most members in favour."]
    same = ["The assembly passed the harbour bill 247-175 on Tuesday, with most members in favour."]
    other = ["The assembly passed the harbour bill 247-185 on Tuesday, with most members in favour."]
    assert both_ways(left, same, "tally") == []
    c = compare_texts(left[0], same[0])
    assert c.links[0].only_left == [] and c.links[0].only_right == []
    assert both_ways(left, other, "tally") == [(0, 0, "247- 175", "247-185")]
