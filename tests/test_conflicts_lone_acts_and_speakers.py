"""An act denied and stated of one subject with no object ("the fee will not increase" / "fees will
rise"), a denial that covers the act of a denied verb's object ("have not seen their pay grow"),
"not previously" as "not yet", and a quote's speaker named after a word of their body ("club
President ... said"), or told apart from a name the sentence gives as a role's owner or as whom
the speaker told (stop 63, from the user tests ut338, ut341 and ut343).

Every sentence is made up for the test, checked both ways round, with near misses.
"""

from __future__ import annotations

import pytest

from tests.mirror import flags, negations


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (  # a passage loosely linked (each side adds its own clause): the subject and act decide
            "All three ferries will get new engines this winter, but the fare will not increase.",
            "The ferries are being refitted with new engines, and fares will rise.",
            ("negation", "will not increase", "rise"),
        ),
        (
            "Members keep their current seats in the new hall, although the rent will not rise.",
            "The club moves its members to the new hall and the rent will climb.",
            ("negation", "will not rise", "climb"),
        ),
    ],
)
def test_one_subjects_act_denied_and_stated_is_a_negation(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flags(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # the other side's word is a noun of the act, no act stated ("demands for wall funding")
            "The mayor is angry that his new bridge is not being fully funded this year.",
            "The mayor is frustrated by the council's own demands for bridge funding.",
        ),
        (  # the act has an object of its own on one side: two statements in a loose passage
            "The new engines arrived this winter, but the fare will not increase for students.",
            "Engines were delivered, and the fare will rise for pensioners next spring.",
        ),
    ],
)
def test_no_lone_act_no_negation(left: str, right: str) -> None:
    assert [f for f in flags(left, right) if f[0] == "negation"] == []


def test_a_denied_sight_denies_the_act_seen() -> None:
    left = "The scheme is meant for nurses who have not seen their pay grow in a decade."
    right = "The scheme is meant for nurses whose pay has not grown in a decade."
    assert [f for f in flags(left, right) if f[0] == "negation"] == []
    # near misses: the sight itself denied and stated, the letting denied and stated
    seen = (
        "Inspectors have not seen the tapes, the regulator said.",
        "Inspectors have seen the tapes, the regulator said.",
    )
    assert ("negation", "have not seen", "seen") in flags(*seen)
    let = (
        "The stewards did not let the fans enter the ground on Saturday.",
        "The stewards let the fans enter the ground on Saturday.",
    )
    assert ("negation", "did not let", "let") in flags(*let)


def test_not_previously_done_is_no_denial_of_doing_it_now() -> None:
    left = (
        "The tribunal sets precedents that protect tenants in ways the courts had not previously recognized."
    )
    right = "The tribunal does sometimes recognize new rights for tenants."
    assert negations(left, right) == []
    # near miss: the act denied outright, not as done before
    denied = "The tribunal sets precedents, but the courts had not recognized new rights for tenants."
    assert negations(denied, right) == [("had not recognized", "recognize")]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (  # a word of the body in lower case before the speaker's title
            '"It is sad to hear of our keeper\'s arrest," said Director Paul Brandt in a statement.',
            '"It is sad to hear of our keeper\'s arrest," club President Lena Vogt said in a statement.',
            ("speaker", "Director Paul Brandt", "President Lena Vogt"),
        ),
        (  # the other speaker named in the sentence only as whom the speaker told
            '"Go out and knock on every door this weekend," Harmon told Ruiz volunteers.',
            '"Go out and knock on every door this weekend," Ruiz told her volunteers.',
            ("speaker", "Harmon", "Ruiz"),
        ),
        (  # ... or only as the owner of the speaker's role
            'Okafor lawyer Dana Whitlock also thanked the court for "correcting an injustice" on Monday.',
            'Okafor also thanked the court on Monday for "correcting an injustice".',
            ("speaker", "Dana Whitlock", "Okafor"),
        ),
    ],
)
def test_a_quote_given_to_another_speaker_is_a_conflict(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flags(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # the speaker named with their role's owner on both sides: one speaker
            'Okafor lawyer Dana Whitlock also thanked the court for "correcting an injustice" on Monday.',
            'Dana Whitlock, a lawyer for Okafor, thanked the court for "correcting an injustice" on Monday.',
        ),
        (  # the other side's speaker is the subject the sentence names itself: one person
            '"Go out and knock on every door this weekend," Senator Ruiz, the party\'s candidate, said.',
            '"Go out and knock on every door this weekend," Ruiz told her volunteers.',
        ),
    ],
)
def test_one_speaker_named_two_ways_is_no_conflict(left: str, right: str) -> None:
    assert [f for f in flags(left, right) if f[0] == "speaker"] == []


def test_an_opposite_with_a_stressing_did_and_a_linking_adverb_is_a_conflict() -> None:
    left = "She also declined the council’s offer of a second term."
    right = "She did, however, accept the council's offer of a second term."
    assert ("negation", "declined", "accept") in flags(left, right)
    # near misses: the same act both ways, the "did" of a denial kept
    accepted = "She also accepted the council’s offer of a second term."
    assert [f for f in flags(accepted, right) if f[0] == "negation"] == []
    denied = "She did not, however, accept the council's offer of a second term."
    assert flags(left, denied) == []
