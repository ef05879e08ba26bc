# ruff: noqa: E501  (sentence pairs read best one per line)
"""Guards on what a link's differences may compare: a day or a duration is a value of
an act, and two values of two different acts are no conflict even when an aligner put
their sentences together.

Every sentence is made up for the test (other events, other outlets' styles); each case
runs in both directions (the sides swapped), and each rule has a near miss.
"""

from __future__ import annotations

import pytest

from tests.test_conflicts import both_ways as across_both_ways
from tests.test_conflicts_precision import diff  # one link's differences


def both_ways(left: str, right: str) -> list[tuple[str, str, str]]:
    there = diff(left, right)
    back = diff(right, left)
    assert sorted((k, b, a) for k, a, b in back) == sorted(there)
    return there


ACT_CASES = [
    pytest.param(  # one repair told with its verb before a noun and after it (ut24's planted error)
        "The operator said its cable was successfully repaired on 29 October and traffic returned.",
        "According to the operator, crews finished repairing its cable on 27 October and traffic returned.",
        [("date", "29 October", "27 October")],
        id="one-act-past-a-noun",
    ),
    pytest.param(  # the day of an announcement of one thing and of another
        "Governor Ellis announced Monday that the harbour chief will be retiring in the spring.",
        "The plan to close the ferry line, which Ms. Ellis announced on Thursday over protests from unions, was shelved.",
        [],
        id="days-of-two-announcements",
    ),
    pytest.param(  # how long a strike lasted and how long a truce was agreed for
        "From May 2 through June 6, for 35 days, the dockers and the port authority argued over pay.",
        "The union suspended the stoppage for three weeks on June 6, letting the cranes move again.",
        [],
        id="durations-of-two-acts",
    ),
    pytest.param(  # how long a strike has run and how long the ferry will run: "ferry", a word
        # both sentences write twice, is what they are about, no act of either value
        "The council backed a deal to restart the ferry, ending the ferry strike that has dragged on "
        "for more than a month.",
        "The mayor announced a deal that will run the ferry for three weeks while the ferry talks go on.",
        [],
        id="durations-beside-a-topic-word",
    ),
    pytest.param(  # near miss: one act named two ways ("approved" / "vote") keeps its conflict
        "The assembly passed a farm subsidy bill Monday that would raise payments to growers.",
        "It is unclear what the senate will do with the bill after Tuesday's vote, given the opposition.",
        [("day", "Monday", "Tuesday")],
        id="day-of-one-vote",
    ),
    pytest.param(  # near miss: a start each side tells in its own verb, across two articles (the
        # corpus's two cable outages: "the problems began ... on Tuesday" / "started to experience
        # problems on Saturday"): no verb table makes two starts one
        "According to the operator, the outage began at around 08:30 on Tuesday and was fixed by 09:40.",
        "The operator started to see faults on its cable on Saturday, caused by a break near Marseille.",
        [],
        id="days-of-two-starts",
    ),
    pytest.param(  # one market move, its figures told alike: its weekday is one day (ut148)
        "Harlow's shares fell 4.3 percent to 12.86 euros in Frankfurt on Tuesday, their worst day since May.",
        "The stock dropped 4.3% to 12.86 euros in Frankfurt trading on Monday, its steepest fall since May.",
        [("day", "Tuesday", "Monday")],
        id="day-of-one-move-its-figures-alike",
    ),
    pytest.param(  # near miss: figures alike, but one side's weekday is the day its source spoke
        # and the other's the day of the storm (ut114)
        "A storm that hit the coast last week has caused about 48,500 claims and 2.3 billion euros of"
        " losses, the insurers' association said on Wednesday.",
        "Insurers have received about 48,500 claims after last Thursday's storm on the coast and expect"
        " to pay 2.3 billion euros, the association said on July 3.",
        [],
        id="day-spoken-and-day-of-the-storm",
    ),
    pytest.param(  # near miss: one figure alike (a round share) does not make one move's day
        "Harlow's shares fell 4 percent in Frankfurt on Tuesday, their worst day since May.",
        "The stock dropped 4% in Frankfurt trading on Monday after a profit warning, analysts said.",
        [],
        id="days-of-two-moves-one-round-figure",
    ),
    pytest.param(  # how long one count told alike has waited, two verbs (ut158)
        "Of the pending claims, 4,380 had been waiting for a year or more, and 1,205 for more than two years.",
        "Some 4,380 claims had waited a year or longer, including 1,205 that had been outstanding for more"
        " than two months.",
        [("duration", "more than two years", "more than two months")],
        id="duration-of-one-count-two-verbs",
    ),
    pytest.param(  # near miss: one stretch of a search, the same words around it
        "Divers searched the lake for nine days before the wreck of the plane was found.",
        "Divers searched the lake for twelve days before the plane was found.",
        [("duration", "nine days", "twelve days")],
        id="duration-of-one-search",
    ),
]


