"""Development scorer on real news: every reference in ``<data>/news/gold`` plus the bundled pair.

One command::

    .venv/bin/python bench/news.py --data ../shared                 # about 15 s
    .venv/bin/python bench/news.py --data ../shared --verbose       # every failed check and false flag
    .venv/bin/python bench/news.py --data ../shared --json out.json

For each pair the library compares the two files (``reader.compare_files``), the result is
turned into the JSON export (``reader.to_dict``) and scored against the hand-made reference.
Texts are read in place; nothing from ``../shared`` is copied into the repository.

Definitions (per file, and in total as sums of the counts, i.e. micro averages):

* **checks**: required checks passed / required checks, exactly as
  ``shared/tools/score_comparison.py`` counts them (``reference_checks`` is a line-for-line
  copy of its rules; when the tool is there, each pair is also scored by the tool itself,
  imported by path, and the table says whether the two counts agree).
* **link P**: predicted sentence pairs the reference allows / all predicted sentence pairs.
  A link of m left and n right sentences is m*n pairs; "allowed" = the union over
  ``links_required`` and ``links_allowed`` of (left anchor ids) x (ids of any right anchor),
  the scorer's own set.
* **missed links**: entries of ``links_required`` none of whose sentence pairs is predicted.
* **flagged differences**: every difference the export shows: each entry of
  ``links[].differences`` (its sentences are the link's sentences) and each entry of the
  document-level ``names`` list (one sentence a side).  All of them are conflicts to the user
  (a link with any difference is a "conflict").
* A flagged difference **is a discrepancy of the reference** when it matches
  a ``discrepancies_required`` entry the way the scorer matches one (its sentences include an
  id of each anchor and each value overlaps the entry's value: one is a substring of the
  other, folded), or a ``discrepancies_allowed`` entry the way the scorer matches those (its
  sentences include an id of each anchor; allowed entries carry no values, so this is
  generous).  A difference that matches an ``equivalent_not_discrepancies`` entry (the
  scorer's rule: both of its values are substrings of the difference's) is never one, even on
  an allowed sentence pair: the reference says so explicitly.  The reference has no other
  "forbidden" list; every other difference is a false alarm.
* **disc P** = flagged differences that are discrepancies of the reference / all flagged.
  Shown as "-" when nothing is flagged (the control pairs then count as perfect in the total,
  which is a micro average over flagged differences).
* **disc R** = ``discrepancies_required`` entries matched by at least one flagged
  difference / all of them.  Only link differences can match here, as in the scorer (it does
  not read ``names``), so found R equals the scorer's passed discrepancy checks.
* **ms**: the library call ``compare_files(left, right)`` alone, warm: one untimed call,
  then the median of ``--runs`` (default 5) timed calls (wall time, the issue's measure).
  **cpu ms** is the median CPU time of the same calls: on a machine shared with other work
  wall time is inflated, CPU time much less; the load average is printed and kept.

The JSON keeps, per pair, every check with its outcome and every predicted link with its
score and how many of its sentence pairs the reference allows, so thresholds and failure
classes can be studied without rerunning the comparison.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.util
import io
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))

Json = dict[str, Any]

BUNDLED = ("seeds/000_312fc3f17c134feb.txt", "seeds/003_bed1acd151ca1a35.txt", "gold/nsa-france-mexico.json")

# the targets for the development set
T_CHECKS_TOTAL = 0.95
T_CHECKS_FILE = 0.90
T_LINK_P = 0.90
T_DISC_P = 0.90
T_DISC_R = 0.80
T_MS = 50.0


# ---------------------------------------------------------------------------------------
# the reference's rules


def fold(s: str) -> str:
    """The scorer's folding: curly quotes to straight, runs of space to one, lower case."""
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


def overlaps(a: str, b: str) -> bool:
    return bool(a and b and (a in b or b in a))


