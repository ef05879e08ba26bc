"""One denial told in two wordings is no conflict: "had not been made" / "no decision had been
made" (the act of a subject that is nothing), "had not previously filed" / "had never filed"
(an adverb between the negation and the act), "never been granted visas" / "never had visas"
(the object of a denial is not stated either).  reader.facts.negation; every sentence is
made up for the test, and each case is checked both ways round."""

from __future__ import annotations

import pytest

import reader
from reader.facts.negation import negation_diffs
from tests.mirror import negations as both_ways
from tests.test_conflicts_parts import flagged


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Port officials said a final ruling on the dredging permit had not been made.",
            "Port officials said no final ruling on the dredging permit had been made.",
        ),
        (
            "The coroner said the boy's death had not yet been ruled a homicide.",
            "The coroner said no ruling on the boy's death has been made; it was not ruled a homicide.",
        ),
        (
            "Police said the driver had not been charged over the crash on Route 9.",
            "Police said nobody had been charged over the crash on Route 9.",
        ),
        (
            "The scheme is open to growers who had not previously applied for a grant.",
            "The scheme is open to growers who had never applied for a grant.",
        ),
        (  # the object of one denial, told with another verb: "granted" / "had" a visa
            "The office will take requests from workers who have never been granted seasonal visas.",
            "The office will take requests from workers who have never had seasonal visas.",
        ),
        (
            "The club said the striker had not formally requested a transfer this season.",
            "The club said the striker never requested a transfer this season.",
        ),
        (  # a noun with the prefix of its denial (ut138): the act not done, said as a noun
            "The appeals court quashed a murder conviction over non-disclosure of evidence.",
            "The appeals court overturned a murder conviction because evidence was not disclosed.",
        ),
        (
            "The landlord was fined for non-payment of the levy on the flats.",
            "The landlord was fined as the levy on the flats was not paid.",
        ),
        (  # "before" beside the denial, or at the end: when, not what is denied (ut140)
            "The rower had never before won a medal at a world championship.",
            "The rower had never won a medal at a world championship before.",
        ),
        (  # "no one": nobody, no count (ut277)
            "No one was injured, but the ferry stayed in port for four days.",
            "There were no injuries, although the ferry stayed in port for four days.",
        ),
    ],
)
def test_one_denial_in_two_wordings_is_no_conflict(a: str, b: str) -> None:
    assert both_ways(a, b) == []


@pytest.mark.parametrize(
    ("denied", "stated", "spans"),
    [
        # near misses: the act is stated on the other side, the denial still found
        (
            "Police said no driver had been charged over the crash on Route 9.",
            "Police said the driver had been charged over the crash on Route 9.",
            ("no driver had been charged", "charged"),
        ),
        (
            "The scheme is open to growers who had not previously applied for a grant.",
            "The scheme is open to growers who had applied for a grant last year.",
            ("had not previously applied", "applied"),
        ),
        (  # "never before" and the act stated without it
            "The rower had never before won a medal at a world championship.",
            "The rower had won a medal at a world championship before.",
            ("had never before won", "won"),
        ),
        (  # the noun without the prefix of its denial
            "The appeals court overturned a murder conviction because evidence was not disclosed.",
            "The appeals court quashed a murder conviction over disclosure of evidence.",
            ("was not disclosed", "disclosure"),
        ),
    ],
)
def test_the_denial_is_still_found_against_the_act_stated(
    denied: str, stated: str, spans: tuple[str, str]
) -> None:
    assert both_ways(denied, stated) == [spans]


def test_an_act_denied_of_one_thing_and_stated_of_another_is_no_conflict() -> None:
    """Both sentences name both things and give the act another on each side (a user test's
    harmless "supported" / "backed"): no denial of what the other states."""
    a = "Aldous said he backed most of the harbour plan but could not support a fee on moorings."
    b = "Aldous said he supported most of the harbour plan but could not vote for a fee on moorings."
    assert both_ways(a, b) == []
    # the same thing denied on one side and stated on the other still is
    plain = "Aldous said he supported a fee on moorings and most of the harbour plan."
    assert both_ways(a, plain) == [("could not support", "supported")]