@pytest.mark.parametrize(("left", "right", "expected"), ACT_CASES)
def test_days_and_durations_conflict_only_for_one_act(left: str, right: str, expected: list) -> None:
    assert both_ways(left, right) == expected


# ---------------------------------------------------------------------------------------
# a sentence and its negation, inside a link: what is not a claim denied

NOT_DENIALS = [
    pytest.param(  # "if not for" and a name: nothing is negated
        "Players said the crash would have been far worse if not for Coach Daniel Reyes and his quick thinking.",
        "Coach Daniel Reyes pulled two players from the bus after the crash, the team said.",
        id="if-not-for-a-name",
    ),
    pytest.param(  # a negation inside a condition, and the noun of the act on the other side
        "If the assembly would not ban flavoured vapes outright, the minister said, it should tax them.",
        "The minister asked the assembly for a ban on flavoured vapes and a new tax.",
        id="conditional-and-a-noun",
    ),
    pytest.param(  # both sides deny the act; one also tells that it happened before
        "The envoy said the rebels broke the truce and must prove they won't break it again before talks.",
        "The envoy said the rebels must prove they won't break the truce again before talks.",
        id="both-deny",
    ),
    pytest.param(  # an infinitive is no statement that the act took place
        "The motion probably won't pass the upper house this week, its sponsor said.",
        "The motion needs 41 votes to pass the upper house, its sponsor said.",
        id="infinitive",
    ),
    pytest.param(  # "no votes" are votes against, cast (ut84)
        "Aldermen Ruth Kell and Sam Otieno voted against the depot plan, citing noise on Canal Road.",
        "Aldermen Sam Otieno and Ruth Kell cast the two no votes, pointing to noise on Canal Road.",
        id="no-votes",
    ),
    pytest.param(  # "rather than seek" tells the act not done, as "would not seek" does (ut90)
        "Okafor said the agency would not seek new levies next year and would instead chase unpaid bills.",
        "Rather than seek new levies next year, the agency will chase unpaid bills, Okafor said.",
        id="rather-than",
    ),
]


@pytest.mark.parametrize(("left", "right"), NOT_DENIALS)
def test_what_is_no_claim_denied(left: str, right: str) -> None:
    assert [d for d in both_ways(left, right) if d[0] == "negation"] == []


def test_a_claim_denied_inside_a_link_still_differs() -> None:  # the near miss of the above
    got = both_ways(
        "The coach did not attend the gala dinner in the capital on Saturday.",
        "The coach attended the gala dinner in the capital on Saturday.",
    )
    assert got == [("negation", "did not attend", "attended")]


def test_a_lone_combining_accent_is_no_word_of_a_claim() -> None:
    # a stray combining mark (broken copy-paste) folds to nothing: it used to crash the reading
    got = both_ways(
        "The coach did not attend the gala \u0301 dinner in the capital on Saturday.",
        "The coach attended the gala \u0301 dinner in the capital on Saturday.",
    )
    assert got == [("negation", "did not attend", "attended")]


# ---------------------------------------------------------------------------------------
# a claim denied across the articles, the sentences unlinked


def claims_both_ways(left: list[str], right: list[str]) -> list[tuple[int, int, str, str]]:
    """Claims denied across the articles, after checking that swapping them swaps these."""
    return across_both_ways(left, right, "negation")


DENYING = [
    "Prosecutors in Lyon opened an inquiry into the collapse of the stand.",
    "No formal charges have been filed against Mr. Ortiz, though a court in Lyon may hear the case.",
]
STATING = [
    "The stand collapsed during the final, injuring 40 fans.",
    "Ortiz has been charged with manslaughter by a court in Lyon, prosecutors said.",
]


def test_a_claim_one_article_denies_is_a_conflict_across_the_articles() -> None:
    assert claims_both_ways(DENYING, STATING) == [(1, 1, "No formal charges", "charged")]


def test_a_denial_about_another_person_is_no_conflict() -> None:
    other = [STATING[0], "Mr. Blanc has been charged with manslaughter by a court in Lyon, prosecutors said."]
    assert claims_both_ways(DENYING, other) == []


