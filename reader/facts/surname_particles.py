"""A surname with particles written apart on one side and joined on the other ("Del Giudice" /
"DelGiudice", "Van Buren" / "VanBuren"), and the note of a name spelled two ways, which
:mod:`reader.facts.compare_names` writes for these and its other spellings.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.facts.namewords import SPELL_LONG
from reader.model import Difference, Fact
from reader.textnorm import fold

# a capitalised name word: its first sentence, its spelling, the other words of its full name, and
# whether it opens that name as a given name
Word = tuple[int, str, frozenset[str], bool]


def spelled(a: str, b: str, how: str = "") -> str:
    """The note: a name spelled two ways, or (a digit apart) a model's name put for another
    ("A321neo" / "A320neo": two aircraft); one side's slip is a spelling
    (:func:`reader.facts.compare_names.slip_of`)."""
    what = "one name for another" if any(c.isdigit() for c in a + b) and not how.startswith("by") else ""
    return f"{what or 'name spelled two ways'}{' ' + how if how else ''}: {a} vs {b}"


def with_particle(word: str, name: str) -> str:
    """The word with the surname particles written before it in its name ("Van Buren" of
    "Martin Van Buren"), so that "Van Buren" / "VanBuren" shows both spellings whole."""
    words = name_parts(name)
    if word not in words:
        return word
    k = words.index(word)
    starts = particle_starts(words, k)
    return " ".join(words[starts[-1] if starts else k : k + 1])


def name_parts(name: str) -> list[str]:
    """A name's words without the punctuation around them."""
    return [w.strip(".,'’") for w in name.split()]


def particle_starts(words: list[str], k: int) -> list[int]:
    """Where the runs of surname particles before ``words[k]`` begin, nearest first ("De La
    Cruz": at "La", then at "De"); [] when no particle stands before it."""
    out: list[int] = []
    start = k
    while start > 0 and words[start - 1].lower() in SURNAME_PARTICLES:
        start -= 1
        out.append(start)
    return out


# the particles of surnames that are written apart or joined to the rest ("Del Giudice" /
# "DelGiudice", "Mc Kenna" / "McKenna", "Van Dyke" / "VanDyke"); two other words written as
# one are a hashtag or a handle ("#MittRomney"), or another name ("Whitehouse")
SURNAME_PARTICLES = frozenset("de del della di da du des dos la le van von der den mc mac st".split())


def _joined_words(doc: Sequence[Sequence[Fact]]) -> dict[str, tuple[int, str]]:
    """Each run of surname particles and the capitalised word after it in a name, written as
    one word and folded ("Del Giudice" -> "delgiudice", "De La Cruz" -> "delacruz" and
    "lacruz"): its first sentence and the words as written."""
    out: dict[str, tuple[int, str]] = {}
    for i, facts in enumerate(doc):
        for f in facts:
            if f.kind != "name":
                continue
            words = name_parts(f.text)
            for k, b in enumerate(words):
                if b[:1].isupper() and b.isalpha():
                    for start in particle_starts(words, k):
                        out.setdefault(
                            fold("".join(words[start : k + 1])), (i, " ".join(words[start : k + 1]))
                        )
    return out


def split_variants(
    left: Sequence[Sequence[Fact]],
    right: Sequence[Sequence[Fact]],
    lw: dict[str, Word],
    rw: dict[str, Word],
) -> list[tuple[int, int, Difference]]:
    """A surname one article writes as two words and the other as one ("Del Giudice" /
    "DelGiudice", "Mc Kenna" / "McKenna": :data:`SURNAME_PARTICLES`), of :data:`SPELL_LONG`
    letters or more, where the other article never writes it joined: (left sentence, right
    sentence, spelling).  ``lw``/``rw``: each side's capitalised name words
    (:func:`reader.facts.compare_names.name_variants` reads them)."""
    found: list[tuple[int, int, Difference]] = []
    for (two, one), flip in (((_joined_words(left), rw), False), ((_joined_words(right), lw), True)):
        mine = lw if not flip else rw
        for key, (i, written) in two.items():
            if len(key) < SPELL_LONG or key not in one or key in mine:
                continue
            j, word, _, _ = one[key]
            (li, a), (ri, b) = ((j, word), (i, written)) if flip else ((i, written), (j, word))
            found.append(
                (
                    li,
                    ri,
                    Difference("spelling", a, b, spelled(a, b, "across the articles")),
                )
            )
    return found
