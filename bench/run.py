"""Benchmark of ``reader``: speed, memory and link quality against gold, next to two peers.

One command (see bench/README.md)::

    .venv/bin/python bench/run.py --data ../shared/bench            # 6-8 minutes
    .venv/bin/python bench/run.py --data ../shared/bench --quick    # 1,000 and 5,000; about 1 min

Why it is built this way:

* Every measurement runs in a fresh child process (this script with ``--one TASK``): a
  peak-memory figure (``ru_maxrss``) is only the peak of *that* work, caches and imports
  from an earlier size cannot make a later one look fast, and a crash of the aligner that
  is being tuned costs one row, not the run.
* Units are mapped back to file line numbers through ``Sentence.start`` (never assumed to
  be unit i = line i), so a line dropped by the cleaner shows up as a miss, not as a shift
  of every later link.
* Scores use the shared scorer's own ``score()`` (imported from ``<data>/../tools``) when it
  is there, so the numbers are the ones ``score_alignment.py`` prints.
* Peers get the same unit lists and the same scoring, and their time is end to end
  (load + split + match), like ours.
* The app is measured too (``bench/app_keys.py``, one child): the whole Bible opened in it,
  then key presses through Pilot, timed inside the app from the key event to the end of the
  frame it caused, because Pilot's own round trip is mostly its idle waiting.
* The table is printed and written as JSON (with machine, git state and a hash of
  ``reader/align/``), so runs can be compared while the aligner is tuned.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import importlib.util
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
# children import reader from the snapshot the parent took (see snapshot_reader), else this checkout
sys.path.insert(0, os.environ.get("READER_BENCH_SRC") or str(ROOT))
sys.path.insert(0, str(BENCH))  # and the peers next to this file

Pairs = list[tuple[int, int]]
Json = dict[str, Any]

DEFAULT_SIZES = "1000,5000,10000,all"
QUICK_SIZES = "1000,5000"
CHILD_TIMEOUT_S = 1800

# The targets, in one place so the table and the JSON agree.
T_F1_IN_ORDER = 0.99
T_F1_SHUFFLED = 0.95
T_COMPARE_OVER_SPLIT = 10.0
T_PEAK_MB = 1024.0
T_GROWTH_10K_5K = 3.0
T_DEPLAIN_F1 = 0.50
T_KEY_MS = 50.0  # the app answers each key press on the whole Bible within this


# ---------------------------------------------------------------------------------------
# child side: one measurement per process


def _maxrss_kb() -> int:
    """Peak resident set of this process (KB on Linux)."""
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _line_numbers(text: str, starts: list[int]) -> list[int]:
    """0-based line number of each offset: the key that gold links use."""
    nl = [m.start() for m in re.finditer("\n", text)]
    return [bisect.bisect_left(nl, s) for s in starts]


def _split_one(path: str) -> tuple[Any, list[Any], int, int]:
    """Load, clean and segment one file into line units, as the pipeline does."""
    from reader.clean import clean
    from reader.inputs import load
    from reader.segment import segment

    loaded = load(path)
    cleaned = clean(loaded.text, one_unit_per_line=True)
    sents = segment(loaded.text, cleaned.blocks, "lines")
    lines = loaded.text.count("\n") + (0 if loaded.text.endswith("\n") else 1)
    return loaded, sents, lines, len(cleaned.removed)


def task_split(task: Json) -> Json:
    """(a) load + clean + segment alone; facts timed separately afterwards (not in split_s)."""
    from reader import facts

    split_s = facts_s = 0.0
    units: list[list[int]] = []
    for pair in task["pairs"]:
        docs = []
        t0 = time.perf_counter()
        for path in pair:
            docs.append(_split_one(path))
        split_s += time.perf_counter() - t0
        t0 = time.perf_counter()
        for _, sents, _, _ in docs:
            facts.extract_document([s.text for s in sents])
        facts_s += time.perf_counter() - t0
        units.append([len(d[1]) for d in docs] + [d[2] for d in docs] + [d[3] for d in docs])
    return {"split_s": split_s, "facts_s": facts_s, "units_lines_removed": units, "maxrss_kb": _maxrss_kb()}


def task_compare(task: Json) -> Json:
    """(b)+(c) the whole comparison, its stages (from the progress callback) and peak memory."""
    from reader.pipeline import compare_files

    base_kb = _maxrss_kb()
    total = 0.0
    stages: dict[str, float] = {}
    preds: list[Pairs] = []
    n_links = 0
    for left, right in task["pairs"]:
        marks: list[tuple[str, float]] = []
        t0 = time.perf_counter()
        comp = compare_files(
            left,
            right,
            split="lines",
            progress=lambda stage, _f, m=marks: m.append((stage, time.perf_counter())),
        )
        t1 = time.perf_counter()
        total += t1 - t0
        # progress stages: tokens, index, candidates, context, done
        names = {
            "tokens": "documents",
            "index": "tokenize",
            "candidates": "vocab+index",
            "context": "candidates",
            "done": "context+select",
        }
        prev = t0
        for stage, t in marks:
            key = names.get(stage, stage)
            stages[key] = stages.get(key, 0.0) + t - prev
            prev = t
        stages["build"] = stages.get("build", 0.0) + t1 - prev
        ll = _line_numbers(comp.left.text, [s.start for s in comp.left.sentences])
        rl = _line_numbers(comp.right.text, [s.start for s in comp.right.sentences])
        pairs = {(ll[a], rl[b]) for link in comp.links for a in link.left for b in link.right}
        n_links += len(comp.links)
        preds.append(sorted(pairs))
    import reader

    return {
        "reader": str(Path(reader.__file__).parent),
        "compare_s": total,
        "stages": stages,
        "links": n_links,
        "preds": preds,
        "maxrss_kb": _maxrss_kb(),
        "maxrss_after_import_kb": base_kb,
    }


def task_peer(task: Json) -> Json:
    """A peer end to end on the same unit lists: load + split (same code) + match."""
    import peers

    split_s = match_s = 0.0
    preds: dict[str, list[Pairs]] = {}
    for left, right in task["pairs"]:
        t0 = time.perf_counter()
        sides = [_split_one(p) for p in (left, right)]
        split_s += time.perf_counter() - t0
        lines = [_line_numbers(ld.text, [s.start for s in ss]) for ld, ss, _, _ in sides]
        units = [[s.text for s in ss] for _, ss, _, _ in sides]
        t0 = time.perf_counter()
        if task["peer"] == "difflib":
            found = dict(zip(("difflib", "difflib+replace"), peers.difflib_pairs(*units), strict=True))
        else:
            found = {task["name"]: peers.rapidfuzz_pairs(*units, threshold=task["threshold"])}
        match_s += time.perf_counter() - t0
        for name, pairs in found.items():
            preds.setdefault(name, []).append(sorted((lines[0][a], lines[1][b]) for a, b in pairs))
    return {
        "split_s": split_s,
        "match_s": match_s,
        "total_s": split_s + match_s,
        "preds": preds,
        "maxrss_kb": _maxrss_kb(),
    }


def task_callable(task: Json) -> Json:
    """deplain-dev through a callable on the JSON sentence lists, as the shared scorer calls it."""
    import peers

    recs = _deplain_records(Path(task["data"]))
    preds: dict[str, dict[str, Pairs]] = {}
    t0 = time.perf_counter()
    for rec in recs:
        if task["who"] == "ours":
            from reader.align import align_sentences

            found = {"ours": align_sentences(rec["left"], rec["right"])}
        elif task["who"] == "difflib":
            found = dict(
                zip(
                    ("difflib", "difflib+replace"),
                    peers.difflib_pairs(rec["left"], rec["right"]),
                    strict=True,
                )
            )
        else:
            found = {
                task["name"]: peers.rapidfuzz_pairs(rec["left"], rec["right"], threshold=task["threshold"])
            }
        for name, pairs in found.items():
            preds.setdefault(name, {})[rec["id"]] = [(int(a), int(b)) for a, b in pairs]
    return {"total_s": time.perf_counter() - t0, "preds": preds, "maxrss_kb": _maxrss_kb()}


def task_app(task: Json) -> Json:
    """The app on the whole Bible pair, key presses through Pilot (see bench/app_keys.py)."""
    import app_keys

    result = app_keys.bible(Path(task["data"]))
    result["maxrss_kb"] = _maxrss_kb()
    return result


TASKS: dict[str, Callable[[Json], Json]] = {
    "split": task_split,
    "compare": task_compare,
    "peer": task_peer,
    "callable": task_callable,
    "app": task_app,
}


def child_main(task_file: str) -> int:
    task = json.loads(Path(task_file).read_text())
    result = TASKS[task["kind"]](task)
    Path(task["out"]).write_text(json.dumps(result))
    return 0


# ---------------------------------------------------------------------------------------
# parent side: inputs, children, scoring


def run_child(task: Json, work: Path, label: str) -> Json:
    """Run one task in a fresh interpreter; an error becomes {"error": ...}, not a crash."""
    n = len(list(work.glob("task-*.json")))
    task_file, out = work / f"task-{n}.json", work / f"out-{n}.json"
    task = {**task, "out": str(out)}
    task_file.write_text(json.dumps(task))
    _log(f"  {label} ...")
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--one", str(task_file)],
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
            cwd=ROOT,
            env=CHILD_ENV,
        )
    except subprocess.TimeoutExpired:
        _log(f"  {label}: timed out after {CHILD_TIMEOUT_S} s")
        return {"error": f"timeout after {CHILD_TIMEOUT_S} s"}
    if proc.returncode != 0 or not out.exists():
        tail = (proc.stderr or "").strip().splitlines()[-3:]
        _log(f"  {label}: FAILED: {' | '.join(tail)}")
        return {"error": " | ".join(tail) or f"exit {proc.returncode}"}
    _log(f"  {label}: {time.perf_counter() - t0:.1f} s")
    result: Json = json.loads(out.read_text())
    out.unlink()
    return result


CHILD_ENV: dict[str, str] = dict(os.environ)


def snapshot_reader(tmp: Path, wait_s: float) -> Path:
    """Copy reader/ (and seeds/) once, so every row measures the same code.

    The aligner is tuned while benchmarks run; without a snapshot one run could mix two
    versions of the aligner, or meet one half-saved.  The copy must import and align a toy
    pair; if it does not (an edit in progress), try again until ``wait_s`` has passed.
    """
    src = tmp / "src"
    deadline = time.monotonic() + wait_s
    while True:
        shutil.rmtree(src, ignore_errors=True)
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
        shutil.copytree(ROOT / "reader", src / "reader", ignore=ignore)
        if (ROOT / "seeds").is_dir():
            shutil.copytree(ROOT / "seeds", src / "seeds", ignore=ignore)
        probe = "import reader.pipeline; from reader.align import align_sentences as f; f(['a b'], ['a b'])"
        env = {**os.environ, "PYTHONPATH": str(src)}
        proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp)
        if proc.returncode == 0:
            return src
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        if time.monotonic() > deadline:
            raise SystemExit(f"reader/ does not import or align a toy pair: {last}")
        _log(f"reader/ not usable yet ({last}); retrying in 10 s")
        time.sleep(10)


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def load_scorer(data: Path) -> tuple[Callable[..., Json], str]:
    """The shared scorer's score() if it sits next to the data, else the same counting here."""
    path = data.resolve().parent / "tools" / "score_alignment.py"
    if path.is_file():
        spec = importlib.util.spec_from_file_location("_shared_score_alignment", path)
        if spec and spec.loader:
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)
            return mod.score, str(path)
    return _score_fallback, "bench/run.py (same micro pair counting as score_alignment.py)"


