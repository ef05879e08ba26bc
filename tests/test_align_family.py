"""Word families across the two sides (reader.align.family), with sentences of our own.

A one-sided word merges with a form of it on the other side ("pleaded"/"plea") when the
letters and the word model (English, optional) agree; look-alikes of another meaning
("convention"/"conviction" by the model, "illegal"/"legal" by the letters) and names stay
apart.  Checked both ways round.
"""

from __future__ import annotations

import pytest

from reader.align import Settings, meaning, score_pairs
from reader.align.family import families
from reader.align.tokens import tokenizer
from reader.align.vocabulary import vocabulary

needs_model = pytest.mark.skipif(not meaning.available(), reason="reader[meaning] is not installed")

# A ferry captain's trial, told twice (our own invention).
TRIAL = [
    "The ferry captain pleaded guilty to negligence after the earthquake damaged the pier.",
    "The state said the smuggling was illegal and that Booking records were kept.",
]
COURT = [
    "After the quake wrecked the pier, the captain entered a guilty plea for negligence.",
    "A statement on smuggling called it legal, said Mr Booker, and he kept the records.",
]


def _merged(left: list[str], right: list[str]) -> set[tuple[str, str]]:
    """Pairs of keys (left, right) that end up with one id."""
    tok = tokenizer()
    lt, rt = [tok(t, ()) for t in left], [tok(t, ()) for t in right]
    kin = families((left, right), (lt, rt), Settings())
    assert kin is not None
    lids, rids, _ = vocabulary(lt, rt, Settings(), kin)
    return {(a, b) for a, i in lids.items() for b, j in rids.items() if i == j and a != b}


@needs_model
def test_forms_of_one_word_meet_both_ways() -> None:
    merged = _merged(TRIAL, COURT)
    assert {("plead", "plea"), ("earthqu", "quake")} <= merged
    swapped = _merged(COURT, TRIAL)
    assert {("plea", "plead"), ("quake", "earthqu")} <= swapped


@needs_model
def test_look_alikes_names_and_negations_stay_apart() -> None:
    for merged in (_merged(TRIAL, COURT), {(b, a) for a, b in _merged(COURT, TRIAL)}):
        keys = {k for pair in merged for k in pair}
        assert not keys & {"state", "stateme", "illegal", "legal", "booking", "booker"}


@needs_model
def test_one_beginning_and_another_meaning_stay_apart() -> None:
    # "convention"/"conviction" share four letters (and are too far apart in spelling to be
    # one word misspelt); the word model puts them far apart: only it keeps them apart
    left = ["The harbour convention drew crowds to the pier on Sunday."]
    right = ["The harbour conviction drew crowds to the pier on Sunday."]
    keys = {k for pair in _merged(left, right) | _merged(right, left) for k in pair}
    assert not keys & {"convent", "convict"}


@needs_model
def test_a_family_raises_the_score_of_the_pair_that_tells_one_fact() -> None:
    def cos(left: list[str], right: list[str], family_cosine_min: float = 0.75) -> float:
        s = score_pairs(left, right, settings=Settings(family_cosine_min=family_cosine_min))
        at = [k for k in range(s.li.size) if (s.li[k], s.ri[k]) == (0, 0)]
        return float(s.raw[at[0]]) if at else 0.0

    for left, right in ((TRIAL, COURT), (COURT, TRIAL)):
        assert cos(left, right) > cos(left, right, family_cosine_min=2.0) + 0.05


def test_no_families_for_german_or_when_turned_off() -> None:
    german = ["Der Kapitän bekannte sich schuldig, das Beben beschädigte den Pier."]
    english = ["The captain pleaded guilty after the quake."]
    tok = tokenizer()
    toks = ([tok(t, ()) for t in german], [tok(t, ()) for t in english])
    assert families((german, english), toks, Settings()) is None
    toks_en = ([tok(t, ()) for t in english], [tok(t, ()) for t in english])
    assert families((english, english), toks_en, Settings(family_cosine_min=2.0)) is None


def test_the_candidates_are_every_pair_of_one_family_by_letters() -> None:
    # the index finds exactly the pairs a comparison of every word with every other finds
    from reader.align.family import Families, _kin

    words = [
        *"quake earthquake earthquakes plea plead pleaded state statement police policy".split(),
        *"board onboard legal illegal aftershock shock shocks ab abc abcd abcdabcd xabcd".split(),
    ]
    texts = ([" ".join(words[::2])], [" ".join(words[1::2])])
    tok = tokenizer()
    toks = ([tok(t, ()) for t in texts[0]], [tok(t, ()) for t in texts[1]])
    for p in (0, 1, 2, 4, 6):
        fam = Families(texts, toks, Settings(family_prefix_min=p))
        keys = sorted(fam.surface)
        found = fam.candidates(keys, keys)
        sf = fam.surface
        every = {(w, x) for w in keys for x in keys if len(sf[w]) >= p and _kin(sf[w], sf[x], p)}
        assert found == every, p
        assert p != 4 or ("earthqu", "quake") in found
