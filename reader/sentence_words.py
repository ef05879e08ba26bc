"""The words the sentence splitter reads: abbreviations, sentence openers, verbs of speech.

A full stop after "Dec", "Sen" or "Calif" seldom ends a sentence; "The", "But" or "Nothing"
after one makes it likely; a quoted question's speaker ('"Why?" Mayor Ann Cole asked.') goes
with the quotation.  :mod:`reader.segment` decides with these tables; each says why.
"""

from __future__ import annotations

import re

from reader.clean.datelines import DASHES
from reader.lang import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)

# Abbreviated titles, besides the ones :mod:`reader.lang` shares with the fact layer.
_HONORIFICS = (
    *TITLE_ABBREVIATIONS,
    *"sr jr st mt capt cmdr adm maj pres rev hon messrs mme mlle".split(),
)

# News short forms of offices and places that may end a sentence ("the 5th Dist.", "at the
# Lakewood Stn."): a capitalised word after them goes on ("Dist. Atty. Steve Cooley"); a word
# that clearly opens a sentence ends it ("... near Lakewood Stn. The deputy ...")
_NEWS_SHORT_FORMS = frozenset(
    "dist assoc dir stn sta ste twp cty hts pkwy ln sq jct bldg hosp natl intl ct cir rte fwy expy".split()
)

# Words that end with a full stop without ending a sentence (lower-cased, no dot).
ABBREVIATIONS = frozenset(
    (
        *_HONORIFICS,
        *_NEWS_SHORT_FORMS,
        *MONTH_ABBREVIATIONS,
        *WEEKDAY_ABBREVIATIONS,
        *"""
        ft fr sra srta
        inc corp ltd co llc plc bros dept univ assn est
        vs etc al approx ca cf ibid viz no nos vol vols pp p fig figs art sec ch para
        ave blvd rd hwy apt
        e.g i.e a.m p.m u.s u.k u.n u.s.a e.u d.c n° nº
        bzw usw vgl ggf ca evtl inkl z.b d.h u.a s.o
        """.split(),
    )
)

# Abbreviations that are commonly followed by a capitalised word *within* a sentence.
_NEVER_END = frozenset((*_HONORIFICS, *MONTH_ABBREVIATIONS, *"no nos vol fig art sec ch vs".split()))

# Sentence starters that make a split after "U.S." or "Inc." plausible.
_STARTERS = frozenset(
    "the a an he she it they we i you his her its their this that these those but and "
    "in on at for after before when while if as so yet there here however meanwhile "
    "earlier later according".split()
)

# News style: titles before names that the tables above lack ("Cong.", "Reps.", "Atty."),
# "v." of a case name ("Roe v. Wade"): a capitalised word after them goes on the sentence.
# "www." of a web address broken by a stray space ("via www. Example. com") ends nothing either.
_NEWS_NEVER_END = frozenset(
    """cong reps sens govs atty supt det cpl pvt spc pfc insp amb brig cpt lieut sgts ald v vs www
    asst dep ofc tpr cmdt cdr ens msgr commr cmsr chmn secy treas
    gens capts lts cols majs dets ofcs""".split()
)
# a party and the first initial of a state split by a space: "Rep. Nick Roe, D-W. Va., who ..."
_PARTY_INITIAL = re.compile(r"[DRI]-[A-Z]")
# a dash standing alone as a word (one or two dash characters)
_DASH_WORD = re.compile(rf"[{re.escape(DASHES)}]{{1,2}}")
# Ambiguous short forms (US states, a few nouns): a sentence ends after them only when
# what follows clearly starts one ("in Boise, Ida. The ..." / "Lansing, Mich. officials").
_NEWS_AMBIGUOUS = frozenset(
    """
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky md mass mich minn miss mo
    mont neb nev okla ore pa penn tenn tex va vt wash wis wyo
    """.split()
)
# More words that clearly open a sentence after "U.S." / "D.C." / "Calif." (see _STARTERS).
_NEWS_STARTERS = frozenset(
    "on by with from to of one two three some many most all no not both each every few "
    "several other such what who why how where our my your him them those "
    "nothing nobody none everyone everybody everything someone somebody something anyone "
    "anybody anything although though because unless whether instead mr. mrs. ms.".split()
)
# Sentence adverbs that open a sentence when a comma follows them ("... in the U.S. Then, he
# left"); without the comma they may go on a title-case headline ("U.S. Now Leads").
_ADVERB_OPENERS = frozenset(
    "then now still again today yesterday meanwhile indeed thus so yet also later earlier "
    "afterwards afterward finally however moreover furthermore otherwise nevertheless "
    "nonetheless overall separately previously ultimately instead".split()
)

