"""A rewrite that puts one word for its opposite ("approved" / "rejected", "rose" / "fell") in a
sentence otherwise word for word the same is a conflict of kind "negation"; two sentences that
differ in more than that word, a short sentence, and a figure above or below a count (the
figures' rule) are not; nor is a negation written after its verb ("pleased not") against one
before it.  Sentences of our own, each pair checked both ways."""

from __future__ import annotations

import pytest

from reader import facts
from reader.textnorm import one_stretch_apart
from tests.test_conflicts_guards import both_ways


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (  # the quantifier denied at the opening, other words changed too (ut24's planted error)
            "All ferry traffic to the islands was halted by the strike, which began on their Monday shift.",
            "Not all ferry traffic to the islands was halted by the strike which began on its early shift.",
            ("All", "Not all"),
        ),
        (  # an effect turned round, "per cent" written two ways besides
            "The vaccine led to a 31 percent reduction in hospital stays among older people, a trial found.",
            "The vaccine led to a 31 per cent increase in hospital stays among older people, a trial found.",
            ("reduction", "increase"),
        ),
        (
            "Screening reduced the number of late diagnoses in the region by a fifth over ten years.",
            "Screening increased the number of late diagnoses in the region by a fifth over ten years.",
            ("reduced", "increased"),
        ),
        (  # a side changed (ut24's planted error)
            "The keeper missed the last four games of the season with a sprained left wrist.",
            "The keeper missed the last four games of the season with a sprained right wrist.",
            ("left", "right"),
        ),
        (
            "The fire broke out in a warehouse north of the ring road late on Sunday night.",
            "The fire broke out in a warehouse south of the ring road late on Sunday night.",
            ("north", "south"),
        ),
        # a clause after a verb of saying opening on "all" denied (ut182)
        (
            "The flight director said all 24 probes had reported back to the station by dawn.",
            "The flight director said not all of the 24 probes had reported back to the station by dawn.",
            ("all", "not all"),
        ),
        # a delay told as an advance, the rest reworded (ut181)
        (
            "The new line is expected to open in 2031, three years later than originally planned.",
            "The line is now due to open in 2031, three years earlier than first planned.",
            ("later", "earlier"),
        ),
        # a decision, an activity, a rating, a count of jobs turned round (ut174, ut178's kind)
        (
            "The competition regulator approved the merger of the two grocers on Thursday.",
            "The competition regulator blocked the merger of the two grocers on Thursday.",
            ("approved", "blocked"),
        ),
        (
            "The governor signed the rent bill into law on Tuesday after weeks of debate.",
            "The governor vetoed the rent bill on Tuesday after weeks of debate.",
            ("signed", "vetoed"),
        ),
        (
            "The ministry said outdoor work would be banned during the hottest hours in July.",
            "The ministry said outdoor work would remain permitted during the hottest hours in July.",
            ("banned", "permitted"),
        ),
        (
            "The smelter resumed production on Monday after a two-week stoppage, the owner said.",
            "The smelter halted production on Monday after a two-week stoppage, the owner said.",
            ("resumed", "halted"),
        ),
        (
            "The agency upgraded the province's credit rating on Friday, citing stronger revenue.",
            "The agency downgraded the province's credit rating on Friday, citing stronger revenue.",
            ("upgraded", "downgraded"),
        ),
        (
            "The mill added 120 jobs in the second quarter, the company's report showed.",
            "The mill cut 120 jobs in the second quarter, the company's report showed.",
            ("added", "cut"),
        ),
        (
            "Most of the patients admitted to the ward last winter were unvaccinated, doctors said.",
            "Most of the patients admitted to the ward last winter were vaccinated, doctors said.",
            ("unvaccinated", "vaccinated"),
        ),
        (
            "Passenger arrivals at the island's airport reached 2.1 million in July, officials said.",
            "Passenger departures at the island's airport reached 2.1 million in July, officials said.",
            ("arrivals", "departures"),
        ),
        (
            "The dock strike began on Monday at the port of Santos, the union said in a statement.",
            "The dock strike ended on Monday at the port of Santos, the union said in a statement.",
            ("began", "ended"),
        ),
        (
            "The harbour board approved the plan to dredge the channel on Monday night.",
            "The harbour board rejected the plan to dredge the channel on Monday night.",
            ("approved", "rejected"),
        ),
        (  # a figure's direction turned round, more words of the sentence changed (ut30)
            "The group's older printing business shrank 8 percent to $40 million, "
            "extending a slide that began in 2020.",
            "Sales of its older printing grew 8 per cent to $40m, extending a run that began in 2020.",
            ("shrank", "grew"),
        ),
        (
            "The regional economy expanded 0.4 percent in the second quarter, the statistics office said.",
            "The regional economy contracted 0.4 percent in the second quarter, the statistics office said.",
            ("expanded", "contracted"),
        ),
        (
            "Shares in the airline rose 5 percent in early trading after the merger was announced.",
            "Shares in the airline dropped 5 percent in early trading after the merger was announced.",
            ("rose", "dropped"),
        ),
        (
            "Ticket sales for the festival rose sharply in the week after the line-up was announced.",
            "Ticket sales for the festival fell sharply in the week after the line-up was announced.",
            ("rose", "fell"),
        ),
        (
            "A jury in the county court found the driver guilty of careless driving on Thursday.",
            "A jury in the county court found the driver innocent of careless driving on Thursday.",
            ("guilty", "innocent"),
        ),
        (
            "The school board voted to lift the ban on phones in classrooms from next term.",
            "The school board voted to impose the ban on phones in classrooms from next term.",
            ("lift", "impose"),
        ),
        (
            "After the assault the witness refused to name her attacker in court, the paper said.",
            "After the assault the witness agreed to name her attacker in court, the paper said.",
            ("refused", "agreed"),
        ),
        # a word of the table that ends in -ly is no adverb
        (
            "A deal on the ferry contract this week is likely, the negotiators told reporters on Monday.",
            "A deal on the ferry contract this week is unlikely, the negotiators told reporters on Monday.",
            ("likely", "unlikely"),
        ),
        # a concession denied; support and opposition as nouns, each with its preposition
        (
            "The harbour master conceded on Tuesday that the new quay had been built too low.",
            "The harbour master denied on Tuesday that the new quay had been built too low.",
            ("conceded", "denied"),
        ),
        (
            "The mayor voiced support for the ferry plan at the council meeting on Monday night.",
            "The mayor voiced opposition to the ferry plan at the council meeting on Monday night.",
            ("support", "opposition"),
        ),
        # a comparison turned round, with no figure after it (that is the figures' rule)
        (
            "The ferry docks beside the decidedly more modern terminal built by the port in 2009.",
            "The ferry docks beside the decidedly less modern terminal built by the port in 2009.",
            ("more", "less"),
        ),
        (
            "The new bridge costs more than the old ferry did, the council was told on Monday.",
            "The new bridge costs less than the old ferry did, the council was told on Monday.",
            ("more", "less"),
        ),
        # a vote's outcome, with a verb and its particle for the one word (ut46)
        (
            "Dock workers voted to ratify the four-year contract at the union hall on Sunday.",
            "Dock workers voted to reject the four-year contract at the union hall on Sunday.",
            ("ratify", "reject"),
        ),
        (
            "The county board approved the landfill expansion at its meeting on Tuesday night.",
            "The county board voted down the landfill expansion at its meeting on Tuesday night.",
            ("approved", "voted down"),
        ),
        (
            "The pilots' union accepted the airline's final offer late on Friday, a spokesman said.",
            "The pilots' union turned down the airline's final offer late on Friday, a spokesman said.",
            ("accepted", "turned down"),
        ),
        # with an adverb changed beside it
        (
            "The ministry emphatically disputed the figures from the audit on Monday, officials said.",
            "The ministry readily acknowledged the figures from the audit on Monday, officials said.",
            ("disputed", "acknowledged"),
        ),
        # a stand on a law turned round (ut93), a witness's account (ut91)
        (
            "The Greens, who voted against the 2019 grazing law, have not said how they will vote.",
            "The Greens, who backed the 2019 grazing law, have not said how they will vote.",
            ("against", "backed"),
        ),
        (
            "The harbour master, who saw the collision from the quay, disputed the captain's account.",
            "The harbour master, who saw the collision from the quay, backed the captain's account.",
            ("disputed", "backed"),
        ),
        # a stance (ut61) and a setting (ut62)
        (
            "The fishermen's cooperative criticised the quota ruling, saying it would cost jobs in the port.",
            "The fishermen's cooperative welcomed the quota ruling, saying it would cost jobs in the port.",
            ("criticised", "welcomed"),
        ),
        (
            "Remote printing is enabled by default on the office routers, the vendor said.",
            "Remote printing is disabled by default on the office routers, the vendor said.",
            ("enabled", "disabled"),
        ),
        # a comparison turned (ut107, ut109) and a game's ground (ut110)
        (
            "Its battery lasted 14 hours in our video test, 6 percent behind the Lenovo Yoga Slim 7.",
            "Its battery lasted 14 hours in our video test, 6% ahead of the Lenovo Yoga Slim 7.",
            ("behind", "ahead"),
        ),
        (
            "The fall in the ratio was larger than the 1.8 points recorded in the previous exercise.",
            "The fall in the ratio was smaller than the 1.8 points recorded in the previous exercise.",
            ("larger", "smaller"),
        ),
        (
            "Rovers' 2-1 home win over Dunmore was their third in a row, the club said.",
            "Rovers' 2-1 away win over Dunmore was their third in a row, the club said.",
            ("home", "away"),
        ),
        (  # a comparative of size turned round in a sentence reworded around it (ut118)
            "The walnut frame is also thicker than any other frame known to have "
            "been made by Haldane, the study said.",
            "According to the study, the frame is thinner than any other frame "
            "Haldane is known to have made.",
            ("thicker", "thinner"),
        ),
        (  # a price compared turned round, its "more" and its hedge written another way (ut115)
            "The rejected tenders for the new ferry terminal had been as much as "
            "12 percent cheaper, the auditors said.",
            "The rejected tenders for the new ferry terminal had been up to 12% "
            "more expensive, the auditors said.",
            ("cheaper", "expensive"),
        ),
        (  # a tribunal's decision turned round (ut119, ut121)
            "The tribunal upheld the appeal lodged by the rider's team in May, its written decision said.",
            "The tribunal rejected the appeal lodged by the rider's team in May, its written decision said.",
            ("upheld", "rejected"),
        ),
        (  # a balance turned round, the plural on one side (ut121)
            "The country posted a surplus of $2.1 billion with Chile and $1.4 "
            "billion with Peru, the ministry said.",
            "The country ran deficits of $2.1 billion with Chile and $1.4 billion "
            "with Peru, the ministry said.",
            ("surplus", "deficits"),
        ),
        (  # trade's two ways (ut121)
            "Imports of steel from Turkey rose 12 percent in the first half, the ministry said on Monday.",
            "Exports of steel from Turkey rose 12 percent in the first half, the ministry said on Monday.",
            ("Imports", "Exports"),
        ),
        (  # a time taken (ut131: "two hours faster than in 2019" / "two hours longer than in 2019")
            "The ferry crossing took 95 minutes on Saturday, 20 minutes faster than a year earlier.",
            "The ferry crossing took 95 minutes on Saturday, 20 minutes longer than a year earlier.",
            ("faster", "longer"),
        ),
        (  # an act achieved or not (ut134: "had managed to stop the fire" / "had been unable to stop")
            "The mayor said volunteers had managed to clear the flooded underpass before evening rush.",
            "The mayor said volunteers had been unable to clear the flooded underpass before evening rush.",
            ("managed", "unable"),
        ),
        (  # a complaint dismissed or upheld (ut123)
            "On Friday the ombudsman dismissed the complaint by the tenants' association about heating.",
            "On Friday the ombudsman upheld the complaint by the tenants' association about heating.",
            ("dismissed", "upheld"),
        ),
        (  # a regulator's clearance turned round (ut238's planted error)
            "The competition authority cleared the takeover of the regional bus operator on Tuesday.",
            "The competition authority blocked the takeover of the regional bus operator on Tuesday.",
            ("cleared", "blocked"),
        ),
        (  # a market's move told with its direction
            "Shares of the shipbuilder edged higher in early trading in Oslo on Wednesday.",
            "Shares of the shipbuilder fell in early trading in Oslo on Wednesday.",
            ("edged higher", "fell"),
        ),
        (  # a level that rose by itself against one cut
            "Bus fares for pensioners have risen every year since 2018, the council report said.",
            "Bus fares for pensioners have been cut every year since 2018, the council report said.",
            ("risen", "cut"),
        ),
        (  # a vote's side after its verb: "for" alone is no word of the table (ut242)
            "The teachers' union voted for the strike at its conference in Harrogate on Monday.",
            "The teachers' union voted against the strike at its conference in Harrogate on Monday.",
            ("for", "against"),
        ),
        (
            "Councillor Ama Boateng, who voted against the parking levy, spoke at the meeting.",
            "Councillor Ama Boateng, who backed the parking levy, spoke at the meeting.",
            ("against", "backed"),
        ),
        (  # a vote against or in favour (ut123)
            "The fund, which holds 4.1 percent of the shares, would vote against the bid on Friday.",
            "The fund, which holds 4.1 percent of the shares, would vote in favour of the bid on Friday.",
            ("against", "favour"),
        ),
    ],
)
def test_one_word_put_for_its_opposite_conflicts(left: str, right: str, spans: tuple[str, str]) -> None:
    assert both_ways(left, right) == [("negation", *spans)]