def _score_fallback(
    records: list[Json], predictions: dict[str, Any], exclude_identical: bool = False
) -> Json:
    """Micro P/R/F1 over (left, right) pairs, as score_alignment.score(groups=False) counts."""

    def norm(s: str) -> str:
        return " ".join(s.split())

    tp = n_pred = n_gold = 0
    for rec in records:
        nl, nr = len(rec["left"]), len(rec["right"])
        p = {(a, b) for a, b in predictions.get(rec["id"], []) if 0 <= a < nl and 0 <= b < nr}
        g = {tuple(x) for x in rec["gold"]}
        if exclude_identical:
            g = {x for x in g if norm(rec["left"][x[0]]) != norm(rec["right"][x[1]])}
            p = {x for x in p if norm(rec["left"][x[0]]) != norm(rec["right"][x[1]])}
        tp += len(g & p)
        n_pred += len(p)
        n_gold += len(g)
    prec = tp / n_pred if n_pred else 0.0
    rec_ = tp / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec_ / (prec + rec_) if prec + rec_ else 0.0
    return {"precision": prec, "recall": rec_, "f1": f1, "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


def _read_lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def _deplain_records(data: Path) -> list[Json]:
    recs = []
    for f in sorted((data / "deplain-dev").glob("*.json")):
        if f.name != "MANIFEST.json":
            recs.append(json.loads(f.read_text(encoding="utf-8")))
    return recs


class Case:
    """One benchmark input: file pairs on disk, their line texts and gold in line numbers."""

    def __init__(self, name: str, size: str, pairs: list[tuple[str, str]], records: list[Json]):
        self.name, self.size, self.pairs, self.records = name, size, pairs, records

    @property
    def cells(self) -> int:
        """Number of unit pairs: what an all-pairs peer pays for."""
        return sum(len(r["left"]) * len(r["right"]) for r in self.records)


def bible_case(data: Path, shuffled: bool, size: str, tmp: Path) -> Case:
    """First N KJV lines against their WMB counterparts (see README: 'Inputs')."""
    bible = data / "bible"
    right_name = "wmb-shuffled.txt" if shuffled else "wmb.txt"
    gold_file = "gold-shuffled.json" if shuffled else "gold.json"
    kjv, wmb = _read_lines(bible / "kjv.txt"), _read_lines(bible / right_name)
    gold = [tuple(x) for x in json.loads((bible / gold_file).read_text())["links"]]
    name = "bible-shuffled" if shuffled else "bible"
    if size == "all":
        rec = {"id": name, "left": kjv, "right": wmb, "gold": [list(g) for g in gold]}
        return Case(name, size, [(str(bible / "kjv.txt"), str(bible / right_name))], [rec])
    n = int(size)
    left = kjv[:n]
    if shuffled:
        # the WMB lines whose partner is among the first N KJV lines, in shuffled file order
        keep = sorted(r for l, r in gold if l < n)
    else:
        keep = list(range(min(n, len(wmb))))
    new_r = {r: i for i, r in enumerate(keep)}
    right = [wmb[r] for r in keep]
    g = [[l, new_r[r]] for l, r in gold if l < n and r in new_r]
    lp, rp = tmp / f"{name}-{n}-left.txt", tmp / f"{name}-{n}-right.txt"
    lp.write_text("\n".join(left) + "\n", encoding="utf-8")
    rp.write_text("\n".join(right) + "\n", encoding="utf-8")
    return Case(name, size, [(str(lp), str(rp))], [{"id": name, "left": left, "right": right, "gold": g}])


def deplain_pipeline_case(data: Path, tmp: Path) -> Case:
    """deplain-dev pairs written one sentence per line, for the whole pipeline (split='lines')."""
    recs = _deplain_records(data)
    pairs = []
    d = tmp / "deplain"
    d.mkdir(exist_ok=True)
    for rec in recs:
        lp, rp = d / f"{rec['id']}-left.txt", d / f"{rec['id']}-right.txt"
        lp.write_text("\n".join(rec["left"]) + "\n", encoding="utf-8")
        rp.write_text("\n".join(rec["right"]) + "\n", encoding="utf-8")
        pairs.append((str(lp), str(rp)))
    return Case("deplain pipeline", "30 pairs", pairs, recs)


# ---------------------------------------------------------------------------------------
# the run


class Bench:
    """Holds the run's settings, the scorer and the peers' timings for skip estimates."""

    def __init__(self, args: argparse.Namespace, work: Path):
        self.args, self.work = args, work
        self.score, self.scorer_source = load_scorer(Path(args.data))
        self.rf_name = "rapidfuzz"  # token_set_ratio >= --threshold, best partner per left unit
        # last measured (cells, seconds) per peer and case name, to estimate the next size
        self.peer_cost: dict[tuple[str, str], tuple[int, float]] = {}

    def _score(self, case: Case, preds: list[Pairs] | dict[str, Pairs], exclude_identical: bool) -> Json:
        if isinstance(preds, list):
            preds = {rec["id"]: p for rec, p in zip(case.records, preds, strict=True)}
        res = self.score(case.records, preds, exclude_identical=exclude_identical)
        return {k: res[k] for k in ("precision", "recall", "f1", "tp", "n_pred", "n_gold")}

    def file_case(self, case: Case, exclude_identical: bool = False) -> Json:
        """Split, compare and peers for one file-based case."""
        _log(f"{case.name} @ {case.size}")
        row: Json = {"case": case.name, "size": case.size, "exclude_identical": exclude_identical}
        row["lines"] = [sum(len(r["left"]) for r in case.records), sum(len(r["right"]) for r in case.records)]
        row["gold"] = sum(len(r["gold"]) for r in case.records)
        split = self._best_of({"kind": "split", "pairs": case.pairs}, "load+split", "split_s")
        comp = self._best_of({"kind": "compare", "pairs": case.pairs}, "compare_files", "compare_s")
        ours: Json = {}
        if "error" in split:
            ours["split_error"] = split["error"]
        else:
            ul = split["units_lines_removed"]
            row["units"] = [sum(u[0] for u in ul), sum(u[1] for u in ul)]
            row["file_lines"] = [sum(u[2] for u in ul), sum(u[3] for u in ul)]
            row["removed"] = [sum(u[4] for u in ul), sum(u[5] for u in ul)]
            ours.update(split_s=split["split_s"], facts_s=split["facts_s"])
        if "error" in comp:
            ours["error"] = comp["error"]
        else:
            ours.update(
                reader=comp["reader"],
                compare_s=comp["compare_s"],
                stages=comp["stages"],
                links=comp["links"],
                peak_mb=comp["maxrss_kb"] / 1024,
                import_mb=comp["maxrss_after_import_kb"] / 1024,
                **self._score(case, comp["preds"], exclude_identical),
            )
            if "split_s" in ours:
                ours["compare_over_split"] = ours["compare_s"] / ours["split_s"]
            self._save_preds(case, "ours", comp["preds"])
        row["ours"] = ours
        row["peers"] = (
            {} if self.args.no_peers else self.peers(case, ours.get("compare_s"), exclude_identical)
        )
        return row

    def _best_of(self, task: Json, label: str, key: str) -> Json:
        """--repeat fresh children, the fastest kept: other work on a shared machine only adds time."""
        best: Json | None = None
        for i in range(self.args.repeat):
            res = run_child(task, self.work, label if self.args.repeat == 1 else f"{label} #{i + 1}")
            if "error" in res:
                return res
            if best is None or res[key] < best[key]:
                if best is not None:
                    res["maxrss_kb"] = max(res["maxrss_kb"], best["maxrss_kb"])
                best = res
            else:
                best["maxrss_kb"] = max(res["maxrss_kb"], best["maxrss_kb"])
        assert best is not None
        best["runs"] = self.args.repeat
        return best

    def peers(self, case: Case, our_s: float | None, exclude_identical: bool) -> Json:
        out: Json = {}
        for peer, names in (("difflib", ["difflib", "difflib+replace"]), ("rapidfuzz", [self.rf_name])):
            est = self._estimate(peer, case)
            if est is not None and est > self.args.peer_budget:
                for name in names:
                    out[name] = {"skipped": True, "estimate_s": est}
                _log(f"  {peer}: skipped (est. {est:.0f} s)")
                continue
            task = {"kind": "peer", "peer": peer, "name": self.rf_name, "threshold": self.args.threshold}
            res = run_child({**task, "pairs": case.pairs}, self.work, peer)
            if "error" in res:
                for name in names:
                    out[name] = {"error": res["error"]}
                continue
            self.peer_cost[(peer, case.name)] = (case.cells, res["match_s"])
            for name in names:
                entry = {
                    "total_s": res["total_s"],
                    "match_s": res["match_s"],
                    "peak_mb": res["maxrss_kb"] / 1024,
                }
                entry.update(self._score(case, res["preds"][name], exclude_identical))
                if our_s:
                    entry["ours_over_peer"] = our_s / res["total_s"]
                self._save_preds(case, name, res["preds"][name])
                out[name] = entry
        return out

    def _estimate(self, peer: str, case: Case) -> float | None:
        """Seconds a peer would take here, scaled from its last size by the number of unit pairs."""
        prev = self.peer_cost.get((peer, case.name))
        if prev is None:
            return None
        cells, secs = prev
        return secs * case.cells / max(cells, 1)

    def deplain(self) -> list[Json]:
        """deplain-dev: align_sentences on the JSON lists (the scored figure) and the pipeline."""
        data = Path(self.args.data)
        recs = _deplain_records(data)
        case = Case("deplain-dev", "30 pairs", [], recs)
        _log("deplain-dev (align_sentences on the sentence lists)")
        row: Json = {"case": case.name, "size": case.size, "exclude_identical": True}
        row["lines"] = [sum(len(r["left"]) for r in recs), sum(len(r["right"]) for r in recs)]
        row["units"] = row["lines"]
        row["gold"] = sum(len(r["gold"]) for r in recs)
        res = run_child({"kind": "callable", "data": str(data), "who": "ours"}, self.work, "align_sentences")
        if "error" in res:
            row["ours"] = {"error": res["error"]}
        else:
            row["ours"] = {"compare_s": res["total_s"], "peak_mb": res["maxrss_kb"] / 1024}
            row["ours"].update(self._score(case, res["preds"]["ours"], True))
            self._save_preds(case, "ours", res["preds"]["ours"])
        row["peers"] = {}
        if not self.args.no_peers:
            for who in ("difflib", "rapidfuzz"):
                task = {"kind": "callable", "data": str(data), "who": who}
                res = run_child(
                    {**task, "name": self.rf_name, "threshold": self.args.threshold}, self.work, who
                )
                for name, preds in res.get("preds", {}).items():
                    entry = {"total_s": res["total_s"], **self._score(case, preds, True)}
                    if row["ours"].get("compare_s"):
                        entry["ours_over_peer"] = row["ours"]["compare_s"] / res["total_s"]
                    row["peers"][name] = entry
                if "error" in res:
                    row["peers"][who] = {"error": res["error"]}
        pipe = self.file_case(deplain_pipeline_case(data, self.work), exclude_identical=True)
        return [row, pipe]

    def _save_preds(self, case: Case, who: str, preds: list[Pairs] | dict[str, Pairs]) -> None:
        """Keep predictions next to the results, for looking at misses and false links."""
        if not self.args.save_pairs:
            return
        d = Path(self.args.out).parent / "pairs"
        d.mkdir(parents=True, exist_ok=True)
        slug = re.sub(r"[^\w.+-]+", "_", f"{case.name}-{case.size}-{who}")
        (d / f"{slug}.json").write_text(json.dumps(preds))


def facts_speed() -> Json:
    """bench/facts_speed.py in a child, so its timing is not disturbed by this process."""
    proc = subprocess.run(
        [sys.executable, str(BENCH / "facts_speed.py"), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=CHILD_ENV,
    )
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1:]}
    result: Json = json.loads(proc.stdout)
    return result


