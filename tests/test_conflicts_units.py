"""Units of two words and units inside quotations (ut76, ut77: a museum's floor space, a ship's
position at sea, a rescuer's words on the water temperature).  "18 nautical miles" against "18
kilometres" is a unit changed, against "33 kilometres" the same distance converted; inside a
quotation "7 degrees" and "7C", "90 kilometres" and "90km" are one wording.  Sentences of our
own, each pair checked both ways (tests.mirror.notes)."""

from __future__ import annotations

import pytest

from reader.facts.measures import converted, unit_of
from tests.mirror import facts_of, notes
from tests.test_conflicts_twins import shown


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        (
            "The trawler sank about 26 nautical miles south of the lighthouse.",
            "The trawler sank some 26 kilometres south of the lighthouse.",
            ["length: about 26 nautical miles vs some 26 kilometres"],
        ),
        (
            "The new terminal covers 8,400 square metres on a single floor.",
            "The new terminal covers 8,400 square feet on a single floor.",
            ["area: 8,400 square metres vs 8,400 square feet"],
        ),
        (  # converted: one distance, one area
            "The trawler sank about 26 nautical miles south of the lighthouse.",
            "The trawler sank about 48 kilometres south of the lighthouse.",
            [],
        ),
        (
            "The new terminal covers 8,400 square metres on a single floor.",
            "The new terminal covers about 90,000 square feet on a single floor.",
            [],
        ),
        (  # "metric tons" is one unit, the tonne: a rounding with "about" is no conflict (ut272)
            "The new quota lets boats land 18,700 tonnes of herring next year.",
            "Boats may land about 19,000 metric tons of herring next year.",
            [],
        ),
        (
            "The smelter produced 3.6 million tonnes of aluminium last year.",
            "The smelter produced 3.1 million metric tonnes of aluminium last year.",
            ["weight: 3.6 million tonnes vs 3.1 million metric tonnes"],
        ),
    ],
)
def test_a_unit_of_two_words_is_a_unit(left: str, right: str, want: list[str]) -> None:
    assert notes(left, right) == want


def test_units_of_two_words_are_measures() -> None:
    assert unit_of("nautical miles") == ("length", 1852.0)
    assert converted(1.0, "square miles", 2.59, "square kilometres") is True
    assert [
        f.unit for f in facts_of("The reserve spans 12 square miles of marsh.") if f.kind == "number"
    ] == ["square miles"]
    # "square" before no unit is the word it is
    assert [f.unit for f in facts_of("The town has 3 square towers.") if f.kind == "number"] == ["square"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            '"The sea is 9 degrees out there and every hour counts," the lifeboat coxswain said.',
            '"The sea is 9C out there and every hour counts," the lifeboat coxswain said.',
        ),
        (
            '"The sea is 9 degrees Celsius out there and every hour counts," the lifeboat coxswain said.',
            '"The sea is 9C out there and every hour counts," the lifeboat coxswain said.',
        ),
        (
            '"The front is 40 kilometres from the town and moving towards it," the fire chief said.',
            '"The front is 40km from the town and moving towards it," the fire chief said.',
        ),
        (  # a speed (ut134: "pick up to 60 kilometres per hour" / "60 km/h" was a quote worded two ways)
            '"The gusts will reach 90 kilometres per hour by midnight," the forecaster said.',
            '"The gusts will reach 90 km/h by midnight," the forecaster said.',
        ),
        (
            '"The gusts will reach 55 miles an hour by midnight," the forecaster said.',
            '"The gusts will reach 55 mph by midnight," the forecaster said.',
        ),
    ],
)
def test_a_unit_written_two_ways_in_a_quote_is_one_wording(left: str, right: str) -> None:
    assert notes(left, right) == []


def test_a_figure_or_a_unit_changed_in_a_quote_still_shows() -> None:
    base = '"The front is 40 kilometres from the town and moving towards it," the fire chief said.'
    assert notes(base, base.replace("40 kilometres", "40 miles")) == ["length: 40 kilometres vs 40 miles"]
    assert notes(base, base.replace("40 kilometres", "30km")) == ["length: 40 kilometres vs 30km"]
    gusts = '"The gusts will reach 90 kilometres per hour by midnight," the forecaster said.'
    assert (
        notes(gusts, gusts.replace("90 kilometres per hour", "90 mph"))[0]
        == "speed: 90 kilometres per hour vs 90 mph"
    )


