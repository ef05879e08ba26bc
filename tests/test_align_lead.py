"""The lead pair of two news articles (reader.align.lead), with sentences of our own.

Each case is checked both ways round (left and right swapped give the mirrored pairs), and
with the rule turned off (``lead_link_sentences=0``) to show that the rule makes the difference.
"""

from __future__ import annotations

import pytest

from reader.align import align_sentences, meaning

# the lead rule asks the meaning signal (two leads close in meaning): without the model it is off
pytestmark = pytest.mark.skipif(not meaning.available(), reason="reader[meaning] is not installed")

# A museum theft told by a wire service and by a local paper: the leads tell the theft in
# other words (a cosine below the link threshold) and share the action ("paintings", "museum").
WIRE = [
    "Thieves take three paintings from Valmont museum in night raid",
    "Burglars cut through a skylight of the Valmont Fine Arts Museum early on Sunday and escaped "
    "with three paintings by Clara Oduya, police said.",
    "The alarm sounded at 3:40 a.m., but the guards found only empty frames when they reached the "
    "upper gallery.",
    "Oduya, who died in 1987, is the best-known painter of the region.",
    "Insurers value the three canvases at about 2.4 million euros.",
    "Detectives are studying footage from cameras on nearby streets.",
    "The museum will stay closed until Wednesday.",
    "It was the second theft from a Valmont museum in ten years.",
]
LOCAL = [
    "Oduya canvases stolen from Valmont gallery",
    "Three works by Clara Oduya vanished from the city's art museum overnight, in what its director "
    "called a carefully planned theft.",
    "Investigators believe the intruders entered through the roof.",
    "The paintings are insured for 2.4 million euros, the director said.",
    "Guards reached the empty room minutes after the alarm went off.",
    "Officers have asked residents for any camera footage from the night.",
    "Valmont's museum reopens on Wednesday.",
]


def _both_ways(left: list[str], right: list[str], **kw: float) -> set[tuple[int, int]]:
    """The pairs of left vs right, checked to be the mirror of right vs left."""
    there = set(align_sentences(left, right, **kw))
    back = {(x, y) for y, x in align_sentences(right, left, **kw)}
    assert there == back
    return there


def test_the_two_leads_link_when_they_share_the_event() -> None:
    assert (1, 1) in _both_ways(WIRE, LOCAL)
    off = _both_ways(WIRE, LOCAL, lead_link_sentences=0)
    assert (1, 1) not in off
    # nothing else changes: the rule only adds the lead pair
    assert _both_ways(WIRE, LOCAL) == off | {(1, 1)}


def test_two_leads_about_different_facts_stay_apart() -> None:
    # the local paper leads with the painter's family, not the theft: the two leads share the
    # painter's name, the town and the day, but no word of what happened, and differ in meaning
    family = list(LOCAL)
    family[1] = (
        "Clara Oduya's granddaughter said on Sunday that Valmont had neglected her grandmother's "
        "legacy for decades and should build her a memorial."
    )
    assert (1, 1) not in _both_ways(WIRE, family)
    # either bar keeps them apart; without both, names and a day would link them
    assert (1, 1) not in _both_ways(WIRE, family, lead_content_words_min=0)
    assert (1, 1) not in _both_ways(WIRE, family, lead_meaning_min=0.0)
    assert (1, 1) in _both_ways(WIRE, family, lead_content_words_min=0, lead_meaning_min=0.0)


def test_a_shared_word_of_another_fact_is_not_enough() -> None:
    # the dealer's lead shares "paintings" with the theft, and the painter and the day, but tells
    # an auction: far in meaning, it stays apart (the meaning bar is what decides)
    dealer = list(LOCAL)
    dealer[1] = (
        "Clara Oduya's paintings sold for record prices at an auction in London last year, her "
        "dealer said on Sunday."
    )
    assert (1, 1) not in _both_ways(WIRE, dealer)
    assert (1, 1) in _both_ways(WIRE, dealer, lead_meaning_min=0.0)


def test_a_lead_pair_below_the_leads_cosine_bar_stays_apart() -> None:
    # a lead that tells the theft in other words shares one word ("museum") and little weight:
    # below the lead's own cosine bar it stays apart (at a bar of 0 it would link)
    other = list(LOCAL)
    other[1] = "Overnight, a gang got into the city's art museum and left with canvases worth millions."
    assert (1, 1) not in _both_ways(WIRE, other)
    assert (1, 1) in _both_ways(WIRE, other, lead_cosine_min=0.0)


def test_a_dateline_before_the_lead_is_passed_over() -> None:
    dated = [WIRE[0], "VALMONT, March 3 (Wire)", *WIRE[1:]]
    assert (2, 1) in _both_ways(dated, LOCAL)
    assert (2, 1) not in _both_ways(dated, LOCAL, lead_link_sentences=0)


