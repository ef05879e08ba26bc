"""Benchmark of ``reader batch``: pairs per second on each engine, memory, finding pairs.

    .venv/bin/python bench/batch.py                       # everything, about 10 min on 2 cores
    .venv/bin/python bench/batch.py --pairs 500           # rates on a subset
    .venv/bin/python bench/batch.py --only find-pairs     # finding pairs only (seconds)

Reads ``../shared/news/stories`` in place (``--stories``); results go to a temporary
folder, and a JSON summary to ``bench/results/batch.json``.  Not a test: the numbers
depend on the machine and on what else runs on it, so the load average is printed with
them.  Each engine run is a child process of its own, so that its peak memory
(``ru_maxrss`` of the driver and of its workers) is its own.

Finding pairs: the articles are laid out flat in a temporary folder of symbolic links
with anonymous names (a hash: no story name leaks into the file names), and the pairs
proposed are scored against the story folders.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.batch.inputs import articles_in, discover  # noqa: E402


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _flat(stories: Path, keep: int, tmp: Path) -> tuple[Path, set[tuple[str, str]]]:
    """``keep`` articles (a fixed random sample) as anonymous links, and the true pairs."""
    arts = [(s.name, a) for s in sorted(stories.iterdir()) if s.is_dir() for a in articles_in(s)]
    random.Random(12).shuffle(arts)
    flat = tmp / f"flat-{keep}"
    flat.mkdir()
    story_of = {}
    for story, a in arts[:keep]:
        link = flat / (hashlib.sha1(str(a).encode()).hexdigest()[:16] + ".txt")
        link.symlink_to(a.resolve())
        story_of[str(link)] = story
    truth = {(a, b) for a, b in combinations(sorted(story_of), 2) if story_of[a] == story_of[b]}
    return flat, truth


def find_pairs_bench(stories: Path) -> dict:
    from reader.batch.similar import find_pairs

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for keep in (250, 500, 999):
            flat, truth = _flat(stories, keep, Path(tmp))
            found = find_pairs(flat)
            got = {tuple(sorted((p.left, p.right))) for p in found.pairs}
            r = {
                "articles": found.articles, "true_pairs": len(truth), "proposed": len(got),
                "recall": round(len(got & truth) / max(1, len(truth)), 4),
                "proposed_per_true": round(len(got) / max(1, len(truth)), 2),
                "scored_candidates": found.candidates, "seconds": round(found.seconds, 2),
            }  # fmt: skip
            results[str(keep)] = r
            print(f"find-pairs {keep:4d} articles: {r}", flush=True)
    return results


def _machine() -> list[float]:
    """Seconds of the whole machine since boot: busy, idle (iowait included), stolen."""
    with open("/proc/stat") as fh:
        f = [int(x) / os.sysconf("SC_CLK_TCK") for x in fh.readline().split()[1:]]
    return [f[0] + f[1] + f[2] + f[5] + f[6], f[3] + f[4], f[7]]


def _cpu_self() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def one_run(engine: str, workers: int, n: int, stories: Path) -> dict:
    """One engine over the first ``n`` pairs, in this (child) process; prints JSON."""
    from reader.batch.run import run_batch

    pairs = discover(stories)
    if n < len(pairs):  # a fixed random sample: the same mix of sizes as the whole batch
        pairs = random.Random(7).sample(pairs, n)
    with tempfile.TemporaryDirectory() as out:
        extra: dict = {}
        if engine == "dask":
            import distributed

            from reader.batch.cluster import local_cluster

            t0 = time.perf_counter()
            cluster = local_cluster(workers)  # the cluster ``reader batch --dask`` starts
            client = distributed.Client(cluster)
            extra["cluster_start_s"] = round(time.perf_counter() - t0, 2)
            cpu0 = sum(client.run(_cpu_self).values())
            driver0, machine0 = _cpu_self(), _machine()
            report = run_batch(pairs, out, workers=workers, client=client, progress=False)
            driver1, machine1 = _cpu_self(), _machine()
            extra["worker_cpu_s"] = round(sum(client.run(_cpu_self).values()) - cpu0, 2)
            peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
            extra["worker_peak_mb"] = [round(v / 1024) for v in peaks.values()]
            client.close()
            cluster.close()
        else:
            driver0, machine0 = _cpu_self(), _machine()
            report = run_batch(pairs, out, workers=workers, progress=False)
            driver1, machine1 = _cpu_self(), _machine()
            kids = resource.getrusage(resource.RUSAGE_CHILDREN)
            extra["worker_peak_mb"] = [round(kids.ru_maxrss / 1024)]
            extra["worker_cpu_s"] = round(kids.ru_utime + kids.ru_stime, 2)
    t = report.tally
    extra["driver_cpu_s"] = round(driver1 - driver0, 2)  # the scheduler's too, in a LocalCluster
    busy, idle, steal = (round(b - a, 1) for a, b in zip(machine0, machine1, strict=True))
    extra["machine_busy_idle_steal_s"] = [busy, idle, steal]
    return {
        "engine": engine, "workers": workers, "pairs": n, "failed": t.failed,
        "compare_s": round(t.seconds, 2), "pairs_per_s": round(t.compared / t.seconds, 2),
        "tables_s": round(report.tables_seconds, 2),
        "driver_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024), **extra,
        "cpu_ms_per_pair": round(1000 * extra["worker_cpu_s"] / max(1, t.compared), 1),
        # what a shared machine cannot take away: pairs per CPU second of the engine's own
        # processes (workers, driver, the scheduler and nannies of a LocalCluster)
        "pairs_per_cpu_s": round(t.compared / max(0.01, extra["worker_cpu_s"] + extra["driver_cpu_s"]), 2),
        # end to end: a LocalCluster's start counted (the pool starts inside compare_s)
        "pairs_per_s_with_start": round(t.compared / (t.seconds + extra.get("cluster_start_s", 0)), 2),
    }  # fmt: skip


def memory_trace(stories: Path) -> list[dict]:
    """One process compares every pair as a worker does, in a random order, and records its
    resident memory every 250 pairs: flat means no growth with the batch's length."""
    from reader.batch.work import Options, run_chunk

    pairs = discover(stories)
    random.Random(3).shuffle(pairs)
    page = os.sysconf("SC_PAGE_SIZE")
    trace = []
    with tempfile.TemporaryDirectory() as out:
        for start in range(0, len(pairs), 250):
            run_chunk(pairs[start : start + 250], out, Options())
            with open("/proc/self/statm") as fh:
                rss = int(fh.read().split()[1]) * page
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            trace.append({"pairs": start + len(pairs[start : start + 250]), "rss_mb": round(rss / 2**20),
                          "peak_mb": round(peak / 1024)})  # fmt: skip
            print(f"memory: {trace[-1]}", flush=True)
    return trace


