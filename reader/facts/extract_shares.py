"""Shares: told as a ratio ("six in 10 voters", "three out of four") or as a fraction in words
("a third of the voters", "half the seats", "two-thirds of the Senate").

A share is told as a percentage (the kind ``percent``), so "a third of voters" meets "33
percent of voters" or "half of voters" as two values of one thing.  Only a share of a group
counts: the fraction must be followed by "of" and a group ("of the voters", "of its
members") or by "the" ("half the seats"); "half a mile", "a third of a century", "a quarter
of an hour" are measures (a fraction of one unit, read elsewhere or not at all), and "the
second half of the season", "the first quarter" are parts of a time, not shares.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.facts.count_words import count_context
from reader.facts.extract_numbers import parse_number
from reader.facts.qualifier_words import qualifier_before
from reader.facts.spans import Spans, overlaps
from reader.facts.tables import NUM
from reader.model import Fact

# a share told as a ratio: "six in 10 voters", "three out of four residents", "one in five"
# (not "three in 10 minutes", "two in five years": a count in a stretch of time)
_RATIO = re.compile(
    rf"\b(?P<n>{NUM})\s+(?:in|out\s+of)\s+(?P<d>{NUM})\b"
    r"(?!\s*(?:%|percent|per\b|(?:second|minute|hour|day|week|month|year|decade)s?\b))"
)


# a share's whole is a handful of parts up to a thousand ("one in 20", "three out of four")
RATIO_WHOLE_MAX = 1000
# ... written to a part of its whole, but at most this many points either way: "six in 10" is
# 55-65 %, while "one in three" stands for a third as written, not anything from 17 to 50 %
RATIO_RESOLUTION_MAX = 10.0


def ratios(text: str, low: str, facts: list[Fact], taken: Spans) -> None:
    """ "six in 10 voters" (60 %), "three out of four" (75 %): a share like a percentage, written
    to a part of its whole ("six in 10" covers 55 to 65 %), so "six in 10" and "seven in 10"
    disagree, while "six in 10" and "58 percent" agree."""
    for m in _RATIO.finditer(low):
        a, b = m.start(), m.end()
        if overlaps(taken, a, b):
            continue
        n, d = parse_number(m.group("n")), parse_number(m.group("d"))
        if n is None or d is None or not 0 < n[0] <= d[0] <= RATIO_WHOLE_MAX:
            continue  # no share: "5 in 3", "one in a million" told as a figure
        bound, qa = qualifier_before(text, a)
        start = qa if bound != "=" else a
        value = round(100 * n[0] / d[0], 2)
        res = min(100 / d[0], RATIO_RESOLUTION_MAX)  # "one in three" is a third, not 17-50 %
        facts.append(
            Fact("percent", text[start:b], start, b, value, "", bound, res, count_context(text, qa, b))
        )
        taken.append((start, b))


# the share each fraction word stands for, in percent (singular and plural alike)
_FRACTIONS = {
    "half": 50.0,
    "third": 100 / 3,
    "quarter": 25.0,
    "fourth": 25.0,
    "fifth": 20.0,
    "tenth": 10.0,
}
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}

# a fraction of a group: "[a|one|two|three|four][-| ]third(s) of [the|...] <group>", "half (of)
# the <group>"; "of a"/"of an" is a fraction of one thing ("a third of a mile"), not a share
_SHARE = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four)[-\s]+(?P<f>thirds?|quarters?|fourths?|fifths?|tenths?)"
    r"|(?P<h>half))"
    r"(?P<of>\s+of)?\s+(?!a\b|an\b)(?=[a-z])"
)
# ... or a fraction standing for its group, the subject of a verb ("Of the 4,100 responses, a third
# supported rent control", "a quarter were unsure", ut239): no ordinal ("a third term")
_VERB_AFTER = re.compile(
    r"(?:were|was|are|is|have|has|had|would|will|could|should|said|say|says|[a-z]{3,}ed)\b"
)
# what before "half" makes it a part of a time or a thing, not a share ("the second half",
# "first half of 2024", "the other half", "the back half")
_PART_BEFORE = re.compile(
    r"\b(?:the|first|second|other|latter|former|back|front|top|bottom|upper|lower|early|late|final"
    r"|northern|southern|eastern|western|better|\d+(?:st|nd|rd|th)?)\s+$"
)
# what after a fraction makes it a share of a group or of votes: "two-thirds the way", "a two-thirds
# majority", "a three-fifths vote" (ut333, ut336: the majority a vote needs)
_OF_VOTES = ("the ", "majority", "supermajority", "vote ", "vote,", "vote.")
# a fraction only reads as a share this near its value: "a third" stands for about 30-36 %,
# so it agrees with "35 percent" and not with "a quarter" (22-28 %) or "40 percent"
SHARE_RESOLUTION = 6.0


def shares(text: str, low: str, facts: list[Fact], taken: Spans) -> None:
    """Each share in words of ``text`` as a ``percent`` fact with what it is a share of."""
    for m in _SHARE.finditer(low):
        a, b = m.start(), m.end()
        if overlaps(taken, a, b):
            continue
        if m.group("h"):
            if not m.group("of") and not low.startswith("the ", b):
                continue  # "half a mile", "half past", "half staff"
            if _PART_BEFORE.search(low, max(0, a - 12), a):
                continue
            value = 50.0
        else:
            word = m.group("f").rstrip("s")
            count = _COUNTS[m.group("n")]
            value = count * _FRACTIONS[word]
            subject = value < 100 and _VERB_AFTER.match(low, b)  # (a whole is no share: "four quarters were")
            if (count > 1) != m.group("f").endswith("s") or not (
                m.group("of") or low.startswith(_OF_VOTES, b) or subject
            ):
                continue  # "two third", "a thirds", "a quarter century" (but "three-fourths the way")
            if value > 100:
                continue
        end = m.end("of") if m.group("of") else m.end("f") if m.group("f") else m.end("h")
        # what it is a share of: the words after "of" ("a third of the voters") or "the"
        word_end = m.end("f") if m.group("f") else (m.end("h") if m.group("of") else b + 3)
        bound, qa = qualifier_before(text, a)
        start = qa if bound != "=" else a
        facts.append(
            Fact(
                "percent",
                text[start:end],
                start,
                end,
                round(value, 2),
                "",
                bound,
                SHARE_RESOLUTION,
                count_context(text, qa, word_end),
            )
        )
        taken.append((start, end))


# a change told as a fraction: "cut payments by a quarter", "rose by a third", "fell by half"
# (25, 33, 50 percent), not a fraction of a thing ("by a quarter of an hour", "by half a point")
_BY_A_SHARE = re.compile(
    r"\bby\s+(?P<about>(?:about|around|roughly|some|nearly|almost)\s+)?"
    r"(?:(?:a|one)\s+(?P<f>third|quarter|fourth|fifth|tenth)|(?P<h>half))\b"
    r"(?!\s+(?:of|an?)\b|[-\s]+(?:century|centuries|mile|hour|point|percentage)\b)"
)


def changed_by_a_share(text: str, low: str, facts: list[Fact], taken: Spans) -> None:
    """ "cut by a quarter" as the change of 25 percent it tells, so it meets "by 20 percent"
    ("by about a fifth": about 20 percent)."""
    for m in _BY_A_SHARE.finditer(low):
        a, b = m.start() + 3, m.end()  # the share, not its "by"
        if overlaps(taken, a, b):
            continue
        value = 50.0 if m.group("h") else _FRACTIONS[m.group("f")]
        facts.append(
            Fact(
                "percent",
                text[a:b],
                a,
                b,
                round(value, 2),
                "",
                "~" if m.group("about") else "=",  # "narrowed by about a fifth"
                SHARE_RESOLUTION,
                count_context(text, a, b),
            )
        )
        taken.append((a, b))


# a change told in points beside a share the sentence gives ("turnout was 31.4 percent, a 7.5-point
# fall", "fell 2.3 points to 27.1 percent"): percentage points, as "7.5 percentage points" would be,
# so a rewrite's "a fall of 7.5 percent" is a percent put for points
_POINT_MOVE = re.compile(r"-points?\s+(?:fall|drop|rise|increase|decline|gain|jump|swing|lead|gap)\b")
_MOVED_BY = re.compile(
    r"\b(?:fell|rose|dropped|climbed|gained|lost|slipped|jumped|declined|increased|down|up)\s+(?:by\s+)?$"
)


def points_of_a_share(low: str, facts: list[Fact]) -> list[Fact]:
    """The facts, a count of points that moves a share the sentence gives read as percentage points
    (its span the figure and "points": "2.3 points")."""
    if not any(f.kind == "percent" and f.unit != "points" for f in facts):
        return facts
    return [_in_points(low, f) if _moves_a_share(low, f) else f for f in facts]


def _moves_a_share(low: str, f: Fact) -> bool:
    return (
        f.kind == "number"
        and f.unit in ("point", "points")
        and bool(
            _POINT_MOVE.match(low, f.end - len("-point"))
            or _MOVED_BY.search(low, max(0, f.start - 16), f.start)
        )
    )


def _in_points(low: str, f: Fact) -> Fact:
    word = re.match(r"\s+points?\b", low[f.end :])
    end = f.end + word.end() if word else f.end
    return replace(f, kind="percent", unit="points", text=f.text + low[f.end : end], end=end)
