"""One player's statistic of a game, told two ways across the articles ("Nadia Okafor
scored 21 points" / "Nadia Okafor had 19 points").

A game's statistics are many (two teams, a dozen players, season and career totals), so
:mod:`reader.facts.pairing` pairs two of them only when one verb ties them.  A statistic
written with the name of its player is different: it belongs to the player, as an age
belongs to the name next to it.  It is read only in the forms that tie it to one named
player (:data:`_FORMS`):

* "NAME scored / had / added / finished with / grabbed ... 14 points";
* "14 points from (backup center) NAME", "NAME led Westbrook with 9 points";
* "NAME added 12", the statistic left out after a figure given with it in the sentence
  ("... led Westbrook with 9 points, while NAME added 12": :data:`_ELIDED`).

Yards are told by their verb ("threw for", "ran for", "caught"): passing, rushing and
receiving yards are three statistics, and yards without such a verb are none.  Not a
game's statistic: a rate ("23 points a game"), a season or career total ("2,129 career
points", "this season"), a hedge ("more than a hundred yards", "at least 20"), a part of
the game (a sentence that speaks of a half, a quarter, a run: "paced by 13 points from
Roe at the half").

A conflict needs one player (surname, and first name when both articles give one) with
exactly one value of the statistic in each article, the two sentences not set on two
different days, and the values differ.  The sentences that first give each value are
reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.facts.extract_numbers import parse_number
from reader.facts.pairing_family import person
from reader.facts.pairing_items import one_person, told_once
from reader.facts.tables import NUM
from reader.lang import WEEKDAYS
from reader.model import Difference, Fact

# the statistics read, each to its name; yards by the verb before them
_STATS = r"(?P<stat>points|rebounds|assists|goals|saves|steals|blocked\s+shots|touchdowns|yards)"
_VERB = (
    r"(?P<verb>scored|had|added|finished\s+with|contributed|grabbed|pulled\s+down|dished\s+out|"
    r"threw\s+for|passed\s+for|ran\s+for|rushed\s+for|caught\s+\w+\s+passes\s+for|made|recorded|tallied)"
)
_NAME = r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
_HIGH = r"(?:a\s+(?:career|season)[-\s](?:high|best)\s+)?"
_FORMS = [
    re.compile(rf"{_NAME}\s+(?:also\s+)?{_VERB}\s+{_HIGH}(?P<n>{NUM})\s+{_STATS}\b"),
    re.compile(rf"\b(?P<n>{NUM})\s+{_STATS}\s+from\s+(?:[a-z-]+\s+){{0,3}}{_NAME}"),
    re.compile(rf"{_NAME}\s+led\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{1,3}}with\s+(?P<n>{NUM})\s+{_STATS}\b"),
]  # fmt: skip
# the statistic left out after a figure given with it in the same sentence: "Lena Brandt led
# Westbrook with 9 points, while Nadia Okafor added 19" (19 points); the figure ends its
# clause or is followed by "for" ("added 19 for the Falcons"), never by a noun of its own
_ELIDED = re.compile(
    rf"{_NAME}\s+(?:also\s+)?(?P<verb>scored|had|added|contributed|chipped\s+in)\s+(?P<n>{NUM})"
    r"(?=\s*(?:[,.;]|$)|\s+(?:for|off)\s)"
)
_STAT_WORD = re.compile(r"\b(points|rebounds|assists|goals|saves|steals)\b")
# a statistic of more than one game, or hedged
_NOT_ONE_GAME = re.compile(
    r"\s+(?:a|per|each|every)\s+(?:game|match|contest|night)\b|\s+(?:this|on\s+the|for\s+the|in\s+his|in\s+her|"
    r"of\s+his|of\s+her)\s+(?:season|career|year)\b|\s+(?:this|last)\s+(?:season|year)\b",
    re.I,
)
_TOTAL_BEFORE = re.compile(
    r"\b(?:career(?![-\s](?:high|best))|season(?![-\s](?:high|best))|averag\w*|total\s+of|all-time|now\s+has|"
    r"record|more\s+than|at\s+least|nearly|almost|about|over|under|fewer\s+than|less\s+than)\W+(?:\w+\W+){0,2}$",
    re.I,
)
# a part of a game: "paced by 13 points from Roe at the half", "all in the second half"
_PART = re.compile(r"\b(?:half|halftime|quarter|period|inning|overtime|stretch|run)\b", re.I)
_HINT = re.compile(r"points|rebounds|assists|goals|saves|steals|blocked|touchdowns|yards")
_YARDS = {
    "threw": "passing",
    "passed": "passing",
    "ran": "rushing",
    "rushed": "rushing",
    "caught": "receiving",
}
_DAYS = re.compile(r"\b(?:" + "|".join(d.capitalize() for d in WEEKDAYS) + r")\b")


@dataclass(frozen=True, slots=True)
class Stat:
    """One player's value of one statistic in one sentence."""

    sid: int
    first: str
    last: str
    stat: str  # points, rebounds...; yards as passing, rushing, receiving
    value: float
    text: str  # the value and its statistic as written ("14 points")
    days: frozenset[str]  # the weekdays the sentence names