def rates_bench(stories: Path, sizes: list[int], rounds: int = 1) -> list[dict]:
    """Each engine in turn, ``rounds`` times over: on a machine other work loads too, the
    engines then share its quiet and busy spells, and medians can be compared."""
    runs = []
    for n in sizes:
        for engine, workers in (("pool", 1), ("pool", 2), ("dask", 2)) * rounds:
            before = load()
            cmd = [sys.executable, __file__, "--one", engine, "--workers", str(workers), "--pairs", str(n)]
            cmd += ["--stories", str(stories)]
            proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            r["load_before"], r["load_after"] = before, load()
            runs.append(r)
            print(f"rate: {r}", flush=True)
    return runs


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--stories", default=str(ROOT.parent / "shared" / "news" / "stories"))
    p.add_argument("--pairs", type=int, default=0, help="a random sample of N pairs (default: 500, all)")
    p.add_argument("--only", choices=["find-pairs", "rates", "memory"])
    p.add_argument("--rounds", type=int, default=1, help="run the engines in turn N times (rates)")
    p.add_argument("--one", choices=["pool", "dask"], help=argparse.SUPPRESS)
    p.add_argument("--workers", type=int, default=2, help=argparse.SUPPRESS)
    p.add_argument("--out", default=str(ROOT / "bench" / "results" / "batch.json"))
    args = p.parse_args()
    stories = Path(args.stories)
    if args.one:
        print(json.dumps(one_run(args.one, args.workers, args.pairs or 10**9, stories)))
        return
    total = len(discover(stories))
    print(f"machine: {os.cpu_count()} cores, load {load()}; {total} same-event pairs", flush=True)
    result: dict = {"started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "load_start": load()}
    if args.only in (None, "find-pairs"):
        result["find_pairs"] = find_pairs_bench(stories)
    if args.only in (None, "memory"):
        result["memory_trace"] = memory_trace(stories)
    if args.only in (None, "rates"):
        sizes = [args.pairs] if args.pairs else [500, total]
        result["rates"] = rates_bench(stories, sizes, args.rounds)
    result["load_end"] = load()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}; load at the end {load()}")


if __name__ == "__main__":
    main()
