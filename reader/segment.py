"""Segment: cut kept blocks into sentences, keeping paragraphs and exact offsets.

A full stop is a sentence end only when what follows looks like a new sentence and what
precedes is not an abbreviation ("Dec. 10", "Charles H. Rivkin", "U.S. officials").
Errors here cascade into every later stage, so the rules err towards *not* splitting:
a missed split costs a one-to-many link; a false split mangles a name or a date.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from reader.clean.lines import Block
from reader.lang import WEEKDAYS
from reader.model import Sentence
from reader.sentence_words import (
    _ADVERB_OPENERS,
    _AFTER_CLOCK,
    _ATTRIBUTION,
    _AUXILIARIES,
    _BARE_TIME,
    _DASH_WORD,
    _NEVER_END,
    _NEWS_AMBIGUOUS,
    _NEWS_NEVER_END,
    _NEWS_STARTERS,
    _PARTY_INITIAL,
    _STARTERS,
    ABBREVIATIONS,
)

SplitMode = Literal["sentences", "lines", "paragraphs"]

# A candidate end: a run of ., !, ?, … or a spaced ellipsis (". . ."), then closing quotes
# (a backtick too: `quoted.`) or brackets, then reference marks ("martyr.[1]"), then white
# space or the end of the text.  Written to open with the class of its first character (the
# spaced ellipsis checks that it was a full stop), so the regex engine scans for that class
# instead of trying both branches at every character: 2.8 times faster, the same matches as
# (?:\.(?:[ \u00a0]\.){2,}|[.!?…]+)["'”’`)\]]*(?:\[\d{1,3}\])*(?=\s|$)  (tested on both)
_CANDIDATE = re.compile(r"[.!?…](?:(?<=\.)(?:[ \u00a0]\.){2,}|[.!?…]*)[\"'”’`)\]]*(?:\[\d{1,3}\])*(?=\s|$)")
_SPACED_THREE = re.compile(r"\.[ \u00a0]\.[ \u00a0]\.")
# a sentence's full stop written against its last word, then a spaced ellipsis: "compounds.
# . . . The practice": the stop ends the sentence, the ellipsis opens the next one
_STOP_THEN_ELLIPSIS = re.compile(r"\.[ \u00a0]\.[ \u00a0]\.[ \u00a0]\.")
# reference marks standing after a sentence end: "a gas. [1] It is"
_REFERENCES = re.compile(r"(?:[ \u00a0]*\[\d{1,3}\])+(?=\s|$)")
_NEXT = re.compile(r"\s+([\"'“‘(\[]*)(\S+)")
_WORD_CHARS = frozenset(".'’-_°º")


def _word_start(text: str, end: int) -> int:
    """Where the run of word characters (letters, digits, ``.'’-_°º``) ending at ``end`` starts."""
    i = end
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in _WORD_CHARS):
        i -= 1
    return i


def _starter(word: str) -> bool:
    """Whether ``word`` (lower case, opening quotes stripped) clearly opens a sentence: a starter
    ("the", "nothing"), also as a contraction ("we’re"), or a sentence adverb with its comma
    ("then,")."""
    if word in _STARTERS or word in _NEWS_STARTERS:
        return True
    head = _CONTRACTION.split(word, 1)[0] if "'" in word or "’" in word else word
    if head != word and (head in _STARTERS or head in _NEWS_STARTERS):
        return True
    return head.endswith(",") and head[:-1] in _ADVERB_OPENERS


_CONTRACTION = re.compile(r"[’'](?:re|s|ll|ve|d|m|t)\b")


def _dash_aside(text: str, word: str, end: int, limit: int) -> bool:
    """``word`` (ending at ``end``) is a dash and a lower-case word follows it: an aside ("...
    Sen. Jane Roe, D-Vt. — the bill's author — said"), with which no sentence opens."""
    if len(word) > 2 or not _DASH_WORD.fullmatch(word):
        return False
    after = _NEXT.match(text, end, limit)
    return after is not None and not after.group(1) and after.group(2)[:1].islower()


