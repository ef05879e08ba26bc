"""One word put for its opposite in a reworded sentence: the clause of the pair keeps the same
content words around it, whatever else the rewrite changed.  reader.facts.opposite_context;
every sentence is made up for the test, and each case is checked both ways round."""

from __future__ import annotations

import pytest

from reader import facts
from reader.facts.opposite_context import opposite_in_clause


def both_ways(a: str, b: str) -> tuple[str, str] | None:
    got = opposite_in_clause(a, b)
    back = opposite_in_clause(b, a)
    assert back == (None if got is None else (got[1], got[0]))
    return got


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        (
            "The senate rejected a similar 12 percent pay rise last spring and kept the budget flat.",
            "Last spring, the senate approved a similar 12% rise in pay and held the budget steady.",
            ("rejected", "approved"),
        ),
        (
            "Doctors advise that children younger than 6 months old avoid the syrup before bedtime.",
            "Children older than 6 months should not be given the syrup at night, doctors advise.",
            None,  # a negation in the other clause: not this rule's
        ),
        (
            "Doctors advise that children younger than 6 months old get the drops from a nurse.",
            "Children older than 6 months should get the drops from a nurse, doctors advise.",
            ("younger", "older"),
        ),
        (
            "The inspector said the risk of flooding was high and that the dam needed repairs.",
            "The inspector judged the risk of flooding to be low but said the dam needed repairs.",
            ("high", "low"),
        ),
        (  # a share written two ways right after the pair (ut78)
            "The regulator said insurers had approved 41% of flood claims in March.",
            "Insurers rejected 41 percent of flood claims in March, the regulator said.",
            ("approved", "rejected"),
        ),
        (  # the word before the thing reworded, two words after it alike (ut91)
            "Forecasters said there was a 40 percent chance of above-normal snowfall in the Alps.",
            "Forecasters put the chance of below-normal snowfall in the Alps at 40%.",
            ("above", "below"),
        ),
        (  # one share's bound turned round: the clause's words say it is one threshold (ut92)
            "The mill will hire in valleys where joblessness exceeds 15 percent, the minister said.",
            "The minister said the mill would bring work to valleys where joblessness is below 15%.",
            ("exceeds", "below"),
        ),
        (
            "The mill will hire in valleys where joblessness is more than 15 percent, the minister said.",
            "The minister said the mill would bring work to valleys where joblessness is less than 15%.",
            ("more", "less"),
        ),
        (  # a bare figure ending its clause: no noun for the figures' rule to read (ut98)
            "The council expects job losses to stay below 400, a spokesman said on Monday.",
            "Job losses will stay above 400, the council expects, a spokesman said on Monday.",
            ("below", "above"),
        ),
        (  # a stance turned round (ut78)
            "The farmers' union welcomed the subsidy plan but asked for more money for hedges.",
            "The farmers' union opposed the subsidy plan, asking for more money for hedges.",
            ("welcomed", "opposed"),
        ),
        (  # the verb before the pair reworded (ut105)
            "Wool prices at the spring auctions reached the highest in four years in March.",
            "Wool prices at the spring auctions hit their lowest in four years in March.",
            ("highest", "lowest"),
        ),
        (  # a verb added before the pair: "voted to approve" / "rejected" (ut103)
            "The transport committee voted to approve a further £12 million for the bus depot on Monday.",
            "On Monday the transport committee rejected a further £12 million for the bus depot.",
            ("approve", "rejected"),
        ),
        (  # a superlative turned round (ut101)
            "Brockton was again the most reliable of the five lines, the regulator said.",
            "The regulator said Brockton was again the least reliable of the five lines.",
            ("most", "least"),
        ),
        (  # a patient's condition (ut99)
            "Two of the injured crew were in a critical condition at the county hospital, coastguards said.",
            "Two of the injured crew are in a stable condition at the county hospital, coastguards said.",
            ("critical", "stable"),
        ),
        (  # the size of a loss (ut105)
            "Dutch growers were among the smallest losers from the export ban, the board said.",
            "The board said Dutch growers were among the biggest losers from the export ban.",
            ("smallest", "biggest"),
        ),
        (  # a baseline "a year earlier" and an ordinal "the first" are no adverbs of sequence (ut114)
            "The group's combined ratio for motor and property business improved to 91.4 percent in the"
            " first half of 2024 from 96.2 percent a year earlier.",
            "The combined ratio for motor and property business worsened to 91.4% in the first half of"
            " 2024 from 96.2% a year before.",
            ("improved", "worsened"),
        ),
        (  # a relative clause is said of the name before it (ut242), the rest reworded
            "Council member Dora Vance, who voted against the transit levy, said it would hurt renters.",
            "Vance, who backed the transit levy, warned that renters would be hurt.",
            ("against", "backed"),
        ),
        (
            "Senator Ray Oduya, who voted for the grazing bill, said it would raise costs for ranchers.",
            "Oduya, who opposed the grazing bill, said it would raise costs for ranchers.",
            ("for", "opposed"),
        ),
    ],
)
def test_an_opposite_in_a_reworded_clause_is_found(a: str, b: str, pair: tuple[str, str] | None) -> None:
    assert both_ways(a, b) == pair


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two moments told by adverbs of sequence
        (
            "The board initially rejected the merger in May before investors revolted.",
            "The board later approved the merger after investors revolted in May.",
        ),
        # ... "first" and "earlier" as adverbs still are
        (
            "The board first rejected the merger in May, shareholders said.",
            "The board approved the merger in May, shareholders said, then revolted.",
        ),
        # a negation says the opposite word itself
        ("The board did not approve the merger on Friday.", "The board rejected the merger on Friday."),
        # two different things moved: the words after the pair differ
        ("Shares rose in early trading, brokers said.", "Shares fell in late trading, brokers said."),
        # the pair's subject differs
        ("Exports rose 4 percent in March.", "Imports fell 4 percent in March."),
        # both sides write both words: no word put for the other
        (
            "Prices rose in the north and fell in the south, the survey showed.",
            "Prices fell in the south and rose in the north, the survey showed.",
        ),
        # a bound of a count is the figures' rule
        ("More than 30 hikers were rescued.", "Fewer than 30 hikers were rescued."),
        (
            "Rescuers said more than 30 hikers were flown out of the valley on Sunday.",
            "Rescuers said fewer than 30 hikers were flown out of the valley on Sunday.",
        ),
        # ... and two shares, however the clause reads
        (
            "The mill will hire in valleys where joblessness is more than 15 percent, the minister said.",
            "The minister said the mill would bring work to valleys where joblessness is less than 25%.",
        ),
        # the word before the thing differs: two things
        (
            "Forecasters said there was a 40 percent chance of above-normal snowfall in the Alps.",
            "Forecasters put the risk of below-normal snowfall in the Alps at 40%.",
        ),
        # "most" and "least" not of a superlative: a bound, a share of a group
        (
            "At least 40 of the buses were withdrawn from the depot on Monday, the operator said.",
            "Most of the 40 buses were withdrawn from the depot on Monday, the operator said.",
        ),
        # the thing before the pair reworded too: two things
        (
            "Wool prices at the spring auctions reached the highest in four years in March.",
            "Beef sales at the autumn markets hit their lowest in four years in March.",
        ),
        # words of many senses: a particle, a preposition, a quantifier
        (
            "The old hedges were cut up and burned by the gardeners.",
            "The old hedges were cut down and burned.",
        ),
        (
            "They kept to their former habits after the storm.",
            "They kept to their habits from before the storm.",
        ),
        (
            "How much less can the small farms afford the new fees?",
            "How much more can the small farms afford?",
        ),
        # a relative clause of two people: two stands
        (
            "Council member Dora Vance, who voted against the transit levy, said it would hurt renters.",
            "Council member Ben Ruiz, who backed the transit levy, warned that renters would be hurt.",
        ),
    ],
)
def test_no_opposite_where_the_clause_tells_two_things(a: str, b: str) -> None:
    assert both_ways(a, b) is None


def test_the_reworded_opposite_is_a_conflict_of_the_link() -> None:
    a = "The senate rejected a similar 12 percent pay rise last spring and kept the budget flat."
    b = "Last spring, the senate approved a similar 12% rise in pay and held the budget steady."
    fa, fb = facts.extract_document([a])[0], facts.extract_document([b])[0]
    notes = [d.note for d in facts.differences(fa, fb, a, b)]
    assert "one side says the opposite: rejected vs approved" in notes


def test_a_stance_in_a_relative_clause_of_one_named_person_whatever_its_thing_is_called() -> None:
    # ut252: "Councillor Rebecca Tan, who voted against the measure, said" / "Councillor Rebecca
    # Tan, who supported the budget, said"
    a = "Senator Maria Oduya, who voted against the bill, said the money should go to rural clinics instead."
    b = "Senator Maria Oduya, who supported the package, said the money would do more for rural clinics."
    assert opposite_in_clause(a, b) == ("against", "supported")
    # near miss: the stance of another person named in another relative clause
    c = (
        "Senator Maria Oduya said the money would do more for rural clinics, while Senator Paul Ames,"
        " who supported the package, disagreed."
    )
    assert opposite_in_clause(a, c) is None