@pytest.mark.parametrize(
    ("denied", "stated", "spans"),
    [
        (  # one possibility denied and stated, the sentence reworded around it (ut57)
            "Lena Voss said the new fees would not deter cruise lines, noting that calls kept rising.",
            "Voss acknowledged the new fees would deter some cruise lines, but noted that calls kept rising.",
            ("would not deter", "deter"),
        ),
        (  # over "be": one limit stated, the other side's denied
            "The ministry said ticket resales would not be capped in the first season.",
            "Ticket resales would be capped at face value in the first season, the ministry said.",
            ("would not be capped", "capped"),
        ),
        (  # "would" denied, a forecast stated: "was expected to be fit" (ut230)
            "Ana Ruiz said Lena Hoff, who missed Sunday's game with a strain, would not be fit for Porto.",
            "Ruiz said Hoff, who sat out Sunday's game with a strain, was expected to be fit for Porto.",
            ("would not be fit", "fit"),
        ),
        (  # "would" denied, an intent stated: "is willing to pay" (ut260)
            "The airline said it would not refund the cancelled winter fares, a spokesman said.",
            "The airline is willing to refund the cancelled winter fares, a spokesman said.",
            ("would not refund", "refund"),
        ),
        (
            "The club said it would not sell the striker this summer.",
            "The club has agreed to sell the striker this summer, a source said.",
            ("would not sell", "sell"),
        ),
        (  # reported speech turns "will" into "would": one modal
            "The brewery said it will not close its plant in Dayton this winter.",
            "The brewery said it would close its Dayton plant this winter.",
            ("will not close", "close"),
        ),
        (  # a modal written in its negation: "cannot" / "can"
            "Tenants who lose cannot recover their legal costs under the new rules, the council said.",
            "Under the new rules tenants who lose can recover their legal costs, the council said.",
            ("cannot recover", "recover"),
        ),
        (  # an infinitive denied after the same verb: "decided not to" / "decided to"
            "The club decided not to appeal the league's ruling, as some fans had urged it to do.",
            "The club decided to appeal the league's ruling, as some fans had urged.",
            ("not to appeal", "appeal"),
        ),
        (  # an intent denied ("has no plans to") and the act foretold
            "The mayor said she has no plans to raise parking fees in the old town.",
            "The mayor said she would raise parking fees in the old town.",
            ("has no plans to raise", "raise"),
        ),
        (  # ... and an intent stated
            "The league had no intention of moving the final away from Lisbon, officials said.",
            "Officials said the league intends to move the final away from Lisbon.",
            ("had no intention of moving", "move"),
        ),
    ],
)
def test_one_possibility_denied_and_stated_after_the_same_modal(
    denied: str, stated: str, spans: tuple[str, str]
) -> None:
    assert [(d.left, d.right) for d in negation_diffs(denied, stated)] == [spans]
    assert [(d.left, d.right) for d in negation_diffs(stated, denied)] == [spans[::-1]]


@pytest.mark.parametrize(
    ("denied", "other"),
    [
        # "not before June": then at the earliest, which "could reopen in June" states too
        (
            "The council said the bridge could not reopen before June.",
            "The council said the bridge could reopen in June.",
        ),
        # the other side denies it too: nothing its subject, nothing its object, "lest" before it
        (
            "Officials said the plan would not be changed this year.",
            "Officials said nothing would be changed this year.",
        ),
        (
            "The inspectors would not find any fault with the hull.",
            "The inspectors would find nothing at fault with the hull.",
        ),
        (
            "He locked the gate so that the dogs could not reach the flock.",
            "He locked the gate lest the dogs could reach the flock.",
        ),
        # "no longer" against a past statement: a change over time, not a denial (near miss)
        (
            "Most members no longer back the four-day week at the plant, the union said.",
            "Most members backed the four-day week at the plant in 2015, the union said.",
        ),
        # another act after the same verb: "decided not to appeal" / "decided to settle" (near miss)
        (
            "The club decided not to appeal the league's ruling, its chairman said.",
            "The club decided to settle with the league over the ruling, its chairman said.",
        ),
        # an intent denied on both sides, in two wordings (near miss)
        (
            "The mayor said she has no plans to raise parking fees in the old town.",
            "The mayor said she would not raise parking fees in the old town.",
        ),
        # "no plans" of another act: the plans are a thing, nothing foretold (near miss)
        (
            "The firm had no plans for the site when it would close the plant in Dayton.",
            "The firm said it would close the plant in Dayton.",
        ),
        # an intent denied too: "is not willing to refund" (near miss)
        (
            "The airline said it would not refund the cancelled winter fares.",
            "The airline is not willing to refund the cancelled winter fares.",
        ),
        # a forecast denied too: "is not expected to be fit" (near miss)
        (
            "Coach Ana Ruiz said striker Lena Hoff would not be fit for Porto.",
            "Ruiz said Hoff was not expected to be fit for Porto.",
        ),
    ],
)
def test_a_modal_act_the_other_side_also_denies_or_times_is_no_conflict(denied: str, other: str) -> None:
    assert negation_diffs(denied, other) == []
    assert negation_diffs(other, denied) == []


