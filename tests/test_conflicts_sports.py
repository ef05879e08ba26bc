# ruff: noqa: E501  (sentence pairs read best one per line)
"""A sports desk's errors and house style (ut31): running scores at one moment of a game, a
game's clock that is no time of day, a record broken or only equalled, a club by its city and
its nickname, a club's short name, a player's words given to another, "38%" in a quote.

Every sentence is made up for the test, and each rule has a near miss; compared both ways.
"""

from __future__ import annotations

from reader import facts
from reader.pipeline import compare_texts
from tests.test_conflicts_precision import both_ways


def test_a_running_score_at_one_moment_told_two_ways_is_a_conflict() -> None:
    left = "The Hawks led 61-50 at halftime and stretched the lead to 72-58 with 8:12 left in the third."
    right = "The Hawks were up 61-50 at half-time, and a three made it 72-55 with 8:12 left in the third."
    assert both_ways(left, right, "tally") == [("72-58", "72-55")]
    # at the half too; two moments of one game are two scores
    assert both_ways("The Hawks led 61-50 at halftime.", "The Hawks led 61-52 at half-time.", "tally") == [
        ("61-50", "61-52")
    ]
    assert (
        both_ways("The Hawks led 40-30 with 6:00 left.", "The Hawks led 52-45 with 2:10 left.", "tally") == []
    )


def test_two_moments_are_never_paired_across_the_articles() -> None:
    left = "Tip-off\n\nThe Hawks led 40-30 with 6:00 left in the half, the arena roaring."
    right = "Tip-off\n\nThe Hawks led 52-45 with 2:10 left in the third, the arena roaring."
    c = compare_texts(left, right)
    assert [d for k in c.links for d in k.differences] == []


def test_a_record_broken_is_not_a_record_equalled() -> None:
    left = "The centre broke the club record for assists in a single game on Sunday."
    right = left.replace("broke", "equalled")
    assert both_ways(left, right, "negation") == [("broke", "equalled")]


def test_a_club_by_its_city_and_by_its_nickname_is_one_club() -> None:
    left = (
        "Harbour City Gulls beat the Rams.\n\nHarbour City coach Ana Ruiz praised the defence after the game."
    )
    right = "Harbour City Gulls beat the Rams.\n\nGulls coach Ana Ruiz praised the defence after the game."
    assert [d for k in compare_texts(left, right).links for d in k.differences] == []
    # a club by its short name
    long_ = "Westford United manager Ken Ado said the team was tired after the cup tie."
    assert both_ways(long_, long_.replace("Westford United", "Westford Utd"), "name") == []
    assert both_ways(long_, long_.replace("Westford United", "Westford City"), "name") == [("United", "City")]


def test_a_speaker_named_after_a_club_and_a_role() -> None:
    said = '"For me it is a yellow card, not a red one," said Rovers {} after the game.'
    got = facts.extract(said.format("captain Tom Elder"))
    assert [f.speaker for f in got if f.kind == "quote"] == ["Tom Elder"]
    assert both_ways(said.format("manager Ines Varga"), said.format("captain Tom Elder"), "speaker") == [
        ("Ines Varga", "Tom Elder")
    ]


def test_one_quotation_over_two_sentences_given_to_another_is_one_conflict() -> None:
    left = (
        "Rovers lost again\n\n"
        '"We had them down 15 and we stopped moving the ball," Ines Varga said. '
        '"We shot 38 percent in the second half."'
    )
    right = (
        "Rovers lost again\n\n"
        '"We had them down 15 and we stopped moving the ball," Tom Elder said. '
        '"We shot 38% in the second half."'
    )
    got = [d.kind for k in compare_texts(left, right).links for d in k.differences]
    assert got == ["speaker"]  # once; and "38 percent" / "38%" is no rewording


