"""One article as a column: a header with its metadata, then its sentences by paragraph."""

from __future__ import annotations

import urllib.parse

from reader.model import Comparison, Document, Side
from reader.report.marks import MARK, WORD, Info, infos, marked, text
from reader.report.parts import name


def _link(url: str) -> str:
    """An address as a link only when it is http(s); anything else (javascript:) as text."""
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme in ("http", "https"):
        return f'<a href="{text(url)}" rel="noreferrer noopener">{text(url)}</a>'
    return text(url)


def header(side: Side, d: Document) -> str:
    """The pane header: side, title, then author · outlet · date, then the source."""
    m = d.meta
    byline = []
    if m is not None:
        if m.author:
            byline.append(f'<span class="author">by {text(m.author)}</span>')
        if m.outlet:
            byline.append(f'<span class="outlet">{text(m.outlet)}</span>')
        if m.date:
            byline.append(f'<time class="date">{text(m.date)}</time>')
    source = _link(m.url) if m is not None and m.url else text(d.source)
    if m is not None and m.url and m.url != d.source:
        source = f"{text(d.source)} · {source}"
    return (
        f'<header class="pane"><p class="side">{side.upper()}</p>'
        f'<h2 class="title">{text(name(d))}</h2>'
        + (f'<p class="byline">{" · ".join(byline)}</p>' if byline else "")
        + f'<p class="source">{source}</p></header>'
    )


def _sentence(side: Side, i: int, sentence: str, info: Info) -> str:
    me = f"{side[0].upper()}{i}"
    other = "R" if side == "left" else "L"
    partners = " ".join(f"{other}{j}" for j in info.partners)
    links = " ".join(f"k{n}" for n in info.links)
    mark = MARK[info.role]
    if info.partners:
        where = ", ".join(str(j + 1) for j in info.partners)
        title = f"{WORD[info.role]}: {'right' if side == 'left' else 'left'} sentence {where}"
        if info.details:
            title += f" · only here: {', '.join(info.details)}"
        gutter = f'<a class="mk" href="#{other}{info.partners[0]}" title="{text(title)}">{mark}</a>'
    else:
        gutter = f'<span class="mk" title="{WORD["unique"]}">{mark}</span>'
    return (
        f'<span class="s {info.role}" id="{me}" data-stop="{links.split(" ")[0] if links else me}" '
        f'data-links="{links}" data-partners="{partners}">{gutter}{marked(sentence, info.spans)}</span>'
    )


def column(c: Comparison, side: Side) -> str:
    """The article of one side: header, then paragraphs of sentences."""
    d = c.document(side)
    info = infos(c, side)
    paragraphs: list[list[str]] = []
    last = None
    for s in d.sentences:
        if s.paragraph != last:
            paragraphs.append([])
            last = s.paragraph
        paragraphs[-1].append(_sentence(side, s.id, s.text, info[s.id]))
    body = "".join(f"<p>{' '.join(p)}</p>" for p in paragraphs) or '<p class="none">No sentences.</p>'
    return (
        f'<article class="col" id="{side}" aria-label="{side} article">{header(side, d)}'
        f'<div class="body" id="{side}-body">{body}</div></article>'
    )
