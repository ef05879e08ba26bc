"""Export: a finished :class:`Comparison` as JSON (``reader-comparison/1``), Markdown or HTML.

Both only read the comparison.  JSON is for programs (and the reference scorer);
Markdown is for people: counts first, then the discrepancies, then what both say, then
what each side alone says.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from reader.counts import counted, discrepancies
from reader.model import DATELINE, Comparison, Document, DocumentDifference, Link, Meta
from reader.overlap import overlap
from reader.overlap import to_dict as overlap_dict
from reader.reworded import to_read, unread_changes
from reader.worddiff import linked_by_place, said_apart, same_words

FORMAT = "reader-comparison/1"
FORMATS = {".json": "json", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def to_dict(c: Comparison) -> dict[str, Any]:
    """The comparison as plain data: the JSON export, format ``reader-comparison/1``."""
    return {
        "format": FORMAT,
        "left": _document(c.left),
        "right": _document(c.right),
        # each link with its passage number (added after reader-comparison/1 was fixed): the
        # number the app, the Markdown and the HTML show; sentence ids count from 0
        "links": [{**_link(k), "passage": n} for n, k in enumerate(c.links, 1)],
        "unique": {"left": [int(i) for i in c.unique_left], "right": [int(i) for i in c.unique_right]},
        # names spelled two ways anywhere in the documents, outside the links' own differences
        "names": [_name_variant(n) for n in c.names],
        # "discrepancies" (added after the format was fixed): conflicts + name_variants,
        # the one count every view shows
        "summary": {**c.summary(), "discrepancies": discrepancies(c).total},
        # added after reader-comparison/1 was fixed: how much is linked, and the notice
        # when the texts share little (maybe two events) or one side has no sentences
        "overlap": overlap_dict(c),
        # added after reader-comparison/1 was fixed: the passages told by both whose words
        # differ in a few places no fact rule reads (reader.reworded), by passage number
        **_reworded(c),
    }


# the most reworded passages the JSON lists: a word diff costs 0.1 ms a passage, and a book
# of thirty thousand verses in two translations is reworded everywhere
JSON_REWORDED_MOST = 1000


def _reworded(c: Comparison) -> dict[str, Any]:
    found, otherwise = to_read(c, JSON_REWORDED_MOST + 1)
    return {
        "reworded": [
            {"passage": n, "changes": [[a, b] for a, b in ch]} for n, ch in found[:JSON_REWORDED_MOST]
        ],
        "reworded_more": len(found) > JSON_REWORDED_MOST,  # True: the list stops short
        # the shared passages told in other words throughout (no few words to name): read both
        "told_otherwise": otherwise[:JSON_REWORDED_MOST],
    }


def _document(d: Document) -> dict[str, Any]:
    out: dict[str, Any] = {
        "source": d.source,
        "title": d.title,
        "encoding": d.encoding,
        "notes": list(d.notes),
        "sentences": [
            {
                "id": int(s.id),
                "text": s.text,
                "start": int(s.start),
                "end": int(s.end),
                "paragraph": int(s.paragraph),
            }
            for s in d.sentences
        ],
        "removed": [
            {"text": r.text, "start": int(r.start), "end": int(r.end), "reason": r.reason} for r in d.removed
        ],
    }
    if d.meta is not None:
        # a web page: what it says about itself, and the extracted text the offsets
        # index into (plain-text inputs carry neither: their file is the text)
        out["meta"] = _meta(d.meta)
        out["text"] = d.text
    return out


def _link(k: Link) -> dict[str, Any]:
    # ids and scores may arrive as numpy scalars from the aligner: JSON needs plain
    # ints and floats, and the format promises a score in [0, 1]
    out: dict[str, Any] = {
        "left": [int(i) for i in k.left],
        "right": [int(i) for i in k.right],
        "score": min(1.0, max(0.0, round(float(k.score), 4))),
        "relation": k.relation,
        "differences": [
            {"kind": d.kind, "left": d.left, "right": d.right, "note": d.note} for d in k.differences
        ],
        "only_left": list(k.only_left),
        "only_right": list(k.only_right),
    }
    if k.across:  # a conflict found across the articles: two sentences the aligner left apart
        out["across"] = True
    return out


def _name_variant(n: DocumentDifference) -> dict[str, Any]:
    return {
        "left_sentence": int(n.left_sentence),
        "right_sentence": int(n.right_sentence),
        "kind": n.difference.kind,
        "left": n.difference.left,
        "right": n.difference.right,
        "note": n.difference.note,
    }


def _opened(doc: Document, i: int, kind: str) -> str:
    """Sentence ``i``, after the dateline the cleaner took off it when the difference is the
    dateline's ("LEIPZIG, Germany, March 11 (Wire) - Taiwanese contract chipmaker ...")."""
    text = doc.sentences[i].text
    if kind != DATELINE:
        return text
    cut = [r.text for r in doc.removed if r.reason == DATELINE and r.end <= doc.sentences[i].start]
    return f"{cut[-1]} {text}" if cut else text


