"""The HTML report in a real browser: Debian's chromium, headless, driven by Playwright.

Playwright's Python package drives the installed chromium through ``executable_path``;
no browser is downloaded.  Where no chromium is installed the tests are skipped, and say
why (.ci/run installs it, so CI runs them).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reader.pipeline import compare_files
from reader.report import to_html
from screenshots.report import FLAGS  # how chromium runs offline: one list for both

PAGES = Path(__file__).parent / "data" / "web"
CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium installed (apt-get install chromium); .ci/run installs it"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="the playwright package is missing (pip install -e '.[dev]')"
    )
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def _open(browser: Any, html: str, tmp_path: Path) -> tuple[Any, list[str]]:
    report = tmp_path / "report.html"
    report.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1200, "height": 700})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (problems.append("dialog: " + d.message), d.dismiss()))
    page.on("request", lambda r: problems.append(r.url) if not r.url.startswith("file:") else None)
    page.goto(report.as_uri())
    return page, problems


def _in_view(page: Any, selector: str) -> bool:
    """The element is inside its scrolling column and inside the window."""
    return bool(
        page.eval_on_selector(
            selector,
            """el => {
                const r = el.getBoundingClientRect();
                const b = el.closest('.body').getBoundingClientRect();
                return r.top >= b.top - 1 && r.bottom <= b.bottom + 1
                    && r.top >= 0 && r.bottom <= innerHeight;
            }""",
        )
    )


def test_click_a_sentence_and_its_partner_scrolls_into_view_highlighted(browser: Any, tmp_path: Path) -> None:
    c = compare_files(PAGES / "ledger-bridge.html", PAGES / "wire-bridge.html")
    page, problems = _open(browser, to_html(c), tmp_path)
    link = next(k for k in c.links if k.left[0] >= 10)  # a passage near the end
    left, right = f"#L{link.left[0]}", f"#R{link.right[0]}"
    page.eval_on_selector("#right-body", "b => { b.scrollTop = 0; }")
    page.eval_on_selector("#left-body", "b => { b.scrollTop = b.scrollHeight; }")
    assert not _in_view(page, right)
    page.click(left)
    assert "sel" in page.get_attribute(right, "class").split()
    assert _in_view(page, right)
    assert "sel" in page.get_attribute(left, "class").split()
    assert problems == []
    page.close()


def test_keys_walk_passages_and_conflicts(browser: Any, tmp_path: Path) -> None:
    c = compare_files(PAGES / "ledger-bridge.html", PAGES / "wire-bridge.html")
    page, problems = _open(browser, to_html(c), tmp_path)
    page.keyboard.press("c")
    conflict = next(k for k in c.links if k.relation == "conflict")
    assert "sel" in page.get_attribute(f"#L{conflict.left[0]}", "class").split()
    assert "sel" in page.get_attribute(f"#R{conflict.right[0]}", "class").split()
    page.keyboard.press("j")
    assert "sel" not in page.get_attribute(f"#L{conflict.left[0]}", "class").split()
    assert page.locator(".s.sel").count() >= 2
    page.keyboard.press("k")
    assert "sel" in page.get_attribute(f"#L{conflict.left[0]}", "class").split()
    assert problems == []
    page.close()


def test_a_hostile_page_runs_nothing_in_the_browser(browser: Any, tmp_path: Path) -> None:
    c = compare_files(PAGES / "hostile.html", PAGES / "ledger-bridge.html")
    page, problems = _open(browser, to_html(c), tmp_path)
    page.click("#L2")
    page.hover("#L4")
    assert page.title().startswith("Comparison: Council approves harbour budget")
    assert page.eval_on_selector("body", "b => getComputedStyle(b).display") == "block"
    assert problems == []
    page.close()
