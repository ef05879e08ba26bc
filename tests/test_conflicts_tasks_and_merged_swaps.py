"""Two people's tasks traded in a reworded sentence (reader.facts.duty_swap), figures swapped
across a merge told as a swap, not as moves turned round (reader.passage_values.swaps_not_turns),
and "heavier" / "lighter" as opposites.  Sentences of our own, both ways round, with near misses."""

from __future__ import annotations

import pytest

from reader import compare
from tests.mirror import flags


@pytest.mark.parametrize(
    ("left", "right", "names"),
    [
        (
            "Okonjo will run the kitchen, while Delacroix will be in charge of the dining room.",
            "Delacroix will oversee the kitchen, with Okonjo looking after the dining room.",
            ("Okonjo", "Delacroix"),
        ),
        (
            "Maria Lund will chair the inquiry, and Peter Haas will act as its chief counsel.",
            "Peter Haas will chair the inquiry, and Maria Lund will serve as chief counsel.",
            ("Lund", "Haas"),
        ),
    ],
)
def test_tasks_traded_between_two_people_are_a_conflict(
    left: str, right: str, names: tuple[str, str]
) -> None:
    got = [d for d in flags(left, right) if d[0] == "name"]
    assert len(got) == 1
    assert all(n in got[0][1] and n in got[0][2] for n in names)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # each keeps a task, told in other words
            "Okonjo will run the kitchen, while Delacroix will be in charge of the dining room.",
            "Okonjo will oversee the kitchen, with Delacroix looking after the dining room.",
        ),
        (  # an act between the two, no clause of each: the same meeting
            "Okonjo met Delacroix in Lyon to discuss the new menu.",
            "Delacroix met Okonjo in Lyon to discuss the new menu.",
        ),
        (  # a figure stays with each name: the words around them reordered, no task traded
            "Shares in Arvola rose 4.1 percent in early trading, while Benthic shares jumped 9 percent.",
            "Arvola shares closed 4.1 percent higher and Benthic's rose 9 percent.",
        ),
        (  # both said something: saying is no task
            "Okonjo said the menu would change, and Delacroix said prices would stay.",
            "Delacroix said the menu would change, and Okonjo said prices would stay.",
        ),
    ],
)
def test_tasks_kept_or_an_act_between_two_people_are_no_traded_tasks(left: str, right: str) -> None:
    assert not any(d[0] == "name" and "tasks traded" in str(d) for d in flags(left, right))


def test_figures_swapped_across_a_merge_are_told_as_a_swap_not_as_moves_turned_round() -> None:
    left = (
        "Copper rose 4.1 percent in the week to $9,120 a tonne, its best week since March."
        " Aluminium fell 2.7 percent to $2,310 a tonne on weaker demand."
    )
    right = (
        "Copper ended the week at $9,120 a tonne, up 2.7 percent and its best week since March, while"
        " aluminium fell 4.1 percent to $2,310 a tonne."
    )
    for a, b in ((left, right), (right, left)):
        notes = [x.difference.note for x in compare(a, b).disagreements()]
        assert any(n.startswith("figures swapped") for n in notes)
        assert not any(n.startswith("one side says the opposite") for n in notes)


def test_a_real_move_turned_round_in_a_merge_stays_a_turn() -> None:
    left = (
        "Copper rose 4.1 percent in the week to $9,120 a tonne, its best week since March."
        " Aluminium fell 2.7 percent to $2,310 a tonne on weaker demand."
    )
    right = (
        "Copper ended the week at $9,120 a tonne, down 4.1 percent, while aluminium fell 2.7 percent"
        " to $2,310 a tonne."
    )
    notes = [x.difference.note for x in compare(left, right).disagreements()]
    assert any(n.startswith("one side says the opposite") for n in notes)
    assert not any(n.startswith("figures swapped") for n in notes)


def test_heavier_against_lighter_is_an_opposite() -> None:
    left = "The new carriage is 300 kilograms heavier than the one it replaces, the operator said."
    right = "The new carriage is 300 kilograms lighter than the one it replaces, the operator said."
    assert ("negation", "heavier", "lighter") in flags(left, right)