def _meta(m: Meta) -> dict[str, str | None]:
    return {"title": m.title, "author": m.author, "date": m.date, "outlet": m.outlet, "url": m.url}


def to_json(c: Comparison) -> str:
    return json.dumps(to_dict(c), ensure_ascii=False, indent=1) + "\n"


def _quote(text: str) -> str:
    """A sentence as a Markdown block quote, its own Markdown neutralised."""
    return "> " + _escape(text)


# Characters that mean something inline in CommonMark/GFM: emphasis, code, links, images,
# raw HTML, tables, strike-through, headings.  Backslash-escaping any ASCII punctuation is
# always allowed, so escaping these is safe everywhere.
_INLINE = re.compile(r"([\\`*_\[\]<>#|~])")
# Constructs that only count at the start of a line: list items ("- ", "+ ", "1. ", "2) "),
# thematic breaks and setext underlines ("---", "==="), block quotes (">" is escaped above).
_LINE_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)|^([-+=])")
_ENTITY = re.compile(r"&(?=#?\w+;)")


def _escape(text: str) -> str:
    """Article text rendered literally: one line, every Markdown construct neutralised.

    Whitespace (newlines from hard-wrapped input included) collapses to single spaces so
    a sentence cannot end a list item or start a block of its own.
    """
    text = " ".join(text.split())
    text = _INLINE.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    return _LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else "\\" + m.group(3), text)


def first_words(text: str, words: int = 8, chars: int = 60) -> str:
    """The start of a passage, to name it in a heading: at most ``words`` words and
    ``chars`` characters, cut between words, with "…" when cut (a first word longer than
    ``chars``, an address say, is cut inside)."""
    tokens = text.split()
    shown = ""
    for token in tokens[:words]:
        longer = f"{shown} {token}" if shown else token
        if len(longer) > chars:
            break
        shown = longer
    shown = shown or (tokens[0][: chars - 1] if tokens else "")
    if shown == " ".join(tokens):
        return shown
    return shown.rstrip(",;:–—-") + "…"


def _byline(d: Document) -> str:
    """ " — by Author, Outlet, 2026-03-04" for a web page; nothing for plain text."""
    m = d.meta
    if m is None:
        return ""
    parts = [f"by {m.author}" if m.author else "", m.outlet or "", m.date or ""]
    shown = [_escape(", ".join(p for p in parts if p))] if any(parts) else []
    if m.url:
        # an address as an autolink, not escaped: a backslash before each "_" broke it when
        # pasted into a message (a user test); one with spaces or brackets is text
        shown.append(f"<{m.url}>" if _SAFE_URL.fullmatch(m.url) else _escape(m.url))
    return f" — {', '.join(shown)}" if shown else ""


_SAFE_URL = re.compile(r"https?://[^\s<>]+")


