"""The report's top: title line, summary counts, legend, and the list of conflicts."""

from __future__ import annotations

from reader.counts import discrepancies
from reader.model import Comparison, Document, Link, Side
from reader.overlap import overlap
from reader.report.marks import MARK, marked, text
from reader.reworded import to_read
from reader.worddiff import said_apart


def name(d: Document) -> str:
    """A document's title, else its file name."""
    return d.title or d.source.replace("\\", "/").rsplit("/", 1)[-1]


def summary(c: Comparison) -> str:
    """Counts and coverage, each role in its own colour and with its own mark."""
    s = c.summary()
    found = discrepancies(c)
    parts = f" ({text(found.parts)})" if found.parts else ""
    cov_l, cov_r = float(s["coverage_left"]), float(s["coverage_right"])
    return (
        '<p class="summary">'
        f"<b>{text(s['links'])}</b> passage{'' if s['links'] == 1 else 's'}: "
        f'<span class="r-shared">{MARK["shared"]} <b>{text(s["shared"])}</b> shared</span> · '
        f'<span class="r-conflict">{MARK["conflict"]} <b>{found.total}</b> '
        f"{'discrepancy' if found.total == 1 else 'discrepancies'}{parts}</span> · "
        f'<span class="r-unique">{MARK["unique"]} only left <b>{text(s["unique_left"])}</b>, '
        f"only right <b>{text(s['unique_right'])}</b></span> · "
        f"coverage <b>L {cov_l:.0%} R {cov_r:.0%}</b></p>" + notice(c)
    )


def notice(c: Comparison) -> str:
    """The overlap notice (texts that share little, a side with no sentences), if any."""
    said = overlap(c).notice
    return f'<p class="notice" role="note">{text(said)}</p>' if said else ""


def legend() -> str:
    """The same legend as the app: a swatch, the mark and the word for each role."""
    items = [("shared", "both"), ("conflict", "disagree"), ("unique", "one side")]
    cells = "".join(
        f'<li><span class="s {role} swatch">{MARK[role]}</span> {word}</li>' for role, word in items
    )
    return f'<ul class="legend" aria-label="legend">{cells}</ul>'


def _quote(c: Comparison, side: Side, ids: tuple[int, ...] | list[int], spans: list[str]) -> str:
    doc = c.document(side)
    called = c.titles()[0 if side == "left" else 1]
    body = " ".join(marked(doc.sentences[i].text, spans) for i in ids)
    where = ", ".join(f'<a href="#{side[0].upper()}{i}">{i + 1}</a>' for i in ids)
    return (
        f'<blockquote class="{side}"><span class="who">{side} ({text(called)}) · sentence {where}</span>'
        f"<span>{body}</span></blockquote>"
    )


def _conflict_item(c: Comparison, n: int, link: Link) -> str:
    notes = link.note or "the accounts disagree"
    spans_l = [d.left for d in link.differences]
    spans_r = [d.right for d in link.differences]
    details = [
        f"only {side}: {', '.join(own)}"
        for side, own in (("left", link.only_left), ("right", link.only_right))
        if own
    ]
    return (
        # numbered as the passages are everywhere (the app, the Markdown: "Passage N")
        f'<li class="conflict-item" data-stop="k{n}"><p class="note">{MARK["conflict"]} passage {n + 1}: '
        f"{text(notes)}</p>"
        + (f'<p class="details">{text(" · ".join(details))}</p>' if details else "")
        + f'<div class="pair">{_quote(c, "left", link.left, spans_l)}'
        f"{_quote(c, 'right', link.right, spans_r)}</div></li>"
    )


def conflicts(c: Comparison) -> str:
    """Every conflict at the top: its note, both sides' sentences, the differing spans marked."""
    items = [_conflict_item(c, n, k) for n, k in enumerate(c.links) if k.relation == "conflict"]
    for nv in c.names:
        d = nv.difference
        items.append(
            f'<li class="conflict-item" data-stop="L{nv.left_sentence}">'
            f'<p class="note">{MARK["conflict"]} {text(d.note)}</p><div class="pair">'
            f"{_quote(c, 'left', [nv.left_sentence], [d.left])}"
            f"{_quote(c, 'right', [nv.right_sentence], [d.right])}</div></li>"
        )
    body = f"<ol>{''.join(items)}</ol>" if items else '<p class="none">None found.</p>'
    # the count in the heading: the list scrolls in a box of its own (the articles stay in view)
    count = (
        f" ({len(items)}{', scroll the list for all' if len(items) > _CONFLICTS_IN_VIEW else ''})"
        if items
        else ""
    )
    return (
        '<section id="conflicts" aria-labelledby="conflicts-h">'
        f'<h2 id="conflicts-h">Discrepancies{count}</h2>{body}</section>'
    )


# about as many conflicts as the list's box shows before it scrolls (report.css: 45vh)
_CONFLICTS_IN_VIEW = 4


def reworded_passages(c: Comparison) -> str:
    """The passages told by both whose words differ in a few places no fact rule reads
    (:mod:`reader.reworded`), the words marked: an editor's list to read after the
    discrepancies.  Nothing when there are none."""
    items = []
    changed, otherwise = to_read(c)
    for n, changes in changed[:_REWORDED_LISTED]:
        link = c.links[n - 1]
        said = said_apart(changes, len(changes), lambda w: w)
        items.append(
            f'<li class="conflict-item reworded-item" data-stop="k{n - 1}">'
            f'<p class="note">passage {n}: words differ: {text(said)}</p>'
            f'<div class="pair">{_quote(c, "left", link.left, [a for a, _ in changes if a])}'
            f"{_quote(c, 'right', link.right, [b for _, b in changes if b])}</div></li>"
        )
    otherwise = otherwise[:_REWORDED_LISTED]
    if not items and not otherwise:
        return ""
    more = len(changed) - len(items)
    rest = f'<p class="none">And {more} more: marked in the articles below.</p>' if more > 0 else ""
    if otherwise:  # rewritten whole: no few words to mark, no fact rule reads them
        where = ", ".join(f'<a href="#L{c.links[n - 1].left[0]}">{n}</a>' for n in otherwise)
        rest += (
            f'<p class="none">Told in other words, the fact rules could not check them, so read both: '
            f"{'passage' if len(otherwise) == 1 else 'passages'} {where}.</p>"
        )
    return (
        '<section id="reworded" aria-labelledby="reworded-h">'
        '<h2 id="reworded-h">Words differ where no fact rule reads them</h2>'
        f"<ol>{''.join(items)}</ol>{rest}</section>"
    )


# the passages the list shows in full (a book's translation has thousands)
_REWORDED_LISTED = 200


def keys_help() -> str:
    return (
        '<p class="keys" id="keys">Click a sentence to see its partner. Keys: '
        "<kbd>j</kbd>/<kbd>k</kbd> next/previous passage · <kbd>c</kbd>/<kbd>C</kbd> next/previous "
        "conflict · <kbd>p</kbd> partner · <kbd>Esc</kbd> clear. Without JavaScript, the mark before "
        "a sentence links to its partner.</p>"
    )
