"""What only one side of a link states: real details, not capitals or number fragments."""

from __future__ import annotations

from reader import compare
from reader.facts import extract, unique_details
from reader.facts.capitals import loose_names, only_loose


def _unit(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.unit) for f in extract(text) if f.kind == "number"]


def test_a_count_counts_a_noun_not_a_function_word() -> None:
    assert _unit("Rebels burned 40 villages in the north.") == [("40", "villages")]
    assert _unit("Turnout among voters under 40 to the polls fell.") == [("under 40", "")]
    assert _unit("About 300 of them marched to city hall.")[0][1] == ""
    # a modifier goes with its noun: the noun is what is counted
    assert _unit("The bill would cover 1.8 million young undocumented immigrants.")[0][1] == (
        "young undocumented immigrants"
    )
    assert _unit("Okafor had 11 rebounds and six blocked shots.")[1] == ("six", "blocked shots")
    assert _unit("Two other men were arrested.") == [("Two", "other men")]


def test_a_count_of_nothing_named_is_no_detail() -> None:
    left = extract("Rebels burned 40 villages, and under 40 to 50 fled.")
    right = extract("Rebels attacked the region.")
    only_l, only_r = unique_details(left, right)
    assert "40 villages" in only_l and not any(x.startswith("under") for x in only_l)
    assert unique_details(right, left) == (only_r, only_l)


def _loose(left: list[str], right: list[str]) -> frozenset[str]:
    return only_loose(
        loose_names(left, [extract(t) for t in left]), loose_names(right, [extract(t) for t in right])
    )


def test_words_capitalised_only_where_any_word_is_are_loose() -> None:
    left = [
        "Hundreds gathered outside the courthouse in Leeds.",
        "Asked about the verdict, she shook her head.",
        "Flood Waters Swamp Riverside Homes",
        "Police found him at 115th Street.",
        'She said: "Darling, we won."',
    ]
    right = ["Crowds gathered in Leeds on Friday."]
    loose = _loose(left, right)
    assert {"Hundreds", "Asked", "Flood Waters Swamp Riverside Homes", "Street", "Darling"} <= loose
    assert "Leeds" not in loose and "Friday" not in loose
    assert _loose(right, left) == loose  # either side's capitals count alike


def test_a_name_opening_a_sentence_stays_a_name() -> None:
    # near misses: a person opening a sentence before a verb of saying or a possessive, and
    # one the other article names in running text
    left = ["Okonkwo said the bridge would reopen.", "Haddad's plan was rejected.", "Novak arrived late."]
    right = ["The minister, Ivana Novak, arrived after the vote."]
    loose = _loose(left, right)
    assert not {"Okonkwo", "Haddad", "Novak"} & loose


def test_only_left_shows_names_not_sentence_openers() -> None:
    left = "Hundreds marched through Dresden on Saturday. Okonkwo said the march was peaceful."
    right = "Marchers filled the streets of the city. The organisers said the march was peaceful."
    c = compare(left, right)
    shown = [x for k in c.links for x in k.only_left]
    assert "Hundreds" not in shown
    back = compare(right, left)
    assert [x for k in back.links for x in k.only_right] == shown


def test_a_hyphenated_tail_is_no_part_of_a_name() -> None:
    left = extract("The Obama-era rule was dropped by Zurana Horton-who had fought it.")
    right = extract("The rule was dropped.")
    only_l, _ = unique_details(left, right)
    assert "Obama" in only_l and "Zurana Horton" in only_l
    assert not any("-" in x for x in only_l)


def test_a_conjunction_or_an_adverb_is_no_unit() -> None:
    assert _unit("He fell about 600m while climbing the ridge.")[0][1] == ""
    assert _unit("The deal brings the two more closely together.") == [("two", "")]
    assert _unit("It has a 1,440 x 900 display.")[0][1] == ""
    assert _unit("The climbers crossed 600 metres of ice.") == [("600", "metres")]


def test_a_name_told_whole_on_both_sides_is_no_detail_once_cut() -> None:
    left = extract("The Obama-era rule stands.")
    assert unique_details(left, extract("The Obama-era rule stands.")) == ([], [])


def test_the_same_quoted_words_in_other_marks_are_no_details() -> None:
    # curly marks on one side, straight on the other, inside a quotation over two sentences
    left = (
        "The senator spoke on Monday. “He criticized the council for having ‘arrogance’ and the nerve to "
        "‘set our terms’ for the town. From the start, he has backed plans that hurt every family here,” "
        "she said."
    )
    right = left.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    c = compare(left, right)
    assert len(c.links) == 3
    assert all(not k.only_left and not k.only_right and not k.differences for k in c.links)


def test_a_house_style_form_is_no_detail_of_one_side() -> None:
    """A month abbreviated in AP style ("in Sept.") and a party tag ("(D-Ore.)") tell what the
    other side writes in full ("in September", "an Oregon Democrat")."""

    def details(a: str, b: str) -> tuple[list[str], list[str]]:
        there = unique_details(extract(a), extract(b))
        assert unique_details(extract(b), extract(a)) == (there[1], there[0])
        return there

    assert details(
        "The ferry line will stop running in September, the harbour board said.",
        "The ferry line will stop running in Sept., the harbour board said.",
    ) == ([], [])
    assert details(
        "Senate committee chair Ruth Alder (D-Ore.) said the talks went well on Friday.",
        "Senate committee chair Ruth Alder, an Oregon Democrat, said the talks went well on Friday.",
    ) == ([], [])
    # near miss: another party is no form of it (the party rule shows the conflict)
    assert details(
        "Senate committee chair Ruth Alder (R-Ore.) said the talks went well on Friday.",
        "Senate committee chair Ruth Alder, an Oregon Democrat, said the talks went well on Friday.",
    ) == (["R-Ore"], ["Oregon Democrat"])


def test_the_weekday_of_a_date_both_sides_tell_is_no_detail() -> None:
    left = extract("The ferry strike ended on March 4, 2024, the union said.")
    right = extract("The ferry strike ended on Monday, March 4, 2024, the union said.")
    assert unique_details(left, right) == ([], [])
    # a weekday with no date on the other side is still one side's detail
    alone = extract("The ferry strike ended on Monday, the union said.")
    assert unique_details(alone, left) == (["Monday"], ["March 4, 2024"])


def test_a_country_and_the_word_for_its_people_are_one_detail() -> None:
    """ "The Saudis" / "Saudi Arabia" tell one country: no detail of either side (a teacher's
    user test read "only left: Saudis" as a difference); another country still is one."""
    left = extract("The Saudis have denied any role in the attack on the tanker, officials said.")
    right = extract("Saudi Arabia has denied any role in the attack on the tanker, officials said.")
    assert unique_details(left, right) == ([], [])
    other = extract("Norway has denied any role in the attack on the tanker, officials said.")
    assert unique_details(left, other) == (["Saudis"], ["Norway"])
