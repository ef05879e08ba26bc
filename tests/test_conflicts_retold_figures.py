"""Figures a rewrite changes while it rewords around them: a count opening its sentence turned
round beside the whole it is part of, a share turned round with another form of its noun, a
vote "backed" by one tally and another, and a place in a race told with the edition's year moved.
reader.facts.compare_numbers, reader.facts.hedges, reader.facts.tables, reader.facts.extract_tallies;
every sentence is made up for the test, each case compared both ways round, each rule with a near miss."""

from __future__ import annotations

import pytest

from tests.test_conflicts_parts import flagged


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        # a count opening its sentence, above and below one figure, beside the whole both name; the
        # whole's owner written on one side only (ut205: "of Italy's 46.6 million registered voters")
        (
            "More than 3.1 million of the 7.9 million eligible voters took part, officials said.",
            "Fewer than 3.1 million of the country's 7.9 million eligible voters took part, officials said.",
            [("number", "More than 3.1 million", "Fewer than 3.1 million")],
        ),
        # a share after one verb, its noun in two forms ("of the funds" / "of the funding", ut204)
        (
            "Brussels supplied more than 70 percent of the funds for the bridge.",
            "The EU supplied less than 70 percent of the funding for the bridge.",
            [("percentage", "more than 70 percent", "less than 70 percent")],
        ),
        # a vote "backed" by a tally on one side and another on the other (ut205: "backed it 112-38")
        (
            "The union's delegates backed the deal 214-61 on Thursday.",
            "Union delegates backed the deal by 214 votes to 16 on Thursday.",
            [("tally", "214-61", "214 votes to 16")],
        ),
        # a place in a race whose edition's year moved before its noun (ut204: "second in the 2022
        # world championship road race" / "third in the world championship road race in 2022")
        (
            "She finished fourth in the European championship road race in 2021, the federation said.",
            "She finished fifth in the 2021 European championship road race, the federation said.",
            [("ordinal", "fourth", "fifth")],
        ),
        # ... a sum beside another both state, hedged on one side only (ut210: "$48 billion" / "an
        # estimated $48 billion"): the lists pair place by place
        (
            "Okoro, whose fortune is put at $31 billion, has so far given about $4 billion to the"
            " foundation.",
            "Okoro, worth an estimated $31 billion, has donated about $4 million to the foundation to date.",
            [("amount", "about $4 billion", "about $4 million")],
        ),
        # ... a count held by a name the other side writes inside its subject (ut207: "Sales of ...
        # game "Ember Reach" reached")
        (
            '"Turbo Bay" sold 4.1 million copies in its first month, the publisher said.',
            'Sales of Harbor Games\' racing title "Turbo Bay" reached 4.6 million copies in its first month.',
            [("number", "4.1 million", "4.6 million")],
        ),
        # ... a figure of a list labelled by one name on both sides (ut209: "and France with 64,500")
        (
            "Poland received the largest number of claims, 73,400, ahead of Austria with 66,900 and Belgium"
            " with 64,500.",
            "Poland remained the top destination with 73,400 claims, followed by Austria with 66,900 and"
            " Belgium with 61,500.",
            [("number", "64,500", "61,500")],
        ),
        # ... a closure's date, "shut" for "close" (ut210)
        (
            "Workers were told on Friday that the plant would close by the end of May, with 40 jobs lost.",
            "Workers were told on Friday the plant would shut by the end of June, with the loss of 40 jobs.",
            [("date", "end of May", "end of June")],
        ),
        # ... a duration of a group each side opens with a participle (ut207: "Affected employees will
        # receive 16 weeks" / "Departing staff will get 16 months")
        (
            "Displaced tenants will receive 12 weeks of rent support, the council said.",
            "Evicted residents will get 12 months of rent support.",
            [("duration", "12 weeks", "12 months")],
        ),
        # ... a count after a passive verb's "by" (ut213: "is expected to be used by more than 48,000")
        (
            "The new bridge is expected to be used by more than 30,000 cars a day.",
            "The bridge is expected to handle fewer than 30,000 cars a day.",
            [("number", "more than 30,000", "fewer than 30,000")],
        ),
        # ... a count turned round with a running total's words on one side only (ut211: "so far")
        (
            "Inspectors have identified more than 900 faulty meters, the regulator said.",
            "Inspectors have so far identified fewer than 900 faulty meters.",
            [("number", "more than 900", "fewer than 900")],
        ),
        # ... a schedule's new date beside the old one both write, its verb another (ut213)
        (
            "The tunnel was due to open in May 2024, but the opening has now been pushed back to April 2026.",
            "The tunnel will now open in June 2026 rather than May 2024 as first planned.",
            [("date", "April 2026", "June 2026")],
        ),
        # ... one move to a level from a start, its verb turned round (ut211: "rose to 410,000 in the
        # second week from 260,000" / "fell to 410,000 ...")
        (
            "The number of bookings rose to 52,000 in the second quarter from 38,000 in the first.",
            "Quarterly reservations fell to 52,000 in the second quarter from 38,000 in the first.",
            [("negation", "rose", "fell")],
        ),
        # ... a count above its figure on one side and just short of it on the other (ut214: "used by
        # more than 12,000 small businesses" / "sells ... to nearly 12,000 small businesses")
        (
            "The software is used by more than 9,000 clinics across the country, the company said.",
            "The company sells the software to nearly 9,000 clinics across the country.",
            [("number", "more than 9,000", "nearly 9,000")],
        ),
        # ... a share's move above and below one figure, "by" on one side only (ut217: "grew more than
        # 20% a year" / "rose by less than 20% a year")
        (
            "Exports from the region grew more than 15% a year on average over the decade.",
            "The region's exports rose by less than 15% a year on average over the decade.",
            [("percentage", "more than 15%", "less than 15%")],
        ),
    ],
)
def test_a_figure_changed_in_a_reworded_sentence_conflicts(
    left: str, right: str, want: list[tuple[str, str, str]]
) -> None:
    assert flagged(left, right) == want


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # two nouns counted: the steel and the stone
        (
            "Brussels supplied more than 70 percent of the steel for the bridge.",
            "The firm supplied less than 70 percent of the stone for the bridge.",
        ),
        # two groups opening their sentences
        (
            "More than 30 percent of members back the merger, a poll of 900 members found.",
            "Less than 30 percent of staff back the merger, according to a poll of 900 members.",
        ),
        # another country's figure in the list's last place, a name after it on one side only
        (
            "Poland received the largest number of claims, 73,400, ahead of Austria with 66,900 and Belgium"
            " with 64,500.",
            "Poland remained the top destination with 73,400 claims, followed by Austria with 66,900 and"
            " Denmark with 61,500.",
        ),
        (
            '"Turbo Bay" sold 4.1 million copies in its first month, the publisher said.',
            'Sales of its rival title "Speed Lane" reached 4.6 million copies in its first month, ahead of'
            ' "Turbo Bay".',
        ),
        # one player's run against another's, the first named in a clause before the second's figure
        (
            "Charles opened the second half with an 86-yard touchdown run.",
            "Charles turned in an 86-yard touchdown run and Hillis rushed for more than a hundred yards.",
        ),
        # two players whose names end like participles: two holders
        ("Manning threw for 300 yards in the opener.", "Browning threw for 250 yards in the opener."),
        # a group picked by a participle and "by": two groups under one rule
        (
            "Firms hit by more than 50 complaints must report them, the regulator said.",
            "Firms hit by fewer than 50 complaints are exempt, the regulator said.",
        ),
        # an estimate either way, or below, of a count told above or below it
        (
            "The group now serves more than 12,000 businesses across the region.",
            "The group now serves about 12,000 businesses across the region.",
        ),
        (
            "The group now serves fewer than 12,000 businesses across the region.",
            "The group now serves nearly 12,000 businesses across the region.",
        ),
        # a range beside "backed" is no vote
        (
            "Some 10-15 residents backed the plan at the meeting.",
            "Some 12-20 residents backed the plan at the meeting.",
        ),
    ],
)
def test_two_things_counted_or_a_range_are_no_conflict(left: str, right: str) -> None:  # near misses
    assert flagged(left, right) == []