def _is_boundary(text: str, end: int, mark_start: int, limit: int, cursor: int = -1) -> bool:
    """Decide whether the punctuation run text[mark_start:end] ends a sentence.  ``cursor`` is
    where the current sentence starts: a list marker there ("1.", "b.)") opens it, ends none."""
    nxt = _NEXT.match(text, end, limit)
    if nxt is None:
        return True  # end of block
    opener, word, first = nxt.group(1), nxt.group(2), nxt.group(2)[0]
    if not (first.isupper() or first.isdigit() or opener or not first.isalpha()):
        return False  # "... e.g. the" / "approx. five" : lower case goes on
    mark = text[mark_start:end]
    held = cursor >= 0 and _held_inside(text, mark_start, mark, word, cursor)
    held = held or _quote_goes_on(text, mark, mark_start, end, limit)
    if held or (not opener and _dash_aside(text, word, nxt.end(), limit)):
        return False
    if "!" in mark or "?" in mark or "…" in mark or ". ." in mark or ".\u00a0." in mark:
        if mark[-1] in "\"”'’" and _ATTRIBUTION.match(text, end, limit) is not None:
            return False  # '"Why not me?" Mr. Jordan said.': the quotation's speaker goes with it
        return first.isupper() or bool(opener)
    # the word before the mark, found by stepping back from it (a regex search from the
    # text's start made one long paragraph quadratic: 7 s for 200,000 characters)
    start = _word_start(text, mark_start)
    if start == mark_start:
        return True
    token = text[start:mark_start].strip("'’-")
    low = token.lower().rstrip(".")
    if (
        cursor >= 0
        and _ITEM_TOKEN.fullmatch(token)
        and _item_marker(text, cursor, start, token, mark.strip())
    ):
        return False  # "1. The first item" / "• 9. The item" / "a. The item"
    nxt_low = word.lower().strip("\"'“‘(")
    if token == "I" and (_starter(nxt_low) or nxt_low in _AUXILIARIES):
        return True  # "you and I. Did you ..." (but "Albert I. Jones")
    if (len(token) == 1 and token.isalpha() and token.isupper()) or _PARTY_INITIAL.fullmatch(token):
        return False  # an initial: "Charles H. Rivkin", "D-W. Va."
    starts = _starter(nxt_low) or bool(opener)
    if low in ("a.m", "p.m"):  # "at 10:30 a.m. Employees said" ends; "3 p.m. Friday" goes on
        if cursor >= 0 and _BARE_TIME.fullmatch(text, cursor, start):
            return False  # "At 5 a.m. Mr. Smith went ...": nothing but the time so far
        return starts or (first.isupper() and nxt_low.rstrip(".,") not in _AFTER_CLOCK)
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token):  # U.S / D.C / e.g
        return _starter(nxt_low)  # not a quote: F.B.I. “Destroyed”
    if low in ("no", "nos"):  # "No. 10" goes on; "the answer was no. The board ..." ends
        return not first.isdigit() and nxt_low in _STARTERS
    if low in _NEWS_NEVER_END:
        return False
    if low in _NEWS_AMBIGUOUS:
        return starts or (first.isupper() and _after_city(text, start))
    if low in ABBREVIATIONS:
        if low in _NEVER_END or first.isdigit() or (opener.startswith("(") and low in _COMPANY_FORMS):
            return False  # ... "SeaMicro Inc. (NYSE: ...)": a company's bracket goes on
        return starts
    if token.lower() in ("a", "an", "the") and first.isdigit():
        return False  # "a. 38-caliber revolver": an article ends no sentence
    if first.isdigit() and _CALIBRE_AFTER.match(text, end, limit):
        return False  # "a loaded. 38-caliber revolver": the calibre's point, moved by a page
    if first.isdigit() and token.isdigit():
        return True  # "in 2012. 40 people ..." -- rare, but a number then a number
    return True