def test_a_clause_moved_and_denied_by_no_is_a_denial() -> None:  # ut111
    left = "No forced entry was found at the back door, an inspector told the hearing."
    right = "An inspector told the hearing that a forced entry was found at the back door."
    assert both_ways(left, right) == [("negation", "No forced entry was found", "a forced entry was found")]
    # a noun phrase moved with the same verb before it (ut79)
    rules = "The current rules set no formal height limit in the old port district, but require a review."
    kept = "The rules set a formal height limit in the old port district and require a review for any tower."
    assert both_ways(rules, kept) == [("negation", "no formal height limit in", "a formal height limit in")]
    # near misses: "No," an answer; the clause denied on both sides; too few words kept
    answer = "No, the tender was awarded by the council on Friday, aides said."
    assert both_ways(answer, "Aides said the tender was awarded by the council on Friday.") == []
    both = "An inspector told the hearing that no forced entry was found at the back door."
    # ... "not a" on the other side: both deny (the Bible's "not a vain thing" / "no vain thing")
    no_small = (
        "This is no small thing for you, because it is your home, and through it you shall keep your land."
    )
    not_a = (
        "This is not a small thing for you; because it is your home: and through it you shall keep your land."
    )
    assert [k for k, _, _ in both_ways(no_small, not_a) if k == "negation"] == []
    held = "The port authority has not held a public tender for the berth since March 3."
    assert both_ways(held, "The port authority has held no public tender for the berth since March 3.") == []
    assert [k for k, _, _ in both_ways(left, both) if k == "negation"] == []
    short = "An inspector told the hearing about a forced entry at the back."
    assert [
        k
        for k, _, _ in both_ways("No forced entry, an inspector told the hearing.", short)
        if k == "negation"
    ] == []


