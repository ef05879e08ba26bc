"""One name of a list put for another (ut113): "bureaus in Leeds, Bristol and Glasgow" / "its Leeds,
Bristol and Edinburgh bureaus".  reader.facts.name_lists; every sentence is made up for the test,
each case compared both ways round, with its near misses."""

from __future__ import annotations

import pytest

from tests.mirror import notes


def test_one_name_of_a_list_put_for_another_conflicts_however_the_list_is_placed() -> None:
    a = "The broadcaster will close its studios in Cardiff, Belfast and Aberdeen by the end of March."
    b = "The broadcaster will shut its Cardiff, Belfast and Inverness studios by the end of March."
    assert notes(a, b) == ["one name for another: Aberdeen vs Inverness"]


@pytest.mark.parametrize(
    "b",
    [
        # the name moved out of the list, not replaced
        "The broadcaster will shut its Cardiff and Belfast studios by the end of March, and Aberdeen later.",
        # two names of the list differ: no list told alike
        "The broadcaster will shut its Cardiff, Derry and Inverness studios by the end of March.",
        # a list one name longer
        "The broadcaster will shut its Cardiff, Belfast, Aberdeen and Inverness studios by the end of March.",
        # one name written two ways: the spelling rule's
        "The broadcaster will shut its Cardiff, Belfast and Abredeen studios by the end of March.",
        # ... a translation's letters (the Bible's "Cain" / "Kain"; the corpus's "Fort Myers" /
        # "Ft. Myers." below)
        "The broadcaster will shut its Cardiff, Belfast and Aberdien studios by the end of March.",
    ],
)
def test_a_list_told_otherwise_is_no_name_put_for_another(b: str) -> None:
    a = "The broadcaster will close its studios in Cardiff, Belfast and Aberdeen by the end of March."
    assert [n for n in notes(a, b) if n.startswith("one name for another")] == []


def test_one_country_s_two_names_in_a_list_are_one_name() -> None:  # ut152
    a = "The trial ran at 42 sites in the United States, Canada and Japan over two years."
    b = "The trial ran at 42 sites in the US, Canada and Japan over two years."
    assert [n for n in notes(a, b) if n.startswith("one name for another")] == []
    # near miss: another country put for it is one place for another
    c = "The trial ran at 42 sites in the UK, Canada and Japan over two years."
    assert notes(a, c) == ["one place for another: United States vs UK"]


def test_names_written_two_ways_are_one_name() -> None:
    from reader.facts.name_lists import _one_name

    assert _one_name("Fort Myers", "Ft. Myers.")
    assert _one_name("Cain", "Kain")
    assert not _one_name("Glasgow", "Edinburgh")
    assert not _one_name("Leeds", "Leith")  # near miss: two towns sharing letters