# the forms of a company's name, after which a bracket goes on with the sentence
_COMPANY_FORMS = frozenset("inc corp ltd co llc plc".split())
# a cartridge's calibre after a stop a page moved before its space (".38-caliber" as "loaded. 38-caliber")
_CALIBRE_AFTER = re.compile(r"\s+\d{2,3}(?:-|\s)?(?:caliber|calibre)\b", re.IGNORECASE)


# a city and its comma just before a state's short form: "Jackson, " of "Jackson, Miss."
_AFTER_CITY = re.compile(r"\b[A-Z][a-z]+,\s$")


# after an ellipsis (or a cry), the rest of a quotation up to its closing mark without a stop
# (a cry may end it), then a comma or a word in lower case: the quoted sentence goes on
_QUOTE_GOES_ON = re.compile(r"\s+[^\"”“.!?…]{1,80}[!?]?[\"”](?=,|\s+[a-z])")


def _quote_goes_on(text: str, mark: str, mark_start: int, end: int, limit: int) -> bool:
    """Is the ellipsis ``mark`` (against a word: "Speaker...", not "spring. ...", a stop before
    it) inside a quotation whose words go on past it ('"... our Speaker... Paul Ryan," he said')?
    So is a cry inside one: 'Fans shouted “Go home! Go home!” at the players' is one sentence."""
    return (
        ("…" in mark or ".." in mark or mark in ("!", "?"))
        and text[mark_start - 1 : mark_start].isalnum()
        and _QUOTE_GOES_ON.match(text, end, limit) is not None
    )


def _after_city(text: str, start: int) -> bool:
    """Is the short form at ``start`` a state after its city ("in Jackson, Miss. Fred LaRue")?
    News style sets a comma after a state inside a sentence ("Jackson, Miss., in 1957"), so
    a capital after it opens the next sentence."""
    return _AFTER_CITY.search(text, max(0, start - 40), start) is not None


_ITEM_TOKEN = re.compile(r"\d{1,2}|[a-z]")
# what a span starts with when it may open with a list item's marker
_ITEM_FIRST = frozenset("0123456789abcdefghijklmnopqrstuvwxyz•·▪●◦‣⁃*")
# a list item's marker opening a sentence: "1.", "2.)", "b)", "• 9.", "⁃10."
_ITEM = re.compile(r"([•·▪●◦‣⁃*][ \t]?)?(\d{1,2}|[a-z])(\.\)|\.|\))(?=\s)")


def _item_marker(text: str, cursor: int, start: int, token: str, mark: str) -> bool:
    """Whether ``token`` and ``mark`` (text[start:]) make a list item's marker: the one that
    opens the sentence at ``cursor``, or a later one of the same list ("1. The first item
    2. The second item"), which :func:`_list_items` then cuts off before."""
    if mark not in (".", ".)"):
        return False
    if start - cursor <= 3 and not text[cursor:start].strip(" \t\n•·▪●◦‣⁃-*"):
        return True
    if start - cursor > _LIST_REACH or _ITEM.match(text, cursor) is None:
        return False  # (bounded, so a long run of numbers after "1." is not quadratic)
    return any(start - 2 <= at <= start for at in _later_items(text, cursor))


# how far after a sentence's opening marker a later marker of its list is looked for
_LIST_REACH = 1_000


@functools.lru_cache(maxsize=4)
def _later_items(text: str, cursor: int) -> tuple[int, ...]:
    """Where the items after the first of the list opening at ``cursor`` start, within reach:
    found once per sentence, not once per number in it (a run of "1. 2. 3. ..." asks for
    every number).  The candidates of one sentence come one after the other, so a few
    entries suffice."""
    end = min(len(text), cursor + _LIST_REACH + 8)  # a marker within reach, and its space
    return tuple(a for a, _ in _list_items(text, cursor, end)[1:])


