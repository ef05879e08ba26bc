"""Who did what to whom, turned round: "Smith sued Jones" / "Jones sued Smith".

Two names a sentence gives, in each other's places in a sentence otherwise the same words (a
word or two put for others aside, :data:`_OTHER_WORDS_MAX`): each now does what the other
did.  A list is no act ("Smith and Jones" / "Jones and Smith", "Smith, Jones" name both
alike), so the words between the two names must hold an act: more than a list's joints,
function words, an office or other names ("Paul Lee, president, ABC").  The rest of
the sentence must be the same words, at least :data:`SAME_WORDS_MIN` of them: only a rewrite
meets this rule.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from itertools import permutations

from reader.facts.act_turned import MUTUAL_ACTS
from reader.facts.countries import country_of
from reader.facts.opposites import opposite_of
from reader.facts.speech_patterns import ROLE_WORDS
from reader.lang import COUNT_STOP_WORDS, OFFICES
from reader.model import Difference, Fact

# the words the two sentences must share besides the two names
SAME_WORDS_MIN = 4
# what joins the names of a list, not an act between them
_LIST_JOINTS = frozenset({"and", "or", "&", "vs", "v", "versus", "nor", "with", "the"})
_WORD = re.compile(r"[\w'’]+")
# the rank before a role: "Ahmed Karimi, a senior analyst at Ampere Analysis" / "Ampere Analysis
# senior analyst Ahmed Karimi" is a person and the body they work for, no act between them
_RANKS = frozenset(
    "senior junior chief deputy vice assistant associate lead principal managing general".split()
)
_A, _B = "\x00", "\x01"  # stand-ins for the two names
_LENGTH_SLACK = 12  # characters a rewrite's other words and commas may add or drop
_OTHER_WORDS_MAX = 2  # words a rewrite may put for others in the sentence besides the swap
_AROUND_WORDS_MAX = 2  # ... and more outside the stretch between the two names


def swapped_roles(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """The two names in each other's places (the module docstring), as one difference of the
    stretch from the first name to the second on each side."""
    names = {f.text for f in left if f.kind == "name"} & {f.text for f in right if f.kind == "name"}
    if len(names) < 2 or abs(len(left_text) - len(right_text)) > _LENGTH_SLACK:
        return []  # the cheap questions first: two names swapped keep the sentence's length ...
    at_l, at_r = {n: left_text.find(n) for n in names}, {n: right_text.find(n) for n in names}
    if not any(at_l[a] < at_l[b] and at_r[b] < at_r[a] for a, b in permutations(names, 2)):
        return []  # ... and put the later name first
    ca, cb = Counter(_WORD.findall(left_text.lower())), Counter(_WORD.findall(right_text.lower()))
    if sum(((ca - cb) + (cb - ca)).values()) > 2 * (_OTHER_WORDS_MAX + _AROUND_WORDS_MAX):
        return []  # ... and its words, but for a few a rewrite put for others
    name_words = {w.lower() for f in left if f.kind == "name" for w in _WORD.findall(f.text)}
    for a, b in permutations(sorted(names, key=len, reverse=True), 2):
        if a in b or b in a or not (at_l[a] < at_l[b] and at_r[b] < at_r[a]):
            continue  # a swap puts the later name first: the same order on both sides is none
        if (land := country_of(a)) and land == country_of(b):
            continue  # "China's embassy ... said Beijing" / "Beijing's embassy ... said China": one party
        la = _words(left_text.replace(a, _A).replace(b, _B))
        rb = _words(right_text.replace(a, _B).replace(b, _A))
        if not _same_but_for_a_few(la, rb):
            continue
        if _figures_moved(la, rb) or _own_figures(left_text, right_text, a, b) or _turned_comparison(la, rb):
            continue  # "Nice reported 310 ... and Marseille 205" / "Marseille reported 205 ... and Nice 310"
        if _member_of(left_text, right_text, a) or _member_of(left_text, right_text, b):
            continue  # "Hartwell's head of research, Fiona Roe" / "Fiona Roe, head of research at Hartwell"
        i, j = sorted((la.index(_A), la.index(_B)))
        if (
            not set(la[i + 1 : j])
            - _LIST_JOINTS
            - OFFICES
            - ROLE_WORDS
            - _RANKS
            - COUNT_STOP_WORDS
            - MUTUAL_ACTS
            - name_words
            and "respectively" not in la
        ):
            # "Smith and Jones", "in Portland, Maine, and in Portland, Oregon": a list in another
            # order; "Paul Lee, president, ABC ...": an office; no act between them, only names.
            # But "Smith and Jones paid $18,000 and $8,715, respectively": the order tells who paid what
            continue
        shown_l, shown_r = _stretch(left_text, a, b), _stretch(right_text, a, b)
        if shown_l and shown_r:
            return [
                Difference(
                    "name", shown_l, shown_r, f"who did what to whom, turned round: {shown_l} vs {shown_r}"
                )
            ]
    return []


def _member_of(left_text: str, right_text: str, body: str) -> bool:
    """Does one side write ``body`` with a possessive and the other with "at", "of" or "for" before
    it: a body and one of its people, told from either end ("Hartwell's head of research, Fiona
    McAllister" / "Fiona McAllister, head of research at Hartwell"), no act between them?"""
    owned = re.compile(rf"{re.escape(body)}['’]s?\b")
    member = re.compile(rf"\b(?:at|of|for|with)\s+(?:the\s+)?{re.escape(body)}\b")
    return bool(
        (owned.search(left_text) and member.search(right_text))
        or (owned.search(right_text) and member.search(left_text))
    )


def _figures_moved(la: list[str], rb: list[str]) -> bool:
    """Do the two sentences (the names swapped back on one side) differ only in figures, the
    same figures on both sides: a list reordered, each figure gone with its name?"""
    apart = [(x, y) for x, y in zip(la, rb, strict=False) if x != y]
    return (
        len(la) == len(rb)
        and bool(apart)
        and all(x[0].isdigit() and y[0].isdigit() for x, y in apart)
        and sorted(x for x, _ in apart) == sorted(y for _, y in apart)
    )


def _turned_comparison(la: list[str], rb: list[str]) -> bool:
    """Is the one word between the names put for its opposite ("A is higher than B" / "B is lower
    than A"): the comparison told from the other side, the same claim?"""
    apart = [(x, y) for x, y in zip(la, rb, strict=False) if x != y]
    return len(la) == len(rb) and len(apart) == 1 and apart[0][1] in opposite_of(apart[0][0])


_FIGURE_AFTER = re.compile(r"[^\d.;]{0,30}?(\d[\d,.]*)")


def _own_figures(left_text: str, right_text: str, a: str, b: str) -> bool:
    """Does each name keep the figure told just after it, the two figures two ("Smith scored 14
    points and Jones added 41" / "Jones scored 41 points and Smith 14"): each clause moved with
    its name, no act turned round?"""
    got = []
    for name in (a, b):
        after = [_FIGURE_AFTER.match(t, t.find(name) + len(name)) for t in (left_text, right_text)]
        if None in after:
            return False
        got.append({m.group(1).rstrip(".,") for m in after if m is not None})
    return len(got[0]) == len(got[1]) == 1 and got[0] != got[1]


def _same_but_for_a_few(la: list[str], rb: list[str]) -> bool:
    """Are two word lists (the names as stand-ins, swapped on one side) the same but for a few
    words put for others, none of them a stand-in: :data:`_OTHER_WORDS_MAX` between the two
    names, :data:`_AROUND_WORDS_MAX` more around them ("took the lead" / "went ahead")?  An
    office before a name goes with it ("captain A ... from B" / "A ... from captain B")."""
    la, rb = _unoffice(la), _unoffice(rb)
    if _A not in la or _B not in la or la.count(_A) != rb.count(_A) or la.count(_B) != rb.count(_B):
        return False
    first, last = sorted((la.index(_A), la.index(_B)))
    between = around = 0
    for op, i1, i2, j1, j2 in SequenceMatcher(None, la, rb, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if {_A, _B} & {*la[i1:i2], *rb[j1:j2]}:
            return False
        if first < i1 < last or first < i2 - 1 < last:
            between += max(i2 - i1, j2 - j1)
        else:
            around += max(i2 - i1, j2 - j1)
    changed = between + around
    return (
        between <= _OTHER_WORDS_MAX
        and changed <= _OTHER_WORDS_MAX + _AROUND_WORDS_MAX
        and last - first - 1 - between >= 1  # the act between them is still the same words
        and len(la) - 2 - changed >= SAME_WORDS_MIN
    )


def _unoffice(words: list[str]) -> list[str]:
    """The words without an office just before a stand-in ("captain", "Sen.")."""
    return [
        w
        for i, w in enumerate(words)
        if not (w in OFFICES and i + 1 < len(words) and words[i + 1] in (_A, _B))
    ]


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(rf"[\w'’]+|{_A}|{_B}", text)]


def _stretch(text: str, a: str, b: str) -> str:
    """The text from the first of the two names to the end of the other."""
    ia, ib = text.find(a), text.find(b)
    if ia < 0 or ib < 0:
        return ""
    start, end = min(ia, ib), max(ia + len(a), ib + len(b))
    return text[start:end]


# a participle and "by" before a name, a description of it at most between ("owned by the
# housing association Irwell Homes", "managed by Salford City Council")
_BY = re.compile(
    r"\b([a-z]{3,}ed|run|led|held|built|made|written|won)\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$"
)
_BY_REACH = 60  # characters before a name its participle may stand


def swapped_agents(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """Two names, each told after a participle and "by", that traded their participles: "owned by
    Salford City Council and managed by Irwell Homes" / "owned by Irwell Homes and managed by
    Salford City Council" (ut134), whatever else the rewrite reordered: the same participles and
    the same names on both sides, each participle with one name, another name for one of them."""
    if left_text.count(" by ") < 2 or right_text.count(" by ") < 2:
        return []  # (the cheap question first: two participles with "by" a side)
    la, ra = _agents(left, left_text), _agents(right, right_text)
    if len(la) < 2 or set(la) != set(ra) or set(la.values()) != set(ra.values()):
        return []
    turned = sorted(p for p in la if la[p] != ra[p])
    if not turned:
        return []
    p = turned[0]
    a, b = f"{p} by {la[p]}", f"{p} by {ra[p]}"
    return [Difference("name", la[p], ra[p], f"who did what to whom, turned round: {a} vs {b}")]


def _agents(facts: list[Fact], text: str) -> dict[str, str]:
    """Each participle told with "by" before a name, and that name; none when a participle or a
    name is told twice (which is whose is then open)."""
    out: dict[str, str] = {}
    for f in facts:
        if f.kind != "name" or not (m := _BY.search(text, max(0, f.start - _BY_REACH), f.start)):
            continue
        if m.group(1) in out or f.text in out.values():
            return {}
        out[m.group(1)] = f.text
    return out


# the act told between two names in each other's places, as few words as an act takes ("will play
# at", "beat", "sued"), in sentences reworded around it
_ACT_WORDS_MAX = 4
_AROUND_SHARED_MIN = 2  # content words the two sentences share besides the names and the act


def swapped_around_act(
    left: list[Fact], right: list[Fact], left_text: str, right_text: str
) -> list[Difference]:
    """Two names with the same few words of an act between them, in each other's places, in
    sentences reworded elsewhere: "Baltimore (14-5) will play at Kansas City for a spot in the Super
    Bowl" / "Kansas City will play at Baltimore with a trip to the Super Bowl on the line" (ut243)."""
    names = {f.text for f in left if f.kind == "name"} & {f.text for f in right if f.kind == "name"}
    if len(names) < 2:
        return []
    at_l, at_r = {n: left_text.find(n) for n in names}, {n: right_text.find(n) for n in names}
    for a, b in permutations(sorted(names), 2):
        if not (0 <= at_l[a] < at_l[b] and 0 <= at_r[b] < at_r[a]):
            continue  # (the cheap question first: the later name put first)
        between_l = _between(left_text, at_l[a] + len(a), at_l[b])
        if between_l is None or between_l != _between(right_text, at_r[b] + len(b), at_r[a]):
            continue
        act = set(between_l.split())
        if not act - _LIST_JOINTS - OFFICES - ROLE_WORDS - _RANKS - COUNT_STOP_WORDS - MUTUAL_ACTS:
            continue  # "Smith and Jones", "Smith of Jones": no act between them
        named = set(_WORD.findall(f"{a} {b}".lower())) | act
        rest_l, rest_r = (
            set(_WORD.findall(left_text.lower())) - named,
            set(_WORD.findall(right_text.lower())) - named,
        )
        if len((rest_l & rest_r) - COUNT_STOP_WORDS) < _AROUND_SHARED_MIN:
            continue
        x, y = left_text[at_l[a] : at_l[b] + len(b)], right_text[at_r[b] : at_r[a] + len(a)]
        return [Difference("name", x, y, f"who did what to whom, turned round: {x} vs {y}")]
    return []


# what may stand between a name and the act after it: its record in brackets ("Baltimore (14-5)")
_BRACKETED = re.compile(r"\s*\([^()]{1,12}\)")


def _between(text: str, start: int, end: int) -> str | None:
    """The few words between two names (:data:`_ACT_WORDS_MAX`), in lower case, a bracket after the
    first aside; None for more, or for anything but words."""
    if end <= start:
        return None
    m = _BRACKETED.match(text, start, end)
    words = text[m.end() if m else start : end].split()
    if not 1 <= len(words) <= _ACT_WORDS_MAX or not all(_WORD.fullmatch(w) for w in words):
        return None
    return " ".join(words).lower()
