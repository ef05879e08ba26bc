"""One office for another before one person's name, in a sentence a rewrite kept.

"Press Secretary Robert Gibbs declined ..." / "Communications Director Robert Gibbs declined
...", "Senate Democratic Leader Charles Schumer" / "House Democratic Leader Charles Schumer":
the name is the same, its title is not, and no other rule reads it.  Only in two sentences
mostly the same words (:data:`reader.textnorm.REWRITE_SHARE_MIN`): two outlets give one
person whichever of their offices fits ("Sen. Mitch McConnell" / "Majority Leader Mitch
McConnell"), a rewrite that keeps the sentence and changes the office has changed a fact.
A title one side only gives, or gives in part ("Leader" / "Senate Leader"), an abbreviation
("Sen." / "Senator"), a form of address ("Mr.") and a title of another length ("House
Speaker" / "Rep.": another of the person's offices) are no change.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from reader.facts.namewords import person
from reader.lang import ABBREVIATED_WORDS, ADDRESS_FORMS, OFFICES
from reader.model import Difference, Fact
from reader.textnorm import fold, mostly_alike

# words before a name that tell no office: forms of address, a doctor's title, joints
_NO_OFFICE = ADDRESS_FORMS | {"dr", "the", "former", "of"}
# words that make an office another, lower or temporary post: a deputy secretary is no secretary
_RANKS = frozenset("deputy acting assistant vice associate interim lieutenant".split())
# roles a news sentence puts before a person's name, each with the one it means: two words of
# one role are one ("lawyer" / "attorney", "spokesman" / "spokeswoman": a house style or a slip
# of no fact; a football club's "manager" is its coach)
_ROLES = {
    w: group.split()[0]
    for group in (
        "trainer", "promoter", "coach manager", "agent", "lawyer attorney counsel",
        "adviser advisor aide", "spokesman spokeswoman spokesperson", "owner", "founder",
        "editor", "producer", "director", "president", "chairman chairwoman chair", "secretary",
        "treasurer", "captain", "teammate", "partner", "publicist", "doctor physician",
    )
    for w in group.split()
}  # fmt: skip
_ROLE_SET = frozenset(_ROLES)


def title_diffs(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """Each person named on both sides with two offices (the module docstring), and a rank a
    rewrite added to or dropped from an office (:func:`_ranks`)."""
    titled_l, titled_r = _titled(left), _titled(right)
    lows = left_text.lower(), right_text.lower()
    wa, wb = lows[0].split(), lows[1].split()
    # the cheap questions first (a book's verses are thousands of passages): a rank on one
    # side, or a role before a name on both
    ranked = not (_RANKS.isdisjoint(wa) and _RANKS.isdisjoint(wb))
    ranked = ranked or (_role_before_name(wa, left_text) and _role_before_name(wb, right_text))
    if not (titled_l and titled_r) and not ranked:
        return []
    matcher = mostly_alike(wa, wb, slack=4)
    if matcher is None:
        return []
    out = _ranks(matcher, wa, wb, (left_text.split(), right_text.split())) if ranked else []
    for who, (shown_a, words_a) in titled_l.items():
        if who not in titled_r:
            continue
        shown_b, words_b = titled_r[who]
        words_a, words_b = _portfolio(words_a), _portfolio(words_b)
        if words_a <= words_b or words_b <= words_a or len(words_a) != len(words_b):
            continue  # one side gives more of one office, the same in other letters, or another
            # of the person's offices ("House Speaker" / "Rep.", "Majority Leader" / "Sen.")
        if _initials_for_body(words_a - words_b, words_b - words_a, (shown_a, shown_b)):
            continue  # "Commission Chairman" / "PUC Chairman": the body by its initials
        if _told_elsewhere(words_b - words_a, wa) or _told_elsewhere(words_a - words_b, wb):
            continue  # the office the other side puts before the name, this side states too ("the
            # university's vice-chancellor, Professor Sir Malcolm" / "Vice-chancellor Sir Malcolm")
        out.append(Difference("name", shown_a, shown_b, f"one title for another: {shown_a} vs {shown_b}"))
    return out


# one portfolio by two names, in two spellings or two countries' usage ("Agriculture Minister" /
# "Farm Minister", "Defence" / "Defense"), and one rank ("Vice Foreign Minister" / "Deputy Foreign
# Minister", ut259): data of government titles, each word with the one it means
_PORTFOLIOS = {
    w: group.split()[0]
    for group in ("agriculture farm farming agricultural", "defence defense", "interior home",
                  "foreign external", "labour labor", "finance financial", "deputy vice")
    for w in group.split()
}  # fmt: skip


def _portfolio(words: frozenset[str]) -> frozenset[str]:
    return frozenset(_PORTFOLIOS.get(w, w) for w in words)


def _initials_for_body(only_a: frozenset[str], only_b: frozenset[str], shown: tuple[str, str]) -> bool:
    """Is the one word of a title that differs a body's initials on one side, ending in the
    initial of the other side's word ("PUC" / "Commission": the Public Utility Commission,
    "SEC" / "Commission")?  A title names its body by its last word or by its initials."""
    if len(only_a) != 1 or len(only_b) != 1:
        return False
    (a,), (b,) = only_a, only_b
    return any(
        _INITIALS_MIN <= len(short) <= _INITIALS_MAX
        and short.upper() in title.split()
        and short[-1] == word[:1]
        for short, word, title in ((a, b, shown[0]), (b, a, shown[1]))
    )


# the letters of a body's initials written before a title ("EU", "PUC", "NASA", "UNESCO")
_INITIALS_MIN, _INITIALS_MAX = 2, 6


def _told_elsewhere(office: frozenset[str], words: list[str]) -> bool:
    """Are the words of an office all in the other sentence's words (lower case)?"""
    said = {fold(w).strip(".,;:").removesuffix("'s").removesuffix("’s") for w in words}
    return bool(office) and office <= said


