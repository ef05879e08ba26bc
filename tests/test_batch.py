"""reader batch: story folders, manifests, a flat folder, errors, ids, the library door.

The articles are made up here (no real article text in the repository): a few events,
each told by several outlets in their own order and words, one of them off by a number.
Other batch test files import ``write_stories`` and ``article`` from this one.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import socket
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import reader.batch
from reader.batch import cli, similar
from reader.batch.inputs import discover, pair_id, safe_id
from reader.batch.run import run_batch
from reader.batch.work import Options, is_complete, pool_init, result_path

EVENTS = [
    ("Varnhold", "Mayor Ilse Brandqvist", 41, "Teskaro valley", "Monday", "earthquake"),
    ("Oskavik", "Captain Remy Dufaux", 212, "Kallmer strait", "Friday", "ferry"),
    ("Quellport", "Senator Mara Tollund", 17, "Harrow commission", "Tuesday", "budget"),
    ("Brenmoor", "Judge Otto Vessanen", 9, "Lindqvist tribunal", "Sunday", "verdict"),
]
TEMPLATES = [
    "{person} said {number} people were affected in {place} on {day}.",
    "Teams from the {other} reached {place} within hours of the {what}.",
    "Officials in {place} expect the count of {number} to change as reports arrive.",
    "The {what} was the worst the {other} had seen in a decade, residents said.",
    "{person} thanked volunteers and asked for patience while roads reopened.",
    "Schools near {place} stayed closed and the {other} office opened a hotline.",
    "A spokesman for {person} declined to give further details on {day} evening.",
    "Neighbouring towns sent food, blankets and water to {place} overnight.",
]


def article(event: int, outlet: int, sentences: int = 8) -> str:
    """One outlet's account: its own order, a headline, and outlet 2 off by a number."""
    place, person, number, other, day, what = EVENTS[event]
    if outlet == 2:
        number += 3
    order = TEMPLATES[outlet % len(TEMPLATES) :] + TEMPLATES[: outlet % len(TEMPLATES)]
    body = [
        t.format(place=place, person=person, number=number, other=other, day=day, what=what)
        for t in (order * 4)[:sentences]
    ]
    return f"{what.title()} in {place}\n\n" + "\n\n".join(body) + "\n"


def write_stories(root: Path, events: int = 2, outlets: int = 3, sentences: int = 8) -> Path:
    """root/story-N/outlet-M.txt for each event and outlet."""
    for e in range(events):
        folder = root / f"story-{e}"
        folder.mkdir(parents=True, exist_ok=True)
        for o in range(outlets):
            (folder / f"outlet-{o}.txt").write_text(article(e, o, sentences), encoding="utf-8")
    return root


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_story_folders_with_a_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stories = write_stories(tmp_path / "stories")
    (stories / "story-1" / "outlet-9.bin.txt").write_bytes(bytes(range(256)) * 40)  # not text
    (stories / "story-0" / "outlet-8.txt").symlink_to(tmp_path / "moved-away.txt")  # a dangling link
    out = tmp_path / "out"
    status = cli.main([str(stories), "-o", str(out), "--workers", "2", "--quiet"])
    rows = read_csv(out / "pairs.csv")
    assert len(rows) == 6 + 6  # C(4,2) in each story
    failed = [r for r in rows if r["error"]]
    assert len(failed) == 6  # every pair with the binary file or the dangling link
    assert status == cli.EXIT_SOME_FAILED == 3  # not 2, bad input's
    assert all(("outlet-9.bin.txt" in r["error"]) != ("outlet-8.txt" in r["error"]) for r in failed)
    assert all(not r["result"] for r in failed)
    ok = [r for r in rows if not r["error"]]
    assert all(int(r["links"]) > 0 and (out / r["result"]).is_file() for r in ok)
    assert "6 failed" in capsys.readouterr().err
    diffs = read_csv(out / "differences.csv")
    assert any(d["kind"] == "number" and {d["left"], d["right"]} == {"41", "44"} for d in diffs)


