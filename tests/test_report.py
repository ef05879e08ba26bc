"""The HTML report: parsed with html.parser, its structure, escaping and policy checked.

Hostile input (script tags, event attributes, javascript: links, CSS in the text, a
title that closes the <title>) must come out as text: the parsed report has exactly the
one script and the one style the generator wrote, and no attribute from the input.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reader import cli
from reader.export import FORMATS, render
from reader.model import Comparison
from reader.pipeline import compare_files, compare_texts
from reader.report import to_html
from reader.report.marks import marked, spans_in, stops
from reader.report.page import asset

PAGES = Path(__file__).parent / "data" / "web"


@dataclass
class Parsed:
    tags: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    scripts: list[str] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    by_id: dict[str, dict[str, str]] = field(default_factory=dict)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out = Parsed()
        self._raw: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.out.tags.append((tag, a))
        if "id" in a:
            assert a["id"] not in self.out.by_id, f"duplicate id {a['id']}"
            self.out.by_id[a["id"]] = a
        if tag in ("script", "style"):
            self._raw = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == self._raw:
            self._raw = None

    def handle_data(self, data: str) -> None:
        if self._raw == "script":
            self.out.scripts.append(data)
        elif self._raw == "style":
            self.out.styles.append(data)
        else:
            self.out.text.append(data)


def parse(html: str) -> Parsed:
    p = _Parser()
    p.feed(html)
    p.close()
    return p.out


@pytest.fixture(scope="module")
def bridge() -> Comparison:
    return compare_files(PAGES / "ledger-bridge.html", PAGES / "wire-bridge.html")


@pytest.fixture(scope="module")
def hostile() -> str:
    return to_html(compare_files(PAGES / "hostile.html", PAGES / "ledger-bridge.html"))


def _sha(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


def test_one_script_one_style_and_a_policy_that_allows_only_them(bridge: Comparison) -> None:
    html = to_html(bridge)
    doc = parse(html)
    assert [t for t, _ in doc.tags if t == "script"] == ["script"]
    assert [t for t, _ in doc.tags if t == "style"] == ["style"]
    metas = [a for t, a in doc.tags if t == "meta"]
    csp = next(a["content"] for a in metas if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert f"script-src {_sha(doc.scripts[0])}" in csp
    assert f"style-src {_sha(doc.styles[0])}" in csp


def test_self_contained_nothing_loaded_from_anywhere(bridge: Comparison) -> None:
    doc = parse(to_html(bridge))
    for tag, attrs in doc.tags:
        assert "src" not in attrs, tag
        assert tag not in ("link", "img", "iframe", "object", "embed", "base", "form")
    assert "url(" not in doc.styles[0] and "@import" not in doc.styles[0]
    assert "fetch(" not in doc.scripts[0] and "XMLHttpRequest" not in doc.scripts[0]


def test_every_sentence_is_there_with_its_role_and_partners(bridge: Comparison) -> None:
    doc = parse(to_html(bridge))
    for side, letter in (("left", "L"), ("right", "R")):
        for s in bridge.document(side).sentences:
            attrs = doc.by_id[f"{letter}{s.id}"]
            role = attrs["class"].split()[1]
            assert role in ("shared", "conflict", "unique")
            assert (role == "unique") == (s.id in bridge.unique(side))
            for partner in attrs["data-partners"].split():
                assert partner in doc.by_id and partner[0] != letter
    text = "".join(doc.text)
    for s in bridge.left.sentences:  # readable without JavaScript: the text is in the page
        assert s.text in " ".join(text.split()) or s.text.split()[0] in text


def test_conflicts_at_the_top_with_note_and_smallest_spans_marked(bridge: Comparison) -> None:
    html = to_html(bridge)
    top = html[html.index('id="conflicts"') : html.index('id="articles"')]
    assert "number: 14 vs 12 (people)" in top
    assert '<mark class="diff">14</mark>' in top and '<mark class="diff">12</mark>' in top
    # one hedge on two figures: the council's estimate of the closure told two ways
    assert "duration: at least three weeks vs at least two weeks" in top
    # and in the articles too, in the conflicting sentences only
    articles = html[html.index('id="articles"') :]
    assert articles.count('<mark class="diff">') == 4


def test_the_heading_counts_the_conflicts_and_says_when_the_list_scrolls(bridge: Comparison) -> None:
    # ut42: the list scrolls in a box of its own, and some conflicts were only found by scrolling it
    html = to_html(bridge)
    top = html[html.index('id="conflicts"') : html.index('id="articles"')]
    n = top[: top.index('id="reworded"') if 'id="reworded"' in top else len(top)].count(
        'class="conflict-item"'
    )
    heading = re.search(r'<h2 id="conflicts-h">([^<]*)</h2>', top)
    assert heading is not None and heading.group(1).startswith(f"Discrepancies ({n}")
    assert ("scroll the list" in heading.group(1)) is (n > 4)
    quiet = to_html(compare_texts("A title\n\nThe bridge opened.", "A title\n\nThe bridge opened."))
    assert '<h2 id="conflicts-h">Discrepancies</h2><p class="none">None found.</p>' in quiet


def test_each_conflict_names_its_passage_as_the_markdown_does(bridge: Comparison) -> None:
    top = to_html(bridge)
    top = top[top.index('id="conflicts"') : top.index('id="reworded"')]
    shown = re.findall(r"passage (\d+): ", top)
    md = render(bridge, "markdown")
    listed = re.findall(r"^Passage (\d+) · ", md[: md.index("## Told by both")], re.M)
    assert shown and shown == listed


def test_pane_headers_carry_the_metadata(bridge: Comparison) -> None:
    html = to_html(bridge)
    meta = ("by Harriet Okonjo", "The Northern Ledger", "2026-03-04", "by Tomasz Wierzba", "Coastline Wire")
    for words in meta:
        assert words in html
    url = "https://ledger.example/uk-news/2026/mar/04/cargo-ship-strikes-tannery-bridge-kestrel-bay"
    assert f'href="{url}"' in html


def test_legend_summary_keys_and_print_stylesheet(bridge: Comparison) -> None:
    html = to_html(bridge)
    doc = parse(html)
    text = " ".join("".join(doc.text).split())
    # (the two headlines open both texts and link: 9 passages told by both; the 14 / 12 the
    # left headline restates is the leads' one discrepancy, not a second)
    assert "9 shared" in text and "2 discrepancies" in text and "coverage L" in text
    assert "both" in text and "disagree" in text and "one side" in text
    assert "j/k next/previous passage" in text
    assert "@media print" in doc.styles[0]
    # passages told by both in a few other words are drawn in the shared colour, not as conflicts
    assert re.search(r"\.reworded-item blockquote \{[^}]*var\(--shared\)", doc.styles[0])
    body = next(a for t, a in doc.tags if t == "body")
    order = body["data-stops"].split()
    assert order[0] == "k0" and len(order) == len(set(order))


def test_hostile_page_nothing_runs(hostile: str) -> None:
    doc = parse(hostile)
    assert len(doc.scripts) == 1 and len(doc.styles) == 1
    # the one script and the one style are the generator's own, byte for byte
    assert doc.scripts == [asset("report.js")] and doc.styles == [asset("report.css")]
    for tag, attrs in doc.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "style" not in attrs, tag
        for name in ("href", "src", "action", "formaction"):
            value = attrs.get(name, "")
            assert not value.lower().lstrip().startswith(("javascript:", "data:", "vbscript:")), value
        assert tag in _ALLOWED, tag
    text = "".join(doc.text)
    assert '<script>alert("in the text")</script>' in text  # shown as the characters it is
    assert "<style>body{display:none}</style>" in text
    assert '"><img src=x onerror=alert(4)>' in text
    assert "<Script>Alert('Site')</Script>" in text  # the outlet's name, from a hostile og:site_name
    assert "javascript:alert('link')" in text  # the link's words stay; the link does not


_ALLOWED = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "span", "b", "ul", "ol",
    "li", "kbd", "main", "section", "article", "div", "blockquote", "a", "mark", "time", "footer", "script",
}  # fmt: skip


def test_hostile_text_pasted_as_plain_text_is_escaped_too() -> None:
    evil = (
        "The board met on Monday. It read <script>alert(1)</script> aloud. "
        'A note said <a href="javascript:alert(2)" onclick="x()">click</a> and </span></p><b>bold</b>.'
    )
    html = to_html(compare_texts(evil, "The board met on Monday. It read nothing aloud."))
    doc = parse(html)
    assert doc.scripts == [asset("report.js")] and doc.styles == [asset("report.css")]
    assert all(t in _ALLOWED for t, _ in doc.tags)
    assert not any(a.get("onclick") for _, a in doc.tags)
    assert "<script>alert(1)</script>" in "".join(doc.text)


def test_spans_are_whole_words_where_they_can_be() -> None:
    assert spans_in("In 2014 there were 14 ships", ["14"]) == [(19, 21)]
    assert spans_in("abc", ["zz", ""]) == []
    assert marked("a <b> 14 & c", ["14"]) == 'a &lt;b&gt; <mark class="diff">14</mark> &amp; c'


def test_stops_cover_every_passage_and_one_sided_sentence(bridge: Comparison) -> None:
    order = stops(bridge)
    assert {f"k{n}" for n in range(len(bridge.links))} <= set(order)
    assert {f"L{i}" for i in bridge.unique_left} <= set(order)
    assert {f"R{i}" for i in bridge.unique_right} <= set(order)


def test_html_is_an_export_format_and_the_cli_writes_it(tmp_path: Path) -> None:
    assert FORMATS[".html"] == "html"
    out = tmp_path / "report.html"
    left, right = PAGES / "ledger-bridge.html", PAGES / "wire-bridge.html"
    assert cli.main([str(left), str(right), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert render(compare_texts("A b c.", "A b c."), "html").count("<script>") == 1


def test_report_is_valid_enough_to_roundtrip_its_ids(bridge: Comparison) -> None:
    html = to_html(bridge)
    for target in re.findall(r'href="#([^"]+)"', html):
        assert f'id="{target}"' in html


def test_markdown_names_the_pages_author_outlet_and_date(bridge: Comparison) -> None:
    md = render(bridge, "markdown")
    assert "— by Harriet Okonjo, The Northern Ledger, 2026-03-04" in md
    assert "— by Tomasz Wierzba, Coastline Wire, 2026-03-04" in md
    plain = render(compare_texts("One sentence here.", "One sentence here."), "markdown")
    assert "— by" not in plain


def test_the_facts_one_side_alone_tells_are_in_the_report() -> None:
    # the Markdown lists them per passage; the report says them on the sentence's mark and
    # under a conflict, escaped like all text
    c = compare_texts(
        "The bridge over the Wye reopened on Friday after repairs costing <£2 million>.",
        "The bridge over the Wye reopened after repairs, the council said.",
    )
    link = c.links[0]
    assert link.only_left  # the figure and the day
    html = to_html(c)
    assert "only here: " + ", ".join(link.only_left).replace("<", "&lt;").replace(">", "&gt;") in html
    conflict = compare_texts(
        "The bridge over the Wye reopened on Friday after repairs costing £2 million.",
        "The bridge over the Wye reopened on Monday after repairs, the council said.",
    )
    assert '<p class="details">only left: ' in to_html(conflict)
