"""The batch's tables, rebuilt from the per-pair results: pairs, differences, one-sided sentences.

``pairs.parquet`` has one row per pair of the batch (done or failed), ``differences
.parquet`` one row per difference found, ``unique.parquet`` one row per sentence only one
side of a pair tells; each has a CSV copy.  They are rebuilt from
the per-pair JSON files at the end of every run (a resumed run included), streamed a
few thousand rows at a time, and each is written to a temporary file renamed over the
old one: a reader sees the previous table or the new one, never half of one.

Parquet needs pyarrow (the ``batch`` extra); without it the CSV copies are written and
the summary says which extra brings the Parquet files.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, suppress
from typing import Any

from reader.batch.inputs import Pair
from reader.batch.work import Outcome, result_path
from reader.counts import from_summary
from reader.files import temp_name
from reader.overlap import from_counts

# the kinds of difference the comparison reports today; anything new counts as "other"
KINDS = (
    "number", "amount", "percentage", "duration", "age", "ordinal",
    "date", "year", "time", "day", "spelling", "speaker", "quote",
)  # fmt: skip
# ... and those it learned later: a name put for another, a statement and its negation, a vote's
# tally, a kinship, a party, a statistic, a term of office or prison, a weapon, a child count, a
# dateline's place or date
LATER_KINDS = (
    "name", "negation", "tally", "relation", "party", "statistic", "term", "weapon", "children", "dateline",
)  # fmt: skip
PAIR_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "str"), ("left", "str"), ("right", "str"),
    ("left_source", "str"), ("right_source", "str"), ("left_title", "str"), ("right_title", "str"),
    ("left_sentences", "int"), ("right_sentences", "int"),
    ("links", "int"), ("shared", "int"), ("conflicts", "int"),
    ("differences", "int"), ("name_variants", "int"),
    *((f"diff_{k}", "int") for k in (*KINDS, "other")),
    ("unique_left", "int"), ("unique_right", "int"),
    ("coverage_left", "float"), ("coverage_right", "float"),
    ("seconds", "float"), ("error", "str"), ("result", "str"),
    ("little_shared", "bool"),  # after the columns of the first tables, so they keep their places
    ("discrepancies", "int"),  # conflicts + name_variants + datelines: the count every view shows
    # kinds the comparison learned after the first tables (at the end: the others keep their places)
    *((f"diff_{k}", "int") for k in LATER_KINDS),
    ("datelines", "int"),  # a dateline's place or date told apart (counted with the discrepancies)
)  # fmt: skip
DIFF_COLUMNS: tuple[tuple[str, str], ...] = (
    ("pair", "str"), ("link", "int"), ("kind", "str"),
    ("left", "str"), ("right", "str"),
    ("left_sentence", "str"), ("right_sentence", "str"),
    ("left_ids", "str"), ("right_ids", "str"), ("note", "str"),
)  # fmt: skip
# one row per sentence only one side tells: what an outlet alone reports, for a spreadsheet
UNIQUE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("pair", "str"), ("side", "str"), ("source", "str"), ("sentence", "int"), ("text", "str"),
)  # fmt: skip
BATCH_ROWS = 5_000


def _sentences(doc: dict[str, Any], ids: Iterable[int]) -> str:
    sents = doc["sentences"]
    return " ".join(sents[i]["text"] for i in ids if 0 <= i < len(sents))


def difference_rows(pair_id: str, data: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per difference: those inside links, then names spelled two ways
    (``link`` -1: found across the whole documents)."""
    left, right = data["left"], data["right"]
    rows = []
    for n, link in enumerate(data["links"]):
        for d in link["differences"]:
            rows.append(_diff_row(pair_id, n, d, left, right, link["left"], link["right"]))
    for d in data.get("names", []):
        rows.append(_diff_row(pair_id, -1, d, left, right, [d["left_sentence"]], [d["right_sentence"]]))
    return rows


