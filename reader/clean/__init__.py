"""Clean: separate the article from the web page it was pasted from.

Text copied from a news site carries the site around it: taglines, "Save for later",
"View Caption", newsletter promos, photo credits, "Recommended:" teasers, a footer of
account features.  We detect them by *kind* (rules that fire on any site), never by a
list of one article's lines, and we throw nothing away: every removed line is returned
with the rule that removed it, so the reader can show it and the user can disagree.

The rules work on lines.  Signals that are safe on their own (a call to action, a credit,
a label prefix, a line repeated verbatim) mark a line directly; weaker ones (a short line
without sentence punctuation) only count in the page's header and footer or next to lines
already marked, so a sub-heading between two paragraphs of prose survives.

The modules, in the order the cleaner uses them:

- ``lines``: the page as lines with their offsets, list and heading marks; ``Block`` and
  ``Cleaned``, what the cleaner returns.
- ``cuts``: furniture inside a line (stamps, datelines, credits, teasers, cross-heads),
  cut out of the sentence it was glued to.
- ``captions``: a photo caption closed by a credit (a rule that is off for now).
- ``furniture``: whole lines of furniture, marked in four passes from safe to weak signals.
- ``headline``: the site's name after the headline, and the headline's copy (with a caption
  before it) where the story starts.
- this file: ``clean`` itself, the title and the paragraphs.
"""

from __future__ import annotations

import re

from reader.clean.cuts import _STAMPISH, HEADLINE_WORDS_MAX, _ends_cut, _mark_cuts, _pieces
from reader.clean.furniture import _furniture_reason, _is_short_label, _mark
from reader.clean.headline import cut_headline_copy, cut_site_tail
from reader.clean.labels import cut_section_label
from reader.clean.lines import (
    _SENTENCE_END,
    Block,
    Cleaned,
    _hard_wrapped,
    _Line,
    _mark_wrapped,
    _split_lines,
)
from reader.clean.release import split_release_head
from reader.lang import ALIGN_STOP_WORDS
from reader.model import Removed
from reader.textnorm import title_case

__all__ = ["Block", "Cleaned", "clean"]


def _is_headline(lines: list[_Line]) -> bool:
    """The first line is a headline standing alone: some words, a blank line after it (news
    text pasted as "headline, blank line, story"), or the page's only line.

    A headline has no full stop, but some sites end theirs with one ("Palin appointee under
    federal indictment."); such a line is still the headline when it is set in Title Case or
    when the page's head furniture stands between it and the story (a stamp or a dateline:
    the next line is removed or opens with a cut), which a first paragraph never has."""
    if not lines or lines[0].reason or (len(lines) > 1 and not lines[1].blank_before):
        return False
    first = lines[0]
    last = first.text.split()[-1]
    stop = first.text.endswith(".") and not re.fullmatch(r"(?:[A-Za-z]\.){2,}", last)  # "in D.C."
    if stop and len(lines) > 1:
        after = lines[1]
        head = bool(after.reason) or any(a <= after.start for a, _, _ in after.cuts)
        stop = not (head or _title_case(first.text)) or first.words > HEADLINE_WORDS_MAX
    most = 40 if len(lines) > 1 else HEADLINE_WORDS_MAX  # a page's only line: a headline's length
    return 3 <= first.words <= most and not stop and not _STAMPISH.search(first.text)


def _title_case(text: str) -> bool:
    """Most words of four letters or more are capitalised, as in a headline ("Congratulations,
    You Are Now a U.S. Citizen.")."""
    return title_case(re.findall(r"[A-Za-z][\w'’\-]{3,}", text), 0.8, least=3)


def clean(text: str, *, enabled: bool = True, one_unit_per_line: bool = False) -> Cleaned:
    """Split ``text`` into kept blocks and removed lines; find the title.

    ``enabled=False`` keeps every line (for texts that are not web pages).
    ``one_unit_per_line`` makes every line its own paragraph (verse, subtitles, lists).
    """
    lines = _split_lines(text, strip_marks=enabled)
    wrapped = not one_unit_per_line and _hard_wrapped(lines)
    if wrapped:
        _mark_wrapped(lines)
    if enabled and not one_unit_per_line:
        _mark(lines)
        _mark_cuts(lines)
    elif enabled:
        for line in lines:  # line-per-unit texts: only the safe signals, no region rules
            if line.words <= 6:
                line.reason = _furniture_reason(line)

    if enabled and not one_unit_per_line:
        lines = _split_glued_headline(split_release_head(lines))
    kept = [ln for ln in lines if not ln.reason]
    title_line = None if one_unit_per_line else _title(kept, lines, enabled)
    title = title_line.text if title_line is not None else None
    if title_line is not None and enabled:
        title = cut_section_label(title_line, cut_site_tail(title_line))
        cut_headline_copy(lines, title_line, title)
    return Cleaned(_blocks(text, kept, title_line, wrapped), _removed(text, lines), title)


# A headline run into the story's first sentence, as texts rebuilt from tokens give it
# ("Storm cuts power to the island, two dead The storm reached ..."): some words without
# sentence punctuation, then a determiner or preposition that opens a sentence in
# capitals, followed by a lower-case word.  Mid-sentence such a word is capitalised only in
# a name ("The Times"), and a name is not followed by a lower-case word.
_GLUED_HEAD = re.compile(
    r"(?P<head>[A-Z](?:[^.!?:;|\n]|(?<=\d)\.(?=\d))*?[a-z0-9,'’%)])\s+(?=(?:The|A|An|In|On|At|With)\s+[a-z])"
)
GLUED_HEAD_WORDS = (4, 25)  # a headline's length in words; shorter or longer is no headline
GLUED_LINE_WORDS_MIN = 30  # only a long first line (a headline and a paragraph) is split


