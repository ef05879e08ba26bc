"""A number named by the word before it: "Category 4", "Flight 482", "NexOS 7", "Route 9".

Such a number is no count of anything (the facts leave a figure after a capitalised word alone:
it is part of a name), but two accounts of one storm, flight or release that give it two values
disagree as much as two counts do: "made landfall as a Category 4 hurricane" / "came ashore as a
Category 3 storm", "Flight NW 482" / "Flight NW 428".  Compared when each sentence names the
label with one number and the two numbers differ; a label both sentences give with the same
number as well (two flights, two versions in one sentence) is left alone.  A short code of
capitals between the label and the number is part of the name ("Flight NW 482").  Years,
months, weekdays and function words opening a sentence ("In 2013") are no labels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.facts.tables import QUALIFIERS, RESULT_COUNTED, SCALE_WORDS
from reader.lang import MONTHS, NOT_NAMES, WEEKDAYS
from reader.model import Difference
from reader.textnorm import fold

_LABELLED = re.compile(
    r"\b([A-Z][A-Za-z]+)((?:\s+[A-Z]{1,3})?)\s+(\d{1,4}[A-Za-z]?)\b(?![.,:/-]?\d)(?!,?\s+(?:and|or|to)\s+\d)"
)  # (not the first of a list: "Internet Explorer 8 and 9" names two versions)
_HINT = re.compile(r"[A-Z][A-Za-z]+\s+(?:[A-Z]{1,3}\s+)?\d")
# capitalised words that are no label of a number: they open a sentence or a clause, or say when
_NOT_LABELS = (
    frozenset(
        """in on at by to of for from since until after before during about around nearly some the
    a an and or but than with over under between only just almost roughly approximately all
    no nos number page pages chapter chapters room rooms""".split()
    )
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset(m[:3] for m in MONTHS)
    | {"sept"}
)


# a place's name before a count is no label: "in Texas 12 people died"
_PLACE_BEFORE = re.compile(r"\b(?:in|im|across|throughout|from|aus)\s+$", re.IGNORECASE)
# ... nor a name before a count of a noun in the plural ("Deutschland 249 Sterne-Restaurants")
_COUNTED_AFTER = re.compile(
    r"\s+(?:(?!(?:was|has|does|goes|is|his|its|this|thus|plus|across|less|unless)\b)[\w-]+s|people|men|women|children)\b"
)


def _labelled(text: str) -> dict[str, list[tuple[str, str]]]:
    """Per label (its words, folded), the numbers it names as written, each with its span."""
    out: dict[str, list[tuple[str, str]]] = {}
    for m in _LABELLED.finditer(text):
        label, code, number = m.group(1), m.group(2).strip(), m.group(3)
        if label.lower() in _NOT_LABELS or (
            number.isdigit() and len(number) == 4 and 1600 <= int(number) <= 2099
        ):
            continue
        if _PLACE_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _COUNTED_AFTER.match(
            text, m.end()
        ):
            continue  # "in Texas 12 people", "in Deutschland 249 Sterne-Restaurants": a place, a count
        # a plural's "s" is no letter of the number: "Boeing 737s" are Boeing 737s
        value = number[:-1] if number.endswith("s") and number[:-1].isdigit() else number.lower()
        out.setdefault(f"{label.lower()} {code}", []).append((value, m.group(0)))
    return out


def labelled_number_diffs(
    left_text: str, right_text: str, found: Sequence[Difference] = ()
) -> list[Difference]:
    """The numbers one label names two ways in two linked sentences, one of each a side (not
    those a difference ``found`` tells already)."""
    if _HINT.search(left_text) is None or _HINT.search(right_text) is None:
        return []  # (most sentence pairs: no capitalised word before a figure)
    lefts, rights = _labelled(left_text), _labelled(right_text)
    out = []
    for label in lefts.keys() & rights.keys():
        (la, *more_l), (rb, *more_r) = lefts[label], rights[label]
        if more_l or more_r or la[0] == rb[0] or any(d.left in la[1] and d.right in rb[1] for d in found):
            continue
        out.append(Difference("number", la[1], rb[1], f"number: {la[1]} vs {rb[1]}"))
    return out


_SCALE_AFTER = re.compile(rf"\s+(?:{SCALE_WORDS})\b", re.I)


def part_of_name(text: str, a: int, raw: str, cur: str) -> bool:
    """ "Europe 1", "Apollo 11", "Article 5": a short number right after a capitalised word (not a
    result listed after a name: "the Social Democrats 9 seats", :data:`RESULT_COUNTED`; nor a
    figure with its scale: "and Delvaux 17 million litres")."""
    prev = text[:a].rstrip()
    after = a + len(raw)
    if not (raw.isdigit() and len(raw) < 4 and prev and not cur) or (
        RESULT_COUNTED.match(text, after) or _SCALE_AFTER.match(text, after)
    ):
        return False
    pw = prev.rsplit(None, 1)[-1]
    pw = pw.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,}", pw) else pw  # "U.S. 271" as "US 271"
    return (
        pw[:1].isupper()
        and pw.isalpha()
        and pw.lower() not in NOT_NAMES
        and pw.lower() not in MONTHS
        and pw.lower() not in WEEKDAYS
        and fold(pw) not in QUALIFIERS
    )