class Anchors:
    """Sentence ids of an export found by anchors (folded substrings), as the scorer does."""

    def __init__(self, export: Json) -> None:
        self.sides = {
            side: {int(s["id"]): fold(s["text"]) for s in export[side]["sentences"]}
            for side in ("left", "right")
        }

    def ids(self, side: str, anchor: str) -> set[int]:
        a = fold(anchor)
        return {i for i, t in self.sides[side].items() if a in t}

    def ids_any(self, side: str, anchors: list[str]) -> set[int]:
        out: set[int] = set()
        for a in anchors:
            out |= self.ids(side, a)
        return out


def predicted_pairs(export: Json) -> set[tuple[int, int]]:
    return {(int(a), int(b)) for k in export.get("links", []) for a in k["left"] for b in k["right"]}


def allowed_pairs(export: Json, gold: Json, anchors: Anchors | None = None) -> set[tuple[int, int]]:
    an = anchors or Anchors(export)
    out: set[tuple[int, int]] = set()
    for key in ("links_required", "links_allowed"):
        for e in gold[key]:
            out |= {(a, b) for a in an.ids("left", e["left"]) for b in an.ids_any("right", e["right_any"])}
    return out


@dataclass(slots=True)
class Check:
    name: str
    passed: bool
    required: bool
    group: str  # link | precision | unique | discrepancy | bonus | equivalent | boilerplate | literal
    entry: Json = field(default_factory=dict)  # the reference entry it comes from


def _link_diffs(export: Json) -> list[tuple[set[int], set[int], str, str]]:
    return [
        (
            {int(i) for i in k["left"]},
            {int(i) for i in k["right"]},
            fold(d.get("left", "")),
            fold(d.get("right", "")),
        )
        for k in export.get("links", [])
        for d in k.get("differences", [])
    ]


def reference_checks(export: Json, gold: Json) -> list[Check]:
    """Every check of ``score_comparison.py``, in its order, with its pass rule."""
    an = Anchors(export)
    pairs = predicted_pairs(export)
    allowed = allowed_pairs(export, gold, an)
    out: list[Check] = []
    for e in gold["links_required"]:
        L, R = an.ids("left", e["left"]), an.ids_any("right", e["right_any"])
        ok = bool(L and R) and any((a, b) in pairs for a in L for b in R)
        out.append(Check(f"link: {e['left'][:48]!r}", ok, True, "link", e))
    n_ok = len(pairs & allowed)
    prec = n_ok / len(pairs) if pairs else 0.0
    out.append(
        Check(
            f"link precision {prec:.2f} >= 0.80 ({n_ok}/{len(pairs)} sentence pairs allowed)",
            prec >= 0.80,
            True,
            "precision",
        )
    )
    uniq = export.get("unique", {"left": [], "right": []})
    for side in ("left", "right"):
        linked = {p[0] if side == "left" else p[1] for p in pairs}
        for a in gold[f"unique_{side}"]:
            ids = an.ids(side, a)
            ok = bool(ids) and not (ids & linked) and ids <= {int(i) for i in uniq.get(side, [])}
            out.append(Check(f"unique {side}: {a[:48]!r}", ok, True, "unique", {"anchor": a, "side": side}))
    diffs = _link_diffs(export)
    for d in gold["discrepancies_required"]:
        L, R = an.ids("left", d["left_sentence"]), an.ids("right", d["right_sentence"])
        lv, rv = fold(d["left_value"]), fold(d["right_value"])
        ok = any((ls & L) and (rs & R) and overlaps(lv, dl) and overlaps(rv, dr) for ls, rs, dl, dr in diffs)
        out.append(
            Check(
                f"discrepancy: {d['what']} ({d['left_value']} / {d['right_value']})",
                ok,
                True,
                "discrepancy",
                d,
            )
        )
    for d in gold.get("discrepancies_allowed", []):
        L, R = an.ids("left", d["left_sentence"]), an.ids("right", d["right_sentence"])
        ok = any((ls & L) and (rs & R) for ls, rs, _, _ in diffs)
        out.append(Check(f"bonus discrepancy: {d['what']}", ok, False, "bonus", d))
    for e in gold["equivalent_not_discrepancies"]:
        lv, rv = fold(e["left"]), fold(e["right"])
        bad = any(lv in x[2] and rv in x[3] for x in diffs)
        out.append(
            Check(f"not a discrepancy: {e['left']!r} vs {e['right']!r}", not bad, True, "equivalent", e)
        )
    for a in gold["boilerplate_left"]:
        out.append(
            Check(
                f"boilerplate removed: {a[:40]!r}", not an.ids("left", a), True, "boilerplate", {"anchor": a}
            )
        )
    for a in gold["literal_text_must_render"]:
        out.append(Check(f"literal kept: {a}", bool(an.ids("left", a)), True, "literal", {"anchor": a}))
    return out


