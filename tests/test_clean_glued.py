"""Clean-up of furniture glued to the story, found on news the rules were not tuned on.

Every sentence here is written for these tests, in the styles of outlets other than the
corpus's: each rule has cases where the furniture goes (and the sentences around it stay,
with exact offsets) and cases where a sentence that merely looks like it is kept.
"""

from __future__ import annotations

import pytest

from reader.clean import clean
from reader.segment import segment
from tests.test_clean_news import assert_nothing_lost

HEAD = "Ferry strike halts island crossings"
BEFORE = "Ferries to the islands stayed in port on Monday as crews walked out over pay."
AFTER = "The operator said talks would resume on Wednesday."


def sentences(text: str) -> list[str]:
    return [s.text for s in segment(text, clean(text).blocks)]


def removed(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.reason) for r in clean(text).removed]


# --- a link to another story, set in capitals between two sentences ----------------------


@pytest.mark.parametrize(
    ("link", "after"),
    [
        ("PORT UNIONS VOW TO BLOCK NEW ROSTER PLAN", AFTER),
        ("MAYOR SAYS STRIKE WILL COST TOWN 'MILLIONS' IN LOST TRADE", AFTER),
        ("ISLANDERS STOCK UP AS SHELVES EMPTY: ‘WE HAVE BEEN HERE BEFORE’", '"We hold on," a skipper said.'),
        # an acronym at the run's end opens the next sentence and stays with it
        ("FERRY BOSS QUITS AFTER SAFETY REPORT CRITICISM", "RMT organiser Dan Pike said so."),
        ("CLICK HERE TO GET THE HARBOUR NEWS APP", '"We will sail when we are paid," one captain said.'),
    ],
)
def test_a_link_in_capitals_between_sentences_is_cut(link: str, after: str) -> None:
    text = f"{HEAD}\n\n{BEFORE} {link} {after}\n"
    assert link in [t for t, _ in removed(text)]
    assert sentences(text)[1:] == [BEFORE, after]
    assert_nothing_lost(text)


@pytest.mark.parametrize(
    "line",
    [
        "Strikers waved banners reading FAIR PAY FOR SAFE CROSSINGS NOW outside the terminal.",
        "A sign on the gate said: NO SAILINGS UNTIL FURTHER NOTICE.",
        "THE TERMINAL IS CLOSED UNTIL FURTHER NOTICE.",
        "Crews from the RMT, GMB, TUC and PCS joined the picket line.",
        "Sailings resume at 6 a.m. BST on Tuesday, the operator said.",
    ],
)
def test_capitals_inside_or_as_a_sentence_stay(line: str) -> None:
    text = f"{HEAD}\n\n{BEFORE} {line} {AFTER}\n"
    assert line in sentences(text), removed(text)
