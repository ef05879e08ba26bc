"""Respectively: a list of things and a list of figures told item by item.

"Output at Escondida and Collahuasi fell 12% and 7%, respectively" tells 12% of Escondida and
7% of Collahuasi, as two clauses would ("Escondida fell 12%, Collahuasi 7%").  The figures are
the run of figures right before "respectively", joined by commas and "and"; the things are as
many items of the list before the first of them, the last one after its "and".  An item is the
run of capitalised words next to the joint ("the United States", "Collahuasi"), else as many
words as a lower-case item before it has, at most two ("copper output and gold output"); a
word that tells no thing ("at", "the", "of") ends an item.  Anything less clear is no reading.
"""

from __future__ import annotations

import re

from reader.model import Fact

# the joints of a list: a comma (with "and"), "and", "&"
# (a figure's unit may stand before a joint: "640,000 square feet and 380,000 square feet")
_UNIT = r"(?:\s+[a-z][a-z-]*){0,2}"
_JOINT = re.compile(_UNIT + r"\s*(?:,\s*(?:and\s+|&\s+)?|\s(?:and|&)\s)\s*")
_TAIL = re.compile(_UNIT + r"[\s,]*")
_LAST_JOINT = re.compile(r"(?:,\s*|\s)(?:and|&)\s+")
_RESPECTIVELY = re.compile(r"[,\s]*\brespectively\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z.'’-]*")
# words that end an item: they tell no thing of it ("output at Escondida", "the bids for")
_ENDS_ITEM = frozenset(
    "a an the at of in on for from to by with as its their his her our were was are is have has "
    "had said says rose fell grew dropped declined climbed jumped".split()
)
_ITEM_WORDS_MAX = 2  # a lower-case item: "gold output", "natural gas"

Item = tuple[int, int]  # where an item is written: start, end


def respective(text: str, figures: list[Fact]) -> list[tuple[Item, Fact]] | None:
    """Each item of the list with the figure told of it, in order; None when ``text`` holds no
    "respectively" or its list and figures cannot be read one to one (the module's rule)."""
    end = _RESPECTIVELY.search(text)
    if end is None or len(figures) < 2:
        return None
    run = _run(text, sorted(figures, key=lambda f: f.start), end.start())
    if run is None or len(run) != len(figures):
        return None  # a figure besides the run: the sentence says more than one list
    items = _items(text[: run[0].start], len(run))
    if items is None:
        return None
    return list(zip(items, run, strict=True))


def _run(text: str, figures: list[Fact], at: int) -> list[Fact] | None:
    """The figures that end right before ``at``, each joined to the next by a list joint."""
    before = [f for f in figures if f.end <= at]
    if len(before) < 2 or not _TAIL.fullmatch(text[before[-1].end : at]):
        return None
    run = [before[-1]]
    for f in reversed(before[:-1]):
        if not _JOINT.fullmatch(text[f.end : run[0].start]):
            break
        run.insert(0, f)
    return run if len(run) >= 2 else None


def _items(pre: str, k: int) -> list[Item] | None:
    """``k`` items of the list that ends ``pre`` (the text before the figures), or None.  Whether
    the items are names is told by the last one: a sentence's first word is capitalised anyway."""
    joints = list(_LAST_JOINT.finditer(pre))
    if not joints:
        return None
    last = joints[-1]
    first_after = next((w for w in _words(pre, last.end(), len(pre)) if w.group().lower() != "the"), None)
    if first_after is None:
        return None
    capital = first_after.group()[0].isupper()
    heads = pre[: last.start()].split(",")
    if len(heads) < k - 1:
        return None
    starts = [sum(len(h) + 1 for h in heads[:n]) for n in range(len(heads))]
    before = []
    for n in range(len(heads) - (k - 1), len(heads)):
        item = _backward(pre, starts[n], starts[n] + len(heads[n]), capital)
        if item is None:
            return None
        before.append(item)
    size = _ITEM_WORDS_MAX if capital else _count(pre, before[-1])
    after = _forward(pre, last.end(), capital=capital, size=size)
    return [*before, after] if after is not None else None


def _words(pre: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(pre, start, end))


def _count(pre: str, item: Item) -> int:
    return len(_words(pre, *item))


def _backward(pre: str, start: int, end: int, capital: bool) -> Item | None:
    """The item that ends at ``end``: the capitalised run before it, else up to two words (the
    sentence's first word is either)."""
    words = _words(pre, start, end)
    taken: list[re.Match[str]] = []
    for w in reversed(words):
        word = w.group()
        if word.lower() in _ENDS_ITEM or (word[0].isupper() != capital and pre[: w.start()].strip()):
            break
        if not capital and len(taken) >= _ITEM_WORDS_MAX:
            break
        taken.insert(0, w)
    return (taken[0].start(), taken[-1].end()) if taken and taken[-1].end() == words[-1].end() else None


def _forward(pre: str, start: int, *, capital: bool, size: int) -> Item | None:
    """The last item, from ``start``: a capitalised run, or ``size`` lower-case words."""
    words = _words(pre, start, len(pre))
    while words and words[0].group().lower() == "the":
        words.pop(0)
    taken: list[re.Match[str]] = []
    for w in words:
        if w.group().lower() in _ENDS_ITEM or w.group()[0].isupper() != capital:
            break
        taken.append(w)
        if not capital and len(taken) >= size:
            break
    return (taken[0].start(), taken[-1].end()) if taken else None
