"""Counts of one thing under two names across the articles (reader.facts.pairing_counts):
the size of a gathering ("the crowd at 70" / "more than 100 people joined"), one thing's
two general names ("engines" / "appliances"), and a count added to an earlier one.

Every sentence here is made up for the test; each case is checked with the articles both
ways round, with near misses it must leave alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts import credible, cross_conflicts, extract_document
from reader.facts.pairing_counts import _POINT_FIGURE, calibres, count_slots, gathering_size, increment
from tests.mirror import Found
from tests.mirror import both_ways as mirrored


def _numbers(a: Sequence[str], b: Sequence[str]) -> Found:
    fa, fb = extract_document(a), extract_document(b)
    got = cross_conflicts(fa, fb, a, b)
    return [
        (x, y, d.left, d.right)
        for x, y, d in got
        if d.kind == "number" and credible(d, fa[x], fb[y], a[x], b[y])
    ]


def both_ways(left: list[str], right: list[str]) -> Found:
    return mirrored(_numbers, left, right)


def _at(text: str, span: str) -> tuple[int, int]:
    i = text.index(span)
    return i, i + len(span)


def test_a_gathering_size_is_told_by_a_crowd_or_by_people_gathering() -> None:
    for text, span in [
        ("Organisers put the crowd at 3,000 on Sunday.", "3,000"),
        ("A crowd of about 250 stood outside the court.", "250"),
        ("More than 400 mourners gathered at the church.", "400"),
        ("The vigil was attended by some 60 people.", "60"),
        ("About 2,000 fans lined the streets of the town.", "2,000"),
    ]:
        assert gathering_size(text, *_at(text, span)), text
    for text, span in [
        ("Police arrested 40 people after the march.", "40"),
        ("Five people were injured when the crowd surged.", "Five"),
        ("The crowd of reporters waited for 20 minutes.", "20"),
        ("About 300 people were evacuated from the building.", "300"),
    ]:
        assert not gathering_size(text, *_at(text, span)), text


def test_an_increment_is_its_own_slot() -> None:
    text = "Crews called for an additional eight engines and a ladder."
    assert increment(text, text.index("eight"))
    assert count_slots(frozenset({"engin"}), text, *_at(text, "eight")) == frozenset({"engin+"})
    plain = "Eight engines were sent to the fire."
    assert not increment(plain, 0)
    assert count_slots(frozenset({"appli"}), plain, 0, 5) == frozenset({"appli", "engin"})


def test_two_sizes_of_one_vigil_are_a_conflict() -> None:
    left = [
        "Hundreds of candles were lit on Friday outside the school in Dalton.",
        "Local radio estimated the crowd at 80, and the mayor spoke briefly.",
    ]
    right = [
        "Police closed the road after more than 200 people gathered for a vigil outside the Dalton"
        " radio station.",
    ]
    assert both_ways(left, right) == [(1, 0, "80", "more than 200")]


def test_sizes_that_overlap_or_count_the_hurt_are_no_conflict() -> None:
    left = ["Local radio estimated the crowd at about 180 outside the Dalton station."]
    overlap = ["More than 150 people gathered outside the Dalton radio station for a vigil."]
    assert both_ways(left, overlap) == []
    hurt = ["Police said 40 people were hurt outside the Dalton radio station after the vigil."]
    assert both_ways(left, hurt) == []


def test_reinforcements_under_two_names_are_a_conflict() -> None:
    left = [
        "Three engines went to the warehouse fire in Hull at dawn.",
        "On arrival crews called in an additional five engines and a turntable ladder.",
    ]
    right = [
        "Humberside crews at the warehouse called a further two appliances to the blaze.",
    ]
    assert both_ways(left, right) == [(1, 0, "five", "two")]


def test_a_first_count_and_a_reinforcement_are_no_conflict() -> None:
    left = ["Three engines went to the warehouse fire in Hull and crews called the police."]
    right = ["Humberside crews at the warehouse called a further two appliances to the blaze."]
    assert both_ways(left, right) == []


def test_long_text_is_read_in_linear_time() -> None:
    import time

    text = "the crowd of " * 20_000 + "people " * 20_000 + "with 70 people " + "gathered " * 20_000
    t = time.process_time()
    gathering_size(text, text.index("70"), text.index("70") + 2)
    increment("an additional " * 20_000 + "six", 14 * 20_000)
    # white space or hyphens after a figure: two quantifiers that could share them made
    # calibres quadratic (1.5 s at 8,000 characters)
    calibres("a .38 caliber" + "-" * 20_000 + " x")
    calibres("caliber 38" + " " * 20_000 + "x")
    assert time.process_time() - t < 0.5


def test_calibres_are_read_as_written_with_their_weapon() -> None:
    got = calibres("He carried a .38-caliber revolver, a 12-gauge shotgun and 9mm rounds; a 35mm film.")
    assert [(n, sorted(c)) for _, _, n, c in got] == [
        (".38", ["<handgun>"]),
        ("12-gauge", ["<longgun>"]),
        ("9mm", ["<ammo>"]),
    ]
    assert calibres("Rainfall reached 40 mm in Leeds, the 10 caliber points said.") == []
    assert [n for _, _, n, _ in calibres("He kept a .22 rifle and a .45 pistol.")] == [".22", ".45"]
    assert calibres("The vote ended. 22 rifles were seized, and the rate rose .25 points.") == []


def _calibres(a: Sequence[str], b: Sequence[str]) -> Found:
    fa, fb = extract_document(a), extract_document(b)
    return [(x, y, d.left, d.right) for x, y, d in cross_conflicts(fa, fb, a, b) if "calibre" in d.note]


LODGE = [
    "Deputies said the man fired a .38-caliber revolver at them outside the Elm Street lodge.",
    "He was taken to hospital with a leg wound.",
]


def test_two_calibres_of_one_gun_are_a_conflict() -> None:
    other = ["A .357 Magnum revolver was found near the lodge on Elm Street, deputies said."]
    assert mirrored(_calibres, LODGE, other) == [(0, 0, ".38-caliber", ".357 Magnum")]
    stray = ["Deputies said the man pointed a. 45 caliber revolver outside the lodge on Elm Street."]
    assert mirrored(_calibres, LODGE, stray) == [(0, 0, ".38-caliber", "45 caliber")]


def test_one_calibre_written_two_ways_or_of_two_weapons_is_no_conflict() -> None:
    same = ["Deputies found a .38 Special revolver outside the lodge on Elm Street."]
    assert mirrored(_calibres, LODGE, same) == []
    rifle = ["Deputies said a 12-gauge shotgun was found outside the lodge on Elm Street."]
    assert mirrored(_calibres, LODGE, rifle) == []
    both = [*LODGE, "Deputies also found a 9mm pistol outside the lodge on Elm Street."]
    other = ["Deputies found a .38 caliber revolver and a 9mm pistol outside the lodge on Elm Street."]
    assert mirrored(_calibres, both, other) == []


def test_the_polices_gun_and_the_suspects_are_two_guns() -> None:
    officer = ["The deputy fired his .40-caliber pistol four times outside the lodge on Elm Street."]
    suspect = ["The man fired a 9mm handgun at the deputy outside the lodge on Elm Street."]
    assert mirrored(_calibres, officer, suspect) == []
    told = ["Deputies said the man fired a 9mm handgun at them outside the lodge on Elm Street."]
    assert mirrored(_calibres, LODGE, told) == [(0, 0, ".38-caliber", "9mm")]  # his gun, twice


HALL = ["About 70 people gathered outside the Dalton town hall on Monday night to protest the closure."]


def test_crowd_estimates_far_apart_under_two_verbs_are_a_conflict() -> None:
    rallied = ["Some 300 protesters rallied outside Dalton town hall on Monday against the closure."]
    assert both_ways(HALL, rallied) == [(0, 0, "About 70", "Some 300")]
    crowd = ["A crowd of 300 rallied outside Dalton town hall on Monday against the closure."]
    assert both_ways(HALL, crowd) == [(0, 0, "About 70", "300")]


def test_crowds_of_two_nights_or_of_two_orders_of_size_are_no_conflict() -> None:
    later = ["Some 300 protesters rallied outside Dalton town hall on Wednesday against the closure."]
    assert both_ways(HALL, later) == []
    huge = ["Some 20,000 protesters rallied outside Dalton town hall on Monday against the closure."]
    assert both_ways(HALL, huge) == []


def test_residents_are_no_homes() -> None:
    text = "Some 300 residents were moved out."
    assert count_slots(frozenset({"resid"}), text, *_at(text, "Some 300")) == frozenset({"resid"})


def test_two_gatherings_in_two_places_are_two_crowds() -> None:
    from reader import compare

    def conflicts(a: str, b: str) -> list[str]:
        opening = "The team came home with the cup on Sunday. "
        return [d.note for k in compare(opening + a, opening + b).links for d in k.differences]

    airport = "More than 500 fans gathered at the airport on Sunday to greet the team."
    stadium = "About 100 fans gathered outside the stadium on Sunday to greet the team."
    assert conflicts(airport, stadium) == [] and conflicts(stadium, airport) == []
    city = "About 100 fans gathered at the airport on Sunday to greet the team."
    assert conflicts(airport, city) == ["number: More than 500 vs About 100 (fans)"]
    assert conflicts(city, airport) == ["number: About 100 vs More than 500 (fans)"]


def test_the_holder_is_read_in_the_calibres_own_clause() -> None:
    from reader.facts.pairing_counts import holder

    shot = "Two officers shot a teenager after police say he pointed a .357 caliber revolver at them."
    assert holder(shot, shot.index(".357")) == ""  # the teenager's gun, in its own clause
    fired = "The officer fired his .40-caliber pistol four times."
    assert holder(fired, fired.index(".40")) == "<police>"
    told = "Deputies said the man fired a .38-caliber revolver at them."
    assert holder(told, told.index(".38")) == ""


def test_the_point_figure_is_the_plain_pattern() -> None:
    # the hint opens with its point for speed; it finds what the plain pattern finds
    plain = re.compile(r"(?<![\w.,])\.\d")
    for text in (
        ".38 revolver",
        "a .357 Magnum",
        "rose 3.5 points",
        "x,.5 y",
        "...5",
        "a.5",
        "end.",
        "",
        "(.22)",
    ):
        assert [m.span() for m in _POINT_FIGURE.finditer(text)] == [m.span() for m in plain.finditer(text)], (
            text
        )


def test_the_day_a_figure_was_told_is_not_when_it_holds() -> None:
    """Two counts of one thing for two moments are no conflict (a toll grows); the day a
    figure was *said* on is no moment of it."""
    left = [
        "The ministry said late Monday that it had received 3,400 letters from farmers about the"
        " new water rules."
    ]
    right = [
        "In October, sacks filled with 2,900 letters from farmers about the water rules were delivered"
        " to the ministry."
    ]
    assert both_ways(left, right) == [(0, 0, "3,400", "2,900")]
    # a moment of the figure itself still keeps two figures apart
    grew = ["By Monday the ministry had received 3,400 letters from farmers about the new water rules."]
    assert both_ways(grew, right) == []


def test_an_order_of_magnitude_explains_no_exact_figure() -> None:
    """ "Thousands of letters" fits both 2,900 and 3,400: it explains itself, not the exact
    figure the other side contradicts."""
    left = [
        "The ministry said late Monday that it had received 3,400 letters from farmers about the"
        " new water rules.",
        "Officials read through thousands of letters from farmers about the rules.",
    ]
    right = [
        "In October, sacks filled with 2,900 letters from farmers about the water rules were delivered"
        " to the ministry."
    ]
    assert both_ways(left, right) == [(0, 0, "3,400", "2,900")]


def test_a_share_the_other_article_states_anywhere_is_not_contradicted_across() -> None:
    """ "up 5.2 percent" told of payments on one side: the other side's "a 5.2% increase" in
    spending is told, not a conflict with the first side's 7.3 percent of another sum (ut53)."""
    left = [
        "Online spending reached $13.3 billion on the holiday, a 7.3 percent increase from a year earlier.",
        "Instalment payments on the holiday hit $991.2 million, up 5.2 percent from last year.",
    ]
    right = ["Instalment spending on the holiday reached $991.2 million, a 5.2% increase, the firm said."]
    fl, fr = extract_document(left), extract_document(right)
    assert [d for *_, d in cross_conflicts(fl, fr, left, right) if d.kind == "percentage"] == []
    assert [d for *_, d in cross_conflicts(fr, fl, right, left) if d.kind == "percentage"] == []


def test_a_count_told_past_an_adjective_of_sequence_counts_its_noun() -> None:  # ut110
    from tests.mirror import notes

    left = "Porto had rejected two earlier offers for the midfielder, the club's president said."
    right = "The club's president said Porto had turned down three previous offers for the midfielder."
    assert notes(left, right) == ["number: two vs three (earlier offers)"]
    # near miss: the adjective before two nouns, two things counted
    other = "The club's president said Porto had turned down three previous coaches before him."
    assert notes(left, other) == []