def _heading(c: Comparison, changed: Sequence[int], otherwise: Sequence[int] = ()) -> list[str]:
    """The report's top: the two documents, the counts, the passages whose words differ
    (``changed``, their numbers) or that are told in other words (``otherwise``), and the
    overlap notice if any."""
    found = discrepancies(c)
    s = c.summary()
    L, R = c.left, c.right
    lines = [
        f"# Comparison: {' / '.join(map(_escape, c.titles()))}",
        "",
        f"- Left: {_escape(L.source)} ({counted(s['left_sentences'], L.unit)}, "
        f"{counted(s['removed_left'], 'boilerplate line')} removed){_byline(L)}",
        f"- Right: {_escape(R.source)} ({counted(s['right_sentences'], R.unit)}, "
        f"{counted(s['removed_right'], 'boilerplate line')} removed){_byline(R)}",
        f"- **{found.said}**{f' ({found.parts})' if found.parts else ''}, "
        f"{counted(s['shared'], 'shared passage')}, "
        f"{counted(s['unique_left'], L.unit)} only on the left, {s['unique_right']} only on the right",
        f"- Coverage: {float(s['coverage_left']):.0%} of the left text and "
        f"{float(s['coverage_right']):.0%} of the right text is told by both",
    ]
    if changed:
        lines.append(
            f"- Words differ where no fact rule reads them in {counted(len(changed), 'shared passage')} "
            f"({_numbers(changed)}): read them under “Told by both”"
        )
    if otherwise:
        lines.append(
            f"- Told in other words in {counted(len(otherwise), 'shared passage')} ({_numbers(otherwise)}): "
            "the fact rules could not check them, so read both"
        )
    notice = overlap(c).notice
    if notice:
        lines.append(f"- **Note**: {notice}")
    return [*lines, ""]


# the passages the heading names by number (more are counted)
_PASSAGES_LISTED = 12


def _numbers(passages: Sequence[int]) -> str:
    """Passage numbers for the heading, the first :data:`_PASSAGES_LISTED` of them."""
    return ", ".join(map(str, passages[:_PASSAGES_LISTED])) + (
        ", ..." if len(passages) > _PASSAGES_LISTED else ""
    )


# the words of a passage: two passages with the same words in other quotation marks or
# spaces are told word for word
_WORDS = re.compile(r"\w+")