def test_tables_agree_with_the_pair_json(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out"
    stories = write_stories(tmp_path / "s", 1, 3)
    alone = stories / "story-0" / "outlet-1.txt"  # one outlet alone tells of the ferry
    alone.write_text(
        alone.read_text("utf-8") + "\nThe night ferry to the islands was cancelled as well.\n", "utf-8"
    )
    report = reader.batch.run(stories, out, workers=1)
    assert report.failed == 0
    pairs = pa.read_table(out / "pairs.parquet").to_pylist()
    for row in pairs:
        data = json.loads((out / row["result"]).read_text(encoding="utf-8"))
        assert data["format"] == "reader-comparison/1"
        assert row["links"] == data["summary"]["links"]
        assert row["coverage_left"] == data["summary"]["coverage_left"]
        assert row["left_title"] == data["left"]["title"]
        assert row["little_shared"] == data["overlap"]["little_shared"]
    diffs = pa.read_table(out / "differences.parquet").to_pylist()
    assert len(diffs) == sum(r["differences"] + r["name_variants"] for r in pairs)
    assert read_csv(out / "pairs.csv")[0]["id"] == pairs[0]["id"]
    # a sentence only one side tells: one row each, with its text, for a spreadsheet
    unique = pa.read_table(out / "unique.parquet").to_pylist()
    assert len(unique) == sum(r["unique_left"] + r["unique_right"] for r in pairs) > 0
    for u in unique:
        data = json.loads((out / next(r["result"] for r in pairs if r["id"] == u["pair"])).read_text("utf-8"))
        assert u["sentence"] in data["unique"][u["side"]]
        assert data[u["side"]]["sentences"][u["sentence"]]["text"] == u["text"]
        assert u["source"] == data[u["side"]]["source"]
    assert len(read_csv(out / "unique.csv")) == len(unique)


def test_manifest_csv_with_a_missing_file_and_an_unreachable_link(tmp_path: Path) -> None:
    stories = write_stories(tmp_path / "s", 1, 3)
    a, b, c = (stories / "story-0" / f"outlet-{i}.txt" for i in range(3))
    link = f"http://127.0.0.1:{closed_port()}/article"
    manifest = tmp_path / "pairs.csv"
    manifest.write_text(
        "left,right,id\n"
        f"{a},{b},first pair\n"  # an unsafe id, made safe
        f"s/story-0/outlet-1.txt,s/story-0/outlet-2.txt,\n"  # relative to the manifest
        f"{a},{tmp_path / 'gone.txt'},\n"
        f"{link},{c},\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert cli.main([str(manifest), "-o", str(out), "--quiet", "--workers", "1"]) == 3  # 2 failed
    rows = {r["id"]: r for r in read_csv(out / "pairs.csv")}
    assert len(rows) == 4
    errors = sorted(r["error"] for r in rows.values() if r["error"])
    assert "gone.txt" in errors[1] or "gone.txt" in errors[0]
    assert any("unreachable" in e and "127.0.0.1" in e for e in errors)
    first = next(i for i in rows if i.startswith("first-pair--"))
    assert rows[first]["error"] == "" and rows[first]["right"] == str(b)


def test_manifest_jsonl_keeps_safe_ids_and_refuses_one_id_for_two_pairs(tmp_path: Path) -> None:
    stories = write_stories(tmp_path / "s", 1, 3)
    a, b, c = (str(stories / "story-0" / f"outlet-{i}.txt") for i in range(3))
    manifest = tmp_path / "pairs.jsonl"
    lines = [
        {"left": a, "right": b, "id": "ab"},
        {"left": a, "right": c, "id": "ac"},
        {"left": a, "right": b, "id": "ab"},
    ]
    manifest.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    assert [p.id for p in discover(manifest)] == ["ab", "ac"]  # the repeat once
    manifest.write_text(
        json.dumps({"left": a, "right": b, "id": "x"}) + "\n" + json.dumps({"left": a, "right": c, "id": "x"})
    )
    with pytest.raises(reader.InputError, match="names two pairs"):
        discover(manifest)
    assert cli.main([str(manifest), "-o", str(tmp_path / "o")]) == 2
    assert cli.main([str(tmp_path / "nothing-here"), "-o", str(tmp_path / "o")]) == 2


def test_a_batch_that_cannot_start_exits_2_in_one_line_like_reader(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad input exits 2 with one line naming the file and the cause, as ``reader`` does
    (it exited 125); a usage error exits 2 as argparse's do everywhere, in one line too."""
    stories = write_stories(tmp_path / "s", 1, 2)
    empty, taken = tmp_path / "empty", tmp_path / "taken.csv"
    empty.mkdir()
    taken.write_text("x\n", encoding="utf-8")
    out = str(tmp_path / "o")
    for args, named, cause in [
        ([str(tmp_path / "gone"), "-o", out], "gone", "no such file"),
        ([str(empty), "-o", out], "empty", "holds no story folders"),
        ([str(stories), "-o", str(taken)], "taken.csv", "is a file"),
    ]:
        assert cli.main(args) == 2, args
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and named in err[0] and cause in err[0], err
    for args in ([str(stories)], [str(stories), "-o", out, "--bogus"], []):
        with pytest.raises(SystemExit) as exit_:
            cli.main(args)
        assert exit_.value.code == 2, args
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith("reader batch: ") and "--help for usage" in err[0], err
    assert not os.path.exists(out)


def test_pair_ids_are_stable_and_safe() -> None:
    left, right = "/x/a story/ö left.txt", "/x/a story/right?.txt"
    one = pair_id(left, right, "a story--ö left--right?")
    assert one == pair_id(left, right, "a story--ö left--right?")
    assert one != pair_id(right, left, "a story--ö left--right?")
    assert all(ch.isalnum() or ch in "-._" for ch in one) and len(one) <= 100
    assert safe_id("ok_id-1", left, right) == "ok_id-1"
    assert safe_id("../etc/passwd", left, right).startswith("etc-passwd--")
    assert len(pair_id(left, right, "x" * 500)) <= 100


def test_flat_folder_find_pairs(tmp_path: Path) -> None:
    flat = tmp_path / "flat"
    flat.mkdir()
    for e in range(3):
        for o in range(3):
            (flat / f"{(e * 7 + o * 5) % 11:02d}.txt").write_text(article(e, o), encoding="utf-8")
    found = similar.find_pairs(flat)
    events = {f"{(e * 7 + o * 5) % 11:02d}.txt": e for e in range(3) for o in range(3)}
    got = {(Path(p.left).name, Path(p.right).name) for p in found.pairs}
    truth = {(a, b) for a in events for b in events if a < b and events[a] == events[b]}
    assert got == truth
    assert "9 articles" in found.explain() and "9 proposed" in found.explain()
    out = tmp_path / "out"
    assert cli.main([str(flat), "--find-pairs", "-o", str(out), "--quiet", "--workers", "1"]) == 0
    rows = read_csv(out / "pairs.csv")
    assert len(rows) == 9 and {r["little_shared"] for r in rows} <= {"True", "False"}


def test_a_pair_past_its_time_limit_is_an_error_row(tmp_path: Path) -> None:
    stories = write_stories(tmp_path / "s", 1, 2, sentences=60)
    report = run_batch(discover(stories), tmp_path / "o", Options(timeout=0.001), workers=1, progress=False)
    assert report.failed == 1
    assert read_csv(tmp_path / "o" / "pairs.csv")[0]["error"] == "timed out after 0.001 s"


def _fork_allowed() -> bool:
    from reader import processes

    return processes._can_fork()


def test_pool_workers_never_fork() -> None:
    # a test run started in the background inherits SIGINT ignored: start from Python's own
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with ProcessPoolExecutor(1, initializer=pool_init) as pool:
            assert pool.submit(_fork_allowed).result() is False
        assert signal.getsignal(signal.SIGINT) is not signal.SIG_IGN  # only the workers ignore it
    finally:
        signal.signal(signal.SIGINT, before)


def test_library_door_and_resume(tmp_path: Path) -> None:
    stories = write_stories(tmp_path / "s", 2, 3)
    report = reader.batch(stories, tmp_path / "o", workers=2)  # the module is callable
    assert (report.tally.compared, report.tally.skipped, report.failed) == (6, 0, 0)
    again = reader.batch.run(stories, tmp_path / "o", workers=2)
    assert (again.tally.compared, again.tally.skipped) == (0, 6)
    assert all(is_complete(result_path(tmp_path / "o", p.id)) for p in discover(stories))


def test_missing_extras_say_which_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    stories = write_stories(tmp_path / "s", 1, 2)
    status = cli.main([str(stories), "-o", str(tmp_path / "o"), "--dask", "--quiet"])
    assert status == 2
    report = run_batch(discover(stories), tmp_path / "o", workers=1, progress=False)
    assert sorted(os.listdir(tmp_path / "o")) == [
        "differences.csv",
        "log.jsonl",
        "pairs",
        "pairs.csv",
        "unique.csv",
    ]
    assert any("reader[batch]" in n for n in report.notes)


def test_reader_command_dispatches_batch(tmp_path: Path) -> None:
    from reader.cli import main

    stories = write_stories(tmp_path / "s", 1, 2)
    assert main(["batch", str(stories), "-o", str(tmp_path / "o"), "--quiet", "--workers", "1"]) == 0
    assert len(read_csv(tmp_path / "o" / "pairs.csv")) == 1


def test_story_ids_do_not_depend_on_where_the_folder_is(tmp_path: Path) -> None:
    here = write_stories(tmp_path / "a" / "stories")
    there = tmp_path / "b"
    (here.parent).rename(there)
    moved = [p.id for p in discover(there / "stories")]
    write_stories(tmp_path / "c" / "stories")
    assert moved == [p.id for p in discover(tmp_path / "c" / "stories")]


def test_pairs_that_share_little_are_marked_in_a_column_of_their_own() -> None:
    from reader.batch.inputs import Pair
    from reader.batch.tables import LATER_KINDS, PAIR_COLUMNS, pair_row

    every = [name for name, _ in PAIR_COLUMNS]
    assert every[-1] == "datelines"  # the newest column last, after the later kinds
    names = every[: -len(LATER_KINDS) - 1]
    assert names[-2:] == ["little_shared", "discrepancies"]
    assert names[-5:-2] == ["seconds", "error", "result"]
    pair = Pair("p", "a.txt", "b.txt")

    def data(left: int, right: int, unique_left: int, unique_right: int) -> dict[str, object]:
        summary = {"left_sentences": left, "right_sentences": right}
        summary |= {"unique_left": unique_left, "unique_right": unique_right}
        doc = {"source": "x", "title": "x", "sentences": []}
        return {"summary": summary, "left": doc, "right": doc, "links": [], "names": []}

    apart = data(12, 9, 12, 9)  # two stories, nothing linked
    together = data(12, 9, 4, 2)
    assert pair_row(pair, apart, None, "r")["little_shared"] is True  # from the counts (older JSON)
    assert pair_row(pair, together, None, "r")["little_shared"] is False
    said = together | {"overlap": {"little_shared": True}}  # the JSON's own verdict wins
    assert pair_row(pair, said, None, "r")["little_shared"] is True
    assert pair_row(pair, None, None, "r")["little_shared"] is None  # not compared


def test_a_batch_stopped_part_way_says_so_and_is_not_bad_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device", str(tmp_path / "out" / "pairs.csv"))

    import importlib

    monkeypatch.setattr(importlib.import_module("reader.batch.run"), "run_batch", disk_full)
    stories = write_stories(tmp_path / "stories")
    status = cli.main([str(stories), "-o", str(tmp_path / "out"), "--quiet"])
    err = capsys.readouterr().err
    assert status == cli.EXIT_SOME_FAILED  # pairs ran and a rerun resumes: not 2, bad input's
    assert "No space left on device" in err and "run the same command again to resume" in err


def test_the_end_summary_names_the_results_without_a_double_slash() -> None:
    from reader.batch.progress import Tally, summary

    for out in ("batch-out/", "batch-out", "batch-out//"):
        said = summary(Tally(total=1), out, ["pairs.csv"], [], "local")
        assert "batch-out/pairs/*/ID.json" in said and "//" not in said, out


def test_each_kind_the_comparison_reports_has_its_column() -> None:
    """A negation or a name put for another is counted in its own column, not as 'other'."""
    import reader
    from reader.batch.inputs import Pair
    from reader.batch.tables import pair_row

    left = "The harbour board approved the plan to dredge the channel on Monday night, officials said."
    right = "The harbour board rejected the plan to dredge the channel on Monday night, officials said."
    data = json.loads(reader.to_json(reader.compare(left, right)))
    row = pair_row(Pair("p", "a.txt", "b.txt"), data, None, "p.json")
    assert row["diff_negation"] == 1 and row["diff_other"] == 0
    kinds = [k for k in row if k.startswith("diff_")]
    assert sum(row[k] for k in kinds) == row["differences"] + row["name_variants"]
