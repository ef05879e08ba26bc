"""Which country a place name stands for: the country itself, another name of it, or its capital.

A rewrite that puts "Canada" where the original had "the US", or "London" for "Paris", tells
one thing of two countries; "Moscow" for "Russia" or "Washington" for "the U.S." names one
country two ways (a capital speaks for its government).  :func:`country_of` gives the one key
every such name of a country shares, so :mod:`reader.facts.name_swap` can tell a swap of two
countries from two names of one.  Parts of one country are that country ("England",
"Scotland" and "Britain" are the United Kingdom): a part for the whole is no swap.  Other
cities are not here: without a gazetteer "Geneva" / "Switzerland" (a city in its country)
cannot be told from a swap.

The table is general knowledge (the members of the United Nations and a few more, their
common English names and capitals), written once, in no order that matters.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.model import Difference, Fact
from reader.textnorm import fold

# one line a country: its names, then after ":" its capitals ("/" separates names); a country
# may take two lines, each opening with its first name
_TABLE = """
afghanistan:kabul
albania:tirana
algeria:algiers
andorra:andorra la vella
angola:luanda
argentina:buenos aires
armenia:yerevan
australia:canberra
austria:vienna
azerbaijan:baku
bahamas/the bahamas:nassau
bahrain:manama
bangladesh:dhaka
barbados:bridgetown
belarus:minsk
belgium:brussels
belize:belmopan
benin:porto-novo
bhutan:thimphu
bolivia:sucre/la paz
bosnia/bosnia and herzegovina:sarajevo
botswana:gaborone
brazil:brasilia/brasília
brunei:bandar seri begawan
bulgaria:sofia
burkina faso:ouagadougou
burundi:gitega
cambodia:phnom penh
cameroon:yaounde/yaoundé
canada:ottawa
cape verde/cabo verde:praia
central african republic:bangui
chad:n'djamena
chile:santiago
china:beijing/peking
colombia:bogota/bogotá
comoros:moroni
congo/republic of congo:brazzaville
democratic republic of congo/drc/dr congo:kinshasa
costa rica:san jose/san josé
croatia:zagreb
cuba:havana
cyprus:nicosia
czech republic/czechia:prague
denmark:copenhagen
djibouti:
dominican republic:santo domingo
ecuador:quito
egypt:cairo
el salvador:san salvador
equatorial guinea:malabo
eritrea:asmara
estonia:tallinn
eswatini/swaziland:mbabane
ethiopia:addis ababa
fiji:suva
finland:helsinki
france:paris
gabon:libreville
gambia/the gambia:banjul
georgia:tbilisi
germany:berlin
ghana:accra
greece:athens
guatemala:guatemala city
guinea:conakry
guinea-bissau:bissau
guyana:georgetown
haiti:port-au-prince
honduras:tegucigalpa
hungary:budapest
iceland:reykjavik/reykjavík
india:new delhi
indonesia:jakarta
iran:tehran
iraq:baghdad
ireland:dublin
israel:jerusalem
italy:rome
ivory coast/cote d'ivoire/côte d'ivoire:yamoussoukro
jamaica:kingston
japan:tokyo
jordan:amman
kazakhstan:astana
kenya:nairobi
kosovo:pristina
kuwait:kuwait city
kyrgyzstan:bishkek
laos:vientiane
latvia:riga
lebanon:beirut
lesotho:maseru
liberia:monrovia
libya:tripoli
liechtenstein:vaduz
lithuania:vilnius
luxembourg:
madagascar:antananarivo
malawi:lilongwe
malaysia:kuala lumpur
maldives:male
mali:bamako
malta:valletta
mauritania:nouakchott
mauritius:port louis
mexico:mexico city
moldova:chisinau
monaco:
mongolia:ulaanbaatar/ulan bator
montenegro:podgorica
morocco:rabat
mozambique:maputo
myanmar/burma:naypyidaw/rangoon/yangon
namibia:windhoek
nepal:kathmandu
netherlands/holland/the netherlands:amsterdam/the hague/hague
new zealand:wellington
nicaragua:managua
niger:niamey
nigeria:abuja
north korea:pyongyang
north macedonia/macedonia:skopje
norway:oslo
oman:muscat
pakistan:islamabad
palestine/palestinian territories:ramallah
panama:panama city
papua new guinea:port moresby
paraguay:asuncion/asunción
peru:lima
philippines/the philippines:manila
poland:warsaw
portugal:lisbon
qatar:doha
romania:bucharest
russia/russian federation:moscow/kremlin
rwanda:kigali
saudi arabia:riyadh
senegal:dakar
serbia:belgrade
sierra leone:freetown
singapore:
slovakia:bratislava
slovenia:ljubljana
somalia:mogadishu
south africa:pretoria/cape town
south korea:seoul
south sudan:juba
spain:madrid
sri lanka:colombo
sudan:khartoum
suriname:paramaribo
sweden:stockholm
switzerland:bern/berne
syria:damascus
taiwan:taipei
tajikistan:dushanbe
tanzania:dodoma/dar es salaam
thailand:bangkok
togo:lome/lomé
trinidad and tobago:port of spain
tunisia:tunis
turkey/türkiye:ankara
turkmenistan:ashgabat
uganda:kampala
ukraine:kyiv/kiev
united arab emirates/uae/u.a.e.:abu dhabi
united kingdom/uk/u.k./britain/great britain:london/westminster/downing street
united kingdom/england/scotland/wales/northern ireland:edinburgh/cardiff/belfast
united states/us/u.s./usa/u.s.a./america/united states of america:washington/white house
uruguay:montevideo
uzbekistan:tashkent
vatican/vatican city/holy see:
venezuela:caracas
vietnam/viet nam:hanoi
yemen:sanaa/sana'a
zambia:lusaka
zimbabwe:harare
"""


def _index(table: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in table.strip().splitlines():
        names, _, capitals = line.partition(":")
        key = names.split("/")[0]
        for name in (*names.split("/"), *filter(None, capitals.split("/"))):
            out[fold(name).replace(".", "")] = key
    return out


_COUNTRY = _index(_TABLE)
# the capitals alone: a city, which another city may stand for in a rewrite
_CAPITALS = frozenset(
    fold(c).replace(".", "")
    for line in _TABLE.strip().splitlines()
    for c in line.partition(":")[2].split("/")
    if c
)
# names of a country that also name a place elsewhere, most often in American news: the
# state of Georgia, a person called Jordan or Chad; "Congo" is written for either Congo (most
# often the Democratic Republic, "DRC"); a swap of these is no swap of countries
_AMBIGUOUS = frozenset(
    {"georgia", "jordan", "chad", "niger", "guinea", "kingston", "santiago", "jerusalem", "congo"}
)


# the word for a country's people or things ("a Swedish activist", "the Swede"), as another
# name of it: a rewrite that puts "Norwegian" for "Swedish" puts one country for another
_DEMONYMS = {
    "american": "united states", "british": "united kingdom", "briton": "united kingdom",
    "canadian": "canada", "mexican": "mexico", "french": "france", "german": "germany",
    "italian": "italy", "spanish": "spain", "portuguese": "portugal", "dutch": "netherlands",
    "belgian": "belgium", "swiss": "switzerland", "austrian": "austria", "swedish": "sweden",
    "swede": "sweden", "norwegian": "norway", "danish": "denmark", "dane": "denmark",
    "finnish": "finland", "finn": "finland", "polish": "poland", "pole": "poland",
    "russian": "russia", "ukrainian": "ukraine", "greek": "greece", "turkish": "turkey",
    "israeli": "israel", "iranian": "iran", "iraqi": "iraq", "syrian": "syria",
    "egyptian": "egypt", "saudi": "saudi arabia", "afghan": "afghanistan",
    "pakistani": "pakistan", "indian": "india", "chinese": "china", "japanese": "japan",
    "korean": "", "vietnamese": "vietnam", "australian": "australia", "irish": "ireland",
    "scottish": "", "brazilian": "brazil", "argentine": "argentina", "chilean": "chile",
    "colombian": "colombia", "venezuelan": "venezuela", "cuban": "cuba", "nigerian": "nigeria",
    "kenyan": "kenya", "libyan": "libya", "lebanese": "lebanon",
}  # fmt: skip


def country_of(name: str) -> str:
    """The country a name stands for (its own name, another name of it, its capital, the word
    for its people), or '' when the name is no country's or also names something else
    ("Georgia", "Jordan"; "Korean": which Korea)."""
    head, _, rest = name.partition("-")
    if rest and rest.islower():  # "Liberia-flagged", "Kenya-born": the country's adjective
        name = head
    key = fold(name).replace(".", "").strip()
    key = key.removeprefix("the ") if key not in _COUNTRY else key
    if key in _AMBIGUOUS:
        return ""
    told = _COUNTRY.get(key, "") or _DEMONYMS.get(key, "") or _DEMONYMS.get(key.removesuffix("s"), "")
    return told or (_derived(key.removesuffix("s")) if key not in _DEMONYMS else "")


# the endings English puts on a country's name for its people and things ("Liberian", "Malian",
# "Brazilian", "Panamanian", "Qatari", "Sudanese"): a rule of the language, so the table of
# demonyms lists only the words it cannot make ("Dutch", "Swiss", "Somali")
_DEMONYM_ENDINGS = ("nian", "ian", "ese", "an", "n", "i")


def _derived(key: str) -> str:
    """The country whose name ``key`` is with a demonym's ending, or ''."""
    for end in _DEMONYM_ENDINGS:
        stem = key.removesuffix(end)
        if stem != key and stem in _COUNTRY and stem not in _CAPITALS and stem not in _AMBIGUOUS:
            return _COUNTRY[stem]
    return ""