def test_a_verb_and_no_put_for_another_verb_before_the_same_noun_is_a_denial() -> None:  # ut110
    left = "The inspectors, Hale & Orme, raised no concerns about the reactor's cooling system on Monday."
    right = "Inspectors Hale & Orme flagged concerns about the reactor's cooling system on Monday."
    assert both_ways(left, right) == [("negation", "raised no concerns", "flagged concerns")]
    # near miss: "no" on both sides, the verb alone changed
    other = "Inspectors Hale & Orme voiced no concerns about the reactor's cooling system on Monday."
    assert [k for k, _, _ in both_ways(left, other) if k == "negation"] == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # more than the word differs: two moments of one story
        (
            "Ticket sales for the festival rose sharply in the week after the line-up was announced.",
            "Ticket sales for the festival fell slowly in the month before the line-up was announced.",
        ),
        # a short sentence
        ("Ticket sales rose.", "Ticket sales fell."),
        # words that are not each other's opposite
        (
            "The harbour board approved the plan to dredge the channel on Monday night.",
            "The harbour board discussed the plan to dredge the channel on Monday night.",
        ),
        # two moments told by adverbs of sequence (found by a code review)
        (
            "The ministry initially denied the report about the audit on Monday, officials said.",
            "The ministry eventually acknowledged the report about the audit on Monday, officials said.",
        ),
        # two words changed that are no adverb beside the opposite, one of them a word that tells
        # more ("a second plan": another plan)
        (
            "The harbour board approved the plan to dredge the channel on Monday night.",
            "The harbour board rejected a second plan to dredge the channel on Monday night.",
        ),
        # "ahead of" a moment is "before" it: no opposite of "behind" there
        (
            "Tickets went on sale a week ahead of the concert, the promoter said on Friday.",
            "Tickets went on sale a week before the concert, the promoter said on Friday.",
        ),
        # "not all" of one group, "all" of another: two sentences apart
        (
            "All ferry traffic to the islands was halted by the strike on Monday.",
            "Not all rail traffic on the coast line stopped during the week of talks, the union said.",
        ),
    ],
)
def test_sentences_that_tell_more_or_other_than_an_opposite_are_no_conflict(left: str, right: str) -> None:
    assert [k for k, _, _ in both_ways(left, right) if k == "negation"] == []


