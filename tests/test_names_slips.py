"""A name one article writes once its own way, where both articles write it another, is a slip
of the pen ("BlackBery" in a rewrite that writes "BlackBerry" everywhere else):
reader.facts.compare_names.  Sentences of our own."""

from __future__ import annotations

from reader.pipeline import compare_texts

ORIGINAL = [
    "The Larkspur Q10 handset reaches stores in May, the carrier said on Wednesday.",
    "Business customers can register for the Larkspur Q10 from next week.",
    "Consumers will wait a little longer if the carrier follows its old strategy.",
]


def _names(left: list[str], right: list[str]) -> list[tuple[str, str]]:
    c = compare_texts("\n\n".join(left), "\n\n".join(right))
    shown = [(d.left, d.right) for k in c.links for d in k.differences if d.kind == "spelling"]
    return shown + [(n.difference.left, n.difference.right) for n in c.names]


def test_a_name_written_once_another_way_by_one_side_is_a_slip() -> None:
    rewrite = [*ORIGINAL[:2], "Consumers will wait a little longer for the Larkspru Q10, the carrier said."]
    assert _names(ORIGINAL, rewrite) == [("Larkspur", "Larkspru")]
    assert _names(rewrite, ORIGINAL) == [("Larkspru", "Larkspur")]


def test_what_is_no_slip() -> None:
    # a word the texts also write in lower case: two words ("Capitol" / "capital")
    left = [
        "The rally at the Capitol drew thousands on Sunday, police said.",
        "Marchers left the Capitol at noon for the capital's main square.",
    ]
    right = [
        "The rally at the Capitol drew thousands on Sunday, police said.",
        "Marchers left the Capitol at noon, heading to Capital Square.",
    ]
    assert _names(left, right) == []
    # a second name the side writes more than once (two people, two places)
    left = ["Jemuel Haran spoke first at the hearing.", "Haran said the vote was fair."]
    right = [
        "Jemuel Haran spoke first at the hearing.",
        "Haran said the vote was fair, and Haram agreed.",
        "Haram later left the room.",
    ]
    assert _names(left, right) == []
    # one word inside the other ("O'Rourke" / "Rourke")
    left = ["Beto O'Rourke spoke in Austin.", "O'Rourke said he would run."]
    right = ["Beto O'Rourke spoke in Austin.", "O'Rourke said he would run, Rourke added."]
    assert _names(left, right) == []


def test_a_slip_beside_another_model_number_is_still_a_slip() -> None:
    # "Larkspur Q10" twice, then "Larkspru Z10": a model number is no part of whose name it is
    rewrite = [*ORIGINAL[:2], "Consumers will wait a little longer for the Larkspru Z10, the carrier said."]
    assert _names(ORIGINAL, rewrite) == [("Larkspur", "Larkspru")]


def test_a_slip_in_a_sentence_the_other_side_leaves_out_is_none_of_its_discrepancies() -> None:
    """The original's own typo in a paragraph its rewrite cut: nothing of the rewrite
    disagrees with it.  Told by both, it shows beside the sentence that tells it."""
    slipped = [*ORIGINAL[:2], "Fans of the Larkspru Q10 queued outside the flagship store overnight."]
    cut = ORIGINAL[:2]
    assert _names(slipped, cut) == []
    assert _names(cut, slipped) == []
    # told by both, the name left out there (so no link shows the spelling): beside the sentence that tells it
    told = [*ORIGINAL[:2], "Fans of the new handset queued outside the flagship store overnight."]
    c = compare_texts("\n\n".join(slipped), "\n\n".join(told))
    assert [(n.left_sentence, n.right_sentence) for n in c.names] == [(2, 2)]


def test_a_slip_that_looks_like_a_romanisation_is_still_one_writer_s_slip() -> None:
    # "Ferris" twice in the original, "Ferris" once and "Farris" once in the rewrite (ut239): one
    # writer keeps to one spelling, so a vowel changed once beside it is a slip, not a romanisation
    original = [
        "Senator Helen Marrow tabled the amendment on Monday, backed by Senator Tomas Verrill.",
        "Verrill said the cap was the wrong tool for the housing market.",
        '"A cap is the wrong tool," Verrill told reporters after the vote.',
    ]
    rewrite = [
        "Senator Helen Marrow tabled the amendment on Monday with the backing of Senator Tomas Verrill.",
        "Varrill said the cap was the wrong tool for the housing market.",
    ]
    assert _names(original, rewrite) == [("Verrill", "Varrill")]
    # near miss: the two articles each keep to one romanisation, no slip of either
    taliban = [
        "Taliban fighters entered the town on Monday, officials said.",
        "The Taliban said the town had surrendered.",
    ]
    taleban = [
        "Taleban fighters entered the town on Monday, officials said.",
        "The Taleban said the town had surrendered.",
    ]
    assert _names(taliban, taleban) == []
