"""Check an export against a hand-made reference comparison (anchors, not ids).

The project's own version of the reference check, so the test suite does not depend on
files outside the repository.  A reference names every sentence by a short exact
substring ("anchor"); see ``tests/gold-nsa-france-mexico.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


def _fold(s: str) -> str:
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    passed: bool
    required: bool
    group: str  # links | unique | discrepancy | equivalent | boilerplate | literal | precision


class _Anchors:
    """Sentence ids of an export found by the reference's anchors (folded substrings)."""

    def __init__(self, export: dict[str, Any]) -> None:
        self.sides = {
            side: {s["id"]: _fold(s["text"]) for s in export[side]["sentences"]} for side in ("left", "right")
        }

    def ids(self, side: str, anchor: str) -> set[int]:
        a = _fold(anchor)
        return {i for i, t in self.sides[side].items() if a in t}

    def right_any(self, anchors: list[str]) -> set[int]:
        out: set[int] = set()
        for a in anchors:
            out |= self.ids("right", a)
        return out


def check(export: dict[str, Any], gold: dict[str, Any]) -> list[Check]:
    """Every check of the reference, passed or not (the shared scorer's rules, one for one)."""
    found = _Anchors(export)
    links = export.get("links", [])
    pairs = {(a, b) for k in links for a in k["left"] for b in k["right"]}
    diffs = [
        (set(k["left"]), set(k["right"]), _fold(d.get("left", "")), _fold(d.get("right", "")))
        for k in links
        for d in k.get("differences", [])
    ]
    out = _link_checks(found, gold, pairs, export.get("unique", {}))
    out += _discrepancy_checks(found, gold, diffs)
    for a in gold["boilerplate_left"]:
        out.append(Check(f"boilerplate removed: {a[:40]!r}", not found.ids("left", a), True, "boilerplate"))
    for a in gold["literal_text_must_render"]:
        out.append(Check(f"literal kept: {a}", bool(found.ids("left", a)), True, "literal"))
    return out


def _link_checks(
    found: _Anchors, gold: dict[str, Any], pairs: set[tuple[int, int]], unique: dict[str, list[int]]
) -> list[Check]:
    out: list[Check] = []
    allowed: set[tuple[int, int]] = set()
    for key in ("links_required", "links_allowed"):
        for e in gold[key]:
            allowed |= {(a, b) for a in found.ids("left", e["left"]) for b in found.right_any(e["right_any"])}
    for e in gold["links_required"]:
        L, R = found.ids("left", e["left"]), found.right_any(e["right_any"])
        ok = bool(L and R) and any((a, b) in pairs for a in L for b in R)
        out.append(Check(f"link: {e['left'][:48]!r}", ok, True, "links"))
    prec = len(pairs & allowed) / len(pairs) if pairs else 0.0
    out.append(Check(f"link precision {prec:.2f} >= 0.80", prec >= 0.80, True, "precision"))
    for side in ("left", "right"):
        linked = {p[0] if side == "left" else p[1] for p in pairs}
        for a in gold[f"unique_{side}"]:
            ids_ = found.ids(side, a)
            ok = bool(ids_) and not (ids_ & linked) and ids_ <= set(unique.get(side, []))
            out.append(Check(f"unique {side}: {a[:48]!r}", ok, True, "unique"))
    return out


Diff = tuple[set[int], set[int], str, str]


def _discrepancy_checks(found: _Anchors, gold: dict[str, Any], diffs: list[Diff]) -> list[Check]:
    def overlaps(a: str, b: str) -> bool:
        return bool(a and b and (a in b or b in a))

    out: list[Check] = []
    for d in gold["discrepancies_required"]:
        L, R = found.ids("left", d["left_sentence"]), found.ids("right", d["right_sentence"])
        lv, rv = _fold(d["left_value"]), _fold(d["right_value"])
        ok = any((ls & L) and (rs & R) and overlaps(lv, dl) and overlaps(rv, dr) for ls, rs, dl, dr in diffs)
        out.append(Check(f"discrepancy: {d['what']}", ok, True, "discrepancy"))
    for d in gold.get("discrepancies_allowed", []):
        L, R = found.ids("left", d["left_sentence"]), found.ids("right", d["right_sentence"])
        ok = any((ls & L) and (rs & R) for ls, rs, _, _ in diffs)
        out.append(Check(f"bonus discrepancy: {d['what']}", ok, False, "discrepancy"))
    for e in gold["equivalent_not_discrepancies"]:
        lv, rv = _fold(e["left"]), _fold(e["right"])
        bad = [x for x in diffs if lv in x[2] and rv in x[3]]
        out.append(Check(f"not a discrepancy: {e['left']!r} vs {e['right']!r}", not bad, True, "equivalent"))
    return out


def failures(checks: list[Check]) -> list[str]:
    """Names of the required checks that failed: what a test should report."""
    return [c.name for c in checks if c.required and not c.passed]