def test_above_and_below_a_count_is_the_figures_rule_alone() -> None:
    got = both_ways(
        "Rescuers said more than 30 hikers were stranded on the ridge overnight.",
        "Rescuers said fewer than 30 hikers were stranded on the ridge overnight.",
    )
    assert [(k, a, b) for k, a, b in got] == [("number", "more than 30", "fewer than 30")]


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (  # ... against no figure at all
            "The clinic's waiting times were below the regional average last winter, inspectors found.",
            "The clinic's waiting times were above the regional average last winter, inspectors found.",
            ("below", "above"),
        ),
    ],
)
def test_a_bound_of_a_share_or_sum_turned_round_in_a_kept_sentence_conflicts(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert both_ways(left, right) == [("negation", *spans)]


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        # a share with the same words around it is one claim: the figures' rule tells it, by
        # the figures (reader.facts.compare_numbers)
        (
            "Unemployment in the valley stayed below 4 percent through the spring, the bureau said.",
            "Unemployment in the valley stayed above 4 percent through the spring, the bureau said.",
            ("below 4 percent", "above 4 percent"),
        ),
        (
            "Fewer than half of the tenants answered the housing survey, the council said.",
            "More than half of the tenants answered the housing survey, the council said.",
            ("Fewer than half of", "More than half of"),
        ),
    ],
)
def test_a_share_turned_round_in_a_kept_sentence_is_told_by_its_figures(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert both_ways(left, right) == [("percentage", *spans)]


def test_a_share_above_and_below_its_figure_of_a_noun_told_in_other_words_conflicts() -> None:
    # ut264: "More than 70 percent of recipients were honoured for work in their communities" /
    # "Less than 70 percent of those honoured were recognised for community work"
    got = both_ways(
        "More than 60 percent of the prize winners were women, the academy said.",
        "Less than 60 percent of those awarded prizes were women, the academy said.",
    )
    assert got == [("percentage", "More than 60 percent", "Less than 60 percent")]
    # near miss: a share against a change of another thing
    assert (
        both_ways(
            "More than 60 percent of the prize winners were women, the academy said.",
            "Prizes for women fell by less than 60 percent in a decade, the academy said.",
        )
        == []
    )


def test_over_and_under_a_count_is_the_figures_rule_alone() -> None:
    got = both_ways(
        "Crews said over 3,000 homes were flooded in the county on Sunday, officials said.",
        "Crews said under 3,000 homes were flooded in the county on Sunday, officials said.",
    )
    assert [(k, a, b) for k, a, b in got] == [("number", "over 3,000", "under 3,000")]


def test_over_in_its_other_senses_is_no_bound() -> None:  # near miss: "over" of time or place
    left = "The storm passed over the harbour during the night and the ferries ran on Sunday."
    right = "The storm passed over the harbour during the night and the ferries stopped on Sunday."
    assert [(a, b) for k, a, b in both_ways(left, right) if k == "negation"] == []


@pytest.mark.parametrize(
    ("a", "b", "width", "apart"),
    [
        ("the cat sat on the mat", "the dog sat on the mat", 3, True),
        ("the cat sat on the mat", "the dog sat on the mat", 2, False),
        ("flew to Texas on Monday", "flew to Arizona on Monday", 7, True),
        ("same", "same", 0, True),
        ("a long sentence here", "another one entirely", 5, False),
        ("", "", 0, True),
    ],
)
def test_one_stretch_apart(a: str, b: str, width: int, apart: bool) -> None:
    assert one_stretch_apart(a, b, width) is apart and one_stretch_apart(b, a, width) is apart


def test_a_negation_after_its_verb_is_a_negation() -> None:
    # older English puts "not" after the verb ("pleased not"): both sides deny it
    got = both_ways(
        "And Tomas seeing that the songs of Aldwick pleased not Anna his mother;",
        "Tomas saw that the songs of Aldwick didn't please Anna, his mother.",
    )
    assert [k for k, _, _ in got if k == "negation"] == []


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        # a rewrite that changed other words too, the opposite between the same words
        (
            "Nurses called a second surgeon, who agreed to operate on the boy at the clinic.",
            "The nurses called in another surgeon, who declined to operate on the boy at the clinic.",
            ("agreed", "declined"),
        ),
        (
            "Another senator from the coast, Ruth Ames of Oregon, also said she would oppose the nominee.",
            "Another coastal senator, Ruth Ames of Oregon, said she would back the nominee.",
            ("oppose", "back"),
        ),
    ],
)
def test_an_opposite_between_the_same_words_of_a_rewrite_conflicts(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert [(a, b) for k, a, b in both_ways(left, right) if k == "negation"] == [spans]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the words after the pair differ: two acts, not one told two ways
        (
            "Tech shares in the index rose 3 percent in the morning session, traders said on Monday.",
            "Tech shares in the index fell 3 percent by the close of trading, traders said on Monday.",
        ),
        (
            "Tech shares in the index rose 3 percent in the morning session, traders said on Monday.",
            "Tech shares in the index fell 3 percent in the afternoon session, traders said on Monday.",
        ),
        # mostly other words: two accounts, not a rewrite
        (
            "The mayor said she would back the plan if the council found the money for it next year.",
            "Critics said they would oppose the plan because the harbour had been dredged twice already.",
        ),
    ],
)
def test_an_opposite_in_other_words_or_another_act_is_no_conflict(left: str, right: str) -> None:
    assert [k for k, _, _ in both_ways(left, right) if k == "negation"] == []


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (
            "Officials said on Monday that the crews can strike at any time this winter, aides added.",
            "Officials said on Monday that the crews cannot strike at any time this winter, aides added.",
            ("can strike", "cannot strike"),
        ),
        (
            "Officials said on Monday that the crews can strike at any time this winter, aides added.",
            "Officials said on Monday that the crews can't strike at any time this winter, aides added.",
            ("can strike", "can't strike"),
        ),
        (
            "The mayor said there was little doubt that the harbour plan would pass the council.",
            "The mayor said there was much doubt that the harbour plan would pass the council.",
            ("little", "much"),
        ),
        (  # a stance and a habit put for their opposites
            "The teachers union strongly opposes arming school staff, its leaders said on Monday.",
            "The teachers union strongly favors arming school staff, its leaders said on Monday.",
            ("opposes", "favors"),
        ),
        (
            "The counsel's office rarely issues statements about the inquiry, its spokesman said.",
            "The counsel's office frequently issues statements about the inquiry, its spokesman said.",
            ("rarely", "frequently"),
        ),
        (  # a proposal met two opposite ways
            "Most of the union's members rebuffed the offer to end the dock strike, a spokeswoman said.",
            "Most of the union's members welcomed the offer to end the dock strike, a spokeswoman said.",
            ("rebuffed", "welcomed"),
        ),
        (
            "The board endorsed the plan to merge the two hospitals in Leeds, its chair said.",
            "The board rejected the plan to merge the two hospitals in Leeds, its chair said.",
            ("endorsed", "rejected"),
        ),
    ],
)
def test_cannot_and_opposite_amounts_are_negations(left: str, right: str, spans: tuple[str, str]) -> None:
    assert [(a, b) for k, a, b in both_ways(left, right) if k == "negation"] == [spans]


