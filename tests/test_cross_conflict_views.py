"""A conflict found across the whole articles joins two sentences the aligner left apart:
the views say so instead of showing an alignment score of 0."""

from __future__ import annotations

import pytest

from reader.app.keys import KeyTable
from reader.app.nav import Navigator
from reader.app.panels import details_content
from reader.comparison import build_links
from reader.export import to_markdown
from reader.model import Comparison
from reader.pipeline import compare_texts

LEFT = (
    "The storm reached the coast on Monday and flooded two towns. "
    "Rescue teams were led by Captain Marguerite Delacroix of the coast guard."
)
RIGHT = (
    "Parliament will debate the budget next spring, the speaker said. "
    "Marguerite Delacroux later praised the volunteers who worked through the night."
)


def _with_cross_link(left: str, right: str) -> tuple[Comparison, int]:
    """The comparison and the index of its one conflict link found across the articles."""
    c = compare_texts(left, right)
    found = [n for n, k in enumerate(c.links) if not k.aligned and k.relation == "conflict"]
    assert len(found) == 1
    return c, found[0]


def test_markdown_says_a_conflict_was_found_across_the_articles() -> None:
    for a, b in ((LEFT, RIGHT), (RIGHT, LEFT)):
        c, _ = _with_cross_link(a, b)
        md = to_markdown(c)
        assert md.count("Found across the articles: the aligner did not link these sentences.") == 1
        assert "Delacroix vs Delacroux" in md or "Delacroux vs Delacroix" in md


def test_aligned_links_keep_their_score_in_markdown() -> None:
    c = compare_texts(
        "The council approved the new tram line on Tuesday after a long debate.",
        "On Tuesday the council approved the new tram line after a long debate.",
    )
    assert c.links and all(k.aligned for k in c.links)
    assert "Found across the articles" not in to_markdown(c)


def test_the_details_panel_says_found_across_instead_of_a_zero_score() -> None:
    c, index = _with_cross_link(LEFT, RIGHT)
    nav = Navigator(c)
    stop = next(s for s in nav.stops["left"] if s.link == index)
    text = details_content(nav, stop, KeyTable()).plain
    assert "found across the articles" in text
    assert "score 0.00" not in text
    # the label once, not "spelling: name spelled two ways ..."
    assert "≠ name spelled two ways across the articles: " in text


def test_conflict_links_at_one_place_are_numbered_in_reading_order() -> None:
    """Two conflicts found across the articles that share one right sentence come in the
    order of their left sentences, so "next conflict" and the passage numbers agree."""
    from reader.comparison import add_cross_conflicts
    from reader.model import Difference

    c = compare_texts(LEFT, RIGHT)
    left_ids = [s.id for s in c.left.sentences]
    assert len(left_ids) >= 2
    also = [
        (left_ids[1], 0, Difference("time", "10:30 a.m.", "10 a.m.", "time: 10:30 a.m. vs 10 a.m.")),
        (left_ids[0], 0, Difference("weapon", "rifle", "shotgun", "weapon: rifle vs shotgun")),
    ]
    links = add_cross_conflicts(c.left, c.right, [], also)
    crossed = [k.left[0] for k in links if not k.aligned]
    assert crossed == sorted(crossed)