def _split_glued_headline(lines: list[_Line]) -> list[_Line]:
    """The page's first kept line split into its headline and the story when the two were
    glued together; offsets stay exact (the headline becomes its own paragraph)."""
    first = next((ln for ln in lines if not ln.reason), None)
    if first is None or first.cuts or first.heading or first.words < GLUED_LINE_WORDS_MIN:
        return lines
    m = _GLUED_HEAD.match(first.text)
    lo, hi = GLUED_HEAD_WORDS
    if not m or not lo <= len(m.group("head").split()) <= hi:
        return lines
    cut = m.end("head")
    head = _Line(first.start, first.start + cut, first.text[:cut], first.blank_before, marker=first.marker)
    start = m.end()
    body = _Line(first.start + start, first.end, first.text[start:], True)
    i = lines.index(first)
    return [*lines[:i], head, body, *lines[i + 1 :]]


def _blocks(text: str, kept: list[_Line], title_line: _Line | None, wrapped: bool) -> list[Block]:
    """The kept lines as blocks, numbered by paragraph.

    A blank line always starts a paragraph.  In hard-wrapped text a single newline is
    wrapping; only when the text has no blank lines at all does a line that ends a
    sentence well short of the wrap width (a paragraph's last line) end the paragraph.
    """
    blank_paragraphs = any(ln.blank_before for ln in kept[1:])
    width = max((len(ln.text) for ln in kept), default=0)
    blocks: list[Block] = []
    para = -1
    prev: _Line | None = None
    for ln in kept:
        new_para = (
            prev is None
            or ln.blank_before
            or not wrapped
            or (
                not blank_paragraphs
                and bool(_SENTENCE_END.search(prev.text))
                and ln.text[:1].isupper()
                and len(prev.text) < 0.75 * width
            )
        )
        if new_para:
            para += 1
        kind = "title" if ln is title_line else ("heading" if _is_short_label(ln) else "body")
        # a cut (furniture inside the line) ends the block; the rest of the line starts a
        # new block of the same paragraph, so no sentence runs across the cut
        glued = not new_para and bool(blocks) and not (prev is not None and prev.cuts and _ends_cut(prev))
        for k, (a, b) in enumerate(_pieces(text, ln)):
            if k == 0 and glued:
                last = blocks[-1]
                blocks[-1] = Block(last.start, b, last.paragraph, last.kind)
            else:
                blocks.append(Block(a, b, para, kind if not ln.cuts or ln is title_line else "body"))
        prev = ln
    return blocks


def _removed(text: str, lines: list[_Line]) -> list[Removed]:
    """Every removed stretch with its reason: whole lines, list and heading marks, cuts."""
    removed = [Removed(ln.text, ln.start, ln.end, ln.reason) for ln in lines if ln.reason]
    for ln in lines:
        if ln.marker is not None:
            a, b, why = ln.marker
            removed.append(Removed(text[a:b], a, b, why))
        if not ln.reason:
            removed.extend(Removed(text[a:b], a, b, why) for a, b, why in ln.cuts)
    removed.sort(key=lambda r: r.start)
    return removed


def _title(kept: list[_Line], lines: list[_Line], enabled: bool) -> _Line | None:
    """The first kept line when it reads as a title: a Markdown heading, a short line
    without a full stop before a longer one (and not a line that lost furniture), or the
    page's first line when it is the story's headline."""
    if not kept:
        return None
    if enabled and _standfirst_first(kept):
        return kept[1]
    first = kept[0]
    following = kept[1] if len(kept) > 1 else None
    if (
        first.heading
        or (
            (_is_short_label(first) or (first.words <= 20 and not first.text.endswith(".")))
            and following is not None
            and following.words > first.words
            and not first.cuts
        )
        or (enabled and first is lines[0] and _is_headline(lines))
    ):
        return first
    return None


STANDFIRST_WORDS_MIN = 15  # a standfirst is a long sentence; a headline of this length stands alone
HEADLINE_WORDS = (3, 15)  # the headline after a standfirst: shorter than half of it


def _standfirst_first(kept: list[_Line]) -> bool:
    """The page's standfirst stands before its headline (pages that print the summary above
    the headline: "This will be the first vote since the floods ...", then "Council votes to
    close harbour", then the story): two lines without a full stop, the first a long sentence
    at least twice the second, and the story after them.  A headline and its sub-headline
    ("Mayor resigns" / "Ortiz quits after audit") are of like length and stay as they are."""
    if len(kept) < 3 or any(ln.cuts or ln.heading or _SENTENCE_END.search(ln.text) for ln in kept[:2]):
        return False
    deck, head, story = kept[0], kept[1], kept[2]
    lo, hi = HEADLINE_WORDS
    return (
        deck.words >= max(STANDFIRST_WORDS_MIN, 2 * head.words)
        and lo <= head.words <= hi
        and story.words > head.words
        and bool(_SENTENCE_END.search(story.text))
        and "," not in head.text  # a byline or a place ("Maria Lopez, Senior Correspondent")
        and bool(_gist(deck.text) & _gist(head.text))  # not "Listen to this article"
    )


def _gist(text: str) -> set[str]:
    """The first four letters of the longer words of a line: a headline and its standfirst
    tell one story, so they share one ("hosting" / "host", "vote" / "votes")."""
    return {w[:4] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in ALIGN_STOP_WORDS}
