"""Properties of the fact layer, checked on generated sentences (hypothesis).

* A sentence compared with itself has no differences, whatever it contains.
* A sentence reworded only by date formats ("Dec. 10, 2012" / "10 December 2012" /
  "December 10, 2012") and number formats ("12" / "twelve", "5%" / "5 percent",
  "1,200" / "1200") has no differences either.
* Swapping the sides swaps the spans of every difference.
* Every span points at its own words.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader import facts

SETTINGS = settings(max_examples=100, deadline=None)

MONTHS = [
    ("January", "Jan."), ("February", "Feb."), ("March", "March"), ("April", "April"),
    ("May", "May"), ("June", "June"), ("July", "July"), ("August", "Aug."),
    ("September", "Sept."), ("October", "Oct."), ("November", "Nov."), ("December", "Dec."),
]  # fmt: skip
WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
]  # fmt: skip
NAMES = [
    "Laurent Fabius",
    "Charles Rivkin",
    "Felipe Calderón",
    "Angela Merkel",
    "the NSA",
    "Le Monde",
    "Reuters",
]
NOUNS = ["people", "soldiers", "phone calls", "homes", "protesters", "votes"]
VERBS = ["counted", "reported", "killed", "arrested", "recorded"]


@st.composite
def dates(draw: st.DrawFn) -> tuple[int, int, int]:
    return (draw(st.integers(1990, 2030)), draw(st.integers(1, 12)), draw(st.integers(1, 28)))


def date_text(value: tuple[int, int, int], style: int) -> str:
    y, m, d = value
    full, short = MONTHS[m - 1]
    return [f"{short} {d}, {y}", f"{d} {full} {y}", f"{full} {d}, {y}"][style]


def count_text(n: int, style: int) -> str:
    """'12' or 'twelve'; '1,200' or '1200' (a bare 4-digit number from 1600 to 2099 reads
    as a year, so counts of that size keep their comma)."""
    if n <= 20 and style == 1:
        return WORDS[n]
    if n >= 1000 and (style == 0 or 1600 <= n < 2100):
        return f"{n:,}"
    return str(n)


def percent_text(p: int, style: int) -> str:
    return [f"{p}%", f"{p} percent", f"{p} per cent"][style]


@st.composite
def stories(draw: st.DrawFn) -> tuple[list[object], str]:
    """A sentence plan (its facts) and a first wording of it."""
    plan: list[object] = [
        draw(st.sampled_from(NAMES)),
        draw(st.integers(2, 5000)),
        draw(st.sampled_from(NOUNS)),
        draw(st.sampled_from(VERBS)),
        draw(dates()),
        draw(st.integers(1, 99)),
        draw(st.booleans()),  # a second date
        draw(dates()),
    ]
    return plan, ""


def word(plan: list[object], styles: tuple[int, int, int, int]) -> str:
    name, n, noun, verb, date1, pct, two, date2 = plan
    ds, ns, ps, ds2 = styles
    assert isinstance(n, int) and isinstance(pct, int)
    text = (
        f"{name} said {count_text(n, ns)} {noun} were {verb} on "
        f"{date_text(date1, ds)}, a rise of {percent_text(pct, ps)}"  # type: ignore[arg-type]
    )
    if two:
        text += f", and more since {date_text(date2, ds2)}"  # type: ignore[arg-type]
    return text + "."


style = st.tuples(st.integers(0, 2), st.integers(0, 1), st.integers(0, 2), st.integers(0, 2))


def differences(a: str, b: str) -> list[tuple[str, str, str]]:
    fa = facts.extract_document([a])[0]
    fb = facts.extract_document([b])[0]
    return [(d.kind, d.left, d.right) for d in facts.differences(fa, fb, a, b)]


@SETTINGS
@given(stories(), style)
def test_sentence_against_itself_has_no_differences(
    story: tuple[list[object], str], s: tuple[int, int, int, int]
) -> None:
    text = word(story[0], s)
    assert differences(text, text) == []


@SETTINGS
@given(stories(), style, style)
def test_rewording_dates_and_numbers_is_no_difference(
    story: tuple[list[object], str], s1: tuple[int, int, int, int], s2: tuple[int, int, int, int]
) -> None:
    a, b = word(story[0], s1), word(story[0], s2)
    assert differences(a, b) == [], (a, b)


@SETTINGS
@given(stories(), style, st.integers(1, 40))
def test_another_count_is_flagged_with_its_spans(
    story: tuple[list[object], str], s: tuple[int, int, int, int], delta: int
) -> None:
    plan = story[0]
    other = list(plan)
    other[1] = int(plan[1]) + delta  # type: ignore[call-overload]
    a, b = word(plan, s), word(other, s)
    got = differences(a, b)
    assert got and got[0][0] == "number"
    assert got[0][1] in a and got[0][2] in b


@SETTINGS
@given(stories(), stories(), style, style)
def test_swapping_sides_swaps_spans(
    x: tuple[list[object], str],
    y: tuple[list[object], str],
    s1: tuple[int, int, int, int],
    s2: tuple[int, int, int, int],
) -> None:
    a, b = word(x[0], s1), word(y[0], s2)
    assert differences(b, a) == [(k, r, l) for k, l, r in differences(a, b)]


TOKENS = [
    *"abcdefghij ABCDEFGH 0123456789 .,;:-%$€'\"“”()",
    *(
        "Dec. ",
        " May ",
        " percent",
        " million",
        " days",
        "-year-old",
        " p.m.",
        "Rivkin",
        "Rifkin",
        " he said",
    ),
]
TEXT = st.lists(st.sampled_from(TOKENS), max_size=60).map("".join)


@SETTINGS
@given(TEXT)
def test_any_text_spans_point_at_their_words_and_self_compare_is_clean(text: str) -> None:
    found = facts.extract(text)
    for f in found:
        assert text[f.start : f.end] == f.text
    doc = facts.extract_document([text, text])
    assert facts.differences(doc[0], doc[1], text, text) == []
    assert facts.unique_details(doc[0], doc[1]) == ([], [])
