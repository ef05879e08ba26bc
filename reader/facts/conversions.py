"""A sum converted beside another: "30,000 yen ($200)", "€50 (about $54)".

A conversion belongs to the sum it converts, not to whatever else the sentence pays: two
conversions of one sum are one figure however far apart they are ("($200)" / "(about
$2,000)", both of 30,000 yen: one is converted wrong), and conversions of two sums are never
one figure ("($200)" of 30,000 yen / "($133)" of 20,000 yen), even when close.  Rates move
between two reports and each rounds, so conversions of one sum agree within
:data:`CONVERSION_SLACK`.  A sum and its conversion are told within a few characters of each
other, in another currency; the words between are a bracket and a hedge at most.  A sum in
dollars of no country named and one in a country's dollars are one currency told once
(:func:`some_dollar`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.tables import DOLLARS
from reader.facts.values import amount
from reader.model import Fact

# at most this many characters between a sum and its conversion (" (roughly ")
CONVERSION_GAP_MAX = 12
# conversions of one sum agree within this share (rates move between two reports, and each
# rounds: "30,000 yen ($200)" / "30,000 yen ($205)"); farther apart, one is converted wrong
CONVERSION_SLACK = 0.15


def converted_sum(f: Fact, facts: Sequence[Fact]) -> Fact | None:
    """The sum of another currency that the sum ``f`` converts, told just before it."""
    if f.kind != "money":
        return None
    return next(
        (
            g
            for g in facts
            if g.kind == "money" and g.unit != f.unit and 0 <= f.start - g.end <= CONVERSION_GAP_MAX
        ),
        None,
    )


def one_sum_each(lo: Sequence[Fact], ro: Sequence[Fact], left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Are the sums ``lo`` of the left (its facts ``left``) one sum and its conversions at most, and
    so the sums ``ro`` of the right?  "215 million euros ($227 million)" / "$215 million" is one sum
    each side, whose currency slipped, not $227 million against $215 million."""
    return (
        sum(converted_sum(a, left) is None for a in lo)
        == sum(converted_sum(b, right) is None for b in ro)
        == 1
    )


def conversion_key(f: Fact, facts: Sequence[Fact]) -> str:
    """What ``f`` converts, as a key ("=30000.0 JPY"), or "" when it converts nothing: sums
    converting two different sums are never about one thing."""
    of = converted_sum(f, facts)
    return "" if of is None else f"={of.value} {of.unit}"


def one_conversion(a: Fact, b: Fact, sums: tuple[Sequence[Fact], Sequence[Fact]] | None) -> bool | None:
    """Are two sums the conversions of one sum (True) or of two sums (False)?  None when
    either converts nothing (or ``sums``, the two sentences' facts, is None)."""
    if sums is None or a.unit != b.unit:
        return None
    of_a, of_b = converted_sum(a, sums[0]), converted_sum(b, sums[1])
    if of_a is None or of_b is None:
        return None
    return of_a.unit == of_b.unit and of_a.value == of_b.value


def wrong_conversions(left: Sequence[Fact], right: Sequence[Fact]) -> list[tuple[Fact, Fact]]:
    """Conversions of one sum that disagree by more than :data:`CONVERSION_SLACK`, or that write
    one figure in two currencies ("600,000 pesos, about $640" / "600,000 pesos (about 640 euros)":
    two rates never give one figure; the currency slipped)."""
    out = []
    for a in left:
        for b in right:
            if one_conversion(a, b, (left, right)):
                va, vb = abs(float(amount(a))), abs(float(amount(b)))
                if abs(va - vb) > CONVERSION_SLACK * max(va, vb):
                    out.append((a, b))
            elif a.unit and b.unit and a.unit != b.unit and a.value == b.value and not some_dollar(a, b):
                of_a, of_b = converted_sum(a, left), converted_sum(b, right)
                if (
                    of_a is not None
                    and of_b is not None
                    and (of_a.unit, of_a.value) == (of_b.unit, of_b.value)
                ) or _one_figure_two_currencies(a, b, left, right):
                    out.append((a, b))
    return out