def is_capital(name: str) -> bool:
    """Is the name a country's capital (a city: "Ankara"), not the country itself?"""
    key = fold(name).replace(".", "").strip()
    return key in _CAPITALS and key not in _AMBIGUOUS


# a run of capitalised words (a place's name), and the words before it
_RUN = re.compile(r"\b[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}")
_BEFORE = re.compile(r"(\w+)\s+(\w+)\s+(?:the\s+)?$")


def _mentions(text: str) -> list[tuple[str, str, str]]:
    """(country key, the name as written, the two words before it) of each country named."""
    out = []
    for m in _RUN.finditer(text):
        words = m.group().split()
        for size in range(len(words), 0, -1):  # "United States", then "Q10's" dropped
            name = " ".join(words[:size]).rstrip(",'’")
            name = (
                name[:-1] if name.endswith(".") and len(name) > 4 else name
            )  # "Canada." ends a sentence; "U.S." keeps its dot
            key = country_of(name)
            if key:
                before = _BEFORE.search(text, max(0, m.start() - 40), m.start())
                out.append((key, name, f"{before[1]} {before[2]}".lower() if before else ""))
                break
    return out


def _names_country(facts: list[Fact]) -> bool:
    """Does a name fact hold a country's name, one to three of its words?"""
    return any(f.kind == "name" and _holds_country(f.text) for f in facts)