def test_long_texts_get_no_conflicts_across_the_whole_documents(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Past CROSS_SENTENCES_MAX sentences the texts are books, not articles: only the
    aligned passages are compared (the same pair, with the bound lowered to 1)."""
    import reader.comparison as comparison

    assert any(not k.aligned for k in compare_texts(LEFT, RIGHT).links)
    monkeypatch.setattr(comparison, "CROSS_SENTENCES_MAX", 1)
    c = compare_texts(LEFT, RIGHT)
    assert all(k.aligned for k in c.links)
    assert ("Delacroix", "Delacroux") in [(n.difference.left, n.difference.right) for n in c.names]


def test_a_conflict_found_both_across_and_inside_a_link_is_shown_once() -> None:
    # the sum of the budget conflicts across the articles (a sum of one named thing) and as
    # money inside the aligned passage: one difference, not two with the same values
    left = "Council Passes Budget\n\nThe county approved a $4.6 million budget for its libraries on Tuesday."
    right = "Libraries Funded\n\nThe county approved a $4.9 million budget for its libraries on Tuesday."
    for a, b in ((left, right), (right, left)):
        c = compare_texts(a, b)
        diffs = [(d.left, d.right) for k in c.links for d in k.differences]
        assert sorted(diffs) in ([("$4.6 million", "$4.9 million")], [("$4.9 million", "$4.6 million")])


def test_a_term_found_across_is_not_shown_again_beside_its_duration_in_the_link() -> None:
    # the prison term across the articles ("served four and a half months") holds the
    # duration the link already shows ("four and a half months"): one difference (against
    # "six months": four months would be the half rounded away, no conflict at all)
    left = (
        "Ex-Mayor Dies\n\nFormer mayor Ruth Ortiz died on Sunday at 81.\n\n"
        "Ortiz served four and a half months in prison for her role in the bribery scheme,"
        " after pleading guilty."
    )
    right = (
        "Ruth Ortiz Dead At 81\n\nRuth Ortiz, a former mayor, died Sunday. She was 81.\n\n"
        "Ortiz served six months in federal prison for her role in the bribery scheme."
    )
    for a, b in ((left, right), (right, left)):
        c = compare_texts(a, b)
        assert len([d for k in c.links for d in k.differences]) == 1


def test_a_conflict_is_shown_once_by_whole_values_not_by_letters() -> None:
    from reader.comparison import _shown_as
    from reader.model import Difference

    term = Difference("term", "served four and a half months", "served four months", "")
    assert _shown_as(Difference("duration", "four and a half months", "four months", ""), term)
    # "2" / "3" is not within "12" / "13": two conflicts, both shown
    assert not _shown_as(Difference("number", "2", "3", ""), Difference("age", "12", "13", ""))


def test_a_conflict_joining_a_link_is_no_one_sided_detail_there() -> None:
    # a value the link showed as a detail of its side ("20 firms") and that the search across
    # the articles then finds in conflict with the other side's value is shown once: as the conflict
    from dataclasses import replace

    from reader.comparison import add_cross_conflicts
    from reader.model import Difference

    c = compare_texts(
        "The board met. Auditors wrote to some of the 20 firms named last month.",
        "The board met. Auditors wrote to some of the 18 firms named last month.",
    )
    (k,) = [k for k in c.links if 1 in k.left]
    stale = replace(k, differences=[], relation="shared", only_left=["20 firms"], only_right=["18 firms"])
    found = Difference("number", "20", "18", "number: 20 vs 18 (firms)")
    (joined,) = [x for x in add_cross_conflicts(c.left, c.right, [stale], [(1, 1, found)]) if 1 in x.left]
    assert [(d.kind, d.left, d.right) for d in joined.differences] == [("number", "20", "18")]
    assert joined.relation == "conflict"
    assert joined.only_left == [] and joined.only_right == []


def test_a_passages_differences_of_one_label_share_it_in_one_line() -> None:
    from reader.model import Difference, Link

    link = Link(
        (0,),
        (0,),
        0.9,
        "conflict",
        [
            Difference("quote", "keep", "continue", "quote worded two ways: “keep” vs “continue”"),
            Difference("quote", "run", "take", "quote worded two ways: “run” vs “take”"),
            Difference("day", "Sunday", "Monday", "day: Sunday vs Monday"),
        ],
    )
    assert link.note == "quote worded two ways: “keep” vs “continue”, “run” vs “take”; day: Sunday vs Monday"


def test_a_passage_with_no_fact_apart_says_whether_its_words_differ() -> None:
    def said(left: str, right: str) -> str:
        nav = Navigator(compare_texts(left, right))
        return details_content(nav, nav.stops["left"][0], KeyTable()).plain

    same = "The ferry left the harbour at dawn with forty passengers aboard."
    assert "Same words on both sides." in said(same, same)
    # a change no rule reads as a fact: the reader is shown the words that differ
    other = "The ferry left the harbour at dawn with forty passengers on board."
    text = said(same, other)
    assert "Words differ: “aboard” / “on board” · no fact rule reads them" in text
    assert "Same words" not in text
    # words one side adds, and two places at most
    added = "The old ferry left the harbour at dawn with forty passengers on board."
    assert "Words differ: (none) / “old”; “aboard” / “on board”" in said(same, added)
    # a long rewording: no words listed, the word diff is named
    reworded = "At first light the vessel sailed out carrying some forty people in all."
    text = said(same, reworded)
    assert "Told in other words: the fact rules could not check it, so read both" in text
    assert "Words differ" not in text
    # one wording in another form is no rewording
    assert "Same words on both sides, written another way" in said(
        "Fares rose 4 percent, Gov. Ames said.", "Fares rose 4%, Governor Ames said."
    )


def test_a_detail_two_sentences_of_a_passage_tell_alike_is_listed_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # every difference doubtful (a weak link), so each sentence adds its value as a detail:
    # "guilty" told by both left sentences is one detail, not "guilty, guilty"
    import reader.facts as facts_mod

    monkeypatch.setattr(facts_mod, "credible", lambda *a, **k: False)
    c = compare_texts(
        "The jury found the Leeds man guilty of murder on Thursday. "
        "The jury found the Leeds man guilty of murder, the court said.",
        "The jury found the Leeds man not guilty of murder, the court said on Thursday.",
    )
    link = next(k for k in c.links if len(k.left) == 2)
    assert link.only_left == ["guilty"] and link.only_right == ["not guilty"]


def test_a_passage_with_a_fact_apart_still_names_the_other_words_that_differ() -> None:
    """A one-sided detail or a conflict beside it kept the details from naming a changed word
    (a user test's passage showed only "only right: Israel")."""
    left = "The old ferry left the harbour on Monday with forty passengers aboard, the operator said."
    right = "The new ferry left the harbour on Tuesday with forty passengers aboard, the operator said."
    nav = Navigator(compare_texts(left, right))
    text = details_content(nav, nav.stops["left"][0], KeyTable()).plain
    assert "day: Monday vs Tuesday" in text
    assert "Words differ: “old” / “new”" in text


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # a word one side capitalises, the other not (a British desk's edit)
        (
            "The keeper returned to play in Rounds 14-16, but missed the final after a knee injury.",
            "The keeper returned to play in rounds 14 to 16, but missed the final after a knee injury.",
        ),
        # a road's number after "U.S." and after "US": a name's number on both sides
        (
            "The calls pinged towers along the U.S. 412 corridor where the driver spent the night.",
            "The calls pinged towers along the US 412 corridor, where the driver spent the night.",
        ),
        # a name in one word or two (ut26)
        (
            "The chipmaker bought the server firm Harbour Micro for $30 million on Friday.",
            "The chipmaker bought the server firm HarbourMicro for $30 million on Friday.",
        ),
        # one fraction in two words
        (
            "The window of the cab was rolled only three-fourths the way down, the witness said.",
            "The window of the cab was rolled only three-quarters of the way down, the witness said.",
        ),
    ],
)
def test_the_same_thing_written_two_ways_is_no_detail_of_one_side(left: str, right: str) -> None:
    c = compare_texts(f"Harbour news.\n\n{left}", f"Harbour news.\n\n{right}")
    link = next(k for k in c.links if k.left == (1,))
    assert (link.only_left, link.only_right, link.differences) == ([], [], [])