# ---------------------------------------------------------------------------------------
# the development metrics


def flagged_differences(export: Json) -> list[Json]:
    """Every difference the export shows, with the sentence ids it is shown on."""
    out: list[Json] = []
    for n, k in enumerate(export.get("links", [])):
        for d in k.get("differences", []):
            out.append(
                {
                    "where": f"link {n}",
                    "left_ids": sorted(int(i) for i in k["left"]),
                    "right_ids": sorted(int(i) for i in k["right"]),
                    "kind": d.get("kind", ""),
                    "left": d.get("left", ""),
                    "right": d.get("right", ""),
                    "score": k.get("score"),
                }
            )
    for d in export.get("names", []):
        out.append(
            {
                "where": "names",
                "left_ids": [int(d["left_sentence"])],
                "right_ids": [int(d["right_sentence"])],
                "kind": d.get("kind", ""),
                "left": d.get("left", ""),
                "right": d.get("right", ""),
                "score": None,
            }
        )
    return out


def judge_difference(flag: Json, gold: Json, anchors: Anchors) -> str:
    """'required', 'allowed', 'equivalent' (named a non-discrepancy) or 'false'."""
    L, R = set(flag["left_ids"]), set(flag["right_ids"])
    dl, dr = fold(flag["left"]), fold(flag["right"])
    for e in gold["equivalent_not_discrepancies"]:
        if fold(e["left"]) in dl and fold(e["right"]) in dr:
            return "equivalent"
    for d in gold["discrepancies_required"]:
        if (
            L & anchors.ids("left", d["left_sentence"])
            and R & anchors.ids("right", d["right_sentence"])
            and overlaps(fold(d["left_value"]), dl)
            and overlaps(fold(d["right_value"]), dr)
        ):
            return "required"
    for d in gold.get("discrepancies_allowed", []):
        if L & anchors.ids("left", d["left_sentence"]) and R & anchors.ids("right", d["right_sentence"]):
            return "allowed"
    return "false"


def score_pair(export: Json, gold: Json) -> Json:
    """All metrics of one export against its reference (counts, so totals can be summed)."""
    an = Anchors(export)
    checks = reference_checks(export, gold)
    req = [c for c in checks if c.required]
    pairs = predicted_pairs(export)
    allowed = allowed_pairs(export, gold, an)
    links = []
    for k in export.get("links", []):
        kp = {(int(a), int(b)) for a in k["left"] for b in k["right"]}
        links.append(
            {
                "left": [int(i) for i in k["left"]],
                "right": [int(i) for i in k["right"]],
                "score": k.get("score"),
                "pairs": len(kp),
                "allowed": len(kp & allowed),
            }
        )
    flags = flagged_differences(export)
    for f in flags:
        f["judged"] = judge_difference(f, gold, an)
    n_req_disc = len(gold["discrepancies_required"])
    found = sum(1 for c in checks if c.group == "discrepancy" and c.passed)
    return {
        "checks_passed": sum(1 for c in req if c.passed),
        "checks_total": len(req),
        "pred_pairs": len(pairs),
        "allowed_pairs": len(pairs & allowed),
        "links_required": len(gold["links_required"]),
        "links_missed": sum(1 for c in checks if c.group == "link" and not c.passed),
        "flagged": len(flags),
        "flagged_true": sum(1 for f in flags if f["judged"] in ("required", "allowed")),
        "disc_required": n_req_disc,
        "disc_found": found,
        "checks": [
            {"name": c.name, "group": c.group, "required": c.required, "passed": c.passed} for c in checks
        ],
        "links": links,
        "flags": flags,
    }


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def derived(s: Json) -> Json:
    """Ratios from the counts of one pair or of the total."""
    return {
        "checks": ratio(s["checks_passed"], s["checks_total"]),
        "link_precision": ratio(s["allowed_pairs"], s["pred_pairs"]),
        "disc_precision": ratio(s["flagged_true"], s["flagged"]),
        "disc_recall": ratio(s["disc_found"], s["disc_required"]),
    }


