"""The fast forms of the tokenizer's patterns find exactly what their plain forms find."""

from __future__ import annotations

import random
import re

from reader.align.tokens import _NAME_RUN

# the plain form of tokens._NAME_RUN
PLAIN_NAME_RUN = re.compile(r"(?:\b[A-Z][a-z]+(?:\s+(?:of|for|and|the|de)\s+|\s+)){1,5}[A-Z][a-z]+\b")

SENTENCES = [
    "The Bank of Upper Volta and the Royal Society for Birds met in Lower Hampton on Friday.",
    "Officials at the Ministry of Fisheries said Maria de Souza Lopes would lead the talks.",
    "McDonald Houses and O'Brien Street were named after Jean-Luc Marchand, a Frenchman.",
    "Élodie Martin Rossi met Ánh Nguyen Tran at Carl Zeiss Jena in Écully.",
    "A B C and Ab Cd Ef Gh Ij Kl Mn Op were listed; THE END came at Rock Creek Park.",
    "  Tabs\tBetween\tWords and\nLines Of Text for the Hall of Fame  ",
    "Red Cross volunteers fed 1,200 people in Port Harbor and Lake Cityville.",
    "no capitals at all here, only words and numbers 12 and 13.",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_name_run_finds_what_the_plain_pattern_finds() -> None:
    for text in SENTENCES:
        assert _spans(_NAME_RUN, text) == _spans(PLAIN_NAME_RUN, text), text
    rng = random.Random(3)
    parts = [
        "A",
        "Ab",
        "The",
        "of",
        "the",
        "and",
        "de",
        "for",
        " ",
        "  ",
        "\t",
        "x",
        "É",
        "é",
        "Mc",
        "D",
        "1",
        "_",
        "-",
        "'",
        "\n",
        ".",
    ]
    for _ in range(20_000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 25)))
        assert _spans(_NAME_RUN, text) == _spans(PLAIN_NAME_RUN, text), repr(text)
