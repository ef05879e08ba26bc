"""Render the HTML report of the two test pages to screenshots/report.png, for the README.

    .venv/bin/python screenshots/report.py [--out screenshots/report.png]

Compares tests/data/web/ledger-bridge.html with wire-bridge.html (two pages written in the
styles of a British daily and a wire service), writes the report, opens it in Debian's
headless chromium through Playwright (no browser download), clicks the first conflict's
sentence so its partner is highlighted, and saves a PNG.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "data" / "web"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "screenshots" / "report.png"))
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=1000)
    args = ap.parse_args()
    browser_path = chromium()
    if browser_path is None:
        print("no chromium found: apt-get install chromium", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    from reader.export import render
    from reader.pipeline import compare_files

    os.chdir(ROOT)  # the report names the pages as a user in the checkout would
    c = compare_files("tests/data/web/ledger-bridge.html", "tests/data/web/wire-bridge.html")
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        report.write_text(render(c, "html"), encoding="utf-8")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=browser_path, args=FLAGS)
            page = browser.new_page(viewport={"width": args.width, "height": args.height})
            page.goto(report.as_uri())
            page.locator("#left .s.conflict").first.click()
            page.screenshot(path=args.out)
            browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