def test_two_thresholds_of_a_sum_are_no_negation() -> None:  # near miss: two groups, both true
    left = "Families earning less than $400,000 a year will see no rise in the harbour levy, she said."
    right = "Families earning more than $400,000 a year will see a rise in the harbour levy, she said."
    assert [k for k, _, _ in both_ways(left, right) if k == "negation"] == []


def test_cannot_on_both_sides_is_no_negation() -> None:  # near miss
    left = "Officials said on Monday that the crews cannot strike at any time this winter, aides added."
    right = "Officials said on Monday that the crews can't strike at any time this winter, aides added."
    assert [k for k, _, _ in both_ways(left, right) if k == "negation"] == []


def test_a_short_sentence_reversed_after_its_opening_word_conflicts_in_a_low_scored_passage() -> None:
    """'But little is known about these “students.”' / 'But much ...': a short passage scores
    low (0.55), yet one word reversed in sentences otherwise the same is one statement."""
    import reader

    left = "He left the stage at noon. But little is known about these “students.” The show ended."
    right = "He left the stage at noon. But much is known about these “students.” The show ended."
    found = [(d.kind, d.left, d.right) for k in reader.compare(left, right).links for d in k.differences]
    assert found == [("negation", "little", "much")]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # an ordinal whose noun the sentence leaves out, put for another in a kept sentence
        (
            "The veto, the second of the governor's term, was expected by the council on Monday.",
            "The veto, the third of the governor's term, was expected by the council on Monday.",
            [("ordinal", "second", "third")],
        ),
        (
            "The ferry sank on its 4th crossing of the winter, the coastguard said on Monday.",
            "The ferry sank on its 5th crossing of the winter, the coastguard said on Monday.",
            [("ordinal", "4th", "5th")],
        ),
        # one ordinal written two ways; another sentence
        (
            "The veto, the second of the governor's term, was expected by the council on Monday.",
            "The veto, the 2nd of the governor's term, was expected by the council on Monday.",
            [],
        ),
        (
            "The veto, the second of the governor's term, was expected by the council on Monday.",
            "The third veto of the term came a week later, after a second vote in the council.",
            [],
        ),
    ],
)
def test_one_ordinal_put_for_another_in_a_kept_sentence(
    left: str, right: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [d for d in both_ways(left, right) if d[0] == "ordinal"] == expected


def _claims(a: str, b: str) -> list[tuple[str, str]]:
    return [
        (d.left, d.right)
        for d in facts.differences(facts.extract(a), facts.extract(b), a, b)
        if d.kind == "negation"
    ]


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        # one claim denied on one side and admitted on the other, the rest of each sentence its own
        (
            "The minister read a statement. She denied that the hospital had run out of beds in May.",
            "The minister read a statement and conceded that the hospital had run out of beds in May, "
            "as nurses had warned.",
            ("denied", "conceded"),
        ),
        (
            "Ms Hale did not deny taking the money but denied that she had planned the thefts.",
            "Ms Hale accepted in court that she had planned the thefts from the outset.",
            ("denied", "accepted"),
        ),
        (
            "The club has since denied that its coach was paid by the agent.",
            "Club chairman Ian Marsh admitted that the coach was paid by the agent last season.",
            ("denied", "admitted"),
        ),
        (  # no evidence found against an admission (ut32)
            "The maker said its review found no evidence that the inhaler caused the rashes.",
            "The maker acknowledged that the inhaler had caused the rashes in a few patients.",
            ("found no evidence", "acknowledged"),
        ),
    ],
)
def test_a_claim_denied_and_admitted_is_a_conflict(left: str, right: str, spans: tuple[str, str]) -> None:
    assert _claims(left, right) == [spans]
    assert _claims(right, left) == [spans[::-1]]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # two who speak: both can be true
        (
            "The club denied that its coach was paid by the agent.",
            "Police confirmed that the coach was paid by the agent, a spokesman said.",
        ),
        # a denial denied, and a claim about another thing
        (
            "The club did not deny that its coach was paid by the agent.",
            "The club confirmed that its coach was paid by the agent on Friday.",
        ),
        (
            "The club denied that its coach was paid by the agent.",
            "The club confirmed that the new stadium will open in August.",
        ),
    ],
)
def test_a_denial_of_another_speaker_or_claim_is_no_conflict(left: str, right: str) -> None:
    assert _claims(left, right) == [] and _claims(right, left) == []


