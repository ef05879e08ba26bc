"""Clean: boilerplate from many kinds of pages goes, with a reason; the article stays.

The pages under tests/data/pages imitate other sites' habits (BBC-, Guardian-, wire-,
blog-, Markdown- and e-mail/Gutenberg-style text), so these tests check that the rules
generalise beyond the bundled Christian Science Monitor article.
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.clean import Cleaned, clean
from reader.segment import segment

TESTS = Path(__file__).resolve().parent
SEEDS = TESTS.parent / "seeds"


def page(name: str) -> str:
    """One of our own web-page-like test articles."""
    return (TESTS / "data" / "pages" / name).read_text(encoding="utf-8")


def kept_texts(text: str, cleaned: Cleaned) -> list[str]:
    return [text[b.start : b.end] for b in cleaned.blocks]


def assert_spans_valid(text: str, cleaned: Cleaned) -> None:
    """Every removed line and kept block points back into the text; nothing overlaps."""
    for r in cleaned.removed:
        assert text[r.start : r.end] == r.text
        assert r.reason, f"removed without a reason: {r.text!r}"
    spans = sorted([(b.start, b.end) for b in cleaned.blocks] + [(r.start, r.end) for r in cleaned.removed])
    for (a1, b1), (a2, _) in itertools.pairwise(spans):
        assert a1 < b1 <= a2, "kept and removed stretches overlap"
    paras = [b.paragraph for b in cleaned.blocks]
    assert paras == sorted(paras)


def assert_nothing_lost(text: str, cleaned: Cleaned) -> None:
    """Every word of the input is either kept or listed as removed (bullets/# aside)."""
    covered = set()
    for a, b in [(b.start, b.end) for b in cleaned.blocks] + [(r.start, r.end) for r in cleaned.removed]:
        covered.update(range(a, b))
    for m in re.finditer(r"\S+", text):
        if re.fullmatch(r"#{1,6}|[•·*+\-]", m.group()):
            continue  # Markdown heading marks and bullets are markup, not words
        assert m.start() in covered, f"word {m.group()!r} at {m.start()} neither kept nor removed"


CASES = {
    "bbc-flood.txt": dict(
        removed=[
            "Skip to content",
            "Share this with",
            "Messenger",
            "Copy this link",
            "Image source, Getty Images",
            "Image caption, Residents were taken to safety",
            "Image source, PA Media",
            "Related Topics",
            "More on this story",
            "3 hours ago",
            "Published",
        ],
        kept=[
            "Hundreds of people have been forced",
            "Rescue teams worked through the night.",  # a one-sentence paragraph
            "How the rescue unfolded",  # a sub-heading between paragraphs
            "Forecasters expect more rain on Thursday.",  # the last, short paragraph
        ],
        title="Storm floods coastal town as river bursts its banks",
    ),
    "guardian-election.txt": dict(
        removed=[
            "Sign up to First Edition",
            "Privacy Notice: Newsletters may contain info about charities",
            "after newsletter promotion",
            "Explore more on these topics",
            "Reuse this content",
            "This article is more than 2 months old",
            "Mon 4 Mar 2024 18.05 GMT",
        ],
        kept=[
            "Turnout rose to 61%",
            "The result ends twelve years of rule",
            "Ruiz told supporters in the city centre",
            "Coalition talks",
            "Smaller parties now hold the balance",
        ],
        title="Centrist alliance wins narrow majority in regional vote",
    ),
    "wire-merger.txt": dict(
        # the dateline goes, the sentence it opens stays (issue 10, item 8)
        removed=["(Reporting by Jane Doe and Raj Patel in London", "LONDON, June 3 (Reuters) -"],
        kept=[
            "Northbridge Bank agreed on Monday",
            "Shares in Northbridge rose 4% in early trading.",
        ],
        title=None,
    ),
    "blog-garden.txt": dict(
        removed=[
            "The Allotment Diary",
            "Posted on August 14, 2023 by Tom",
            "Share this:",
            "Like this:",
            "Like Loading...",
            "Related",
            "12 Comments",
            "Leave a comment",
        ],
        kept=[
            "After three weeks of drought",
            "By Saturday morning half of the tomatoes had split open.",
            "Next year I will water little and often",
        ],
        title="Why my tomatoes split this summer",
    ),
    "markdown-river.md": dict(
        removed=[],
        kept=[
            "River clean-up draws record crowd",
            "What they found",
            "It was the first year without a single fridge.",
            "What comes next",  # a sub-heading near the end is not a page footer
            "Volunteers can register for next year online.",
        ],
        title="River clean-up draws record crowd",
    ),
    "gutenberg-hartwell.txt": dict(
        removed=[],
        kept=[
            "CHAPTER I",
            "Nobody believed him.",
            "The Flood at Hartwell",
            # a short wrapped line near the end is part of a sentence, not a footer
            "although the vicar's explanation was characteristically theological",
        ],
        title="CHAPTER I",
    ),
    "email-harbour.txt": dict(
        removed=[],
        kept=["Thanks.", "Dear all, the harbour committee met", "The next meeting will be held"],
        title=None,  # not checked: a Subject line is a fair title
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_boilerplate_goes_and_the_article_stays(name: str) -> None:
    text = page(name)
    case = CASES[name]
    cleaned = clean(text)
    kept = "\n".join(kept_texts(text, cleaned))
    removed = [r.text for r in cleaned.removed]
    for anchor in case["removed"]:
        assert any(anchor in r for r in removed), f"{name}: not removed: {anchor!r}"
        assert anchor not in kept
    for anchor in case["kept"]:
        assert anchor in kept, f"{name}: article text lost: {anchor!r} (removed: {removed})"
    if case["title"] is not None:
        assert cleaned.title == case["title"]
    assert_spans_valid(text, cleaned)
    assert_nothing_lost(text, cleaned)


@pytest.mark.parametrize("name", sorted(CASES))
def test_disabled_cleaning_keeps_every_line(name: str) -> None:
    text = page(name)
    cleaned = clean(text, enabled=False)
    assert cleaned.removed == []
    assert_nothing_lost(text, cleaned)


def test_markdown_headings_keep_their_text_without_the_marks() -> None:
    text = page("markdown-river.md")
    cleaned = clean(text)
    headings = [text[b.start : b.end] for b in cleaned.blocks if b.kind in ("heading", "title")]
    assert headings == ["River clean-up draws record crowd", "What they found", "What comes next"]


def test_hard_wrapped_lines_join_into_paragraphs() -> None:
    """Single newlines in e-mail/Gutenberg text are wrapping; blank lines end paragraphs."""
    text = page("gutenberg-hartwell.txt")
    cleaned = clean(text)
    blocks = kept_texts(text, cleaned)
    assert len(blocks) == 6  # title, 3 paragraphs, a heading, 1 paragraph
    # the paragraph with a line ending "hay and water." stays one paragraph
    para = next(b for b in blocks if b.startswith("By the morning"))
    assert para.endswith("time to leave their houses.")
    sentences = segment(text, cleaned.blocks)
    wrapped = next(s for s in sentences if s.text.startswith("It was late in the autumn"))
    assert wrapped.text.endswith("so high or so brown.")
    assert "\n" in wrapped.text and text[wrapped.start : wrapped.end] == wrapped.text


def test_unwrapped_text_without_blank_lines_has_a_paragraph_per_line() -> None:
    text = (SEEDS / "afp-nsa-france-mexico.txt").read_text(encoding="utf-8")
    cleaned = clean(text)
    lines = [ln for ln in text.splitlines() if ln.strip()]
    assert len(cleaned.blocks) == len(lines)
    assert [b.paragraph for b in cleaned.blocks] == list(range(len(lines)))


def test_lines_mode_gives_every_line_its_own_paragraph() -> None:
    """Verse looks hard-wrapped (long lines, no blank lines); it must not be joined."""
    verse = "\n".join(f"Line {i} of the poem, which runs on for some way across the page" for i in range(8))
    cleaned = clean(verse, one_unit_per_line=True)
    assert [b.paragraph for b in cleaned.blocks] == list(range(8))


@pytest.mark.parametrize(
    "sentence",
    [
        "The council urged residents to sign up for flood alerts on its website.",
        "Shareholders will be asked to subscribe to new shares at 40 pence each, the bank said.",
        "Officials said they would read more of the report before deciding.",
        "By Saturday morning half of the crop had been lost to the frost.",
        "Published in 1998, the report found that the river had never flooded the square.",
    ],
)
def test_story_sentences_that_mention_page_words_stay(sentence: str) -> None:
    text = (
        "Flood defences were raised along the river on Monday as the water kept rising through the night.\n\n"
        f"{sentence}\n\n"
        "The river peaked at 4.2 metres on Tuesday night, the agency said in a statement to reporters.\n"
    )
    cleaned = clean(text)
    assert sentence in kept_texts(text, cleaned), cleaned.removed


def _gold() -> dict[str, list[str]]:
    data: dict[str, list[str]] = json.loads(
        (TESTS / "gold-nsa-france-mexico.json").read_text(encoding="utf-8")
    )
    return data


def test_bundled_article_boilerplate_goes_and_literals_stay() -> None:
    text = (SEEDS / "csmonitor-nsa-france-mexico.txt").read_text(encoding="utf-8")
    cleaned = clean(text)
    kept = "\n".join(kept_texts(text, cleaned))
    gold = _gold()
    for anchor in gold["boilerplate_left"]:
        assert anchor not in kept, f"boilerplate kept: {anchor!r}"
    for anchor in gold["literal_text_must_render"] + gold["unique_left"]:
        assert anchor in kept, f"article text lost: {anchor!r}"
    assert cleaned.title == "Explain yourself: France, Mexico irate over NSA spying (+video)"
    assert_spans_valid(text, cleaned)
    assert_nothing_lost(text, cleaned)


def test_bundled_wire_story_loses_nothing() -> None:
    text = (SEEDS / "afp-nsa-france-mexico.txt").read_text(encoding="utf-8")
    assert clean(text).removed == []


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(st.characters(blacklist_categories=("Cs",)), max_size=60),
            st.sampled_from(["", "Share", "## Heading", "- item", "Image caption, x", "Published"]),
        ),
        max_size=20,
    ),
    st.booleans(),
)
def test_any_text_cleans_into_valid_spans(lines: list[str], per_line: bool) -> None:
    text = "\n".join(lines)
    cleaned = clean(text, one_unit_per_line=per_line)
    assert_spans_valid(text, cleaned)
    for b in cleaned.blocks:
        assert 0 <= b.start < b.end <= len(text)
