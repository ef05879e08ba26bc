"""Finding quotes and who says them.

A quote's value is the 5-letter stems of its content words, so two articles quoting
the same words in other punctuation compare equal.  Its speaker is found in the same
sentence ('"...," Valls told Europe 1 radio', 'Ayrault said he was "deeply shocked"');
a pronoun speaker ("he told reporters") is resolved later from the document context
(:mod:`reader.facts.document`).  ``speaker_words`` and ``speaker_span`` keep the words as
written, ``speaker`` the person they name with titles stripped.
"""

from __future__ import annotations

import re

from reader.facts.namewords import _person_shape, looks_like_person, person
from reader.facts.speech_patterns import AFTER_QUOTE, AFTER_QUOTE_APPOSED, PRONOUN_BEFORE, QUOTE, SPEECH_RE
from reader.facts.tables import CONTENT_WORD
from reader.lang import QUOTE_STOP_WORDS, SUBJECT_PRONOUNS
from reader.model import Fact
from reader.textnorm import fold


def _quote_words(q: str) -> tuple[str, ...]:
    """Content stems of a quote: what "the same words" means when comparing speakers."""
    return tuple(w[:5] for w in CONTENT_WORD.findall(fold(q)) if w not in QUOTE_STOP_WORDS)


def quotes(text: str, facts: list[Fact]) -> None:
    names = [f for f in facts if f.kind == "name"]
    for m in QUOTE.finditer(text):
        f = said(text, m.start("q"), m.end("q"), m.start(), m.end(), names)
        if f is not None:
            facts.append(f)


def said(text: str, a: int, b: int, qs: int, qe: int, names: list[Fact]) -> Fact | None:
    """The quote of ``text[a:b]`` (its marks at ``qs`` and ``qe``, the text's ends where it
    has none) with its speaker when the sentence names one; None when it holds no words."""
    while b > a and text[b - 1] in " ,.;:!?":
        b -= 1
    while a < b and text[a] == " ":
        a += 1
    words = _quote_words(text[a:b])
    if not words:
        return None  # "US-985D": a code name, not words anyone said
    value = " ".join(words)
    who = _speaker(text, qs, qe, names)
    if who is None:
        return Fact("quote", text[a:b], a, b, value)
    w, ws, we = who
    speaker = "" if w.lower() in SUBJECT_PRONOUNS else person(w)
    return Fact("quote", text[a:b], a, b, value, speaker=speaker, speaker_words=w, speaker_span=(ws, we))


def _speaker(text: str, qs: int, qe: int, names: list[Fact]) -> tuple[str, int, int] | None:
    """Who says the quote at ``text[qs:qe]``: the words naming them and their span.

    '"...," Valls told Europe 1 radio' / '"...," he told reporters' / '"...," said Valls' /
    'Ayrault said he was "deeply shocked"' / 'Valls, said ... were "shocking."' /
    '"...," the lawyer, Mark Sheridan, said' / '"...," Mark Sheridan, a lawyer, said'.
    """
    m = AFTER_QUOTE.match(text, qe)
    if m is None:
        m = AFTER_QUOTE_APPOSED.match(text, qe)
        if m is not None and not _names_in(m, names):
            return None  # a role set off by commas, but no name fact inside: too unsure
    if m is None and (tail := _WRITER_TAIL.match(text, qe)):
        # the writer's clause goes on a few words before the speaker: '"... release" of the
        # report, said Gary Steinberg': only a name fact speaks there
        m = AFTER_QUOTE.match(text, tail.end())
        if m is not None and not _names_in(m, names):
            m = None
    if m:
        g = "who" if m.group("who") else "who2"
        ws, we = m.start(g), m.end(g)
        # the whole name fact, titles included; of several in the run, the last: the person
        # comes after the office ("Housing and Urban Development Secretary Julián Castro")
        inside = _names_in(m, names)
        if inside:
            n = inside[-1]
            return n.text, n.start, n.end
        word = m.group(g)
        if word[0].isupper() and word.lower() not in SUBJECT_PRONOUNS:
            return None  # "The Times" etc. without a name fact: too unsure
        return word, ws, we
    said_by = _PARTICIPLE.search(text, max(0, qs - 60), qs)
    # "Manchin slammed the memo, saying, "...": the speaker is the clause's subject
    if said_by is not None and len(text[qs:qe].split()) >= _SAID_WORDS_MIN:
        first = [n for n in names if said_by.start() - _CLAUSE_REACH <= n.end <= said_by.start()]
        if first:  # the first name, not the last: "Yahweh spoke to Moses, saying, "..."
            n = _office_holder(text, first)
            return n.text, n.start, n.end
    verbs = list(SPEECH_RE.finditer(text, 0, qs))
    if not verbs and (opener := _colon_subject(text, qs, names)) is not None:
        return opener.text, opener.start, opener.end
    if not verbs:
        # "Mattioli praised the group “for ...”", "Ames called the ruling “a disgrace”": the
        # subject of a verb that quotes its object's words, the quote right after the object
        near = list(_QUOTING_VERB.finditer(text, max(0, qs - _QUOTING_REACH), qs))
        v = near[-1] if near and not _BREAK.search(text, near[-1].end(), qs) else None
        subject = _subject(text, v.start(), names) if v else None
        return (subject.text, subject.start, subject.end) if subject else None
    v = verbs[-1]
    pm = PRONOUN_BEFORE.search(text, max(0, v.start() - 20), v.start())
    if pm:
        return pm.group(1), pm.start(1), pm.end(1)
    subject = _subject(text, v.start(), names)
    return (subject.text, subject.start, subject.end) if subject else None


