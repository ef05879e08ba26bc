"""Headlines of other stories glued into the story: a run of words in capitals.

Some sites put a link to another of their stories between two paragraphs, set in capitals
and without a full stop ("... the governor said. SENATE PASSES THE BUDGET AFTER ALL-NIGHT
SESSION The vote came ..."); pasted as text it is glued to the sentences around it.  A
sentence of the story is not written in capitals, and one that shouts a word or two
("signs that read STOP THE CUTS.") has a lower-case word around it; a run of at least four
words in capitals between a sentence end and a sentence in ordinary case is such a link.
"""

from __future__ import annotations

import re

# a word without lower-case letters: capitals, digits, quotes, inner punctuation ("CNN'S",
# "‘NASTY", "F---ING", "U.S.", "$5M", "2024:")
_CAPS_WORD = r"[‘'\"“(]?[A-Z0-9$][A-Z0-9$%&.,:;'’‘\"“”()\-–—/]*"
# a whole run of such words, each taken once (possessive: a run is never rescanned from
# each of its words, which made a long line of capitals quadratic: 45 s for 50,000 characters)
# Written as rf"(?-i:(?<![^\s])(?:{_CAPS_WORD}(?=\s|$)\s*)++)" would be, but opening with the
# class of a run's first character, so ``re`` skips to those characters in C instead of
# trying every position (2.5 times faster, the same matches): the look-behind after it asks
# what the plain form asks before it (the line's start or a space), then a quote mark or
# bracket must be followed by a capital, and the first word goes on as _CAPS_WORD does.
_CAPS_RUN = re.compile(
    r"(?-i:[‘'\"“(A-Z0-9$](?<![^\s].)(?:(?<=[‘'\"“(])[A-Z0-9$]|(?<=[A-Z0-9$]))"
    r"[A-Z0-9$%&.,:;'’‘\"“”()\-–—/]*(?=\s|$)\s*"
    rf"(?:{_CAPS_WORD}(?=\s|$)\s*)*+)"
)
# what follows the link is a sentence in ordinary case: a capital, then lower-case letters,
# or an acronym and a word in lower case ("RMT organiser Dan Pike said ...")
_ORDINARY = re.compile(r"[\"“‘'(]?[A-Z][A-Z’'.\-]*[a-z]")
_ACRONYM_THEN_LOWER = re.compile(r"[A-Z]{2,3}\s+[a-z]")
# a short acronym at the run's end starts the next sentence ("... TOWN HALL CLASH CNN CEO
# Chris Licht defended ..."), and so does "A" or "I": a headline rarely ends on one
_ACRONYM = re.compile(r"[A-Z]{2,3}")
# words that open a sentence: an acronym before one of them ends the headline ("... NEAR
# 40-YEAR HIGH The prices ...")
_OPENERS = frozenset("The A An He She It They We I In On At But And This That His Her Their".split())


def _starts_sentence(word: str, rest: str) -> bool:
    """The run's last word belongs to the sentence after it (``rest`` is the text after it)."""
    if word in ("A", "I"):
        return True
    following = rest.split(None, 1)
    return (
        bool(_ACRONYM.fullmatch(word))
        and bool(following)
        and following[0][:1].isupper()  # not a quotation: 'GET THE APP "We ...'
        and following[0] not in _OPENERS
    )


_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "U.S." inside a link does not end a sentence
_CLOCK = re.compile(r"\d[:.]\d\d")  # "UPDATED: MAY 3, 2013, 9:56 AM" is a stamp, cut as one
TEASER_WORDS_MIN = 4
TEASER_CAPITALS_MIN = 15  # letters in capitals: four words of two or three letters are an acronym list


def _followed_by_a_sentence(text: str, words: list[re.Match[str]], at: int) -> list[re.Match[str]]:
    """The run's words up to where a sentence in ordinary case follows: after the whole run, or
    before its last word when that is an acronym opening the sentence ("... RMT organiser");
    none when no sentence follows."""
    if not words:
        return []
    after = text[at + words[-1].end() :].lstrip()
    if _ORDINARY.match(after):
        return words
    if len(words) > 1 and _ACRONYM_THEN_LOWER.match(text, at + words[-1].start()):
        return words[:-1]
    return []


def caps_teasers(text: str) -> list[tuple[int, int, str]]:
    """Runs of capitals between a sentence end (or the line's start) and a sentence."""
    cuts: list[tuple[int, int, str]] = []
    for m in _CAPS_RUN.finditer(text):
        if len(m.group().split()) < TEASER_WORDS_MIN:
            continue  # a number, "A", "US": most runs are one word
        words = _followed_by_a_sentence(text, list(re.finditer(r"\S+", m.group())), m.start())
        if len(words) < TEASER_WORDS_MIN:
            continue
        if words[0].group()[:1] in "\"“'‘" and words[-1].group()[-1:] in "\"”'’":
            continue  # a quotation in capitals ('"LOCK HER UP" Trump smiled'), the story's own
        # a number that ends the sentence before is no part of the link ("... under 18. LINK")
        ends = [
            k for k, w in enumerate(words) if w.group()[-1] in ".!?" and not _INITIALS.fullmatch(w.group())
        ]
        if ends:
            words = words[ends[-1] + 1 :]
        start = m.start() + words[0].start() if words else m.end()
        prior = text[:start].rstrip()
        if not words or (prior and prior[-1] not in '.!?"”’)') or _CLOCK.search(m.group()):
            continue  # inside a sentence (a name or a shout), or a stamp in capitals
        while len(words) > TEASER_WORDS_MIN and _starts_sentence(
            words[-1].group(), text[m.start() + words[-1].end() :]
        ):
            words.pop()
        last = words[-1].group()
        capitals = sum(c.isupper() for c in text[start : m.start() + words[-1].end()])
        if len(words) < TEASER_WORDS_MIN or capitals < TEASER_CAPITALS_MIN or last[-1] in ".!?":
            continue
        cuts.append((start, m.start() + words[-1].end(), "link to another story, in capitals"))
    return cuts
