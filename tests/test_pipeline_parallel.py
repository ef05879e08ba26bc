"""The pipeline's speed-ups must never change a result.

* The garbage collector is paused while the pipeline runs and restored afterwards.
"""

from __future__ import annotations

import gc

import pytest

from reader import pipeline


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_paused_and_restored(enabled: bool) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with pipeline.gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError), pipeline.gc_paused():
            raise ValueError("a failure inside")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