def to_markdown(c: Comparison) -> str:
    L, R = c.left, c.right
    # each shared passage's small changes of words, read once for the heading and the passage
    found, otherwise = to_read(c)
    changed = dict(found)
    lines = _heading(c, list(changed), otherwise)
    conflicts = [k for k in c.links if k.relation == "conflict"]
    lines += ["## Discrepancies", ""]
    if not conflicts and not c.names:
        lines += ["None found.", ""]
    number = {id(k): n for n, k in enumerate(c.links, 1)}
    for n, k in enumerate(conflicts, 1):
        lines += [f"### {n}. {_escape(k.note)}", "", _where(number[id(k)], k.left, k.right), ""]
        for d in k.differences:
            lines.append(f"- **{_escape(d.label)}**: left “{_escape(d.left)}” / right “{_escape(d.right)}”")
        lines += _apart(c, k)  # a second change in the same sentences, which no rule reads
        lines.append("")
        if not k.aligned:
            lines += ["Found across the articles: the aligner did not link these sentences.", ""]
        lines += ["Left:", ""] + [_quote(L.sentences[i].text) for i in k.left] + [""]
        lines += ["Right:", ""] + [_quote(R.sentences[i].text) for i in k.right] + [""]
    for n, nv in enumerate(c.names, len(conflicts) + 1):
        d = nv.difference
        lines += [f"### {n}. {_escape(d.note)}", ""]
        lines += [_where(None, (nv.left_sentence,), (nv.right_sentence,)), ""]
        lines += [f"- **{_escape(d.label)}**: left “{_escape(d.left)}” / right “{_escape(d.right)}”", ""]
        lines += ["Left:", "", _quote(_opened(L, nv.left_sentence, d.kind)), ""]
        lines += ["Right:", "", _quote(_opened(R, nv.right_sentence, d.kind)), ""]
    lines += _told_by_both(c, changed, set(otherwise))
    for side, doc, ids, name in (
        ("left", L, c.unique_left, c.titles()[0]),
        ("right", R, c.unique_right, c.titles()[1]),
    ):
        lines += [f"## Only on the {side} ({_escape(name)})", ""]
        if not ids:
            lines += ["Nothing.", ""]
        for i in ids:
            lines.append(f"- {_escape(doc.sentences[i].text)}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _where(number: int | None, left: Sequence[int], right: Sequence[int]) -> str:
    """Where a passage is, as the app names it: its number among all passages (the app counts
    them so in the left pane) and its sentence numbers (1-based) on each side."""
    sides = (("left", left), ("right", right))
    ids = " ↔ ".join(f"{side} " + ", ".join(str(i + 1) for i in s) for side, s in sides)
    return f"Passage {number} · {ids}" if number is not None else ids.capitalize()


# the places of small rewording a shared passage lists: all of them (a report is read, not
# glanced at; a user test's reversal hid behind "3 more"), up to a rewrite's worth
_CHANGES_LISTED = 12


def _told_by_both(c: Comparison, changed: dict[int, list[tuple[str, str]]], otherwise: set[int]) -> list[str]:
    """The Markdown section of the shared passages: each with its score, its words that differ
    (``changed``, by passage number) and one-sided details; a passage in the same words on
    both sides once."""
    L, R = c.left, c.right
    shared = [k for k in c.links if k.relation == "shared"]
    lines = ["## Told by both", ""]
    if not shared:
        lines += ["Nothing.", ""]
    number = {id(k): n for n, k in enumerate(c.links, 1)}
    for k in shared:
        n = number[id(k)]  # numbered as the passages are everywhere (the app, "Passage N")
        # both sides' first words: one sentence often shares with two of the other side's
        named = (
            _escape(first_words(d.sentences[ids[0]].text, 6, 40)) for d, ids in ((L, k.left), (R, k.right))
        )
        said = [
            _WORDS.findall(" ".join(d.sentences[i].text for i in ids))
            for d, ids in ((L, k.left), (R, k.right))
        ]
        if said[0] == said[1]:
            # a rewrite keeps many sentences as they were: once, not twice with a score of 1
            lines += [f"### Passage {n}: {next(named)} (word for word on both sides)", ""]
            lines += [_where(number[id(k)], k.left, k.right), ""]
            lines += [_quote(L.sentences[i].text) for i in k.left] + [""]
            continue
        lines += [f"### Passage {n}: {' ↔ '.join(named)}", "", _where(number[id(k)], k.left, k.right), ""]
        lines += [_quote(L.sentences[i].text) for i in k.left] + [">", "> ↔"]
        lines += [_quote(R.sentences[i].text) for i in k.right] + [""]
        alike = same_words(c.text("left", k.left), c.text("right", k.right))
        if linked_by_place(k.score, k.aligned, alike):  # inside a gap of a text in order: its place links it
            lines.append("- linked by its place between two linked passages, not by its words: read both")
        elif _headlines(c, k) and k.score < HEADLINE_SCORE_SHOWN:  # the headline rule, not their words
            lines.append(f"- the two headlines, linked as such ({alike:.0%} same words): read both")
        else:
            lines.append(
                f"- {alike:.0%} same words (link score {k.score:.2f}: rare words and figures weigh most)"
                + (
                    "; told in other words: the fact rules could not check it, so read both"
                    if n in otherwise
                    else ""
                )
            )
        lines += _apart(c, k, changed.get(n, []))
        lines.append("")
    return lines


# below this link score two headlines were linked by the headline rule (each names the story's
# event), not by their words: a score of "0.00" beside "both tell this" misleads
HEADLINE_SCORE_SHOWN = 0.1


def _headlines(c: Comparison, k: Link) -> bool:
    """Is ``k`` the link of the two articles' headlines (each side's first sentence, its title)?"""
    return (
        list(k.left) == [0]
        and list(k.right) == [0]
        and all(
            d.title and d.sentences and d.sentences[0].text.strip() == d.title.strip()
            for d in (c.left, c.right)
        )
    )


def _apart(c: Comparison, k: Link, changes: list[tuple[str, str]] | None = None) -> list[str]:
    """A passage's words that differ where no fact rule reads them (``changes`` when read
    already), and the details one side tells alone, as Markdown list items."""
    lines = []
    if changes is None:
        changes = unread_changes(c, k)  # not those the passage's differences tell above
    if changes:  # a rewording no fact rule reads: the words themselves, for the editor
        lines.append(f"- words differ: {said_apart(changes, _CHANGES_LISTED, _escape)}")
    if k.only_left:
        lines.append(f"- only left: {_escape(', '.join(k.only_left))}")
    if k.only_right:
        lines.append(f"- only right: {_escape(', '.join(k.only_right))}")
    return lines


def render(c: Comparison, fmt: str) -> str:
    if fmt == "json":
        return to_json(c)
    if fmt == "markdown":
        return to_markdown(c)
    if fmt == "html":
        from reader.report import to_html

        return to_html(c)
    raise ValueError(f"unknown format {fmt!r} (json, markdown or html)")
