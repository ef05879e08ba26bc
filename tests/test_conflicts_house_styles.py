"""House styles that say one thing two ways (round two of stop 41's desks: architecture, music,
wine): a range with its sign told once ("HK$2.8-3.6 million"), a floor told as an ordinal or a
number ("the 72nd floor" / "floor 72"), a share and what is left of the whole ("38.5%, the rest
going to" / "the remaining 61.5 percent"), a sales figure in pounds (money, not weight).
Sentences of our own; each checked both ways round (tests.mirror.notes)."""

from __future__ import annotations

import pytest

from tests.mirror import facts_of, notes


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # the range's sign on its lower bound, its scale on the upper (ut81)
            "The painting had been estimated at HK$4.5 million to HK$6 million before the sale.",
            "Before the sale the painting carried an estimate of HK$4.5-6 million.",
        ),
        (  # a range of shares, its mark told once (a first form of this stop's fix broke it)
            "The central bank held its key rate in a range of 4.25% to 4.50% at its March meeting.",
            "The central bank kept its key rate at 4.25-4.50 percent in March.",
        ),
        (  # ordinals told as numbers after their noun (ut79)
            "The tower has offices on floors 5 to 31 and a restaurant on the 64th floor.",
            "The tower has offices on the fifth to 31st floors and a restaurant on floor 64.",
        ),
        (  # a share and the rest of the whole (ut80)
            "Gas and coal supplied the remaining 56.5 percent of the grid's power.",
            "Renewables supplied 43.5% of the grid's power, with the rest coming from gas and coal.",
        ),
    ],
)
def test_one_thing_in_two_house_styles_is_no_conflict(left: str, right: str) -> None:
    assert notes(left, right) == []


def test_the_same_styles_with_a_figure_changed_still_conflict() -> None:
    base = "The painting had been estimated at HK$4.5 million to HK$6 million before the sale."
    assert notes(base, "Before the sale the painting carried an estimate of HK$5.4-6 million.") != []
    # a share changed, no "rest" said: a conflict still
    assert notes(
        "Renewables supplied 43.5 percent of the grid's power last year.",
        "Renewables supplied 56.5% of the grid's power last year.",
    ) == ["percentage: 43.5 percent vs 56.5%"]


def test_a_range_of_sums_with_its_sign_once_is_two_sums_of_the_currency() -> None:
    sums = [(f.text, f.value, f.unit) for f in facts_of("It fetched HK$4.5-6 million.") if f.kind == "money"]
    assert sums == [("HK$4.5", 4_500_000.0, "HKD"), ("6 million", 6_000_000.0, "HKD")]


def test_sales_in_pounds_are_money() -> None:
    (f,) = [
        f for f in facts_of("Net sales fell 2 percent to 1.4 billion pounds.") if f.text.startswith("1.4")
    ]
    assert (f.kind, f.unit) == ("money", "GBP")


def test_a_change_of_thousands_beside_a_level_of_a_scale_is_its_own_figure() -> None:
    # "rose by 100,000 to 4.3 million" is a change and the level it reached, not a range whose
    # lower bound takes the scale (100,000 million); told as "up 100,000" it agrees (ut203)
    counts = [(f.text, f.value) for f in facts_of("Union membership rose by 100,000 to 4.3 million.")]
    assert ("100,000", 100_000.0) in counts
    assert (
        notes(
            "Union membership rose by 100,000 to 4.3 million in the year to March, the figures showed.",
            "Some 4.3 million workers were members in the year to March, up 100,000 on the year before.",
        )
        == []
    )
    # the change itself altered is still a conflict, and a range of a scale still takes it
    assert notes(
        "Membership rose by 2,500 to 1.2 million last year.",
        "Membership climbed by 2,900 to 1.2 million last year.",
    ) == ["number: 2,500 vs 2,900"]
    assert [f.value for f in facts_of("Sales reached 2 to 3 million units.") if f.kind == "number"] == [
        2_000_000.0,
        3_000_000.0,
    ]
