"""The credit line of an embedded tweet, glued to the sentence after it.

A page that embeds a post from X/Twitter shows the post's text, then its credit: a dash, the
account's display name, its handle in brackets and the day ("— Jane Roe (@janeroe) July 9,
2020"), often after the post's own links ("pic.twitter.com/Ab12", "https://t.co/xY9").  Pasted
as text, the credit runs into the story's next sentence ("... Great news for America! — Donald
J. Trump (@realDonaldTrump) December 15, 2018 Texas Attorney General Ken Paxton said ...").
The post's text is kept (it is what someone wrote, often quoted); the links and the credit are
cut, so the next sentence starts on its own.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_CREDIT = re.compile(
    # the post's links just before the credit
    r"(?:(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)\s*)*"
    # a dash, the display name (no bracket, at most some 50 characters), the handle, the day
    rf"[—–-]{{1,2}}\s*[^\s()—–][^()\n—–]{{0,50}}?\s*\(@\w{{1,15}}\)\s*{_MONTH}\s*\d{{1,2}},\s*\d{{4}}"
)


def tweet_credits(text: str) -> list[tuple[int, int, str]]:
    """The spans of embedded tweets' links and credits in one line of ``text``."""
    if "(@" not in text:
        return []  # the handle in brackets: no credit without it (a cheap test first)
    return [(m.start(), m.end(), "embedded post credit") for m in _CREDIT.finditer(text)]