COUNTS = (
    "checks_passed",
    "checks_total",
    "pred_pairs",
    "allowed_pairs",
    "links_required",
    "links_missed",
    "flagged",
    "flagged_true",
    "disc_required",
    "disc_found",
)


def total(rows: list[Json]) -> Json:
    t = {k: sum(r["score"][k] for r in rows) for k in COUNTS}
    t.update(derived(t))
    ms = [r["ms"] for r in rows if r.get("ms") is not None]
    t["ms_median"] = statistics.median(ms) if ms else None
    t["ms_max"] = max(ms) if ms else None
    cpu = [r["cpu_ms"] for r in rows if r.get("cpu_ms") is not None]
    t["cpu_ms_median"] = statistics.median(cpu) if cpu else None
    return t


# ---------------------------------------------------------------------------------------
# running


def official_score(tool: Path, export: Json, gold_path: Path) -> tuple[int, int] | None:
    """The shared tool's own 'score: N/M', run in this process (imported by path)."""
    spec = importlib.util.spec_from_file_location("score_comparison", tool)
    if spec is None or spec.loader is None:
        return None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(export, f)
        tmp = Path(f.name)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            mod.main(["score_comparison.py", str(tmp), str(gold_path)])
    finally:
        tmp.unlink()
    m = re.search(r"score: (\d+)/(\d+)", out.getvalue())
    return (int(m.group(1)), int(m.group(2))) if m else None


def _resolve(gold_dir: Path, rel: str) -> Path:
    """A reference's article path: relative to its folder as documented, or (as written) to news/."""
    for base in (gold_dir, gold_dir.parent):
        if (base / rel).is_file():
            return base / rel
    return gold_dir / rel


def cases(data: Path) -> list[tuple[str, Path, Path, Path]]:
    """(name, left, right, gold) for every news reference, then the bundled pair."""
    out = []
    gold_dir = data / "news" / "gold"
    for g in sorted(gold_dir.glob("*.json")):
        ref = json.loads(g.read_text(encoding="utf-8"))
        out.append((g.stem, _resolve(gold_dir, ref["left"]), _resolve(gold_dir, ref["right"]), g))
    left, right, gold = BUNDLED
    out.append(("bundled: nsa-france-mexico", data / left, data / right, data / gold))
    return out


def run_case(name: str, left: Path, right: Path, gold_path: Path, runs: int, tool: Path | None) -> Json:
    import reader

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    c = reader.compare_files(str(left), str(right))  # warm-up, and the comparison scored
    export = reader.to_dict(c)
    times, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        reader.compare_files(str(left), str(right))
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    score = score_pair(export, gold)
    row: Json = {
        "name": name,
        "left": str(left),
        "right": str(right),
        "gold": str(gold_path),
        "sentences": [len(export["left"]["sentences"]), len(export["right"]["sentences"])],
        "ms": statistics.median(times) if times else None,
        "ms_runs": times,
        # CPU time of this process: far less disturbed than wall time when other work shares the cores
        "cpu_ms": statistics.median(cpu) if cpu else None,
        "score": score,
        **derived(score),
    }
    if tool is not None:
        off = official_score(tool, export, gold_path)
        row["official"] = off
        row["official_agrees"] = off == (score["checks_passed"], score["checks_total"])
    return row


