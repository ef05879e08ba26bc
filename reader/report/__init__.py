"""The HTML report: a comparison as one self-contained page to share (``-o report.html``).

Two articles side by side in the role colours of the app's colour-blind theme, with its
marks (= both, ! disagree, + one side) so no role is told by hue alone; the conflicts at
the top with their notes and the differing spans marked; click a sentence (or press
j/k/c) and its partner scrolls into view, highlighted.  It reads without JavaScript and
prints.  Modules: ``marks`` (roles, escaping), ``parts`` (summary, legend, conflicts),
``article`` (one column), ``page`` (the file, its CSP); style and script are the
``report.css`` and ``report.js`` beside them, inlined.
"""

from __future__ import annotations

from reader.report.page import policy, to_html

__all__ = ["policy", "to_html"]
