"""SVG snapshots of the main views (pytest-textual-snapshot; sync tests, as it requires).

The comparison is built by hand from fixed sentences, so the snapshots do not move when
the aligner improves; theme and config folder are fixed too.  Update them after a
deliberate change with ``pytest tests/test_app_snapshots.py --snapshot-update`` and look
at the SVGs before committing.
"""

from __future__ import annotations

from reader.app.main import ReaderApp
from reader.model import Comparison, Difference, Document, Link, Removed, Sentence


def _doc(source: str, title: str, paragraphs: list[list[str]], removed: list[str] = ()) -> Document:  # type: ignore[assignment]
    text_parts: list[str] = []
    sentences: list[Sentence] = []
    pos = 0
    removed_out: list[Removed] = []
    for r in removed:
        removed_out.append(Removed(r, pos, pos + len(r), "navigation or button label"))
        text_parts.append(r + "\n\n")
        pos += len(r) + 2
    for p, para in enumerate(paragraphs):
        for s in para:
            sentences.append(Sentence(len(sentences), s, pos, pos + len(s), p))
            text_parts.append(s + " ")
            pos += len(s) + 1
        text_parts.append("\n\n")
        pos += 2
    return Document(source, "".join(text_parts), title, sentences, removed_out)


def fixed_comparison() -> Comparison:
    left = _doc(
        "wire.txt",
        "France summons US envoy over [NSA] spying",
        [
            [
                "France summoned the US ambassador on Monday after Le Monde reported that the NSA "
                "intercepted 70.3 million phone calls over 30 days.",
                "The report was based on documents leaked by Edward Snowden.",
            ],
            ['Interior minister Manuel Valls called the revelations [bold] "shocking".'],
            ["Officials from [a European Union] body said they would raise the matter in Brussels."],
            ["Der Spiegel reported that the NSA had hacked the email of a former Mexican president."],
        ],
        removed=["Share this story"],
    )
    right = _doc(
        "paper.txt",
        "Paris summons ambassador",
        [
            [
                "Le Monde reported that the US National Security Agency monitored 70.3 million "
                "phone communications in France over a 30-day period.",
                "The French government summoned the US ambassador on Monday.",
            ],
            ["Der Speigel said the NSA had hacked into the email account of a former Mexican president."],
            ["[they've] said nothing about the matter since, a spokesman added."],
        ],
    )
    links = [
        Link((0,), (0, 1), 0.81, "shared", [], ["Edward Snowden"], []),
        Link(
            (4,),
            (2,),
            0.62,
            "conflict",
            [Difference("spelling", "Spiegel", "Speigel", "name spelled two ways: Spiegel vs Speigel")],
            ["Der Spiegel"],
            ["Der Speigel"],
        ),
    ]
    return Comparison(left, right, links, [1, 2, 3], [3])


def make_app(theme: str = "dark") -> ReaderApp:
    return ReaderApp("wire.txt", "paper.txt", comparison=fixed_comparison(), theme=theme, remember=False)


def test_snapshot_main_view(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(), terminal_size=(120, 36))


def test_snapshot_conflict_selected_stacked_80x24(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(), press=["c"], terminal_size=(80, 24))


def test_snapshot_help_screen(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(), press=["question_mark"], terminal_size=(120, 36))


def test_snapshot_colorblind_theme_with_removed_text(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app("colorblind"), press=["r", "c"], terminal_size=(120, 36))
