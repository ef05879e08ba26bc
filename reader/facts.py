"""Facts: typed values in sentences, and the decision of what is a discrepancy.

Two accounts of one event are compared by the facts they state, not by their wording:
"Dec. 10, 2012" and "10 December 2012" are one date, "30 days" and "a 30-day period" one
duration, "NSA" and "National Security Agency" one name.  We extract numbers, durations,
dates, days, names and quotes with their normalised value and their exact span, so that a
discrepancy can point at the smallest conflicting words ("13 months" / "30-day period")
and an equivalent wording is never reported.

Everything here is regular expressions and small tables: extraction of both bundled
articles takes a few milliseconds, and no model is needed (none could be downloaded).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace

from reader.model import Difference, Fact

# ---------------------------------------------------------------------------------------
# numbers

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12,
    "a hundred": 100, "a thousand": 1000, "half a dozen": 6, "a couple of": 2,
}
_SCALE = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9,
    "m": 1e6, "k": 1e3, "mn": 1e6, "tn": 1e12,
}
_NUMWORD = (
    r"(?:half\s+a\s+dozen|a\s+couple\s+of|a\s+dozen|a\s+hundred|a\s+thousand|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozen)"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_NUM = rf"(?:{_DIGITS}|{_NUMWORD})"


def number_value(text: str) -> float | None:
    """'70.3 million' -> 70300000.0, 'two' -> 2, 'forty-two' -> 42, '1,200' -> 1200."""
    t = text.lower().strip()
    t = re.sub(r"\s+", " ", t)
    scale = 1.0
    m = re.search(r"\s*(thousand|million|billion|trillion|bn|mn|tn|m|k)$", t)
    if m and not re.fullmatch(r"(thousand|million|billion|trillion)", t):
        scale = _SCALE[m.group(1)]
        t = t[: m.start()].strip()
    if re.fullmatch(_DIGITS, t):
        return float(t.replace(",", "")) * scale
    if t in _UNITS_WORDS:
        return _UNITS_WORDS[t] * scale
    parts = re.split(r"[-\s]", t)
    if len(parts) == 2 and parts[0] in _UNITS_WORDS and parts[1] in _UNITS_WORDS:
        return (_UNITS_WORDS[parts[0]] + _UNITS_WORDS[parts[1]]) * scale
    if t in _SCALE and t in ("thousand", "million", "billion", "trillion"):
        return _SCALE[t]
    return None


# ---------------------------------------------------------------------------------------
# dates and days

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAYNUM})(?![\d:])(?:,?\s+(?P<y1>{_YEAR}))?"
    rf"|(?P<d2>{_DAYNUM})\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?"
    rf"|(?P<m3>{_MONTH})\s+(?P<y3>{_YEAR})"
    rf"|(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-3]\d))\b"
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"tomorrow|tonight|this\s+(?:morning|afternoon|evening|week)|last\s+(?:week|month|year|night)|"
    r"next\s+(?:week|month|year))\b",
    re.I,
)
_YEAR_ALONE = re.compile(rf"(?<![\w.,-]){_YEAR}(?![\w-])")

# ---------------------------------------------------------------------------------------
# durations

_DUR_UNITS = {
    "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
    "fortnight": 14.0, "month": 30.4375, "year": 365.25, "decade": 3652.5,
}
_DUR_UNIT = r"(?P<unit>second|minute|hour|day|week|fortnight|month|year|decade)s?"
_QUAL = (
    r"(?P<qual>less\s+than|fewer\s+than|under|more\s+than|over|nearly|almost|about|around|"
    r"roughly|some|at\s+least|at\s+most|up\s+to|just\s+over|just\s+under|within)"
)
_DURATION = re.compile(
    rf"\b(?:{_QUAL}\s+)?(?:(?:a|one)\s+period\s+of\s+)?(?:a\s+|an\s+)?"
    rf"(?P<num>{_NUM}|a|an)[-\s]{_DUR_UNIT}(?![-\s]old)(?:[-\s](?P<noun>period|span|stretch|window|spell|run|long))?\b",
    re.I,
)
_PERIOD_OF = re.compile(rf"\bperiod\s+of\s+(?P<num>{_NUM})\s+{_DUR_UNIT}\b", re.I)

# ---------------------------------------------------------------------------------------
# quantities

_QUANTITY = re.compile(
    rf"(?<![\w.,/-])(?P<cur>[$€£¥])?\s?(?P<num>{_DIGITS}|{_NUMWORD})"
    rf"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|tn)\b)?"
    rf"(?:\s?(?P<pct>%|percent|per\s+cent)\b)?(?![\w-])",
    re.I,
)
_NOUN = re.compile(r"\s+(?:of\s+)?((?:[A-Za-z][\w'-]*\s+){0,2}?[a-z][\w'-]*)")

# ---------------------------------------------------------------------------------------
# names

_CAP = r"(?:[A-Z][\w'’.-]*[\w]|[A-Z]\.|[A-Z])"
_NAME = re.compile(
    rf"{_CAP}(?:\s+(?:(?:de|da|del|della|der|van|von|al|bin|le|la|du|of|the|and|y)\s+)?{_CAP})*"
)
_NOT_NAMES = frozenset(
    """the a an and but or if in on at for to of by from with as after before when while
    this that these those there here he she it they we i you his her its their our my
    according earlier later meanwhile however also although though yet so then still
    some many most all both each every another other such no not amongst among apparently
    finally first last one two three four five six seven eight nine ten what which who
    why how where""".split()
)
_TITLES = frozenset(
    """president minister prime foreign interior secretary ambassador director general
    chief spokesman spokeswoman spokesperson former deputy senator sen rep representative
    gov governor mayor king queen prince princess pope judge justice chancellor premier
    officer commander gen col lt sgt dr mr mrs ms prof sir lord lady state national
    us u.s. french mexican american german british brazilian european""".split()
)
_SPEECH = (
    r"(?:said|says|told|added|asked|stated|declared|insisted|warned|wrote|explained|"
    r"noted|argued|claimed|replied|tweeted|announced|admitted|conceded)"
)
_PRONOUNS = frozenset({"he", "she", "they"})
_QUOTE = re.compile(r"[\"“”](?P<q>[^\"“”]{2,}?)[\"“”]")


def fold(text: str) -> str:
    text = text.lower().replace("’", "'")
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _clean_name(span: str, start: int, sentence_start: bool) -> tuple[str, int] | None:
    words = span.split()
    off = 0
    # a capitalised first word of a sentence is not a name when it is a function word
    while words and (
        words[0].lower().strip(".") in _NOT_NAMES
        or fold(words[0]).strip(".") in MONTHS
        or words[0].lower() in WEEKDAYS
    ):
        off += len(words[0]) + 1
        words = words[1:]
    while words and words[-1].lower() in ("of", "the", "and", "de", "la", "y"):
        words = words[:-1]
    if not words:
        return None
    text = " ".join(words)
    if len(text) < 2 or (len(words) == 1 and sentence_start and off == 0 and words[0].lower() in _NOT_NAMES):
        return None
    if all(fold(w).strip(".") in MONTHS or w.lower() in WEEKDAYS for w in words):
        return None
    return text, start + off


def name_tokens(name: str) -> tuple[str, ...]:
    """Folded words of a name without initials: 'Charles H. Rivkin' -> (charles, rivkin)."""
    return tuple(w for w in (fold(x).strip(".,'") for x in re.split(r"[\s]+", name)) if len(w) > 1)


def acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in ("of", "the", "and", "for", "de")]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def same_name(a: Fact, b: Fact) -> bool:
    """Variants of one name: equal, one a subset of the other, or an acronym of it."""
    ta, tb = set(name_tokens(a.text)), set(name_tokens(b.text))
    if not ta or not tb:
        return False
    if ta <= tb or tb <= ta:
        return True
    ua = a.text.replace(".", "").upper()
    ub = b.text.replace(".", "").upper()
    if " " not in a.text and ua == acronym(b.text):
        return True
    if " " not in b.text and ub == acronym(a.text):
        return True
    return False


# ---------------------------------------------------------------------------------------
# extraction


def _overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(a < y and x < b for x, y in spans)


def extract(text: str, *, year_hint: int | None = None) -> list[Fact]:
    """All facts of one sentence, spans relative to ``text``; dates get ``year_hint``."""
    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []
    has_digit = any(c.isdigit() for c in text)
    low = text.lower()

    # dates
    if has_digit:
        for m in _DATE.finditer(text):
            g = m.groupdict()
            if g["iy"]:
                y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
            else:
                mon = g["m1"] or g["m2"] or g["m3"]
                mo = MONTHS[fold(mon).rstrip(".")]
                dtxt = g["d1"] or g["d2"]
                d = int(re.sub(r"\D", "", dtxt)) if dtxt else 0
                ytxt = g["y1"] or g["y2"] or g["y3"]
                y = int(ytxt) if ytxt else 0
                if mon.lower().rstrip(".") == "may" and not (dtxt or ytxt):
                    continue
            inferred = ()
            if not y and year_hint:
                y, inferred = year_hint, ("year inferred",)
            facts.append(Fact("date", m.group(), m.start(), m.end(), (y, mo, d), extra=inferred))
            taken.append((m.start(), m.end()))
    for m in _DAY.finditer(text):
        if not _overlaps(taken, m.start(), m.end()):
            facts.append(Fact("day", m.group(), m.start(), m.end(), m.group().lower()))

    # durations
    if has_digit or any(u in low for u in ("day", "week", "month", "year", "hour", "minute", "decade")):
        for pattern in (_PERIOD_OF, _DURATION):
            for m in pattern.finditer(text):
                if _overlaps(taken, m.start(), m.end()):
                    continue
                num = m.group("num").lower()
                n = 1.0 if num in ("a", "an") else number_value(num)
                if n is None:
                    continue
                unit = m.group("unit").lower()
                qual = (m.groupdict().get("qual") or "").lower()
                qual = re.sub(r"\s+", " ", qual)
                bound = (
                    "<" if qual in ("less than", "fewer than", "under", "at most", "up to", "within", "just under")
                    else ">" if qual in ("more than", "at least", "just over")
                    else "~" if qual in ("nearly", "almost", "about", "around", "roughly", "some")
                    else "="
                )
                if num in ("a", "an") and not m.groupdict().get("noun") and bound == "=":
                    continue  # "a day" in passing is no stated duration
                facts.append(
                    Fact("duration", m.group(), m.start(), m.end(), n * _DUR_UNITS[unit], unit=bound, extra=(f"{_fmt(n)} {unit}",))
                )
                taken.append((m.start(), m.end()))

    # quantities, percentages, money, years
    if has_digit or re.search(_NUMWORD, low):
        for m in _QUANTITY.finditer(text):
            a, b = m.start("num"), m.end()
            if m.group("cur"):
                a = m.start("cur")
            if _overlaps(taken, a, b):
                continue
            raw = m.group("num")
            if not raw[0].isdigit() and not m.group("scale") and raw.lower() in ("one",):
                continue  # "one of their closest allies" is not a count
            value = number_value(raw + (" " + m.group("scale") if m.group("scale") else ""))
            if value is None:
                continue
            before = text[max(0, a - 2) : a]
            if re.search(r"[A-Za-z]\s$", before) and text[:a].rstrip().split()[-1][:1].isupper() and raw.isdigit() and len(raw) < 4:
                continue  # "Europe 1", "Apollo 11": part of a name
            if m.group("pct"):
                kind = "percent"
            elif m.group("cur"):
                kind = "money"
            elif re.fullmatch(_YEAR, raw) and not m.group("scale"):
                kind = "year"
            else:
                kind = "number"
            noun = ""
            nm = _NOUN.match(text, b)
            if nm and kind in ("number", "money"):
                noun = nm.group(1).lower()
            facts.append(Fact(kind, text[a:b], a, b, value, unit=noun))
            taken.append((a, b))

    # names
    sentence_start = True
    for m in _NAME.finditer(text):
        at_start = m.start() == 0 or bool(re.fullmatch(r"[\s\"“'(\[]*", text[: m.start()]))
        got = _clean_name(m.group(), m.start(), at_start)
        if got is None:
            continue
        name, start = got
        end = start + len(name)
        if _overlaps(taken, start, end):
            continue
        if len(name_tokens(name)) == 0 and not name.isupper():
            continue
        facts.append(Fact("name", name, start, end, " ".join(name_tokens(name)) or name.lower()))
        sentence_start = False
    del sentence_start

    # quotes
    if any(q in text for q in "\"“”"):
        for m in _QUOTE.finditer(text):
            q = m.group("q").strip()
            if len(q.split()) < 1:
                continue
            facts.append(Fact("quote", q, m.start("q"), m.end("q"), _quote_key(q), unit=""))
    facts.sort(key=lambda f: f.start)
    return facts


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def _quote_key(q: str) -> str:
    return " ".join(w[:5] for w in re.findall(r"[a-z]{4,}", fold(q)))


def _speaker_of(text: str, quote: Fact, names: list[Fact]) -> tuple[str, int, int] | None:
    """The words naming who said a quote in this sentence: a name or a pronoun."""
    after = text[quote.end :]
    # "...," Valls told Europe 1 radio / "...," he told reporters / "...," said Valls
    m = re.match(rf"[\"”]?\s*,?\s*(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|he|she|they)\s+{_SPEECH}\b", after)
    if m:
        a = quote.end + m.start("who")
        return m.group("who"), a, a + len(m.group("who"))
    m = re.match(rf"[\"”]?\s*,?\s*{_SPEECH}\s+(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)", after)
    if m:
        a = quote.end + m.start("who")
        return m.group("who"), a, a + len(m.group("who"))
    # Ayrault said he was "deeply shocked" / Valls, said ... were "shocking."
    before = text[: quote.start]
    speech = list(re.finditer(rf"\b{_SPEECH}\b", before))
    if speech:
        cut = speech[-1].start()
        cands = [n for n in names if n.end <= cut]
        if cands:
            n = cands[-1]
            return n.text, n.start, n.end
    return None


def _person(name: str) -> str:
    """Strip titles and demonyms: 'French Prime Minister Jean-Marc Ayrault' -> 'Jean-Marc Ayrault'."""
    words = name.split()
    while len(words) > 1 and words[0].lower().strip(".,") in _TITLES:
        words = words[1:]
    return " ".join(words)


def extract_document(sentences: Sequence[str]) -> list[list[Fact]]:
    """Facts of every sentence, with document context: years for bare dates, speakers.

    A date without a year takes the year of the last full date before it in the document
    (the next year when its month comes earlier, as in "December 10, 2012, to January 8");
    a quote's speaker given as "he" is the last person named as saying something.
    """
    out: list[list[Fact]] = []
    last_year: int | None = None
    last_month = 0
    last_speaker: str | None = None
    last_person: str | None = None
    for text in sentences:
        facts = extract(text)
        fixed: list[Fact] = []
        for f in facts:
            if f.kind == "date":
                y, mo, d = f.value  # type: ignore[misc]
                if y and not f.extra:
                    last_year, last_month = y, mo
                elif not y and last_year:
                    year = last_year + (1 if mo < last_month else 0)
                    f = replace(f, value=(year, mo, d), extra=("year inferred",))
            fixed.append(f)
        names = [f for f in fixed if f.kind == "name"]
        persons = [n for n in names if len(name_tokens(_person(n.text))) >= 1 and not n.text.isupper()]
        final: list[Fact] = []
        for f in fixed:
            if f.kind == "quote":
                who = _speaker_of(text, f, names)
                speaker = ""
                if who:
                    word = who[0]
                    if word.lower() in _PRONOUNS:
                        speaker = last_speaker or last_person or ""
                    else:
                        speaker = _person(word)
                    if speaker:
                        f = replace(f, unit=speaker, extra=(word, str(who[1]), str(who[2])))
                        last_speaker = speaker
            final.append(f)
        # "X ... said" outside quotes also makes X the current speaker
        m = None
        for n in names:
            m = re.match(rf"[^.]{{0,60}}?\b{_SPEECH}\b", text[n.end :])
            if m and not re.search(r"[\"“”]", text[n.end : n.end + m.end()]):
                last_speaker = _person(n.text)
                break
        if persons:
            last_person = _person(persons[0].text)
        out.append(final)
    return out


def keys(facts: Iterable[Fact]) -> list[str]:
    """Normalised fact tokens that help the aligner: equal values in any wording."""
    out = []
    for f in facts:
        if f.kind == "date":
            _, mo, d = f.value  # type: ignore[misc]
            if d:
                out.append(f"@date:{mo}-{d}")
        elif f.kind in ("number", "money", "percent") and isinstance(f.value, float) and f.value >= 10:
            out.append(f"@num:{f.value:g}")
        elif f.kind == "duration":
            out.append(f"@dur:{float(f.value):.0f}")  # type: ignore[arg-type]
    return out


# ---------------------------------------------------------------------------------------
# decisions


def _dates_compatible(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    return all(x == y or not x or not y for x, y in zip(a, b, strict=True))


def _durations_compatible(a: Fact, b: Fact) -> bool:
    va, vb = float(a.value), float(b.value)  # type: ignore[arg-type]
    if abs(va - vb) <= 0.1 * max(va, vb):
        return True
    for x, y, vx, vy in ((a, b, va, vb), (b, a, vb, va)):
        if x.unit == "<" and vy <= vx:
            return True
        if x.unit == ">" and vy >= vx:
            return True
        if x.unit == "~" and abs(vx - vy) <= 0.25 * max(vx, vy):
            return True
    return False


def _near_spelling(a: str, b: str) -> bool:
    """Two spellings of one name: one edit apart (a swap counts once), not a word form."""
    from rapidfuzz.distance import OSA

    fa, fb = fold(a), fold(b)
    if fa == fb or fa[0] != fb[0] or min(len(fa), len(fb)) < 4:
        return False
    limit = 1 if min(len(fa), len(fb)) < 9 else 2
    if OSA.distance(fa, fb) > limit:
        return False
    for suffix in ("s", "es", "'s", "an", "ian", "n", "ese", "ish", "i", "e", "a"):
        if fa + suffix == fb or fb + suffix == fa or fa.rstrip("aeiou") == fb.rstrip("aeiou"):
            return False
    return True


def _span(f: Fact) -> str:
    return f.text


def differences(left: list[Fact], right: list[Fact], left_text: str = "", right_text: str = "") -> list[Difference]:
    """Discrepancies between the facts of two linked sentences (or groups of them)."""
    out: list[Difference] = []
    out += _duration_diffs(left, right)
    out += _number_diffs(left, right)
    out += _date_diffs(left, right)
    out += _name_diffs(left, right, left_text, right_text)
    out += _speaker_diffs(left, right)
    seen: set[tuple[str, str, str]] = set()
    uniq = []
    for d in out:
        k = (d.kind, d.left, d.right)
        if k not in seen:
            seen.add(k)
            uniq.append(d)
    return uniq


def _duration_diffs(left: list[Fact], right: list[Fact]) -> list[Difference]:
    ld = [f for f in left if f.kind == "duration"]
    rd = [f for f in right if f.kind == "duration"]
    ld_open = [a for a in ld if not any(_durations_compatible(a, b) for b in rd)]
    rd_open = [b for b in rd if not any(_durations_compatible(a, b) for a in ld)]
    out = []
    for a, b in zip(ld_open, rd_open, strict=False):
        if a.unit == "=" or b.unit == "=":
            out.append(Difference("duration", a.text, b.text, f"duration: {a.text} vs {b.text}"))
    return out


def _number_diffs(left: list[Fact], right: list[Fact]) -> list[Difference]:
    kinds = ("number", "money", "percent")
    ln = [f for f in left if f.kind in kinds]
    rn = [f for f in right if f.kind in kinds]
    rvals = {f.value for f in rn}
    lvals = {f.value for f in ln}
    out = []
    for a in ln:
        if a.value in rvals:
            continue
        for b in rn:
            if b.value in lvals or b.kind != a.kind:
                continue
            if a.kind == "number" and not _same_unit(a.unit, b.unit):
                continue
            what = "percentage" if a.kind == "percent" else "amount" if a.kind == "money" else "number"
            out.append(Difference(what, a.text, b.text, f"{what}: {a.text} vs {b.text}" + (f" ({a.unit})" if a.unit else "")))
            break
    return out


def _same_unit(a: str, b: str) -> bool:
    if not a or not b:
        return False
    wa = {w[:5] for w in re.findall(r"[a-z]{3,}", a) if w not in ("of", "the")}
    wb = {w[:5] for w in re.findall(r"[a-z]{3,}", b) if w not in ("of", "the")}
    return bool(wa & wb)


def _date_diffs(left: list[Fact], right: list[Fact]) -> list[Difference]:
    ld = [f for f in left if f.kind == "date" and f.value[2]]  # type: ignore[index]
    rd = [f for f in right if f.kind == "date" and f.value[2]]  # type: ignore[index]
    lo = [a for a in ld if not any(_dates_compatible(a.value, b.value) for b in rd)]  # type: ignore[arg-type]
    ro = [b for b in rd if not any(_dates_compatible(a.value, b.value) for a in ld)]  # type: ignore[arg-type]
    if not lo or len(lo) != len(ro):
        return []
    return [Difference("date", a.text, b.text, f"date: {a.text} vs {b.text}") for a, b in zip(lo, ro, strict=True)]


def _name_diffs(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    lw = {w: f for f in left if f.kind == "name" for w in f.text.split() if w[:1].isupper()}
    rw = {w: f for f in right if f.kind == "name" for w in f.text.split() if w[:1].isupper()}
    lfold = {fold(w).strip(".,'") for w in lw}
    rfold = {fold(w).strip(".,'") for w in rw}
    out = []
    for a in lw:
        fa = fold(a).strip(".,'")
        if fa in rfold:
            continue
        for b in rw:
            fb = fold(b).strip(".,'")
            if fb in lfold:
                continue
            if _near_spelling(fa, fb):
                ca, cb = a.strip(".,'’"), b.strip(".,'’")
                out.append(Difference("spelling", ca, cb, f"name spelled two ways: {ca} vs {cb}"))
    return out


def _speaker_diffs(left: list[Fact], right: list[Fact]) -> list[Difference]:
    out = []
    for a in left:
        if a.kind != "quote" or not a.unit:
            continue
        for b in right:
            if b.kind != "quote" or not b.unit:
                continue
            shared = set(a.value.split()) & set(b.value.split())  # type: ignore[union-attr]
            if not shared:
                continue
            ta, tb = set(name_tokens(a.unit)), set(name_tokens(b.unit))
            if ta & tb:
                continue
            wa = a.extra[0] if a.extra else a.unit
            wb = b.extra[0] if b.extra else b.unit
            out.append(
                Difference(
                    "speaker", wa, wb,
                    f"same words, another speaker: {a.unit} vs {b.unit} (\u201c{b.text[:40]}\u201d)",
                )
            )
    return out


def unique_details(left: list[Fact], right: list[Fact]) -> tuple[list[str], list[str]]:
    """Facts that only one side of a link states (a detail, not a conflict)."""

    def has(f: Fact, other: list[Fact]) -> bool:
        for g in other:
            if f.kind == "name" and g.kind == "name" and same_name(f, g):
                return True
            if f.kind != g.kind:
                continue
            if f.kind == "date" and _dates_compatible(f.value, g.value):  # type: ignore[arg-type]
                return True
            if f.kind == "duration" and _durations_compatible(f, g):
                return True
            if f.value == g.value:
                return True
        return False

    def details(a: list[Fact], b: list[Fact]) -> list[str]:
        out: list[str] = []
        for f in a:
            if f.kind in ("quote",) or has(f, b):
                continue
            label = f"{f.text} {f.unit}".strip() if f.kind == "number" and f.unit else f.text
            if label not in out:
                out.append(label)
        return out

    return details(left, right), details(right, left)
