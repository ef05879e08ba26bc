"""Facts of a whole article: what one sentence cannot know about itself.

:func:`extract_document` runs :func:`reader.facts.sentence.extract` on every sentence,
then adds what needs the sentences around it, in four passes:

* years carry over: a date without a year takes the year of the last full date before
  it (``year_inferred``);
* speakers carry over: a quote said by "he" is a person named earlier in the sentence,
  else the last person reported as saying something; and a capitalised first word that
  the article also writes in lower case ("Explain", "Review") is no name;
* alternative spellings: each name lists (``alternatives``) the near spellings of its
  words used elsewhere in the same article, so the spelling check can tell "one person
  spelled two ways" from "two people";
* ages of a surname alone: "Orozco, 27," opening a sentence is an age when the article names
  a person of that surname elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from reader.facts.extract_temporal import appositive_ages
from reader.facts.measures import unit_of
from reader.facts.namewords import content_tokens, looks_like_person, person, spell_words, strip_possessive
from reader.facts.quotations import quotations_across_sentences
from reader.facts.sentence import extract
from reader.facts.spans import Spans
from reader.facts.speech_patterns import QUOTED, SPEECH, SPEECH_RE
from reader.facts.values import ymd
from reader.model import Fact
from reader.spelling import near_spelling


@dataclass(slots=True)
class _Speakers:
    """Who spoke last, and the surnames already seen on people, as the article goes on."""

    last: str = ""
    known: set[str] = field(default_factory=set)
    # sentences since ``last`` was set: a "he said" further on may mean anyone
    age: int = 0

    def set(self, who: str) -> None:
        self.last, self.age = who, 0

    def go_on(self) -> None:
        """A sentence that tells of the recent speaker as "he" or "she" ("But he aimed his
        fire at ...", "The problem, he said, is ...") keeps them the one a pronoun means, across
        one sentence that does not name them ("The Democrats tax and spend.")."""
        if self.age <= 2:
            self.age = 0

    def recent(self) -> str:
        """Who a pronoun in this sentence may stand for: the speaker of this or the
        sentence just before, else nobody."""
        return self.last if self.age <= 1 else ""


def extract_document(sentences: Sequence[str], paragraphs: Sequence[int] | None = None) -> list[list[Fact]]:
    """Facts of every sentence, with document context (see the module docstring).

    * A date without a year takes the year of the last full date before it (the next year
      when it follows a later month in the same sentence: "December 10, 2012, to January 8").
    * A quote's speaker given as "he" is a person named earlier in the sentence, else the
      last person reported as saying something.
    * A capitalised first word that the article also uses in lower case ("Explain",
      "Review") is an ordinary word, not a name.
    * Each name word lists (``alternatives``) its near spellings used elsewhere in the
      article, so the spelling check can tell "one person spelled two ways" from "two people".
    """
    raw = [extract(t) for t in sentences]
    quotations_across_sentences(sentences, raw, paragraphs)
    lower_words = _lower_words(sentences, raw)
    # speakers only matter for quotes: a text without any (the Bible) skips the tracking
    quoted = any(f.kind == "quote" for facts in raw for f in facts)
    out: list[list[Fact]] = []
    last_year: int | None = None
    speakers = _Speakers()
    par = _real_paragraphs(paragraphs, len(sentences))
    for i, (text, facts) in enumerate(zip(sentences, raw, strict=True)):
        # a quotation standing alone right after a sentence that opens with one a speaker said,
        # in the same paragraph, goes on with it ('"We have not seen this," Chief Ortega said.
        # "The winds do what they want."')
        same_par = bool(par) and i > 0 and par[i] == par[i - 1] and _opens_quoted(sentences[i - 1])
        going_on = _first_speaker(out[-1]) if same_par else ""  # who said the quotation before
        speakers.age += 1
        pronoun = _pronoun_subject(text) if quoted and speakers.last else -1
        if pronoun >= 0:
            speakers.go_on()
        if not facts:
            out.append(facts)
            continue
        fixed, last_year = _carry_years(facts, last_year, lower_words)
        out.append(_track_speakers(text, fixed, speakers, pronoun, going_on) if quoted else fixed)
    _mark_alternative_spellings(out)
    _surname_ages(sentences, out)
    _bare_degrees(out)
    return out


def _bare_degrees(doc: list[list[Fact]]) -> None:
    """Temperatures in bare "degrees" take the one scale the article names elsewhere ("94 degrees
    Fahrenheit" ... "Overnight lows stayed near 68 degrees"): an American story writes the scale
    once; with no scale named, or both, they stay of no scale said."""
    scales = {
        u[1]
        for facts in doc
        for f in facts
        if f.kind == "number" and (u := unit_of(f.unit)) and u[0] == "temperature"
    }
    if len(scales) != 1:
        return
    scale = "degrees (Fahrenheit)" if scales == {unit_of("f")[1]} else "degrees (Celsius)"  # type: ignore[index]
    for facts in doc:
        for k, f in enumerate(facts):
            if f.kind == "number" and f.unit in ("degree", "degrees"):
                facts[k] = replace(f, unit=scale)


_WHO_AFTER = re.compile(r",\s+(?:who|whose|said|says|told|added)\b")
# a figure set off by commas after a word ("Orozco, 27"): two of them make a tally or a list
_SET_OFF = re.compile(r"[A-Za-z], \d{1,3}\b(?![.,]\d)")  # (not a decimal in a list: "points, 6.2 rebounds")
# a sentence opened by a surname and its comma, before the figure ("Orozco, " in "Orozco, 27,"),
# or the surname right after an opening phrase ("In his letter, Mattis, 68, said ...")
_OPENING_NAME = re.compile(r"(?:[^,;\"“]{1,60}[,;]\s)?[\"“‘'(]?[A-Z][\w'’-]*,\s")


_OWNER_PART = re.compile(r"['’]s\s")  # where a name's owner ends, before what it owns


def _surname_ages(sentences: Sequence[str], out: list[list[Fact]]) -> None:
    """'Orozco, 27, was found ...': a figure after a surname alone that opens a sentence (or
    follows its opening phrase: "On Monday, Orozco, 27, was found") is an age when the
    article names a person of that surname elsewhere ("Jose Luis Orozco"); one sentence
    cannot know it ("Arsenal, 3" is a score).  A list of such figures ("Washington, 12,
    Oregon, 10") is a tally."""
    # (and the owner of a possessive: "Prime Minister Daniel Okafor's Social Democrats", ut299)
    known = frozenset(
        toks[-1]
        for facts in out
        for f in facts
        if f.kind == "name"
        for name in {f.text, _OWNER_PART.split(f.text)[0]}
        if looks_like_person(name, set()) and (toks := content_tokens(person(name)))
    )
    if not known:
        return
    for i, (text, facts) in enumerate(zip(sentences, out, strict=True)):
        if ", " not in text or not any(f.kind == "number" and not f.unit for f in facts):
            continue  # no bare figure for an age to be
        ages: list[Fact] = []
        appositive_ages(text, ages, Spans(), known)
        two = _two_subjects(text, ages)
        if len(_SET_OFF.findall(text)) > 1 and not two:
            continue  # two figures set off by commas: a tally or a list
        if len(ages) == 1 and not (
            _OPENING_NAME.fullmatch(text, 0, ages[0].start)
            or text[ages[0].end :].strip() in ("", ".")
            or _WHO_AFTER.match(text, ages[0].end)
        ):
            continue  # (or that ends it: "... for Baric, 53.", ut205; or a clause of who or a verb of
            # saying follows it: "succeeds Marchetti, 58, who left", ut217; '"...," Raman, 46, told', ut209)
        for age in ages if len(ages) == 1 or two else ():
            # the figure the sentence's own reading took for a bare number becomes the age
            at = next(
                (
                    j
                    for j, f in enumerate(out[i])
                    if f.kind == "number" and not f.unit and (f.start, f.end) == (age.start, age.end)
                ),
                None,
            )
            if at is not None:
                out[i] = [*out[i][:at], age, *out[i][at + 1 :]]


# the second of two people, each with an age, opening the clause after a joint ("Okafor, 29, is
# now 24-1 ..., while Mendez, 36, has lost just twice")
_SECOND_SUBJECT = re.compile(r"[,;]\s+(?:while|and|but|whereas)\s+[A-Z][\w'’-]*,\s$")


def _two_subjects(text: str, ages: list[Fact]) -> bool:
    """Are ``ages`` two, the first after the surname opening the sentence, the second after the
    surname opening a clause of its own: each subject's age, no list?"""
    return (
        len(ages) == 2
        and _OPENING_NAME.fullmatch(text, 0, ages[0].start) is not None
        and _SECOND_SUBJECT.search(text, ages[0].end, ages[1].start) is not None
    )


def _carry_years(
    facts: list[Fact], last_year: int | None, lower_words: set[str]
) -> tuple[list[Fact], int | None]:
    """Dates without a year get the last one written; sentence-initial words the article
    also writes in lower case are dropped from the names.  Returns the facts and the year."""
    fixed: list[Fact] = []
    for f in facts:
        if f.kind == "date":
            y, mo, d = ymd(f)
            if y and not f.year_inferred:
                last_year = y
            elif not y and last_year:
                f = replace(f, value=(last_year, mo, d), year_inferred=True)
        elif f.kind == "name" and f.sentence_initial:
            low = strip_possessive(f.text.lower())
            if low in lower_words:
                continue
        fixed.append(f)
    return fixed, last_year


def _track_speakers(
    text: str, facts: list[Fact], speakers: _Speakers, pronoun: int = -1, going_on: str = ""
) -> list[Fact]:
    """Quotes said by a pronoun get the person it stands for; "X ... said" outside quotes
    makes X the current speaker for the sentences that follow.  A sentence that names another
    person and has no "he" or "she" of its own ends what a pronoun may mean ("Speaking on
    Monday, Senator Tom Harkness thanked the crews. He added: ..." is not the last speaker)."""
    # people named here, in order, for pronouns and later sentences
    people = [f for f in facts if f.kind == "name" and looks_like_person(f.text, speakers.known)]
    quoted = [(f.start, f.end) for f in facts if f.kind == "quote"]
    told = [p for p in people if not any(a <= p.start < b for a, b in quoted)]  # not "Tiger Woods" quoted
    if people:
        if told and pronoun < 0 and all(person(p.text) != speakers.last for p in told):
            speakers.age = max(speakers.age, 2)
        # a person named before the "he" of this sentence is who it means ("When the governor, Tom
        # Reyes, arrived, he called the bill bold"), not a name just before ", he said," (its topic)
        named = [p for p in told if p.end <= pronoun and text[p.end : pronoun].strip() != ","]
        if named:
            speakers.set(person(named[-1].text))
    final: list[Fact] = []
    for f in facts:
        if f.kind == "quote":
            if going_on and not f.speaker and f.speaker_span is None and _alone(text, f):
                f = replace(f, speaker=going_on)  # a quotation alone, going on with the one before
            if f.speaker_span is not None and not f.speaker:
                pos = f.speaker_span[0]
                # not a name just before ", he said,": what he speaks of ("Saying President
                # Obama, he said, was too simple an answer")
                before = [p for p in told if p.end <= pos and text[p.end : pos].strip() != ","]
                speaker = person(before[-1].text) if before else speakers.recent()
                if speaker:
                    f = replace(f, speaker=speaker)
            if f.speaker:
                speakers.set(f.speaker)
        final.append(f)
    if people:
        for p in people:
            speakers.known.update(content_tokens(person(p.text))[-1:])
        quoteless = not any(f.kind == "quote" for f in facts) and '"' not in text and "“" not in text
        if quoteless and _opens(text, people[0].start):
            # the person a sentence without quotes opens with, its subject ("Mr. Trump
            # praised the police.") is who a following "he said" most likely means; not a
            # name further on ("When Mr. Lee left, Ms. Cho ...", "on the National Mall"), nor
            # an owner before its person ("Harrowgate Lyle's senior partner Margaret Okonji")
            owner = _possessive(text, people[0].end) and len(people) > 1
            speakers.set(person(people[1 if owner else 0].text))
        for v in SPEECH_RE.finditer(text, people[0].end):
            at = v.start()
            if text.count('"', 0, at) % 2 or text.count("“", 0, at) > text.count("”", 0, at):
                continue
            if _PRONOUN_BEFORE.search(text, max(0, at - 5), at):
                continue  # "he said": the pronoun says it, not the name before it
            # not a name after an article: "a spokeswoman for the Harper campaign" names a
            # body, the person speaking is the one before ("Dana Cole, a spokeswoman ...")
            near = [p for p in people if p.end <= at and at - p.end <= 60]
            cands = [p for p in near if not _attributive(text, p.start) and not _possessive(text, p.end)]
            if cands:
                speakers.set(person(cands[-1].text))
    return final


# a text's paragraphs are its writer's when they hold this many sentences or fewer on average;
# more, and they are a page's text run together (one paragraph is no unit of one speaker's words)
PARAGRAPH_SENTENCES_MAX = 4


def _real_paragraphs(paragraphs: Sequence[int] | None, n: int) -> list[int]:
    """Each sentence's paragraph when the text has paragraphs of its writer's, else []."""
    if paragraphs is None or not n or len(set(paragraphs)) * PARAGRAPH_SENTENCES_MAX < n:
        return []
    return list(paragraphs)


def _first_speaker(facts: Sequence[Fact]) -> str:
    return next((f.speaker for f in facts if f.kind == "quote"), "")


def _opens_quoted(text: str) -> bool:
    return text.lstrip()[:1] in "\"“‘'"


def _alone(text: str, quote: Fact) -> bool:
    """Is the sentence the quotation and nothing more (its marks and end aside)?"""
    return not text[: quote.start].strip(" \"“‘'") and not text[quote.end :].strip(" \"”’'.!?,")


# words that may come before a sentence's subject
_OPENERS = frozenset("and but so then yet also meanwhile earlier later".split())
# "he" or "she" as the subject: opening the sentence (after a conjunction), or telling
# ("..., he said, ...") outside a quotation
_PRONOUN_OPENS = re.compile(r"(?:(?:and|but|so|then|yet|also)\s+)?(?:he|she)\b", re.I)
_PRONOUN_TELLS = re.compile(
    rf"\b(?:he|she)\s+(?:has\s+|had\s+)?(?:{SPEECH}|[a-z]+ed|held|told|gave|made|took|spoke|went)\b", re.I
)
_HE_OR_SHE = re.compile(r"\b[Ss]?[Hh]e\b")
_PRONOUN_BEFORE = re.compile(r"\b(?:he|she)\s+$", re.I)


def _pronoun_subject(text: str) -> int:
    """Where "he" or "she" stands as a subject of the sentence outside its quotations; -1 when
    nowhere (the quotations are blanked with spaces, so the offsets hold)."""
    if not _HE_OR_SHE.search(text):
        return -1  # most sentences: one plain search, not the patterns below
    if _PRONOUN_OPENS.match(text):
        return 0
    m = _PRONOUN_TELLS.search(text)
    if m is None or ('"' not in text and "“" not in text):
        return m.start() if m else -1
    blank = QUOTED.sub(lambda q: " " * len(q.group()), text)  # only then: a "he said" quoted is none
    m = _PRONOUN_TELLS.search(blank)
    return m.start() if m else -1


def _attributive(text: str, at: int) -> bool:
    """Is the name at ``at`` after an article ("the Harper campaign")?"""
    before = text[:at].split()
    return bool(before) and before[-1].lower() in ("the", "a", "an")


def _possessive(text: str, end: int) -> bool:
    """Does the name ending at ``end`` own what follows ("the attorney representing Christie's
    campaign, confirmed"): the owner, not the one who speaks?"""
    return text[end : end + 2] in ("'s", "’s")


def _opens(text: str, at: int) -> bool:
    """Does the name at ``at`` open its sentence (after a conjunction at most)?"""
    before = text[:at].strip(" ,").lower().split()
    return all(w in _OPENERS for w in before)


def _lower_words(sentences: Sequence[str], raw: list[list[Fact]]) -> set[str]:
    """Words the document writes in lower case, among the sentence-initial name candidates."""
    cands = {f.text.lower() for facts in raw for f in facts if f.kind == "name" and f.sentence_initial}
    if not cands:
        return set()
    cands = {strip_possessive(c) for c in cands}
    words = set(" ".join(sentences).split())
    found = set()
    for c in cands:
        if any(c + p in words for p in ("", ",", ".", ";", ":", "'s", "s")):
            found.add(c)
    return found


# a word of a name longer than this is no name ("Mayor Aaaa...aaa"): its deletion neighbourhood
# (its length squared in characters) is made for each call, never remembered
_ALT_KEYS_MEMO_MAX = 32


def _alt_keys(word: str) -> tuple[str, ...]:
    """Deletion neighbourhood of a word: two words one edit apart share a key (memoised for
    names of a usual length: an article's names come back in the other article and in the
    next comparison)."""
    return _alt_keys_memo(word) if len(word) <= _ALT_KEYS_MEMO_MAX else _deletions(word)


@lru_cache(maxsize=8192)
def _alt_keys_memo(word: str) -> tuple[str, ...]:
    return _deletions(word)


def _deletions(word: str) -> tuple[str, ...]:
    return (word, *(word[:i] + word[i + 1 :] for i in range(len(word))))


def _mark_alternative_spellings(out: list[list[Fact]]) -> None:
    """Fill ``alternatives`` of name facts: near spellings of their words in the same article.

    Candidates come from a deletion index (a word and each of its one-letter deletions),
    so the cost grows with the number of distinct name words, not with its square.
    """
    at: dict[str, list[int]] = {}  # each name as written -> the sentences that write it
    for i, facts in enumerate(out):
        for f in facts:
            if f.kind == "name":
                at.setdefault(f.text, []).append(i)
    words_of = {t: spell_words(t) for t in at}
    words = {w for ws in words_of.values() for w in ws}
    index: dict[str, list[str]] = {}
    for w in words:
        for k in _alt_keys(w):
            index.setdefault(k, []).append(w)
    alts_of: dict[str, set[str]] = {}
    for near in index.values():  # the words sharing a key: most keys have one word only
        if len(near) > 1:
            for w in near:
                for x in near:
                    if x != w and near_spelling(x, w):
                        alts_of.setdefault(w, set()).add(x)
    if not alts_of:
        return
    found: dict[str, tuple[str, ...]] = {}
    for t, ws in words_of.items():
        alts = set().union(*(alts_of.get(w, set()) for w in ws)) if ws else set()
        if alts:
            found[t] = tuple(sorted(alts))
    for i in {i for t in found for i in at[t]}:  # only the sentences that write such a name
        out[i] = [
            replace(f, alternatives=found[f.text]) if f.kind == "name" and f.text in found else f
            for f in out[i]
        ]
