"""Every sentence of a passage earns its place (reader.align.earned): a sentence that only one text
tells, with a figure of its own, does not hang on the other's sentence beside that sentence's true
partner (ut133: "traders had bet on about 55 basis points of cuts" glued to "Money markets price
about 40 basis points of cuts", flagged 55 against 40, and the dropped sentence hidden from "only
on one side").  A piece of a merged sentence stays: it brings words of the merge, or its figure.

Made-up port story: the rewrite keeps the volume and drops the forecast made before a strike.
"""

from __future__ import annotations

import reader
from reader.model import Comparison

HEAD = "Port Handles Record Volumes"
VOLUME = "The port of Valmera handled 2.4 million containers last year, its operator said on Monday."
FORECAST = (
    "Before the October strike, the operator had said the port of Valmera would handle 2.9 million "
    "containers last year."
)
STRIKE = "Dock workers walked out for three days in October over night-shift pay."
REST = [
    "The operator plans to open a fourth berth in 2027 at a cost of 180 million euros.",
    "Chief executive Maren Tolle said the new berth would take ships of up to 24,000 boxes.",
    '"We have never been busier," Tolle said.',
]
VOLUME_REWRITTEN = "Valmera's port moved 2.4 million containers in the year, the operator said on Monday."
REWRITE_REST = [
    "A fourth berth is due to open in 2027 and will cost 180 million euros, the operator said.",
    "It will take ships carrying up to 24,000 boxes, according to chief executive Maren Tolle.",
    "Dockers staged a three-day walkout in October in a dispute over pay for night shifts.",
    '"We have never been busier," Tolle said.',
]


def _text(*sentences: str) -> str:
    return "\n".join((HEAD, "", *sentences))


ORIGINAL = _text(VOLUME, FORECAST, STRIKE, *REST)
REWRITE = _text(VOLUME_REWRITTEN, *REWRITE_REST)


def _passage_of(c: Comparison, side: str, needle: str) -> tuple[list[str], list[str]] | None:
    """The texts of the passage holding the sentence of ``side`` that contains ``needle``."""
    doc = c.left if side == "left" else c.right
    for link in c.links:
        ids = link.left if side == "left" else link.right
        if any(needle in doc.sentences[i].text for i in ids):
            return [c.left.sentences[i].text for i in link.left], [
                c.right.sentences[i].text for i in link.right
            ]
    return None


def test_a_dropped_sentence_with_its_own_figure_is_told_by_one_side() -> None:
    c = reader.compare(ORIGINAL, REWRITE)
    assert _passage_of(c, "left", "2.9 million") is None
    assert _passage_of(c, "left", "2.4 million") == ([VOLUME], [VOLUME_REWRITTEN])
    assert not [d for link in c.links for d in link.differences]  # no "2.9 million vs 2.4 million"


def test_an_added_sentence_with_its_own_figure_the_other_way_round() -> None:
    c = reader.compare(REWRITE, ORIGINAL)
    assert _passage_of(c, "right", "2.9 million") is None
    assert _passage_of(c, "right", "2.4 million") == ([VOLUME_REWRITTEN], [VOLUME])
    assert not [d for link in c.links for d in link.differences]


def test_in_an_article_rewritten_in_order_too() -> None:
    # the rewrite keeps the order of ten sentences: the aligner reads it as a text in order
    original = [
        VOLUME,
        FORECAST,
        "That was 6 percent more than the year before, despite a three-day strike in October.",
        "Transhipment traffic, boxes moved from one ship to another, rose 11 percent to 900,000.",
        "The port's revenue climbed to 412 million euros from 388 million euros.",
        REST[0],
        "The new berth will take ships carrying up to 24,000 boxes, chief executive Maren Tolle said.",
        '"We have never been busier," Tolle said at a news conference in the harbour office.',
        "Rail links to the hinterland carried 38 percent of the boxes, up from 35 percent.",
        "The city council owns 51 percent of the operator, and a pension fund holds the rest.",
    ]
    rewrite = [
        VOLUME_REWRITTEN,
        "That was up 6 percent on a year earlier, though dockers walked out for three days in October.",
        "Transhipment traffic, boxes moved from one vessel to another, grew 11 percent to 900,000.",
        "Revenue at the port rose to 412 million euros from 388 million euros.",
        REWRITE_REST[0],
        "The berth will take ships carrying up to 24,000 boxes, chief executive Maren Tolle said.",
        '"We have never been busier," Tolle told a news conference at the harbour office.',
        "Rail links to the hinterland carried 38 percent of the boxes, up from 35 percent.",
        "The city council owns 51 percent of the operator; a pension fund holds the remainder.",
    ]
    c = reader.compare("\n".join(original), "\n".join(rewrite))
    assert _passage_of(c, "left", "2.9 million") is None
    assert _passage_of(c, "left", "2.4 million") == ([VOLUME], [VOLUME_REWRITTEN])
    assert not [d for link in c.links for d in link.differences]


def test_near_miss_a_piece_of_a_merged_sentence_stays() -> None:
    # the rewrite merges volume and forecast: the forecast shares its figure and its own words
    merged = (
        "Valmera's port moved 2.4 million containers in the year, the operator said on Monday, short "
        "of the 2.9 million it had expected before the October strike."
    )
    c = reader.compare(ORIGINAL, _text(merged, *REWRITE_REST))
    assert _passage_of(c, "left", "2.9 million") == ([VOLUME, FORECAST], [merged])


def test_near_miss_a_sentence_without_a_figure_of_its_own_stays() -> None:
    # no number of its own: no other fact of the same kind, the rule leaves it where it was (a
    # lead that sums up two facts is linked to each: the bundled pair's "Both the French and
    # Mexican governments are demanding answers ...")
    vague = FORECAST.replace("2.9 million containers", "far more containers")
    c = reader.compare(ORIGINAL.replace(FORECAST, vague), REWRITE)
    assert _passage_of(c, "left", "far more") == ([VOLUME, vague], [VOLUME_REWRITTEN])
