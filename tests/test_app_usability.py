"""What a first-time user tripped over, driven with Pilot and checked by state.

Each test builds a small comparison by hand (sentences of its own, no pipeline), so the
case it is about -- a sentence in two passages, no conflicts, an accented name -- is
there for certain.
"""

from __future__ import annotations

from textual.widgets import Input

from reader.app.keys import KeyTable
from reader.app.main import ReaderApp
from reader.app.nav import Navigator
from reader.app.panels import details_content, summary_content
from reader.export import counted, to_markdown
from reader.model import Comparison, Difference, Link
from tests.test_app_sync_search import doc

SIZE = (120, 36)


def comparison(left: list[str], right: list[str], links: list[Link]) -> Comparison:
    used_l = {i for link in links for i in link.left}
    used_r = {i for link in links for i in link.right}
    return Comparison(
        doc("left.txt", left),
        doc("right.txt", right),
        links,
        [i for i in range(len(left)) if i not in used_l],
        [i for i in range(len(right)) if i not in used_r],
    )


LEFT = [
    "The mayor opened the bridge on Monday morning.",  # 0: passage 1
    "The council met twice before the vote.",  # 1: only left
    "The bridge cost 40 million and took two years.",  # 2: passages 2 and 3
    "Traffic will start on Tuesday.",  # 3: passage 4
]
RIGHT = [
    "Traffic starts Tuesday, officials said.",  # 0: passage 4
    "The bridge took two years to build.",  # 1: passage 3
    "It cost 40 million.",  # 2: passage 2
    "Mayor Peña Nieto opened the bridge on Monday.",  # 3: passage 1
]


def shared_pair() -> Comparison:
    """Left sentence 2 belongs to two passages; the right article tells them backwards."""
    links = [
        Link((0,), (3,), 0.8),
        Link((2,), (2,), 0.6),
        Link((2,), (1,), 0.5),
        Link((3,), (0,), 0.7),
    ]
    return comparison(LEFT, RIGHT, links)


def app_for(c: Comparison) -> ReaderApp:
    return ReaderApp("left.txt", "right.txt", comparison=c, remember=False)


def walk(nav: Navigator, side: str) -> list[int | None]:
    return [stop.link for stop in nav.stops[side]]  # type: ignore[index]


def test_every_passage_is_one_stop_in_each_pane_in_its_reading_order() -> None:
    nav = Navigator(shared_pair())
    assert walk(nav, "left") == [0, None, 1, 2, 3]  # the tie at left 2: passage 2 first
    assert walk(nav, "right") == [3, 2, 1, 0]
    # numbered in the pane's own reading order, so walking either pane counts 1, 2, 3
    assert [nav.number["right"][li] for li in (3, 2, 1, 0)] == [1, 2, 3, 4]
    assert [nav.number["left"][li] for li in (0, 1, 2, 3)] == [1, 2, 3, 4]


def test_a_passage_with_gaps_is_visited_once() -> None:
    links = [Link((0, 2), (3,), 0.8), Link((3,), (0,), 0.7)]
    nav = Navigator(comparison(LEFT, RIGHT, links))
    assert walk(nav, "left") == [0, None, 1]
    assert nav.stops["left"][0].first == 0 and nav.stops["left"][0].last == 0
    assert nav.stop_of["left"][2] == 0  # a click on the second part selects the passage


async def test_j_visits_a_passage_that_shares_its_first_sentence() -> None:
    app = app_for(shared_pair())
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        seen = [screen.selected_link]
        for _ in range(4):
            await pilot.press("j")
            seen.append(screen.selected_link)
        assert seen == [0, None, 1, 2, 3]
        await pilot.press("tab")  # the right pane: its own reading order
        await pilot.press("g")
        seen = [screen.selected_link]
        for _ in range(3):
            await pilot.press("j")
            seen.append(screen.selected_link)
        assert seen == [3, 2, 1, 0]
        # one number a passage in every pane (the left's order), and where it stands in this one
        assert str(screen.query_one("#details").render()).startswith("Passage 1 of 4 (4th down the right)")
        for _ in range(3):
            await pilot.press("k")
        assert screen.selected_link == 3


async def test_keys_with_nothing_to_go_to_say_so() -> None:
    app = app_for(shared_pair())  # no conflicts; every right sentence has a partner
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        await pilot.press("c")
        assert screen.status == "No conflicts in this comparison."
        await pilot.press("j")
        assert screen.status == ""
        await pilot.press("C")
        assert screen.status == "No conflicts in this comparison."
        await pilot.press("tab", "u")
        assert "No one-sided sentences in the right article" in screen.status
        await pilot.press("n")
        assert screen.status.startswith("No search yet")
        await pilot.press("N")
        assert screen.status.startswith("No search yet")


