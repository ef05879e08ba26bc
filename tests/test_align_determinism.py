"""The same texts link the same way on any machine: the meaning signal's products give the
same bits whatever number of BLAS threads numpy's library uses (a matrix product does not:
it rounds the last bit differently with 1 and with 2 threads)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from reader.align import meaning

needs_model = pytest.mark.skipif(not meaning.available(), reason="reader[meaning] is not installed")

SCRIPT = """
import hashlib
import numpy as np
from reader.align.meaning import similarity
from reader.align.settings import DEFAULTS
from reader.align.soft import soft_f1
rng = np.random.default_rng(7)
words = "the council said on monday that the harbour bridge would open next spring after delays".split()
left = [" ".join(rng.choice(words, 12)) for _ in range(300)]
right = [" ".join(rng.choice(words, 12)) for _ in range(280)]
print(hashlib.sha1(similarity(left, right, DEFAULTS).tobytes()).hexdigest())
print(hashlib.sha1(soft_f1(left, right).tobytes()).hexdigest())
"""


@needs_model
def test_meaning_products_give_the_same_bits_with_one_or_two_blas_threads() -> None:
    out = []
    for threads in ("1", "2"):
        env = {
            **os.environ,
            "OPENBLAS_NUM_THREADS": threads,
            "OMP_NUM_THREADS": threads,
            "MKL_NUM_THREADS": threads,
        }
        run = subprocess.run(
            [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
        )
        out.append(run.stdout)
    assert out[0] == out[1]
