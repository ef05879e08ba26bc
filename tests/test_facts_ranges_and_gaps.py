"""Figures read for what they are: a range written with a hyphen before its scale, its lower bound
scaled like its upper one, a gap to another figure rather than a level, a result listed after a
name, a measure written before its noun with decimals, and a comparison word before a figure
read before the noun after it.  reader.facts (extract_numbers, figure_frames, tables,
figure_moves, role_swap); every sentence is made up for the test, and each difference is checked
both ways round."""

from __future__ import annotations

import pytest

from tests.mirror import facts_of, notes


@pytest.mark.parametrize(
    "text",
    [
        "The painting carried an estimate of 4-6 million euros.",
        "The painting carried an estimate of 4 to 6 million euros.",
        "The painting carried an estimate of between 4 and 6 million euros.",
    ],
)
def test_a_range_s_lower_bound_takes_the_upper_bound_s_scale_and_kind(text: str) -> None:
    money = [(f.value, f.unit) for f in facts_of(text) if f.kind == "money"]
    assert money == [(4_000_000.0, "EUR"), (6_000_000.0, "EUR")]


def test_a_hyphen_between_figures_before_a_share_is_a_range_not_a_score() -> None:
    kinds = [f.kind for f in facts_of("Between 10-15 percent of voters backed the motion.")]
    assert "tally" not in kinds and "percent" in kinds
    assert [f.kind for f in facts_of("The motion passed 10-5 in the council.")] == ["tally"]


def test_a_range_written_two_ways_is_no_conflict_but_a_changed_bound_is() -> None:
    a = "The vase sold for 5.1 million euros, against an estimate of 4 million to 6 million euros."
    b = "The vase fetched 5.1 million euros, within its estimate of 4-6 million euros."
    assert notes(a, b) == []


def test_a_gap_to_another_figure_is_not_a_level() -> None:
    a = "The vote gives the Greens four more seats than in 2021 but leaves them 17 seats short of a majority."
    b = "The Greens are up from 42 seats in 2021, while a majority needs 76."
    assert not [n for n in notes(a, b) if n.startswith("number")]
    # two gaps still compare
    assert notes(
        "The bloc is 17 seats short of a majority.", "The bloc is 15 seats short of a majority."
    ) == ["number: 17 vs 15 (seats)"]


def test_a_result_listed_after_a_name_is_a_count_of_its_own() -> None:
    a = "Forward Latvia won 12 seats. The Greens took 8 seats, and Unity won 9 seats."
    b = "Forward Latvia won 12 seats, the Greens 8 seats and Unity 9 seats."
    assert sorted(f.value for f in facts_of(b) if f.kind == "number") == [8.0, 9.0, 12.0]
    assert notes(a, b) == []


def test_a_measure_with_decimals_before_its_noun_is_compared() -> None:
    a = "The auction's top lot was a 14.62-carat pink diamond, sold to a dealer."
    b = "The auction's top lot was a 14.26-carat pink diamond, sold to a dealer."
    assert notes(a, b) == ["number: 14.62-carat vs 14.26-carat"]
    # a quake's magnitude stays the magnitude's rule
    quake = facts_of("The 6.3-magnitude quake struck at dawn.")
    assert not any(f.kind == "number" and f.unit == "magnitude" for f in quake)


def test_a_comparison_word_before_a_figure_is_read_before_the_noun_after_it() -> None:
    a = "The chain said fares would rise a little in 2026, less than the 6 percent average increase of 2025."
    b = "The chain said fare increases in 2026 would be small, below the average 6% rise of 2025."
    assert not [n for n in notes(a, b) if n.startswith("one side says the opposite")]


def test_a_person_s_rank_and_employer_around_the_name_is_no_act() -> None:
    quote = '"Prices this high will test the most loyal fans,"'
    a = f"{quote} said Lena Ortiz, a senior analyst at Northgate Research."
    b = f"{quote} said Northgate Research senior analyst Lena Ortiz."
    assert notes(a, b) == []


def test_a_body_s_person_told_with_a_possessive_or_at_the_body_is_no_act() -> None:
    # ut127: "said Hartwell's head of retirement research, Fiona McAllister" / "said Fiona
    # McAllister, head of retirement research at Hartwell" was "who did what to whom, turned round"
    quote = '"Fares this high will test the most loyal passengers,"'
    a = f"{quote} said Northgate's head of transport research, Lena Ortiz."
    b = f"{quote} said Lena Ortiz, head of transport research at Northgate."
    assert notes(a, b) == []
    # near miss: an act between a body and a person, turned round, still shows
    a = "Northgate sued Lena Ortiz over the unpaid research fees last spring, the court heard."
    b = "Lena Ortiz sued Northgate over the unpaid research fees last spring, the court heard."
    assert [n.split(":")[0] for n in notes(a, b)] == ["who did what to whom, turned round"]


def test_two_names_that_traded_their_participles_are_an_act_turned_round() -> None:
    # ut134: "owned by Salford City Council and managed by ... Irwell Homes" / "owned by ... Irwell
    # Homes and managed by Salford City Council", the sentence reordered besides
    a = "The tower, owned by Leeds City Council and run by the charity Northgate Homes, has 90 flats."
    b = "Fielding Court, 90 flats, is owned by the charity Northgate Homes and run by Leeds City Council."
    assert notes(a, b) == [
        "who did what to whom, turned round: owned by Leeds City Council vs owned by Northgate Homes"
    ]
    # near miss: the same owner and the same manager, told in another order
    c = "Fielding Court, 90 flats, is run by the charity Northgate Homes and owned by Leeds City Council."
    assert notes(a, c) == []


def test_one_range_told_in_two_units_of_time_is_a_slip() -> None:  # ut210
    from reader.facts.ranges import range_diffs

    got = range_diffs(
        "Repairs to the line usually take between 6 and 8 weeks, the agency said.",
        "Repairs to the line usually take 6 to 8 months.",
    )
    assert [(d.left, d.right) for d in got] == [("between 6 and 8 weeks", "6 to 8 months")]
    # ... of one act only: a repair and an inquiry take their own times
    assert range_diffs("Repairs usually take 6 to 8 weeks.", "The inquiry should last 6 to 8 months.") == []
    # ... and two units of no time are two things counted
    assert range_diffs("The firm hired 6 to 8 engineers.", "The firm hired 6 to 8 designers.") == []