# ---------------------------------------------------------------------------------------
# targets and output


def find(rows: list[Json], case: str, size: str) -> Json | None:
    return next((r for r in rows if r["case"] == case and r["size"] == size), None)


def targets(rows: list[Json], fs: Json, app: Json | None = None) -> list[Json]:
    """Each target of the issue with the measured value; 'n/a' when its size was not run."""
    out: list[Json] = []

    def add(
        name: str,
        value: float | None,
        limit: str,
        ok: Callable[[float], bool],
        fmt: str,
        shown: str | None = None,
    ) -> None:
        out.append(
            {
                "target": name,
                "value": value,
                "shown": "n/a" if value is None else shown or format(value, fmt),
                "limit": limit,
                "pass": None if value is None else bool(ok(value)),
            }
        )

    def ours(case: str, size: str, key: str) -> float | None:
        row = find(rows, case, size)
        value = row["ours"].get(key) if row else None
        return float(value) if value is not None else None

    add(
        "Bible whole, in order: F1",
        ours("bible", "all", "f1"),
        f">= {T_F1_IN_ORDER}",
        lambda v: v >= T_F1_IN_ORDER,
        ".4f",
    )
    add(
        "Bible whole, shuffled: F1",
        ours("bible-shuffled", "all", "f1"),
        f">= {T_F1_SHUFFLED}",
        lambda v: v >= T_F1_SHUFFLED,
        ".4f",
    )
    for case in ("bible", "bible-shuffled"):
        ratio = ours(case, "all", "compare_over_split")
        add(
            f"{case} whole: compare / load+split",
            ratio,
            f"<= {T_COMPARE_OVER_SPLIT:g}x",
            lambda v: v <= T_COMPARE_OVER_SPLIT,
            ".1f",
        )
        add(
            f"{case} whole: peak memory (MB)",
            ours(case, "all", "peak_mb"),
            f"< {T_PEAK_MB:g}",
            lambda v: v < T_PEAK_MB,
            ".0f",
        )
        c5, c10 = ours(case, "5000", "compare_s"), ours(case, "10000", "compare_s")
        growth = c10 / c5 if c5 and c10 else None
        add(
            f"{case}: compare 10k / 5k",
            growth,
            f"< {T_GROWTH_10K_5K:g}x",
            lambda v: v < T_GROWTH_10K_5K,
            ".2f",
        )
    add(
        "deplain-dev: F1 (identical excluded)",
        ours("deplain-dev", "30 pairs", "f1"),
        f">= {T_DEPLAIN_F1}",
        lambda v: v >= T_DEPLAIN_F1,
        ".4f",
    )
    add(
        "facts: both bundled articles (ms)",
        fs.get("both_best_ms"),
        f"< {fs.get('target_ms', 50):g}",
        lambda v: v < 50,
        ".1f",
    )
    # the app: time inside it per key press (see app_table), checked on the slowest press
    for key, entry in (app or {}).get("keys", {}).items():
        if key == app["noop_key"]:
            continue
        med, worst = entry["in_app_ms"]["median"], entry["in_app_ms"]["worst"]
        add(
            f"app, Bible whole: {entry['what']} ({key}), ms median / worst",
            worst,
            f"< {T_KEY_MS:g} each press",
            lambda v: v < T_KEY_MS,
            ".1f",
            shown=None if worst is None else f"{med:.1f} / {worst:.1f}",
        )
    if not (app or {}).get("keys"):
        add("app, Bible whole: keys (ms)", None, f"< {T_KEY_MS:g} each press", lambda v: True, ".1f")
    return out


