"""The whole report: one HTML file with its style and script inline, and a strict CSP.

The Content-Security-Policy allows exactly the one stylesheet and the one script that
this module writes (by their SHA-256), and nothing else: no network, no other inline
script or style, no event attributes, no ``javascript:`` addresses.  Even a mistake in
escaping could not make an article's text run.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib import resources

from reader.model import Comparison
from reader.report.article import column
from reader.report.marks import stops, text
from reader.report.parts import conflicts, keys_help, legend, reworded_passages, summary

GENERATOR = "reader (reader-comparison/1)"


@cache
def asset(filename: str) -> str:
    """The report's own stylesheet or script, shipped beside this module."""
    return (resources.files("reader.report") / filename).read_text(encoding="utf-8")


def _sha256(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def policy(style: str, script: str) -> str:
    """The Content-Security-Policy for a report with this style and script."""
    return (
        f"default-src 'none'; style-src '{_sha256(style)}'; script-src '{_sha256(script)}'; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )


def to_html(c: Comparison) -> str:
    """The comparison as one self-contained HTML page."""
    style, script = asset("report.css"), asset("report.js")
    title = " / ".join(c.titles())
    order = " ".join(stops(c))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{text(policy(style, script))}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f'<meta name="generator" content="{GENERATOR}">\n'
        f"<title>Comparison: {text(title)}</title>\n"
        f"<style>{style}</style>\n</head>\n"
        f'<body data-stops="{order}">\n'
        f'<header class="top"><h1>Comparison: {text(title)}</h1>'
        f"{summary(c)}{legend()}{keys_help()}</header>\n"
        f"<main>\n{conflicts(c)}\n{reworded_passages(c)}\n"
        f'<section id="articles" aria-label="the two articles">'
        f"{column(c, 'left')}{column(c, 'right')}</section>\n"
        "</main>\n"
        f'<footer class="foot">Made by {GENERATOR}. The article texts are quoted as extracted; '
        "nothing in this file loads anything from the network.</footer>\n"
        f"<script>{script}</script>\n</body>\n</html>\n"
    )
