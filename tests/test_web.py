"""Web pages in: a local HTTP server on 127.0.0.1 serves pages written in the styles of
real news sites, and every failure the issue names.  Nothing here leaves the machine."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

import reader
from reader import cli
from reader.export import to_dict, to_markdown
from reader.inputs import InputError, load
from reader.pipeline import compare_files, compare_texts
from reader.web import extract as extract_mod
from reader.web import fetch as fetch_mod
from reader.web import is_page_file, is_url, load_page

PAGES = Path(__file__).parent / "data" / "web"
HTML = "text/html; charset=utf-8"

# path -> (status, content type, body, extra headers)
Route = tuple[int, str, bytes, dict[str, str]]


def _page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def _routes() -> dict[str, Route]:
    latin = _page("wire-bridge.html").replace(b'<meta charset="utf-8">', b"")
    latin = latin.decode("utf-8").replace("Wierzba", "Wierzbà").encode("cp1252")
    pages = {f"/pages/{p.name}": (200, HTML, p.read_bytes(), {}) for p in PAGES.glob("*.html")}
    return pages | {
        "/ledger": (200, HTML, _page("ledger-bridge.html"), {}),
        "/wire": (200, HTML, _page("wire-bridge.html"), {}),
        "/meridian": (200, "application/xhtml+xml", _page("meridian-paywall.html"), {}),
        "/front": (200, HTML, _page("section-front.html"), {}),
        "/latin": (200, "text/html; charset=windows-1252", latin, {}),
        "/missing": (404, HTML, b"<h1>Not found</h1>", {}),
        "/broken": (500, HTML, b"<h1>Oops</h1>", {}),
        "/paper.pdf": (200, "application/pdf", b"%PDF-1.7\n%...", {}),
        "/photo": (200, "image/png", b"\x89PNG\r\n\x1a\n", {}),
        "/plain": (200, "text/plain", b"just text", {}),
        "/loop": (302, HTML, b"", {"Location": "/loop"}),
        "/hop1": (301, HTML, b"", {"Location": "/hop2"}),
        "/hop2": (302, HTML, b"", {"Location": "/ledger"}),
        "/to-ftp": (302, HTML, b"", {"Location": "ftp://127.0.0.1/file"}),
    }


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, Route]] = {}
    seen: ClassVar[list[dict[str, str]]] = []

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self.seen.append(dict(self.headers))
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path == "/huge":  # says how big it is: refused before reading
            self._head(200, HTML, {"Content-Length": str(50 * 1024 * 1024)})
            return
        if self.path in ("/endless", "/slow"):  # no length, keeps sending
            self._head(200, HTML, {})
            try:
                for _ in range(64):
                    self.wfile.write(b"<p>" + b"x" * 16384 + b"</p>")
            except OSError:  # the client gave up, as it should
                pass
            return
        status, kind, body, extra = self.routes.get(self.path, (404, HTML, b"no", {}))
        self._head(status, kind, {"Content-Length": str(len(body)), **extra})
        self.wfile.write(body)

    def _head(self, status: int, kind: str, headers: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    _Handler.routes = _routes()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


# what each page must give: metadata, every article paragraph, and furniture that must be gone
GOLD = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))["pages"]


@pytest.mark.parametrize("name", sorted(GOLD))
def test_a_page_gives_its_article_and_metadata_and_no_furniture(server: str, name: str) -> None:
    want = GOLD[name]
    loaded = load(f"{server}/pages/{name}")
    assert loaded.meta is not None
    assert (loaded.meta.title, loaded.meta.author, loaded.meta.date, loaded.meta.outlet) == (
        want["title"],
        want["author"],
        want["date"],
        want["outlet"],
    )
    assert loaded.meta.url == f"{server}/pages/{name}"
    paragraphs = loaded.text.split("\n\n")
    for start in want["article"]:
        assert any(p.startswith(start) for p in paragraphs), start
    for furniture in want["furniture"]:
        assert furniture not in loaded.text, furniture


def test_offsets_hold_and_the_json_carries_the_extracted_text(server: str) -> None:
    c = compare_files(server + "/ledger", server + "/wire")
    data = to_dict(c)
    for side in ("left", "right"):
        doc = data[side]
        assert doc["meta"]["outlet"] in ("The Northern Ledger", "Coastline Wire")
        assert doc["title"] == doc["meta"]["title"]
        assert doc["sentences"]
        for s in doc["sentences"]:
            assert doc["text"][s["start"] : s["end"]] == s["text"]
    assert any(d["note"].startswith("number: 14 vs 12") for k in data["links"] for d in k["differences"])


def test_plain_text_exports_carry_no_metadata_key() -> None:
    data = to_dict(compare_texts("One sentence here. And another one.", "One sentence here."))
    assert "meta" not in data["left"] and "text" not in data["left"]


def test_a_saved_page_and_a_text_file_mix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("A container ship struck the Tannery Bridge late on Tuesday, injuring 12 people.\n")
    out = tmp_path / "out.json"
    assert cli.main([str(PAGES / "ledger-bridge.html"), str(text), "-o", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["left"]["meta"]["author"] == "Harriet Okonjo"
    assert "meta" not in data["right"]


def test_redirects_are_followed_a_few_times(server: str) -> None:
    loaded = load(server + "/hop1")
    assert loaded.meta is not None and loaded.meta.url == server + "/ledger"


def test_user_agent_is_sent_and_nothing_cached(server: str) -> None:
    _Handler.seen.clear()
    assert cli.main([server + "/ledger", server + "/wire", "--summary", "--user-agent", "Checker/2.0"]) == 0
    assert [h["User-Agent"] for h in _Handler.seen] == ["Checker/2.0", "Checker/2.0"]
    assert all(h["Cache-Control"] == "no-cache" for h in _Handler.seen)
    _Handler.seen.clear()
    load(server + "/ledger")
    assert _Handler.seen[0]["User-Agent"].startswith("reader/")


def test_the_charset_the_server_names_is_used(server: str) -> None:
    loaded = load(server + "/latin")
    assert loaded.meta is not None and loaded.meta.author == "Tomasz Wierzbà"
    assert loaded.encoding == "windows-1252"


FAILURES = [
    ("/missing", "HTTP 404"),
    ("/broken", "HTTP 500"),
    ("/paper.pdf", "is a PDF"),
    ("/photo", "not an HTML page (the server says image/png)"),
    ("/plain", "not an HTML page (the server says text/plain)"),
    ("/huge", "too big (50.0 MB; the limit is 10.0 MB)"),
    ("/loop", "too many redirects"),
    ("/to-ftp", "redirected to a ftp: address"),
    ("/front", "no article text found on this page"),
]


@pytest.mark.parametrize(("path", "cause"), FAILURES)
def test_each_failure_is_one_line_and_exit_2(
    server: str, path: str, cause: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([server + path, server + "/wire", "--summary"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"reader: {server}{path}: "), err
    assert cause in err, err


def test_a_page_too_big_without_a_length_is_cut_off(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch_mod, "MAX_BYTES", 100_000)
    with pytest.raises(InputError, match="too big"):
        load(server + "/endless")


def test_a_slow_server_times_out(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch_mod, "TIMEOUT", 0.3)
    with pytest.raises(InputError, match=r"no answer within 0.3 seconds"):
        load(server + "/slow")


def test_no_server_listening_says_so() -> None:
    with socket.socket() as s:  # a port that was free a moment ago
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(InputError, match="connection refused"):
        load(f"http://127.0.0.1:{port}/story")


def test_a_dns_failure_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(InputError, match="cannot find the host"):
        load("https://no-such-outlet.invalid/story")


@pytest.mark.parametrize("address", ["ftp://127.0.0.1/story.html", "file:///etc/passwd", "javascript://x"])
def test_only_http_and_https(address: str) -> None:
    with pytest.raises(InputError, match="only http and https"):
        load(address)


def test_saved_page_failures(tmp_path: Path) -> None:
    pdf = tmp_path / "story.html"
    pdf.write_bytes(b"%PDF-1.4 not a page")
    with pytest.raises(InputError, match="is a PDF"):
        load(pdf)
    with pytest.raises(InputError, match="no article text found on this page"):
        load(PAGES / "section-front.html")
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "gone.html")


def test_without_the_extra_the_message_says_how_to_add_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_mod, "_trafilatura", lambda: None)
    with pytest.raises(InputError) as info:
        load_page(str(PAGES / "ledger-bridge.html"))
    assert "pip install 'reader[web]'" in str(info.value)


def test_what_goes_to_the_web_part() -> None:
    assert is_url("https://a.example/x") and is_url("HTTP://A.EXAMPLE") and not is_url("notes.txt")
    assert is_page_file("a/b.HTML") and is_page_file("x.htm") and not is_page_file("x.txt")
    assert not is_page_file("-")


def test_hostile_metadata_is_one_line_of_plain_text() -> None:
    loaded = load(PAGES / "hostile.html")
    assert loaded.meta is not None
    for value in (loaded.meta.title, loaded.meta.author, loaded.meta.outlet):
        assert value is not None and "\n" not in value
    assert '<script>alert("in the text")</script>' in loaded.text  # kept as text, escaped on output


def test_an_xhtml_page_is_a_page_too(server: str) -> None:
    loaded = load(server + "/meridian")
    assert loaded.meta is not None and loaded.meta.outlet == "The Daily Meridian"


def test_a_page_title_loses_the_sites_name_not_the_headlines_own_dash() -> None:
    from reader.model import Meta
    from reader.web import _clean_meta

    def title(t: str) -> str | None:
        return _clean_meta(Meta(t, None, None, None, None)).title

    assert (
        title("Ferry strike ends after nine days - The Harbour Times") == "Ferry strike ends after nine days"
    )
    assert title("Council backs new quay | Coastline Wire") == "Council backs new quay"
    assert (
        title("Storm - the worst in a decade - hits the coast")
        == "Storm - the worst in a decade - hits the coast"
    )


def test_a_page_with_no_date_gets_none_not_a_first_of_january(tmp_path: Path) -> None:
    # the date is only in the headline's words: no "2021-01-01" made up from the year, and
    # no site name made from the title
    page = tmp_path / "ruling.html"
    body = " ".join(["The court ruled on Friday that the state law may stay in force for now."] * 8)
    page.write_text(
        "<!doctype html><html><head><title>Court ruling on Dec. 10, 2021</title></head><body>"
        f"<article><h1>Court ruling on Dec. 10, 2021</h1><p>{body}</p><p>{body}</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    loaded = load(page)
    assert loaded.meta is not None
    assert loaded.meta.date is None and loaded.meta.title == "Court ruling on Dec. 10, 2021"
    assert loaded.meta.outlet != loaded.meta.title


STORY = [
    "The harbour council voted on Tuesday to close the old ferry terminal by the end of the year.",
    "Six members backed the plan and three opposed it after a debate that ran past midnight.",
    "The terminal has lost money for eleven of the past twelve years, the council's auditor said.",
    "Ferry crews will move to the new pier in Kestrel Bay, which opens in the spring.",
]


def _sentences_of_page(tmp_path: Path, page: str) -> list[str]:
    """The sentences ``reader.load`` gives of ``page`` saved as a file."""
    path = tmp_path / "ferry.html"
    path.write_text(page, encoding="utf-8")
    return [s.text for s in reader.load(path).sentences]


def test_embedded_posts_pull_quotes_captions_and_banners_are_no_story(tmp_path: Path) -> None:
    """A saved page built with <div>s as much as <p>s: the story's own sentences come out
    once each, and nothing of the post, the pull quote, the caption or the consent banner
    (their words would read as the outlet's own sentences, or the story's twice)."""
    p = "".join(f"<p>{s}</p>" for s in STORY[:2])
    q = "".join(f"<div class='text-block'>{s}</div>" for s in STORY[2:])
    page = (
        "<html><head><title>Council closes ferry terminal</title></head><body>"
        "<div id='cookie-consent'>We use cookies to remember your preferences and measure ad"
        " traffic on this site.</div>"
        f"<article><h1>Council closes ferry terminal</h1>{p}"
        "<blockquote class='twitter-tweet'><p>A sad day for the old terminal. We will miss it.</p>"
        "&mdash; Harbour Fan (@harbourfan) May 2, 2023</blockquote>"
        f"<aside class='pull-quote'><p>{STORY[1]}</p></aside>"
        "<div class='photo-wrap'><div class='photo-cutline'>Passengers wait at the old terminal"
        " in March.</div></div>"
        f"{q}</article></body></html>"
    )
    texts = _sentences_of_page(tmp_path, page)
    for sentence in STORY:
        assert texts.count(sentence) == 1, texts
    assert not [t for t in texts if "sad day" in t or "Passengers wait" in t or "cookies" in t], texts


def test_the_markdown_gives_a_page_s_address_as_a_link_that_pastes_whole(server: str) -> None:
    """ "us_news-crime_and_courts" escaped as "us\\_news..." broke the address pasted into a
    message: the Markdown writes it as an autolink, as it is; the rest of the byline stays escaped."""
    c = compare_files(server + "/pages/ledger-bridge.html", server + "/wire")
    md = to_markdown(c)
    address = f"<{server}/pages/ledger-bridge.html>"
    assert address in md and "ledger\\-bridge" not in md


@pytest.mark.parametrize("h1", [True, False])
def test_a_page_opens_with_its_headline_once_whether_or_not_the_extractor_keeps_it(
    tmp_path: Path, h1: bool
) -> None:
    """A text file opens with its headline; a page does too, so a page and its text (or two
    pages) number and link alike, whether the extractor kept the page's <h1> or not."""
    head = "<h1>Council closes ferry terminal</h1>" if h1 else ""
    body = "".join(f"<p>{s}</p>" for s in STORY)
    page = (
        "<html><head><title>Council closes ferry terminal</title>"
        "<meta property='og:title' content='Council closes ferry terminal'></head>"
        f"<body><article>{head}{body}</article></body></html>"
    )
    texts = _sentences_of_page(tmp_path, page)
    assert texts[0] == "Council closes ferry terminal" and texts.count(texts[0]) == 1
    assert texts[1:] == STORY


@pytest.mark.parametrize(
    ("written", "author"),
    [
        ("The Associated Press updated 12/19/2005 11:04:38 AM ET", "The Associated Press"),
        ("Jane Roe, Published March 3, 2021", "Jane Roe"),
        ("Jane Roe", "Jane Roe"),
        ("Updated 3 hours ago", None),
    ],
)
def test_a_stamp_glued_to_the_author_is_no_part_of_the_name(written: str, author: str | None) -> None:
    from reader.model import Meta
    from reader.web import _clean_meta

    assert _clean_meta(Meta("Ferry terminal closes", written, None, None, None)).author == author