# a quote opened by a participle of saying right before its mark: the speaker is the subject
# of the clause it hangs on ("Manchin slammed the memo, saying, "I am appalled ...")
_PARTICIPLE = re.compile(
    r"\b(?:saying|adding|writing|declaring|insisting|warning|noting)(?:\s+[\w’'-]+){0,5}?\s*[,:]?\s*$"
)  # "saying, ", "saying in a press release, "
_CLAUSE_REACH = 80  # characters back from the participle that its clause's subject may end
# ... for a quotation of a few words at least: "saying she feels “exhilarated”" quotes a word
# inside the writer's own clause, whose subject may be a description ("The California Democrat")
_SAID_WORDS_MIN = 4
# verbs whose object's words are the subject's, quoted right after it (a few words on, no
# sentence break): "praised the NRA “for ...”", "called the ruling “a disgrace”"
_QUOTING_VERB = re.compile(
    r"\b(?:praised|called|described|dismissed|denounced|blasted|slammed|criticized|criticised|hailed|"
    r"lauded|thanked|urged|accused|labeled|labelled|branded|termed)\b"
)
_BREAK = re.compile(r"[.!?“”\"]")
_QUOTING_REACH = 70  # characters before the quote's mark the verb may stand
# a few words of the writer's own after a quote, up to a comma: '"..." of the report, said ...'
_WRITER_TAIL = re.compile(r"[^\"“”.;:!?,]{1,40},")
# an aside set off by commas just before the speech verb: "Smith, a lawyer for Jones, said"
_ASIDE = re.compile(r",(?P<aside>[^,]*),\s*$")
_ASIDES_MAX = 3
_LOWER_WORD = re.compile(r"\b[a-z]")
# the words between a person's name and the body they are of ("Mary Lee of the Teachers Union")
_AFFILIATION = re.compile(r",?\s+(?:of|from|at|with)\s+(?:the\s+)?")
# the parts of one body's name ("for" joins no person's name: "Lisbon Centre for Energy Studies")
_BODY_JOIN = re.compile(r"\s+(for|of|and|on|&)\s+(?:the\s+)?")


# a clause that opens with its speaker and ends in a colon right before the quote: "Vasquez put
# it bluntly: "..."", "The mayor, Ana Ruiz, was clear: "..."" (a few words, no other verb of saying)
_COLON_BEFORE = re.compile(r":\s*$")
_COLON_CLAUSE_WORDS_MAX = 8


def _colon_subject(text: str, qs: int, names: list[Fact]) -> Fact | None:
    """The name that opens the clause a colon ends right before the quote at ``qs``, its clause
    of a few words (the sentence's start or after a semicolon); else None."""
    if not _COLON_BEFORE.search(text, max(0, qs - 3), qs):
        return None
    start = max(text.rfind(";", 0, qs), text.rfind(". ", 0, qs) + 1, 0)
    clause = text[start:qs]
    if len(clause.split()) > _COLON_CLAUSE_WORDS_MAX or '"' in clause or "“" in clause:
        return None
    opening = [n for n in names if start <= n.start < qs and not text[start : n.start].strip(" ;,")]
    return opening[0] if opening and _person_shape(opening[0].text) else None  # a person, not a body


