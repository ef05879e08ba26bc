"""Measure article extractors on the test pages against gold.json (the numbers in docs/web.md).

    .venv/bin/pip install readability-lxml     # the peer; not a dependency of reader
    .venv/bin/python tests/data/web/measure_extractors.py

For each page: how many of the article's paragraphs come out (recall), how many furniture
strings leak in (menus, banners, ads, related links, comments, paywall teasers), and how
many of title, author, date and outlet are right.  Times are the median of 5 runs.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent
Result = tuple[str, dict[str, str | None]]


def _trafilatura(precision: bool) -> Callable[[str], Result]:
    import trafilatura

    def run(html: str) -> Result:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=precision
        )
        meta = {"title": doc.title, "author": doc.author, "date": doc.date, "outlet": doc.sitename}
        return doc.text or "", meta

    return run


def _readability(html: str) -> Result:
    import lxml.html
    from readability import Document

    doc = Document(html)
    text = lxml.html.fromstring(doc.summary()).text_content()  # all of what it keeps, as text
    return text, {"title": doc.short_title(), "author": None, "date": None, "outlet": None}


def measure(run: Callable[[str], Result], gold: dict, leaks: list[str]) -> dict[str, float]:
    found = paragraphs = leaked = furniture = meta_ok = times = 0.0
    for page, want in gold.items():
        html = (HERE / page).read_text(encoding="utf-8")
        spent = []
        for _ in range(5):
            t0 = time.perf_counter()
            text, meta = run(html)
            spent.append(time.perf_counter() - t0)
        times += statistics.median(spent)
        flat = " ".join(text.split())
        found += sum(start in flat for start in want["article"])
        paragraphs += len(want["article"])
        leaks += [f"{page}: {f}" for f in want["furniture"] if f in flat]
        leaked += sum(f in flat for f in want["furniture"])
        furniture += len(want["furniture"])
        meta_ok += sum(meta[k] == want[k] for k in ("title", "author", "date", "outlet"))
    return {
        "paragraphs": found / paragraphs,
        "leaked": leaked,
        "furniture": furniture,
        "metadata": meta_ok / (4 * len(gold)),
        "ms": 1000 * times / len(gold),
    }


def main() -> None:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))["pages"]
    runs = {
        "trafilatura, favor_precision (reader's settings)": _trafilatura(True),
        "trafilatura, defaults": _trafilatura(False),
        "readability-lxml": _readability,
    }
    print(f"{len(gold)} pages; {sum(len(g['article']) for g in gold.values())} article paragraphs")
    print("| extractor | article paragraphs kept | furniture leaked | metadata right | ms a page |")
    print("|---|---|---|---|---|")
    leaks: dict[str, list[str]] = {}
    for name, run in runs.items():
        m = measure(run, gold, leaks.setdefault(name, []))
        print(
            f"| {name} | {m['paragraphs']:.0%} | {m['leaked']:.0f} of {m['furniture']:.0f} "
            f"| {m['metadata']:.0%} | {m['ms']:.1f} |"
        )
    for name, found in leaks.items():
        print(f"\n{name} leaked: {'; '.join(found) or 'nothing'}")


if __name__ == "__main__":
    main()
