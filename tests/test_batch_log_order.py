"""A worker logs a pair's outcome before it writes the pair's JSON: a run killed between the two
has the time and no result (the resume compares the pair again), never a result without its time."""

from __future__ import annotations

from pathlib import Path

from reader.batch.inputs import Pair
from reader.batch.work import Options, Outcome, result_path, run_one


def test_the_outcome_is_logged_before_the_result_is_written(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The ferry left Oban at noon on Friday with 40 passengers.\n", encoding="utf-8")
    b.write_text("The ferry left Oban on Friday at noon, carrying 40 passengers.\n", encoding="utf-8")
    pair = Pair("oban", str(a), str(b))
    out = tmp_path / "out"
    seen: list[tuple[Outcome, bool]] = []
    got = run_one(pair, str(out), Options(), lambda o: seen.append((o, result_path(out, pair.id).exists())))
    assert got.error == "" and result_path(out, pair.id).exists()
    assert seen == [(got, False)]  # logged once, while no result was on disk yet


def test_a_failed_pair_is_logged_with_its_error(tmp_path: Path) -> None:
    pair = Pair("gone", str(tmp_path / "missing-a.txt"), str(tmp_path / "missing-b.txt"))
    seen: list[Outcome] = []
    got = run_one(pair, str(tmp_path / "out"), Options(), seen.append)
    assert got.error and seen == [got]