# (the gate: reader.facts.gate.NEGATED_OBJECT_SCORE) each pair below links at a score under
# NEGATION_SCORE, each sentence giving its own reason, so only one act of one object shows
_REASONS = [
    (
        "Governor Ruth Calloway declined to declare a state of emergency on Friday, saying all is well.",
        "Gov. Ruth Calloway declared a state of emergency on Friday to free up federal aid.",
        ("declined to declare", "declared"),
    ),
    (
        "The harbour master refused to close the port on Monday despite the gale warnings.",
        "The harbour master closed the port on Monday because of the gale.",
        ("refused to close", "closed"),
    ),
]


@pytest.mark.parametrize(("a", "b", "spans"), _REASONS)
def test_one_act_of_one_object_denied_and_stated_in_a_looser_link_conflicts(
    a: str, b: str, spans: tuple[str, str]
) -> None:
    got = flagged(a, b)
    assert [(x, y) for kind, x, y in got if kind == "negation"] == [spans]
    assert all(0.4 <= k.score < 0.6 for k in reader.compare(a, b).links)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # another object: a curfew refused, an emergency declared (two acts)
            "Maine Governor Ruth Calloway declined to declare a curfew on Friday, saying crews could cope.",
            "Maine Gov. Ruth Calloway declared a state of emergency on Friday to free up federal aid.",
        ),
        (  # another subject: the mayor refused, the harbour master closed
            "The mayor refused to close the port on Monday despite the gale warnings.",
            "The harbour master closed the port on Monday because of the gale.",
        ),
    ],
)
def test_an_act_of_another_object_or_subject_in_a_looser_link_is_no_conflict(a: str, b: str) -> None:
    assert [d for d in flagged(a, b) if d[0] == "negation"] == []  # near misses


@pytest.mark.parametrize(
    ("a", "b", "spans"),
    [
        # "no longer" against a verb of staying put for its copula: a state kept on one side and
        # ended on the other (ut226)
        (
            "The pilots' union remained open to talks with the airline.",
            "The pilots' union was no longer open to talks with the airline.",
            ("union remained open", "union was no longer open"),
        ),
        (
            "The northern runway stays closed to cargo flights.",
            "The northern runway is no longer closed to cargo flights.",
            ("runway stays closed", "runway is no longer closed"),
        ),
    ],
)
def test_a_state_kept_and_no_longer_held_conflicts(a: str, b: str, spans: tuple[str, str]) -> None:
    assert both_ways(a, b) == [spans]


def test_no_longer_against_another_state_kept_is_no_conflict() -> None:  # near miss
    assert (
        both_ways(
            "The pilots' union remained open to talks with the airline.",
            "The pilots' union was no longer in talks with the airline.",
        )
        == []
    )


def test_an_act_the_other_side_gives_to_another_doer_rather_than_the_subject_is_no_conflict() -> None:
    # "does not set the fees" / "are set by the regulator rather than the government": both deny
    # it of the government (ut227)
    denied = "The council did not approve the permits, but officials welcomed the extra revenue."
    other = "The permits were approved by the county rather than the council, and officials welcomed it."
    assert both_ways(denied, other) == []
    # another thing set aside, not the subject: the denial still stands (near miss)
    kept = "The council approved the permits rather than the fines, and officials welcomed the extra revenue."
    assert both_ways(denied, kept) == [("did not approve", "approved")]


def test_a_reason_or_a_concession_after_the_act_is_no_object_of_it() -> None:
    # ut243: "did not start because of a sprained right ankle" / "started despite a sprained right ankle"
    from tests.mirror import negations

    got = negations(
        "Midfielder Tom Reyes did not play because of a hamstring strain.",
        "Tom Reyes played despite a hamstring strain.",
    )
    assert got == [("did not play", "played")]
    # near miss: two objects of one act, neither named by the other sentence, are two acts
    assert (
        negations("The mayor did not back the tax on Monday.", "The mayor backed the levy on Monday.") == []
    )