def _ranks(
    matcher: SequenceMatcher[str], wa: list[str], wb: list[str], written: tuple[list[str], list[str]]
) -> list[Difference]:
    """A rank one side gives an office and the other does not, at the same place in a kept
    sentence: "Neal S. Wolin, the deputy secretary of the Treasury" / "..., the secretary of
    the Treasury" is another post.  "Former" is no rank: a style's choice for a past office.
    And one role put for another before the same name ("trainer Emanuel Steward" / "promoter
    Emanuel Steward"), two names of one role aside ("lawyer" / "attorney")."""
    out = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "replace" and _for_another(wa, wb, i1, i2, j1, j2):
            a, b = (
                " ".join(w[x:y]).strip(".,;:") for w, x, y in ((written[0], i1, i2), (written[1], j1, j2))
            )
            out.append(Difference("name", a, b, f"whom they act for: {a} vs {b}"))
            continue
        if (
            op == "replace"
            and max(i2 - i1, j2 - j1) <= _ROLE_WORDS_MAX
            and _roles_apart(wa[i1:i2], wb[j1:j2])
        ):
            name = written[0][i2 : i2 + 1]
            if name and name[0][:1].isupper() and name == written[1][j2 : j2 + 1]:
                a, b = " ".join(written[0][i1:i2]), " ".join(written[1][j1:j2])
                out.append(Difference("name", a, b, f"one title for another: {a} vs {b}"))
            continue
        extra, at = (wa[i1:i2], i2) if op == "delete" else (wb[j1:j2], j2) if op == "insert" else ([], 0)
        # (the office right after the rank, or after the body it is of: "deputy police chief")
        words = (wa if op == "delete" else wb)[at : at + 2]
        ends = [k for k, w in enumerate(words) if w.strip(".,;:") in OFFICES][:1]
        if len(extra) == 1 and extra[0] in _RANKS and ends:
            plain = " ".join(words[: ends[0] + 1]).strip(".,;:")
            ranked = f"{extra[0]} {plain}"
            a, b = (ranked, plain) if op == "delete" else (plain, ranked)
            out.append(Difference("name", a, b, f"one title for another: {a} vs {b}"))
    return out


def _role_before_name(words: list[str], text: str) -> bool:
    """Does a role word stand right before "for" ("a lawyer for the plaintiffs") or a few words
    before a capitalised word ("trainer Emanuel Steward", "editor in chief Matt Mittenthal")?"""
    if _ROLE_SET.isdisjoint(words):
        return False
    written = text.split()
    return any(
        w in _ROLE_SET
        and (words[k + 1] == "for" or any(x[:1].isupper() for x in written[k + 1 : k + _ROLE_WORDS_MAX + 1]))
        for k, w in enumerate(words[:-1])
    )


# the most words of the party a role acts for that a rewrite may put for another
_FOR_WORDS_MAX = 3


def _for_another(wa: list[str], wb: list[str], i1: int, i2: int, j1: int, j2: int) -> bool:
    """Is the replaced run the party one role acts for on both sides ("a lawyer for the
    plaintiffs" / "a lawyer for Wal-Mart")?"""
    if not (0 < i2 - i1 <= _FOR_WORDS_MAX and 0 < j2 - j1 <= _FOR_WORDS_MAX):
        return False
    ka = i1 - 1 - (i1 > 0 and wa[i1 - 1] in ("the", "a", "an"))  # "for the city" / "for the county"
    kb = j1 - 1 - (j1 > 0 and wb[j1 - 1] in ("the", "a", "an"))
    if ka < 1 or kb < 1:
        return False
    return wa[ka] == wb[kb] == "for" and wa[ka - 1] == wb[kb - 1] and wa[ka - 1] in _ROLE_SET


# the most words of a role put for another before one name ("spokesman" / "editor in chief")
_ROLE_WORDS_MAX = 3


def _roles_apart(a: list[str], b: list[str]) -> bool:
    """Are two stretches of words two roles of a person, no role in common ("press secretary" /
    "deputy treasurer", "spokesman" / "editor in chief"), not two names of one ("lawyer" /
    "attorney")?  ("chief" is no role of its own: "Finance director" / "Finance chief" is one post.)"""
    if "and" in a or "and" in b:
        return False  # "co-founder and chief executive" / "founder": one person's two posts, listed
    ra, rb = {_ROLES[w] for w in a if w in _ROLES}, {_ROLES[w] for w in b if w in _ROLES}
    return bool(ra) and bool(rb) and ra.isdisjoint(rb)


def _titled(facts: list[Fact]) -> dict[str, tuple[str, frozenset[str]]]:
    """The people a sentence names with a title before them: their name (folded) -> the
    title as written and its words (abbreviations read whole, forms of address left out)."""
    out = {}
    for f in facts:
        if f.kind != "name":
            continue
        bare = person(f.text)
        if bare == f.text or len(bare.split()) < 2 or not f.text.endswith(bare):
            continue
        title = f.text[: len(f.text) - len(bare)].strip()
        words = frozenset(
            ABBREVIATED_WORDS.get(w, w)
            for w in (fold(x).strip(".,") for x in title.split())
            if w not in _NO_OFFICE
        )
        if words:
            out[fold(bare)] = (title, words)
    return out
