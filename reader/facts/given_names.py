"""One person's given name told two ways: "Senator Johnny Isakson" / "Senator Jimmy Isakson".

Two names of a person in linked sentences, word for word the same but for the given name, with
a title before them (so a person, not a family: "the Bush brothers", "Jeb and George Bush"),
say two things about who it was: only one is right.  Not two ways of one given name: an
initial ("J. Isakson"), one name the beginning of the other ("Chris" / "Christopher", "Johnny" /
"John": three letters in common), or a diminutive the letters do not show ("Jim" / "James",
"Bill" / "William"; a table of English ones, data of the language).
"""

from __future__ import annotations

from reader.facts.namewords import looks_like_person
from reader.lang import TITLE_WORDS, TITLES
from reader.model import Difference, Fact
from reader.textnorm import fold, one_stretch_apart

# given names and the short forms they are known by that do not start with their letters
_DIMINUTIVES = (
    ("james", "jim", "jimmy", "jamie"), ("william", "bill", "billy", "will", "liam"),
    ("robert", "bob", "bobby", "rob", "robbie"), ("richard", "dick", "rick", "rich"),
    ("elizabeth", "liz", "beth", "betsy", "betty", "eliza"), ("margaret", "maggie", "peggy", "meg"),
    ("edward", "ed", "ted", "ned", "eddie"), ("charles", "charlie", "chuck"), ("anthony", "tony"),
    ("theodore", "ted", "teddy"), ("john", "jack", "johnny"), ("henry", "hank", "harry"),
    ("harold", "hal", "harry"), ("lawrence", "larry"), ("gerald", "jerry"), ("robert", "bert"),
    ("katherine", "kate", "kathy", "katie", "kat"), ("catherine", "kate", "cathy", "katie"),
    ("patricia", "pat", "patty", "trish"), ("rebecca", "becky"), ("susan", "sue", "suzy"),
    ("deborah", "deb", "debbie"), ("francis", "frank"), ("franklin", "frank"),
    ("margaret", "marge"), ("dorothy", "dot"), ("sarah", "sally"), ("mary", "molly", "polly"),
    ("alexander", "alex", "sandy"), ("alexandra", "sandra", "alex"), ("eleanor", "nell", "ellie"),
    ("helen", "nell"), ("ann", "annie", "nancy"), ("anne", "nancy"), ("joseph", "joe", "joey"),
    ("michael", "mike"), ("nicholas", "nick"), ("christopher", "kit"), ("stephen", "steve"),
    ("steven", "steve"), ("matthew", "matt"), ("daniel", "dan", "danny"), ("samuel", "sam"),
)  # fmt: skip
_SAME: dict[str, frozenset[str]] = {}
for _group in _DIMINUTIVES:
    for _name in _group:
        _SAME[_name] = _SAME.get(_name, frozenset()) | frozenset(_group)
# a title or form of address where an untitled name's given name would stand ("Ms.", "Dr")
_ADDRESSED = frozenset(TITLES) | frozenset(t + "." for t in TITLES)
# given names that share their first letters this far are one name's forms ("Johnny" / "John")
SHARED_START = 3


def _one_given_name(a: str, b: str) -> bool:
    x, y = fold(a).strip("."), fold(b).strip(".")
    if len(x) <= 1 or len(y) <= 1:
        return True  # an initial
    return x.startswith(y) or y.startswith(x) or x[:SHARED_START] == y[:SHARED_START] or y in _SAME.get(x, ())


def _title(word: str) -> str:
    """A title's abbreviation as the title: "Rep. Kenneth McCarthy" / "Representative Kevin
    McCarthy" are one title before two given names."""
    full = TITLE_WORDS.get(fold(word).rstrip("."))
    return full.title() if full else word


def _person(name: str) -> bool:
    return looks_like_person(name, set())


def given_name_diffs(
    left: list[Fact], right: list[Fact], texts: tuple[str, str] | None = None
) -> list[Difference]:
    """Each titled person named on both sides with another given name (the module docstring);
    given the two sentences' ``texts``, any person, when they are the same but for one stretch
    (:data:`REWRITE_STRETCH`: a rewrite that changed the name, "identified as Brian Dalton" /
    "identified as Bryant Dalton", where two people of one family would not stand) and the name
    does not open a sentence ("Inspector Gaskin said" / "Mr Gaskin said", "Salute Rufus")."""
    untitled = texts is not None
    if texts is not None and not one_stretch_apart(*texts, REWRITE_STRETCH):
        return []
    out = []
    for af in left:
        if af.kind != "name" or " " not in af.text:
            continue
        wa = [_title(w) for w in af.text.split()]
        for bf in right:
            wb = [_title(w) for w in bf.text.split()]
            if bf.kind != "name" or len(wb) != len(wa):
                continue
            if not untitled and fold(wa[0]).rstrip(".") not in TITLES:
                continue
            if untitled and (wa[0].isupper() or wb[0].isupper() or {fold(wa[0]), fold(wb[0])} & _ADDRESSED):
                continue  # "INS Sukanya": an acronym; "Ms. Lopez" / "Maria Lopez": a form of address
            apart = [k for k, (x, y) in enumerate(zip(wa, wb, strict=True)) if x != y]
            given = next((k for k, w in enumerate(wa) if fold(w).rstrip(".") not in TITLES), len(wa))
            if apart != [given] or given >= len(wa) - 1:
                continue  # only the given name apart, a surname after it both write
            x, y = wa[given], wb[given]
            if _one_given_name(x, y) or not (_person(af.text) and _person(bf.text)):
                continue
            if texts is not None and (_opens(texts[0], af.text) or _opens(texts[1], bf.text)):
                continue
            out.append(Difference("name", af.text, bf.text, f"given name told two ways: {x} vs {y}"))
    return out


# the most characters a given name put for another spans in two sentences otherwise the same
REWRITE_STRETCH = 16
_OPENING = "\"“‘' "  # what may stand before a sentence's first word


def _opens(text: str, name: str) -> bool:
    """Does the name open the sentence (past its quotation marks)?"""
    return text.lstrip(_OPENING).startswith(name)
