"""The fast forms of the cleaner's searches find what the plain, case-blind ones find."""

from __future__ import annotations

import importlib

from reader.clean.lines import _Line

furniture = importlib.import_module("reader.clean.furniture")

LINES = [
    "SIGN UP for our Daily Digest",
    "Sign Up For The Weekly Briefing And Get The News To Your Inbox",
    "Click HERE to read more about the flood defences",
    "Save This Story",
    "The council urged residents to sign up for flood alerts on its website.",
    "Readers who want to know more can visit the library, the mayor said.",
    "ADVERTISEMENT",
    "Privacy Policy | Terms of Use",
    # letters a case-blind search matches to ASCII but lower() does not turn into it
    "ſign up for our newsletter",
    "Log İn to your account",
    "Sıgn up for alerts",
    # the Kelvin sign lower-cases to "k": "\u212aNOW" is "know" both ways
    "Let us \u212aNOW what you think",
]


def _plain_kind_search(text: str) -> tuple[str, int] | None:
    """The first furniture pattern (in order) that the case-blind pattern finds, and where."""
    for reason, pattern in furniture._FURNITURE:
        m = pattern.search(text)
        if m:
            return reason, m.start()
    return None


def test_lower_case_patterns_find_what_the_case_blind_ones_find() -> None:
    for text in LINES:
        low = text.lower()
        for reason, pattern in furniture._FURNITURE:
            blind = pattern.search(text)
            if furniture.lowered_exact(text):
                fast = furniture._FURNITURE_LOWER[reason].search(low)
                assert (fast and fast.span()) == (blind and blind.span()), (text, reason)


def test_kind_takes_the_first_pattern_that_matches_the_line() -> None:
    for text in LINES:
        reason, _ = furniture._kind(_Line(0, len(text), text, False))
        plain = _plain_kind_search(text)
        if plain is None:
            assert reason == ""
        elif reason:
            assert reason == plain[0], text
