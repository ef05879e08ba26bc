"""Court outcomes told both ways in reworded sentences (ut33, a courts reporter): a verdict, a
plea, a thing denied and admitted without "that", a ruling upheld or overturned; and the near
misses, two people or two charges, which are no conflict."""

from __future__ import annotations

import pytest

import reader
from reader.facts.court_outcomes import opposite_verdict, plea_reversed
from tests.test_conflicts_opposites import _claims as _negations


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (
            "A federal jury in Tampa acquitted the former mayor of two counts of bribery on Monday.",
            "Jurors found the former mayor guilty of two counts of bribery after a week of testimony.",
            ("acquitted", "found the former mayor guilty"),
        ),
        (
            "The jury convicted Delacroix on all counts after deliberating for six hours.",
            "Delacroix was found not guilty on all counts, his lawyer said.",
            ("convicted", "found not guilty"),
        ),
        (  # one charge of several: the verdict of the charge both tell
            "She was convicted of wire fraud but acquitted of conspiracy to launder money.",
            "A jury found her guilty of wire fraud and of conspiracy to launder money.",
            ("acquitted", "found her guilty"),
        ),
    ],
)
def test_a_verdict_told_both_ways_in_a_rewrite_conflicts(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert opposite_verdict(left, right) == spans
    assert opposite_verdict(right, left) == spans[::-1]
    assert spans in _negations(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # two defendants, each with a verdict of its own
        ("Okonkwo was acquitted of arson on Friday.", "Brennan was convicted of arson on Friday."),
        # two charges
        ("The jury acquitted him of arson.", "The jury convicted him of insurance fraud."),
        # the same verdict told twice
        ("The jury convicted him of arson.", "He was found guilty of arson by the jury."),
    ],
)
def test_two_people_two_charges_or_one_verdict_are_no_conflict(left: str, right: str) -> None:
    assert opposite_verdict(left, right) is None and opposite_verdict(right, left) is None


def test_both_verdicts_told_by_one_side_are_no_verdict_turned() -> None:  # ut111's false alarm
    left = (
        "Daniel Orr was convicted in March on nine counts of fraud following a two-week trial,"
        " though jurors acquitted him of two bribery charges."
    )
    right = "The jury acquitted him on two counts of bribery."
    assert opposite_verdict(left, right) is None
    assert opposite_verdict(right, left) is None
    # near miss: one verdict a side, on one charge, turned
    assert opposite_verdict("Daniel Orr was convicted on two counts of bribery.", right) == (
        "convicted",
        "acquitted",
    )


def test_a_plea_told_both_ways_in_a_reworded_lead_is_a_conflict() -> None:
    left = (
        "A 52-year-old Dayton woman pleaded not guilty Tuesday to charges that she set fire to her "
        "neighbour's garage in March."
    )
    right = (
        "A Dayton woman accused of torching a neighbour's garage last spring "
        "pleaded guilty Tuesday in county court."
    )
    assert plea_reversed(left, right) and plea_reversed(right, left)
    c = reader.compare("Courts. " + left, "Courts. " + right)
    assert [(d.difference.left, d.difference.right) for d in c.disagreements()] == [("not guilty", "guilty")]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Harlow pleaded not guilty to arson.", "Mendes pleaded guilty to arson on Monday."),  # two people
        (
            "He pleaded not guilty to arson.",
            "He pleaded guilty to a charge of reckless driving.",
        ),  # two charges
        ("He pleaded guilty to arson.", "He has pleaded guilty to the arson charge."),  # one plea
        # a plea to come, of another man
        (
            "Former aide Rick Gates in 2018 pleaded guilty.",
            "In an interview, Mr. Stone said he will plead not guilty.",
        ),
    ],
)
def test_two_pleas_of_two_people_or_charges_are_no_conflict(left: str, right: str) -> None:
    assert not plea_reversed(left, right) and not plea_reversed(right, left)


@pytest.mark.parametrize(
    ("left", "right", "spans"),
    [
        (
            "Northwind Freight denied the overcharging claims in a filing on Friday.",
            "In Friday's filing, Northwind Freight acknowledged the overcharging claims but said the "
            "sums were small.",
            ("denied", "acknowledged"),
        ),
        (
            "Asked by officers at the scene, Kowalski denied driving the van that evening.",
            "Kowalski admitted he had been driving the van that evening, according to the police log.",
            ("denied", "admitted"),
        ),
    ],
)
def test_one_thing_denied_and_admitted_by_one_named_subject_conflicts(
    left: str, right: str, spans: tuple[str, str]
) -> None:
    assert spans in _negations(left, right)
    assert spans[::-1] in _negations(right, left)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # two moments of one person's account
        ("Kowalski initially denied driving the van.", "Kowalski later admitted driving the van."),
        # two who speak
        ("Northwind denied the overcharging claims.", "Regulators confirmed the overcharging claims."),
        # two things
        ("Northwind denied the overcharging claims.", "Northwind confirmed the merger talks on Friday."),
        # a passive: no one's own denial
        ("The driver was denied bail at the hearing.", "The driver was admitted to the county hospital."),
    ],
)
def test_denied_and_admitted_of_two_moments_people_or_things_is_no_conflict(left: str, right: str) -> None:
    assert _negations(left, right) == [] and _negations(right, left) == []


def test_a_ruling_upheld_and_overturned_in_a_kept_sentence_conflicts() -> None:
    left = "The state supreme court upheld the ban on campaign donations by casino owners on Thursday."
    right = "The state supreme court overturned the ban on campaign donations by casino owners on Thursday."
    assert ("upheld", "overturned") in _negations(left, right)


def test_a_negation_the_other_passage_states_too_is_no_conflict() -> None:
    from reader.facts.negation_kept import stated_beside
    from reader.model import Difference

    d = Difference("negation", "protected", "was not protected", "one side denies what the other states")
    kept = "The trial judge found that her letter to the ombudsman was not protected by the statute."
    other = "The board also said the earlier letter was protected, a spokesman added."
    assert stated_beside(d, [kept], [])  # the left passage tells the right's words too
    assert not stated_beside(d, [other], [])
    assert not stated_beside(Difference("negation", "x", "protected", ""), [other], [])  # one word: too loose


def test_a_claim_not_confirmed_and_confirmed_is_a_conflict() -> None:
    """ut37: "It has not been confirmed that the planet has an atmosphere" / "The team confirmed
    that the planet has an atmosphere": a verb of admission negated denies."""
    left = "It has not been confirmed that the comet's tail holds water ice, and no dust was found."
    right = "The team confirmed that the comet's tail holds water ice, but no dust was found."
    assert ("has not been confirmed", "confirmed") in _negations(left, right)
    assert ("confirmed", "has not been confirmed") in _negations(right, left)
    # "did not deny" is no denial: no conflict with a confirmation
    lost = "that the fund lost money."
    assert _negations("The board did not deny " + lost, "The board confirmed " + lost) == []
    # a thing not required to be accepted is no one's denial of it
    new = "accept new applications from first-time applicants."
    left = "The judge ruled the agency did not have to " + new
    right = "The judge said the agency would not be required to " + new
    assert _negations(left, right) == []
