"""Two people's tasks traded in a reworded sentence: "Halvorsen will lead the design work, while
Brant will be responsible for construction" / "Brant will handle the design, with Halvorsen in
charge of construction" (ut310).

:mod:`reader.facts.role_swap` reads names in each other's places in sentences otherwise the same
words; a rewrite that says each task in its own words is another sentence.  Each of two people
has a clause of their own here: the words after the first name up to a clause's joint (a comma, a
semicolon, "and", "while", "with", "whereas", "but") that the second name follows at once, and
the words after the second name up to the next joint.  A content word told after one name on one
side and after the other name on the other, both ways round, while no content word or figure stays
with its name, is a task traded.  Not words reordered around figures that stay ("Velocom rose 6.2
percent, while Brightwave shares jumped 11 percent" / "Velocom shares closed 6.2 percent higher and
Brightwave's rose"), nor an act between the two ("Smith met Jones in Paris" / "Jones met Smith in
Paris": no joint between them, a symmetric act), nor the words of saying every clause may have
("said"), nor a surname told twice on a side.
"""

from __future__ import annotations

import re

from reader.facts.negation_words import content_word, stem
from reader.model import Difference, Fact

_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*")
_FIGURE = "#"  # the key of a figure among a clause's words
# a clause's joint between the first name's words and the second name
_JOINT = re.compile(r"(?:[,;]|\b(?:and|while|with|whereas|but)\b)", re.IGNORECASE)
_CLAUSE_WORDS_MAX = 10  # the words read after a name as its own clause
_SAYING = frozenset("said says say saying told tells added adds stated states according".split())
# the words of a figure: figures traded between two are the figures' rules' (figure_swaps)
_FIGURE_WORDS = frozenset("million billion trillion thousand percent point points".split())


def traded_duties(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """The names of two people whose tasks each side gives the other (the module's rule)."""
    la, ra = _people(left), _people(right)
    shared = set(la) & set(ra)
    if len(shared) != 2:
        return []
    a, b = sorted(shared, key=lambda k: la[k].start)
    wl = _clauses(left_text, la[a], la[b])
    wr = _clauses(right_text, ra[a], ra[b])
    if wl is None or wr is None:
        return []
    (la_words, lb_words), (ra_words, rb_words) = wl, wr
    if la_words.keys() & ra_words.keys() or lb_words.keys() & rb_words.keys():
        return []  # a word stays with its name: each keeps a task
    to_b = [k for k in la_words if k in rb_words and not k.startswith(_FIGURE)]
    to_a = [k for k in lb_words if k in ra_words and not k.startswith(_FIGURE)]
    if not to_b or not to_a:
        return []
    na, nb = la[a].text, la[b].text
    task_a, task_b = la_words[to_b[0]], lb_words[to_a[0]]
    x, y = _stretch(left_text, la[a], la[b]), _stretch(right_text, ra[a], ra[b])
    note = f"tasks traded: {na} {task_a}, {nb} {task_b} vs {na} {task_b}, {nb} {task_a}"
    return [Difference("name", x, y, note)]


def _stretch(text: str, a: Fact, b: Fact) -> str:
    """The text from the first of two names to the end of the second."""
    return text[min(a.start, b.start) : max(a.end, b.end)]


def _people(facts: list[Fact]) -> dict[str, Fact]:
    """Each name by its last word (a surname), once on a side; a surname told twice, none."""
    out: dict[str, Fact] = {}
    seen: set[str] = set()
    for f in facts:
        if f.kind != "name" or not f.text[:1].isupper():
            continue
        key = f.text.split()[-1].lower()
        if key in seen:
            out.pop(key, None)
            continue
        seen.add(key)
        out[key] = f
    return out


def _clauses(text: str, a: Fact, b: Fact) -> tuple[dict[str, str], dict[str, str]] | None:
    """The content words of the clause after ``a`` and of that after ``b``, by stem in the text's
    order; None when no joint stands right before the second name."""
    first, second = (a, b) if a.start < b.start else (b, a)
    between = text[first.end : second.start]
    joints = list(_JOINT.finditer(between))
    if not joints or between[joints[-1].end() :].strip():
        return None  # (the second name opens the clause after the joint: ", while Brant will")
    words_first = _stems(between[: joints[0].start()])  # (up to the first joint: the first name's clause)
    rest = text[second.end :]
    cut = _JOINT.search(rest)
    words_second = _stems(rest[: cut.start()] if cut else rest)
    return (words_first, words_second) if first is a else (words_second, words_first)


def _stems(text: str) -> dict[str, str]:
    """The content words of the first few of ``text`` by stem (the first written of each)."""
    words = [w.lower() for w in _TOKEN.findall(text)][:_CLAUSE_WORDS_MAX]
    out: dict[str, str] = {}
    for w in words:
        if w[0].isdigit():  # a figure stays with its name or moves: only a task trades
            out.setdefault(_FIGURE + w.rstrip(".,"), w)
        elif content_word(w) and w not in _SAYING and w not in _FIGURE_WORDS:
            out.setdefault(stem(w), w)
    return out
