"""A rewrite that puts one name in the place of another ("flew to Texas" / "flew to Arizona")
is a conflict of kind "name"; two ways of naming one thing, a source in parentheses, a headline
in Title Case and two sentences that differ in more than the name are not.  Sentences of our
own, each pair checked both ways."""

from __future__ import annotations

import pytest

import reader
from tests.test_conflicts_guards import both_ways


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (
            "The striker flew to Ohio on Monday to sign with the club's new owners.",
            "The striker flew to Oregon on Monday to sign with the club's new owners.",
            ("Ohio", "Oregon"),
        ),
        (
            "The prize for the best first novel went to Maria Lopez at a dinner in the old town hall.",
            "The prize for the best first novel went to Ana Ruiz at a dinner in the old town hall.",
            ("Maria Lopez", "Ana Ruiz"),
        ),
        (
            "The contract to rebuild the pier was awarded to Harbour Works after a long tender.",
            "The contract to rebuild the pier was awarded to Coastal Dredging after a long tender.",
            ("Harbour Works", "Coastal Dredging"),
        ),
        # one first letter makes no initials
        (
            "The striker flew to Texas on Monday to sign with the club's new owners.",
            "The striker flew to Tennessee on Monday to sign with the club's new owners.",
            ("Texas", "Tennessee"),
        ),
        # two countries, one with its article; two capitals
        (
            "The handset goes on sale in the US next month, the maker said on Tuesday.",
            "The handset goes on sale in Canada next month, the maker said on Tuesday.",
            ("US", "Canada"),
        ),
        (
            "The striker flew to Lisbon on Monday to sign with the club's new owners.",
            "The striker flew to Madrid on Monday to sign with the club's new owners.",
            ("Lisbon", "Madrid"),
        ),
        (  # a name with a middle initial that is also a word, shown as written
            "Justice Ana Ruiz was unconvinced by the harbour board's argument on Friday.",
            "Justice Samuel A. Alito Jr. was unconvinced by the harbour board's argument on Friday.",
            ("Ana Ruiz", "Samuel A. Alito Jr."),
        ),
        (  # two bodies of one kind, the sentence opening on one (a user test's planted error)
            "Harbour News reported Monday that the mayor would not run again next year.",
            "Coast News reported Monday that the mayor would not run again next year.",
            ("Harbour News", "Coast News"),
        ),
        (
            "Ruiz, the Finance Committee chairwoman, said the council would act this fall.",
            "Ruiz, the Harbour Works Committee chairwoman, said the council would act this fall.",
            ("Finance Committee", "Harbour Works Committee"),
        ),
        (  # a town and a capital of one country (a user test's planted error)
            "The reporter entered the consulate in Izmir in October and never came out, police said.",
            "The reporter entered the consulate in Ankara in October and never came out, police said.",
            ("Izmir", "Ankara"),
        ),
        (  # two towns, neither a state nor a country (a user test's planted error)
            "The mayor spoke in Tacoma on Friday about the new budget plan for the port.",
            "The mayor spoke in Spokane on Friday about the new budget plan for the port.",
            ("Tacoma", "Spokane"),
        ),
        (  # two surnames doing one act in an otherwise unchanged sentence (ut24's planted error)
            "On the third day of the hearing, Okafor showed the jury a map of the harbour.",
            "On the third day of the hearing, Lindqvist showed the jury a map of the harbour.",
            ("Okafor", "Lindqvist"),
        ),
        (  # one end of a route, in a reworded sentence that ends on it (ut24's planted error)
            "Traffic to Malta was hit by the outage on one of their cables between Port Said and Valletta.",
            "Traffic to Malta was hit by the outage, on one of its cables between Port Said and Catania.",
            ("Valletta", "Catania"),
        ),
        (  # a town the other side names elsewhere in the sentence (its home team's town)
            "Kestrel City opens its season on Sunday with an away game in Dunmore against the Hawks.",
            "Kestrel City opens its season Sunday with a home game in Kestrel City against the Hawks.",
            ("Dunmore", "Kestrel City"),
        ),
        (  # the rest of a place's name after its head (ut175's kind)
            "The two hikers were found alive near Lake Bled on Sunday morning, rescuers said.",
            "The two hikers were found alive near Lake Bohinj on Sunday morning, rescuers said.",
            ("Lake Bled", "Lake Bohinj"),
        ),
        (  # where a person is from, after the full name, in a reworded sentence
            "Defense lawyer Ruth Amari of Dunmore told the court the dock had no lights that night.",
            "Defence attorney Ruth Amari of Carbondale told the court the dock had no lamps that night.",
            ("Dunmore", "Carbondale"),
        ),
    ],
)
def test_one_name_put_in_the_place_of_another_conflicts(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    got = both_ways(left, right)
    assert [(k, a, b) for k, a, b in got if k == "name"] == [("name", *spans)]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # one person named two ways
        (
            "The prize for the best first novel went to Ms. Lopez at a dinner in the old town hall.",
            "The prize for the best first novel went to Maria Lopez at a dinner in the old town hall.",
        ),
        # initials for the words
        (
            "Officials said the U.S. would send two more ships to the gulf next month.",
            "Officials said the United States would send two more ships to the gulf next month.",
        ),
        # a state as newspapers abbreviate it
        (
            "The storm reached Tampa, Fla., on Monday and flooded dozens of streets near the bay.",
            "The storm reached Tampa, Florida, on Monday and flooded dozens of streets near the bay.",
        ),
        # a British and an American spelling of one word in a name
        (
            "The firm Gordon Advisors has its offices on the third floor of the building.",
            "The firm Gordon Advisers has its offices on the third floor of the building.",
        ),
        # who wrote it, not what happened
        (
            "LISBON (Reuters) - The striker signed with the club's new owners on Monday.",
            "LISBON (AP) - The striker signed with the club's new owners on Monday.",
        ),
        # a headline capitalises every word
        (
            "Striker Signs With New Owners After Long Talks In Lisbon",
            "Striker Signs With New Owners After Long Talks In Madrid",
        ),
        # more than the name differs: two facts, not one name swapped
        (
            "The striker flew to Lisbon on Monday to sign with the club's new owners.",
            "The striker flew to Madrid on Friday to meet the club's new coach.",
        ),
        # a short sentence
        ("Lopez won in Lisbon.", "Ruiz won in Lisbon."),
        # one word may name a country by its capital, a place within another, an outlet
        (
            "Officials said talks between Moscow and Kyiv would resume in Geneva next week.",
            "Officials said talks between Russia and Kyiv would resume in Geneva next week.",
        ),
        (
            "The company said its plant in Ohio would reopen in the spring next year.",
            "The company said its plant in Cleveland would reopen in the spring next year.",
        ),
        (
            "Officials said the talks would resume in Geneva early next week, diplomats said.",
            "Officials said the talks would resume in Switzerland early next week, diplomats said.",
        ),
        # one country named two ways, or by a part of it
        (
            "The handset goes on sale in the Netherlands next month, the maker said on Tuesday.",
            "The handset goes on sale in Holland next month, the maker said on Tuesday.",
        ),
        (
            "The handset goes on sale in Britain next month, the maker said on Tuesday.",
            "The handset goes on sale in England next month, the maker said on Tuesday.",
        ),
        # "Congo" is written for either Congo
        (
            "Fighting in eastern Congo drove thousands from their homes this week, the agency said.",
            "Fighting in eastern DRC drove thousands from their homes this week, the agency said.",
        ),
        # a country's name that names a state and a person too
        (
            "The delegation flew to Georgia on Monday to meet the new governor there.",
            "The delegation flew to Armenia on Monday to meet the new governor there.",
        ),
        (
            "The minister told Reuters the plant in Ohio would reopen in the spring next year.",
            "The minister told Bloomberg the plant in Ohio would reopen in the spring next year.",
        ),
        # one town's name written two ways is no two towns
        (
            "The ninth lot went to Jeshuah on Monday, the tenth to the family of Shecaniah.",
            "The ninth lot went to Yeshua on Monday, the tenth to the family of Shecaniah.",
        ),
        # a town that is not where anything happened
        (
            "The mayor praised Tacoma on Friday in a speech about the new budget plan.",
            "The mayor praised Spokane on Friday in a speech about the new budget plan.",
        ),
        # one surname written two ways, or a name and what it is called, is no two doers
        (
            "On the third day of the hearing, Shupham showed the jury a map of the harbour.",
            "On the third day of the hearing, Shephupham showed the jury a map of the harbour.",
        ),
        (
            "Of the tribe of the coast came Oshea the son of Nun, the elder.",
            "Of the tribe of the coast came Pella the son of Nun, the elder.",
        ),
        # an "of" inside a name: one award named two ways is not a place
        (
            "Last year the diver won the Medal of Honor after she pulled two men from the harbour.",
            "Last year the diver won the Medal of Valor after she pulled two men from the harbour.",
        ),
        # a capital for its country doing the act: one government
        (
            "On the third day of the talks, Moscow offered the envoys a new map of the border.",
            "On the third day of the talks, Russia offered the envoys a new map of the border.",
        ),
    ],
)
def test_names_that_are_one_or_sentences_that_tell_two_things_are_no_swap(left: str, right: str) -> None:
    assert [k for k, _, _ in both_ways(left, right) if k == "name"] == []


