"""One quotation given to two speakers in sentences the aligner never linked (ut104: a rewrite
moved "encouraging but fragile" from the commissioner into another paragraph, beside the deputy
chief constable's own words).  reader.facts.pairing_quotes; sentences of our own, both ways
round (tests.mirror.both_ways)."""

from __future__ import annotations

from tests.mirror import both_ways, cross_of_kind

LEFT = [
    "The county council published its annual road safety figures on Tuesday.",
    'Transport committee chair Ruth Adeyemi said the figures were "a sobering reminder for every driver."',
    "Deaths on rural roads fell to 31 from 38 the year before.",
]
RIGHT = [
    "Annual road safety figures were published by the county council on Tuesday.",
    "Deaths on rural roads fell to 31 from 38 the year before.",
    'Chief Inspector Tom Hallam called the figures "a sobering reminder for every driver."',
    "He urged drivers to slow down on country lanes.",
]


def test_one_quotation_given_to_two_speakers_across_the_articles_conflicts() -> None:
    got = both_ways(cross_of_kind("speaker"), LEFT, RIGHT)
    assert [(x, y) for x, y, _, _ in got] == [(1, 2)]
    assert "Adeyemi" in got[0][2] and "Hallam" in got[0][3]


def test_no_speaker_conflict_across_without_two_people() -> None:  # near misses
    # the same speaker, named in full on one side and by surname on the other
    same = [RIGHT[0], RIGHT[1], 'Adeyemi called the figures "a sobering reminder for every driver."']
    assert both_ways(cross_of_kind("speaker"), LEFT, same) == []
    # a pronoun for the speaker
    pronoun = [RIGHT[0], RIGHT[1], 'She called the figures "a sobering reminder for every driver."']
    assert both_ways(cross_of_kind("speaker"), LEFT, pronoun) == []
    # a name in quotation marks is no one's words
    named = ['Critics called it "Road Safety for All" in March, Ruth Adeyemi said.']
    named_r = ['Tom Hallam said the plan, dubbed "Road Safety for All", was launched in March.']
    assert both_ways(cross_of_kind("speaker"), named, named_r) == []