async def test_search_ignores_accents_and_a_failed_search_clears_the_old_position() -> None:
    app = app_for(shared_pair())
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        await pilot.press("slash", *"pena nieto", "enter")
        assert len(screen.hits) == 1
        side, sid, start, end = screen.hits[0]
        assert screen.comparison is not None
        assert screen.comparison.document(side).sentences[sid].text[start:end] == "Peña Nieto"
        assert screen.status.startswith("Match 1 of 1")
        # which side and sentence: a match may be the other side of the passage shown
        assert f"{side} article, sentence {sid + 1}" in screen.status
        await pilot.press("slash")
        screen.query_one("#search", Input).value = ""
        await pilot.press(*"zzz", "enter")
        await pilot.pause()
        assert screen.hits == ()
        assert "Match" not in screen.status and "No match" in screen.status
        await pilot.press("n")
        assert "No match for" in screen.status


def test_counts_are_singular_for_one() -> None:
    c = comparison(LEFT, RIGHT, [Link((0,), (3,), 0.8)])
    text = str(summary_content(c))
    assert text.startswith("1 passage: ") and "0 discrepancies" in text
    c.links[0].relation = "conflict"
    c.links[0].differences = [Difference("day", "Monday", "Sunday", "day: Monday vs Sunday")]
    assert "1 discrepancy " in str(summary_content(c)) + " "


