"""Passages told by both whose words differ where no fact rule reads them (a title, a
description of a speaker, a hedge turned around) are named in every view: the Markdown's
heading and passage, ``--summary``, the HTML report.  Typography is no change of words.

Every sentence is made up for the test.
"""

from __future__ import annotations

import pytest

import reader
from reader import export
from reader.cli import _summary
from reader.export import to_dict, to_markdown
from reader.pipeline import compare_texts
from reader.report import to_html
from reader.reworded import reworded

LEFT = (
    "Harbour Strike Ends After Nine Days\n\n"
    "Dock workers in Oban returned to work on Friday after a nine-day strike over pay. "
    "The union's regional secretary, Ivo Brandt, called the deal fair. "
    "The port authority said the backlog is unlikely to clear before June."
)
RIGHT = (
    "Harbour Strike Ends After Nine Days\n\n"
    "Dock workers in Oban returned to work on Friday after a nine-day strike over pay. "
    "The union's general secretary, Ivo Brandt, called the deal fair. "
    "The port authority said the backlog could well clear before June."
)


def test_the_passages_whose_words_differ_are_listed_with_the_words() -> None:
    c = reader.compare(LEFT, RIGHT)
    got = reworded(c)
    assert [changes for _, changes in got] == [
        [("regional", "general")],
        [("is unlikely to", "could well")],
    ]
    numbers = [n for n, _ in got]
    assert all(c.links[n - 1].relation == "shared" for n in numbers)


def test_every_view_names_them() -> None:
    c = reader.compare(LEFT, RIGHT)
    (a, _), (b, _) = reworded(c)
    md = to_markdown(c)
    assert f"in 2 shared passages ({a}, {b})" in md
    assert "- words differ: “regional” / “general”" in md
    summary = _summary(c)
    assert f"  ~ passage {a}, words differ: “regional” / “general”" in summary
    html = to_html(c)
    assert 'id="reworded"' in html and '<mark class="diff">regional</mark>' in html


def test_the_json_lists_them_for_a_script(monkeypatch: pytest.MonkeyPatch) -> None:
    c = reader.compare(LEFT, RIGHT)
    (a, _), (b, _) = reworded(c)
    got = to_dict(c)
    assert got["reworded"] == [
        {"passage": a, "changes": [["regional", "general"]]},
        {"passage": b, "changes": [["is unlikely to", "could well"]]},
    ]
    assert got["reworded_more"] is False
    monkeypatch.setattr(export, "JSON_REWORDED_MOST", 1)  # a book reworded everywhere: the first only
    got = to_dict(c)
    assert [r["passage"] for r in got["reworded"]] == [a] and got["reworded_more"] is True


def test_a_form_of_address_dropped_is_house_style_but_changed_is_named() -> None:
    left = LEFT.replace("The port authority said", "Mr. Brandt said")
    c = reader.compare(left, LEFT.replace("The port authority said", "Brandt said"))
    assert reworded(c) == []
    # near miss: one form of address put for another is named
    c = reader.compare(left, LEFT.replace("The port authority said", "Ms. Brandt said"))
    assert [changes for _, changes in reworded(c)] == [[("Mr", "Ms")]]


def test_typography_and_same_words_name_nothing() -> None:
    right = RIGHT.replace("general", "regional").replace("could well clear", "is unlikely to clear")
    right = right.replace("union's", "union’s")
    c = reader.compare(LEFT, right)
    assert reworded(c) == [] and to_dict(c)["reworded"] == []
    assert "Words differ where no fact rule reads them" not in to_markdown(c)
    assert 'id="reworded"' not in to_html(c)
    assert "~ passage" not in _summary(c)


