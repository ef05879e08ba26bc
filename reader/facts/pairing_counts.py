"""What a count counts when two articles name the thing with two words; a gun's calibre.

:mod:`reader.facts.pairing_items` pairs two counts when the noun after each is the same
("12 people" / "15 people").  Two accounts often name one thing with two nouns:

* the size of a gathering: "the crowd was estimated at 70" / "more than 100 people joined
  the vigil" / "a crowd of about 300" / "200 protesters marched".  A count of people is a
  crowd's size only when a word of gathering stands next to it (the people *gathered*,
  *joined*, *marched*; a vigil *attended by* them), never a count of people hurt,
  arrested or evacuated;
* one thing under two general names (:data:`SAME_THING`: "six fire *engines*" / "four
  *appliances*", "troops" / "soldiers", "homes" / "houses"): the names of one thing in
  general English, no story's words;
* a count added to an earlier one ("called in an *additional* six engines" / "called a
  *further* four appliances"): an increment is its own slot, so it never pairs with the
  first count ("two engines were sent"), and the increment word is no verb.

* a gun's calibre (:func:`calibres`): ".38-caliber revolver" / ".357 caliber revolver" name two
  cartridges; compared as written, of one class of weapon (a handgun, a long gun, ammunition).

Each of the first three gives the item one more word of what it is about (:func:`count_slots`); the pairing's
other rules still hold (the same verb when both have one, shared context, one moment,
one scope).
"""

from __future__ import annotations

import re

from reader.model import Fact

# the marker of a gathering's size, in an item's "what"
CROWD = "<crowd>"

# nouns of people who make up a gathering (general English)
_CROWD_NOUNS = (
    "people|persons|protesters|protestors|demonstrators|mourners|marchers|supporters|"
    "participants|attendees|fans|spectators|onlookers|worshippers|worshipers|activists|well-wishers"
)
# a count of people followed, within two words, by a verb of gathering
_PEOPLE_GATHERED = re.compile(
    rf"\s+(?:[a-z-]+\s+)?(?:{_CROWD_NOUNS})\s+(?:(?:had|have|were|who|reportedly|also|then|later)\s+)?"
    r"(?:gathered|joined|attended|turned\s+out|showed\s+up|marched|rallied|protested|assembled|"
    r"took\s+part|packed|filled|lined|came\s+out|massed|congregated)\b",
    re.IGNORECASE,
)
# hedges that may stand between the words of a gathering and its count
_HEDGE = (
    r"(?:(?:about|around|some|roughly|nearly|almost|approximately|an\s+estimated|estimated|"
    r"more\s+than|over|at\s+least|up\s+to|as\s+many\s+as|close\s+to|fewer\s+than|less\s+than)\s+)*"
)
# "the crowd at 70", "a crowd of about 300", "crowds numbering 5,000", "attended by 200", "in
# front of 18,000 fans"
_CROWD_BEFORE = re.compile(
    r"(?:\bcrowds?\b[^.;:!?\d\"“”]{0,30}?\b(?:at|of|to|numbered|numbering|reached|swelled\s+to)"
    r"|\b(?:attended|joined|watched)\s+by|\bin\s+front\s+of)\s+" + _HEDGE + r"$",
    re.IGNORECASE,
)
# a count of people "of" a crowd: "a crowd of 300 people" has its noun after it too
_CROWD_LOOKBACK = 60

# one thing under two general names: each name's 5-letter stem and the one it is read as
SAME_THING: dict[str, str] = {
    **dict.fromkeys(("engin", "appli", "tende"), "engin"),  # fire engines, appliances, tenders
    **dict.fromkeys(("troop", "soldi"), "troop"),
    **dict.fromkeys(("homes", "house", "dwell"), "homes"),  # not "resid": residents or residences
    **dict.fromkeys(("compa", "firms", "busin"), "compa"),  # companies, firms, businesses
    **dict.fromkeys(("peopl", "perso", "indiv", "adult", "men", "women", "man", "woman", "patie"), "peopl"),
}