def test_a_swap_the_documents_make_in_three_passages_is_how_each_names_it() -> None:
    # a translation's "Simon Kefa" for "Peter Jansen" throughout is a naming, not a slip; a
    # rewrite repeats a name, so twice is still a slip
    said = (
        "The fishermen told {} that the boats were ready at the harbour wall. ",
        "At dawn the crews waited for {} beside the nets on the eastern shore. ",
        "By noon the catch was sold, and {} paid the crews in the square. ",
    )
    left, right = ("".join(x.format(who) for x in said) for who in ("Peter Jansen", "Simon Kefa"))
    c = reader.compare(left, right)
    assert len(c.links) == 3 and all(k.relation == "shared" and not k.differences for k in c.links)
    left, right = ("".join(x.format(who) for x in said[:2]) for who in ("Peter Jansen", "Simon Kefa"))
    c = reader.compare(left, right)
    assert [(d.kind, d.left, d.right) for k in c.links for d in k.differences] == [
        ("name", "Peter Jansen", "Simon Kefa")
    ] * 2


def test_german_nouns_are_no_names_to_swap() -> None:
    left = "Die Kinder spielen am Nachmittag im Garten hinter dem alten Haus am Fluss."
    right = "Die Kinder spielen am Nachmittag im Hof hinter dem alten Haus am Fluss."
    c = reader.compare(left, right)
    assert [d for k in c.links for d in k.differences if d.kind == "name"] == []