# a figure with this many digits besides its zeros is specific enough that, told once a side
# in two currencies, it is one sum whose currency slipped ("849 pounds" / "€849"), not two
# round sums that happen to share a figure ("€20" / "$20")
SPECIFIC_DIGITS_MIN = 2


def _one_figure_two_currencies(a: Fact, b: Fact, left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Is the figure of two sums in two currencies specific, converted from nothing, and told by
    no other sum of either side ("$899 in the U.S., 849 pounds in Britain" / "$899 in the U.S.,
    €849 in Britain"): two rates never give one figure, so the currency slipped."""
    digits = re.sub(r"\D", "", str(a.value).removesuffix(".0")).strip("0")
    if len(digits) < SPECIFIC_DIGITS_MIN or converted_sum(a, left) or converted_sum(b, right):
        return False
    return sum(f.value == a.value for f in left) == 1 == sum(f.value == b.value for f in right)


# a dollar written with no country: "$5", "5 dollars" (read as US dollars) may be any country's
_BARE_DOLLAR = re.compile(
    r"(?<![a-z])\$|(?<!us\s)(?<!canadian\s)(?<!australian\s)(?<!zealand\s)(?<!kong\s)\bdollars?\b",
    re.IGNORECASE,
)


def some_dollar(a: Fact, b: Fact) -> bool:
    """Is one sum in dollars of no country named and the other in a country's dollars ("10.3
    billion dollars" / "C$10.3 billion"): one sum, its currency told once, not a slip?"""
    if a.unit not in DOLLARS or b.unit not in DOLLARS:
        return False
    return bool(_BARE_DOLLAR.search(a.text)) != bool(_BARE_DOLLAR.search(b.text))


def converts_a_twin(a: Fact, b: Fact, left: Sequence[Fact], right: Sequence[Fact]) -> bool:
    """Would ``a`` (of ``left``) and ``b`` (of ``right``), in two currencies, be taken for one sum
    converted when one of them belongs to another sum?

    * One of them is told alike on the other side, and neither is written as a conversion: that
      one is its twin's, and converts nothing ("$38 a ton from $72" / "38 yuan a ton from $72" is
      $38 against 38 yuan, not the $72 converted into 38 yuan; "12,000 rupees ($144)" / "12,000
      rupees ($140)" converts the rupees both times).
    * One of them converts a sum in the other's currency, of another figure: that sum is the
      other's counterpart ("412 billion won ($309 million)" / "412 million won ($309 million)":
      the won are two figures, whatever the dollars say).
    * One of them converts a sum of the other's figure in a third currency: that sum is the
      other's counterpart, its currency slipped ("1.2 million zlotys ($310,000)" / "1.2 million
      euros": the dollars convert the zlotys, not the euros)."""
    if a.kind != "money" or a.unit == b.unit:
        return False
    of_a, of_b = converted_sum(a, left), converted_sum(b, right)
    for conv, other in ((of_b, a), (of_a, b)):
        if conv is not None and (conv.unit == other.unit) != (conv.value == other.value):
            return True
    if of_a is not None or of_b is not None:
        return False
    if _converted_into(a, b.unit, left) or _converted_into(b, a.unit, right):
        return True  # "3.2 billion crowns ($290 million)" / "$290 billion": the dollars are the pair (ut254)
    return any(_alike(a, g) for g in right) or any(_alike(b, g) for g in left)


def _converted_into(f: Fact, currency: str, facts: Sequence[Fact]) -> bool:
    """Does its sentence convert the sum ``f`` into ``currency`` right after it?"""
    return any(g.unit == currency and converted_sum(g, facts) is f for g in facts if g.kind == "money")


def _alike(f: Fact, g: Fact) -> bool:
    return g.kind == "money" and g.unit == f.unit and g.value == f.value