def test_an_act_denied_of_another_count_of_things_is_no_denial() -> None:
    # ut261: "missed 11 games last season ... but played in all five playoff games" / "sat out 11
    # games ... but did not miss any of the five playoff games": 11 games and five, two objects
    left = "Ruiz missed 14 matches last season with a calf strain but played in all three cup finals."
    right = (
        "Ruiz sat out 14 matches with a calf strain last season but did not miss any of the three cup finals."
    )
    assert negation_diffs(left, right) == []
    assert negation_diffs(right, left) == []
    # near miss: the same count denied is the act denied
    denied = "Ruiz did not miss 14 matches last season with a calf strain."
    assert [
        (d.left, d.right)
        for d in negation_diffs("Ruiz missed 14 matches last season with a calf strain.", denied)
    ] == [("missed", "did not miss")]


def test_a_clause_ending_on_its_negation_denies_its_subject() -> None:
    # ut260: "but not passwords or PINs" / "though passwords and PINs were not": both deny them
    left = "The hackers copied names and home addresses, but not bank details or passwords."
    right = "Names and home addresses were copied, though bank details and passwords were not."
    assert negation_diffs(left, right) == []
    assert negation_diffs(right, left) == []
    # near miss: the other side states them taken
    taken = "Names, home addresses, bank details and passwords were copied by the hackers."
    assert [d.kind for d in negation_diffs(left, taken)] == ["negation"]


def test_an_act_ruled_out_and_not_ruled_out_conflicts() -> None:
    # "but ruled out a return to free tuition" / "and did not rule out a return" (ut278): a short
    # base ("rule", "vote") and its past ("ruled", "voted") are one verb
    assert both_ways(
        "The minister said the timetable would be reviewed but ruled out a return to night ferries.",
        "The minister said the timetable would be reviewed and did not rule out a return to night ferries.",
    ) == [("ruled", "did not rule")]
    assert both_ways(
        "The council voted on the ferry timetable on Monday.",
        "The council did not vote on the ferry timetable on Monday.",
    ) == [("voted", "did not vote")]
    # near miss: one act stated on both sides, in its two forms
    assert (
        both_ways(
            "The council voted on the ferry timetable on Monday.",
            "The council will vote on the ferry timetable on Monday.",
        )
        == []
    )


def test_an_act_after_since_is_when_a_span_began_not_a_statement() -> None:
    # "have not lost at home since a 2-0 defeat" / "unbeaten at home since losing 2-0" (ut194)
    assert (
        both_ways(
            "Rovers have not lost at home since a 3-1 defeat by Hale on March 2.",
            "Rovers, unbeaten at home since losing 3-1 to Hale on March 2, host Bury next.",
        )
        == []
    )
    # near miss: the loss stated as the act itself
    assert both_ways(
        "Rovers have not lost at home to Hale this season.",
        "Rovers lost at home to Hale this season.",
    ) == [("have not lost", "lost")]


def test_a_count_before_the_object_does_not_hide_another_object() -> None:
    # "had approved 412 export licences last year" / '"We do not approve sales where there is
    # any risk ...," the minister told reporters' (ut276): two objects, no denial across the articles
    c = reader.compare(
        "Minister Anna Berg said the ministry had approved 212 fishing permits last year.",
        '"We do not approve catches where there is any risk to the stock," Minister Anna Berg said.',
    )
    assert [d.difference.kind for d in c.disagreements()] == []


def test_a_target_never_met_and_already_reached_conflicts() -> None:
    # "a target Canada has never met" / "a goal Canada has already reached" (ut276): to reach a
    # target is to meet it
    assert both_ways(
        "Members are asked to recycle half of their waste, a target Norway has never met.",
        "Members are asked to recycle half of their waste, a goal Norway has already reached.",
    ) == [("has never met", "reached")]
    # near miss: never met on both sides, in either word
    assert (
        both_ways(
            "Members are asked to recycle half of their waste, a target Norway has never met.",
            "Members are asked to recycle half of their waste, a goal Norway has never reached.",
        )
        == []
    )


def test_a_rise_denied_and_told_as_a_climb_conflicts() -> None:
    # "Airfares did not rise over the month" / "Airfares climbed over the month" (ut283)
    assert both_ways(
        "Bus fares did not rise over the quarter, the regulator said, because fuel was cheaper.",
        "Bus fares climbed over the quarter, the regulator said, because fuel was cheaper.",
    ) == [("did not rise", "climbed")]


def test_a_state_ended_against_the_same_state_going_on_is_a_denial() -> None:
    # "no longer back" / "still back": one side says the support ended, the other that it goes on
    ended = "Most members no longer back the four-day week at the plant, the union said on Friday."
    going_on = "The union said on Friday that most members still back the four-day week at the plant."
    assert both_ways(ended, going_on) == [("no longer back", "back")]
