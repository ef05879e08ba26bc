"""A part out of a whole ("missed 10 of the club's 16 games"): the part counts the noun after
the whole, and the whole is no count of the act before it."""

from __future__ import annotations

from reader import compare, facts


def _numbers(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(f.text, f.unit, f.context) for f in facts.extract(text) if f.kind == "number"]


def test_the_part_counts_the_noun_after_the_whole() -> None:
    got = _numbers("The striker sat out 7 of the club's 38 matches with a knee injury.")
    assert got[0] == ("7", "matches", ("match",))
    assert got[1][0] == "38" and all(c.endswith(facts.extract_numbers.WHOLE) for c in got[1][2])


def test_a_part_without_a_figure_for_the_whole() -> None:
    got = _numbers("Police said 40 of the protesters were detained overnight.")
    assert got == [("40", "protesters", ("prote", "said"))]


def _differences(a: str, b: str) -> list[str]:
    return [d.note for k in compare(a, b).links for d in k.differences]


def test_the_whole_does_not_conflict_with_the_count_of_the_act() -> None:
    season = "The striker missed 7 of the club's 38 matches this season with a knee injury."
    told = "The striker missed seven matches this season with a knee injury."
    assert _differences(season, told) == [] and _differences(told, season) == []
    other = "The striker missed nine matches this season with a knee injury."
    assert _differences(season, other) == ["number: 7 vs nine (matches)"]
    assert _differences(other, season) == ["number: nine vs 7 (matches)"]


def test_two_wholes_still_compare() -> None:
    a = "She started 30 of the team's 34 league games last season."
    b = "She started 30 of the team's 36 league games last season."
    assert _differences(a, b) == ["number: 34 vs 36 (league)"]


def test_two_wholes_of_two_acts_do_not_compare() -> None:
    missed = "He missed 10 of the club's 16 games last season."
    started = "He started 14 of the club's 17 games the season before."
    notes = _differences("A season report. " + missed, "A season report. " + started)
    assert not any("16 vs 17" in n for n in notes)  # (10 vs 14 games: one noun, two acts, as before)
    again = "He missed 10 of the club's 17 games last season."
    assert _differences("A season report. " + missed, "A season report. " + again) == [
        "number: 16 vs 17 (games)"
    ]


def test_a_scale_word_is_no_noun_and_a_huge_figure_no_number() -> None:
    got = _numbers("Three of the 2 million residents were hurt.")
    assert got[0][1] != "million" and got[1][:2] == ("2 million", "residents")
    assert compare("The debt is " + "9" * 400 + " dollars. It grew.", "The debt is 5 dollars. It grew.")
