"""Sums and claims read whole: a bare scaled figure after a sum is a sum of its currency ("cost 3.1
billion Norwegian crowns, of which the state paid 1.9 billion"), "pounds" raised or collected are
money, a claim denied on one side and said on the other ("denied that any collision had caused"
/ "said ... and that a collision had caused"), an object told with "further" or "additional" is
one object, a relative clause set off by a comma claims its count ("Veltrix, which has fewer than
48,000 employees"), and one rate told per two periods is no conflict ("40,000 wafers a month" /
"480,000 wafers a year").  Sentences of our own, both ways round, with near misses."""

from __future__ import annotations

import pytest

from reader.facts import extract
from tests.mirror import flags


def _sums(text: str) -> list[tuple[str, str, str]]:
    return [(f.kind, f.text, f.unit) for f in extract(text) if f.kind in ("money", "number")]


def test_a_bare_scaled_figure_after_a_sum_is_a_sum_and_a_count_with_its_noun_stays_a_count() -> None:
    assert _sums(
        "The bridge cost 2.4 billion euros, of which the state paid 1.5 billion and the region 0.9 billion."
    ) == [
        ("money", "2.4 billion euros", "EUR"),
        ("money", "1.5 billion", "EUR"),
        ("money", "0.9 billion", "EUR"),
    ]
    assert _sums("The platform earned $3 billion last year and has 1.2 billion users.") == [
        ("money", "$3 billion", "USD"),
        ("number", "1.2 billion", "users"),
    ]


def test_pounds_raised_for_a_charity_are_money() -> None:
    assert [
        (f.kind, f.unit) for f in extract("The crew had raised more than 40,000 pounds for a hospice.")
    ] == [("money", "GBP")]


@pytest.mark.parametrize(
    ("left", "right", "kind"),
    [
        (  # a part told as the whole: the part's own figure differs, not the whole against a part
            "The crew raised more than 40,000 pounds for a hospice before setting off from Cornwall.",
            "The team had collected under 40,000 pounds for a hospice before leaving Cornwall.",
            "amount",
        ),
        (
            "The ministry said the dam was inspected in 2021 and denied that any crack had caused the leak.",
            "The ministry said the dam was inspected in 2021 and that a crack had caused the leak.",
            "negation",
        ),
        (
            "The council said it would not seek further government funding for the bypass.",
            "The council said it would seek additional government funding for the bypass.",
            "negation",
        ),
        (
            "The group employs more than 26,000 people in nine countries.",
            "Halvard, which has fewer than 26,000 employees in nine countries, reported results on Monday.",
            "number",
        ),
    ],
)
def test_a_sum_or_claim_read_whole_is_a_conflict(left: str, right: str, kind: str) -> None:
    assert kind in [k for k, _, _ in flags(left, right)]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "At full capacity the mill will cut 30,000 tonnes of timber a month for export.",
            "When fully running, the mill will cut 360,000 tonnes of timber a year for export.",
        ),
        (
            "The ministry said the dam was inspected in 2021 and denied that any crack had caused the leak.",
            "The ministry said the dam was inspected in 2021 and denied that a crack had caused the leak.",
        ),
        (  # firms picked by a relative clause: two groups
            "Firms that employ more than 250 people must publish their pay gap each April.",
            "Companies that have fewer than 250 people on staff are exempt from publishing a pay gap each"
            " April.",
        ),
    ],
)
def test_a_rate_per_two_periods_a_denial_told_alike_or_two_groups_are_no_conflict(
    left: str, right: str
) -> None:
    assert flags(left, right) == []


def _speakers(left: str, right: str) -> list[str]:
    from reader import compare

    c = compare(left, right)
    return [d.difference.note for d in c.disagreements() if d.difference.kind == "speaker"]


def test_she_after_an_owner_and_its_person_is_the_person_not_the_owner() -> None:
    # (the rewrite misspells her name: the spelling is its own difference, no second speaker)
    head = "Aldgate Ward and Kettering Lowe announced a merger today.\n\n"
    left = (
        head + "Ruth Adebayo, the managing partner of Aldgate Ward, will lead the merged practice.\n\n"
        '"We are joining as equals, not as a rescue," Adebayo said in a statement.'
    )
    right = (
        head + "Aldgate Ward's managing partner Ruth Adebaya will lead the merged practice, with Kettering"
        " Lowe managing partner Dan Reiss as its chief executive.\n\n"
        '"We are joining as equals, not as a rescue," she said in a statement.'
    )
    assert _speakers(left, right) == []
    assert _speakers(right, left) == []


def test_a_quote_given_to_the_other_person_named_is_still_a_conflict() -> None:
    head = "Aldgate Ward and Kettering Lowe announced a merger today.\n\n"
    left = (
        head + "Ruth Adebayo, the managing partner of Aldgate Ward, will lead the merged practice.\n\n"
        '"We are joining as equals, not as a rescue," Adebayo said in a statement.'
    )
    right = (
        head + "Aldgate Ward's managing partner Ruth Adebayo will lead the merged practice, with Kettering"
        " Lowe managing partner Dan Reiss as its chief executive.\n\n"
        '"We are joining as equals, not as a rescue," Reiss said in a statement.'
    )
    assert _speakers(left, right) != []
