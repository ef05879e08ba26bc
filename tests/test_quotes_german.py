"""German quotation marks („...“): the closing mark is the English opening one."""

from __future__ import annotations

from reader.facts import extract


def quotes(text: str) -> list[str]:
    return [f.text.strip('„“”"') for f in extract(text) if f.kind == "quote"]


def test_german_quotes_close_at_the_raised_mark() -> None:
    text = "Die Ministerin sagte: „Wir haben die Brücke rechtzeitig fertig gebaut“, und lachte."
    assert quotes(text) == ["Wir haben die Brücke rechtzeitig fertig gebaut"]


def test_two_german_quotes_stay_two() -> None:
    text = "Er nannte es „einen großen Erfolg für die Stadt“ und sie „eine teure Baustelle am Fluss“."
    assert quotes(text) == ["einen großen Erfolg für die Stadt", "eine teure Baustelle am Fluss"]


def test_english_quotes_read_as_before() -> None:
    text = "The mayor called it “a great day for the harbour” and “long overdue”, officials said."
    assert quotes(text) == ["a great day for the harbour", "long overdue"]