def test_a_speaker_conflict_going_on_into_the_next_passage_is_told_once() -> None:
    from reader.model import Difference, Link
    from reader.speaker_once import speaker_told_once

    def link(i: int, a: str, b: str) -> Link:
        d = Difference("speaker", a, b, f"speaker: {a} vs {b}")
        return Link((i,), (i,), 0.9, "conflict", [d], [], [])

    links = [link(17, "Dr. Maria Lind", "Health Minister Tomas Berg"), link(18, "Maria Lind", "Tomas Berg")]
    kept = speaker_told_once(links)
    assert [(k.relation, len(k.differences)) for k in kept] == [("conflict", 1), ("shared", 0)]
    # farther on, another quotation given to the same person is another conflict
    far = speaker_told_once([link(3, "Maria Lind", "Tomas Berg"), link(9, "Maria Lind", "Tomas Berg")])
    assert [k.relation for k in far] == ["conflict", "conflict"]


def test_a_sum_whose_currency_slipped_is_a_conflict_and_a_conversion_is_not() -> None:
    # ut31: "the 105 million pound purchase" / "the 105 million euro purchase"
    left = "United agreed a fee of £50m for the striker on Monday."
    assert both_ways(left, left.replace("£50m", "€50m"), "amount") == [("£50m", "€50m")]
    assert both_ways(left, left.replace("£50m", "€58m"), "amount") == []  # converted: rates move
    assert both_ways(left, left.replace("£50m", "£58m"), "amount") == [("£50m", "£58m")]
    wire = "Tip-off\n\nUnited agreed a fee of £50m for the striker on Monday, the club said."
    paper = "Tip-off\n\nThe club said on Monday a fee of €58m had been agreed for the striker by United."
    assert [d for k in compare_texts(wire, paper).links for d in k.differences] == []


def test_a_match_minute_as_an_ordinal_and_after_so_many_minutes_is_one_moment() -> None:
    left = "Okafor equalised in the 67th minute with a low shot from the edge of the box."
    assert both_ways(left, left.replace("in the 67th minute", "after 76 minutes"), "time") == [
        ("67th", "76 minutes")
    ]
    assert both_ways(left, left.replace("in the 67th minute", "after 67 minutes"), "time") == []
    # a stretch of play, no moment: "for 76 minutes"
    assert both_ways(left, left.replace("in the 67th minute", "for 76 minutes"), "time") == []


def test_a_season_written_as_two_years_tells_its_second_year() -> None:  # ut110
    left = "Brayford have not been relegated from the top division since the 1987-88 season."
    right = "Brayford were last relegated from the top division in 1988."
    assert both_ways(left, right, "year") == []
    assert both_ways(left.replace("1987-88", "2019/20"), right.replace("1988", "2020"), "year") == []
    # near miss: a year neither of the span's
    assert both_ways(left, right.replace("1988", "1989"), "year") == [("1987-88", "1989")]
    # ... and two seasons that share a year (ut110)
    opens = "The new stand will open for the start of the 2027-28 season, the club said."
    assert both_ways(opens, opens.replace("2027-28", "2028-29"), "year") == [("2027-28", "2028-29")]


def test_a_place_in_a_table_after_the_places_moved_is_that_players_place() -> None:
    # "fell four places to 15th": a place in the table, whatever clause goes on after it; two
    # players' places in a merged sentence are paired with their own (ut222)
    left = (
        "The biggest climber was Sweden's Ida Lund, who rose nine places to 14th after reaching the"
        " Rome final. Canada's Mia Roy fell three places to 19th after an early loss."
    )
    right = (
        "Sweden's Ida Lund was the biggest climber, rising nine places to 14th after reaching the final"
        " in Rome, while Canada's Mia Roy slipped three places to 19th."
    )
    assert [d for d in compare_texts(left, right).disagreements() if d.difference.kind == "ordinal"] == []
    assert [f.text for f in facts.extract_document([right])[0] if f.kind == "ordinal"] == ["14th", "19th"]
    # her place changed is still a conflict (near miss)
    changed = right.replace("to 19th", "to 17th")
    assert both_ways(left, changed, "ordinal") == [("19th", "17th")]