def _subject(text: str, verb: int, names: list[Fact]) -> Fact | None:
    """The name speaking through the verb at ``verb``: the last one shortly before it, but not
    one inside an aside that opens with other words ("Sanders, campaigning in San Francisco,
    told"; "Smith, a lawyer for Jones, said"): the speaker is then the name before the aside,
    or unknown ("The senator, campaigning in Ohio, said").  A name that opens the aside is an
    apposition and speaks ("The lawyer, Mark Sheridan, said"), but not a body's name in the
    possessive ("Julian Reed, NHS England's medical director, said": Reed speaks)."""
    cands = [n for n in names if n.end <= verb and verb - n.end <= 60 and not _a_place(text, n)]
    if not cands:
        return None
    n = cands[-1]
    if _DESCRIBED_SUBJECT.match(text, n.end, verb):
        return None  # "In a statement issued by Saracens, the flanker said": the flanker, unnamed
    i, body = len(cands) - 1, not looks_like_person(n.text, set())
    while i > 1 and (join := _BODY_JOIN.fullmatch(text, cands[i - 1].end, cands[i].start)):
        if join.group(1) != "for" and looks_like_person(cands[i - 1].text, set()):
            break
        i, body = i - 1, True  # a body's name in parts ("the Dublin Institute for Fiscal Studies", ut242)
    if i > 0 and body and _AFFILIATION.fullmatch(text, cands[i - 1].end, cands[i].start):
        n = cands[i - 1]  # "Mary Lee of the Teachers Union said": the person, not the body she is of
    end = verb
    for _ in range(_ASIDES_MAX):  # (asides one after another: "Ana Ruiz, research director at the
        # Center for Media Law, a Boston nonprofit, said": Ruiz speaks, ut202)
        m = _ASIDE.search(text, max(0, n.start - 200), end)
        owns = text.startswith(("'s", "’s"), n.end)  # "NHS England's medical director": a body, no apposition
        if (
            m is None
            or n.start < m.start("aside")
            or not (owns or _LOWER_WORD.search(text, m.start("aside"), n.start))
        ):
            return n
        before = [b for b in names if b.end <= m.start() and m.start() - b.end <= 60]
        if not before:
            return None
        if text.startswith(("'s ", "’s "), before[-1].end):
            return n  # "Kovalenko's coach, former player Mark Whitfield, said": the coach, named in the aside
        n, end = before[-1], m.start() + 1
    return n


# a name that says where, not who: after "in" ("based in Ohio"), a state after the city a body is
# based in ("based in Columbus, Ohio, said"), or an adjective of place ("the Columbus, Ohio-based firm")
_IN_BEFORE = re.compile(r"\bin\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")
_IN_CITY_BEFORE = re.compile(
    r"\b(?:based|headquartered|located)\s+in\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*,\s+$"
)


# a clause's own subject told by a description after an opening phrase that ends on a name: the
# name is the phrase's ("issued by Saracens, the flanker said"; "Speaking in Lyon, the minister said")
_DESCRIBED_SUBJECT = re.compile(r",\s+(?:the|a|an|his|her|their|its)\s+[a-z][\w'’ -]*\s*$")


def _a_place(text: str, n: Fact) -> bool:
    before = text[max(0, n.start - 60) : n.start]
    return (
        n.text.endswith("-based")
        or text.startswith("-based", n.end)
        or _IN_BEFORE.search(before) is not None
        or (" " not in n.text and text.startswith(",", n.end) and _IN_CITY_BEFORE.search(before) is not None)
    )


def _office_holder(text: str, names: list[Fact]) -> Fact:
    """The first of ``names``, or the person after it when it is an office the person holds "of" a
    body ("Chancellor of the Exchequer Helen Carver welcomed ..., saying": Carver, not "Chancellor")."""
    n = names[0]
    if (
        len(names) > 1
        and not looks_like_person(n.text, set())
        and _AFFILIATION.fullmatch(text, n.end, names[1].start)
        and looks_like_person(names[1].text, set())
    ):
        return names[1]
    return n


def _names_in(m: re.Match[str], names: list[Fact]) -> list[Fact]:
    """The name facts that the speaker's words of ``m`` (its group "who" or "who2") hold or
    start inside."""
    g = "who" if m.group("who") else "who2"
    ws, we = m.start(g), m.end(g)
    return [n for n in names if n.start <= ws < n.end or ws <= n.start < we]