def _list_items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """text[a:b] cut before each next marker of the list item it opens with, if it does: "1)
    The first item 2) The second item" is two items, "• 9. One • 10. Two" too. Only the
    successor with the same bullet and punctuation counts, so a sentence that merely holds
    a number ("1. The vote was 5. The count ...") is not cut."""
    head = _ITEM.match(text, a, b)
    if head is None:
        return [(a, b)]
    out = []
    bullet, value, punct = (head.group(1) or "").strip(), head.group(2), head.group(3)
    while value not in ("99", "z"):
        value = str(int(value) + 1) if value.isdigit() else chr(ord(value) + 1)
        lead = rf"{re.escape(bullet)}[ \t]?" if bullet else ""
        nxt = re.compile(rf"\s({lead}{value}{re.escape(punct)})\s").search(text, a + 1, b)
        if nxt is None:
            break
        cut = nxt.start(1)
        out.append((a, len(text[a:cut].rstrip()) + a))
        a = cut
    out.append((a, b))
    return out


def _held_inside(text: str, mark_start: int, mark: str, word: str, cursor: int) -> bool:
    """Whether the mark at ``mark_start`` is held inside the sentence that starts at ``cursor``
    by what surrounds it, whatever follows: an omission in brackets ("stairways [...]"), a
    bracket the next word closes ("[page. 42]", "(D-W. Va.)"), three spaced dots after a
    space ("the thing is . . . I didn't": an omission, where a sentence's end takes four)."""
    before = text[mark_start - 1 : mark_start]
    if mark.startswith(("...", "…")) and before in ("[", "("):
        # "first. [...] The": an omission after a sentence's end goes with that sentence
        return text[max(0, mark_start - 4) : mark_start - 1].rstrip()[-1:] not in (".", "!", "?")
    # (the look back is bounded: a paragraph of "(a. 5)" must not be quadratic)
    if word.rstrip(".,;:")[-1:] in (")", "]") and _unclosed(text, max(cursor, mark_start - 200), mark_start):
        return True
    return len(mark) == 5 and before.isspace() and _SPACED_THREE.fullmatch(mark) is not None


