"""One statement denied and stated: the act one side denies and the other states is one verb with
one object and one subject ("declined to declare a state of emergency" / "declared a state of
emergency"), though each sentence adds its own reason; or an act with no object, told of one
subject at the end of its clause ("but the price will not increase." / "and prices will rise.").
Asked by :mod:`reader.facts.gate` of a negation in a passage too loosely linked to be one
statement by its score alone.
"""

from __future__ import annotations

import re

from reader.facts.negation_words import AUXILIARIES, stem
from reader.facts.speech_patterns import SPEECH_RE
from reader.lang import ALIGN_STOP_WORDS, CALENDAR_WORDS, NEGATIONS
from reader.model import Difference

# the object's first content words alike on both sides: one object
_OBJECT_WORDS = 2
_SUBJECT_WORDS = 4
_LONG_OBJECT_WORDS = 4  # an object told alike this far is one statement's, whatever its subject
_SAID_WORDS = 3  # ... or this many words alike before it, auxiliaries aside ("She said she had")
_DENYING = frozenset(NEGATIONS)
_CONTRACTED_NOT = re.compile(r"n['’]t\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z][a-z'’-]*")
# ... or a short object, a noun phrase of at most this many words that ends where a preposition, a
# conjunction or a stop begins, alike on both sides ("had reduced the fine by 25 percent because" /
# "had not reduced the fine despite", ut325): what each adds after it is its own
_SHORT_OBJECT_WORDS = 3
_DETERMINERS = frozenset("the a an its his her their our this that these those".split())
_OBJECT_ENDS = frozenset(
    """by for from in on at to with without despite because after before since until over under into
    onto of as than and but or while when if though although amid during through against""".split()
)
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*|[,.;:!?\"“”()]")
# a time told after the object: "had not cut rates in March" / "cut rates in January" tell two acts
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# the end of a clause right after an act: a stop, a comma, a semicolon or the sentence's end
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")


def one_act_of_one_object(d: Difference, ltext: str, rtext: str) -> bool:
    """Is the act denied on one side and stated on the other one verb with one object, its first
    content words alike on both sides ("declined to declare a state of emergency" / "declared a
    state of emergency", ut220) or its short noun phrase alike, and one subject?  Then the
    sentences tell one statement, whatever else each adds."""
    if (at := _one_act_at(d, ltext, rtext)) is None:
        return False
    la, ra = at
    rest_l, rest_r = ltext[la + len(d.left) :], rtext[ra + len(d.right) :]
    after_l = _content_words(rest_l)[:_LONG_OBJECT_WORDS]
    after_r = _content_words(rest_r)[:_LONG_OBJECT_WORDS]
    # ... of one subject: a word before it both write ("Governor Richard Hale" / "Gov. Richard Hale"),
    # or none needed when the object's words run alike this far ("The changes will not apply to
    # tenant farmers with fewer than 50 hectares" / "The cut will also apply to tenant farmers with ...")
    before_l, before_r = _content_words(ltext[:la]), _content_words(rtext[:ra])
    one_subject = bool(set(before_l[-_SUBJECT_WORDS:]) & set(before_r[-_SUBJECT_WORDS:]))
    one_subject = one_subject or (len(after_l) == _LONG_OBJECT_WORDS and after_l == after_r)
    # ... or the same words before it, none of them content words ("She said she had", ut325)
    said_l, said_r = _plain_words(ltext[:la])[-_SAID_WORDS:], _plain_words(rtext[:ra])[-_SAID_WORDS:]
    one_subject = one_subject or (len(said_l) == _SAID_WORDS and said_l == said_r)
    after_l, after_r = after_l[:_OBJECT_WORDS], after_r[:_OBJECT_WORDS]
    one_object = len(after_l) == _OBJECT_WORDS and after_l == after_r
    one_object = one_object or _short_object(rest_l, rest_r)
    # ... and the side that states it denies nothing ("neither ... was dedicated" is a denial the
    # other side's "has not been dedicated" tells too); the denied span is the longer
    stated = rtext if len(d.left.split()) > len(d.right.split()) else ltext
    plain = not set(_WORD.findall(stated.lower())) & _DENYING and not _CONTRACTED_NOT.search(stated)
    return one_object and one_subject and plain


def _one_act_at(d: Difference, ltext: str, rtext: str) -> tuple[int, int] | None:
    """Where the denied span and the stated span stand in their sentences, when both end on one
    verb ("will not increase" / "rise"); else None."""
    la, ra = ltext.find(d.left), rtext.find(d.right)
    if la < 0 or ra < 0 or stem(d.left.split()[-1].lower()) != stem(d.right.split()[-1].lower()):
        return None
    return la, ra


def one_subject_alone(d: Difference, ltext: str, rtext: str) -> bool:
    """Is the act denied on one side and stated on the other told of one subject, the noun just
    before it on both sides (auxiliaries aside), with no object, its clause ending at once ("but
    the price will not increase." / "and prices will rise.")?  Nothing else in the clause can
    make the two statements two."""
    if (at := _one_act_at(d, ltext, rtext)) is None:
        return False
    la, ra = at
    if not all(_CLAUSE_END.match(t, at) for t, at in ((ltext, la + len(d.left)), (rtext, ra + len(d.right)))):
        return False
    # ... an act, told with an auxiliary or a modal on both sides ("will not increase" / "will rise";
    # not the noun of "demands for border wall funding")
    spans = (ltext[: la + len(d.left)], rtext[: ra + len(d.right)])
    if not all(set(_WORD.findall(t.lower())[-5:-1]) & AUXILIARIES for t in spans):
        return False
    if any(SPEECH_RE.search(t) for t in spans):
        return False  # what someone said the act will be: each speaker's claim ("said that the budget would")
    before_l, before_r = _plain_words(ltext[:la])[-1:], _plain_words(rtext[:ra])[-1:]
    return (
        bool(before_l and before_r)
        and before_l[0] not in ALIGN_STOP_WORDS
        and stem(before_l[0]) == stem(before_r[0])
        and not set(_WORD.findall((rtext if len(d.left) > len(d.right) else ltext).lower())) & _DENYING
    )


def _short_object(rest_l: str, rest_r: str) -> bool:
    """Do both sides go on with one short noun phrase, a preposition, conjunction or stop after it,
    and no time of their own (:data:`_SHORT_OBJECT_WORDS`)?"""
    (obj_l, after_l), (obj_r, after_r) = _object(rest_l), _object(rest_r)
    timed = any(w in CALENDAR_WORDS or _YEAR.match(w) for w in after_l + after_r)
    return bool(obj_l) and obj_l == obj_r and not timed


def _object(rest: str) -> tuple[tuple[str, ...], list[str]]:
    """The noun phrase a text opens with (its determiner left out) when it ends on a preposition, a
    conjunction or a stop within :data:`_SHORT_OBJECT_WORDS` words, with the few words after it."""
    words = [w.lower() for w in _TOKEN.findall(rest)[: _SHORT_OBJECT_WORDS + 8]]
    k = 1 if words[:1] and words[0] in _DETERMINERS else 0
    end = next((n for n in range(k, len(words)) if words[n] in _OBJECT_ENDS or not words[n][0].isalnum()), -1)
    if end <= k or end - k > _SHORT_OBJECT_WORDS:
        return (), []
    return tuple(stem(w) for w in words[k:end]), words[end : end + 6]


def _plain_words(text: str) -> list[str]:
    """A text's words, its auxiliaries left out (the denied span may hold one: "had not reduced")."""
    return [w for w in _WORD.findall(text.lower()) if w not in AUXILIARIES]


def _content_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in ALIGN_STOP_WORDS]
