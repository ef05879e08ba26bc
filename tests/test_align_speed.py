"""The aligner's shortcuts for speed give exactly what the plain computation gives."""

from __future__ import annotations

import numpy as np

from reader.align.chain import chain_gain, heaviest_chain


def test_the_gain_alone_is_the_gain_of_the_heaviest_chain() -> None:
    rng = np.random.default_rng(7)
    for _ in range(300):
        n_left, n_right = int(rng.integers(1, 30)), int(rng.integers(1, 30))
        k = int(rng.integers(0, 120))
        li = rng.integers(0, n_left, k)
        ri = rng.integers(0, n_right, k)
        # a few distinct values: ties between chains, and pairs without gain
        gain = rng.choice([-0.1, 0.0, 0.05, 0.1, 0.1, 0.3, 1 / 3], k) + rng.choice([0.0, 1e-17], k)
        assert chain_gain(li, ri, gain, n_right) == heaviest_chain(li, ri, gain, n_right)[0]
