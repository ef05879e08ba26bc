"""The library's public door: only ``import reader``, as a library user writes it."""

from __future__ import annotations

import json

import pytest

import reader

QUAKE_WIRE = (
    "A magnitude 6.1 earthquake struck the coast of Peru on Sunday. "
    "Rescue teams reached the town of Acari by nightfall. "
    "The governor asked residents to stay outdoors."
)
QUAKE_PAPER = (
    "Rescue teams reached the town of Acari by nightfall, officials said. "
    "A magnitude 5.9 earthquake struck the coast of Peru on Sunday. "
    "Schools will stay closed until Wednesday."
)


def test_compare_two_texts_finds_links_uniques_and_the_conflict() -> None:
    c = reader.compare(QUAKE_WIRE, QUAKE_PAPER)
    assert isinstance(c, reader.Comparison)
    pairs = {(link.left, link.right) for link in c.links}
    assert ((0,), (1,)) in pairs and ((1,), (0,)) in pairs
    conflict = next(link for link in c.links if link.relation == "conflict")
    assert [(d.kind, d.left, d.right) for d in conflict.differences] == [("number", "6.1", "5.9")]
    assert c.unique_left == [2] and c.unique_right == [2]


def test_exports_read_the_comparison() -> None:
    c = reader.compare(QUAKE_WIRE, QUAKE_PAPER)
    data = json.loads(reader.to_json(c))
    assert data["format"] == "reader-comparison/1"
    assert data == reader.to_dict(c)
    assert "6.1" in reader.to_markdown(c)


def test_options_are_keywords_and_reach_the_pipeline() -> None:
    lines = reader.compare("one line\nanother line", "one line\nanother line", split="lines")
    assert [len(lines.left.sentences), len(lines.links)] == [2, 2]
    with pytest.raises(TypeError):
        reader.compare("a", "b", "lines")  # type: ignore[misc]


def test_files_and_load(tmp_path) -> None:
    left, right = tmp_path / "wire.txt", tmp_path / "paper.txt"
    left.write_text(QUAKE_WIRE, encoding="utf-8")
    right.write_text(QUAKE_PAPER, encoding="utf-8")
    c = reader.compare_files(left, right)
    assert c.left.source.endswith("wire.txt") and len(c.links) == 2
    doc = reader.load(left)
    assert isinstance(doc, reader.Document)
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [s.text for s in doc.sentences]
    assert any(f.kind == "number" for facts in doc.facts for f in facts)


def test_a_missing_file_raises_input_error_naming_it(tmp_path) -> None:
    with pytest.raises(reader.InputError, match=r"nowhere\.txt"):
        reader.compare_files(tmp_path / "nowhere.txt", tmp_path / "nowhere.txt")


def test_no_submodule_shadows_the_public_functions() -> None:
    """Importing a submodule sets an attribute of the package: none may be named like the API."""
    import importlib
    import pkgutil

    for m in pkgutil.walk_packages(reader.__path__, "reader."):
        if not m.name.startswith(("reader.app", "reader.themes", "reader.seeds")):
            importlib.import_module(m.name)
    for name in ("compare", "compare_files", "load", "to_dict", "to_json", "to_markdown"):
        assert callable(getattr(reader, name)), name
    assert reader.Settings().__class__.__name__ == "Settings"
    assert callable(reader.batch)


def test_disagreements_list_each_discrepancy_with_both_sides_words() -> None:
    import reader

    c = reader.compare(
        "The ferry left Dover on Monday with 212 passengers aboard. Gulls followed it out.",
        "The ferry left Dover on Monday with 221 passengers aboard. The sea was calm.",
    )
    got = c.disagreements()
    assert [(d.difference.kind, d.difference.left, d.difference.right) for d in got] == [
        ("number", "212", "221")
    ]
    assert got[0].left_text == "The ferry left Dover on Monday with 212 passengers aboard."
    assert got[0].right_text == c.text("right", got[0].right_sentences)
    # a name spelled two ways across the articles is listed too, with its sentences
    c = reader.compare(
        "Mayor Ines Dalrymple opened the bridge. Dalrymple thanked the builders.",
        "The bridge was opened on Friday. Mayor Ines Dalrymplle thanked the builders.",
    )
    assert [(d.difference.left, d.difference.right) for d in c.disagreements()] == [
        ("Dalrymple", "Dalrymplle")
    ]


def test_the_html_report_is_one_page_from_the_library() -> None:
    import reader

    page = reader.to_html(reader.compare("The ferry left at dawn.", "The ferry left at noon."))
    assert page.startswith("<!DOCTYPE html>") and "<script src=" not in page
