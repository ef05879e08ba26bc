"""The development scorer's metrics (bench/news.py) on small hand-made exports and references.

The sentences are made up for these tests.  When the shared scorer is there, its count of
required checks must equal ours on the same export.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SHARED = ROOT.parent / "shared"
SHARED_SCORER = SHARED / "tools" / "score_comparison.py"

_spec = importlib.util.spec_from_file_location("bench_news", ROOT / "bench" / "news.py")
assert _spec is not None and _spec.loader is not None
news = importlib.util.module_from_spec(_spec)
sys.modules["bench_news"] = news
_spec.loader.exec_module(news)


def _side(texts: list[str]) -> dict[str, Any]:
    return {"sentences": [{"id": i, "text": t} for i, t in enumerate(texts)]}


LEFT = [
    "Storm Vela reached the coast of Ardmoor on Friday night.",  # 0
    "The storm left 1,200 homes without power, the utility said.",  # 1
    "Mayor Ilse Korrin closed the schools for two days.",  # 2
    "The harbour wall, built in 1911, was breached.",  # 3
    "Share this article",  # 4 (furniture)
    "Fishermen had moved their boats inland on Thursday.",  # 5
]
RIGHT = [
    "Storm Vela hit the Ardmoor coast late on Friday.",  # 0
    "About 1,500 homes lost power, according to the utility.",  # 1
    "Mayor Ilse Koryn shut schools until Tuesday.",  # 2
    "A century-old harbour wall gave way.",  # 3
    "Volunteers handed out blankets at the town hall.",  # 4
]

GOLD: dict[str, Any] = {
    "left": "l.txt",
    "right": "r.txt",
    "links_required": [
        {"left": "Storm Vela reached the coast", "right_any": ["Storm Vela hit the Ardmoor"]},
        {"left": "The storm left 1,200 homes", "right_any": ["About 1,500 homes lost"]},
        {"left": "Mayor Ilse Korrin closed", "right_any": ["Mayor Ilse Koryn shut"]},
    ],
    "links_allowed": [{"left": "The harbour wall, built", "right_any": ["A century-old harbour wall"]}],
    "unique_left": ["Fishermen had moved"],
    "unique_right": ["Volunteers handed out"],
    "discrepancies_required": [
        {
            "what": "homes without power",
            "left_sentence": "The storm left 1,200",
            "left_value": "1,200",
            "right_sentence": "About 1,500 homes",
            "right_value": "1,500",
        }
    ],
    "discrepancies_allowed": [
        {"what": "mayor's name", "left_sentence": "Mayor Ilse Korrin", "right_sentence": "Mayor Ilse Koryn"}
    ],
    "equivalent_not_discrepancies": [{"left": "friday night", "right": "late on friday"}],
    "boilerplate_left": ["Share this article"],
    "literal_text_must_render": [],
}


def _link(left: list[int], right: list[int], score: float, diffs: list[tuple[str, str]]) -> dict[str, Any]:
    return {
        "left": left,
        "right": right,
        "score": score,
        "relation": "conflict" if diffs else "shared",
        "differences": [{"kind": "number", "left": a, "right": b, "note": ""} for a, b in diffs],
    }


EXPORT: dict[str, Any] = {
    "format": "reader-comparison/1",
    "left": _side(LEFT),
    "right": _side(RIGHT),
    "links": [
        # required link, with a false alarm the reference calls equivalent
        _link([0], [0], 0.8, [("Friday night", "late on Friday")]),
        # required link with the required discrepancy
        _link([1], [1], 0.7, [("1,200", "1,500")]),
        # a passage of two left sentences: one allowed pair, one unrelated (the mayor)
        _link([2, 3], [3], 0.3, [("1911", "century-old")]),
        # an unrelated pair: the fishermen and the volunteers
        _link([5], [4], 0.05, []),
    ],
    "unique": {"left": [4], "right": [2]},
    "names": [
        {
            "left_sentence": 2,
            "right_sentence": 2,
            "kind": "spelling",
            "left": "Korrin",
            "right": "Koryn",
            "note": "name spelled two ways",
        }
    ],
}


def _score(export: dict[str, Any] = EXPORT, gold: dict[str, Any] = GOLD) -> dict[str, Any]:
    return news.score_pair(export, gold)


def test_link_precision_counts_sentence_pairs_of_passages() -> None:
    s = _score()
    # pairs: (0,0) ok, (1,1) ok, (2,3) no, (3,3) allowed, (5,4) no
    assert (s["allowed_pairs"], s["pred_pairs"]) == (3, 5)
    assert news.derived(s)["link_precision"] == pytest.approx(0.6)


def test_missed_required_links() -> None:
    s = _score()
    # the mayor's sentences are not linked to each other: (2,2) is not predicted
    assert (s["links_missed"], s["links_required"]) == (1, 3)
    e = copy.deepcopy(EXPORT)
    e["links"][2]["right"] = [2, 3]
    assert _score(e)["links_missed"] == 0


def test_checks_follow_the_reference_rules() -> None:
    checks = news.reference_checks(EXPORT, GOLD)
    by_group: dict[str, list[bool]] = {}
    for c in checks:
        if c.required:
            by_group.setdefault(c.group, []).append(c.passed)
    assert by_group["link"] == [True, True, False]
    assert by_group["precision"] == [False]  # 0.60 < 0.80
    # the fishermen and the volunteers are linked, so neither is unique
    assert by_group["unique"] == [False, False]
    assert by_group["discrepancy"] == [True]
    assert by_group["equivalent"] == [False]  # "Friday night" / "late on Friday" was flagged
    assert by_group["boilerplate"] == [False]  # "Share this article" is still a sentence
    s = _score()
    assert (s["checks_passed"], s["checks_total"]) == (3, 9)
    # the bonus check is not required and not counted
    assert [c.passed for c in checks if c.group == "bonus"] == [False]


def test_judging_flagged_differences() -> None:
    s = _score()
    judged = [(f["where"], f["left"], f["judged"]) for f in s["flags"]]
    assert judged == [
        ("link 0", "Friday night", "equivalent"),
        ("link 1", "1,200", "required"),
        ("link 2", "1911", "false"),  # on an allowed link, but not a discrepancy of the reference
        ("names", "Korrin", "allowed"),  # the document-level names list counts as flagged
    ]
    assert (s["flagged_true"], s["flagged"]) == (2, 4)
    assert news.derived(s)["disc_precision"] == pytest.approx(0.5)


def test_required_discrepancy_needs_its_values_not_only_its_sentences() -> None:
    e = copy.deepcopy(EXPORT)
    e["links"][1]["differences"] = [{"kind": "name", "left": "utility", "right": "the utility", "note": ""}]
    s = _score(e)
    assert s["disc_found"] == 0
    assert news.derived(s)["disc_recall"] == 0.0
    assert [f["judged"] for f in s["flags"] if f["where"] == "link 1"] == ["false"]


def test_equivalent_wins_over_an_allowed_sentence_pair() -> None:
    e = copy.deepcopy(EXPORT)
    e["names"] = []
    e["links"].append(_link([2], [2], 0.6, [("Friday night", "late on Friday")]))
    flags = _score(e)["flags"]
    assert flags[-1]["judged"] == "equivalent"


def test_totals_are_sums_of_counts() -> None:
    rows = [{"score": _score(), "ms": 10.0}, {"score": _score(), "ms": 30.0}]
    t = news.total(rows)
    assert (t["checks_passed"], t["checks_total"]) == (6, 18)
    assert t["link_precision"] == pytest.approx(0.6)
    assert t["disc_recall"] == pytest.approx(1.0)
    assert t["ms_median"] == pytest.approx(20.0)


def test_nothing_flagged_has_no_precision() -> None:
    e = copy.deepcopy(EXPORT)
    e["names"] = []
    for k in e["links"]:
        k["differences"] = []
    d = news.derived(_score(e))
    assert d["disc_precision"] is None
    assert d["disc_recall"] == 0.0


def _tool_score(export: dict[str, Any], gold: dict[str, Any], tmp_path: Path) -> tuple[int, int]:
    ep, gp = tmp_path / "export.json", tmp_path / "gold.json"
    ep.write_text(json.dumps(export), encoding="utf-8")
    gp.write_text(json.dumps(gold), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(SHARED_SCORER), str(ep), str(gp)], capture_output=True, text=True
    ).stdout
    line = next(x for x in out.splitlines() if x.startswith("score:"))
    passed, total = line.split()[1].split("/")
    return int(passed), int(total)


@pytest.mark.skipif(not SHARED_SCORER.is_file(), reason="no ../shared/tools/score_comparison.py")
def test_agrees_with_the_shared_scorer_on_a_hand_made_export(tmp_path: Path) -> None:
    s = _score()
    assert _tool_score(EXPORT, GOLD, tmp_path) == (s["checks_passed"], s["checks_total"])
    e = copy.deepcopy(EXPORT)
    e["links"][2:] = [_link([2], [2], 0.5, []), _link([3], [3], 0.4, [])]
    e["unique"] = {"left": [4, 5], "right": [4]}
    s = _score(e)
    assert (s["checks_passed"], s["checks_total"]) == (7, 9)
    assert _tool_score(e, GOLD, tmp_path) == (7, 9)


@pytest.mark.skipif(not SHARED_SCORER.is_file(), reason="no ../shared/tools/score_comparison.py")
def test_agrees_with_the_shared_scorer_on_the_bundled_pair(tmp_path: Path) -> None:
    import reader

    left, right, gold_path = (SHARED / p for p in news.BUNDLED)
    export = reader.to_dict(reader.compare_files(str(left), str(right)))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    s = news.score_pair(export, gold)
    assert _tool_score(export, gold, tmp_path) == (s["checks_passed"], s["checks_total"])
    assert news.official_score(SHARED_SCORER, export, gold_path) == (s["checks_passed"], s["checks_total"])