# a count added to an earlier one: "an additional six", "a further four", "another 200"
_INCREMENT = re.compile(
    r"\b(?:additional|further|extra|another)\s+(?:(?:about|around|some|nearly)\s+)?$", re.IGNORECASE
)
_INCREMENT_WORDS = ("additional", "further", "extra", "another")


def gathering_size(text: str, start: int, end: int) -> bool:
    """Does the count at ``text[start:end]`` give the size of a gathering ("estimated the crowd at
    70", "more than 100 people joined ... a vigil")?"""
    at = max(0, start - _CROWD_LOOKBACK)
    before = text[at:start].lower()
    if ("crowd" in before or " by " in before or "front of" in before) and _CROWD_BEFORE.search(
        text, at, start
    ) is not None:
        return True
    return _PEOPLE_GATHERED.match(text, end) is not None


def crowd_sizes(a: Fact, b: Fact, left_text: str, right_text: str) -> bool:
    """Are both values the size of a gathering ("estimated the crowd at 70" / "more than 100
    people joined ... a vigil")?  The gathering is what both measure, whatever words stand
    near them."""
    if a.kind != "number" or b.kind != "number":
        return False
    return gathering_size(left_text, a.start, a.end) and gathering_size(right_text, b.start, b.end)


def increment(text: str, start: int) -> bool:
    """Is the count at ``start`` added to an earlier one ("called in an additional six engines")?"""
    before = text[max(0, start - 30) : start].lower()
    return any(w in before for w in _INCREMENT_WORDS) and _INCREMENT.search(before) is not None


# prepositions of place and reach that the function words leave out: where a count's noun ends
# ("1,840 farms across England": farms, not England)
PLACE_WORDS = frozenset("across throughout along among between within beyond via".split())


def count_slots(what: frozenset[str], text: str, start: int, end: int) -> frozenset[str]:
    """``what`` a count counts, with the general name of one thing (:data:`SAME_THING`) and the
    size of a gathering (:data:`CROWD`); an increment's words marked as such ("engin+")."""
    out = set(what) | {SAME_THING[w] for w in what if w in SAME_THING}
    if gathering_size(text, start, end):
        out.add(CROWD)
    if out and increment(text, start):
        return frozenset(w + "+" for w in out)
    return frozenset(out)


# A calibre or gauge is the name of a gun's cartridge, not a quantity: ".38" and ".357" are
# two cartridges (though their bullets are nearly one width), "9mm" a third; two of them
# told of one weapon are a conflict, compared as written (".38 Special" is ".38 caliber").
_CALIBRE = re.compile(
    r"(?:(?<!\d)\.\s?(?P<inch>\d{2,3})|(?<![\w.,])(?P<bare>\d{2,3}))\s*+-?+\s*+"
    r"(?:cal(?:iber|ibre)?\b\.?|magnum\b|special\b|acp\b)"
    r"|(?<![\w.,])\.(?P<dot>\d{2,3})(?=\s)"  # ".22 rifle": the point written on the figure
    r"|(?<![\w.,])(?P<mm>\d{1,2}(?:\.\d{1,2})?)\s*+-?+\s*+mm\b"
    r"|(?<![\w.,])(?P<gauge>\d{1,2})\s*+-?+\s*+gauge\b",
    re.IGNORECASE,
)
# the weapon (or ammunition) a calibre is of: within two words after it (the quantifiers
# over white space and hyphens are possessive: two that can take the same characters made a
# long run of spaces after a figure quadratic, 13 s for 96 KB)
_ARMS = re.compile(
    r"[\s-]*+(?:[A-Za-z-]+\s+){0,2}?(?P<arm>revolvers?|pistols?|handguns?|guns?|rifles?|shotguns?|weapons?|"
    r"firearms?|carbines?|bullets?|rounds?|shells?|cartridges?|ammunition)\b",
    re.IGNORECASE,
)
# which calibres of a story may be of one thing: a handgun, a long gun, ammunition; a
# general word for a gun may be either gun
_ARM_CLASS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("revolver", "pistol", "handgun"), frozenset({"<handgun>"})),
    **dict.fromkeys(("rifle", "shotgun", "carbine"), frozenset({"<longgun>"})),
    **dict.fromkeys(("gun", "weapon", "firearm"), frozenset({"<handgun>", "<longgun>"})),
    **dict.fromkeys(("bullet", "round", "shell", "cartridge", "ammunition"), frozenset({"<ammo>"})),
}
# a figure written from its point (".38"), not inside a number: the point first, so the regex
# engine scans for it (the same matches as (?<![\w.,])\.\d, which is tried at every character)
_POINT_FIGURE = re.compile(r"\.(?<![\w.,]\.)\d")
_CALIBRE_HINTS = ("cal", "mm", "gauge", "magnum", "special", "acp")


