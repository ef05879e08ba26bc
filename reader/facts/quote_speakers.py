"""When two articles give the same words to different speakers.

Two quotes are "the same words" when they share a run of two content stems (or all of
a short quote); then their speakers must share a name word, else the link shows who
each side says spoke: 'speaker of "totally unacceptable": Valls vs Fabius'.  A surname
written two ways is one speaker: the name rule shows the spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from reader.facts.countries import country_of
from reader.facts.namewords import _person_shape, content_tokens, person
from reader.facts.speech_patterns import ROLE_WORDS
from reader.model import Difference, Fact
from reader.spelling import near_spelling, transliteration
from reader.textnorm import fold


def same_words(a: Fact, b: Fact) -> bool:
    """Two quotes are one's words: all of a short one, or a run of two content words and two
    thirds of the shorter one's ("federal tax law" alone is the topic of two statements:
    "Congress alone has the responsibility of determining federal tax law" / "protections under
    federal tax law that all Americans deserve")."""
    wa, wb = str(a.value).split(), str(b.value).split()
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) <= 2:  # a short one's words as a run of the other ("a disaster", not "Obama's war")
        return any(long_[k : k + len(short)] == short for k in range(len(long_)))
    pairs_a = set(pairwise(wa))
    return any(p in pairs_a for p in pairwise(wb)) and 3 * len(set(short) & set(long_)) >= 2 * len(set(short))


def _named(facts: list[Fact], text: str = "") -> set[str]:
    """The content words of the names a sentence (or group) gives, but not of one it gives only as
    whom someone speaks for ("Carr, a spokesman for Mueller's office, said": not Mueller)."""
    return {
        t
        for f in facts
        if f.kind == "name" and not (text and _spoken_for(f.text, text))
        for t in (*content_tokens(f.text), *content_tokens(person(f.text)))
    }


def _spoken_for(name: str, text: str) -> bool:
    """Is every mention of ``name`` after "for", "to", "of" ("a spokesman for", "an aide to") or
    "told" (whom the speaker told), or before a role or a group of its own ("Trump lawyer Rudy
    Giuliani", "Grimes supporters"): someone the sentence names beside the speaker, not them?"""
    found = [m for m in re.finditer(re.escape(name), text)]
    return bool(found) and all(
        _FOR_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _theirs(text, m.end()) for m in found
    )


_FOR_BEFORE = re.compile(r"\b(?:for|to|of|told)\s+(?:the\s+)?$")
_AFTER = re.compile(r"(?:['’]s)?\s+([a-z-]+)")
# the groups a name may own, besides the roles of speakers: "Grimes supporters", "the Trump campaign"
_GROUPS = frozenset(
    "supporters supporter campaign allies ally administration family team staff voters".split()
)


def _theirs(text: str, end: int) -> bool:
    """Does a role or a group follow the name ending at ``end`` ("Trump lawyer", "Grimes supporters")?"""
    m = _AFTER.match(text, end)
    return m is not None and (m.group(1) in ROLE_WORDS or m.group(1) in _GROUPS)


def one_quotation(left: list[Fact], right: list[Fact]) -> Iterator[tuple[Fact, Fact]]:
    """Each quote of ``left`` and quote of ``right`` that tell the same words, both with a speaker."""
    for a in left:
        if a.kind != "quote" or not a.speaker:
            continue
        for b in right:
            if b.kind == "quote" and b.speaker and same_words(a, b):
                yield a, b


def speaker_diffs(
    left: list[Fact], right: list[Fact], left_text: str = "", right_text: str = ""
) -> list[Difference]:
    """Speakers of the same words that share no name word.  Not when a speaker is no
    person ("Congress", "The Washington Post": an organisation, a headline in capitals),
    nor when a sentence names the other side's speaker itself (the speaker taken from
    "Senator Ellis, the Democratic leader, said" is not a second person: "Ellis" is
    there)."""
    out = []
    named_l, named_r = _named(left, left_text), _named(right, right_text)
    for a, b in one_quotation(left, right):
        two = _addressed_apart(a.speaker_words, b.speaker_words)  # "Mrs. Clinton" / "Mr. Clinton"
        if not two and _one_speaker(content_tokens(a.speaker), content_tokens(b.speaker), named_l, named_r):
            continue
        if _one_country(a.speaker, b.speaker):
            continue  # "The Belarusian foreign ministry said" / "Minsk's ministry said": one state
        if not _person_shape(a.speaker) or not _person_shape(b.speaker):
            continue
        wa = a.speaker_words or a.speaker
        wb = b.speaker_words or b.speaker
        sa, sb = _as_named(wa, a.speaker), _as_named(wb, b.speaker)
        la, lb = a.speaker.split()[-1], b.speaker.split()[-1]
        if _misspelt(la, lb, least=_SHORT_SURNAME):
            # "Furey told" / "Fury told": one surname a letter apart, too short for the
            # name rule's spelling, shown as a spelling, not another person
            out.append(Difference("spelling", la, lb, f"name spelled two ways: {la} vs {lb}"))
            continue
        shared = _shared_phrase(a.text, b.text)
        out.append(Difference("speaker", wa, wb, f"speaker of “{shared}”: {sa} vs {sb}"))
    return out


