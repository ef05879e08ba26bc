"""A shared telling number ("1,250", "3:33") says as much as two shared words, with sentences
of our own: the pair one shared word short of ``shared_words_min`` is scored in full, and
the same pair with another figure is not (reader.align.score)."""

from __future__ import annotations

import numpy as np
import pytest

from reader.align import Settings, score_pairs
from reader.align.tokens import tokens

STORM = [
    "Storm closes port of Halden",
    "A fierce storm closed the port of Halden on Tuesday, the harbour office said.",
    "Each stranded trucker will receive a payment of 1,250 kroner from the city.",
    "Ferries to the islands were cancelled.",
    "The harbour master said the cranes were undamaged.",
]
OTHER = [
    "Halden port shut by storm",
    "The harbour office in Halden said the port was closed on Tuesday because of the storm.",
    "Drivers left waiting get 1,250 kroner each in compensation.",
    "Island ferry services did not run.",
    "Cranes at the port escaped damage, officials said.",
]


def _pair_scores(left: list[str], right: list[str], a: int, b: int) -> tuple[float, float]:
    """(score, raw cosine) of the pair (a, b)."""
    sc = score_pairs(left, right)
    at = np.flatnonzero((sc.li == a) & (sc.ri == b))
    assert at.size == 1
    return float(sc.cos[at[0]]), float(sc.raw[at[0]])


@pytest.mark.parametrize(
    ("mine", "theirs", "other"),
    [
        (
            "Each stranded trucker parked along the coastal highway will receive a one-time payment "
            "of 1,250 kroner from the city council, officials confirmed.",
            "Drivers left waiting at the terminal gates get 1,250 kroner each, a sum the mayor "
            "called fair compensation.",
            "Drivers left waiting at the terminal gates get 1,400 kroner each, a sum the mayor "
            "called fair compensation.",
        ),
        (
            "Dispatchers logged the first emergency call at 3:33 a.m., when a night watchman saw "
            "smoke rising above the grain warehouse.",
            "Neighbours woke to sirens shortly after a caller reported smoke at 3:33 a.m.",
            "Neighbours woke to sirens shortly after a caller reported smoke at 4:15 a.m.",
        ),
    ],
)
def test_a_shared_telling_number_counts_as_two_words(mine: str, theirs: str, other: str) -> None:
    # two words in common (the figure and one more): one short of shared_words_min
    left = [*STORM[:2], mine, *STORM[3:]]
    cos, raw = _pair_scores(left, [*OTHER[:2], theirs, *OTHER[3:]], 2, 2)
    assert cos == pytest.approx(raw)  # the figure says enough: scored in full
    # another figure: one word in common, scored at few_shared_weight
    cos, raw = _pair_scores(left, [*OTHER[:2], other, *OTHER[3:]], 2, 2)
    assert cos == pytest.approx(raw * Settings().few_shared_weight)


def test_a_clock_time_is_one_token() -> None:
    keys = [k for k, _ in tokens("The alarm sounded at 3:33 a.m. and again at 10:05.")]
    assert "3:33" in keys and "10:05" in keys
    # beside its numbers: "2:21" still meets "2 hours 21 minutes"
    assert "33" in keys and "3" in keys
    # a ratio or a score of one digit a side is no clock time
    assert "2:1" not in [k for k, _ in tokens("The vote was 2:1 in favour.")]


def test_a_percent_sign_says_percent() -> None:
    for text in ("Turnout rose 4% in the north.", "Turnout rose 4 per cent in the north."):
        assert "percent" in [k for k, _ in tokens(text)]
    sign = dict(tokens("Turnout rose 4% in the north."))
    word = dict(tokens("Turnout rose 4 percent in the north."))
    assert sign.keys() == word.keys()
