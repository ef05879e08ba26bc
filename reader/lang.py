"""Language tables: the words the stages share, in one place.

Months, weekdays, titles, demonyms, stop words and speech verbs used to be written out
in several modules (the fact layer, the cleaner's dateline rule, the segmenter's
abbreviations), each copy a little different.  Here each list is written once and named
for what it is; a module that needs a variant builds it from these names, so the
difference is visible where it is made.  Plain tuples and frozensets, no code: reading
this file tells which words the program knows.

Order matters in the tuples that regular expressions are built from (an alternation
tries its branches left to right), so those are tuples, not sets.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------
# calendar

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
# "sept" before "sep": a pattern built from this tuple tries the longer one first
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")
# every written form of a month, lower case, to its number
MONTHS: dict[str, int] = {
    **{name: i for i, name in enumerate(MONTH_NAMES, 1)},
    **{a: next(i for i, n in enumerate(MONTH_NAMES, 1) if n[:3] == a[:3]) for a in MONTH_ABBREVIATIONS},
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
# the days and months written whole, lower case: a word of when, not where or what ("in May")
CALENDAR_WORDS = frozenset((*WEEKDAYS, *MONTH_NAMES))
# words of a moment: a rewrite that names a moment one side does not ("rose ... in the morning" /
# "fell ... by the close") tells two moments of a story, not one fact changed
MOMENT_WORDS = (
    frozenset(
        """morning afternoon evening night noon midnight close opening week month year today
    yesterday tomorrow weekend""".split()
    )
    | frozenset(WEEKDAYS)
    | frozenset(MONTH_NAMES)
)

# ---------------------------------------------------------------------------------------
# people and places

# abbreviated titles that stand before a name and end with a full stop ("Sen.", "Dr.")
# forms of address a house style adds or drops before a name ("Mr." on second reference)
ADDRESS_FORMS = frozenset({"mr", "mrs", "ms", "miss", "messrs"})
TITLE_ABBREVIATIONS = ("sen", "rep", "gov", "gen", "col", "lt", "sgt", "dr", "mr", "mrs", "ms", "prof")
# ... and the words they stand for, where a speaker says the word ("General Flynn" quoted as
# "Gen. Flynn" is the same words)
TITLE_WORDS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "col": "colonel",
    "lt": "lieutenant", "sgt": "sergeant", "dr": "doctor", "prof": "professor",
}  # fmt: skip
# a house style's abbreviation of a word ("St." / "Street", "Sen." / "Senator"): one word, however
# a paper prints it (the word diff, the words of an event, a person's title)
ABBREVIATED_WORDS = {
    **TITLE_WORDS, "st": "street", "ave": "avenue", "rd": "road", "blvd": "boulevard",
    "hwy": "highway", "dept": "department", "mt": "mount", "pres": "president",
    "capt": "captain", "atty": "attorney",
    # military and police ranks as wire styles shorten them ("Brig Gen", "Maj.", "Det Insp")
    "brig": "brigadier", "maj": "major", "adm": "admiral", "cmdr": "commander", "cpl": "corporal",
    "pvt": "private", "insp": "inspector", "supt": "superintendent", "det": "detective",
}  # fmt: skip
# offices and forms of address written before a name ("Prime Minister", "former", "Sir")
OFFICES = frozenset(
    """president minister prime foreign interior secretary ambassador director general
    chief spokesman spokeswoman spokesperson former deputy senator representative
    governor mayor king queen prince princess pope judge justice chancellor premier
    officer commander sir lord lady vice acting late alderman alderwoman councilman
    councilwoman councillor councilor commissioner sheriff superintendent detective sergeant
    lieutenant captain colonel congressman congresswoman assemblyman assemblywoman chairman
    chairwoman speaker leader whip""".split()
)
# country abbreviations used like a title ("US Ambassador Charles Rivkin")
COUNTRY_ABBREVIATIONS = frozenset({"us", "u.s.", "uk", "u.k."})
# adjectives of nationality ("French Prime Minister", "the Mexican government")
DEMONYMS = frozenset(
    """french mexican american german british brazilian european russian chinese italian
    spanish israeli iranian iraqi syrian egyptian turkish indian japanese canadian
    australian ukrainian belgian dutch swiss polish greek african asian arab palestinian
    afghan pakistani korean saudi libyan""".split()
)
# everything that may stand before a name without being the name itself
TITLES = (
    OFFICES
    | COUNTRY_ABBREVIATIONS
    | DEMONYMS
    | frozenset(TITLE_ABBREVIATIONS)
    | frozenset(a + "." for a in TITLE_ABBREVIATIONS)
)
# the states of the United States as American newspapers abbreviate them after a place
# ("Tampa, Fla."; AP style): "Fla." and "Florida" are one name, no detail of one side
STATE_ABBREVIATIONS: dict[str, str] = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california",
    "colo": "colorado", "conn": "connecticut", "del": "delaware", "fla": "florida",
    "ga": "georgia", "ill": "illinois", "ind": "indiana", "kan": "kansas", "kans": "kansas",
    "ky": "kentucky", "la": "louisiana", "md": "maryland", "mass": "massachusetts",
    "mich": "michigan", "minn": "minnesota", "miss": "mississippi", "mo": "missouri",
    "mont": "montana", "neb": "nebraska", "nev": "nevada", "nh": "new hampshire",
    "nj": "new jersey", "nm": "new mexico", "ny": "new york", "nc": "north carolina",
    "nd": "north dakota", "okla": "oklahoma", "ore": "oregon", "pa": "pennsylvania",
    "ri": "rhode island", "sc": "south carolina", "sd": "south dakota", "tenn": "tennessee",
    "tex": "texas", "vt": "vermont", "va": "virginia", "wash": "washington",
    "wva": "west virginia", "wis": "wisconsin", "wisc": "wisconsin", "wyo": "wyoming",
}  # fmt: skip
# words that make a capitalised run an organisation rather than a person
ORG_WORDS = frozenset(
    """agency council ministry department house office committee union party bank times
    post news monde government parliament congress senate court police army navy company
    corporation inc ltd group university association organization organisation nations
    states republic kingdom magazine radio tv journal daily operations service services
    commission foundation institute network presidencia spiegel reuters press airlines
    internet""".split()
)
# the last word of a place or body's name that a person's name does not end in ("Harrowfield
# Academy", "Kingsbridge Hospital"): what tells a school told two ways from a person's given name
INSTITUTION_WORDS = frozenset(
    """academy school college hospital clinic museum library airport stadium cathedral mosque
    synagogue laboratory federation league society coalition alliance authority bureau""".split()
)
# lower-case words inside a name ("Secretary of State John Kerry", "Charles de Gaulle");
# a tuple because the name pattern is built from it
NAME_CONNECTORS = (
    "de", "da", "del", "della", "der", "den", "di", "du", "van", "von", "al", "bin", "ibn", "le",
    "la", "el", "of",
)  # fmt: skip
SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
# verbs that report speech; a tuple because the speech pattern is built from it
SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "asked", "stated", "declared",
    "insisted", "warned", "wrote", "writes", "explained", "noted", "notes", "argued", "claimed",
    "replied", "tweeted", "announced", "admitted", "conceded", "reported", "reports", "recalled",
    "stressed", "maintained", "acknowledged", "complained", "confirmed", "suggested", "hinted",
    "joked", "quipped", "remarked", "vowed", "urged", "predicted", "responded", "countered", "boasted",
    "cautioned", "observed", "concluded", "emphasized", "emphasised", "asserted", "contended",
    "reiterated", "reiterates", "reaffirmed", "restated",
)  # fmt: skip

# Names that are near each other in spelling but are simply different names; a pair of
# them in linked sentences is never a spelling conflict.
DISTINCT_NAMES = frozenset(
    frozenset(p)
    for p in (
        ("obama", "osama"), ("iran", "iraq"), ("austria", "australia"), ("slovakia", "slovenia"),
        ("gambia", "zambia"), ("mali", "malta"), ("niger", "nigeria"), ("sweden", "swedes"),
        ("georgia", "georgian"), ("jordan", "jordon"), ("brown", "browne"), ("bush", "rush"),
        ("paris", "parish"), ("dennis", "denis"), ("michael", "michel"), ("daniel", "daniela"),
        ("louis", "luis"), ("carlos", "carla"), ("maria", "marie"), ("korea", "korean"),
    )
)  # fmt: skip

# ---------------------------------------------------------------------------------------
# stop words: each list answers one question, so they differ

# Function words that never say what a number counts ("killed 12 *of the* people").
COUNT_STOP_WORDS = frozenset(
    """a an the of in on at to for by from with as and or but is are was were be been being
    has have had that this these those its their his her our who which than then there
    it they he she we you i not no all any some more most less over under about nearly
    around almost roughly just up into out per each every other such""".split()
)
# Capitalised words that are not names: sentence starters, pronouns, connectives, number
# words, the labels of web pages ("Recommended", "Share"), and the prepositions that open a
# sentence ("Over 58 years he made ...", ut200) but open no name, unlike "Under Armour",
# "Beyond Meat" or "Via Rail" (left out).
NOT_NAMES = frozenset(
    """the a an and but or if in on at for to of by from with as after before when while
    this that these those there here he she it they we i you his her its their our my
    according earlier later meanwhile however also although though yet so then still
    some many most all both each every another other such no not amongst among apparently
    finally first last one two three four five six seven eight nine ten what which who
    why how where it's that's there's he's she's we're they're i'm let's thus hence indeed
    instead despite during since until unless whether once now today yesterday tomorrow
    tonight recommended explain review read watch see click photo video related update
    updated breaking exclusive analysis opinion editorial comment comments share
    fahrenheit celsius centigrade
    just only nearly almost roughly approximately barely exactly
    across over throughout within amid amidst against toward towards upon into onto beneath
    unlike besides alongside""".split()
)
# Words too common to show that two quotes repeat one another.
QUOTE_STOP_WORDS = frozenset(
    """the and that this with have has had for are was were from not but you our their they
    them its his her she him what which who will would can could should been being very
    all any one into than then there these those such only also just more most""".split()
)

# ---------------------------------------------------------------------------------------
# negation

# Words that negate what follows them ("did not attend", "no charges were filed", "never
# met"); "n't" is found as a suffix.  A tuple: the negation pattern is built from it.
NEGATIONS = ("not", "never", "no", "nobody", "none", "neither", "nor", "cannot")
# the words of "all" a "not" before them turns into "not all" ("not all traffic was affected")
UNIVERSALS = ("all", "every", "everyone", "everybody", "everything")
# "no" and "not" in fixed phrases that negate nothing the other side could assert
NEGATION_IDIOMS = frozenset(
    w.strip()
    for w in """no longer|no doubt|no matter|no more|not only|not just|not least|no less|not far|
    no sooner|not until|not yet|no one else|no avail|not necessarily|no comment|
    can't wait|cannot wait|no vote|no votes""".split("|")  # "can't wait": eager, not unable; "cast
    # the two no votes": votes against, cast
)
# the fixed phrases of NEGATION_IDIOMS that affirm what follows ("will no doubt win": will
# win; "not only raised taxes": raised them): the act after them is stated, not denied
AFFIRMING_IDIOMS = frozenset(
    ("no doubt", "not only", "not just", "not least", "no less", "can't wait", "cannot wait")
)
# words skipped between a negation and the predicate it negates: auxiliaries, adverbs
NEGATION_FILLERS = frozenset(
    """be been being is are was were have has had do does did will would shall should can
    could may might must yet ever even also formally officially publicly immediately
    a an the any to so as""".split()
)

# ---------------------------------------------------------------------------------------
# the aligner's stop words: function words of English, German, French and Spanish (and the
# King James Version's), which tell nothing about what a sentence says
ALIGN_STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not now of off on once only
    or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves said says say told tell unto upon thee thou thy thine ye hath
    shall hast doth also may might must us one der die das den dem des ein eine einer eines
    einem einen und oder aber auch nicht ist sind war waren wird werden wurde wurden hat
    haben hatte hatten sein seine ihr ihre es sie er wir ich du man mit von zu zum zur im in
    an am auf aus bei nach vor für über unter durch als wie wenn dass so noch nur schon sehr
    kann können muss le la les un une des du de et ou mais est sont dans pour par sur avec
    que qui el los las y o en por para con que es son
    """.split()
)


# Numbers in words: the cardinals of one word and the ordinals a news text spells out
CARDINALS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