_SHORT_SURNAME = 4  # "Fury": a surname this short may still be one a letter apart
# the forms of address of a man and of a woman: one surname after each names two people of one
# family ("Mrs. Clinton said" / "Mr. Clinton said", as the papers that write them name a couple)
_ADDRESS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _addressed_apart(a: str, b: str) -> bool:
    """Do two speakers' words address a man and a woman of one surname ("Mr. Clinton" / "Mrs. Clinton")?"""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return False
    ga, gb = _ADDRESS.get(wa[0].lower().rstrip(".")), _ADDRESS.get(wb[0].lower().rstrip("."))
    return ga is not None and gb is not None and ga != gb


def _as_named(words: str, speaker: str) -> str:
    """A speaker as the note names them: the words as written up to the person's name ("Senator
    Ellis"; "John Okafor", not "... of Lagos-based Sahel Research"), or the words with the person
    they stand for ("the senator (Ellis)")."""
    if person(words) != speaker:
        return f"{words} ({speaker})"
    at = words.find(speaker)
    return words[: at + len(speaker)] if at >= 0 else words


def _one_speaker(ta: Sequence[str], tb: Sequence[str], named_l: set[str], named_r: set[str]) -> bool:
    """May two speakers' words name one person: a word in common, or one side naming the
    other's speaker in its sentence?  Two full names that share only a given name ("Mike
    Sommers" / "Mike Wirth") are two people: the surname decides."""
    if not ta or not tb:
        return True
    if len(ta) >= 2 and len(tb) >= 2 and ta[-1] != tb[-1] and ta[-1] not in tb and tb[-1] not in ta:
        if ta[-2] == tb[-2] and (_misspelt(ta[-1], tb[-1]) or transliteration(ta[-1], tb[-1])):
            # "Scott Shackford" / "Scott Shackleford": one person, a name's spelling; "Volodymyr
            # Zelensky" / "Volodymyr Zelenskyy": one person, two romanisations (ut38); the given
            # name is the word before the surname ("CEO Anders Lindquist", ut62)
            return True
        return ta[-1] in named_r or tb[-1] in named_l
    if (len(ta) == 1 or len(tb) == 1) and (_misspelt(ta[-1], tb[-1]) or transliteration(ta[-1], tb[-1])):
        return True  # a surname alone, written two ways: "Zelensky wrote" / "Zelenskiy wrote" (ut52)
    return bool(set(ta) & set(tb) or set(ta) & named_r or set(tb) & named_l)


def _one_country(a: str, b: str) -> bool:
    """Do two speakers stand for one country: its name, its people's adjective or its capital
    ("Peru" / "Lima", "Belarusian" / "Minsk"), as the wires let a state speak?"""
    ca = {country_of(w) for w in (a, *a.split())} - {""}
    return bool(ca) and not ca.isdisjoint({country_of(w) for w in (b, *b.split())})


def _misspelt(a: str, b: str, least: int = 5) -> bool:
    """Are two surnames of ``least`` letters or more one written two ways, as the name rule
    reads them (one edit apart: :func:`reader.textnorm.near_spelling`; five letters, the rule's
    own, by default)?  That rule shows the spelling; a speaker changed is another person."""
    if len(a) < least or len(b) < least:
        return False
    # (a surname's last vowel changed is its slip too, "Oduya" / "Oduye": another last vowel makes
    # two people only of given names, "Mario" / "Maria", which the speaker's surname is not, ut187)
    return near_spelling(a, b) or (len(a) == len(b) and a[:-1] == b[:-1] and {a[-1], b[-1]} <= set("aeiou"))


def _shared_phrase(a: str, b: str) -> str:
    """The longest run of words both quotes share, as the left quote writes it (its commas
    kept), for the note ('totally unacceptable'); a long one cut after a whole word."""
    ma = list(re.finditer(r"[\w'’-]+", a))
    fb = [fold(w)[:5] for w in re.findall(r"[\w'’-]+", b)]
    fa = [fold(m.group())[:5] for m in ma]
    best = (0, 0)
    for i in range(len(fa)):
        for j in range(len(fb)):
            k = 0
            while i + k < len(fa) and j + k < len(fb) and fa[i + k] == fb[j + k]:
                k += 1
            if k > best[1] - best[0]:
                best = (i, i + k)
    text = a[ma[best[0]].start() : ma[best[1] - 1].end()] if best[1] > best[0] else a
    if len(text) <= SHARED_SHOWN_MAX:
        return text
    return text[: SHARED_SHOWN_MAX + 1].rsplit(" ", 1)[0].rstrip(",;:") + " …"


# the most characters of a quote a speaker's note shows
SHARED_SHOWN_MAX = 40
