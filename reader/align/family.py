"""Word families across the two sides: "plea" meets "pleaded", "quake" meets "earthquake".

The stem (:func:`reader.align.tokens.stem`) strips a few suffixes and keeps seven letters,
so two forms of one word often stay apart ("plea"/"plead", "senate"/"senator",
"approve"/"approval", "earthquake"/"quake").  A word found on one side only is merged with a
word of the other side when the two look like one family (a common beginning of
``family_prefix_min`` letters, or one word ends with the whole other: a compound) and the
word model (:func:`reader.align.meaning.word_vectors`, English only) puts them close:
"police"/"policy" share five letters but not their meaning (0.14), "state"/"statement" 0.01.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from reader.align.meaning import english, word_vectors
from reader.align.settings import Settings
from reader.align.tokens import Token, surfaces

Merge = tuple[str, str, float]


def _kin(a: str, b: str, prefix: int) -> bool:
    """One family by their letters: a common beginning, or a compound ending with the whole
    other word and at least ``prefix`` letters more ("earthquake"/"quake"; not "illegal"/"legal",
    "onboard"/"board": a short prefix negates or shifts the meaning)."""
    if a == b:
        return False
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < prefix:
        return False
    return short[:prefix] == long[:prefix] or (long.endswith(short) and len(long) - len(short) >= prefix)


def _names(toks: tuple[list[list[Token]], list[list[Token]]], settings: Settings) -> set[str]:
    """Keys written capitalised inside a sentence at least as often as not: a name has no
    family ("Booker" is no form of "booking", "Johnson" none of "John")."""
    named = {settings.name_weight, settings.acronym_weight}
    capital: dict[str, int] = defaultdict(int)
    plain: dict[str, int] = defaultdict(int)
    for side in toks:
        for ts in side:
            for j, (k, w) in enumerate(ts):
                if w in named:
                    capital[k] += 1
                elif j:  # a sentence's first word may be capitalised for its place alone
                    plain[k] += 1
    return {k for k, n in capital.items() if n >= plain[k]}


class Families:
    """Finds family merges between one side's one-sided words and the other side's words."""

    def __init__(
        self,
        texts: tuple[Sequence[str], Sequence[str]],
        toks: tuple[list[list[Token]], list[list[Token]]],
        settings: Settings,
    ) -> None:
        self.settings = settings
        names = _names(toks, settings)
        self.surface = {k: w for k, w in surfaces([*texts[0], *texts[1]], settings).items() if k not in names}

    def candidates(self, a: list[str], b: list[str]) -> set[tuple[str, str]]:
        """Pairs (word of a, word of b) of one family by their letters (:func:`_kin`)."""
        p = self.settings.family_prefix_min
        surface = self.surface
        by_start: dict[str, list[str]] = defaultdict(list)
        # a word of 2p letters or more by its last p: a compound ending with a word of a has
        # that word's last p letters (one entry a word, not one per ending; _kin sorts them out)
        by_tail: dict[str, list[str]] = defaultdict(list)
        whole: dict[str, list[str]] = defaultdict(list)
        for w in b:
            sw = surface.get(w)
            if sw is not None:
                by_start[sw[:p]].append(w)
                whole[sw].append(w)
                if len(sw) >= 2 * p:
                    by_tail[sw[-p:]].append(w)
        cands: set[tuple[str, str]] = set()
        for w in a:
            sw = surface.get(w)
            if sw is None or len(sw) < p:
                continue
            # a common beginning, or a compound ending with the other word ("earthquake"/"quake")
            near = [*by_start.get(sw[:p], ()), *by_tail.get(sw[-p:], ())]
            near += [x for i in range(p, len(sw) - p + 1) for x in whole.get(sw[i:], ())]
            cands.update((w, x) for x in near if _kin(sw, surface[x], p))
        return cands

    def __call__(self, a: list[str], b: list[str]) -> list[Merge]:
        """(word of a, word of b, weight): each word of ``a`` its best kin in ``b``, each word of
        ``b`` taken once."""
        s = self.settings
        surface = self.surface
        cands = self.candidates(a, b)
        if not cands:
            return []
        words = sorted({w for pair in cands for w in pair})
        vecs = word_vectors([surface[w] for w in words])
        if vecs is None:
            return []
        at = {w: i for i, w in enumerate(words)}
        scored = sorted(
            ((float(vecs[at[x]] @ vecs[at[y]]), x, y) for x, y in cands), key=lambda t: (-t[0], t[1], t[2])
        )
        best: dict[str, Merge] = {}
        used: set[str] = set()
        for cos, x, y in scored:
            if cos < s.family_cosine_min:
                break
            if x not in best and y not in used:
                best[x] = (x, y, s.family_weight)
                used.add(y)
        return list(best.values())


def families(
    texts: tuple[Sequence[str], Sequence[str]],
    toks: tuple[list[list[Token]], list[list[Token]]],
    settings: Settings,
) -> Families | None:
    """The family finder for two English texts of news size, or None (then no family merges)."""
    if settings.family_cosine_min > 1 or sum(len(t) for t in texts) > settings.meaning_sentences_max:
        return None
    if not all(english(t, settings) for t in texts):
        return None
    return Families(texts, toks, settings)
