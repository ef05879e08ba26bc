"""Small gaps between two links of a text in order pair up by their place (a verse in other
words sits between the same neighbours), but in an article's rewrite a sentence cut and one
added in its place are two sentences, not one: reader.align.select._gap_pairs."""

from __future__ import annotations

from dataclasses import replace

import reader
from reader.align import DEFAULTS

ORIGINAL = [
    "The harbour board met on Monday to discuss the new ferry timetable for the summer.",
    "Members agreed that the early crossing would leave at six in the morning from May.",
    "The late crossing will leave at ten at night, the chairwoman told reporters.",
    "Fares for the summer season will stay at the level set by the board last year.",
    "Cyclists will board first, followed by cars and then the freight lorries.",
    "The Coastal Gazette also chimed in with an editorial calling the plan a harbour farce.",
    "A new waiting room with a café is due to open at the pier in late June.",
    "Dredging of the channel will close the north berth for three weeks in April.",
    "Islanders asked for a mid-afternoon sailing on market days, which was refused.",
    "The timetable will be reviewed again in October after the tourist season.",
    "The board thanked the crews for keeping the service running through the storms.",
]


# the rewrite cuts the editorial and adds a sentence of its own where it was
REWRITE = [*ORIGINAL[:5], "A board spokeswoman said no rise in fares was planned this year.", *ORIGINAL[6:]]


def _linked(
    left: list[str], right: list[str], **settings: float
) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    c = reader.compare("\n\n".join(left), "\n\n".join(right), settings=replace(DEFAULTS, **settings))
    return sorted((k.left, k.right) for k in c.links)


def test_a_sentence_cut_and_another_added_in_its_place_stay_apart() -> None:
    links = _linked(ORIGINAL, REWRITE)
    assert ((5,), (5,)) not in links  # both one-sided: the cut and the addition show
    assert ((4,), (4,)) in links and ((6,), (6,)) in links
    # the near miss: the same sentence in other words between the same neighbours still pairs
    reworded = [
        *ORIGINAL[:5],
        "An editorial in the Coastal Gazette called the whole plan a farce.",
        *ORIGINAL[6:],
    ]
    assert ((5,), (5,)) in _linked(ORIGINAL, reworded)


def test_a_long_text_in_order_pairs_its_gaps_by_place_alone() -> None:
    # the rule is off (0), as for a book in two translations: the place pairs them
    assert ((5,), (5,)) in _linked(ORIGINAL, REWRITE, gap_shared_word_up_to=0)


def test_a_paragraph_a_rewrite_moved_and_reworded_is_still_linked() -> None:
    moved = "The Gazette weighed in too, with an editorial that called the plan a farce."  # cosine 0.62
    rewrite = [*ORIGINAL[:2], moved, *ORIGINAL[2:5], *ORIGINAL[6:]]
    assert ((5,), (2,)) in _linked(ORIGINAL, rewrite)


def test_a_pair_between_two_links_of_its_offset_is_kept_whatever_its_window_says() -> None:
    """A rewrite that cut sentences here and there leaves few votes at any one offset in the
    support window; the links just before and after a pair still say where it is (a figure
    changed in a kept sentence: "at least 118 times" / "at least 81 times", linked, and so shown)."""
    import numpy as np

    from reader.align.score import between_neighbours

    # candidate pairs (left, right): 0-0 and 3-2 kept (offsets 0 and -1); 1-1 and 2-1 doubtful
    li = np.array([0, 1, 2, 3, 5, 4])
    ri = np.array([0, 1, 1, 2, 9, 3])
    kept = {0, 3}
    # 1-1 (offset 0) sits between links of offset 0 and -1; 2-1 (offset -1) too
    assert between_neighbours(li, ri, kept, {1, 2}, slack=1) == {1, 2}
    # a pair far off the neighbours' offset (5-9: +4), or past the last link (4-3), stays out
    assert between_neighbours(li, ri, kept | {4}, {5}, slack=1) == set()
    assert between_neighbours(li, ri, kept, {4}, slack=1) == set()
    # the right sentence must sit between the neighbours' right sentences too
    assert between_neighbours(np.array([0, 1, 2]), np.array([5, 4, 6]), {0, 2}, {1}, slack=1) == set()


def test_a_paragraph_moved_far_and_reworded_is_linked_when_each_is_the_others_best() -> None:
    """A rewrite moves a paragraph and rewords it so far that its cosine is below
    ``moved_cosine_min``: the two sentences are still each other's best partner and share words
    beside names, so they are one sentence moved (a figure changed in it would go unseen)."""
    rest = [*ORIGINAL[:7], *ORIGINAL[8:]]
    for moved in (
        "The north berth will be out of use for most of April while the channel is deepened.",
        "Ships cannot use the north berth for three weeks in spring during dredging work.",
    ):
        for at in (1, 3, 9):
            rewrite = [*rest[:at], moved, *rest[at:]]
            assert ((7,), (at,)) in _linked(ORIGINAL, rewrite)
            # the rule off: the moved paragraph shows as cut and added
            assert ((7,), (at,)) not in _linked(ORIGINAL, rewrite, moved_pair_cosine_min=0)


def test_a_sentence_merged_into_a_moved_pair_joins_it_but_a_taken_sentence_does_not() -> None:
    import numpy as np

    from reader.align.score import Scores
    from reader.align.select import _moved_pairs

    # candidates (left, right): 10-3 each other's best (0.53); 9-3 the best of left 9 only (0.49);
    # 8-3 the best of left 8, which is linked already (8-8); 2-7 weak (0.2)
    li = np.array([2, 8, 8, 9, 10])
    ri = np.array([7, 3, 8, 3, 3])
    cos = np.array([0.2, 0.3, 0.9, 0.49, 0.53])
    eff = np.array([0.2, 0.4, 0.9, 0.5, 0.55])
    scores = Scores(li, ri, cos, cos, eff)
    kept = {2}
    assert _moved_pairs(scores, {0, 1, 3, 4}, kept, DEFAULTS) == {3, 4}
    # without the mutual pair nothing joins
    assert _moved_pairs(scores, {0, 1, 3}, kept, DEFAULTS) == set()
    assert _moved_pairs(scores, {0, 1, 3, 4}, kept, replace(DEFAULTS, moved_pair_cosine_min=0)) == set()
