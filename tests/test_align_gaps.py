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
