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
from reader.lang import ABBREVIATED_WORDS, ADDRESS_FORMS, INSTITUTION_WORDS, ORG_WORDS, TITLE_WORDS, TITLES
from reader.model import Difference, Fact
from reader.spelling import transliteration
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
_ADDRESSED = frozenset(TITLES | ADDRESS_FORMS) | frozenset(t + "." for t in TITLES | ADDRESS_FORMS)
# given names that share their first letters this far, the shorter with a pet form's ending,
# are one name's forms ("Kenny" / "Kenneth")
SHARED_START = 3
_PET_ENDINGS = ("y", "ie", "i")


def _one_given_name(a: str, b: str) -> bool:
    x, y = fold(a).strip("."), fold(b).strip(".")
    if len(x) <= 1 or len(y) <= 1:
        return True  # an initial
    if x.startswith(y) or y.startswith(x) or y in _SAME.get(x, ()) or transliteration(x, y):
        return True  # ... or one name romanised two ways ("Mohammed" / "Muhammad")
    if ABBREVIATED_WORDS.get(x, x) == ABBREVIATED_WORDS.get(y, y):
        return True  # a word and its abbreviation ("Mount Sefton" / "Mt Sefton")
    # the same first letters and a pet form's ending ("Kenneth" / "Kenny", "Katherine" /
    # "Kathy"); two full names may share theirs ("Anderson" / "Andrew", "Christine" / "Christopher")
    short = min(x, y, key=len)
    return x[:SHARED_START] == y[:SHARED_START] and short.endswith(_PET_ENDINGS)


def _title(word: str) -> str:
    """A title's abbreviation as the title: "Rep. Kenneth McCarthy" / "Representative Kevin
    McCarthy" are one title before two given names."""
    full = TITLE_WORDS.get(fold(word).rstrip("."))
    return full.title() if full else word


# titles written out, as :func:`_title` writes them ("Doctor", "Professor"): no given name
_FULL_TITLES = frozenset(t.lower() for t in TITLE_WORDS.values())


# a party before a name stands where a title does ("Democrat Bruce Braley", "Republican Tom Reyes")
_PARTY_WORDS = frozenset("democrat democratic republican gop".split())


def _a_title(word: str) -> bool:
    w = fold(word).rstrip(".")
    return w in TITLES or w in _FULL_TITLES or w in _PARTY_WORDS


def _same_after(texts: tuple[str, str], name_a: str, name_b: str) -> bool:
    """Is each name written once, the same word or mark right after both?"""
    after = []
    for text, name in zip(texts, (name_a, name_b), strict=True):
        if (at := _once(text, name)) < 0:
            return False
        after.append(text[at + len(name) :].split()[:1])
    return bool(after[0]) and after[0] == after[1]


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
    if not any(f.kind == "name" and " " in f.text for f in left):
        return []  # the cheap question first: a name of two words or more on the left
    kept = texts is not None and one_stretch_apart(*texts, REWRITE_STRETCH)
    if texts is not None and not kept and not _may_keep_phrases(*texts):
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
            # (past the last title: a portfolio before it is the title's, "Agriculture Minister Paulo ...")
            given = max((k + 1 for k, w in enumerate(wa[:-1]) if _a_title(w)), default=0)
            if apart != [given] or given >= len(wa) - 1:
                continue  # only the given name apart, a surname after it both write
            x, y = wa[given], wb[given]
            if _one_given_name(x, y) or not (_person(af.text) and _person(bf.text)):
                continue
            if any(g.kind == "name" and g.text == bf.text for g in left):
                continue  # this side names the other's too: two bearers ("Estelle Unit ... Stiles Unit")
            # (a title before both, the same, and the same word after: one office's holder, not a family;
            # "Attorney General Ken Paxton, who" / "... Kevin Paxton, who", "Democrat Bruce Braley a")
            titled = given > 0 and texts is not None and _same_after(texts, af.text, bf.text)
            if texts is not None and not titled and (_opens(texts[0], af.text) or _opens(texts[1], bf.text)):
                continue
            if (
                texts is not None
                and not kept
                and not titled
                and not (_surnamed(wa, given) and _in_one_phrase(texts, af.text, bf.text))
            ):
                continue
            out.append(Difference("name", af.text, bf.text, f"one {_what(wa)} for another: {x} vs {y}"))
    return out


def _what(words: list[str]) -> str:
    """What the note calls the word apart: a person's "given name"; the first word of a school's
    or a hospital's name ("Harrowfield Academy" / "Hartfield Academy") only a "name" (a
    different school, not a person's first name).  The note says "one ... for another": two
    people or places, not one name's two spellings."""
    last = words[-1].lower()
    return "name" if last in INSTITUTION_WORDS or last in ORG_WORDS else "given name"


# the most characters a given name put for another spans in two sentences otherwise the same
REWRITE_STRETCH = 16
_OPENING = "\"“‘' "  # what may stand before a sentence's first word


# a sentence reworded elsewhere that keeps the phrase around the name: this many words the same
# before it and one after ("co-host alongside Anderson Cooper for" / "... Andrew Cooper for")
PHRASE_BEFORE = 2


def _surnamed(words: list[str], given: int) -> bool:
    """A given name and a surname after it, nothing else ("Anderson Cooper"; not "Saul of
    Rehoboth", a name and a place, nor words across two sentences, "Higgaion. Selah")."""
    return all(w[:1].isupper() and w.isalpha() for w in words[given:])


def _may_keep_phrases(a: str, b: str) -> bool:
    """The cheap question first: do the two sentences share that many words at all?"""
    return len(set(a.lower().split()) & set(b.lower().split())) >= PHRASE_BEFORE + 2


def _in_one_phrase(texts: tuple[str, str], name_a: str, name_b: str) -> bool:
    """Do the two names stand between the same words, :data:`PHRASE_BEFORE` before and
    one after, in their sentences (each written once)?  Or, each set off by commas as who
    someone is, before the same verb ("the first lady, Melania Trump, questioned" / "the
    president's daughter, Ivanka Trump, questioned": the role changed with the name)?"""
    (a, b), around = texts, []
    for text, name in ((a, name_a), (b, name_b)):
        if (at := _once(text, name)) < 0:
            return False
        before = text[:at].lower().split()[-PHRASE_BEFORE:]
        after = text[at + len(name) :].lower().split()[:2]
        around.append((before, after))
    (before_a, after_a), (before_b, after_b) = around
    if not after_a or after_a[:1] != after_b[:1]:
        return False
    if len(before_a) == PHRASE_BEFORE and before_a == before_b:
        return True
    apposed = all(bf and bf[-1].endswith(",") and af[:1] == [","] for bf, af in around)
    return apposed and len(after_a) == 2 and after_a == after_b


def _once(text: str, name: str) -> int:
    """Where ``text`` writes ``name``, when it writes it once; else -1."""
    at = text.find(name)
    return at if at >= 0 and text.find(name, at + 1) < 0 else -1


def _opens(text: str, name: str) -> bool:
    """Does the name open the sentence (past its quotation marks)?"""
    return text.lstrip(_OPENING).startswith(name)
