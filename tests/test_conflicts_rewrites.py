# ruff: noqa: E501  (sentence pairs read best one per line)
"""Values changed in a sentence a rewrite desk reworded (ut51-ut54, four first-time users):
the day one speaker spoke, a sum's scale beside another sum both state alike, a surname's last
letter, a unit changed where a converted figure happens to fit another distance.  Each with a
near miss that must stay quiet.

Every sentence is made up for the test (other events, other outlets' styles); each case runs
in both directions (the sides swapped).
"""

from __future__ import annotations

import pytest

from tests.test_conflicts_quoted_negation import _kinds as _flags  # every difference, both ways round


@pytest.mark.parametrize(
    ("left", "right", "want"),
    [
        pytest.param(  # one body's announcement, its day changed, the rest reworded
            "Harbor Toys is recalling about 96,000 wooden play kitchens, the Consumer Product Safety Commission said on Wednesday.",
            "Some 96,000 Harbor Toys play kitchens are being recalled, the U.S. Consumer Product Safety Commission said Monday.",
            [("day", "Wednesday", "Monday")],
            id="day-one-speaker",
        ),
        pytest.param(  # two speakers, two days: two announcements
            "Harbor Toys is recalling about 96,000 wooden play kitchens, the company said on Wednesday.",
            "Some 96,000 Harbor Toys play kitchens are being recalled, Health Canada said Monday.",
            [],
            id="day-two-speakers",
        ),
        pytest.param(  # a sum's scale slipped; the sentences state the year before's sum alike
            "The region spent €2.3 billion on flood defences last year, up from €1.85 billion in 2022.",
            "Flood defences cost the region 2.3 million euros last year, against €1.85 billion in 2022.",
            [("amount", "€2.3 billion", "2.3 million euros")],
            id="scale-beside-a-sum",
        ),
        pytest.param(  # two sums that share their digits, the words beside them apart: two sums
            "The region approved a €2.3 billion flood plan on Tuesday, beside a €40 million grant for dykes.",
            "The council's 2.3 million euro grant for dykes was approved on Tuesday, with a €2 billion plan.",
            [],
            id="scale-two-sums",
        ),
        pytest.param(  # the one sum of each sentence, reworded around it: one sum, its scale slipped (ut56)
            "Marketing spending for the year is expected to reach $3.4 billion, unchanged from earlier guidance.",
            "The company still expects to spend $3.4 million on marketing this year, in line with its guidance.",
            [("amount", "$3.4 billion", "$3.4 million")],
            id="scale-one-sum-each",
        ),
        pytest.param(  # the one sum of each, one written out in full, the other with a scale word (ut107)
            "Three of the blazes caused damage estimated at about $740,000, including one that gutted a workshop in Leeds.",
            "Three blazes, one of which gutted a workshop in Leeds, caused about $740 million of damage.",
            [("amount", "about $740,000", "about $740 million")],
            id="scale-written-out-one-sum-each",
        ),
        pytest.param(  # near miss: two sums of another scale beside each, the words beside apart
            "The charity raised $740,000 at its gala, on top of the $1,200,000 pledged in May.",
            "The charity's building fund stands at $740 million after the gala, its trustees said.",
            [],
            id="scale-written-out-two-sums",
        ),
        pytest.param(  # a sum of two digits with another scale word, among other sums (ut111)
            "The founder was also ordered by Judge Ana Ruiz to pay $41.6 million in restitution and forfeit $7.3 million in assets.",
            "Judge Ana Ruiz ordered him to pay $41.6 million in restitution and to forfeit $7.3 billion in assets, and fined him $100,000.",
            [("amount", "$7.3 million", "$7.3 billion")],
            id="scale-two-digits-among-sums",
        ),
        pytest.param(  # a part of one whole, its noun past a modifier; one round named two ways (ut56)
            "The novel received 412 of the 1,090 votes cast in the final round, the jury said.",
            "According to the jury, the book took 421 of 1,090 final-round votes.",
            [("number", "412", "421")],
            id="part-of-one-whole",
        ),
        pytest.param(  # a surname's last letter changed, the given name and title kept
            "Interior Minister Tomas Quintero said 1,800 police officers had been deployed.",
            "Interior Minister Tomas Quintera said 1,800 officers were deployed.",
            [("spelling", "Quintero", "Quintera")],
            id="surname-ending",
        ),
        pytest.param(  # a given name's last letter: two people
            "Mario Bellucci said the talks would resume in June.",
            "Maria Bellucci said the talks would resume in June.",
            [],
            id="given-name-ending",
        ),
        pytest.param(  # 31 miles is about 50 km, but that is the distance's, not the depth's
            "The quake struck at a depth of 31 kilometres, about 50 kilometres north of Concepcion, the survey said.",
            "According to the survey, the quake struck 50 km north of Concepcion at a depth of 31 miles.",
            [("number", "31 kilometres", "31 miles")],
            id="unit-beside-a-distance",
        ),
        pytest.param(  # a lone sum, its words moved beyond the six either side: its clause says what it is
            "Of the total, NZ$1.8 billion will go towards rebuilding the rail line between Picton and Christchurch, which closed in 2016.",
            "Some NZ$1.3 billion of the recovery fund is for rebuilding the Picton to Christchurch rail line, closed since 2016.",
            [("amount", "NZ$1.8 billion", "Some NZ$1.3 billion")],
            id="lone-sum-its-clause",
        ),
        pytest.param(  # two sums of one story whose clauses share a few of many words: two sums
            "The ministry plans to move NZ$1.8 billion of currently available funds from other budgets toward the northern rail line.",
            "The decision lets the minister divert NZ$1.3 billion away from several delayed motorway projects to the northern rail line.",
            [],
            id="lone-sums-two-things",
        ),
        pytest.param(  # "tons" and "tonnes" are one unit: the year-earlier figure changed (ut61)
            "The terminal loaded 2.4 million tons of coal in March, up from 2.1 million tons a year earlier.",
            "The terminal loaded 2.4 million tonnes of coal in March, up from 1.9 million tonnes a year earlier.",
            [("number", "2.1 million", "1.9 million")],
            id="tons-tonnes-changed",
        ),
        pytest.param(  # ... and the same figures in the other spelling are no conflict
            "The terminal loaded 2.4 million tons of coal in March, up from 2.1 million tons a year earlier.",
            "The terminal loaded 2.4 million metric tons of coal in March, against 2.1 million tonnes a year earlier.",
            [],
            id="tons-tonnes-same",
        ),
        pytest.param(  # a share that moved, no noun after it: its mover is the subject (ut59)
            "Average office rents in the district fell 12 percent from a year earlier to $41 a square foot, the agency said.",
            "The agency said the district's vacancy rate climbed to 18.5% in the third quarter, up from 15.2% a year before, while average office rents slid 8% from a year earlier to $41 a square foot.",
            [("percentage", "12 percent", "8%")],
            id="share-of-one-mover",
        ),
        pytest.param(  # ... and a share of another mover is another fact
            "Average office rents in the district fell 12 percent from a year earlier to $41 a square foot, the agency said.",
            "The agency said the district's vacancy rate climbed to 18.5% in the third quarter, up from 15.2% a year before, while average sale prices slid 8% from a year earlier to $41 a square foot.",
            [],
            id="shares-of-two-movers",
        ),
        pytest.param(  # one date with two weekdays, the rest reworded (ut62)
            "The outage was spotted in the early hours of Thursday, October 9, when traders at the exchange could not log in.",
            "The exchange became aware of the outage early on Wednesday, October 9, when traders there could not log in.",
            [("day", "Thursday", "Wednesday")],
            id="weekday-of-one-date",
        ),
        pytest.param(  # ... beside another date with its weekday, the team under two names (ut65)
            "Harbor City plays at Fresno State on Friday, March 7, before hosting Reno on Sunday, March 9, in the conference finale.",
            "The Gulls play at Fresno State on Thursday, March 7, and host Reno in the conference finale on March 9.",
            [("day", "Friday", "Thursday")],
            id="weekday-of-one-date-of-two",
        ),
        pytest.param(  # ... told with two verbs of one act, which the day's own rule leaves apart (ut248)
            "The audit will be presented to the Finance and Scrutiny Panel on Tuesday, 14 October.",
            "The findings will go before the Finance and Scrutiny Panel on Thursday, 14 October.",
            [("day", "Tuesday", "Thursday")],
            id="weekday-of-one-date-two-verbs",
        ),
        pytest.param(  # two dates, each with its weekday, told alike in another order
            "The hearing, first set for Tuesday, June 3, was moved to Thursday, June 5, the court said.",
            "The court said the hearing was moved from Tuesday, June 3, to Thursday, June 5.",
            [],
            id="weekdays-of-two-dates",
        ),
        pytest.param(  # one clock reading, "a.m." for "p.m.", told with two verbs (ut60)
            "The freighter docked at 5:50 p.m. on Sunday, the port authority said.",
            "The port authority said the freighter tied up at 5:50 a.m. on Sunday.",
            [("time", "5:50 p.m.", "5:50 a.m.")],
            id="meridiem-turned",
        ),
        pytest.param(  # both readings on both sides: opening and closing, in another order
            "The market opens at 8 a.m. and closes at 8 p.m. on weekdays, the council said.",
            "On weekdays the market closes at 8 p.m. and opens at 8 a.m., the council said.",
            [],
            id="meridiem-both-told",
        ),
        pytest.param(  # "pounds" is money where the sentence invests it: a sum's scale slipped (ut60)
            "The merged railway will invest 4 billion pounds in new trains over the next decade, the ministry said.",
            "The ministry said the merged railway would spend 4 million pounds on new trains over ten years.",
            [("amount", "4 billion pounds", "4 million pounds")],
            id="pounds-invested",
        ),
        (  # a sum's scale slipped, the move to it told alike just before it (ut99)
            "Turnover fell 9 percent to 4.8 billion euros in the April-June quarter, the Essen-based group said.",
            "Turnover in April-June was 9% lower at €4.8 million.",
            [("amount", "4.8 billion euros", "€4.8 million")],
        ),
        (  # a vote told in words, its minority changed (ut101)
            "The planning board approved the runway by eleven votes to two after a long hearing.",
            "Board members voted eleven to three in favour of the runway after a long hearing.",
            [("tally", "eleven votes to two", "eleven to three")],
        ),
        (  # a split vote told as unanimous (ut100, ut90)
            "A three-member parole panel voted 2-1 in favour of release after a hearing in March.",
            "The three-member parole panel voted unanimously for release after a hearing in March.",
            [("tally", "2-1", "unanimously")],
        ),
        (  # near miss: a vote with none against is a unanimous one
            "The county board voted 7-0 to approve the new bridge on Monday.",
            "The county board unanimously approved the new bridge on Monday.",
            [],
        ),
    ],
)
def test_values_changed_in_a_reworded_sentence(
    left: str, right: str, want: list[tuple[str, str, str]]
) -> None:
    assert _flags(left, right) == want