def _f(value: Any, fmt: str) -> str:
    return "-" if value is None else format(value, fmt)


def print_tables(result: Json) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(200, Console().width), soft_wrap=False)
    rows = result["rows"]

    t = Table(title="reader: speed, memory, links against gold (P/R/F1 micro over pairs)")
    for col in ("case", "size", "units L/R", "gold", "split s", "facts s", "compare s", "x split", "peak MB"):
        t.add_column(col, justify="right" if col not in ("case",) else "left")
    for col in ("P", "R", "F1"):
        t.add_column(col, justify="right")
    for r in rows:
        o = r["ours"]
        units = r.get("units") or r.get("lines")
        if units != r["lines"]:  # the cleaner dropped lines: show it, it costs recall
            units_s = f"{units[0]}/{units[1]} of {r['lines'][0]}/{r['lines'][1]}"
        else:
            units_s = f"{units[0]}/{units[1]}"
        name = r["case"] + (" *" if r.get("exclude_identical") else "")
        if "error" in o:
            t.add_row(name, r["size"], units_s, str(r["gold"]), f"[red]error: {o['error'][:60]}")
            continue
        t.add_row(
            name,
            r["size"],
            units_s,
            str(r["gold"]),
            _f(o.get("split_s"), ".2f"),
            _f(o.get("facts_s"), ".2f"),
            _f(o.get("compare_s"), ".2f"),
            _f(o.get("compare_over_split"), ".1f"),
            _f(o.get("peak_mb"), ".0f"),
            _f(o.get("precision"), ".4f"),
            _f(o.get("recall"), ".4f"),
            _f(o.get("f1"), ".4f"),
        )
    console.print(t)

    if any(r.get("peers") for r in rows):
        rf = next((n for r in rows for n in r.get("peers", {}) if n.startswith("rapidfuzz")), "rapidfuzz")
        thr = result["args"]["threshold"]
        t = Table(
            title=f"peers on the same units: F1, time end to end (load+split included), ours / theirs; "
            f"rapidfuzz = token_set_ratio >= {thr:g}, best partner per left unit"
        )
        for col in (
            "case",
            "size",
            "ours s",
            "ours F1",
            "difflib F1",
            "+replace F1",
            "difflib s",
            "ours/difflib",
        ):
            t.add_column(col, justify="left" if col == "case" else "right", no_wrap=True)
        for col in (f"{rf} F1", f"{rf} s", f"ours/{rf}"):
            t.add_column(col, justify="right", no_wrap=True)
        for r in rows:
            cells = [
                r["case"],
                r["size"],
                _f(r["ours"].get("compare_s"), ".2f"),
                _f(r["ours"].get("f1"), ".4f"),
            ]
            for names in (["difflib", "difflib+replace"], [rf]):
                ps = [r.get("peers", {}).get(n) for n in names]
                p = ps[0]
                if p is None:
                    cells += ["-"] * (len(names) + 2)
                elif p.get("skipped"):
                    cells += [f"skip (est. {p['estimate_s']:.0f} s)"] + ["-"] * (len(names) + 1)
                elif "error" in p:
                    cells += ["error"] + ["-"] * (len(names) + 1)
                else:
                    cells += [_f(q.get("f1") if q else None, ".4f") for q in ps]
                    cells += [_f(p["total_s"], ".3f"), _f(p.get("ours_over_peer"), ".2f") + "x"]
            t.add_row(*cells)
        console.print(t)

    stage_names = ["documents", "tokenize", "vocab+index", "candidates", "context+select", "build"]
    t = Table(
        title="where compare_files spends its time (s): documents = load+clean+segment+facts, both sides"
    )
    t.add_column("case")
    t.add_column("size", justify="right")
    for s in stage_names:
        t.add_column(s, justify="right")
    for r in rows:
        st = r["ours"].get("stages")
        if st:
            t.add_row(r["case"], r["size"], *[_f(st.get(s), ".2f") for s in stage_names])
    console.print(t)

    app = result.get("app")
    if app and "error" in app:
        console.print(f"[red]app: error: {app['error']}")
    elif app:
        console.print(app_table(app))

    t = Table(title="targets")
    for col in ("target", "measured", "limit", "check"):
        t.add_column(col)
    for x in result["targets"]:
        check = {True: "[green]PASS", False: "[red]FAIL", None: "[yellow]not run"}[x["pass"]]
        t.add_row(x["target"], x["shown"], x["limit"], check)
    console.print(t)
    console.print("* identical links excluded (as score_alignment.py --exclude-identical)")
    if app and "keys" in app:
        console.print(
            "app: ms inside the app from the key event reaching it to the end of the frame it caused "
            "(dispatch, action, wait for the next frame, repaint of panes, details and footer, turned into "
            "terminal text; headless, so nothing is written), median and slowest of "
            f"{app['presses']} presses; Pilot's press round trip adds its own idle waits "
            f"(a no-op key: {app['noop_round_trip_ms']:.0f} ms) and is in the app table, not checked"
        )
    console.print(f"scorer: {result['scorer']}")
    git = result["git"]
    if git.get("align_changed_during_run"):
        if git.get("measured", "").startswith("snapshot"):
            console.print("reader/align/ changed during the run; the snapshot taken at start was measured")
        else:
            console.print("[red]reader/align/ changed during this run: rows may mix two versions")
    console.print(f"measured: {git.get('measured')} (reader/align/ sha256 {git.get('align_sha256')})")