def test_a_place_moved_from_one_to_another_is_the_place_it_ends_in() -> None:
    # ut269: "will drop from third to fifth in the drivers' championship" / "will drop from third to
    # fourth in the championship": the place after "to", of one table whatever possessive names it
    left = "The defeat means Larsson will fall from second to sixth in the riders' standings."
    right = "Larsson now falls from second to fifth in the standings after the defeat."
    assert both_ways(left, right, "ordinal") == [("sixth", "fifth")]
    assert [f.text for f in facts.extract_document([left])[0] if f.kind == "ordinal"] == ["sixth"]
    # near miss: the same place told both ways is no conflict, the place left not read as one
    same = right.replace("to fifth", "to sixth")
    assert [d for d in compare_texts(left, same).disagreements() if d.difference.kind == "ordinal"] == []


def test_a_running_score_told_by_the_side_behind_is_a_tally() -> None:
    # ut243: "The Ravens trailed 24-13 early in the fourth quarter" / "Baltimore had been down 24-10
    # early in the fourth quarter"
    left = "The Hawks trailed 21-10 early in the third quarter before two late touchdowns."
    right = "Seattle had been down 21-7 early in the third quarter."
    assert both_ways(left, right, "tally") == [("21-10", "21-7")]
    # near miss: a range of shares after "down" is no score
    assert (
        both_ways("Sales were down 10-15 percent in May.", "Sales were down 10-12 percent in May.", "tally")
        == []
    )


def test_a_vote_told_by_its_sides_is_a_tally() -> None:
    # ut246: "with 141 countries voting in favour, 9 against and 37 abstaining" / "by 144 votes to 9"
    left = "The council approved the plan on Tuesday, with 27 members voting in favour, 12 against and 3 abstaining."
    right = "The council backed the plan on Tuesday by 29 votes to 12 with three abstentions."
    got = both_ways(left, right, "tally")
    assert [(a.split()[0], b) for a, b in got] == [("27", "29 votes to 12")]
    # near miss: the same vote told both ways agrees
    assert both_ways(left, right.replace("29 votes", "27 votes"), "tally") == []


def test_a_running_score_without_its_moment_is_no_tally() -> None:  # near miss (ecbplus-29)
    # "put the Colts up 20-13" late in a game and "a 7-0 lead" early in it are two moments
    got = facts.extract("A late touchdown put the Hawks up 27-20 before the final whistle.")
    assert [f for f in got if f.kind == "tally"] == []
    got = facts.extract("The Hawks were up 27-20 late in the fourth quarter.")
    assert [(f.kind, f.value, f.context) for f in got if f.kind == "tally"] == [
        ("tally", "27-20", ("fourth quarter",))
    ]


def test_a_team_s_record_told_with_its_verb_is_compared_per_season() -> None:
    # ut261: "The Sparks finished 44-38 last season" / "Los Angeles went 44-36 last season"
    left = "The Comets finished 51-31 last season and lost to Denver in the second round in six games."
    right = "Houston went 51-33 last season and was beaten by Denver in six games in the second round."
    assert both_ways(left, right, "tally") == [("51-31", "51-33")]
    # near misses: the same record in other words; the records of two seasons; a record in
    # brackets beside a win stays unread (two teams' records in one sentence)
    assert both_ways(left, right.replace("51-33", "51-31"), "tally") == []
    assert both_ways(left, "Houston is 12-3 this season after going 51-31 last season.", "tally") == []
    assert [f for f in facts.extract("The Comets (51-31) beat Denver on Friday.") if f.kind == "tally"] == []
    # ... and a record the other sentence writes too, unread there after "and" (ut261)
    assert (
        both_ways(
            "She went 60-41 in two seasons at Leeds, after going 88-90 from 2015 to 2019.",
            "She went 88-90 from 2015 to 2019 and 60-41 in two seasons at Leeds, for a combined 148-131.",
            "tally",
        )
        == []
    )
    (f,) = [f for f in facts.extract(left) if f.kind == "tally"]
    assert (f.value, f.context) == ("51-31", ("record", "last"))