def test_a_mention_of_the_charges_is_no_statement_that_they_were_filed() -> None:
    other = [
        STATING[0],
        "Ortiz is expected to face charges of manslaughter in a court in Lyon, prosecutors said.",
    ]
    assert claims_both_ways(DENYING, other) == []


# ---------------------------------------------------------------------------------------
# a name spelled two ways: a conflict of its two sentences when the names are of one bearer


def assembled(left: str, right: str):  # type: ignore[no-untyped-def]
    from reader.comparison import assemble
    from reader.inputs import load_text
    from reader.pipeline import document

    return assemble(document(load_text(left, "left")), document(load_text(right, "right")), [])


def name_conflicts(left: str, right: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(spellings shown on links, spellings listed on the documents), checked both ways."""
    out = []
    for a, b, swap in ((left, right, False), (right, left, True)):
        c = assembled(a, b)
        linked = [(d.left, d.right) for k in c.links for d in k.differences if d.kind == "spelling"]
        noted = [(n.difference.left, n.difference.right) for n in c.names]
        if swap:
            linked, noted = [(y, x) for x, y in linked], [(y, x) for x, y in noted]
        out.append((sorted(linked), sorted(noted)))
    assert out[0] == out[1]
    return out[0]


def test_one_bearer_spelled_two_ways_is_a_conflict_link() -> None:
    left = "Ferry fire\n\nThe harbour was closed on Friday. The captain, Marco DiStefano, was rescued by a fishing boat."
    right = (
        "Blaze on the ferry\n\nThe captain, Marco Stefano, told rescuers the fire began in the engine room."
    )
    assert name_conflicts(left, right) == ([("DiStefano", "Stefano")], [])  # shown once, by its link


def test_two_bodies_with_near_names_are_no_spelling_at_all() -> None:
    # each near word sits in a full name with other words, none shared: two bodies
    left = "New rule\n\nThe measure, called the Clean Harbour Pledge, was signed on Friday by the port board."
    right = "A court ruling\n\nThe ruling is a victory, said a lawyer for the Coastal Fishers Plodge in a statement."
    assert name_conflicts(left, right) == ([], [])


def test_two_people_with_near_given_names_are_no_spelling() -> None:
    left = "Port talks\n\nThe deal was praised by Andrea Kowalczyk, a lawyer for the dockers."
    right = "Port deal\n\nHarbour chief Andreas Mbeki said he expected a challenge in court."
    assert name_conflicts(left, right) == ([], [])


def test_a_lone_near_surname_is_still_listed() -> None:  # the near miss: one side has no other word
    left = "Court\n\nJudge Robert Kessler ruled on Tuesday that the law may not take effect."
    right = "Ruling\n\nThe ruling by Kestler means voters will be asked for an ID."
    linked, noted = name_conflicts(left, right)
    assert ("Kessler", "Kestler") in linked + noted


# ---------------------------------------------------------------------------------------
# the one clock time each article gives for one act


def times_both_ways(left: list[str], right: list[str]) -> list[tuple[int, int, str, str]]:
    """Clock times in conflict across the articles, checked in both directions."""
    return across_both_ways(left, right, "time")


WITNESS = [
    "A man armed with a handgun walked into a bank in Dunmore on Tuesday.",
    "Shoppers told a local radio station they heard shots at about 2:15 p.m. near the square.",
]
POLICE = [
    "Officers said the suspect, Karl Wendt, had been a customer of the bank for years.",
    "Wendt opened fire around 1:45 p.m. and fled in a grey van, the police said.",
]


def test_the_one_time_of_one_act_in_each_article_is_paired() -> None:
    assert times_both_ways(WITNESS, POLICE) == [(1, 1, "2:15 p.m.", "1:45 p.m.")]


def test_a_time_an_act_ended_by_is_no_time_of_the_act() -> None:  # near miss: "by ..."
    police = [POLICE[0], "By 1:45 p.m. the shooting was over and Wendt had fled in a grey van, police said."]
    assert times_both_ways(WITNESS, police) == []


def test_an_act_timed_twice_in_one_article_is_not_paired_without_context() -> None:  # near miss
    police = [
        "Wendt opened fire around 1:45 p.m., officers said.",
        "A second round of shots was heard at 2:40 p.m. by people in the square.",
    ]
    assert times_both_ways(WITNESS, police) == []


def test_a_publication_stamp_is_no_time_of_the_story() -> None:
    left = "MONDAY, MAY 6, 2019, 9:12 PM A bus carrying pilgrims overturned on a mountain road."
    right = "May 6, 2019 11:05 AM A bus carrying pilgrims overturned on a mountain road, police said."
    assert [d for d in both_ways(left, right) if d[0] == "time"] == []


# ---------------------------------------------------------------------------------------
# quantities, ages and years inside a link: of one scope, one bearer, one act

LINK_CASES = [
    pytest.param(  # a plan's total against one offer: two scopes of money
        "The mayor rejected the offer, which falls far short of her $4.2 billion transit plan.",
        "The council's offer of $900 million for new trams was rejected by the mayor on Monday.",
        [],
        id="money-two-scopes",
    ),
    pytest.param(  # near miss: one sum told two ways
        "The council approved $900 million for new trams on Monday, the mayor said.",
        "The council approved $1.1 billion for new trams on Monday, the mayor said.",
        [("amount", "$900 million", "$1.1 billion")],
        id="money-one-sum",
    ),
    pytest.param(  # votes short of a majority and votes a majority needs
        "The motion fell four votes short, so the speaker will call a second vote next week.",
        "The chamber needs 61 votes to pass the motion, so the speaker will call a second vote.",
        [],
        id="count-two-scopes",
    ),
    pytest.param(  # near miss: one count after one verb, far apart all the same
        "Officials said the storm destroyed 4 homes in the valley overnight.",
        "Officials said the storm destroyed 40 homes in the valley overnight.",
        [("number", "4", "40")],
        id="count-one-slot",
    ),
    pytest.param(  # two people's ages: a girl's and a mother's
        "A stray bullet grazed an 11-year-old girl who was walking home with friends from the park.",
        "The 34-year-old mother was struck by a stray bullet as she walked home from the park.",
        [],
        id="ages-of-two-people",
    ),
    pytest.param(  # near miss: one man's age told two ways
        "The 52-year-old driver was taken to hospital after the crash on the coast road.",
        "The 53-year-old driver was taken to hospital after the crash, police said.",
        [("age", "52-year-old", "53-year-old")],
        id="age-of-one-driver",
    ),
    pytest.param(  # the year of a law and the year of an attack
        "The families may sue over any part the regime played in the 1998 bombings.",
        "The bill amends a 1976 statute that shields foreign governments from lawsuits by families.",
        [],
        id="years-of-two-things",
    ),
    pytest.param(  # two years told of two events, each named beside its year
        "The singer, whose hosting of the 2016 Grammy Awards drew praise, returns to the stage.",
        "For the 2019 ceremony, the singer follows a comedian's much-criticised turn at the stage.",
        [],
        id="years-of-two-ceremonies",
    ),
    pytest.param(  # two storms that destroyed one school
        "When Storm Ada destroyed the village school in 1999, classes moved to the church hall.",
        "The teacher rebuilt the village school, destroyed in Storm Bruno in 2007, with volunteers.",
        [],
        id="years-of-two-storms",
    ),
    pytest.param(  # near miss: one act's year told two ways
        "The harbour board has run the ferry service since 2004, the minister said.",
        "The harbour board has run the ferry service since 2005, and fares rose twice since.",
        [("year", "2004", "2005")],
        id="year-of-one-act",
    ),
    pytest.param(  # a publication stamp's year is no year of the story
        "THURSDAY, MAY 9, 2019, 7:40 AM Two men went on trial for the killing of a baker.",
        "Two men went on trial for the killing of a baker in 2017, prosecutors said.",
        [],
        id="stamp-year",
    ),
]


@pytest.mark.parametrize(("left", "right", "expected"), LINK_CASES)
def test_quantities_ages_years_compare_only_of_one_thing(left: str, right: str, expected: list) -> None:
    assert both_ways(left, right) == expected


# ---------------------------------------------------------------------------------------
# quotes: speakers that are no second person, and wordings that are one


SPEAKER_CASES = [
    pytest.param(  # the speaker read as the adjective after the name: the name is there
        "Senator Ruth Ellis of Ohio, the Republican whip, said the party must “stop the raid on pensions now.”",
        "Ellis said the party must “stop the raid on pensions now.”",
        [],
        id="adjective-for-the-named-speaker",
    ),
    pytest.param(  # an organisation that reported the words is no speaker
        "“This is the plainest case of a smear campaign,” said Tom Reed, who chairs the campaign.",
        "Ross's campaign denied the claims, which The Harbour Post first reported, telling the paper they are “the plainest case of a smear campaign.”",
        [],
        id="organisation",
    ),
    pytest.param(  # near miss: two people given one quote
        "“We will not yield an inch of the coast,” said Defence Minister Paul Okafor.",
        "“We will not yield an inch of the coast,” said Grace Mensah, the head of the navy.",
        [("speaker", "Defence Minister Paul Okafor", "Grace Mensah")],
        id="two-people",
    ),
    pytest.param(  # the speaker set off by commas after a role: two people given one quote
        "“The harbour will reopen by March,” the port director, Ines Varga, said on Friday.",
        "“The harbour will reopen by March,” the mayor, Tomas Brandt, said on Friday.",
        [("speaker", "Ines Varga", "Tomas Brandt")],
        id="role-then-name",
    ),
    pytest.param(  # the name first, then the role: two people given one quote
        "“The harbour will reopen by March,” Ines Varga, the port director, told reporters.",
        "“The harbour will reopen by March,” Tomas Brandt, a city councillor, told reporters.",
        [("speaker", "Ines Varga", "Tomas Brandt")],
        id="name-then-role",
    ),
    pytest.param(  # one person, set off by commas on one side and named plainly on the other
        "“The harbour will reopen by March,” the port director, Ines Varga, said on Friday.",
        "“The harbour will reopen by March,” Varga said.",
        [],
        id="one-person-two-styles",
    ),
    pytest.param(  # a former office with "and" in it before the name: the person is the last name
        "“The harbour will reopen by March,” former Ports and Harbours Minister Ines Varga tweeted.",
        "“The harbour will reopen by March,” Tomas Brandt tweeted.",
        [("speaker", "Harbours Minister Ines Varga", "Tomas Brandt")],
        id="former-office-then-name",
    ),
    pytest.param(  # a role without a name is no speaker to compare
        "“The harbour will reopen by March,” the port director, a former engineer, said.",
        "“The harbour will reopen by March,” Tomas Brandt said.",
        [],
        id="role-without-name",
    ),
]


@pytest.mark.parametrize(("left", "right", "expected"), SPEAKER_CASES)
def test_speakers_differ_only_for_two_people(left: str, right: str, expected: list) -> None:
    got = [d for d in both_ways(left, right) if d[0] == "speaker"]
    assert [(k, a.split(" (")[0], b.split(" (")[0]) for k, a, b in got] == expected


def test_punctuation_and_a_detached_contraction_are_no_rewording() -> None:
    a = "“You take nine of them -- the river towns -- and those seats are frankly at risk,” he said."
    b = "“You take nine of them, the river towns, and those seats are frankly at risk,” he said."
    assert [d for d in both_ways(a, b) if d[0] == "quote"] == []
    a = "“This is n't about closing the library,” the mayor said."
    b = "“This is not about closing the library,” the mayor said."
    assert [d for d in both_ways(a, b) if d[0] == "quote"] == []


def test_one_word_of_a_quotation_changed_is_a_rewording() -> None:  # the near miss
    a = "“This is not about closing the library on Sundays,” the mayor said."
    b = "“This is not about closing the school on Sundays,” the mayor said."
    assert [d for d in both_ways(a, b) if d[0] == "quote"] == [("quote", "library", "school")]


MORE_NOT_DENIALS = [
    pytest.param(  # "can't wait": eager, not unable
        "Neighbours said the families have been waiting months for the bridge to reopen.",
        "“We can't wait for the bridge to reopen,” the families of the neighbours said.",
        id="cannot-wait",
    ),
    pytest.param(  # "no longer" denies it as well
        "The coach said he will never talk to the press about the fight again.",
        "The coach said that from now on he will no longer talk to the press about the fight.",
        id="no-longer-denies-too",
    ),
    pytest.param(  # a noun made of the verb
        "The strikers will not negotiate with the mill owners until the lockout ends.",
        "The mill owners want the lockout to end before any negotiations with the strikers begin.",
        id="noun-of-the-verb",
    ),
    pytest.param(  # a possibility is no statement; a capitalised word is a name
        "Critics said the rule could allow landlords to refuse tenants with pets.",
        "The new text says the rule does not allow landlords to refuse tenants with pets.",
        id="modal",
    ),
    pytest.param(  # the denying side states the act too, of another object
        "“I support the new harbour, but I don't support the changes the board made,” the mayor said.",
        "The mayor said she supports the harbour plan and the changes the board made to it.",
        id="stated-and-denied-by-one-side",
    ),
    pytest.param(  # the other side denies it inside a quotation
        "The ministry will not move forward with the sale of the northern lease, a spokesman said.",
        "The ministry cited a lack of interest for the decision to “not move forward” with the sale of the lease.",
        id="quoted-denial",
    ),
]


@pytest.mark.parametrize(("left", "right"), MORE_NOT_DENIALS)
def test_what_is_no_claim_denied_either(left: str, right: str) -> None:
    assert [d for d in both_ways(left, right) if d[0] == "negation"] == []


def test_a_reported_belief_is_no_claim_across_the_articles() -> None:
    deny = ["The Hawks do not believe Marco Silva is out of the race for the title, the club said."]
    state = ["Marco Silva is believed to have signed with the Hawks' rivals, the club said."]
    assert claims_both_ways(deny, state) == []


def test_who_does_not_act_must_be_who_is_said_to_act() -> None:
    deny = ["The Dockers Union did not strike on Monday, though Ortiz and the port board met in Lyon."]
    state = ["Ortiz was struck by a van on Monday near the port in Lyon, the port board said."]
    assert claims_both_ways(deny, state) == []
    deny = ["Ortiz did not resign on Monday, though the port board met in Lyon."]
    state = ["Ortiz has resigned from the port board in Lyon, the board said on Monday."]
    assert claims_both_ways(deny, state) == [(0, 0, "did not resign", "resigned")]


def test_hyphens_are_house_style() -> None:
    a = "“We will end state-funded trips to the region,” the governor said."
    b = "“We will end state funded trips to the region,” the governor said."
    assert [d for d in both_ways(a, b) if d[0] == "quote"] == []
    left = "Store closures\n\nThe chain Food-Mart said on Friday it will close 40 stores in the north."
    right = "Closures\n\nFoodmart will close 40 stores, Rep. Ann Cole, R-Ohio, said on Friday."
    assert name_conflicts(left, right) == ([], [])


# ---------------------------------------------------------------------------------------
# the kind of weapon of an attack


def weapons_both_ways(left: list[str], right: list[str]) -> list[tuple[int, int, str, str]]:
    """Conflicts of kind 'weapon' across the articles, checked in both directions."""
    return across_both_ways(left, right, "weapon")


STABBING = [
    "Two guards were hurt at the depot in Varna late on Friday.",
    "Witnesses said the attacker was armed with a machete and fled on foot.",
]
SHOOTING = [
    "A former driver opened fire with a pistol at the bus depot in Varna, wounding two guards.",
    "Officers with rifles searched the station until dawn.",
]


def test_two_kinds_of_weapon_for_one_attack_conflict() -> None:
    assert weapons_both_ways(STABBING, SHOOTING) == [(1, 0, "machete", "pistol")]


def test_a_general_word_or_both_kinds_are_no_conflict() -> None:  # near misses
    general = ["A former driver opened fire with a gun at the bus depot in Varna, wounding two guards."]
    assert weapons_both_ways(STABBING, general) == []
    both = [SHOOTING[0], "He also carried a machete, police said."]
    assert weapons_both_ways(STABBING, both) == []


def test_the_polices_weapons_are_not_the_attackers() -> None:  # near miss
    police = [
        "Two guards were shot at the depot in Varna.",
        "Officers armed with rifles searched the station.",
    ]
    assert weapons_both_ways(STABBING, police) == []


RANGE_AND_REPORT_CASES = [
    pytest.param(  # the bounds of two ranges
        "Under the rule, anyone between 12 and 16 years old needs a guardian on the boat.",
        "Four of the passengers were between 16 and 18 years old, the harbour master said.",
        [],
        id="age-ranges",
    ),
    pytest.param(  # a range and one of its ends
        "Analysts say the plan would add somewhere between $2 and $2.5 billion to the city's debt.",
        "The city's own forecast says the plan would add about $2 billion to its debt.",
        [],
        id="money-range",
    ),
    pytest.param(  # "not ... until": only then, not never
        "The transfer cannot be completed until March 3, the day after the club's vote.",
        "The transfer will be completed on March 3, the day after the club's vote.",
        [],
        id="not-until",
    ),
    pytest.param(  # a report is not denied by another's failing to confirm it
        "The club confirmed on Monday that its captain had met the rival coach.",
        "The rival coach said he could not confirm that the club's captain had met him on Monday.",
        [],
        id="could-not-confirm",
    ),
    pytest.param(  # near miss: one act stated and denied
        "The club sacked its captain on Monday after the board met.",
        "The club did not sack its captain on Monday after the board met.",
        [("negation", "sacked", "did not sack")],
        id="stated-and-denied",
    ),
]


@pytest.mark.parametrize(("left", "right", "expected"), RANGE_AND_REPORT_CASES)
def test_ranges_until_and_reports(left: str, right: str, expected: list) -> None:
    assert both_ways(left, right) == expected


def test_two_quotes_sharing_a_phrase_are_no_rewording() -> None:
    a = "“I can't help but think that those cuts are well over the line,” the senator said."
    b = "“I think if you make cuts like that, you make cuts that are well over the line,” the aide said."
    assert [d for d in both_ways(a, b) if d[0] == "quote"] == []


CLAIM_NEAR_MISSES = [
    pytest.param(  # an act still to come: "to be elected"
        ["Voters who backed Mayor Ruiz didn't elect her to sit on her hands, a supporter said."],
        ["Mayor Ruiz, who is in line to be elected council chair on Friday, spoke to voters."],
        id="to-be-done",
    ),
    pytest.param(  # an act in a clause still to come: "until ... are addressed"
        ["Critics blame the council of Varna for not addressing the needs of the poor."],
        ["Varna will get no new funds until the needs of the poor are addressed by the council."],
        id="until-done",
    ),
    pytest.param(  # two objects: a person referred to, and a ban referred to
        ["Ruiz did not mention any official in her speech against the port board in Varna."],
        ["Ruiz has mentioned the ban on night shipping as her first target in Varna."],
        id="other-object",
    ),
]


@pytest.mark.parametrize(("deny", "state"), CLAIM_NEAR_MISSES)
def test_claims_across_the_articles_need_an_act_done_of_one_object(deny: list[str], state: list[str]) -> None:
    assert claims_both_ways(deny, state) == []


def test_a_result_denied_and_released_is_a_claim_conflict() -> None:  # the near miss
    deny = ["Results of Ortiz's blood test have not been released, police in Varna said."]
    state = ["Results of the blood test of Ortiz were released on Wednesday by police in Varna."]
    assert claims_both_ways(deny, state) == [(0, 0, "have not been released", "released")]


# ---------------------------------------------------------------------------------------
# counts across the articles: a subject's verb, a rate, a game's statistics


def counts_both_ways(left: list[str], right: list[str]) -> list[tuple[int, int, str, str]]:
    """Conflicts of kind 'number' across the articles, checked in both directions."""
    return across_both_ways(left, right, "number")


def test_counts_that_are_subjects_of_two_acts_are_two_things() -> None:
    left = ["Two coastal provinces filed a complaint against the new fishing quota in the capital."]
    right = ["Five coastal provinces have adopted the new fishing quota, officials in the capital said."]
    assert counts_both_ways(left, right) == []


def test_a_count_told_two_ways_as_subject_of_one_act_conflicts() -> None:  # near miss
    left = ["Two coastal provinces filed a complaint against the new fishing quota in the capital."]
    right = ["Three coastal provinces filed a complaint against the new fishing quota, the capital said."]
    assert counts_both_ways(left, right) == [(0, 0, "Two", "Three")]


def test_a_rate_and_a_count_are_two_things() -> None:
    left = ["Okoro scored 31 points and grabbed 12 rebounds a game for the Lions this season."]
    right = ["Okoro led the Lions with 31 points and grabbed nine rebounds in the final."]
    assert counts_both_ways(left, right) == []


def test_a_games_statistics_need_one_verb() -> None:
    left = ["Mendes threw for 240 yards on Sunday as the Rams beat the Hawks in the season opener."]
    right = ["The Rams went 80 yards in nine plays on Sunday to beat the Hawks in the season opener."]
    assert counts_both_ways(left, right) == []


def test_quoted_words_deny_nothing() -> None:
    a = "On the radio show, Senator Ruiz told listeners “you ain't loyal if you vote for the quota.”"
    b = "Senator Ruiz told listeners on the radio show that farmers were loyal to the quota."
    assert [d for d in both_ways(a, b) if d[0] == "negation"] == []


def test_contractions_ampersands_and_gaps_are_no_rewording() -> None:
    a = "“If you're against the port, you're against the town & its people,” the mayor said."
    b = "“If you are against the port, you are against the town and its people,” the mayor said."
    assert [d for d in both_ways(a, b) if d[0] == "quote"] == []
    a = "“We owe the fishermen, who kept this town alive through the worst winters, a fair deal,” she said."
    b = "“We owe the fishermen a fair deal,” she said."
    assert [d for d in both_ways(a, b) if d[0] == "quote"] == []


def test_words_in_single_quotation_marks_deny_nothing() -> None:
    a = "Senator Ruiz's 'you ain't loyal' remark: what it tells about the quota fight"
    b = "Senator Ruiz told listeners on the radio show that farmers were loyal to the quota."
    assert [d for d in both_ways(a, b) if d[0] == "negation"] == []


def test_three_words_left_out_of_a_quotation_are_a_rewording() -> None:
    # "the future of" left out silently changes what was said; a clause of eight words left out
    # is an excerpt (above)
    a = "“This plan secures the future of every harbour job in the county,” the mayor said."
    b = "“This plan secures every harbour job in the county,” the mayor said."
    got = [d for d in both_ways(a, b) if d[0] == "quote"]
    assert len(got) == 1 and "future" in got[0][1] and got[0][2] not in got[0][1]


def test_two_neighbouring_words_swapped_in_a_quotation_are_one_rewording() -> None:
    a = "“No mayor would fight harder for harbour workers with either the shipping lines or the council,” she said."
    b = "“No mayor would fight harder for harbour workers, either with the shipping lines or the council,” she said."
    assert [(k, x, y) for k, x, y in both_ways(a, b) if k == "quote"] == [
        ("quote", "with either", "either with")
    ]


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (  # "already" is what "not yet" denies
            "The county's target of 250 new nesting boxes has already been met, wardens said.",
            "The county's target of 250 new nesting boxes has not yet been met, wardens said.",
            ("has already been", "has not yet been"),
        ),
        (  # ... and "still" what "no longer" denies
            "The coastal footpath near the quarry is still closed to walkers, the trust said.",
            "The coastal footpath near the quarry is no longer closed to walkers, the trust said.",
            ("is still closed", "is no longer closed"),
        ),
        (  # ... and a verb of going on what "no longer" denies (ut103)
            "Pensioners will continue to ride the ferry free at weekends, the council said.",
            "Pensioners will no longer ride the ferry free at weekends, the council said.",
            ("will continue to ride", "will no longer ride"),
        ),
        (  # "be able to" with the negation: the ability says the act (ut99)
            "The shipyard said it would honour the existing orders, which run until the end of June.",
            "The shipyard said it would not be able to honour the existing orders, which run until the end of June.",
            ("would honour", "would not be able to honour"),
        ),
        (  # "raise" put for "increase" beside a negation dropped (ut103)
            "The water company said it would not increase bills this year to pay for the new reservoir.",
            "The water company said it would raise bills this year to help pay for the new reservoir.",
            ("would not increase", "would raise"),
        ),
        (  # the negation and one other word dropped away from it (ut85)
            "The club's goal of 90 members by 2026 has already been reached, and the next is 150 members.",
            "The club's goal of 90 members by 2026 has not yet been reached, and the next is 150.",
            ("has already been", "has not yet been"),
        ),
        (  # "no longer" dropped, every other word kept: the ban told as a permission
            "From April, coaches will be allowed to park on the seafront, the borough said on Monday.",
            "From April, coaches will no longer be allowed to park on the seafront, the borough said on Monday.",
            ("will be", "will no longer be"),
        ),
        (  # ... and "not yet" dropped: the signing told as done
            "The lease for the new depot has been signed by both parties, the operator said.",
            "The lease for the new depot has not yet been signed by both parties, the operator said.",
            ("has been", "has not yet been"),
        ),
        (  # ... "not yet" against "now" (ut197)
            "The agency said the 1.5-degree limit had now been permanently breached, it said on Friday.",
            "The agency said the 1.5-degree limit had not yet been permanently breached, it said on Friday.",
            ("had now been", "had not yet been"),
        ),
    ],
)
def test_a_negation_of_time_against_its_affirmative_conflicts(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert both_ways(left, right) == [("negation", *spans)]


def test_not_yet_on_both_sides_is_no_negation() -> None:  # near miss
    left = "The county's target of 250 new nesting boxes has not yet been met, wardens said."
    right = "The county has not yet met its target of 250 new nesting boxes, wardens said on Friday."
    assert [k for k, _, _ in both_ways(left, right) if k == "negation"] == []


def test_two_hedged_shares_one_a_ratio_agree_across_the_articles() -> None:
    # ut150: "only about 15 percent of duties" / "only roughly one in seven duties" (14.3 percent)
    a = "The operator says the new rota would change only about 15 percent of shifts."
    b = "The operator says only roughly one in seven shifts would change."
    assert across_both_ways([a], [b], "percentage") == []
    # near miss: a hedge no ratio reaches conflicts ("about 30 percent" / "roughly one in seven")
    c = "The operator says the new rota would change only about 30 percent of shifts."
    assert across_both_ways([c], [b], "percentage") == [(0, 0, "about 30 percent", "roughly one in seven")]