async def test_d_walks_the_reworded_passages_and_says_when_there_are_none() -> None:
    from reader.app.main import ReaderApp

    c = reader.compare(LEFT, RIGHT)
    wanted = [n - 1 for n, _ in reworded(c)]  # here every passage told otherwise changed a few words
    app = ReaderApp("left.txt", "right.txt", comparison=c, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = app.main_screen
        seen = []
        for _ in wanted:
            await pilot.press("d")
            await pilot.pause()
            seen.append(screen.stop.link if screen.stop else None)
        assert seen == wanted
        await pilot.press("d")
        await pilot.pause()
        assert screen.stop is not None and screen.stop.link == wanted[0]
        assert screen.status.startswith("Wrapped to the first reworded passage")
        await pilot.press("D")
        await pilot.pause()
        assert screen.stop is not None and screen.stop.link == wanted[-1]
    same = ReaderApp("left.txt", "right.txt", comparison=reader.compare(LEFT, LEFT), remember=False)
    async with same.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert same.main_screen.status.startswith("No passage told by both is told in other words")


async def test_d_stops_at_a_passage_told_wholly_in_other_words() -> None:
    """No fact rule reads a difference and no few words changed, but the sentence is rewritten
    whole: the reader must read it, and ``d`` goes there (where four user tests' rewrites hid
    a denial turned into an admission or a changed sum), not at one only written another way."""
    from reader.app.main import ReaderApp

    left = LEFT + " The port authority thanked the dock crews for their patience during the long dispute."
    right = RIGHT.replace("could well clear", "is unlikely to clear").replace("general", "regional")
    right += " Dock crews were thanked by the port authority for being patient throughout the long dispute."
    c = reader.compare(left, right)
    assert reworded(c) == []  # no few words changed anywhere: the --summary lists none
    last = len(c.links) - 1
    assert c.links[last].relation == "shared" and c.links[last].left == (4,)
    app = ReaderApp("left.txt", "right.txt", comparison=c, remember=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert app.main_screen.stop is not None and app.main_screen.stop.link == last


def test_the_summary_names_ten_and_says_there_are_more() -> None:
    said = "Crew {} of the ferry fleet reported for duty at the {} pier on the first morning."
    left = " ".join(said.format(n, "stone") for n in range(1, 13))
    right = " ".join(said.format(n, "wooden") for n in range(1, 13))
    c = reader.compare(left, right)
    assert len(reworded(c)) == 12
    lines = _summary(c).splitlines()
    assert sum(line.startswith("  ~ passage ") for line in lines) == 10
    assert lines[-1] == "  ~ and more passages whose words differ: the export lists them all"


def test_the_summary_names_the_passages_whose_changes_may_matter_first() -> None:
    """ut124: "had fallen" / "had risen" and "would no longer be required" were past the tenth
    passage the summary names, behind passages of a word put for a word of the same sense."""
    said = "Crew {} of the ferry fleet reported for duty at the {} pier on the first morning."
    left = [said.format(n, "stone") for n in range(1, 13)]
    right = [said.format(n, "wooden") for n in range(1, 13)]
    left.append(
        "Port director Dr Ana Ruiz said the number of new bookings had fallen for the fourth consecutive day."
    )
    right.append("Port director Ana Ruiz said new reservations had risen for a fourth straight day.")
    c = reader.compare(" ".join(left), " ".join(right))
    lines = [line for line in _summary(c).splitlines() if line.startswith("  ~ passage ")]
    assert "words differ: “fallen” / “risen”; " in lines[0]
    assert len(lines) == 10


def test_a_time_written_another_way_or_moved_is_no_change_but_a_word_beside_it_is() -> None:
    """ "as of 4 November 02:00 GMT" / "as of 2am GMT on 4 November": one moment (ut24 saw it
    first among the words that differ); "their" / "its" beside it is still named."""
    left = "Harbour news.\n\nAll their circuits were restored to the core network as of 4 November 02:00 GMT."
    right = "Harbour news.\n\nAll its circuits were restored to the core network as of 2am GMT on 4 November."
    c = reader.compare(left, right)
    assert reworded(c) == [(2, [("their", "its")])]


def test_a_word_a_difference_tells_is_not_named_again_even_where_one_side_adds_it() -> None:
    """ "All ... traffic" / "Not all ... traffic": the negation tells "Not"; "their" / "its" is
    named."""
    head = "Harbour news.\n\n"
    left = (
        head + "All ferry traffic to the islands was halted by the strike, which began on their Monday shift."
    )
    right = (
        head + "Not all ferry traffic to the islands was halted by the strike which began on its early shift."
    )
    c = reader.compare(left, right)
    link = next(k for k in c.links if k.left == (1,))
    assert [d.kind for d in link.differences] == ["negation"]
    from reader.reworded import unread_changes

    assert ("", "Not") not in unread_changes(c, link)
    assert ("their Monday", "its early") in unread_changes(c, link)


def test_the_one_value_each_side_tells_alone_is_listed_with_the_words_to_read() -> None:
    # ut41, ut40: "begin in 2027" / "due ... in 2028" and "Beginning in 2013" / "Starting in
    # 2015" were shown as told by both, their years as two one-sided details, and the summary,
    # the export's list and the app's d skipped them
    left = (
        "Bookkeeper charged\n\nAccording to court records, Ruiz worked as the bookkeeper for Alder Marine"
        " from 2009 until 2018. Beginning in 2012, she wrote more than 200 unauthorized checks from the"
        " company's payroll account to herself and to a shell company."
    )
    right = (
        "Bookkeeper charged\n\nRuiz was Alder Marine's bookkeeper from 2009 until 2018, according to"
        " court records. Starting in 2014, prosecutors said, she wrote herself more than 200 checks from the"
        " payroll account that no one had authorized, some made out to a shell company."
    )
    # "Beginning" / "Starting" name no act (stop 43): the start of one act told two ways conflicts
    assert [d.note for k in compare_texts(left, right).links for d in k.differences] == ["year: 2012 vs 2014"]
    # the years of two acts ("Hired in 2012" / "Promoted in 2014") are listed for the reader
    left, right = (
        left.replace("Beginning in 2012", "Hired in 2012"),
        right.replace("Starting in 2014", "Promoted in 2014"),
    )
    c = compare_texts(left, right)
    passage = next(n for n, k in enumerate(c.links, 1) if "2012" in k.only_left)
    assert dict(reworded(c))[passage] == [("2012", "2014")]
    assert f"~ passage {passage}, words differ: “2012” / “2014”" in _summary(c)
    # told alike: nothing to list
    assert reworded(compare_texts(left, right.replace("2014", "2012"))) == []


# a passage rewritten whole: no few words to name, no fact rule reads "stayed flat" / "rose"
WHOLE_LEFT = (
    "Grain Prices Steady\n\n"
    "Wheat futures in Chicago ended the week little changed after the harvest report. "
    "Traders had expected the Agriculture Department to trim its Nebraska corn estimate "
    "sharply in Tuesday's report."
)
WHOLE_RIGHT = (
    "Grain Prices Steady\n\n"
    "Wheat futures in Chicago ended the week little changed after the harvest report. "
    "Analysts who follow the grain markets were betting the Agriculture Department "
    "would slash its Nebraska corn estimate on Tuesday."
)


def test_a_passage_told_in_other_words_is_named_in_every_view() -> None:
    """ut47, ut48, ut50: the app says "Told in other words ... read both" and d stops there,
    while the exports and --summary named only passages with a few words changed."""
    from reader.reworded import told_otherwise

    c = reader.compare(WHOLE_LEFT, WHOLE_RIGHT)
    (n,) = told_otherwise(c)
    k = c.links[n - 1]
    assert k.relation == "shared" and k.left == (2,) and k.right == (2,)
    assert reworded(c) == []  # no few words to name: no "words differ"
    md = to_markdown(c)
    assert f"- Told in other words in 1 shared passage ({n}): the fact rules could not check them" in md
    assert "; told in other words: the fact rules could not check it, so read both" in md
    assert f"  ~ told in other words, read both: 1 passage ({n})" in _summary(c)
    assert "Told in other words, the fact rules could not check them, so read both: passage" in to_html(c)
    assert to_dict(c)["told_otherwise"] == [n]
    # passages in the same words, or a few words apart, are not "told in other words"
    same = reader.compare(LEFT, LEFT)
    assert told_otherwise(same) == [] and told_otherwise(reader.compare(LEFT, RIGHT)) == []
    assert "Told in other words" not in to_markdown(same)


def test_a_passage_is_told_in_other_words_or_has_its_words_listed_not_both(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A passage rewritten whole whose one value a side tells alone is listed with its words
    that differ (as the app shows it: ut48's "March 14, 2025" / "March 4, 2025"), not as told in
    other words too."""
    from reader import reworded as module

    c = reader.compare(WHOLE_LEFT, WHOLE_RIGHT)
    (n,) = module.told_otherwise(c)
    monkeypatch.setattr(
        module, "values_apart", lambda c, k: [("Tuesday", "Monday")] if k is c.links[n - 1] else []
    )
    assert [m for m, _ in module.reworded(c)] == [n]
    assert module.told_otherwise(c) == []


def test_opposite_words_of_a_passage_told_in_other_words_are_named() -> None:
    # ut135: "price decreases averaging 1.8 percent" / "average price increases of 1.8%" was told in
    # other words, no word named; ut141: "still below the 2021 peak" / "remains above the record"
    left = (
        "Reinsurer Renews Treaties\n\n"
        "The reinsurer renewed about 60 percent of its property treaty business on January 1, when it"
        " reported price decreases averaging 1.8 percent."
    )
    right = (
        "Reinsurer Renews Treaties\n\n"
        "At the January 1 renewals, when it renewed about 60% of its property treaty book, the reinsurer"
        " reported average price increases of 1.8%."
    )
    c = compare_texts(left, right)
    passage = next(n for n, k in enumerate(c.links, 1) if k.left == (1,))
    assert ("decreases", "increases") in dict(reworded(c))[passage]
    assert "“decreases” / “increases”" in _summary(c)
    # near misses: the same direction in other words; opposites of place and order; names
    for same in ("reported average price declines of 1.8%", "reported price cuts of 1.8% after the renewals"):
        c = compare_texts(left, right.replace("reported average price increases of 1.8%", same))
        assert not [p for _, changes in reworded(c) for p in changes if p[1] in ("increases", "after")]
    c = compare_texts(left.replace("on January 1", "before January 1"), right.replace("At the", "After the"))
    assert not [p for _, changes in reworded(c) for p in changes if p == ("before", "After")]


def test_a_passage_told_in_other_words_whose_one_side_denies_is_listed_with_the_denial() -> None:
    # "must approve the replacement plan" / "does not need the approval" (ut275), "would not cancel
    # any of the six ships" (ut276): reworded throughout, no rule reads the denial, so the passage is
    # listed with the word to look at instead of "told in other words"
    left = (
        "Ferry plan\n\nThe harbour board must approve the new timetable before the summer season begins,"
        " officials said."
    )
    right = (
        "Ferry plan\n\nOfficials said the new timetable does not need the harbour board's approval before"
        " the summer season begins."
    )
    c = compare_texts(left, right)
    passage = next(n for n, k in enumerate(c.links, 1) if "timetable" in c.text("left", k.left))
    assert dict(reworded(c))[passage] == [("", "not")]
    # near miss: both deny, one with a prefix ("unapproved" / "not approved")
    told = compare_texts(
        left.replace("must approve the new timetable", "left the new timetable unapproved"),
        right.replace("does not need the harbour board's approval", "was not approved by the harbour board"),
    )
    assert all(("", "not") not in ch for _, ch in reworded(told))
