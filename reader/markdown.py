"""Markdown in: a .md file read as the text it shows, not as its markup.

    # Storm closes the coastal road          # Storm closes the coastal road
    *By Jane Doe*                     ->     By Jane Doe
    The **county** [said](https://x.y).      The county said.
    ![Flooded road](road.jpg)                (left out)
    > "We will reopen," she said.            "We will reopen," she said.

The clean-up never changes the text it is given: it lists what it leaves out with exact
offsets into it, and a sentence is always one stretch of it.  Markup inside a sentence
("The **county** said") cannot be listed that way without cutting the sentence in two, so
a Markdown file is read the way a saved web page is (:mod:`reader.web`): its text is what a
reader of the rendered page sees, and every offset points into that text.  What the
clean-up already reads as structure stays for it: heading marks ("# ", listed as removed
with the author's heading kept as a heading) and list markers.  Inline markup goes
(emphasis, code, links keep their words, images go), as do quote marks ("> "), link
definitions, HTML comments and a front matter block; a note says what was left out.
"""

from __future__ import annotations

import re

from reader.counts import counted

SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

# ![alt](src "title") and ![alt][ref]: a picture; its words are a caption, not the story
_IMAGE = re.compile(r"!\[[^\[\]\n]*\](?:\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)|\[[^\]\n]*\])")
# [words](address "title"), [words][ref], [words][]: the words stay (one level of brackets
# inside the address, as Wikipedia's "(disambiguation)" pages have)
_LINK = re.compile(r"\[([^\[\]\n]*)\](?:\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)|\[[^\]\n]*\])")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+)>")
# "[1]: https://..." on a line of its own
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S+(?:\s+[\"'(].*[\"')])?\s*$")
# an emphasis or code span is at most this long: an opening mark with no closing one then
# costs a bounded scan, not one to the line's end (a 100 KB line of stray "*a " took 65 s)
SPAN_MAX = 400
_SPAN = rf".{{1,{SPAN_MAX}}}?"  # the text inside such a span, shortest first
# emphasis: the marks hug the words ("**county**", "_very_"); inside a word an underscore
# is the word's ("snake_case"), and a lone "*" or "2 * 3" is no emphasis
_STRONG = re.compile(r"(?<![\w*\\])(\*\*|__)(?=\S)(" + _SPAN + r")(?<=\S)\1(?![\w*])")
_EMPHASIS = re.compile(r"(?<![\w*\\])(\*|_)(?=[^\s*_])(" + _SPAN + r")(?<=[^\s*_\\])\1(?![\w*])")
_STRIKE = re.compile(r"~~(?=\S)(" + _SPAN + r")(?<=\S)~~")
_CODE = re.compile(r"(`+)(" + _SPAN + r")\1")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
_QUOTE_MARK = re.compile(r"^( {0,3})((?:>[ \t]?)+)")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_CLOSING_HASHES = re.compile(r"^( {0,3}#{1,6}[ \t].*?)[ \t]+#+[ \t]*$")
_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]")  # a footnote's mark in the text: "[^1]"
_FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^[^\]\s]+\]:[ \t]*")  # "[^1]: The note ..."
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def is_markdown_file(source: str) -> bool:
    """True for a file named as Markdown, by its suffix."""
    return source != "-" and source.lower().endswith(SUFFIXES)


def to_text(markdown: str) -> tuple[str, list[str]]:
    """The text a Markdown document shows, and notes on what was left out."""
    counts = dict.fromkeys(
        ("image", "link address", "quote mark", "footnote mark", "link definition", "front matter"), 0
    )
    text = markdown
    front = _FRONT_MATTER.match(text)
    if front:
        counts["front matter"] += 1
        text = text[front.end() :]
    text = _HTML_COMMENT.sub("", text)
    out: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            out.append(line)  # code is shown as it is written
            continue
        if _LINK_DEFINITION.match(line):
            counts["link definition"] += 1
            continue
        quote = _QUOTE_MARK.match(line)
        if quote:
            counts["quote mark"] += 1
            line = quote.group(1) + line[quote.end() :]
        footnote = _FOOTNOTE_DEFINITION.match(line)
        if footnote:
            counts["footnote mark"] += 1
            line = line[footnote.end() :]
        line = _inline(_CLOSING_HASHES.sub(r"\1", line), counts)
        if out and _continues(out[-1], line):
            out[-1] = out[-1].rstrip() + " " + line.strip()  # one paragraph wrapped over lines
        else:
            out.append(line)
    return "\n".join(out), _notes(counts)


# a line that starts a block of its own: a heading, a list item, a table row, a rule
_BLOCK_START = re.compile(r"^[ \t]*(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,9}[.)][ \t]|\||(?:[-*_=][ \t]*){3,}$)")


def _continues(before: str, line: str) -> bool:
    """``line`` goes on the paragraph of the line ``before`` it (Markdown wraps a paragraph
    over lines freely): both hold words, neither starts a block of its own, no hard break
    ("  " or "\\" at the line's end) ends ``before``, and ``line`` is not indented code."""
    if not before.strip() or not line.strip() or before.endswith(("  ", "\\")):
        return False
    if line.startswith(("    ", "\t")) or _BLOCK_START.match(line):
        return False
    return not _BLOCK_START.match(before) or bool(re.match(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]", before))


def _inline(line: str, counts: dict[str, int]) -> str:
    """One line without its inline markup; the words stay."""
    if not any(c in line for c in "[]<>*_`~\\!"):
        return line  # most lines of prose hold no markup
    counts["footnote mark"] += len(_FOOTNOTE.findall(line))
    line = _FOOTNOTE.sub("", line)
    counts["image"] += len(_IMAGE.findall(line))
    line = _IMAGE.sub("", line)
    counts["link address"] += len(_LINK.findall(line))
    line = _LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _HTML_TAG.sub("", line)
    line = _CODE.sub(lambda m: m.group(2).strip(), line)
    for pattern in (_STRONG, _EMPHASIS):
        line = pattern.sub(r"\2", line)
    line = _STRIKE.sub(r"\1", line)
    return _ESCAPE.sub(r"\1", line)


def _notes(counts: dict[str, int]) -> list[str]:
    parts = [
        counted(n, what, what + ("es" if what.endswith("s") else "s")) for what, n in counts.items() if n
    ]
    left = f"; left out: {', '.join(parts)}" if parts else ""
    return [f"read as Markdown (its markup is not part of the text){left}"]