def _f(v: Any, fmt: str) -> str:
    return "-" if v is None else format(v, fmt)


def short(name: str) -> str:
    """'basil-01c59743__01-fox-news__02-the-new-york-times' -> 'basil-01c59743 fox-news/the-new-...'."""
    parts = name.split("__")
    if len(parts) == 3:
        return f"{parts[0]} {parts[1][3:]}/{parts[2][3:]}"
    return name


def print_table(result: Json, verbose: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(200, Console().width), soft_wrap=False)
    t = Table(
        title="reader on real news: reference checks, link precision, discrepancies "
        "(definitions: bench/news.py)"
    )
    for col in (
        "pair",
        "sents L/R",
        "checks",
        "%",
        "link P",
        "links",
        "missed",
        "flagged",
        "disc P",
        "disc R",
        "ms",
        "cpu ms",
    ):
        t.add_column(col, justify="left" if col == "pair" else "right", no_wrap=True)

    def cells(name: str, r: Json, s: Json, sents: str, ms: str, cpu: str) -> list[str]:
        return [
            name,
            sents,
            f"{s['checks_passed']}/{s['checks_total']}",
            _f(None if r["checks"] is None else 100 * r["checks"], ".0f"),
            _f(r["link_precision"], ".2f") + f" ({s['allowed_pairs']}/{s['pred_pairs']})",
            str(s["links_required"]),
            str(s["links_missed"]),
            f"{s['flagged_true']}/{s['flagged']}",
            _f(r["disc_precision"], ".2f"),
            _f(r["disc_recall"], ".2f") + f" ({s['disc_found']}/{s['disc_required']})",
            ms,
            cpu,
        ]

    for r in result["rows"]:
        mark = "" if r.get("official_agrees", True) else " [red](tool disagrees)"
        t.add_row(
            *cells(
                short(r["name"]) + mark,
                r,
                r["score"],
                f"{r['sentences'][0]}/{r['sentences'][1]}",
                _f(r["ms"], ".1f"),
                _f(r.get("cpu_ms"), ".1f"),
            )
        )
    t.add_section()
    for label, key in (("development set (12 news)", "development"), ("all, with the bundled pair", "total")):
        tot = result[key]
        t.add_row(
            *cells(
                label,
                tot,
                tot,
                "",
                f"{_f(tot['ms_median'], '.1f')} med",
                f"{_f(tot.get('cpu_ms_median'), '.1f')} med",
            )
        )
    console.print(t)

    dev = result["development"]
    t = Table(title="targets (issue 10), development set = the twelve news references")
    for col in ("target", "measured", "limit", "check"):
        t.add_column(col)
    for x in result["targets"]:
        t.add_row(x["target"], x["shown"], x["limit"], "[green]PASS" if x["pass"] else "[red]FAIL")
    console.print(t)
    console.print(
        f"development set: {dev['checks_passed']}/{dev['checks_total']} checks; "
        "links = required links in the reference; missed = required links not predicted; "
        "flagged = true/all differences shown (links + names)"
    )
    if verbose:
        for r in result["rows"]:
            console.print(f"\n[bold]{r['name']}")
            for c in r["score"]["checks"]:
                if c["required"] and not c["passed"]:
                    console.print(f"  FAIL {c['name']}", markup=False)
            for f in r["score"]["flags"]:
                if f["judged"] not in ("required", "allowed"):
                    console.print(
                        f"  false flag ({f['judged']}, {f['where']}, {f['kind']}): "
                        f"{f['left']!r} / {f['right']!r} L{f['left_ids']} R{f['right_ids']}",
                        markup=False,
                    )
    la = result.get("loadavg")
    if la:
        console.print(
            f"load average {la['start'][0]:.1f} at start, {la['end'][0]:.1f} at end on {la['nproc']} cores"
            + (" [yellow](busy machine: ms inflated)" if max(la["start"][0], la["end"][0]) > 1 else "")
        )
    console.print(f"scorer: {result['scorer']}")