def test_a_state_abbreviated_is_no_detail_of_one_side() -> None:
    c = reader.compare(
        "The storm reached Tampa, Fla., on Monday and flooded dozens of streets near the bay.",
        "The storm reached Tampa, Florida, on Monday and flooded dozens of streets near the bay.",
    )
    assert [(k.only_left, k.only_right) for k in c.links] == [([], [])]


def test_a_title_abbreviated_in_a_name_is_no_detail_of_one_side() -> None:
    c = reader.compare(
        "Ohio Senator Maria Lopez called the pipeline ruling a mistake on Friday.",
        "Ohio Sen. Maria Lopez called the pipeline ruling a mistake on Friday.",
    )
    assert [(k.only_left, k.only_right) for k in c.links] == [([], [])]


def test_a_country_in_the_same_slot_of_a_reworded_sentence_conflicts() -> None:
    # the clauses reordered: no one-run swap, but the same two words before each country
    got = both_ways(
        "More details on the Larkspur phone's release in the US are starting to surface.",
        "More details are starting to surface on the Larkspur phone's release in Canada.",
    )
    assert [(k, a, b) for k, a, b in got if k == "name"] == [("name", "US", "Canada")]
    # near miss: the same countries in another order
    got = both_ways(
        "The ban on trophies from Zambia and Zimbabwe was lifted on Friday, officials said.",
        "The ban on trophies from Zimbabwe and Zambia was lifted on Friday, officials said.",
    )
    assert got == []


def test_a_country_or_state_opening_the_sentence_put_for_another_conflicts() -> None:
    """One word opening a sentence may be any word ("Officials said"), but a country or a
    state is a name (ut45: the one country that refused to sign)."""
    got = both_ways(
        "Norway declined to join the fisheries pact, citing quotas for its northern fleet.",
        "Chile declined to join the fisheries pact, citing quotas for its northern fleet.",
    )
    assert [(k, a, b) for k, a, b in got if k == "name"] == [("name", "Norway", "Chile")]
    got = both_ways(
        "Oregon declined to join the fisheries pact, citing quotas for its northern fleet.",
        "Officials declined to join the fisheries pact, citing quotas for its northern fleet.",
    )
    assert got == []  # near miss: a word that names no place


