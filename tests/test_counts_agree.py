"""Every view counts the discrepancies of one comparison the same way: the app's summary
bar, ``--summary``, the Markdown, HTML and JSON exports and the batch tables.

A first-time user saw "1 discrepancy" in the Markdown, "0 with discrepancies" from
``--summary`` and "0 conflicts" in the app for one pair: a name spelled two ways across the
articles (``Comparison.names``) was counted in one view and not the others.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.app.panels import summary_content
from reader.batch.inputs import Pair
from reader.batch.tables import pair_row
from reader.cli import _summary
from reader.counts import Discrepancies, discrepancies
from reader.export import to_dict, to_markdown
from reader.model import Comparison, Difference, DocumentDifference, Link
from reader.report import to_html
from tests.test_app_usability import LEFT, RIGHT, app_for, comparison

NEWS = Path(__file__).resolve().parents[2] / "shared" / "news" / "stories"
COUNT = re.compile(r"(\d+) discrepanc(?:y|ies)")


def with_names(passages: int, names: int) -> Comparison:
    """``passages`` conflict links and ``names`` names spelled two ways across the articles."""
    links = [Link((0,), (3,), 0.8), Link((3,), (0,), 0.7)]
    for link in links[:passages]:
        link.relation = "conflict"
        link.differences = [Difference("day", "Monday", "Sunday", "day: Monday vs Sunday")]
    c = comparison(LEFT, RIGHT, links)
    spelled = Difference(
        "spelling", "Pena", "Peña", "name spelled two ways across the articles: Pena vs Peña"
    )
    c.names = [DocumentDifference(1, 2, spelled)] * names
    return c


def counts_shown(c: Comparison) -> dict[str, int]:
    """The one count each view shows."""
    html = re.sub(r"<[^>]+>", "", to_html(c))
    data = to_dict(c)
    said = {
        "app": summary_content(c).plain,
        "--summary": _summary(c),
        "markdown": to_markdown(c).replace("**", ""),
        "html": html,
    }
    shown = {view: int(COUNT.findall(text)[0]) for view, text in said.items()}
    shown["json"] = data["summary"]["discrepancies"]
    shown["batch"] = pair_row(Pair("p", "a", "b"), data, None, "r")["discrepancies"]
    return shown


@pytest.mark.parametrize(("passages", "names"), [(0, 0), (1, 0), (0, 1), (1, 1), (2, 2)])
def test_every_view_shows_the_same_count(passages: int, names: int) -> None:
    c = with_names(passages, names)
    assert discrepancies(c) == Discrepancies(passages, names)
    assert set(counts_shown(c).values()) == {passages + names}


def test_a_name_across_the_articles_is_named_apart_from_passages_in_every_view() -> None:
    c = with_names(1, 1)
    parts = "1 passage in conflict, 1 name spelled two ways across the articles"
    assert parts in summary_content(c).plain
    assert parts in _summary(c) and parts in to_markdown(c) and parts in to_html(c)
    assert "name spelled two ways across the articles: Pena vs Peña" in _summary(c)  # its note too
    d = to_dict(c)["summary"]
    assert (d["conflicts"], d["name_variants"], d["discrepancies"]) == (1, 1, 2)
    assert discrepancies(with_names(2, 0)).parts == ""  # all in passages: nothing to tell apart


async def test_the_app_summary_bar_shows_the_count_the_exports_show() -> None:
    c = with_names(0, 1)
    app = app_for(c)
    async with app.run_test(size=(160, 36)) as pilot:
        await pilot.pause()
        bar = str(app.main_screen.query_one("#summary").render())
        assert "1 discrepancy" in bar
        assert "1 discrepancy" in to_markdown(c).replace("**", "")


@pytest.mark.skipif(not NEWS.is_dir(), reason="the news corpus is not beside the checkout")
@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("ecbplus-16/07-articles-latimes-com.txt", "ecbplus-16/08-streetgangs-com.txt"),
        ("basil-29ffd053/01-fox-news.txt", "basil-29ffd053/03-huffpost.txt"),
    ],
)
def test_the_pairs_the_user_test_found_agree_in_every_view(left: str, right: str) -> None:
    from reader.pipeline import compare_files

    c = compare_files(str(NEWS / left), str(NEWS / right))
    assert set(counts_shown(c).values()) == {discrepancies(c).total}


def test_one_measure_in_two_units_across_the_articles_agrees() -> None:
    # ut251: "farms 3,200 hectares" / "on about 7,900 acres" beside a changed age in the same link
    import reader

    left = "Grower Ian Reid, 61, who farms 2,400 hectares near Moree, said the crop looked strong."
    right = "Ian Reid, 63, who grows barley on about 5,900 acres near Moree, said his crop was strong."
    kinds = sorted({d.difference.kind for d in reader.compare(left, right).disagreements()})
    assert kinds == ["age"]
    # near miss: a wrong conversion is still a conflict
    wrong = right.replace("5,900", "9,500")
    assert "number" in {d.difference.kind for d in reader.compare(left, wrong).disagreements()}
