"""Web pages in: an http(s) address or a saved page becomes an article's text and metadata.

    load_page("https://example.org/story")   # fetched (see fetch.py), then extracted
    load_page("saved/story.html")             # read from disk, then extracted

Fetching uses only the standard library; extraction needs the ``web`` extra (trafilatura),
and says how to add it when it is missing.  Nothing is cached: every call fetches anew.
The result is a :class:`reader.loaded.Loaded` like any text file's, with ``meta`` set, so
the rest of the pipeline (and its offsets) work on the extracted text unchanged.
"""

from __future__ import annotations

import re

from reader.clean.headline import site_tail
from reader.loaded import InputError, Loaded, sanitize, shown
from reader.model import Meta

PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(source: str) -> bool:
    """True for anything written as an address (``scheme://``); only http(s) will be fetched."""
    return bool(_SCHEME.match(source))


def is_page_file(source: str) -> bool:
    """True for a saved web page, by its suffix."""
    return source != "-" and source.lower().endswith(PAGE_SUFFIXES)


def load_page(source: str, *, user_agent: str | None = None) -> Loaded:
    """Fetch or read one page and extract its article; :class:`InputError` on any failure."""
    from reader.web.extract import extract
    from reader.web.fetch import fetch, read_file

    page = fetch(source, user_agent=user_agent) if is_url(source) else read_file(source)
    article = extract(page.html, url=page.url, source=source)
    text, replaced = sanitize(article.text)
    notes = list(page.notes)
    if replaced:
        notes.append(f"replaced {replaced} control or bidi character(s) so they cannot reach the terminal")
    meta = _clean_meta(article.meta)
    return Loaded(shown(source), _with_headline(text, meta.title), page.encoding, notes, meta)


def _with_headline(text: str, title: str | None) -> str:
    """The article's text opening with its headline, as a text file's does: the extractor
    keeps a page's ``<h1>`` in the text on some pages and not on others (a user test's
    four pages), and the headline is the first sentence every comparison reads (it links
    to the other's headline, numbers the passages alike for a page and its text)."""
    if not title:
        return text
    first = text.lstrip().split("\n", 1)[0]
    if " ".join(first.split()).casefold().startswith(" ".join(title.split()).casefold()):
        return text
    return f"{title}\n\n{text}"


def _clean_meta(meta: Meta) -> Meta:
    """Metadata is input too: one line each, no control characters, nothing empty."""

    def one(value: str | None) -> str | None:
        if value is None:
            return None
        line = " ".join(sanitize(value)[0].split())
        return line or None

    return Meta(
        _headline(one(meta.title)), _author(one(meta.author)), one(meta.date), one(meta.outlet), one(meta.url)
    )


# a byline's stamp the extractor leaves on the author ("The Associated Press updated 12/19/2005")
_STAMP_AFTER_NAME = re.compile(r"(?:^|\s+)(?:updated|published|posted|last\s+modified)\b.*$", re.IGNORECASE)


def _author(author: str | None) -> str | None:
    """The author without a stamp glued after the name; None when nothing is left."""
    if author is None:
        return None
    return _STAMP_AFTER_NAME.sub("", author).strip(" ,;") or None


def _headline(title: str | None) -> str | None:
    """A page's title is often its headline and the site's name ("Storm hits coast - The
    Harbour Times"): the headline alone, by the rule the clean-up applies to a text's first
    line (:func:`reader.clean.headline.site_tail`)."""
    if title is None:
        return None
    at = site_tail(title)
    return title if at is None else title[:at].rstrip()


__all__ = ["PAGE_SUFFIXES", "InputError", "is_page_file", "is_url", "load_page"]