@lru_cache(maxsize=8192)
def _holds_country(name: str) -> bool:
    words = name.split()
    return any(country_of(" ".join(words[i : i + n])) for n in (1, 2, 3) for i in range(len(words) - n + 1))


# the share of its words (but the countries) a reworded sentence keeps: "flew to Lisbon on Monday to
# sign with" / "flew to Madrid on Friday to meet" (64 %) tell two trips, not one place changed
SAME_WORDS_MIN = 0.8
_WORDS = re.compile(r"[\w'’]+")


def _same_words_reordered(
    a: str, b: str, ma: list[tuple[str, str, str]], mb: list[tuple[str, str, str]]
) -> bool:
    """Do two sentences hold nearly the same words, in any order, the countries aside?"""
    names = {w.lower() for _, n, _ in (*ma, *mb) for w in n.split()}
    wa = {w.lower() for w in _WORDS.findall(a)} - names
    wb = {w.lower() for w in _WORDS.findall(b)} - names
    return bool(wa and wb) and len(wa & wb) >= SAME_WORDS_MIN * max(len(wa), len(wb))


def country_slots(left: list[Fact], right: list[Fact], left_text: str, right_text: str) -> list[Difference]:
    """One country on each side in the same slot of two linked sentences, told in other words
    ("the Q10's release in the US are starting to surface" / "are starting to surface on the Q10's
    release in Canada"): the two words before each are the same, and neither sentence names the
    other's country anywhere."""
    if not _names_country(left) or not _names_country(right):
        return []  # the cheap test first, on the name facts: most linked pairs name no country
    ml, mr = _mentions(left_text), _mentions(right_text)
    if not ml or not mr or not _same_words_reordered(left_text, right_text, ml, mr):
        return []
    keys_l, keys_r = {k for k, _, _ in ml}, {k for k, _, _ in mr}
    for key_a, name_a, before_a in ml:
        for key_b, name_b, before_b in mr:
            if before_a and before_a == before_b and key_a not in keys_r and key_b not in keys_l:
                return [Difference("name", name_a, name_b, f"one place for another: {name_a} vs {name_b}")]
    return []