def test_a_speed_in_knots_is_a_unit_of_its_own() -> None:
    # ut267: "sailing at 14 knots" / "doing 14 miles per hour": a ship's speed in another unit
    ferry = "The ferry was making 18 knots when it hit the pier, the harbour master said."
    assert notes(ferry, ferry.replace("18 knots", "18 mph")) == ["speed: 18 knots vs 18 mph"]
    assert notes(ferry, ferry.replace("18 knots", "18 km/h")) == ["speed: 18 knots vs 18 km/h"]
    # near misses: the speed converted (a knot is 1.852 km/h), in words or with "about"
    assert notes(ferry, ferry.replace("18 knots", "about 33 km/h")) == []
    assert notes(ferry, ferry.replace("18 knots", "nearly 21 mph")) == []


def test_a_length_short_of_a_place_is_how_far_from_it() -> None:
    # "short of the barrier" is a distance, like "from the barrier": the unit changed (ut82)
    assert notes(
        "The bus came to a halt 60 metres short of the barrier.",
        "The bus halted 60 feet from the barrier.",
    ) == ["length: 60 metres vs 60 feet"]
    # a gap to a figure is still no level ("14 seats short of a majority" / "won 34 seats")
    assert notes("The party ended 14 seats short of a majority.", "The party won 34 seats.") == []


def test_hectolitres_and_a_figure_after_a_name() -> None:
    # a figure with its scale right after a name is no part of the name ("Apollo 11" is), and
    # hectolitres are a unit of volume (ut81)
    left = "Nordbrau brewed 22 million hectolitres in 2024, and Halsey 9 million hectolitres."
    right = "Nordbrau brewed 22 million hectolitres in 2024, and Halsey 9 million litres."
    assert notes(left, right) == ["volume: 9 million hectolitres vs 9 million litres"]
    assert [f.text for f in facts_of("The crew of Apollo 11 landed in 1969.") if f.kind == "number"] == []


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        (  # a pollution reading's unit slipped by a thousand (chemicals, water desks)
            "Samples from the estuary held 22 micrograms of mercury per litre, the agency said.",
            "Samples from the estuary held 22 milligrams of mercury per litre, the agency said.",
            ["weight: 22 micrograms vs 22 milligrams"],
        ),
        (
            "The new turbine hall will add 850 megawatts of capacity by 2031.",
            "The new turbine hall will add 850 gigawatts of capacity by 2031.",
            ["power: 850 megawatts vs 850 gigawatts"],
        ),
        (
            "The farm's batteries can store 240 megawatt-hours for the evening peak.",
            "The farm's batteries can store 240 kilowatt-hours for the evening peak.",
            ["energy: 240 megawatt-hours vs 240 kilowatt-hours"],
        ),
        (
            "Monitors downwind recorded 65 ppm of sulphur dioxide on Thursday.",
            "Monitors downwind recorded 65 ppb of sulphur dioxide on Thursday.",
            ["concentration: 65 ppm vs 65 ppb"],
        ),
        (  # glued onto the figure, as a label or a British paper writes it
            "Children under 12 should take no more than 250mg a day.",
            "Children under 12 should take no more than 250mcg a day.",
            ["weight: no more than 250mg vs no more than 250mcg"],
        ),
        (  # converted: one capacity, one dose, one volume
            "The new turbine hall will add 850 megawatts of capacity by 2031.",
            "The new turbine hall will add 0.85 gigawatts of capacity by 2031.",
            [],
        ),
        (
            "Children under 12 should take no more than 250mg a day.",
            "Children under 12 should take no more than 250,000 micrograms a day.",
            [],
        ),
        (
            "The reservoir behind the dam holds 4 million cubic metres of water.",
            "The reservoir behind the dam holds 4 billion litres of water.",
            [],
        ),
    ],
)
def test_small_masses_power_energy_and_concentrations_are_measures(
    left: str, right: str, want: list[str]
) -> None:
    assert notes(left, right) == want