# What goes on after a clock time's "a.m."/"p.m." in the same sentence: the day, the month,
# the time zone ("10 a.m. Friday", "5 p.m. ET", "9 a.m. Eastern"); any other capitalised
# word starts a new sentence.
_TIME_ZONES = "et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest ist"
_AFTER_CLOCK = frozenset(
    [*WEEKDAYS, *WEEKDAY_ABBREVIATIONS, *MONTH_NAMES, *MONTH_ABBREVIATIONS, *_TIME_ZONES.split()]
) | {"local", "eastern", "central", "pacific", "mountain"}

# A sentence that so far is only a clock time, perhaps after a preposition ("At 5 a.m.", "Around
# 11 p.m."), is not over at "a.m."/"p.m.": "At 5 a.m. Mr. Smith went to the bank."
_BARE_TIME = re.compile(
    r"(?:(?:(?:shortly|just|right|sometime|soon)\s+)?(?:at|by|around|about|before|after|until|till|since|from)\s+)?"
    r"\d{1,2}(?:[:.]\d\d)?\s*",
    re.IGNORECASE,
)

# Verbs that open a question after "I." ("you and I. Did you see ...").
_AUXILIARIES = frozenset("did do does is was were are will would can could should has have had".split())

# who spoke a quotation that ends with "?" or "!", right after it, and nothing more: '"Why not
# me?" Mr. Jordan said.', '"Enough!" said the mayor.', '"Ready?" Senate leader Ann Cole asked
# reporters.' (a name of up to six words, or the verb first; at most two more words, no new
# subject: '"Who knew?" Trump said Friday he knew.' is two sentences, as is '"Why?" The
# Senate said no.')
# (a verb that reports speech or a reply: "responded", "joked" as much as "said"; not a verb
# that often takes an object or goes on, which would glue a new sentence to the quotation:
# '"Stop!" Police shot the man.', '"Why?" Sales continued to fall.')
_SPEECH_EXTRA = """asks adds insists shouts declares replies tweets responded responds answered answers
    exclaimed exclaims joked jokes quipped quips yelled yells screamed screams wondered wonders
    remarked remarks countered counters retorted retorts laughed laughs whispered whispers mused
    muses interjected""".split()
_SPEECH = "(?:" + "|".join(sorted({*SPEECH_VERBS, *_SPEECH_EXTRA}, key=lambda w: (-len(w), w))) + ")"
_NAME_WORD = (
    r"(?!(?:The|A|An|This|That|These|Those|He|She|It|They|We|I|You|His|Her|Their|But|And)\b)[A-Z][\w'’.-]*"
)
_TAIL = r"(?:\s+(?!(?:he|she|it|they|we|i|you|that)\b)[\w'’-]+){0,2}[.,]"
_ATTRIBUTION = re.compile(
    rf"\s+(?:{_SPEECH}\s+(?:[\w.'’-]+\s+){{0,4}}?[\w'’-]+[.,]|(?:{_NAME_WORD}\s+)(?:[\w.'’-]+\s+){{0,5}}?{_SPEECH}{_TAIL})"
)