def test_the_word_for_a_country_s_people_put_for_another_s_conflicts() -> None:
    left = "The president mocked the Swedish climate activist on Twitter late on Monday night."
    right = "The president mocked the Norwegian climate activist on Twitter late on Monday night."
    assert [(k, a, b) for k, a, b in both_ways(left, right) if k == "name"] == [
        ("name", "Swedish", "Norwegian")
    ]
    same = "The president mocked the Swedish climate activist on Twitter late on Monday evening."
    assert [k for k, _, _ in both_ways(left, same) if k == "name"] == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # a rewrite that changed other words too: the places sit between the same words
        (
            "The campaign aired the ad for the senator's arrival in Oregon, with its many retirees.",
            "The campaign aired the ad for the senator's arrival in Nevada, a state with many retirees.",
            ("Oregon", "Nevada"),
        ),
        (
            "Two judges of the appeals court, in Portland — Ana Ruiz and Tom Brandt — praised the nominee.",
            "Two judges on the appeals court, in Salt Lake City — Ana Ruiz and Tom Brandt — praised him.",
            ("Portland", "Salt Lake City"),
        ),
    ],
)
def test_a_place_put_for_another_in_a_reworded_sentence_conflicts(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert [(a, b) for k, a, b in both_ways(left, right) if k == "name"] == [expected]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # one name written two ways that goes on in the same words
        (
            "A climber from Perth fell about 150 metres at Aoraki Mount Cook on the weekend, police said.",
            "A climber from Perth fell about 150 metres at Mt Cook on the weekend, police said.",
        ),
        # one body named in full and in short
        (
            "The Times reported Monday that the mayor would not run again next year.",
            "The Harbour Times reported Monday that the mayor would not run again next year.",
        ),
        # a reworded sentence that ends on the place, named at two scales (a county, a town in it)
        (
            "A man was remanded in custody after being charged with the murder of two men in Harrowdale.",
            "A man has been charged with the murder of two men in Kestrel Bay.",
        ),
        # two people quoted for one fact in a reworded sentence: two sources, not a slip
        (
            "Deputies chased him for 15 minutes before he stopped, county Undersheriff Ivo Lind said.",
            "Deputies chased him for 30 miles before he stopped, county Sheriff Ana Ruiz said.",
        ),
    ],
)
def test_a_name_written_two_ways_or_two_sources_in_a_reworded_sentence_is_no_swap(
    left: str, right: str
) -> None:
    assert [k for k, _, _ in both_ways(left, right) if k == "name"] == []


def test_a_name_one_text_writes_throughout_is_its_convention() -> None:
    """'Noph' three times in one text that never writes it in the other's place ('Memphis'):
    a translation's naming, not a slip in one passage; written once, it is a slip."""
    said = "The envoys went down to {} with gifts of oil and grain for the king of the land."
    rest = " Later the envoys of {} returned home by the river road. The envoys of {} were thanked."
    left = said.format("Noph") + rest.format("Noph", "Noph")
    right = (
        said.format("Memphis") + " Later the envoys returned home by the river road. The envoys were thanked."
    )
    c = reader.compare(left, right)
    assert [d for k in c.links for d in k.differences if d.kind == "name"] == []
    c = reader.compare(said.format("Noph"), said.format("Memphis"))
    assert [(d.left, d.right) for k in c.links for d in k.differences if d.kind == "name"] == [
        ("Noph", "Memphis")
    ]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The vote slipped because Senator Ruth Okafor of Maine was recovering from surgery.",
            "The vote slipped because Senator Rita Okafor of Maine was recovering from surgery.",
            [("Senator Ruth Okafor of Maine", "Senator Rita Okafor of Maine")],
        ),
        # one given name two ways: a diminutive, a beginning, an initial; and no title
        (
            "The vote slipped because Senator Bill Okafor of Maine was recovering from surgery.",
            "The vote slipped because Senator William Okafor of Maine was recovering from surgery.",
            [],
        ),
        (
            "The vote slipped because Senator Chris Okafor of Maine was recovering from surgery.",
            "The vote slipped because Senator Christopher Okafor of Maine was recovering from surgery.",
            [],
        ),
        (
            "The vote slipped because Senator R. Okafor of Maine was recovering from surgery.",
            "The vote slipped because Senator Ruth Okafor of Maine was recovering from surgery.",
            [],
        ),
    ],
)
def test_a_titled_persons_given_name_told_two_ways_conflicts(
    left: str, right: str, expected: list[tuple[str, str]]
) -> None:
    assert [(a, b) for k, a, b in both_ways(left, right) if k == "name"] == expected


def test_a_company_after_to_is_one_name_for_another_not_a_place() -> None:
    left = "The signalling contract was awarded to Siemens after a two-year tender, the ministry said."
    right = "The signalling contract was awarded to Alstom after a two-year tender, the ministry said."
    got = [d.note for k in reader.compare(left, right).links for d in k.differences]
    assert got == ["one name for another: Siemens vs Alstom"]
