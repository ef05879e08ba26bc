"""A rewrite that puts one name in the place of another: "flew to Texas" / "flew to Arizona".

Two sentences word for word the same but for one name on each side tell one thing about two
different places, people or bodies: whatever the sentence says, only one of them can be right.
The rule asks the whole sentence to be the same, so it meets rewrites (a wire story and its
copy, an edit), never two accounts that happen to name two places.  Not a swap: one name
within the other ("Mr. Smith" / "Smith"), initials for the words ("U.S." / "United States"),
a spelling of one name (:mod:`reader.facts.compare_names`), forms of one word ("Syria" /
"Syrian"), a day or a month (dates are compared as dates), and a source in parentheses
("(AP)" / "(Reuters)": who wrote it, not what happened).  And only two people's or bodies'
full names, two states or two countries (a capital for its country: "London" / "Paris" are
two, "Moscow" / "Russia" one; :mod:`reader.facts.countries`): another single word may name a
place within another ("Cleveland" / "Ohio", "Geneva" / "Switzerland") or the outlet told
("told Reuters"), which no rule here can tell from a swap.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from reader.facts.countries import country_of, is_capital
from reader.facts.namewords import looks_like_person, same_name_text, state_name
from reader.facts.tables import NAME_ABBREVIATIONS
from reader.lang import ABBREVIATED_WORDS, ALIGN_STOP_WORDS, MONTHS, TITLES, WEEKDAYS
from reader.model import Difference, Fact
from reader.spelling import near_spelling, transliteration
from reader.textnorm import (
    REWRITE_SHARE_MIN,
    fold,
    may_share,
    one_run_replaced,
    one_spelling,
    one_stretch_apart,
    related_forms,
    runs_replaced_in_place,
)

_TOKEN = re.compile(r"[\w'’.-]*\w")
_DATES = frozenset(WEEKDAYS) | frozenset(MONTHS)
# the words the two sentences must share besides the names: a short sentence ("Smith won")
# would make two facts of one event look like a rewrite
SAME_WORDS_MIN = 6
# the most characters the one name put for another spans on each side (up to four words)
STRETCH_MAX = 48


def swapped_names(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """The one name each side has in the other's place, as a difference, when the two
    sentences are otherwise the same (the module docstring); else nothing."""
    if not any(f.kind == "name" for f in left) or not any(f.kind == "name" for f in right):
        return []
    strict = one_stretch_apart(left_text, right_text, STRETCH_MAX)
    # the sieve of the other path: a name of each side the other's words lack (not the same
    # names in another order)
    loose = _unmatched(left, right_text) and _unmatched(right, left_text) and _alike(left_text, right_text)
    if not strict and not loose:
        return []
    wa, wb = _TOKEN.findall(left_text), _TOKEN.findall(right_text)
    fa, fb = [fold(w) for w in wa], [fold(w) for w in wb]
    run = one_run_replaced(fa, fb, SAME_WORDS_MIN) if strict else None
    runs = [run] if run is not None else _runs_in_place(wa, wb, fa, fb) if loose else []
    for i1, i2, j1, j2 in runs:
        # "the US" / "Canada": the article goes with the name it is written with
        i1 += i2 - i1 > 1 and wa[i1] in ("the", "The")
        j1 += j2 - j1 > 1 and wb[j1] in ("the", "The")
        a, b = wa[i1:i2], wb[j1:j2]
        if _goes_on(wa, i2, left_text) and _goes_on(wb, j2, right_text):
            if fold(wa[i2]) != fold(wb[j2]) or fold(wa[i2]) not in _BODY_HEADS:
                continue  # one name written two ways that goes on alike: "Aoraki Mount Cook" / "Mt Cook"
            i2, j2 = i2 + 1, j2 + 1  # two bodies of one kind: "CBS News" / "NBC News"
            a, b = wa[i1:i2], wb[j1:j2]
        if _name_run(a, i1, left_text, left) and _name_run(b, j1, right_text, right):
            before = _word_before(wa, i1)
            if run is None and not _kept_after(fa, fb, i2, j2) and not _regions(a, b) and before != "between":
                continue  # "murder ... in Cumbria." / "... in Millom.": a town within its county
            after = (wa[i2] if i2 < len(wa) else "", wb[j2] if j2 < len(wb) else "") if run else None
            got = _swap(a, b, before, left_text, right_text, after)
            # in a sentence changed elsewhere too, only places: two people named there are
            # as often two sources of one fact ("Sheriff X said" / "Undersheriff Y said")
            if got and (run is not None or not (_person(a) and _person(b))):
                return got
    return []


def _word_before(words: list[str], at: int) -> str:
    """The word before ``words[at]``; "" for an "of" inside a name ("Medal of Honor", "Bank of
    Ireland"), which puts no place after it, unlike the "of" after a person's full name
    ("Warren Gotcher of McAlester")."""
    if not at:
        return ""
    if at > 2 and words[at - 1] == "and" and "between" in words[max(0, at - 6) : at - 2]:
        return "between"  # "between Abu Talat and Marseilles": a place beside a place
    if at > 1 and words[at - 1] == "of" and words[at - 2][:1].isupper():
        start = at - 2
        while start > 0 and words[start - 1][:1].isupper():
            start -= 1
        return "of" if _person(words[start : at - 1]) else ""
    return words[at - 1]


def _kept_after(fa: list[str], fb: list[str], i2: int, j2: int) -> bool:
    """Does the same word follow both runs?  In a sentence reworded elsewhere, a place at
    its end may be named at two scales (a county and a town in it); one the same words go
    on after was put for the other."""
    return i2 < len(fa) and j2 < len(fb) and fa[i2] == fb[j2]


def _regions(a: list[str], b: list[str]) -> bool:
    """Two states or two countries: no place within the other."""
    ja, jb = " ".join(a), " ".join(b)
    return bool((country_of(ja) and country_of(jb)) or (state_name(ja) and state_name(jb)))


def _alike(a: str, b: str) -> bool:
    """Could two sentences be mostly the same words (:data:`REWRITE_SHARE_MIN`)?  A cheap
    bound on their words as split by spaces, before they are read as tokens."""
    sa, sb = set(a.lower().split()), set(b.lower().split())
    return may_share(sa, sb, REWRITE_SHARE_MIN, slack=6)


def _goes_on(words: list[str], end: int, text: str) -> bool:
    """Does the name before ``end`` go on in a capitalised word right after it?"""
    return 0 < end < len(words) and words[end][:1].isupper() and f"{words[end - 1]} {words[end]}" in text


def _unmatched(facts: list[Fact], other: str) -> bool:
    """Does a name of ``facts`` stand in the ``other`` sentence fewer times than here (not at
    all, or once where this side names it twice: "New Orleans begins ... a game in New Orleans"
    / "New Orleans begins ... a game in Seattle")?"""
    names = [f.text for f in facts if f.kind == "name"]
    return any(other.count(n) < names.count(n) for n in set(names))


def _runs_in_place(
    wa: list[str], wb: list[str], fa: list[str], fb: list[str]
) -> list[tuple[int, int, int, int]]:
    """The capitalised words that open a run put for another between the same words, in two
    sentences mostly alike (:func:`reader.textnorm.runs_replaced_in_place`: "arrival in
    Florida, with its" / "arrival in Ohio, a state with": Florida / Ohio)."""
    out = []
    for i1, i2, j1, j2 in runs_replaced_in_place(fa, fb):
        ca = next((k for k in range(i1, i2) if not wa[k][:1].isupper()), i2)
        cb = next((k for k in range(j1, j2) if not wb[k][:1].isupper()), j2)
        if ca > i1 and cb > j1:
            out.append((i1, ca, j1, cb))
    return out


def _swap(
    a: list[str],
    b: list[str],
    before: str,
    left_text: str,
    right_text: str,
    after: tuple[str, str] | None = None,
) -> list[Difference]:
    """The difference of name runs ``a`` and ``b`` put in one place, if they name two things;
    ``after``: the words after each, when the sentences are otherwise word for word the same."""
    shown_a, shown_b = " ".join(a), " ".join(b)
    if _in_parentheses(left_text, shown_a) or _in_parentheses(right_text, shown_b):
        return []
    countries = country_of(shown_a), country_of(shown_b)
    what = "one name for another"
    if all(countries) and countries[0] != countries[1]:  # "Canada" / "the U.S.", "London" / "Paris"
        what = "one place for another"
    elif _one_name(a, b):
        return []
    elif _rest_of_a_place(a, b, before):
        what = "one place for another"
        a, b = [before, *a], [before, *b]  # shown whole: "Lake Bled" / "Lake Bohinj"
    elif _towns(a, b, before):
        # "Gotcher of McAlester" / "of Muskogee" names a town, "sons of Michal" a person, and
        # "awarded to Siemens" / "to Alstom" a company: a place only after "in", "at" ...
        what = "one place for another" if before.lower() in _IN_PLACE else "one name for another"
    elif after is not None and _doers(a, b, before, after):
        what = "one name for another"
    elif not (_person(a) and _person(b)) and not (state_name(shown_a) and state_name(shown_b)):
        return []  # "Moscow" for "Russia", "Cleveland" for "Ohio", "told Reuters" / "Bloomberg"
    shown_a, shown_b = _as_written(a, left_text), _as_written(b, right_text)  # once decided
    return [Difference("name", shown_a, shown_b, f"{what}: {shown_a} vs {shown_b}")]


def _doers(a: list[str], b: list[str], before: str, after: tuple[str, str]) -> bool:
    """Two surnames, each the subject of one verb in sentences otherwise word for word the
    same ("... trial, Howell projected a photo" / "... trial, Evans projected a photo"): one
    act told of two people.  Not after a preposition (a place: :func:`_towns`), not a country,
    a state or a capital ("Moscow said" / "Russia said": one government)."""
    verb = after[0]
    if len(a) != 1 or len(b) != 1 or verb != after[1] or not verb[:1].islower() or verb in ALIGN_STOP_WORDS:
        return False  # "Oshea the son of Nun": a name and what it is called, no act
    if before.lower() in _AT_PLACE or any(state_name(w[0]) or country_of(w[0]) for w in (a, b)):
        return False
    # one name written two ways ("Shupham" / "Shephupham"): alike, or one inside the other
    fa, fb = fold(a[0]), fold(b[0])
    return fuzz.ratio(fa, fb) < TOWNS_ALIKE_MAX and fa not in fb and fb not in fa


def _as_written(words: list[str], text: str) -> str:
    """A run of name words as the sentence writes them: "Samuel A. Alito Jr.", not "Samuel A Alito Jr"."""
    tail = r"\." if len(words[-1]) == 1 or f"{words[-1].lower()}." in NAME_ABBREVIATIONS else ""
    m = re.search(r"[.\s]+".join(map(re.escape, words)) + tail, text)
    return m.group() if m else " ".join(words)


# the words before a place where an act happened or one comes from: "spoke in Portland", "flew
# to Boise", "a lawyer of McAlester"
_AT_PLACE = frozenset({"in", "at", "from", "to", "near", "outside", "into", "of", "between"})
# ... of them, the words only a place follows
_IN_PLACE = frozenset({"in", "at", "near", "outside", "into", "between"})
# the first word of a place's name, the rest of which names which one ("Lake Bled" / "Lake
# Bohinj", "Mount Hood" / "Mount Adams")
_PLACE_HEADS = frozenset({"lake", "mount", "mt", "river", "port", "fort", "cape", "gulf", "bay", "isle"})
# two town names this alike (rapidfuzz ratio, 0-100) are one name written two ways: "Jeshuah" /
# "Yeshua" 77; two towns are far apart ("Portland" / "Seattle" 27)
TOWNS_ALIKE_MAX = 50


def _towns(a: list[str], b: list[str], before: str) -> bool:
    """Two places after "in", "at", "from" ... ("in Portland" / "in Seattle", "in Denver" / "in
    Salt Lake City"), neither a state or a country: a place within the other is then a state or
    a country ("Cleveland" / "Ohio", "Geneva" / "Switzerland"), which stays unread.  A place of
    one word is no person's name; one of up to three words names a person only with a title."""
    if not (1 <= len(a) <= 3 and 1 <= len(b) <= 3) or before.lower() not in _AT_PLACE:
        return False
    ja, jb = " ".join(a), " ".join(b)
    if fuzz.ratio(fold(ja), fold(jb)) >= TOWNS_ALIKE_MAX:
        return False  # one name spelled two ways ("Jeshuah" / "Yeshua"), not two places
    if any(state_name(w) or (country_of(w) and not is_capital(w)) for w in (ja, jb, a[-1], b[-1])):
        return False  # a capital is a town too ("in Istanbul" / "in Ankara")
    return not any((_person(w) if len(w) == 1 else fold(w[0]) in TITLES) for w in (a, b))


def _rest_of_a_place(a: list[str], b: list[str], before: str) -> bool:
    """One word put for another after the head of a place's name, the two unalike ("Lake Bled"
    / "Lake Bohinj", ut175): two places of one kind."""
    return (
        fold(before) in _PLACE_HEADS
        and len(a) == len(b) == 1
        and fuzz.ratio(fold(a[0]), fold(b[0])) < TOWNS_ALIKE_MAX
    )


def _name_run(words: list[str], at: int, text: str, facts: list[Fact]) -> bool:
    """One to four capitalised words, not opening the sentence (unless they are a whole name
    the facts found, "CBS News reported", or a country or a state: "Iran refused to sign"),
    inside a name the facts found."""
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    whole = " ".join(words)
    place = country_of(whole) or state_name(whole)
    if (
        at == 0
        and not place
        and (len(words) < 2 or not any(f.kind == "name" and f.text == whole for f in facts))
    ):
        return False
    lowered = {fold(w) for w in words}
    if lowered & _DATES:
        return False
    return any(f.kind == "name" and words[0] in f.text and words[-1] in f.text for f in facts)


def _person(words: list[str]) -> bool:
    """A person's or a body's full name ("Maria Lopez", "Harbour Works", "CBS News"): two
    words or more past the titles, or ending on the kind of body it is; one word may be a
    place for its country or a capital for its state."""
    return looks_like_person(" ".join(words), set()) or (len(words) >= 2 and fold(words[-1]) in _BODY_HEADS)


def _one_name(a: list[str], b: list[str]) -> bool:
    """Two ways of naming one thing: a word in common ("Mr. Smith" / "Senator Smith"), only
    titles ("President" / "Mr."), initials ("U.S." / "United States"), a near spelling or
    another form of one word."""
    # a house style's abbreviation is its word ("Atty. Gen." / "Attorney General")
    fa = {ABBREVIATED_WORDS.get(w, w) for w in (fold(x).strip(".") for x in a)}
    fb = {ABBREVIATED_WORDS.get(w, w) for w in (fold(x).strip(".") for x in b)}
    # a word in common names one thing, unless it is only the kind of body both are ("CBS
    # News" / "NBC News", "Judiciary Committee" / "Homeland Security Committee"): then one
    # holds the other at most ("the Times" / "the New York Times")
    common = fa & fb
    if (common and not common <= _BODY_HEADS) or (common and (fa <= fb or fb <= fa)):
        return True
    if fa <= TITLES or fb <= TITLES:
        return True
    ja, jb = " ".join(a), " ".join(b)
    if same_name_text(_dotted(ja), _dotted(jb)):
        return True  # initials ("U.S." / "United States"), a state abbreviated ("Fla.")
    fold_a, fold_b = fold(ja), fold(jb)
    # British and American spellings ("Advisors" / "Advisers") are one word
    return (
        near_spelling(ja, jb)
        or transliteration(ja, jb)  # "Nethaneel" / "Nethanel": one name romanised two ways
        or related_forms(fold_a, fold_b)
        or one_spelling(fold_a) == one_spelling(fold_b)
        or _shortened(fold_a.split(), fold_b.split())
    )


def _shortened(a: list[str], b: list[str]) -> bool:
    """Is one name the other with each word shortened ("Man Utd" / "Manchester United", "Intl
    Dev" / "International Development"): word by word, the short one's letters in order in the
    long one's, from its first letter?"""
    if len(a) != len(b) or a == b:
        return False
    return all(_letters_in(*sorted((x, y), key=len)) for x, y in zip(a, b, strict=True))


def _letters_in(short: str, long_: str) -> bool:
    if not short or short[0] != long_[0]:
        return False
    rest = iter(long_[1:])
    return all(ch in rest for ch in short[1:])


# the kind of body a name ends on, which many bodies share
_BODY_HEADS = frozenset(
    """news committee department party house council agency bank university college school times
    post journal press network service office ministry court commission foundation institute group
    association union company corporation club board authority administration""".split()
)


def _dotted(name: str) -> str:
    """A name as written, its abbreviation's last dot back ("U.S", "Fla": the tokens lose it)."""
    return (
        name + "." if "." in name or (len(name) <= 5 and name[-1:].islower() and not name.isupper()) else name
    )


def _in_parentheses(text: str, run: str) -> bool:
    at = text.find(run)
    return at > 0 and text[at - 1] == "(" and text[at + len(run) : at + len(run) + 1] == ")"
