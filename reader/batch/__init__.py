"""Batch comparison: thousands of pairs on one machine's cores or a Dask cluster.

From Python (after ``import reader.batch``, ``reader.batch`` is itself callable)::

    import reader.batch
    report = reader.batch("stories/", "out/")                 # story folders
    report = reader.batch("pairs.csv", "out/", workers=2)     # a manifest
    report = reader.batch("flat/", "out/", find_pairs=True)   # find same-event pairs
    report = reader.batch("stories/", "out/", dask="tcp://scheduler:8786")
    print(report.summary("out/"), report.failed)

Modules, one idea each: ``inputs`` (pairs and their ids), ``similar`` (finding pairs
in a flat folder), ``work`` (what a worker does with a chunk), ``deadline`` (the time
limit of a pair), ``pool`` and ``cluster`` (the engines), ``tables`` (the Parquet and
CSV tables), ``progress`` (bar and summary), ``run`` (a batch end to end), ``cli``.
Importing this package imports none of Dask, pyarrow or Rich.
"""

from __future__ import annotations

import os
import sys
import types
from typing import Any

from reader.batch.inputs import Pair
from reader.batch.run import Report, run_batch
from reader.batch.work import Options

__all__ = ["Options", "Pair", "Report", "run", "run_batch"]


def run(
    source: str | os.PathLike[str] | list[Pair],
    out: str | os.PathLike[str],
    *,
    find_pairs: bool = False,
    workers: int | None = None,
    dask: str | bool | None = None,
    client: Any = None,
    timeout: float | None = 120.0,
    split: str = "sentences",
    boilerplate: bool = True,
    settings: Any = None,
    chunk: int | None = None,
    progress: bool = False,
) -> Report:
    """Compare every pair of ``source`` into ``out``: a folder of story folders, a
    manifest, a flat folder (``find_pairs=True``) or a list of :class:`Pair`."""
    if isinstance(source, list):
        pairs = source
    elif find_pairs:
        from pathlib import Path

        from reader.batch.similar import find_pairs as find

        pairs = find(Path(source)).pairs
    else:
        from reader.batch.inputs import discover

        pairs = discover(source)
    options = Options(split, boilerplate, timeout, settings)
    return run_batch(
        pairs, out, options, workers=workers, dask=dask, client=client, chunk=chunk, progress=progress
    )


class _CallableModule(types.ModuleType):
    """``reader.batch(...)`` is ``reader.batch.run(...)``."""

    def __call__(self, *args: Any, **kwargs: Any) -> Report:
        return run(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