def unique_rows(pair_id: str, data: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per sentence only one side tells (ids 0-based, as in the JSON)."""
    rows = []
    for side in ("left", "right"):
        doc, sents = data[side], data[side]["sentences"]
        for i in data.get("unique", {}).get(side, []):
            if 0 <= i < len(sents):
                rows.append({"pair": pair_id, "side": side, "source": doc["source"], "sentence": i,
                             "text": sents[i]["text"]})  # fmt: skip
    return rows


def _diff_row(
    pid: str, n: int, d: dict[str, Any], left: Any, right: Any, li: list[int], ri: list[int]
) -> dict:
    return {
        "pair": pid, "link": n, "kind": d["kind"], "left": d["left"], "right": d["right"],
        "left_sentence": _sentences(left, li), "right_sentence": _sentences(right, ri),
        "left_ids": " ".join(map(str, li)), "right_ids": " ".join(map(str, ri)), "note": d["note"],
    }  # fmt: skip


def pair_row(pair: Pair, data: dict[str, Any] | None, outcome: Outcome | None, rel: str) -> dict[str, Any]:
    """One pair's row: its counts when it was compared, its error when not."""
    row: dict[str, Any] = dict.fromkeys(name for name, _ in PAIR_COLUMNS)
    row.update(id=pair.id, left=pair.left, right=pair.right, result="")
    row["seconds"] = outcome.seconds if outcome else None
    if data is None:
        row["error"] = (outcome.error if outcome else "") or "not compared"
        return row
    s = data["summary"]
    row.update({k: s.get(k) for k in ("left_sentences", "right_sentences", "links", "shared", "conflicts")})
    row.update({k: s.get(k) for k in ("differences", "name_variants", "unique_left", "unique_right")})
    row["datelines"] = s.get("datelines") or 0
    row.update(coverage_left=s.get("coverage_left"), coverage_right=s.get("coverage_right"))
    for side in ("left", "right"):
        row[f"{side}_source"], row[f"{side}_title"] = data[side]["source"], data[side]["title"]
    counts = dict.fromkeys((f"diff_{k}" for k in (*KINDS, "other", *LATER_KINDS)), 0)
    for d in difference_rows(pair.id, data):
        key = f"diff_{d['kind']}" if d["kind"] in KINDS or d["kind"] in LATER_KINDS else "diff_other"
        counts[key] += 1
    row.update(counts, error="", result=rel, little_shared=_little(data))
    row["discrepancies"] = from_summary(s).total  # from the counts: also for older results
    return row


def _little(data: dict[str, Any]) -> bool:
    """The pair shares little (reader.overlap): maybe two events, not two accounts of one.
    From the JSON's ``overlap`` field, or its counts when written before that field was."""
    said = data.get("overlap", {}).get("little_shared")
    if isinstance(said, bool):
        return said
    s = data["summary"]
    n = {side: int(s.get(f"{side}_sentences") or 0) for side in ("left", "right")}
    unique = {side: int(s.get(f"unique_{side}") or 0) for side in ("left", "right")}
    return from_counts(n["left"], n["right"], unique["left"], unique["right"]).little


def _load(path: Any) -> dict[str, Any] | None:
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and "summary" in data else None


def rows(
    pairs: list[Pair], out: str, outcomes: dict[str, Outcome]
) -> Iterator[tuple[dict, list[dict], list[dict]]]:
    """Each pair's row, its differences' rows and its one-sided sentences' rows, in the
    batch's order."""
    for pair in pairs:
        path = result_path(out, pair.id)
        data = _load(path)
        rel = os.path.relpath(path, out) if data is not None else ""
        yield (
            pair_row(pair, data, outcomes.get(pair.id), rel),
            (difference_rows(pair.id, data) if data is not None else []),
            (unique_rows(pair.id, data) if data is not None else []),
        )


def write_tables(pairs: list[Pair], out: str, outcomes: dict[str, Outcome]) -> list[str]:
    """Write pairs/differences as Parquet (when pyarrow is there) and CSV; returns the paths."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        parquet = False
    else:
        parquet = True
    names = [("pairs", PAIR_COLUMNS), ("differences", DIFF_COLUMNS), ("unique", UNIQUE_COLUMNS)]
    writers: list[_Table] = []
    with ExitStack() as stack:
        for name, cols in names:
            writers.append(stack.enter_context(_Table(os.path.join(out, f"{name}.csv"), cols, _csv_sink)))
            if parquet:
                path = os.path.join(out, f"{name}.parquet")
                writers.append(stack.enter_context(_Table(path, cols, _parquet_sink)))
        for prow, drows, urows in rows(pairs, out, outcomes):
            for w in writers:
                w.add([prow] if w.columns is PAIR_COLUMNS else drows if w.columns is DIFF_COLUMNS else urows)
    return [w.path for w in writers]


Sink = Callable[[str, tuple[tuple[str, str], ...]], tuple[Callable[[list[dict]], None], Callable[[], None]]]


class _Table:
    """One table written in batches to a temporary file, renamed into place on success."""

    def __init__(self, path: str, columns: tuple[tuple[str, str], ...], sink: Sink) -> None:
        self.path, self.columns, self.sink = path, columns, sink
        self.tmp = temp_name(path)
        self.buffer: list[dict] = []

    def __enter__(self) -> _Table:
        self.write, self.close = self.sink(self.tmp, self.columns)
        return self

    def add(self, rows: list[dict]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= BATCH_ROWS:
            self.write(self.buffer)
            self.buffer = []

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        try:
            if kind is None:
                self.write(self.buffer)
            self.close()
            if kind is None:
                os.replace(self.tmp, self.path)
        finally:
            with suppress(OSError):
                os.unlink(self.tmp)


def _csv_sink(path: str, columns: tuple[tuple[str, str], ...]) -> tuple[Callable, Callable]:
    fh = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed by the table)
    out = csv.DictWriter(fh, [name for name, _ in columns])
    out.writeheader()
    return out.writerows, fh.close


def _parquet_sink(path: str, columns: tuple[tuple[str, str], ...]) -> tuple[Callable, Callable]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    schema = pa.schema([(name, types[kind]) for name, kind in columns])
    writer = pq.ParquetWriter(path, schema, compression="zstd")

    def write(batch: list[dict]) -> None:
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))

    return write, writer.close
