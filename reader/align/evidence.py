"""Evidence: what two sentences share, by kind, for the gate on weak links.

Two news articles about one event share names, places and days in nearly every sentence
("Trump", "White House", "Wednesday"), so a pair that shares only those says "same story",
not "same fact".  A link below the strong cosine must show a second signal of its own:

* enough shared *content words*: lower-case words that are neither names, nor calendar
  and time words ("year", "week"), nor stop words;
* or a shared number that tells a fact by itself (three digits or more but not a bare
  year, or a decimal: "348", "6.1"), or a shared fact key of the fact layer; "2016", "21"
  or "9/11" recur between two accounts of one event by chance, like a weekday.

A clause-window match (:mod:`reader.align.refine`) raises a pair's score but is no second
signal by itself: a window of a long sentence that matches on the story's names alone says
"same story" like any other sentence that does.

Which words are names is read from the texts: a key is a name when it is written
capitalised inside a sentence (the tokenizer gives it the name or acronym weight) in a good
share of the sentences that use it (``name_share_min``: "law" in one "Department of Law
Enforcement" among five "law enforcement" is a word), except in title-case lines (headlines
capitalise every word), and not at all in a language that capitalises its nouns (German):
there no word counts as a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.align.settings import Settings
from reader.align.tokens import Token, first_key, stem
from reader.textnorm import capitalises_nouns, title_case

_WORD = re.compile(r"[^\W\d_]{4,}")

# Calendar and time words: like names and days they place a sentence in the story, they do
# not say what happened.  Stems, as the tokenizer makes them.
_TIME_WORDS = frozenset(
    stem(w)
    for w in """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tomorrow tonight
    morning afternoon evening night day days week weeks month months year years hour hours
    minute minutes time times earlier later last next recent recently
    """.split()
)
_WORDS_ANY = re.compile(r"\w+")
# A number that tells a fact by itself: three digits or more but not a bare year ("348",
# "4,000"), with a decimal part ("6.1"), or a clock time to the minute ("3:33": a moment of
# the story both tell).  One or two digits recur by chance between two accounts of one event
# (a day of the month, an age, "9/11", "AK-47"); such a number counts when the fact layer
# gives it a meaning both sides share (a fact key, "@...").
_TELLING_NUMBER = re.compile(r"(?!(?:1[89]|20)\d\d$)\d{3,}|\d+[.,]\d+|\d{1,2}:\d\d")


# Function words that tell German from English (German writes every noun capitalised, so
# there a capital is no clue to a name).  A general fact of the two languages the aligner
# meets (news in English, DEplain in German), not of one text.
def _normal(text: str) -> str:
    return " ".join(_WORDS_ANY.findall(text.casefold()))


def _title_case(text: str, share: float) -> bool:
    return title_case(_WORD.findall(text), share)


def _names(
    texts: tuple[Sequence[str], Sequence[str]],
    toks: tuple[list[list[Token]], list[list[Token]]],
    ids: tuple[dict[str, int], dict[str, int]],
    s: Settings,
) -> set[int]:
    """Token ids written capitalised inside a sentence in at least ``name_share_min`` of the
    sentences that use them (a sentence's first word tells nothing, a title-case line neither).

    "Trump" and "Senate" are always capitalised; "law" is no name when one sentence names
    the "Department of Law Enforcement" and five others say "law enforcement".
    """
    named = {s.name_weight, s.acronym_weight}
    capital: dict[int, int] = {}
    lower: dict[int, int] = {}
    for side in (0, 1):
        m = ids[side]
        for text, ts in zip(texts[side], toks[side], strict=True):
            if not ts or _title_case(text, s.title_case_share_min):
                continue
            opening = first_key(text)
            for k, w in ts:
                if k not in m:
                    continue
                if w in named:
                    capital[m[k]] = capital.get(m[k], 0) + 1
                elif k != opening:
                    lower[m[k]] = lower.get(m[k], 0) + 1
    return {i for i, n in capital.items() if n >= s.name_share_min * (n + lower.get(i, 0))}


def telling(key: str) -> bool:
    """Is a token key a telling number: a fact key ("@...") or a figure :data:`_TELLING_NUMBER`?"""
    return key[0] == "@" or _TELLING_NUMBER.fullmatch(key) is not None


class Evidence:
    """Shared content words and shared numbers of a sentence pair, both sides tokenized once.

    Built when first asked (only texts that are not in order ask): a book never pays for it;
    the figures of one sentence (:meth:`other_figures`) are read alone, without the rest.
    """

    def __init__(
        self,
        texts: tuple[Sequence[str], Sequence[str]],
        toks: tuple[list[list[Token]], list[list[Token]]],
        ids: tuple[dict[str, int], dict[str, int]],
        settings: Settings,
    ) -> None:
        self.settings = settings
        self._inputs = (texts, toks, ids)
        self.content: tuple[list[frozenset[int]], list[frozenset[int]]] = ([], [])
        self.numbers: tuple[list[frozenset[int]], list[frozenset[int]]] = ([], [])
        self.keys: tuple[list[frozenset[int]], list[frozenset[int]]] = ([], [])
        self.values: tuple[list[frozenset[int]], list[frozenset[int]]] = ([], [])
        self._ready = False
        self._figures: dict[tuple[int, int], frozenset[int]] = {}
        self._nouns: bool | None = None

    def _nouns_capitalised(self) -> bool:
        if self._nouns is None:
            self._nouns = capitalises_nouns(text for side in self._inputs[0] for text in side)
        return self._nouns

    def _prepare(self) -> None:
        self._ready = True
        texts, toks, ids = self._inputs
        s = self.settings
        names = _names(texts, toks, ids, s)
        if self._nouns_capitalised():
            names = set()  # German capitalises every noun: capitals are no clue to names
        for side in (0, 1):
            m = ids[side]
            for ts in toks[side]:
                content, numbers, keys, values = [], [], [], []
                for k, _ in ts:
                    if k not in m or k[0] == "^":
                        continue
                    i = m[k]
                    keys.append(i)
                    if k[0].isdigit() or k[0] == "@":
                        values.append(i)
                        if telling(k):
                            numbers.append(i)
                    elif i not in names and k not in _TIME_WORDS:
                        content.append(i)
                self.content[side].append(frozenset(content))
                self.numbers[side].append(frozenset(numbers))
                self.keys[side].append(frozenset(keys))
                self.values[side].append(frozenset(values))

    def headline(self, side: int) -> tuple[frozenset[int], int]:
        """(the headline's sentences, the end of the lead) of one side; no headline: (empty, 0).

        Sentence 0 is a headline when it ends without a full stop, question or exclamation
        mark, or is in title case; a body copy of it (the same words) is the headline again,
        not a sentence of its own.  The lead is the ``lead_sentences`` sentences after the last
        headline sentence.
        """
        texts = self._inputs[0][side]
        if not texts:
            return frozenset(), 0
        first = texts[0].strip()
        share = self.settings.title_case_share_min
        if not self._nouns_capitalised():  # German capitals tell nothing of a headline
            share = max(share, self.settings.title_case_sentence_min)
        if first.endswith((".", "!", "?", '."', ".”", "?”", "!”")) and not _title_case(first, share):
            return frozenset(), 0
        key = _normal(first)
        copies = frozenset(
            i for i, t in enumerate(texts[: self.settings.lead_sentences + 2]) if _normal(t) == key
        )
        return copies, max(copies) + 1 + self.settings.lead_sentences

    def enough(self, left: int, right: int) -> bool:
        """Whether the pair shares a second signal besides names, places and days."""
        if not self._ready:
            self._prepare()
        if self.numbers[0][left] & self.numbers[1][right]:
            return True
        return len(self.content[0][left] & self.content[1][right]) >= self.settings.shared_content_words_min

    def shared(self, left: int, right: int) -> frozenset[int]:
        """Every key the pair shares (names, words, numbers), beside the other signals."""
        if not self._ready:
            self._prepare()
        return self.keys[0][left] & self.keys[1][right]

    def own_values(self, mine: int, theirs: int, *, side: int = 0) -> bool:
        """Whether sentence ``mine`` of ``side`` tells numbers (any: a year, a count, a fact key)
        of which sentence ``theirs`` of the other side tells none."""
        if not self._ready:
            self._prepare()
        own = self.values[side][mine]
        return bool(own) and own.isdisjoint(self.values[1 - side][theirs])

    def other_figures(self, mine: int, theirs: int, *, side: int = 0) -> bool:
        """Whether sentence ``mine`` of ``side`` tells figures (telling numbers) of which
        sentence ``theirs`` of the other side gives none."""
        own = self._figures_of(side, mine)
        return bool(own) and own.isdisjoint(self._figures_of(1 - side, theirs))

    def _figures_of(self, side: int, i: int) -> frozenset[int]:
        """The telling numbers of one sentence, read alone (cached)."""
        if self._ready:
            return self.numbers[side][i]
        got = self._figures.get((side, i))
        if got is None:
            _, toks, ids = self._inputs
            m = ids[side]
            got = frozenset(m[k] for k, _ in toks[side][i] if k in m and telling(k))
            self._figures[(side, i)] = got
        return got

    def thin(self, left: int, right: int) -> bool:
        """Whether the pair's second signal is thin: no telling number, and no more than
        ``thin_words_max`` shared content words."""
        if not self._ready:
            self._prepare()
        if self.numbers[0][left] & self.numbers[1][right]:
            return False
        return len(self.content[0][left] & self.content[1][right]) <= self.settings.thin_words_max
