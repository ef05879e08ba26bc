"""A stray full stop before a decimal figure ("a. 38-caliber revolver", "posting a. 919 OPS"):
the copy moved the figure's point after the article, and an article ends no sentence.

Sentences made up for the test; reader.segment is checked through its public split."""

from __future__ import annotations

import pytest

from reader.segment import split_sentences


def _count(text: str) -> int:
    return len(split_sentences(text, 0, len(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Police said he pointed a. 38-caliber revolver at the officers. Both officers fired.",
        "She returned with a. 357 Magnum and opened fire. Two people died.",
        "He hit 20 homers while posting a. 919 OPS last season. The club declined.",
    ],
)
def test_an_article_before_a_figure_ends_no_sentence(text: str) -> None:
    assert _count(text) == 2


def test_a_figure_after_a_full_stop_still_opens_a_sentence() -> None:
    assert _count("The vote was held in 2012. 40 people came to the hall.") == 2
    assert _count("He bought a boat. 12 days later he sold it.") == 2