async def test_removed_text_count_is_singular_for_one() -> None:
    from tests.test_app_snapshots import fixed_comparison  # one removed stretch ("Share this story")

    c = fixed_comparison()
    assert len(c.left.removed) + len(c.right.removed) == 1
    app = ReaderApp("wire.txt", "paper.txt", comparison=c, remember=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.pause()
        assert app.main_screen.status == "Removed text shown (dimmed): 1 stretch."
        assert not app._notifications  # the status line says it: no toast over the text (ut44)


def test_details_number_a_passage_alike_in_both_panes() -> None:
    """A teacher's "look at passage 4" finds one passage, whichever pane has the focus (two
    user tests were sent to two places); the right pane adds its own reading order."""
    nav = Navigator(shared_pair())
    stop = nav.stops["right"][0]  # passage 4 by the left order, the first on the right
    assert str(details_content(nav, stop, KeyTable())).startswith("Passage 4 of 4 (1st down the right)")
    assert str(details_content(nav, stop, KeyTable(), compact=True)).startswith("Passage 4 of 4 ·")
    left = nav.stops["left"][-1]  # the same passage, from the left
    assert str(details_content(nav, left, KeyTable())).startswith("Passage 4 of 4 ·")


def test_counted_names_one_in_the_singular() -> None:
    assert counted(1, "stretch", "stretches") == "1 stretch"
    assert counted(2, "stretch", "stretches") == "2 stretches"
    assert counted(0, "passage") == "0 passages"


async def test_an_older_comparison_that_ends_late_is_not_shown() -> None:
    # a thread worker cannot be stopped: the first comparison, still running when a second
    # is asked for, ends after it and must not replace it (nor report its failure)
    import threading

    from textual.app import App, ComposeResult

    from reader.app import loading

    release = threading.Event()

    def slow_or_fast(left: str, right: str, progress: object = None, **_: object) -> tuple[str, list[str]]:
        if left == "old":
            release.wait(10)
        return f"{left} vs {right}", []

    shown: list[str] = []

    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield loading.LoadingPanel(id="panel")

    app = Host()
    original = loading.compare_and_lay_out
    loading.compare_and_lay_out = slow_or_fast  # type: ignore[assignment]
    try:
        async with app.run_test() as pilot:
            panel = app.query_one(loading.LoadingPanel)
            done = lambda c, *rest: shown.append(c)  # noqa: E731
            panel.start("old", "b", {}, done, shown.append)
            await pilot.pause(0.1)
            panel.start("new", "b", {}, done, shown.append)
            await pilot.pause(0.3)
            release.set()
            await app.workers.wait_for_complete()
            await pilot.pause(0.1)
    finally:
        loading.compare_and_lay_out = original  # type: ignore[assignment]
    assert shown == ["new vs b"]


async def test_j_at_the_end_and_k_at_the_top_say_so() -> None:
    app = app_for(shared_pair())
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        await pilot.press("g")
        first = screen.selected_link
        await pilot.press("k")
        assert screen.status == "Top of the left article." and screen.selected_link == first
        await pilot.press("G")
        last = screen.selected_link
        await pilot.press("j")
        assert screen.status == "End of the left article." and screen.selected_link == last
        await pilot.press("k")
        assert screen.status == "" and screen.selected_link != last


async def test_toggling_the_word_diff_says_so_on_the_status_line() -> None:
    from tests.test_app_snapshots import fixed_comparison

    app = ReaderApp("wire.txt", "paper.txt", comparison=fixed_comparison(), remember=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.screen
        before = screen.show_diff
        await pilot.press("w")
        await pilot.pause()
        assert screen.show_diff is not before
        # the status line says it until the next move, no toast over the right pane's text
        said = {True: "Word diff on: the words that differ are marked.", False: "Word diff off."}
        assert screen.status == said[screen.show_diff]
        await pilot.press("w")
        await pilot.pause()
        assert screen.show_diff is before and screen.status == said[before]


def test_a_passage_linked_by_its_place_says_so_not_score_zero() -> None:
    # a text in order pairs the sentences of a small gap between two links by their place
    left = ["The ferry left at dawn.", "He defended keeping the tolls.", "The crossing took an hour."]
    right = ["The ferry left at dawn.", "He argued for scrapping the tolls.", "The crossing took an hour."]
    c = comparison(left, right, [Link((0,), (0,), 1.0), Link((1,), (1,), 0.0), Link((2,), (2,), 1.0)])
    nav = Navigator(c)
    shown = str(details_content(nav, nav.stops["left"][1], KeyTable()))
    assert "linked by place, not words" in shown and "score 0.00" not in shown
    assert "Linked only by its place between two linked passages: read both" in shown
    # a passage the words link says how much of its words are the same
    assert "100% same words" in str(details_content(nav, nav.stops["left"][0], KeyTable()))
    md = to_markdown(c)
    assert "- linked by its place between two linked passages, not by its words: read both" in md


def test_a_passage_placed_by_order_but_told_in_the_same_words_says_how_many() -> None:
    # the rewrite changed one figure: the order links it (score 0), its words tell it too
    left = ["The ferry left at dawn.", "The trip could be four years in the making.", "It took an hour."]
    right = ["The ferry left at dawn.", "The trip could be eight years in the making.", "It took an hour."]
    c = comparison(left, right, [Link((0,), (0,), 1.0), Link((1,), (1,), 0.0), Link((2,), (2,), 1.0)])
    nav = Navigator(c)
    shown = str(details_content(nav, nav.stops["left"][1], KeyTable()))
    assert "by place" not in shown and "89% same words" in shown
    assert "by its place" not in to_markdown(c)


def test_the_markdown_names_each_passage_as_the_app_s_left_pane_does() -> None:
    """A passage read in the app ("Passage 3 of 4 ... left 3 ↔ right 2") is found in the
    Markdown by that number and those sentence numbers."""
    c = shared_pair()
    nav = Navigator(c)
    md = to_markdown(c)
    for li, link in enumerate(c.links):
        left = ", ".join(str(i + 1) for i in link.left)
        right = ", ".join(str(i + 1) for i in link.right)
        assert f"Passage {nav.number['left'][li]} · left {left} ↔ right {right}" in md


def test_a_small_terminal_shows_every_difference_of_a_passage_in_its_one_line() -> None:
    """Two rows of details: all differences in one line, each label once, not the first alone."""
    c = shared_pair()
    c.links[0].relation = "conflict"
    c.links[0].differences = [
        Difference(
            "quote", "devastating", "catastrophic", "quote worded two ways: “devastating” vs “catastrophic”"
        ),
        Difference("quote", "largest", "biggest", "quote worded two ways: “largest” vs “biggest”"),
    ]
    nav = Navigator(c)
    stop = nav.stops["left"][0]
    small = details_content(nav, stop, KeyTable(), compact=True).plain.split("\n")
    assert small[1] == "≠ quote worded two ways: “devastating” vs “catastrophic”, “largest” vs “biggest”"
    wide = details_content(nav, stop, KeyTable()).plain.split("\n")
    assert wide[1:3] == [
        "≠ quote worded two ways: “devastating” vs “catastrophic”",
        "≠ quote worded two ways: “largest” vs “biggest”",
    ]