def app_table(app: Json) -> Any:
    """Per key: time inside the app, the slowest press taken apart, and Pilot's round trip."""
    from rich.table import Table

    w, h = app["size"]
    t = Table(
        title=f"app on the whole Bible ({app['pair']}, {w}x{h}): shown after {app['load_s']:.1f} s "
        f"(peak {app['maxrss_kb'] / 1024:.0f} MB), then {app['presses']} presses a key; ms"
    )
    t.add_column("key")
    for col in (
        "in app median",
        "in app worst",
        "slowest: CPU",
        "slowest: gc",
        "Pilot round trip median",
        "Pilot worst",
    ):
        t.add_column(col, justify="right")
    for key, e in app["keys"].items():
        slow = e.get("slowest") or {}
        no_frame = e["no_frame"] == e["presses"]
        t.add_row(
            f"{e['what']} ({key})",
            "no frame" if no_frame else _f(e["in_app_ms"]["median"], ".1f"),
            "-" if no_frame else _f(e["in_app_ms"]["worst"], ".1f"),
            _f(slow.get("cpu_ms"), ".1f"),
            _f(slow.get("gc_ms"), ".1f"),
            _f(e["round_trip_ms"]["median"], ".1f"),
            _f(e["round_trip_ms"]["worst"], ".1f"),
        )
    return t