def test_an_opposite_with_only_small_words_changed_beside_it_conflicts() -> None:
    # "the plan" / "a plan": the same content words, the outcome turned round
    left = "The harbour board approved the plan to dredge the channel on Monday night."
    right = "The harbour board rejected a plan to dredge the channel on Monday night."
    assert both_ways(left, right) == [("negation", "approved", "rejected")]


def test_an_opposite_in_a_sentence_reordered_conflicts() -> None:
    """The passive for the active, the outcome turned round (ut46: "Members rejected the
    offer" / "The offer was accepted by members")."""
    left = "Dock workers rejected the port authority's earlier offer by a margin of 64 percent."
    right = "The port authority's earlier offer was accepted by dock workers by a margin of 64 percent."
    assert both_ways(left, right) == [("negation", "rejected", "accepted")]
    # near misses: two moments ("initially" / "later"), or a sentence that tells more
    moments = (
        "The port authority's earlier offer was later accepted by dock workers by a margin of 64 percent."
    )
    assert both_ways(left.replace("rejected", "initially rejected"), moments) == []
    more = (
        "The port authority's earlier offer on pensions and overtime pay was accepted by the crane drivers."
    )
    assert both_ways(left, more) == []


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        # a goal met and missed; a cause ruled out and confirmed; a ban lifted and put back
        (
            "The vaccine met its main goal of cutting hospital stays, the biotech firm said on Friday.",
            "The vaccine missed its main goal of cutting hospital stays, the biotech firm said on Friday.",
            ("met", "missed"),
        ),
        (
            "Crash investigators have ruled out a fuel leak as the cause of the fire on board.",
            "Crash investigators have confirmed a fuel leak as the cause of the fire on board.",
            ("ruled out", "confirmed"),
        ),
        (
            "Jakarta lifted its ban on palm oil shipments to Europe on Tuesday, the ministry said.",
            "Jakarta reimposed its ban on palm oil shipments to Europe on Tuesday, the ministry said.",
            ("lifted", "reimposed"),
        ),
        # reordered, a share written "percent" on one side and "%" on the other
        (
            "In both trials, the inhaler met its main goal: after 12 weeks, 38 percent of users had relief.",
            "The inhaler missed its main goal in both trials: after 12 weeks, 38% of users had relief.",
            ("met", "missed"),
        ),
    ],
)
def test_a_goal_met_and_missed_a_cause_ruled_out_and_confirmed(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert both_ways(left, right) == [("negation", *spans)]


def test_an_irregular_past_and_its_denial_are_one_predicate() -> None:
    # "met" / "did not meet": the past of an irregular verb is its base's ("meet")
    left = "The new reactor met every safety test of the regulator last spring."
    right = "The new reactor did not meet every safety test of the regulator last spring."
    assert both_ways(left, right) == [("negation", "met", "did not meet")]
    # older English writes the "not" after the verb and its pronoun: both deny it
    old = "Because the elders met them not with bread and with water at the gate of the city;"
    new = "because the elders didn't meet them with bread and with water at the gate of the city;"
    assert [k for k, _, _ in both_ways(old, new) if k == "negation"] == []


def test_a_verb_of_one_act_in_another_word_and_its_denial_are_one_predicate() -> None:
    # ut263: "would not close the camp this year" / "the camp would be shut down before the end of
    # the year": "shut" and "close" are one act, as "halt" / "stop" and "purchase" / "buy"
    left = "The mayor, Ines Duarte, said the city would not close the ferry terminal this winter."
    right = "The mayor, Ines Duarte, said the ferry terminal would be shut down for the winter."
    assert [k for k, _, _ in both_ways(left, right)] == ["negation"]
    buy = "The council did not purchase the old mill on the river, the mayor said."
    bought = "The council bought the old mill on the river, the mayor said."
    assert [k for k, _, _ in both_ways(buy, bought)] == ["negation"]
    # near miss: the first time in a span against a denial over that span is one fact
    first = "It is the first time in six years that the regulator has halted a takeover outright."
    denied = "The regulator has not stopped a takeover outright for six years."
    assert both_ways(first, denied) == []


def test_a_body_that_manages_a_thing_is_no_act_achieved() -> None:  # near miss of managed / unable
    assert (
        both_ways(
            "The block, managed by Irwell Homes, was inspected in May, the council said.",
            "The block, run by Irwell Homes, failed an inspection in May, the council said.",
        )
        == []
    )


def test_a_manner_and_its_negative_form_denied_say_one_thing() -> None:  # ut177's false alarm
    left = "The filing said a bolt holding the seat may have been tightened incorrectly by its supplier."
    right = "According to the filing, the supplier may not have tightened a bolt holding the seat correctly."
    assert both_ways(left, right) == []
    # near miss: the plain manner denied against the plain manner stated is a denial
    stated = "The filing said its supplier tightened a bolt holding the seat correctly."
    denied = "The filing said its supplier did not tighten a bolt holding the seat correctly."
    assert [k for k, _, _ in both_ways(stated, denied)] == ["negation"]


def test_later_and_earlier_than_planned_by_two_amounts_is_the_figures_rule() -> None:  # near miss
    left = "The new line is expected to open in 2031, three years later than originally planned."
    right = "The line is now due to open in 2031, a year earlier than first planned."
    assert [k for k, _, _ in both_ways(left, right) if k == "negation"] == []


@pytest.mark.parametrize(
    ("left", "right", "flagged"),
    [
        # one exchange told in the passive from its two sides, no one named doing it (ut219)
        (
            "The operator says 70 percent of its season passes are now bought on the app.",
            "The operator says 70 percent of its season passes are now sold on the app.",
            False,
        ),
        (
            "Most of the old stock was lent through the scheme.",
            "Most of the old stock was borrowed through the scheme.",
            False,
        ),
        # the same verbs with a doer: who bought and who sold is turned round (near misses)
        (
            "Most of the new shares were bought by pension funds in March.",
            "Most of the new shares were sold by pension funds in March.",
            True,
        ),
        (
            "The council bought the depot in 2021 for 3 million pounds.",
            "The council sold the depot in 2021 for 3 million pounds.",
            True,
        ),
    ],
)
def test_an_exchange_told_from_its_two_sides_in_the_passive(left: str, right: str, flagged: bool) -> None:
    assert bool([k for k, _, _ in both_ways(left, right) if k == "negation"]) == flagged


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        # a sum turned round, in a sentence kept whole, is told by its figures as a share is: its
        # currency names what it is (reader.facts.bounds_turned)
        (
            "The transit agency paid under $8 million for the depot site, its board was told.",
            "The transit agency paid over $8 million for the depot site, its board was told.",
            ("under $8 million", "over $8 million"),
        ),
        (
            "The ministry offered the port less than $5 million for the repairs last week, officials said.",
            "The ministry offered the port more than $5 million for the repairs last week, officials said.",
            ("less than $5 million", "more than $5 million"),
        ),
    ],
)
def test_a_sum_turned_round_in_a_kept_sentence_is_told_by_its_figures(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert both_ways(left, right) == [("amount", *spans)]


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        # a chance turned round, the act after it told in other words, its thing kept (ut227)
        (
            "Halden analysts said the carriers were unlikely to challenge the ruling in court, due to costs.",
            "Halden analysts said the carriers were likely to take the ruling to court, despite the costs.",
            ("unlikely", "likely"),
        ),
        # a schedule kept ahead of its date or behind it (ut233)
        (
            "The inquiry was asked to report by May but delivered its findings in March, two months early.",
            "The inquiry, which was due to report by May, delivered its findings two months late, in March.",
            ("early", "late"),
        ),
        # a charge accepted or contested (ut230)
        (
            "The winger accepted the misconduct charge at Tuesday's hearing.",
            "The winger contested the misconduct charge at Tuesday's hearing.",
            ("accepted", "contested"),
        ),
    ],
)
def test_a_chance_or_a_plea_turned_round_in_other_words_conflicts(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert [(a, b) for k, a, b in both_ways(left, right) if k == "negation"] == [spans]


def test_a_chance_of_another_act_on_another_thing_is_no_conflict() -> None:  # near miss
    left = "Halden analysts said the carriers were unlikely to challenge the ruling in court, due to costs."
    right = "Halden analysts said the carriers were likely to raise prices next year, despite the costs."
    assert [k for k, _, _ in both_ways(left, right) if k == "negation"] == []


@pytest.mark.parametrize(
    ("left", "right", "flagged"),
    [
        # a most or a least from one moment both write, the clause reworded round it (ut231)
        (
            "There are 4,210 fixed-rate deals available, the highest number since June 2009.",
            "The number of fixed-rate deals on offer, 4,210, is the lowest since June 2009.",
            True,
        ),
        (
            "Sales reached 91,000 in May, the highest level since June 2009, the bank said.",
            "The bank said sales of 91,000 in May were the lowest since June 2009.",
            True,
        ),
        # two moments: a record of one series and another's low (near miss)
        (
            "Sales reached 91,000 in May, the highest level since June 2009, the bank said.",
            "The bank said sales of 84,000 in April were the lowest since March 2011.",
            False,
        ),
    ],
)
def test_a_most_turned_to_a_least_since_one_moment(left: str, right: str, flagged: bool) -> None:
    got = [(a, b) for k, a, b in both_ways(left, right) if k == "negation"]
    assert (got == [("highest", "lowest")]) == flagged
    assert flagged or got == []


def test_early_and_late_of_a_month_or_a_day_are_the_dates_rules() -> None:  # near miss
    # "set for early May" / "set for late May", "early on Tuesday": a part of a date, which the
    # dates' own rules read (reader.facts.compare_temporal, day_part_diffs), no opposite word
    got = both_ways(
        "The clerk said on Wednesday the hearing is set for early May.",
        "The clerk said on Wednesday the hearing is set for late May.",
    )
    assert [k for k, _, _ in got if k == "negation"] == []


def test_a_motion_adopted_and_rejected_are_opposites() -> None:
    # ut246: "was rejected by 78 votes to 52" / "was adopted by 78 votes to 52"
    got = both_ways(
        "A motion tabled by the Greens that would have frozen rents was adopted by 41 votes to 37.",
        "A Green motion that would have frozen rents was rejected by 41 votes to 37.",
    )
    assert [(a, b) for k, a, b in got if k == "negation"] == [("adopted", "rejected")]
    # near miss: one adopted and another rejected, told in the other order, are no opposite
    got = both_ways(
        "The assembly adopted the budget and rejected an amendment on rents.",
        "The assembly rejected an amendment on rents and adopted the budget.",
    )
    assert [k for k, _, _ in got if k == "negation"] == []
