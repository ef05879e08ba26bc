"""Units of measure and their conversions: "10 inches" is "25 centimeters", "30 miles" is
"48 kilometres".

One article of a pair often converts the other's figure (an American wire story in miles, a
British rewrite in kilometres).  Two figures in units of one dimension are one measure when
the converted values meet within :data:`CONVERTED_APART_MAX` (a conversion is rounded: 30
miles is 48.3 km, written "48"); in units of two dimensions (a length and a weight) they
measure two things.  A general fact of the units, not of any article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.model import Fact

# a number both sides give in units of one measure is reported with the measure's name: an editor
# reads "temperature: 41C vs 43C", not "number" ("length" is any distance, height or depth)
MEASURE_LABELS = {"mass": "weight", "data": "data size"}
# unit as written (lower case) -> (dimension, size in the dimension's base unit)
_UNITS: dict[str, tuple[str, float]] = {}
# (dimension, size) -> the first form registered of it: the one name of a unit (unit_name)
_NAMES: dict[tuple[str, float], str] = {}


def _add(dimension: str, size: float, *forms: str) -> None:
    for form in forms:
        _UNITS[form] = (dimension, size)
    _NAMES.setdefault((dimension, size), forms[0])


_add("length", 0.001, "mm", "millimeter", "millimeters", "millimetre", "millimetres")
_add("length", 0.01, "cm", "centimeter", "centimeters", "centimetre", "centimetres")
_add("length", 1.0, "meter", "meters", "metre", "metres")
_add("length", 1000.0, "km", "kilometer", "kilometers", "kilometre", "kilometres")
_add("length", 0.0254, "inch", "inches", "in.")
_add("length", 0.3048, "foot", "feet", "ft")
_add("length", 0.9144, "yard", "yards", "yd")
_add("length", 1609.344, "mile", "miles", "mi")
_add("length", 1852.0, "nautical mile", "nautical miles")
_add("mass", 0.001, "gram", "grams", "g")
# the small masses of pollution readings and doses ("15 micrograms per litre" / "15 milligrams")
_add("mass", 1e-6, "milligram", "milligrams", "mg", "milligramme", "milligrammes")
_add("mass", 1e-9, "microgram", "micrograms", "µg", "mcg", "microgramme", "microgrammes")
_add("mass", 1e-12, "nanogram", "nanograms", "ng")
_add("mass", 1.0, "kg", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes")
_add("mass", 0.45359237, "pound", "pounds", "lb", "lbs")
_add("mass", 0.028349523, "ounce", "ounces", "oz")
# "tons" in news on mines, ports and harvests is most often the metric ton a rewrite writes
# "tonnes": one unit, so "1.7 million tons" / "1.7 million tonnes" is one figure, never a unit changed
_add("mass", 1000.0, "tonne", "tonnes", "ton", "tons", "metric ton", "metric tons", "t")
_add("mass", 1000.0, "metric tonne", "metric tonnes")
_add("volume", 1.0, "liter", "liters", "litre", "litres", "l")
_add("volume", 100.0, "hectolitre", "hectolitres", "hectoliter", "hectoliters", "hl")
_add("volume", 0.001, "ml", "milliliter", "milliliters", "millilitre", "millilitres")
# reservoirs' and utilities' volumes ("3,150 megalitres" / "3,150 million litres"; not "ML", which
# folds to a millilitre's "ml")
_add("volume", 1e6, "megalitre", "megalitres", "megaliter", "megaliters")
_add("volume", 1e9, "gigalitre", "gigalitres", "gigaliter", "gigaliters")
_add("volume", 3.785411784, "gallon", "gallons", "gal")
# the oil barrel of 42 US gallons, the unit of crude and fuel in news of markets and spills
_add("volume", 158.987294928, "barrel", "barrels", "bbl")
_add("volume", 1000.0, "cubic metre", "cubic metres", "cubic meter", "cubic meters")
_add("volume", 28.316846592, "cubic foot", "cubic feet")
_add("area", 4046.8564224, "acre", "acres")
_add("area", 10000.0, "hectare", "hectares", "ha")
_add("area", 1.0, "square metre", "square metres", "square meter", "square meters")
_add("area", 0.09290304, "square foot", "square feet")
_add("area", 1e6, "square kilometre", "square kilometres", "square kilometer", "square kilometers")
_add("area", 2589988.110336, "square mile", "square miles")
_add("speed", 1.0, "km/h", "kph", "kmh")
_add("speed", 1.609344, "mph")
_add("speed", 1.852, "knot", "knots")  # a ship's or a wind's speed, a nautical mile an hour
# power and energy, of plants, grids and batteries ("a 1,200-megawatt reactor" / "1.2 gigawatts")
_add("power", 1.0, "watt", "watts", "w")
_add("power", 1e3, "kilowatt", "kilowatts", "kw")
_add("power", 1e6, "megawatt", "megawatts", "mw")
_add("power", 1e9, "gigawatt", "gigawatts", "gw")
_add("energy", 1.0, "kilowatt-hour", "kilowatt-hours", "kilowatt hour", "kilowatt hours", "kwh")
_add("energy", 1e3, "megawatt-hour", "megawatt-hours", "megawatt hour", "megawatt hours", "mwh")
_add("energy", 1e6, "gigawatt-hour", "gigawatt-hours", "gigawatt hour", "gigawatt hours", "gwh")
_add("energy", 1e9, "terawatt-hour", "terawatt-hours", "terawatt hour", "terawatt hours", "twh")
# a share of a mixture, in readings of air and water ("40 parts per million" is written "40 ppm")
_add("concentration", 1e-6, "ppm")
_add("concentration", 1e-9, "ppb")
# memory and storage, in the makers' decimal units (a "1TB" drive holds 1,000 GB)
_add("data", 0.001, "mb", "megabyte", "megabytes")
_add("data", 1.0, "gb", "gigabyte", "gigabytes")
_add("data", 1000.0, "tb", "terabyte", "terabytes")
_add("data", 1e-6, "kilobyte", "kilobytes")
# ... and a line's speed in bits, an eighth of a byte ("94.6 megabits per second" / "94.6 Mbps"
# is one speed, "94.6 megabytes per second" another: ut130)
_add("data", 1.25e-7, "kilobit", "kilobits", "kbps", "kbit/s")
_add("data", 1.25e-4, "megabit", "megabits", "mbps", "mbit/s")
_add("data", 0.125, "gigabit", "gigabits", "gbps", "gbit/s")
# a temperature's size is its degree's; its zero is set apart (:data:`_ZERO`)
# ("degrees (fahrenheit)": bare degrees the article's one scale named elsewhere makes Fahrenheit)
_add(
    "temperature",
    1.0,
    "°c",
    "c",
    "celsius",
    "centigrade",
    "degrees celsius",
    "degrees centigrade",
    "degrees (celsius)",
    "degree celsius",
    "degree centigrade",
)
_add(
    "temperature",
    5 / 9,
    "°f",
    "f",
    "fahrenheit",
    "degrees fahrenheit",
    "degrees (fahrenheit)",
    "degree fahrenheit",
)
FAHRENHEIT_ZERO = 32.0  # where the Fahrenheit scale starts, in its own degrees: 32°F is 0°C

# two converted figures of one measure stand at most this share of the larger apart: a
# conversion is rounded to the writer's precision ("30 miles" / "48 km" is 0.6 % apart, "10
# inches" / "25 centimeters" 1.6 %, "6 feet" / "nearly two meters" 9 %)
CONVERTED_APART_MAX = 0.1
# ... and two temperatures at most this many degrees Celsius apart: a conversion rounded to
# whole degrees of either scale (94°F is 34.4°C, written "34C"; a forecast's "about 95F" /
# "35C"); a share of the value says nothing near zero
CONVERTED_DEGREES_MAX = 1.5

# a unit written onto its figure ("90km", "34C") as :func:`unit_of` reads it
_GLUED = {"kmh": "km/h", "kph": "km/h"}


def glued_unit(written: str) -> str:
    """The unit of a figure that has it written on ("90km", "113km/h", "34°C"), lower case."""
    u = written.strip().replace(" ", "")
    return _GLUED.get(u, u)


def unit_name(unit: str) -> str:
    """The one name of a unit written as another word ("tons", "metric tons" -> "tonne"; "oz"
    -> "ounce"): the first form registered of its size; "" for a unit's own name or plural
    ("yards" stays what it counts) and for any other word."""
    written = unit.lower().strip()
    size = _UNITS.get(written)
    named = _NAMES[size] if size else ""
    return named if named.rstrip("s") != written.rstrip("s") else ""


def measure_units() -> frozenset[str]:
    """Every unit of measure as written (lower case)."""
    return frozenset(_UNITS)


def unit_of(unit: str) -> tuple[str, float] | None:
    """(dimension, size in its base unit) of a unit of measure as written; None for any
    other word ("people", "votes").  A length an hour is a speed ("kilometres per hour", "km/h",
    the base km/h)."""
    u = unit.lower().strip()
    if u in _UNITS:
        return _UNITS[u]
    for per in (PER_HOUR, "/h"):
        if u.endswith(per) and (length := _UNITS.get(u[: -len(per)])) and length[0] == "length":
            return "speed", length[1] / 1000
    return None


# the first words of units of two words ("nautical miles", "square metres", "degrees Celsius",
# "metric tons")
_FIRST_OF_TWO = frozenset(
    "nautical square cubic degree degrees metric kilowatt megawatt gigawatt terawatt".split()
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def unit_of_two_words(first: str, text: str, at: int) -> str | None:
    """The unit of two words, as written, that ``first`` (ending at ``at`` in ``text``) opens
    ("18 nautical miles", "2,300 square metres", "94 degrees Fahrenheit"); None when it opens none
    ("3 square towers", "40 degrees in the shade")."""
    nxt = _NEXT_WORD.match(text, at) if first.lower() in _FIRST_OF_TWO else None
    unit = f"{first} {nxt.group(1)}" if nxt else ""
    return unit if nxt and unit_of(unit) else None


# how :func:`reader.facts.extract_numbers` writes a length an hour ("miles an hour"; "km/h" as written)
PER_HOUR = " per hour"


def converted(value_a: float, unit_a: str, value_b: float, unit_b: str) -> bool | None:
    """Whether two figures in two units of measure are one measure converted (True), two
    measures (False), or None when either unit is no unit of measure or both are the same
    unit (nothing to convert)."""
    ua, ub = unit_of(unit_a), unit_of(unit_b)
    if ua is None or ub is None or ua == ub:
        return None
    if ua[0] != ub[0] or value_a == value_b:
        return False  # two dimensions; or one figure in two units: a unit changed, not converted
    if ua[0] == "temperature":
        ca, cb = celsius(value_a, unit_a), celsius(value_b, unit_b)
        return abs(ca - cb) <= CONVERTED_DEGREES_MAX
    sa, sb = value_a * ua[1], value_b * ub[1]
    return abs(sa - sb) <= CONVERTED_APART_MAX * max(abs(sa), abs(sb))


def celsius(value: float, unit: str) -> float:
    """A temperature in ``unit`` (a unit of :func:`unit_of`'s "temperature") in degrees Celsius."""
    size = _UNITS[unit.lower().strip()][1]
    return (value - (FAHRENHEIT_ZERO if size != 1.0 else 0.0)) * size


def two_dimensions(unit_a: str, unit_b: str) -> bool:
    """Do two units measure two dimensions (a length, a weight)?"""
    ua, ub = unit_of(unit_a), unit_of(unit_b)
    return ua is not None and ub is not None and ua[0] != ub[0]


def count_and_measure(unit_a: str, unit_b: str) -> bool:
    """Is one of two units a unit of measure and the other the noun of a count of things ("km/h"
    / "people")?  Two nouns or two units of measure are neither."""
    return bool(unit_a and unit_b) and (unit_of(unit_a) is None) != (unit_of(unit_b) is None)


def one_measure(unit_a: str, unit_b: str) -> bool:
    """Are two units of one measure ("acres" / "hectares", "pounds" / "kg", "°F" / "C")?"""
    ua, ub = unit_of(unit_a), unit_of(unit_b)
    return ua is not None and ub is not None and ua[0] == ub[0]


def lone_of_measure(a: Fact, b: Fact, mine: Sequence[Fact], theirs: Sequence[Fact]) -> bool:
    """Are ``a`` and ``b`` one figure whose unit slipped to another of its measure, the one figure
    of the measure each side leaves unexplained (``mine``, ``theirs``)?  "deepen the channel from
    12.5 metres to 16 metres and widen it to 280 metres" / "... to 16 feet ...": once 12.5 and 280
    metres agree, 16 metres and 16 feet are one depth, whatever counts of ships stand beside them
    (two figures are two lengths: "162 yards" passing, "took it 32 yards")."""
    if a.kind == b.kind == "percent":  # one change told in points and in percent ("up 1.4 percentage
        # points from 9.8 percent" / "climbed 1.4 percent to 11.2 percent", ut262)
        return (  # (not basis points: "31 basis points" is a level of 0.31%, ut163)
            a.value == b.value
            and (a.unit == "points") != (b.unit == "points")
            and not any(re.search(r"basis|\bbps?\b", f.text, re.IGNORECASE) for f in (a, b))
            and [x for x in mine if x.value == a.value] == [a]
            and [y for y in theirs if y.value == b.value] == [b]
        )
    if a.value != b.value or not one_measure(a.unit, b.unit):
        return False
    dim = _dim(a)
    return [x for x in mine if _dim(x) == dim] == [a] and [y for y in theirs if _dim(y) == dim] == [b]


def _dim(f: Fact) -> str | None:
    u = unit_of(f.unit) if f.unit else None
    return u[0] if u is not None else None


def bound_of_no_measure(a: Fact, b: Fact) -> bool:
    """Is one of two different figures an open bound with no unit and the other a measure ("up
    to 14,000" ships / "16 feet")?  The bound would explain any smaller measure of the sentence."""
    if a.value == b.value or bool(a.unit) == bool(b.unit):
        return False
    bound, measure = (a, b) if not a.unit else (b, a)
    return bound.bound in "<>" and unit_of(measure.unit) is not None


# what a measure is of, after its unit: the first word of it ("420 tonnes of *fuel* oil")
_OF_WHAT = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?([A-Za-z-]+)")


def of_two_stuffs(a: str, text_a: str, b: str, text_b: str) -> bool:
    """Are two spans ("40 miles", "40 tonnes") figures in units of two dimensions, each followed by
    what it measures, two things ("40 miles of road" / "40 tonnes of debris": no unit slipped)?"""
    ua, ub = a.split()[-1:], b.split()[-1:]
    if not ua or not ub or not two_dimensions(ua[0], ub[0]):
        return False
    stuff = []
    for span, text in ((a, text_a), (b, text_b)):
        at = text.find(span)
        m = _OF_WHAT.match(text, at + len(span)) if at >= 0 else None
        if m is None:
            return False
        stuff.append(m.group(1).lower())
    return stuff[0] != stuff[1]


# a count without a currency in thousands of millions is written "bn": "3,000m", "1500m" are metres,
# and so is "m" before a race or its prize ("the 100m title", "400m hurdles", "50m freestyle")
_METRES_ONLY = re.compile(r"\d{1,2},\d{3}|\d{4,5}")
_RACE_AFTER = re.compile(
    r"\s+(?:(?:world|olympic|national|indoor|outdoor|women's|men's)\s+)?(?:title|finals?|races?|hurdles|"
    r"freestyle|backstroke|breaststroke|butterfly|medley|relay|sprint|heats?|semi-?finals?|steeplechase|"
    r"dash|record|gold|silver|bronze|champion(?:ship)?s?|swim|event)\b"
)


def race_metres(figure: str, low: str, end: int) -> bool:
    """Is ``figure`` with "m" on it (no currency), ending at ``end`` of ``low``, a race's metres,
    not millions ("won the 3,000m in 7:41.22", "the 100m title", ut241)?"""
    return bool(_METRES_ONLY.fullmatch(figure) or _RACE_AFTER.match(low, end))