def test_texts_without_headlines_have_no_lead() -> None:
    # two texts whose first sentence is a full sentence (a book, a plain-language rewrite, a
    # transcript): "first sentence" means nothing there, the rule stays out
    left = [WIRE[0] + ".", *WIRE[1:]]
    right = [LOCAL[0] + ".", *LOCAL[1:]]
    assert (1, 1) not in _both_ways(left, right)


def test_two_leads_that_each_have_their_partner_stay_apart() -> None:
    # each lead tells its own fact, told again lower in the other article: the verdict lead
    # and the courtroom-scene lead are not one fact
    verdict = [
        "Former mayor convicted of bribery",
        "A federal jury on Tuesday convicted former Springfield mayor John Doe of taking bribes "
        "from city contractors.",
        "Prosecutors said Doe accepted $200,000 in cash and gifts over four years.",
        "His wife wept in the courtroom as marshals led him away.",
        "Doe faces up to 20 years in prison when he is sentenced in June.",
    ]
    scene = [
        "Former mayor convicted of bribery",
        "The wife of former Springfield mayor John Doe wept in a federal courtroom on Tuesday as "
        "marshals led her husband away.",
        "Jurors deliberated for two days before finding Doe guilty of taking bribes from contractors.",
        "He accepted $200,000 in cash and gifts, prosecutors said.",
        "Sentencing is set for June.",
    ]
    got = _both_ways(verdict, scene)
    assert (1, 2) in got and (3, 1) in got  # each lead with its own partner
    assert (1, 1) not in got


def test_two_leads_each_linked_to_the_other_s_headline_still_link() -> None:
    # each headline sums up the other article's lead (a headline writer's words for it): a
    # lead whose only partner is the other's headline is still alone, and the leads link
    wire = [
        "Three works by Clara Oduya vanish from city art museum in planned theft",
        *WIRE[1:3],
        *WIRE[4:7],
    ]
    local = [
        "Burglars cut through skylight of Valmont Fine Arts Museum and escape with paintings",
        *LOCAL[1:],
    ]
    got = _both_ways(wire, local)
    assert {(0, 1), (1, 0), (1, 1)} <= got
    assert (1, 1) not in _both_ways(wire, local, lead_link_sentences=0)


# Two headlines of one story name the event in few and other words; the headline pair links
# even below every body bar.  A wildfire, told by a national site and a county paper.
NATIONAL = [
    "Wildfire forces evacuation of Corrin Valley towns",
    "Some 4,000 residents of three towns in the Corrin Valley were ordered to leave their homes on "
    "Tuesday as a wildfire spread across dry hills, the county sheriff said.",
    "Firefighters from four counties were sent to the valley overnight.",
    "No injuries had been reported by Tuesday evening.",
]
COUNTY = [
    "Thousands flee as blaze reaches Corrin hills",
    "The sheriff ordered three valley towns emptied after flames crossed the ridge road, and "
    "deputies went door to door until midnight.",
    "Crews from neighbouring counties arrived before dawn.",
    "Nobody has been hurt, the sheriff's office said.",
]


def test_the_two_headlines_link() -> None:
    pairs = _both_ways(NATIONAL, COUNTY)
    assert (0, 0) in pairs
    # a bar above every cosine turns the rule off: then the headlines stay apart
    assert (0, 0) not in _both_ways(NATIONAL, COUNTY, headline_meaning_min=1.1)


def test_two_headlines_of_two_stories_stay_apart() -> None:
    # the same county paper's headline about a school budget shares "Corrin" only
    other = ["Corrin school board adopts leaner budget", *COUNTY[1:]]
    assert (0, 0) not in _both_ways(NATIONAL, other)


def test_a_body_sentence_first_is_no_headline() -> None:
    # two texts that open with full sentences have no headline: the rule adds nothing, at any bar
    left, right = NATIONAL[1:], COUNTY[1:]
    assert _both_ways(left, right, headline_meaning_min=0.0) == _both_ways(
        left, right, headline_meaning_min=1.1
    )


def test_two_headlines_that_share_only_a_name_stay_apart() -> None:
    # "Senate" alone: two stories of one chamber; the body pairs compare as ever
    left = [
        "Senate Passes Tax Bill",
        "The Senate passed the tax bill on Tuesday by a vote of 51 to 49.",
        "The bill cuts the corporate rate.",
        "Democrats opposed it.",
    ]
    right = [
        "Senate Confirms New Judge",
        "The Senate confirmed the judge on Thursday by a vote of 53 to 47.",
        "She will serve on the appeals court.",
        "Republicans backed her.",
    ]
    assert (0, 0) not in _both_ways(left, right)
    assert (0, 0) in _both_ways(left, right, headline_names_meaning_min=0.0)  # the bar decides