def machine_info() -> Json:
    import numpy
    import rapidfuzz

    return {
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "numpy": numpy.__version__,
        "rapidfuzz": rapidfuzz.__version__,
        "loadavg_start": os.getloadavg(),
    }


def git_info() -> Json:
    """Commit and local changes of reader/, so a result says which aligner it measured."""

    def git(*a: str) -> str:
        try:
            return subprocess.run(["git", *a], capture_output=True, text=True, cwd=ROOT).stdout.strip()
        except OSError:
            return ""

    return {
        "commit": git("rev-parse", "HEAD"),
        "reader_changes": git("status", "--porcelain", "--", "reader").splitlines(),
        "align_sha256": _align_hash(),
    }


def _align_hash(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    for path in sorted((root / "reader" / "align").glob("*.py")):  # the aligner is a package
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--data", default=str(ROOT.parent / "shared" / "bench"), help="the shared bench directory"
    )
    ap.add_argument(
        "--sizes", help=f"comma-separated lines a side, 'all' for whole (default {DEFAULT_SIZES})"
    )
    ap.add_argument("--quick", action="store_true", help=f"sizes {QUICK_SIZES}, peer budget 20 s")
    ap.add_argument("--out", default=str(BENCH / "results" / "latest.json"))
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--no-shuffled", action="store_true", help="skip the shuffled Bible pair")
    ap.add_argument("--no-deplain", action="store_true")
    ap.add_argument(
        "--no-app", action="store_true", help="skip the app's key presses on the whole Bible (about 40 s)"
    )
    ap.add_argument(
        "--peer-budget", type=float, help="skip a peer whose estimate passes this (s; default 240)"
    )
    ap.add_argument("--threshold", type=float, default=None, help="rapidfuzz peer threshold (default 60)")
    ap.add_argument(
        "--no-save-pairs", dest="save_pairs", action="store_false", help="do not keep predictions"
    )
    ap.add_argument("--repeat", type=int, default=1, help="runs of each of our measurements, fastest kept")
    ap.add_argument(
        "--no-snapshot", dest="snapshot", action="store_false", help="measure reader/ live, not a copy"
    )
    ap.add_argument("--wait", type=float, default=180, help="seconds to wait for an importable reader/")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        return child_main(args.one)

    import peers

    args.threshold = peers.RAPIDFUZZ_THRESHOLD if args.threshold is None else args.threshold
    args.sizes = args.sizes or (QUICK_SIZES if args.quick else DEFAULT_SIZES)
    if args.peer_budget is None:
        args.peer_budget = 20.0 if args.quick else 240.0
    data = Path(args.data)
    if not (data / "bible" / "kjv.txt").is_file():
        ap.error(f"no bible/kjv.txt under {data}")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)

    started = time.perf_counter()
    result: Json = {
        "timestamp": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "machine": machine_info(),
        "git": git_info(),
        "args": {k: v for k, v in vars(args).items() if k != "one"},
    }
    rows: list[Json] = []
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as tmp:
        if args.snapshot:
            src = snapshot_reader(Path(tmp), args.wait)
            CHILD_ENV["READER_BENCH_SRC"] = str(src)
            result["git"]["measured"] = "snapshot of reader/ taken at start"
            result["git"]["align_sha256"] = _align_hash(src)
        else:
            result["git"]["measured"] = "working tree of reader/, live"
        bench = Bench(args, Path(tmp))
        result["scorer"] = bench.scorer_source
        cases = [False] if args.no_shuffled else [False, True]
        for shuffled in cases:
            for size in args.sizes.split(","):
                rows.append(bench.file_case(bible_case(data, shuffled, size.strip(), Path(tmp))))
        if not args.no_deplain:
            rows.extend(bench.deplain())
        _log("facts speed (bench/facts_speed.py)")
        fs = facts_speed()
        app = None
        if not args.no_app:
            _log("app: the whole Bible opened, then key presses through Pilot (bench/app_keys.py)")
            app = run_child({"kind": "app", "data": str(data)}, bench.work, "app + Pilot")
    result["rows"] = rows
    result["facts_speed"] = fs
    result["app"] = app
    result["targets"] = targets(rows, fs, app)
    result["machine"]["loadavg_end"] = os.getloadavg()
    result["seconds"] = time.perf_counter() - started
    result["git"]["align_changed_during_run"] = _align_hash() != result["git"]["align_sha256"]
    Path(args.out).write_text(json.dumps(result, indent=1))
    print_tables(result)
    print(f"wrote {args.out} ({result['seconds']:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
