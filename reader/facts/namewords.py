"""What a name is made of: its folded words, its titles, the person in it, its initials.

Extraction, document context and comparison all ask the same questions of a name
("Charles H. Rivkin" and "Rivkin" are one name, "French Prime Minister Jean-Marc
Ayrault" is the person "Jean-Marc Ayrault", "NSA" is "National Security Agency"), so
the answers live here once.  Most are memoised: a long text repeats its names in
thousands of sentences and links.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from reader.facts.tables import WS
from reader.lang import NAME_CONNECTORS, ORG_WORDS, STATE_ABBREVIATIONS, TITLE_WORDS, TITLES
from reader.model import Fact
from reader.textnorm import fold

_CONNECTORS = frozenset(NAME_CONNECTORS)
# words left out of initials: "National Security Agency" -> NSA, "Bank of England" -> BE
_NOT_IN_INITIALS = ("of", "the", "and", "for", "de")


def strip_possessive(word: str) -> str:
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("s'", "s’")):
        return word[:-1]
    return word


@lru_cache(maxsize=8192)
def name_tokens(name: str) -> tuple[str, ...]:
    """Folded words of a name without initials: 'Charles H. Rivkin' -> (charles, rivkin).

    Dotted acronyms lose their dots ("U.S." -> "us") and possessives their "'s".
    """
    out = []
    for raw in name.split():
        w = fold(strip_possessive(raw)).strip(".,'-")
        if "." in w:
            w = w.replace(".", "")
            if len(w) < 2:
                continue
        if len(w) > 1:
            out.append(w)
    return tuple(out)


@lru_cache(maxsize=8192)
def content_tokens(name: str) -> tuple[str, ...]:
    """Name tokens without titles, demonyms and connectors: what identifies the bearer."""
    toks = [t for t in name_tokens(name) if t not in _CONNECTORS]
    while len(toks) > 1 and toks[0] in TITLES:
        toks = toks[1:]
    return tuple(toks)


def _acronyms(name: str) -> set[str]:
    """Initials of the name, also without leading titles ('US National Security Agency')."""
    words = [w for w in WS.split(name) if w and w.lower() not in _NOT_IN_INITIALS]
    out = set()
    while len(words) >= 2:
        out.add("".join(w[0] for w in words).upper())
        if fold(words[0]).strip(".") not in TITLES and not words[0].isupper():
            break
        words = words[1:]
    return out


def is_acronym(word: str) -> bool:
    w = word.replace(".", "")
    return 2 <= len(w) <= 6 and w.isupper() and w.isalpha()


def same_name(a: Fact, b: Fact) -> bool:
    """Variants of one name: equal, one within the other, or an acronym of it.

    'Charles H. Rivkin' = 'Charles Rivkin' = 'Rivkin'; 'NSA' = 'National Security Agency';
    'U.N.' = 'UN' = 'United Nations'; titles do not count ('President Obama' = 'Obama').
    """
    return same_name_text(a.text, b.text)


@lru_cache(maxsize=65536)
def same_name_text(a_text: str, b_text: str) -> bool:
    if state_name(a_text) == state_name(b_text) != "":
        return True  # "Fla." / "Florida", "La." / "Louisiana"
    # a state abbreviated in a place ("Tampa, Fla." / "Tampa, Florida"), a title in a name
    # ("Alaska Sen. Lisa Murkowski" / "Alaska Senator Lisa Murkowski")
    ta = {TITLE_WORDS.get(t) or STATE_ABBREVIATIONS.get(t, t) for t in content_tokens(a_text)}
    tb = {TITLE_WORDS.get(t) or STATE_ABBREVIATIONS.get(t, t) for t in content_tokens(b_text)}
    if not ta or not tb:
        return False
    if ta <= tb or tb <= ta:
        return True
    ua, ub = a_text.replace(".", ""), b_text.replace(".", "")
    if is_acronym(a_text) and ua in _acronyms(b_text):
        return True
    return bool(is_acronym(b_text) and ub in _acronyms(a_text))


def state_name(name: str) -> str:
    """The state a name is, written whole or abbreviated ("Fla.", "Florida"), else ''."""
    folded = fold(name).replace(".", "").replace("'", "").strip()
    return STATE_ABBREVIATIONS.get(folded, folded if folded in _STATES else "")


# the states written whole (AP style abbreviates none of these seven) and the abbreviated ones
_STATES = frozenset(STATE_ABBREVIATIONS.values()) | {
    "alaska",
    "hawaii",
    "idaho",
    "iowa",
    "maine",
    "ohio",
    "utah",
}


@lru_cache(maxsize=4096)
def person(name: str) -> str:
    """Strip titles and demonyms: 'French Prime Minister Jean-Marc Ayrault' -> 'Jean-Marc Ayrault'."""
    words = [strip_possessive(w) for w in name.split()]
    while len(words) > 1 and fold(words[0]) in TITLES:
        words = words[1:]
    # an office named by its field before the title ("Labor Secretary Hilda Solis", "Housing
    # and Urban Development Secretary Julián Castro"): the person is the words after it
    last = max((i for i in range(1, len(words) - 2) if fold(words[i]) in TITLES), default=0)
    if last:
        words = words[last + 1 :]
    # "Director of National Intelligence James Clapper": keep the personal part; a person's
    # name before "of" is the person ("Nanette Lee Miller of Marcum LLP": not the firm)
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1].lower() in ("of", "for"):
            before = words[: i - 1]
            if len(before) >= 2 and not any(fold(w) in TITLES | ORG_WORDS for w in before):
                words = before
                break
            rest = words[i:]
            while len(rest) > 1 and fold(rest[0]) in TITLES | ORG_WORDS | {"national", "state"}:
                rest = rest[1:]
            if len(rest) >= 2:
                words = rest
            break
    return " ".join(words)


def looks_like_person(name: str, known: set[str]) -> bool:
    """A guess good enough for pronouns: two capitalised words and no organisation word,
    a title ("President Obama") or a surname already seen on a person."""
    shape = _person_shape(name)
    return shape == "+" or (bool(shape) and shape in known)


@lru_cache(maxsize=8192)
def _person_shape(name: str) -> str:
    """'+' for a person, '' for not one, else the single word that is one if known."""
    toks = content_tokens(person(name))
    if not toks or any(t in ORG_WORDS for t in toks) or name.isupper():
        return ""
    if name.split()[0].lower() in ("der", "le", "la", "el", "the", "die", "los"):
        return ""
    if len(toks) >= 2 or len(name_tokens(name)) > len(toks):
        return "+"
    return toks[0]


# a name word from this many letters is compared on its own; a shorter one ("Ryan", "Jon")
# only beside another word of the name that both sides write (compare_names)
SPELL_LONG = 5
SPELL_SHORT = 3


@lru_cache(maxsize=8192)
def spell_word(raw: str, least: int = SPELL_LONG) -> str:
    """The folded form of a name word that spelling checks compare ('' when not one): of
    ``least`` letters or more, not an acronym, a title or a connector."""
    w = fold(strip_possessive(raw)).strip(".,'-")
    if len(w) < least or not w.isalpha() or is_acronym(raw.strip(".,")) or w in TITLES or w in _CONNECTORS:
        return ""
    return w


@lru_cache(maxsize=8192)
def spell_words(name: str) -> tuple[str, ...]:
    """The words of a name that spelling checks compare (folded, three letters or more),
    and each two neighbours as one ("jon smith"): the near spellings an article lists for
    a name (``Fact.alternatives``) then say whether it writes "Jon Smith" and "John Smith",
    two people, and not only "John Kasich" beside "Jon Smith"."""
    words = [w for w in (spell_word(p, SPELL_SHORT) for p in WS.split(name)) if w]
    return (*words, *(f"{a} {b}" for a, b in pairwise(words)))
