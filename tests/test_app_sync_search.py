"""The app's pure arithmetic, without the app: scroll levelling and search.

``sync.map_line`` is tested on two hand-made layouts whose line numbers are known, and
``search`` on a small comparison, as ``nav.py`` is.
"""

from __future__ import annotations

from reader.app.layout import Layout, build_blocks
from reader.app.nav import Navigator
from reader.app.search import Hit, find_hits, find_in, first_hit, hits_by_sentence
from reader.app.sync import level_scroll, map_line
from reader.model import Comparison, Document, Link, Sentence


def doc(source: str, sentences: list[str]) -> Document:
    """One sentence per paragraph, so each sentence starts a block of its own."""
    out, pos, parts = [], 0, []
    for i, text in enumerate(sentences):
        out.append(Sentence(i, text, pos, pos + len(text), i))
        parts.append(text + "\n\n")
        pos += len(text) + 2
    return Document(source, "".join(parts), source, out, [])


LEFT = [
    "Alpha one two three four five six seven eight nine ten eleven twelve.",  # 0 -> right 0
    "Only on the left side.",  # 1 unique, between 0 and 2
    "Gamma is linked too.",  # 2 -> right 2
    "The left ends alone here.",  # 3 unique, after the last link
]
RIGHT = ["Alpha one two three.", "Only on the right.", "Gamma is linked too."]


def setup(width: int = 20) -> tuple[Navigator, Layout, Layout]:
    left, right = doc("l", LEFT), doc("r", RIGHT)
    links = [Link((0,), (0,), 0.9, "shared", [], [], []), Link((2,), (2,), 0.9, "shared", [], [], [])]
    comparison = Comparison(left, right, links, [1, 3], [1])
    layouts = [
        Layout(build_blocks(d, show_removed=False, paragraph_gap=True), len(d.sentences), width)
        for d in (left, right)
    ]
    return Navigator(comparison), layouts[0], layouts[1]


def test_a_linked_sentence_maps_to_its_partner_proportionally() -> None:
    nav, left, right = setup()
    assert map_line(nav, left, right, "left", left.first_line[0]) == right.first_line[0]
    assert map_line(nav, left, right, "left", left.first_line[2]) == right.first_line[2]
    # the last line of a tall sentence maps inside (never past) its shorter partner
    assert left.last_line[0] > left.first_line[0]
    got = map_line(nav, left, right, "left", left.last_line[0])
    assert right.first_line[0] <= got <= right.last_line[0]


def test_an_unlinked_sentence_is_placed_between_its_linked_neighbours() -> None:
    nav, left, right = setup()
    got = map_line(nav, left, right, "left", left.first_line[1])
    assert right.first_line[0] < got < right.first_line[2]
    # after the last link: the same distance past the last partner
    line = left.first_line[3]
    assert map_line(nav, left, right, "left", line) == right.first_line[2] + (line - left.first_line[2])
    # and the other way round
    assert map_line(nav, right, left, "right", right.first_line[2]) == left.first_line[2]


def test_a_named_sentence_is_followed_when_several_share_a_line() -> None:
    nav, left, right = setup()
    line = left.first_line[2]
    assert map_line(nav, left, right, "left", line, sentence=2) == right.first_line[2]


def test_level_scroll_puts_the_target_on_the_same_row() -> None:
    assert level_scroll(top_here=10, line=14, target=30) == 26  # row 4 on both sides


def test_find_in_is_case_insensitive_and_keeps_offsets_when_lowering_would_move_them() -> None:
    assert find_in("Aa aA aa", "aa") == [(0, 2), (3, 5), (6, 8)]
    # "İ" folds to "i" (its dot is a combining mark): offsets still point into the text
    assert find_in("İstanbul and ISTANBUL", "istanbul") == [(0, 8), (13, 21)]
    assert find_in("anything", "") == []


def test_find_in_ignores_accents_both_ways_and_gives_offsets_of_the_text_as_written() -> None:
    text = "Enrique Peña Nieto met Felipe Calderón."
    for query in ("pena nieto", "PEÑA NIETO", "Peña"):
        (start, end), *_ = find_in(text, query)
        assert text[start:end].lower().startswith("peña")
    assert [text[a:b] for a, b in find_in(text, "calderon")] == ["Calderón"]
    decomposed = "Pen\u0303a"  # "ñ" written as n + a combining tilde
    assert find_in(decomposed, "peña") == [(0, 5)]
    ligature = "the ﬁnal ﬁgure"
    assert [ligature[a:b] for a, b in find_in(ligature, "final")] == ["ﬁnal"]
    assert find_in("Çà et là", "ca") == [(0, 2)]


def test_find_hits_in_both_articles_and_the_first_from_the_selection() -> None:
    nav, _, _ = setup()
    hits = find_hits(nav.comparison, "only")
    assert hits == [Hit("left", 1, 0, 4), Hit("right", 1, 0, 4)]
    assert find_hits(nav.comparison, "   ") == []
    assert first_hit(hits, "right", 0) == 1
    assert first_hit(hits, "left", 3) == 0  # nothing after: the first of all
    assert hits_by_sentence(hits, "left") == {1: [(0, 4)]}


def test_search_folds_case_like_the_text_greek_final_sigma_and_sharp_s() -> None:
    from reader.app.search import find_in

    assert find_in("ΟΔΟΣ ΚΑΙ ΠΟΛΗ", "ΟΔΟΣ") == [(0, 4)]  # a final Σ: "ς" in the word, "σ" alone
    assert find_in("Ο ΔΡΟΜΟΣ", "δρόμος") == [(2, 8)]
    assert find_in("STRASSE", "straße") == [(0, 7)]
    assert find_in("the oﬃce", "f") == [(5, 6)]  # two "f" in one ligature: one place


def test_search_finds_dashes_and_quotation_marks_as_typed() -> None:
    # ut31: "2-1" did not find the report's "2–1"
    assert find_in("United won 2–1 at home.", "2-1") == [(11, 14)]
    assert find_in("“It’s over,” she said.", "it's over") == [(1, 10)]
    assert find_in("United won 2–1 at home.", "2-2") == []
