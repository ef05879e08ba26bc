"""An embedded post's credit ("— Jane Roe (@janeroe) July 9, 2020"), pasted with the page's
text, is cut from between the post and the story's next sentence; the post's words stay (they
are what someone wrote), and a handle named in a sentence is no credit.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.test_clean_glued import HEAD, removed, sentences
from tests.test_clean_news import assert_nothing_lost

POST = "The ferries must sail again, and the crews must be paid what they are owed!"
NEXT = "The harbour board met on Tuesday to discuss the strike."


@pytest.mark.parametrize(
    "credit",
    [
        "— Mara Lind (@maralind) March 3, 2024",
        "— Port Workers' Union (@PortUnion_UK) Sept. 14, 2023",
        "pic.twitter.com/Ab12Cd34 — Mara Lind (@maralind) March 3, 2024",
        "https://t.co/xY9zQ pic.twitter.com/Ab12Cd34 — Ana-Maria O'Neill (@anamaria) Jan 2, 2022",
        "-- Dr. J. K. Olsen (@jko) December 31, 2021",
    ],
)
def test_an_embedded_posts_credit_is_cut_and_the_next_sentence_stands_alone(credit: str) -> None:
    text = f"{HEAD}\n\n{POST} {credit} {NEXT}\n"
    assert (credit, "embedded post credit") in removed(text)
    assert sentences(text)[1:] == [POST, NEXT]
    assert_nothing_lost(text)


@pytest.mark.parametrize(
    "line",
    [
        # a handle named in a sentence, with or without a date after it
        "The mayor (@MayorLind) wrote on Monday that the ferries would sail. " + NEXT,
        "Mara Lind (@maralind) posted a photo of the empty quay on March 3, 2024.",
        # a dash and a name in a sentence, no handle
        "The union's leader — Mara Lind, since March 3, 2024 — called the strike.",
    ],
)
def test_a_handle_or_dash_in_a_sentence_is_no_credit(line: str) -> None:
    text = f"{HEAD}\n\n{line}\n"
    assert not [r for _, r in removed(text) if r == "embedded post credit"]
    assert_nothing_lost(text)