def test_the_json_marks_a_conflict_found_across_the_articles() -> None:
    """A researcher's table counts every passage; the JSON says which the aligner did not make."""
    from reader.export import to_dict

    c, at = _with_cross_link(LEFT, RIGHT)
    links = to_dict(c)["links"]
    assert links[at]["across"] is True
    assert all("across" not in k for n, k in enumerate(links) if n != at)


def test_one_name_the_start_of_another_that_goes_on_is_no_misspelling() -> None:
    """Two names alike ("ActiveX", "Active Scripting"): a sentence that names only the one is
    no misspelling of the other (an audit of the corpus's flags)."""
    left = "Harbour news.\n\nUsers were told to block ActiveX controls and active scripting in the browser."
    right = (
        "Harbour news.\n\nUsers were told to block any ActiveX Controls and Active Scripting in the browser. "
        "The company also said users should be warned before any Active Scripting runs."
    )
    c = compare_texts(left, right)
    # the two right sentences as one passage, as an aligner may group them, or the second alone
    for rids in ((1, 2), (2,)):
        (link,) = build_links(c.left, c.right, [((1,), rids, 0.5)])
        assert [d for d in link.differences if d.kind == "spelling"] == []


def test_a_name_spelled_two_ways_in_a_passage_is_still_a_misspelling() -> None:  # near miss
    left = "Harbour news.\n\nUsers were told to block ActiveX controls in the browser on Monday."
    right = "Harbour news.\n\nUsers were told to block ActivX controls in the browser on Monday."
    c = compare_texts(left, right)
    assert [(d.left, d.right) for k in c.links for d in k.differences if d.kind == "spelling"] == [
        ("ActiveX", "ActivX")
    ]


