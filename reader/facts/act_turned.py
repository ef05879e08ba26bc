"""One act told with its doer and its receiver turned round, in otherwise reworded sentences:
"Veldmann supplies cocoa butter to Lindqvist" / "Lindqvist supplies Veldmann with cocoa butter",
"Harlow sued Brandt over the patent" / "Brandt sued Harlow over the patent", and one side in the
passive ("The Courier is owned by Halden Media" / "The Courier owns Halden Media").

Each sentence names both, one just before the act's verb (its doer) and the other after it; the
verb is the same word on both sides, told once in each, written as a past or present act of one
doer ("sued", "supplies").  When the doer of one side is the other's receiver and the other way
round, each says the other did it.  A verb of two doers alike ("met", "played", "merged with")
tells no direction, nor does a list of doers ("Lyon reported 140 delays and Nantes 95"), and a verb
of saying is a speaker's (:mod:`reader.facts.quote_speakers`).  The sentences must share other
words too (:data:`SHARED_MIN`): a rewrite, not two acts of one story.
"""

from __future__ import annotations

import re
from itertools import permutations

from reader.facts.negation_words import stem
from reader.lang import COUNT_STOP_WORDS
from reader.model import Difference, Fact

# content words the two sentences share besides the names and the verb
SHARED_MIN = 3
_WORD = re.compile(r"[\w'’]+")
# acts of two doers alike: the order of the names tells nothing ("Harlow met Brandt" / "Brandt met
# Harlow"); :mod:`reader.facts.role_swap` reads them so too
MUTUAL_ACTS = frozenset(
    """meet meets met meeting play plays played face faces faced marry marries married merge merges
    merged join joins joined partner partners partnered talk talks talked speak speaks spoke draw
    draws drew tie ties tied share shares shared trade trades traded swap swaps swapped exchange
    exchanges exchanged compete competes competed fight fights fought battle battles battled clash
    clashes clashed debate debates debated agree agrees agreed negotiate negotiates negotiated
    collaborate collaborates collaborated""".split()
)
# ... and words after a name that are no act of it on another (a verb of saying is a speaker's)
_NO_ACT = MUTUAL_ACTS | frozenset(
    "and or with of than as is was are were be been has have had will would said says told added".split()
)


# the act's verb as news tells a past or present act of one doer: "sued", "supplies", "acquires"
# (not a noun after a name, "Arkansas governor", nor a modal, "Gershonites shall")
_VERB = re.compile(r"[a-z]+(?:ed|[^s']s)")


def act_turned(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """The act whose doer and receiver the sides turn round (the module's rule), at most one."""
    names = {f.text for f in left if f.kind == "name"} & {f.text for f in right if f.kind == "name"}
    if len(names) < 2:
        return []
    shared = set(_WORD.findall(left_text.lower())) & set(_WORD.findall(right_text.lower()))
    for a, b in permutations(sorted(names), 2):
        verb = _act_of(left_text, a, b) or _passive_of(left_text, a, b)
        other = _act_of(right_text, b, a) or _passive_of(right_text, b, a)
        if verb is None or other is None or not _one_verb(verb, other):
            continue
        named = set(_WORD.findall(f"{a} {b} {verb} {other}".lower()))
        if len(shared - named - COUNT_STOP_WORDS) < SHARED_MIN:
            continue
        x, y = _between(left_text, a, b), _between(right_text, b, a)
        return [Difference("name", x, y, f"who did what to whom, turned round: {x} vs {y}")]
    return []


def _one_verb(a: str, b: str) -> bool:
    """Are two forms one verb ("sued" / "sued", "owned" / "owns", "acquired" / "acquires")?"""
    return a == b or {stem(a), stem(a.removesuffix("s"))} & {stem(b), stem(b.removesuffix("s"))} != set()


def _between(text: str, first: str, second: str) -> str:
    """The stretch of ``text`` from one name to the other, whichever comes first."""
    i, j = text.index(first), text.index(second)
    return text[min(i, j) : max(i + len(first), j + len(second))]


def _passive_of(text: str, doer: str, receiver: str) -> str | None:
    """The verb of an act told in the passive, ``receiver`` first and ``doer`` after "by" ("The
    Courier is owned by Halden Media": Halden owns it), else None."""
    m = re.search(
        rf"{re.escape(receiver)}\s+(?:is|was|are|were|(?:has|have|had)\s+been)\s+([a-z]+ed)\s+by\s+"
        rf"(?:the\s+)?{re.escape(doer)}\b",
        text,
    )
    return m.group(1) if m and m.group(1) not in _NO_ACT else None


def _act_of(text: str, doer: str, receiver: str) -> str | None:
    """The verb right after ``doer`` when ``receiver`` follows it and the verb is told once (its
    word in lower case), else None."""
    at = text.find(doer)
    if at < 0 or text.find(doer, at + 1) >= 0:
        return None
    end = at + len(doer)
    end = aside.end() if (aside := _ASIDE.match(text, end)) else end  # "Bruning, a Republican, blamed"
    m = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if m is None or not _VERB.fullmatch(m.group()) or m.group() in _NO_ACT:
        return None
    verb = m.group()
    at_r = text.find(receiver, m.end())
    if at_r < 0 or len(re.findall(rf"\b{verb}\b", text)) != 1:
        return None
    if _NEXT_DOER.search(text, m.end(), at_r) or _GAPPED.match(text, at_r + len(receiver)):
        return None  # "Lyon reported 140 delays and Nantes 95": a list's next doer, no receiver
    return verb


# a conjunction right before the other name (a list of doers), or a figure right after it (the
# verb left out: "and Nantes 95")
_NEXT_DOER = re.compile(r"(?:,|\b(?:and|or|while|but|whereas))\s+(?:the\s+)?$")
_GAPPED = re.compile(r"\s+\d")
# an apposition between the doer and the act: ", a Republican,", ", the county's sheriff,"
_ASIDE = re.compile(r",\s+(?:a|an|the|his|her|its)\s+[^,;\"“”]{1,40},")