def test_a_reservoir_in_cubic_metres_against_litres_is_converted_not_counted() -> None:
    assert unit_of("cubic metres") == ("volume", 1000.0)
    assert converted(4e6, "cubic metres", 4e6, "litres") is False  # one figure, a unit changed
    assert [f.unit for f in facts_of("The 1,500MW plant closed.") if f.kind == "number"] == ["mw"]


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        (  # ut124: one bound of a wait, its unit slipped ("more than" / "longer than")
            "Under the new rule no driver may work more than 12 hours without a rest break.",
            "The new rule says no driver may work longer than 12 minutes without a rest break.",
            ["duration: more than 12 hours vs longer than 12 minutes"],
        ),
        (  # ... and with the same bound word
            "Passengers should not wait more than 3 days for a refund, the regulator said.",
            "Passengers should not wait more than 3 weeks for a refund, the regulator said.",
            ["duration: more than 3 days vs more than 3 weeks"],
        ),
        # the same bound told in two units that agree: no slip
        (
            "Passengers should not wait more than 3 weeks for a refund, the regulator said.",
            "Passengers should not wait longer than 21 days for a refund, the regulator said.",
            [],
        ),
        (  # ut158: a slipped bound beside a span ("a year or more") that would explain it
            "Of the open claims, 9,310 had waited a year or more, and 2,870 for more than two years.",
            "Some 9,310 claims had waited a year or longer, including 2,870 open for more than two months.",
            ["duration: more than two years vs more than two months"],
        ),
        (  # near miss: each bound told alike by the other side, a third span beside: no slip
            "The hearing lasted more than three days, and the appeal more than three months.",
            "The appeal took more than three months; the hearing lasted more than three days.",
            [],
        ),
    ],
)
def test_a_bound_of_time_whose_unit_slipped_conflicts(left: str, right: str, want: list[str]) -> None:
    assert notes(left, right) == want


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        (  # ut130: bits for bytes, the figure kept
            "Median fixed-line speeds reached 61.4 megabits per second last year.",
            "Median fixed-line speeds reached 61.4 megabytes per second last year.",
            ["data size: 61.4 megabits vs 61.4 megabytes"],
        ),
        # one speed written two ways, or converted
        (
            "Median fixed-line speeds reached 61.4 megabits per second last year.",
            "Median fixed-line speeds reached 61.4 Mbps last year.",
            [],
        ),
        ("The new plan offers 500 megabits per second.", "The new plan offers 0.5 gigabits per second.", []),
    ],
)
def test_a_line_s_speed_in_bits_is_not_one_in_bytes(left: str, right: str, want: list[str]) -> None:
    assert notes(left, right) == want


def test_a_race_in_metres_written_with_m_is_no_sum_of_millions() -> None:
    # "won the 3,000m in 7:41.22" / "won the 3,000 metres" (ut241): metres, not 3 billion
    assert (
        notes(
            "Hana Sato won the 1,500 metres in 4 minutes 02 seconds on the last night of the meeting.",
            "Hana Sato won the 1,500m in 4:02 on the last night of the meeting.",
        )
        == []
    )
    assert [
        (f.value, f.unit) for f in facts_of("She took the 400m hurdles title in Oslo.") if f.kind == "number"
    ] == [(400.0, "metres")]
    # a race changed is a length changed, noted as written
    assert notes(
        "Sato won the 800m title in Oslo on Sunday, her third win of the season.",
        "Sato won the 1500m title in Oslo on Sunday, her third win of the season.",
    ) == ["length: 800m vs 1500m"]
    # near miss: "m" before a noun of things counted is millions, as ever
    assert notes(
        "The streaming service added 5m subscribers in the quarter to June.",
        "The streaming service added 8m subscribers in the quarter to June.",
    ) == ["number: 5m vs 8m (subscribers)"]


def test_what_is_left_of_a_race_is_no_mark_reached() -> None:
    # "at the 35-kilometre mark" / "with seven kilometres to go" (ut241): one point of the race
    assert (
        shown(
            "Moreau attacked at the 30-kilometre mark and rode alone to the finish in Laval.",
            "Moreau attacked with 12 kilometres to go and rode alone to the finish in Laval.",
        )
        == []
    )
    # two remainders told two ways are one, and conflict
    assert shown(
        "Moreau attacked with 12 kilometres to go and rode alone to the finish in Laval.",
        "Moreau attacked 15 kilometres from the finish and rode alone to Laval.",
    ) == [("number", "12", "15")]
    # near miss: "left" as a verb is no remainder ("have left with deferred benefits")
    assert shown(
        "The fund has 412,000 members, of whom 103,000 have left with deferred benefits.",
        "The fund has 412,000 members, of whom 113,000 have left with deferred benefits.",
    ) == [("number", "103,000", "113,000")]
