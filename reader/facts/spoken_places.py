"""Where one statement was made, told two ways: '"This contraband has been trafficked into our
state," Bruning said at a news conference in Lincoln' / '..., Bruning told reporters in Omaha'.

The same words quoted from the same speaker are one statement, made in one place: two places
after the verb of saying ("said in Lincoln", "told reporters in Omaha", "said at a rally in Des
Moines") disagree, whatever else each side words its own way.  Not a conflict: one place inside the
other's words ("New York" / "New York City"), a city and its short name, a city and the state or
country around it ("Lincoln" / "Nebraska": a place within another), a month or a day after "in"
(a time), two speakers or two quotes (two statements), a place only one side gives.  A region
known neither as a state nor as a country ("Leeds" / "Yorkshire") reads as a place of its own:
no table here holds every county.
"""

from __future__ import annotations

import re

from reader.facts.based_in import within, without_stop
from reader.facts.namewords import content_tokens
from reader.facts.quote_speakers import one_quotation
from reader.facts.speech_patterns import SPEECH
from reader.lang import CALENDAR_WORDS
from reader.model import Difference, Fact

# the place after the verb of saying, within a few words in its clause ("said Tuesday at a news
# conference in Lincoln", "told reporters in Omaha"): one to three capitalised words
_SAID_IN = re.compile(
    rf"\b{SPEECH}\b[^.;:\"“”]{{0,50}}?\bin\s+(?P<place>(?:[A-Z][a-zA-Z.'’-]+\s){{0,2}}[A-Z][a-zA-Z.'’-]+)"
)


def spoken_place_diffs(
    left: list[Fact], right: list[Fact], left_text: str, right_text: str
) -> list[Difference]:
    """The places one quotation of one speaker was said in, when the two sides give two (the module's
    rule), at most one."""
    for a, b in one_quotation(left, right):
        if not set(content_tokens(a.speaker)) & set(content_tokens(b.speaker)):
            continue  # two speakers: two statements (the speaker rule's)
        pa, pb = _place(left_text, a), _place(right_text, b)
        if pa and pb and not within(pa, pb):
            return [Difference("name", pa, pb, f"where {b.speaker} said it: {pa} vs {pb}")]
    return []


def _place(text: str, quote: Fact) -> str:
    """The place the clause of a quotation's verb of saying gives, after the quotation, or ''."""
    m = _SAID_IN.search(text, quote.end)
    if m is None:
        return ""
    place = without_stop(m.group("place"))
    return "" if place.split()[0].lower() in CALENDAR_WORDS else place