def _unclosed(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens a round or square bracket it does not close."""
    return text.count("(", start, end) > text.count(")", start, end) or text.count(
        "[", start, end
    ) > text.count("]", start, end)


def _skip_space(text: str, a: int, b: int) -> int:
    while a < b and text[a].isspace():
        a += 1
    return a


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets) inside text[start:end]."""
    spans: list[tuple[int, int]] = []
    cursor = start
    quotes = _QuoteCount(text, start)
    for m in _CANDIDATE.finditer(text, start, end):
        stop = m.end()
        if _is_boundary(text, stop, m.start(), end, _skip_space(text, cursor, stop)):
            a = m.start()  # "compounds. . . . The": the stop ends it, the ellipsis opens the next
            if stop - a > 6 and _STOP_THEN_ELLIPSIS.match(text, a) and a and not text[a - 1].isspace():
                stop = a + 1
            stop = _closing_quote(text, start, stop, end, quotes)
            if "[" in text[stop : stop + 3] and (refs := _REFERENCES.match(text, stop, end)):
                stop = refs.end()
            spans.append((cursor, stop))
            cursor = stop
    if cursor < end:
        spans.append((cursor, end))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if (
            a < b
            and out
            and (
                not _WORDY.search(text, a, b)
                or _quote_tail(text, out[-1], a, b)
                or _credit_after(text, out[-1], a, b)
            )
        ):
            out[-1] = (out[-1][0], b)  # "... on terror. ... And": an ellipsis alone is no sentence
        elif a < b:
            out.append((a, b))
    if not any(text[a] in _ITEM_FIRST for a, _ in out):
        return out
    return [item for a, b in out for item in _list_items(text, a, b)]


# a unit that ends a quotation: a sentence end, then closing quote marks
_CLOSES_QUOTE = re.compile(r"[.!?…][’'”\"]*[’”\"]$")
# a single quotation's opening mark: "‘", or "’" set for it after a space before a capital
_SINGLE_OPEN = re.compile(r"‘|(?<=[\s“\"])’(?=[A-Z])")
# a closing single mark (not an apostrophe inside a word: "don’t")
_SINGLE_CLOSE = re.compile(r"’(?![A-Za-z])")


def _quote_tail(text: str, prev: tuple[int, int], a: int, b: int) -> bool:
    """text[a:b] is the tail of a quotation that ``prev`` opened, not a sentence of its own:
    its closing mark belongs to the sentence it closes.

    - One word closing a double quotation ('... a long time ago. Next.”', '... to power.
      #Unbowed.”'): no passage of its own.
    - The end of a quotation inside a quotation ('“She told me: ‘Go home. You won.’'): the
      inner quotation was split at its full stop; its sentences go with the outer one.
    A unit that opens a quotation of its own, or a sentence after one that closed its
    quotation, stays apart ('“We lost.” “Next.”', 'He said ‘No.’ Next.’')."""
    piece, last = text[a:b], text[prev[0] : prev[1]]
    if not _CLOSES_QUOTE.search(piece) or piece[0] in "“‘\"'" or "“" in piece or _SINGLE_OPEN.search(piece):
        return False
    if last[-1:] in "”’\"'":
        return False
    if len(piece.split()) == 1 and piece[-1] in '”"':
        return True
    if piece.rstrip("”")[-1:] != "’":
        return False
    opens = list(_SINGLE_OPEN.finditer(last))
    if not opens or _SINGLE_CLOSE.search(last, opens[-1].end()):
        return False
    at = opens[-1].start()
    return last.count("“", 0, at) > last.count("”", 0, at)  # inside a double quotation


# the credit of a quotation that ends with a question or exclamation mark, written as a sentence
# of its own: '“... at such high rates?” Committee Chairwoman Carolyn B. Maloney (D-N.Y.) said.'
_CREDIT = re.compile(
    r"[A-Z][^“”\"]{0,140}?\s(?:said|says|asked|asks|wrote|added|tweeted|told\s+reporters)"
    rf"(?:\s+(?:on\s+)?(?:{'|'.join(d.capitalize() for d in WEEKDAYS)}|later|then"
    r"|in\s+a\s+statement|in\s+an\s+interview))?\.$"
)


_CLAUSE_BREAK = re.compile(r",\s+[a-z]")


def _credit_after(text: str, prev: tuple[int, int], a: int, b: int) -> bool:
    """text[a:b] only says who asked or exclaimed the quotation ``prev`` ends with: its credit,
    part of that sentence (a full stop would not have ended the quotation there)."""
    if text[prev[1] - 2 : prev[1] - 1] not in ("?", "!") or text[prev[1] - 1] not in '”"':
        return False
    # "Nobody answered, the mayor said.": a clause before the speaker is a sentence of its own
    return bool(_CREDIT.fullmatch(text, a, b)) and not _CLAUSE_BREAK.search(text, a, b)


# a quote mark standing alone after a sentence end ('... he wants. " According to ...'): pages
# that rebuild text from tokens put a space before a closing quote
_LONE_QUOTE = re.compile(r"\s+([\"'”’]{1,3})(?=\s|$)")
_NEXT_QUOTE = re.compile(r'(,\s*)?["“”]')


class _QuoteCount:
    """Double quote marks from a block's start up to a point, counted on as the point moves
    forward: counting from the start again at every sentence end made a long paragraph of
    quoted sentences quadratic."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self.pos, self.count = text, start, 0

    def upto(self, stop: int) -> int:
        if stop > self.pos:
            self.count += sum(self.text.count(q, self.pos, stop) for q in '"“”')
            self.pos = stop
        return self.count


def _closing_quote(text: str, start: int, stop: int, end: int, quotes: _QuoteCount) -> int:
    """``stop``, moved past a lone quote mark after it when that mark closes a quotation:
    a curly closing mark always, a straight one when the block so far holds an odd number
    of double quote marks, straight or curly (one is open)."""
    m = _LONE_QUOTE.match(text, stop, end)
    if m is None:
        return stop
    mark = m.group(1)
    if "”" in mark:
        return m.end()
    if '"' not in mark or quotes.upto(stop) % 2 == 0:
        return stop
    # the parity is wrong when a mark was lost earlier: a quote mark after a comma
    # ('..., "she said') closes a quotation; when the last one before this mark or the
    # next one after it does, this one opens a quotation
    last = max(text.rfind(q, start, stop) for q in '"“”')
    if re.search(r",\s*$", text[max(start, last - 3) : last]):
        return stop
    after = _NEXT_QUOTE.search(text, m.end(), end)
    return stop if after is not None and after.group(1) else m.end()


# a letter or a digit: a unit without one (an ellipsis marking an omission between two
# quoted sentences, a stray quote mark) is punctuation of the sentence before it
_WORDY = re.compile(r"[^\W_]")


# The longest unit we let through.  News sentences run to a few hundred characters (a
# 60-word sentence is about 400); a run far longer has no sentence punctuation at all
# (a pasted table, a transcript, a page read as text) and is cut at a space into units of
# at most this size, so no single unit can make the aligner's per-sentence work explode.
UNIT_CHARS_MAX = 2_000


def segment(
    text: str, blocks: list[Block], mode: SplitMode = "sentences", notes: list[str] | None = None
) -> list[Sentence]:
    """Turn cleaned blocks into numbered sentences that point back into ``text``.

    A unit longer than ``UNIT_CHARS_MAX`` is cut at spaces; when ``notes`` is given, a note
    saying how many were cut is added to it.
    """
    sentences: list[Sentence] = []
    cut = 0
    for block in blocks:
        if mode == "sentences":
            spans = split_sentences(text, block.start, block.end)
        elif mode == "lines":
            spans = _lines(text, block.start, block.end)
        else:
            spans = [(block.start, block.end)]
        for a, b in spans:
            if b - a <= UNIT_CHARS_MAX:
                pieces = [(a, b)]
            else:
                pieces = _bounded(text, a, b) if mode == "sentences" else _at_sentence_ends(text, a, b)
            cut += len(pieces) > 1
            for x, y in pieces:
                sentences.append(Sentence(len(sentences), text[x:y], x, y, block.paragraph))
    if cut and notes is not None:
        limit = f"{UNIT_CHARS_MAX:,} characters"
        if mode == "sentences":
            what = "run" if cut == 1 else "runs"
            notes.append(f"cut {cut} {what} without sentence punctuation into units of at most {limit}")
        else:
            what = {"lines": "line", "paragraphs": "paragraph"}[mode] + ("" if cut == 1 else "s")
            notes.append(f"cut {cut} {what} longer than {limit} into units at sentence ends")
    return sentences


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most ``UNIT_CHARS_MAX`` characters, cut at the
    last space before the limit (or at the limit, in a run with no space), spaces trimmed."""
    out: list[tuple[int, int]] = []
    a = start
    while a < end:
        b = min(end, a + UNIT_CHARS_MAX)
        if b < end:
            space = text.rfind(" ", a + UNIT_CHARS_MAX // 2, b)
            b = space if space > a else b
        x, y = a, b
        while y > x and text[y - 1].isspace():
            y -= 1
        if x < y:
            out.append((x, y))
        a = b
        while a < end and text[a].isspace():
            a += 1
    return out


def _at_sentence_ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A line or paragraph too long for one unit, cut between its sentences into units of at
    most ``UNIT_CHARS_MAX`` characters (a sentence longer than that alone is cut at spaces):
    "Congress authorizes / us to pay our bills" is never two units."""
    out: list[tuple[int, int]] = []
    for a, b in split_sentences(text, start, end):
        if b - a > UNIT_CHARS_MAX:
            out += _bounded(text, a, b)
        elif out and b - out[-1][0] <= UNIT_CHARS_MAX:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for part in text[start:end].split("\n"):
        a, b = pos, pos + len(part)
        pos = b + 1
        stripped = part.strip()
        if stripped:
            lead = len(part) - len(part.lstrip())
            out.append((a + lead, a + lead + len(stripped)))
    return out
