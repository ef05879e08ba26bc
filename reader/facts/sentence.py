"""All facts of one sentence: the cheap pre-checks, and the order the scanners run in.

The layer also runs over 62,000 Bible verses, so a sentence without numbers must cost a
few microseconds: substring tests (at C speed) decide which scanners run at all.  The
order matters because each scanner skips the spans an earlier one took: dates before
times and numbers ("December 10, 2012" is no count), ages before durations ("65-year-old"
is no duration), durations before quantities, names last.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.facts.count_words import twice_told
from reader.facts.extract_compound import compound_measures
from reader.facts.extract_magnitudes import magnitudes
from reader.facts.extract_names import names
from reader.facts.extract_numbers import compound_counts, half_measures, quantities
from reader.facts.extract_quotes import quotes
from reader.facts.extract_shares import changed_by_a_share, points_of_a_share, ratios, shares
from reader.facts.extract_tallies import ordinals, tallies
from reader.facts.extract_temporal import ages, appositive_ages, dates, days, durations, times
from reader.facts.figure_frames import scaled_lower_bounds
from reader.facts.spans import Spans
from reader.facts.tables import (
    DIGIT,
    DOLLARS,
    DUR_ANY,
    HYPHEN_RANGE,
    MONTH_ANY,
    NUMWORD_HINT,
    ORD_ANY,
    ORD_DIGITS,
)
from reader.model import Fact

# the words of a share in words ("two-thirds of", "three-fourths the"): shares are looked for only then
_FRACTION_WORDS = ("half", "third", "quarter", "fourth", "fifth", "tenth")
# a dash between two counts: a tally ("4-1") is looked for only then, or with "to" or "unanimous"
_DASH = re.compile("[-\u2013\u2014]")


# words without which a sentence tells no day ("Tuesday", "tomorrow", "last week")
# words one way of telling an age holds ("65-year-old", "aged 65", "who is 65", "at the age of 65",
# "was 65 when he", "was 65 at her")
_AGE_HINTS = ("old", "aged", "who ", " of ", "when ", " at h", " as h", " as s", "at age ")
_DAY_HINTS = ("day", "tomorrow", "tonight", "this ", "last ", "next ")


def extract(text: str, *, year_hint: int | None = None) -> list[Fact]:
    """All facts of one sentence, spans relative to ``text``; bare dates get ``year_hint``.

    Speakers named in the sentence are set on quotes; pronoun speakers ("he told
    reporters") and near spellings elsewhere are filled in by :func:`extract_document`.
    """
    facts: list[Fact] = []
    taken = Spans()
    low = text.lower()
    if len(low) != len(text):  # "İ" lowers to two characters: keep offsets aligned
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    has_digit = DIGIT.search(text) is not None
    has_words = NUMWORD_HINT.search(low) is not None
    has_number = has_digit or has_words
    # a month names a date with a figure ("March 3", "March 2019") or alone after a
    # preposition of time ("in March"); a dash, an ISO date ("2013-03-04")
    if MONTH_ANY.search(text) or (has_digit and "-" in text):
        dates(text, year_hint, facts, taken)
    if has_digit and ("m" in low or ":" in low or "utc" in low):  # ("a.m.", "17:55", "0300 UTC")
        times(text, low, facts, taken)
    if any(w in low for w in _DAY_HINTS):
        days(text, low, facts, taken)
    if has_number and any(w in low for w in _AGE_HINTS):
        ages(text, low, facts, taken)
    if has_digit and (", " in text or " (" in text):  # "Robert Buckley, 32, fell", "Jane Doe (31)"
        appositive_ages(text, facts, taken)
    if DUR_ANY.search(low):  # "more than a year" has no number word
        durations(text, low, facts, taken)
    paired = has_digit and (
        _DASH.search(text) or "against" in low
    )  # ("4-1", "212 in favour and 180 against")
    if (has_number and " to " in low) or "unanimous" in low or paired:
        tallies(text, low, facts, taken)  # ("4-1", "by nine votes to four", "voted unanimously")
    if has_digit and ("ounce" in low or "inch" in low or "foot-" in low or " oz" in low):
        compound_measures(text, low, facts, taken)
    if "half" in low:
        half_measures(text, low, facts, taken)
    if has_number and (" in " in low or " out of " in low):
        ratios(text, low, facts, taken)
    if any(w in low for w in _FRACTION_WORDS):
        shares(text, low, facts, taken)
        changed_by_a_share(text, low, facts, taken)
    if (has_digit or has_words) and "-" in text:  # "a 98-page draft", "a three-term senator"
        compound_counts(text, facts, taken)
    if "s of " in low or "s more " in low or "s upon " in low:
        magnitudes(text, low, facts, taken)
    if has_number:  # ("2-3 million francs" read as the range "2\u20133 million francs")
        quantities(text, HYPHEN_RANGE.sub("\u2013", low) if "-" in low else low, facts, taken, has_words)
        if "illion" in low or "thousand" in low:
            facts[:] = scaled_lower_bounds(text, facts)
    # ORDINAL matches an ordinal word or a digit with its ending ("21st"), so it can match
    # only where one of the two pre-checks does; ORD_DIGITS can only match with a digit
    if ORD_ANY.search(low) or (has_digit and ORD_DIGITS.search(low)):
        ordinals(text, low, facts, taken)
    names(text, facts, taken)
    if '"' in text or "“" in text:
        quotes(text, facts)
    facts.sort(key=lambda f: (f.start, f.end))
    return _read_together(text, low, facts)


def _read_together(text: str, low: str, facts: list[Fact]) -> list[Fact]:
    """The facts read with their neighbours: a bound told after its figure ("or more"), a part
    of the count before it ("five of them"), dollars of the sentence's one country, points that
    move a share the sentence gives, "twice" told of an act."""
    if " or " in low or " and " in low:
        facts = [_or_more(low, f) for f in facts]
    if " of them" in low or " of which" in low or " of whom" in low or " of those" in low:
        facts = _partitives(low, facts)
    if "dollar" in low:
        facts = _one_dollar(facts)
    if "point" in low:
        facts = points_of_a_share(low, facts)
    if "twice" in low or "thrice" in low:
        facts = twice_told(low, text, facts)
    if "illion" in low and (" and " in low or _PARTS.search(low)):
        facts = _parts_of_a_sum(low, facts)
    return facts


_SCALED = re.compile(r"\b(?:million|billion|trillion)$")
_PARTS = re.compile(r"\bof\s+(?:which|that|this|it)\b|\bincluding\b")
# ... or the next of a list whose verb is not repeated ("paid 1.9 billion crowns and the city 1.4 billion")
_GAPPED = re.compile(r"\s+and\s+(?:the\s+)?(?:[a-z'’]+\s+){1,5}")


def _parts_of_a_sum(low: str, facts: list[Fact]) -> list[Fact]:
    """The facts, a bare scaled figure told as a part of a sum before it ("cost 3.1 billion
    Norwegian crowns, of which the state paid 1.9 billion and the city 1.2 billion": three sums of
    one currency) or as the next of a list of sums ("The state contributed 1.9 billion crowns and
    the city 1.4 billion"); a figure with its noun stays a count ("and 1.2 billion users")."""
    out: list[Fact] = []
    for f in facts:
        scale = _SCALED.search(f.text.lower()) if f.kind == "number" and not f.unit else None
        whole = next((g for g in out if g.kind == "money"), None)  # (the parts follow the whole)
        last = next((g for g in reversed(out) if g.kind == "money"), None)
        if (
            scale
            and whole is not None
            and last is not None
            and scale.group() in whole.text.lower()
            and (_PARTS.search(low, whole.end, f.start) or _GAPPED.fullmatch(low, last.end, f.start))
        ):
            f = replace(f, kind="money", unit=last.unit)
        out.append(f)
    return out


# the dollars of a country, when a sentence names them ("6.8 billion Australian dollars")
_COUNTRY_DOLLARS = DOLLARS - {"USD"}
# "dollars" written out with no country: the sentence's own dollars (not "US dollars", nor, unlike
# conversions' bare dollar, "U.S." or "American" dollars: here such a sum would change country)
_BARE_DOLLARS = re.compile(r"(?<!us\s)(?<!u\.s\.\s)(?<!american\s)\bdollars?\b", re.IGNORECASE)


def _one_dollar(facts: list[Fact]) -> list[Fact]:
    """The facts, a sum in "dollars" of no country given the country of the one kind of dollars
    the sentence names ("spent 6.8 billion Australian dollars and set aside a further 2.5 billion
    dollars": both Australian); a "$" sign is left alone (a wire's conversion: "A$6.8 billion
    ($4.5 billion)")."""
    named = {f.unit for f in facts if f.kind == "money" and f.unit in _COUNTRY_DOLLARS}
    if len(named) != 1:
        return facts
    (country,) = named
    return [
        replace(f, unit=country)
        if f.kind == "money" and f.unit == "USD" and "$" not in f.text and _BARE_DOLLARS.search(f.text)
        else f
        for f in facts
    ]


# a count of a part of the count before it: "six sites, five of them in Britain", "120 jobs, 80
# of which in Leeds" (the part counts the same noun)
_PART_OF = re.compile(r"\s+of\s+(?:them|which|whom|those)\b")


def _partitives(low: str, facts: list[Fact]) -> list[Fact]:
    """The facts, a count of "N of them" given the noun of the count before it in the sentence."""
    out: list[Fact] = []
    for f in facts:
        # the figure right before it, a count with a noun ("1,850 hours, 620 of them": a duration's)
        whole = next((g for g in reversed(out) if g.kind != "name"), None)
        if (
            f.kind == "number"
            and not f.unit
            and whole is not None
            and whole.kind == "number"
            and whole.unit
            and _PART_OF.match(low, f.end)
        ):
            f = replace(f, unit=whole.unit, context=whole.context)
        out.append(f)
    return out


# a bound told after its figure: "sentences of five years or more", "towns of 20,000 people or
# fewer", "aged 65 and over" (the figure's noun between them)
OR_MORE = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:or|and)\s+"
    r"(?P<w>more|over|above|longer|older|greater|less|fewer|under|below|shorter|younger)\b"
)
_ABOVE = frozenset(("more", "over", "above", "longer", "older", "greater"))
_BOUNDED = frozenset({"number", "money", "percent", "duration", "age"})


def _or_more(low: str, f: Fact) -> Fact:
    m = OR_MORE.match(low, f.end) if f.kind in _BOUNDED and f.bound == "=" else None
    if m is None:
        return f
    return replace(f, bound=">" if m.group("w") in _ABOVE else "<")
