"""Extraction: the article's main text and metadata out of a page's HTML, via trafilatura.

trafilatura (the ``web`` extra) drops navigation, cookie banners, share bars, related
links, comments and ads, and reads title, author, date and site name from JSON-LD,
``<meta>`` tags and ``<time>`` elements.  Why trafilatura and not readability-lxml: see
docs/web.md (it kept more of the article, left less furniture, and only it gives the
metadata).  Paragraphs are joined by blank lines, so the cleaner and the segmenter see
them as paragraphs; every sentence's offsets then index into this text.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from reader.loaded import InputError
from reader.model import Meta

EXTRA = "pip install 'reader[web]'"
# Fewer words than this is a heading or a caption that survived on an index page, not an article.
MIN_WORDS = 20


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    meta: Meta


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura


def extract(html: str, *, url: str | None, source: str) -> Article:
    """The article in ``html``; :class:`InputError` naming ``source`` when there is none."""
    lib = _trafilatura()
    if lib is None:
        raise InputError(source, f"reading web pages needs the web extra: {EXTRA}")
    result = lib.bare_extraction(
        _without_furniture(html),
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,
        # no "extensive" date search: it tries dateparser in every locale on the page's text
        # (9 s for one page here) and, finding only a year, makes up its 1 January
        date_extraction_params={
            "original_date": True,
            "extensive_search": False,
            "max_date": datetime.date.today().isoformat(),
        },
    )
    text = _paragraphs(_get(result, "text"))
    if len(text.split()) < MIN_WORDS:
        raise InputError(
            source, "no article text found on this page (is it an index, a login or a video page?)"
        )
    title, outlet = _get(result, "title"), _get(result, "sitename")
    meta = Meta(
        title=title,
        author=_get(result, "author"),
        date=_get(result, "date"),
        outlet=None if outlet == title else outlet,  # a page without a site name gets its title
        url=url or _get(result, "url"),
    )
    return Article(text, meta)


# What a page prints inside or beside the story that is not the story, by the names pages give
# it: an embedded post (its text would read as the outlet's own sentences), a pull quote (a
# sentence of the story again), a photo's caption and credit, a consent banner (on a page whose
# story is only in a script, the banner was all that was left to read as the article).
_FURNITURE = " | ".join(
    [
        "//blockquote[contains(@class, 'twitter-tweet') or contains(@class, 'instagram-media')"
        " or contains(@class, 'tiktok-embed') or contains(@class, 'twitter-video')]",
        "//*[contains(@class, 'pullquote') or contains(@class, 'pull-quote')"
        " or contains(@class, 'pull_quote')]",
        "//figcaption",
        "//*[contains(@class, 'caption') or contains(@class, 'cutline')]",
        "//*[contains(@class, 'photo-credit') or contains(@class, 'image-credit')]",
        "//*[contains(@id, 'cookie') or contains(@class, 'cookie') or contains(@id, 'consent')"
        " or contains(@class, 'consent') or contains(@id, 'gdpr') or contains(@class, 'gdpr')]",
    ]
)


def _without_furniture(html: str) -> Any:
    """The page's tree without :data:`_FURNITURE` (lxml, which trafilatura brings), or the
    page as it is when it cannot be parsed (trafilatura then says what it can)."""
    try:
        from lxml import html as lxml_html

        tree = lxml_html.fromstring(html)
    except Exception:  # an empty or broken page: the extractor's own error follows
        return html
    for element in tree.xpath(_FURNITURE):
        if element.getparent() is not None and element.tag not in ("html", "body", "article", "main"):
            element.drop_tree()
    return tree


def _get(result: Any, name: str) -> str | None:
    """A field of trafilatura's result (an object in 2.x, a dict in older versions)."""
    if result is None:
        return None
    value = result.get(name) if isinstance(result, dict) else getattr(result, name, None)
    return value if isinstance(value, str) and value.strip() else None


def _paragraphs(text: str | None) -> str:
    """One paragraph a line becomes one paragraph a block: blank lines between them."""
    if not text:
        return ""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line) + ("\n" if any(lines) else "")