def test_a_slip_beside_the_right_spelling_in_a_passage_is_still_a_misspelling() -> None:  # near miss
    """One side writes the name right in one sentence and slips in the next (the bundled pair's
    "Rivkin" / "Rifkin"): a spelling difference, not two names."""
    left = (
        "Harbour news.\n\nThe harbour master, Ellen Marsh, closed the pier on Monday. "
        "The harbour master, Ellen Mars, said the pier would reopen on Friday."
    )
    right = (
        "Harbour news.\n\nThe harbour master Ellen Marsh closed the pier and said it would reopen on Friday."
    )
    c = compare_texts(left, right)
    (link,) = build_links(c.left, c.right, [((1, 2), (1,), 0.5)])
    assert [(d.left, d.right) for d in link.differences if d.kind == "spelling"] == [("Mars", "Marsh")]


def test_a_common_word_of_a_body_s_name_mistyped_is_no_name_told_two_ways() -> None:
    """A desk that corrects the wire's "Departement" fixes a word, not a name (ut26); a name's
    own letters told two ways still are (the bundled pair's "Spiegel" / "Speigel")."""
    left = "Harbour news.\n\nThe U.S. Departement of Transport said Karl Weiss inspected the ferry on Friday."
    right = "Harbour news.\n\nThe U.S. Department of Transport said Karl Weis inspected the ferry on Friday."
    c = compare_texts(left, right)
    assert [(d.difference.left, d.difference.right) for d in c.disagreements()] == [("Weiss", "Weis")]


def test_a_conflict_across_the_articles_is_numbered_alike_in_the_app_and_the_exports() -> None:
    # the right sentence of the conflict is in an early passage; its left sentence is the last
    left = (
        "Market fire kills traders\n\nA fire swept through the central market in Lagos on Monday night.\n\n"
        "Firefighters took four hours to bring it under control.\n\nTraders said the fire started in a food "
        "stall.\n\nHospital records seen by reporters show that 12 people died in the fire."
    )
    right = (
        "Lagos market blaze\n\nA fire swept through the central market in Lagos on Monday night, and a "
        "spokesman told a local radio station that 15 people died.\n\nFirefighters took four hours to bring "
        "it under control.\n\nTraders said the fire started in a food stall."
    )
    c = compare_texts(left, right)
    across = [n for n, k in enumerate(c.links) if k.across]
    assert across == [len(c.links) - 1]  # in the left's reading order: last
    nav = Navigator(c)
    for n in range(len(c.links)):
        # the app's "Passage N" is the exports' (the Markdown's, the JSON's "passage")
        assert nav.passage_label(n, "left").startswith(f"Passage {n + 1} of ")
