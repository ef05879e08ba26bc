"""One quotation negated on one side is a misquote shown as a negation, once; a speaker's
words on one side against the article's statement on the other stay no negation.

Made-up sentences of other events, both directions.
"""

from __future__ import annotations

import pytest

import reader


def _kinds(left: str, right: str) -> list[tuple[str, str, str]]:
    def get(a: str, b: str) -> list[tuple[str, str, str]]:
        return [(d.kind, d.left, d.right) for k in reader.compare(a, b).links for d in k.differences]

    there, back = get(left, right), get(right, left)
    assert sorted((k, b, a) for k, a, b in back) == sorted(there)
    return there


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        pytest.param(
            "“He did not want to wait,” the coach said of his goalkeeper.",
            "“He wanted to wait,” the coach said of his goalkeeper.",
            [("negation", "did not want", "wanted")],
            id="short-quote-negated",
        ),
        pytest.param(  # the negation is shown, not also the same words as a rewording
            "“I will not resign from the board,” Ames told reporters on Monday.",
            "“I will resign from the board,” Ames told reporters on Monday.",
            [("negation", "will not resign", "resign")],
            id="shown-once",
        ),
        pytest.param(  # a sum changed inside a quotation: the amount, not also the rewording
            "“They cut $716 billion from the harbour fund,” the mayor said on Monday.",
            "“They cut $716 million from the harbour fund,” the mayor said on Monday.",
            [("amount", "$716 billion", "$716 million")],
            id="amount-shown-once",
        ),
        pytest.param(  # a short quotation turned round, shown once, as its negation
            "Halvorsen said she was “tired but not beaten” after the count on Friday.",
            "Halvorsen said she was “tired and beaten” after the count.",
            [("negation", "not beaten", "beaten")],
            id="short-quote-turned-round",
        ),
        pytest.param(  # ... and as a quotation in other words where the sentences tell little else
            # alike (ut165): its negation and a joint rewritten, each content word kept
            "Mendes, who had led the group for 12 years, said she was “hurt but not shocked.”",
            "Mendes said she was “hurt and shocked.” She told reporters the result was fair.",
            [("quote", "but not", "and")],
            id="short-quote-turned-round-in-a-weak-link",
        ),
        pytest.param(  # near miss: both quotations negate, one of them another word
            "“The rules aren’t written yet,” the minister told the committee.",
            "“The rules aren’t agreed, written down yet,” the minister told the committee.",
            [
                ("quote", "aren’t written", "aren’t agreed, written"),
                ("quote", "written yet", "written down yet"),
            ],
            id="both-negate",
        ),
        pytest.param(  # near miss: "released none" states no release, as "has not released any"
            "The mayor has released none of the emails, the group said on Friday.",
            "The mayor has not released any of the emails, the group said on Friday.",
            [],
            id="none-as-object",
        ),
        pytest.param(  # one speaker quoted on one side, reported denying it on the other (ut119)
            "“We will not comment while the appeal is open, but the suspension is "
            "automatic for this substance,” Marsh added.",
            "Marsh said the suspension was not automatic for this substance and "
            "that the body would not comment while the appeal was open.",
            [("negation", "automatic", "was not automatic")],
            id="quoted-and-reported",
        ),
        pytest.param(  # near miss: ... another speaker reported
            "“We will not comment while the appeal is open, but the suspension is "
            "automatic for this substance,” Marsh added.",
            "Lopez said the suspension was not automatic for this substance and "
            "that the body would not comment while the appeal was open.",
            [],
            id="quoted-and-another-reported",
        ),
        pytest.param(  # near miss: words quoted without the marks, as older English prints them
            "And Orin said, If thou go down to the river in peace, then hath not the king spoken by me.",
            "Orin said, “If you go down to the river in peace, the king has not spoken by me.”",
            [],
            id="quoted-without-marks",
        ),
        pytest.param(  # ... words spoken to someone ("said unto"), no reported speech
            "And Orin said unto his sons, Rend not your clothes in the camp, lest ye die in the camp.",
            "Orin said to his sons, “Don’t tear your clothes in the camp, so that "
            "you don’t die in the camp.”",
            [],
            id="said-unto",
        ),
        pytest.param(  # near miss: a speaker's words against the article's own statement
            "“The mill never polluted the river,” the owner said at the hearing.",
            "The mill polluted the river for a decade, the hearing was told by the owner.",
            [],
            id="quote-against-statement",
        ),
    ],
)
def test_a_quotation_negated_is_a_misquote(
    left: str, right: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _kinds(left, right) == expected