# The police and the person they shot carry two guns: a calibre in a sentence whose subject
# is the police ("The officer fired his .40-caliber pistol") is of another gun than one whose
# subject is someone else ("The suspect fired a 9mm handgun").  The subject is read after an
# attribution ("Police said Gray had a .357 revolver": Gray's gun).
_POLICE = r"(?:police(?:man|men|woman)?|officers?|cops?|deput(?:y|ies)|troopers?|agents?|detectives?|sheriff)"
_ATTRIBUTION = re.compile(
    rf"^(?:(?:the\s+)?(?:{_POLICE}|officials|authorities|prosecutors|investigators|witnesses)\s+"
    r"(?:said|say|says|told\s+[\w\s]{1,30}?)(?:\s+that)?\s+|according\s+to\s+[^,]{1,60},\s*)",
    re.IGNORECASE,
)
_POLICE_SUBJECT = re.compile(
    rf"^(?:the\s+|an?\s+|two\s+|three\s+)?(?:[\w-]+\s+){{0,2}}?{_POLICE}\b", re.IGNORECASE
)


# where the clause of a calibre starts: "... shot a teenager after police say he pointed a
# .357 revolver" is the teenager's gun, told in its own clause
_CLAUSE_START = re.compile(r"(?:[,;:]|\b(?:after|when|before|as|because|while|since|until|and|but))\s+", re.I)


def holder(text: str, at: int = 0) -> str:
    """'<police>' when the subject of the clause holding ``at`` is the police (read after an
    attribution: "police said he ..."), else ''."""
    start = 0
    for cut in _CLAUSE_START.finditer(text, 0, at):
        start = cut.end()
    said = _ATTRIBUTION.match(text[start:at])
    return "<police>" if _POLICE_SUBJECT.match(text[start:at], said.end() if said else 0) else ""


def calibres(text: str) -> list[tuple[int, int, str, frozenset[str]]]:
    """The calibres of a sentence with the weapon they are of: (start, end, designation,
    weapon class), the designation as ".38", "9mm", "12-gauge"; a class marked with
    :func:`holder` when the police hold it."""
    low = text.lower()
    if not any(h in low for h in _CALIBRE_HINTS) and _POINT_FIGURE.search(text) is None:
        return []
    out = []
    for m in _CALIBRE.finditer(text):
        arm = _ARMS.match(text, m.end())
        if arm is None:
            continue
        noun = arm.group("arm").lower()
        noun = noun[:-1] if noun.endswith("s") and noun != "ammunition" else noun
        if m.group("mm"):
            name = m.group("mm") + "mm"
        elif m.group("gauge"):
            name = m.group("gauge") + "-gauge"
        else:
            name = "." + (m.group("inch") or m.group("bare") or m.group("dot"))
        who = holder(text, m.start())
        out.append((m.start(), m.end(), name, frozenset(c + who for c in _ARM_CLASS[noun])))
    return out
