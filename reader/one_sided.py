"""The one-sided details a passage keeps: each once, and none the other side tells in another
case or spacing.

A link lists the facts only one side states ("only left: Sea Micro").  A capitalised word the
other side writes in lower case ("Weeks 14-16" / "weeks 14 to 16", "Legislature" /
"legislature"), a name written in one word or two ("Sea Micro" / "SeaMicro"), or written whole
where the detail's fact is read inside a longer one ("Twenty-year-old Andrew Lopez" / "Andrew
Lopez") is told by both: no detail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.model import Document


def kept_details(details: list[str], other: Document, ids: Sequence[int]) -> list[str]:
    """One side's details, each once (two sentences of a passage may tell one alike: "guilty",
    "guilty"), less a word it capitalises that the other side's passage writes in lower case
    ("Weeks 14-16" / "weeks 14 to 16") or a name it writes in one word or two ("Sea Micro" /
    "SeaMicro"): told by both."""
    details = list(dict.fromkeys(details))
    if not any(x[:1].isupper() for x in details):
        return details  # the common case: nothing capitalised to look for
    text = " ".join(other.sentences[i].text for i in ids)
    return [x for x in details if not (x[:1].isupper() and _told_otherwise(x, text))]


def _told_otherwise(name: str, text: str) -> bool:
    """Does ``text`` write ``name`` as a word of its own: as it is, in lower case, in one word
    ("Sea Micro": "SeaMicro"), or in two ("SeaMicro": "Sea Micro")?  A substring's look first;
    a word's bounds only then."""
    forms = [(name, text), (name.lower(), text)]
    if " " in name:
        forms.append((name.replace(" ", "").lower(), text.lower()))
    forms += [
        (f"{name[:k]} {name[k:]}", text)
        for k in range(1, len(name))
        if name[k].isupper() and name[k - 1].islower()
    ]
    return any(
        f in where and re.search(rf"(?<![\w'’-]){re.escape(f)}(?![\w'’-])", where) is not None
        for f, where in forms
    )