def _stat(m: re.Match[str]) -> str:
    stat = m["stat"].split()[-1].lower()
    stat = "blocks" if stat == "shots" else stat
    if stat == "yards":
        verb = m.groupdict().get("verb") or ""
        return _YARDS.get(verb.split()[0], "") if verb else ""
    return stat


def _who(facts: Sequence[Fact], m: re.Match[str]) -> tuple[str, str] | None:
    """The player of a statistic: the name fact that ends where the form's name ends."""
    named = next((f for f in facts if f.kind == "name" and f.end == m.end("name")), None)
    return person(named) if named else None


def _stats(sid: int, text: str, facts: Sequence[Fact]) -> list[Stat]:
    out: list[Stat] = []
    for rx in _FORMS:
        for m in rx.finditer(text):
            stat = _stat(m)
            parsed = parse_number(m["n"])
            if not stat or parsed is None or _NOT_ONE_GAME.match(text, m.end("stat")):
                continue
            if _TOTAL_BEFORE.search(text, max(0, m.start("n") - 40), m.start("n")) or _PART.search(text):
                continue  # a season's or career's total, a hedge; a part of the game
            who = _who(facts, m)
            if who:
                days = frozenset(_DAYS.findall(text))
                out.append(Stat(sid, *who, stat, parsed[0], text[m.start("n") : m.end("stat")], days))
    return out + _elided(sid, text, facts, out)


def _elided(sid: int, text: str, facts: Sequence[Fact], told: Sequence[Stat]) -> list[Stat]:
    """Statistics whose noun is left out after a figure given with it (:data:`_ELIDED`):
    of the statistic named last before the figure, when one of the sentence's own statistics
    names it (so the sentence is about one game's figures)."""
    out: list[Stat] = []
    for m in _ELIDED.finditer(text):
        named = _STAT_WORD.findall(text, 0, m.start("n"))
        parsed = parse_number(m["n"])
        if not named or parsed is None or not any(t.stat == named[-1] for t in told):
            continue
        if _TOTAL_BEFORE.search(text, max(0, m.start("n") - 40), m.start("n")) or _PART.search(text):
            continue
        who = _who(facts, m)
        if who:
            days = frozenset(_DAYS.findall(text))
            out.append(Stat(sid, *who, named[-1], parsed[0], text[m.start("n") : m.end("n")], days))
    return out


def _by_player(texts: Sequence[str], facts: Sequence[Sequence[Fact]]) -> dict[tuple[str, str], list[Stat]]:
    """Each (surname, statistic) an article gives exactly one value for, in order."""
    by: dict[tuple[str, str], list[Stat]] = {}
    for sid, text in enumerate(texts):
        if _HINT.search(text) is None:
            continue  # no statistic named (most sentences)
        for s in _stats(sid, text, facts[sid] if sid < len(facts) else []):
            by.setdefault((s.last, s.stat), []).append(s)
    return told_once(by, lambda s: s.value)


def stat_conflicts(
    left: Sequence[Sequence[Fact]],
    right: Sequence[Sequence[Fact]],
    left_texts: Sequence[str],
    right_texts: Sequence[str],
) -> list[tuple[int, int, Difference]]:
    """(left sentence, right sentence, difference) for each player and statistic the two
    articles give two values of; one each, at the first mention on each side."""
    lp = _by_player(left_texts, left)
    if not lp:
        return []
    rp = _by_player(right_texts, right)
    out: list[tuple[int, int, Difference]] = []
    for key in sorted(lp.keys() & rp.keys()):
        a, b = lp[key][0], rp[key][0]
        if a.value == b.value or not one_person(lp[key], rp[key]):
            continue
        if a.days and b.days and a.days.isdisjoint(b.days):
            continue  # two games, on two days
        note = f"{key[1]} of {a.last.capitalize()}: {a.text} vs {b.text}"
        out.append((a.sid, b.sid, Difference("statistic", a.text, b.text, note)))
    return out
