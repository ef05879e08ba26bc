"""Markdown in: a .md file is read as the text it shows (reader.markdown).

Sentences of our own: a county's flood notice written in Markdown.  The markup goes, the
words stay, offsets point into the text read, and a text that merely holds the characters
Markdown uses (a product's name with underscores, a sum with stars) keeps them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import reader
from reader.markdown import is_markdown_file, to_text

PAGE = """# Storm closes the coastal road

*By Jane Doe*

![Flooded road near the harbour](img/road.jpg)

Heavy rain washed away part of the **coastal road** on Sunday, [the county said](https://county.example/a_(b)).
Crews expect to reopen one lane by _Friday_ if the weather holds.

> "We will reopen as soon as it is safe," the engineer said.

## What comes next

- Buses will run on the `inland` route.
- The ferry adds two crossings a day.[^1]

[^1]: The ferry company said so on Monday.
[county]: https://county.example
"""


def test_markdown_is_read_as_the_text_it_shows(tmp_path: Path) -> None:
    path = tmp_path / "notice.md"
    path.write_text(PAGE, encoding="utf-8")
    doc = reader.load(path)
    assert doc.title == "Storm closes the coastal road"
    assert ("By Jane Doe", "byline or dateline") in [(r.text, r.reason) for r in doc.removed]
    assert [s.text for s in doc.sentences] == [
        "Storm closes the coastal road",
        "Heavy rain washed away part of the coastal road on Sunday, the county said.",
        "Crews expect to reopen one lane by Friday if the weather holds.",
        '"We will reopen as soon as it is safe," the engineer said.',
        "What comes next",
        "Buses will run on the inland route.",
        "The ferry adds two crossings a day.",
        "The ferry company said so on Monday.",
    ]
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
    # the two wrapped lines of one paragraph are one paragraph
    assert doc.sentences[1].paragraph == doc.sentences[2].paragraph
    assert any("read as Markdown" in n and "1 image" in n for n in doc.notes)


def test_the_same_text_in_a_txt_file_keeps_its_characters(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(PAGE, encoding="utf-8")
    doc = reader.load(path)
    assert any("**coastal road**" in s.text for s in doc.sentences)
    assert not any("Markdown" in n for n in doc.notes)


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("The **county** said", "The county said"),
        ("The __county__ said", "The county said"),
        ("a *very* wet _week_", "a very wet week"),
        ("the ~~old~~ road", "the old road"),
        ("see [the map](https://x.example/map) here", "see the map here"),
        ("see [the map][1] here", "see the map here"),
        ("mail <https://x.example/a>", "mail https://x.example/a"),
        ("a ![photo](p.jpg) b", "a  b"),
        ("> > nested quote", "nested quote"),
        ("## Heading ##", "## Heading"),
        ("a \\*starred\\* word", "a *starred* word"),
        ("one<br>two <!-- note --> three", "onetwo  three"),
    ],
)
def test_markup_goes_and_the_words_stay(markdown: str, text: str) -> None:
    assert to_text(markdown)[0] == text


@pytest.mark.parametrize(
    "line",
    [
        "The file_name_here stays as it is",  # underscores inside a word
        "It costs 2 * 3 * 4 pounds",  # stars with spaces round them
        "The vote was 5 < 7 and 9 > 8",  # comparison signs are no tags
        "A list of [1, 2, 3] numbers",  # brackets without an address
        "Snake_case and my_var_name names",
        "- a list item stays a list item",
        "# a heading keeps its mark for the clean-up",
    ],
)
def test_text_that_only_looks_like_markup_stays(line: str) -> None:
    assert to_text(line)[0] == line


def test_front_matter_and_code_fences() -> None:
    text, notes = to_text("---\ntitle: Storm\n---\n# Storm\n\n```\nx = *y*\n```\n")
    assert text == "# Storm\n\nx = *y*\n"
    assert "front matter" in notes[0]


@pytest.mark.parametrize(
    ("name", "yes"),
    [("a.md", True), ("A.MARKDOWN", True), ("a.txt", False), ("-", False), ("md", False)],
)
def test_markdown_files_are_known_by_their_suffix(name: str, yes: bool) -> None:
    assert is_markdown_file(name) is yes


def test_stray_marks_on_a_long_line_stay_as_they_are() -> None:
    # an opening mark with no closing one: kept, and each costs a bounded scan (SPAN_MAX
    # characters), where a scan to the line's end made a 100 KB line take a minute
    for mark in ("*", "_", "[", "~~", "**"):
        line = f"{mark}a " * 2000
        text, _ = to_text(line)
        assert text.split() == line.split()


def test_an_emphasis_longer_than_the_bound_is_no_emphasis() -> None:
    from reader.markdown import SPAN_MAX

    inside = "word " * (SPAN_MAX // 5 + 1)
    assert to_text(f"*{inside.strip()}*")[0].startswith("*")
    assert to_text("a *short* one")[0] == "a short one"


def test_the_note_counts_what_was_left_out_in_plain_english() -> None:
    _, notes = to_text("# Ferries\n\nSee [the timetable](http://x) and [the fares](http://y) here.\n")
    assert notes == ["read as Markdown (its markup is not part of the text); left out: 2 link addresses"]