def targets(dev: Json, rows: list[Json], bundled: Json | None) -> list[Json]:
    worst = min((r["checks"] for r in rows if r["checks"] is not None), default=0.0)
    out = [
        ("checks, development set", dev["checks"], f">= {T_CHECKS_TOTAL:.0%}", T_CHECKS_TOTAL, ".1%"),
        ("checks, worst file", worst, f">= {T_CHECKS_FILE:.0%}", T_CHECKS_FILE, ".1%"),
        ("link precision, development set", dev["link_precision"], f">= {T_LINK_P}", T_LINK_P, ".3f"),
        ("discrepancy precision", dev["disc_precision"], f">= {T_DISC_P}", T_DISC_P, ".3f"),
        ("discrepancy recall", dev["disc_recall"], f">= {T_DISC_R}", T_DISC_R, ".3f"),
    ]
    res = [
        {"target": n, "value": v, "shown": _f(v, f), "limit": lim, "pass": v is not None and v >= t}
        for n, v, lim, t, f in out
    ]
    # the measure: a news pair in <= 50 ms median, the median over the pairs of each
    # pair's median call; the slowest pair against the same limit is the stricter reading
    med = dev.get("ms_median")
    res.append(
        {
            "target": "news pair, median ms over the pairs (library call, warm)",
            "value": med,
            "shown": _f(med, ".1f"),
            "limit": f"<= {T_MS:g}",
            "pass": med is not None and med <= T_MS,
        }
    )
    ms = max(
        (r["ms"] for r in rows + ([bundled] if bundled else []) if r.get("ms") is not None), default=None
    )
    res.append(
        {
            "target": "slowest pair, median ms (stricter)",
            "value": ms,
            "shown": _f(ms, ".1f"),
            "limit": f"<= {T_MS:g}",
            "pass": ms is not None and ms <= T_MS,
        }
    )
    if bundled:
        s = bundled["score"]
        res.append(
            {
                "target": "bundled pair, all checks",
                "value": s["checks_passed"],
                "shown": f"{s['checks_passed']}/{s['checks_total']}",
                "limit": "all",
                "pass": s["checks_passed"] == s["checks_total"],
            }
        )
    return res


def git_commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip()
    except OSError:
        return ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--data", default=str(ROOT.parent / "shared"), help="the shared directory (news/, seeds/, gold/)"
    )
    ap.add_argument("--json", help="write the result here as JSON")
    ap.add_argument("--verbose", action="store_true", help="list failed checks and false flags per pair")
    ap.add_argument(
        "--runs", type=int, default=5, help="timed calls per pair (median kept), after one warm-up"
    )
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not (data / "news" / "gold").is_dir():
        ap.error(f"no news/gold under {data}")
    tool = data / "tools" / "score_comparison.py"
    load_start = os.getloadavg()
    rows = [run_case(*c, args.runs, tool if tool.is_file() else None) for c in cases(data)]
    news = [r for r in rows if not r["name"].startswith("bundled")]
    bundled = next((r for r in rows if r["name"].startswith("bundled")), None)
    dev = total(news)
    result: Json = {
        "timestamp": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "git_commit": git_commit(),
        # timings are only comparable between runs on an idle machine: say how busy it was
        "loadavg": {"start": load_start, "end": os.getloadavg(), "nproc": os.cpu_count()},
        "scorer": "bench/news.py reference_checks"
        + (
            f"; counts agree with {tool} on "
            f"{sum(1 for r in rows if r.get('official_agrees'))}/{len(rows)} pairs"
            if tool.is_file()
            else " (shared tool not found: not cross-checked)"
        ),
        "rows": rows,
        "development": dev,
        "total": total(rows),
        "targets": targets(dev, news, bundled),
    }
    print_table(result, args.verbose)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
