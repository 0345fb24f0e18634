"""The LSTM cells' fast paths compute what their plain path computes: long sequences cut
into chunks of steps, and wide layers multiplying gate block by gate block."""

from __future__ import annotations

import numpy as np
import pytest

from rnnstudio.engine.cells import lstm as lstm_module
from rnnstudio.engine.config import Config
from rnnstudio.engine.model import Network


def run(cell: str, seed: int, T: int = 23, H: int = 6, layers: int = 2):
    """Loss, gradients, flow and final states of a two-layer float64 network (a workspace
    kept, so the second call reuses its buffers as training does)."""
    cfg = Config(cell=cell, hidden=H, layers=layers, dtype="float64")
    net = Network(cfg, 3, 2, "bce", np.random.default_rng([seed, 0]))
    rng = np.random.default_rng([seed, 1])
    for v in net.params.values():
        v[...] = rng.uniform(-0.8, 0.8, v.shape)
    x = rng.standard_normal((T, 4, 3))
    y = (rng.random((T, 4, 2)) < 0.5).astype(np.float64)
    mask = np.ones((T, 4))
    for _ in range(2):
        res = net.gradients(x, y, mask, trace=True)
    chunks = [len(fw.chunks) for ws in net._workspaces for fw in ws.values()]
    return res, net.grad_flat.copy(), chunks


@pytest.mark.parametrize("cell", ["lstm", "peephole"])
@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("sum_by_chunk", [False, True])
def test_chunked_and_split_paths_match_the_plain_one(cell, seed, sum_by_chunk, monkeypatch):
    plain, g_plain, chunks = run(cell, seed)
    assert chunks == [1, 1]
    # chunks of 2 steps (23 steps: the last chunk is shorter), one product per gate
    monkeypatch.setattr(lstm_module, "CHUNK_BYTES", 4 * 6 * 8 * 7 * 2 + 1)
    monkeypatch.setattr(lstm_module, "SPLIT_FROM", 1)
    monkeypatch.setattr(lstm_module, "SUM_BY_CHUNK_RATIO", 0 if sum_by_chunk else 10**6)
    fast, g_fast, chunks = run(cell, seed)
    assert chunks == [12, 12]
    np.testing.assert_allclose(fast.loss, plain.loss, rtol=1e-12)
    np.testing.assert_allclose(g_fast, g_plain, rtol=1e-10, atol=1e-12)
    for name in plain.flow:
        np.testing.assert_allclose(fast.flow[name], plain.flow[name], rtol=1e-10)
        for a, b in zip(fast.trace[name], plain.trace[name], strict=True):
            np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-12)
    for s_fast, s_plain in zip(fast.states, plain.states, strict=True):
        for a, b in zip(s_fast, s_plain, strict=True):
            np.testing.assert_allclose(a, b, rtol=1e-12)


def test_long_sequences_are_cut_into_chunks():
    """The test above exercises chunks only if there are several: check the bounds."""
    bounds = lstm_module.chunk_bounds(512, lstm_module.CHUNK_BYTES // 16)
    assert len(bounds) == 32 and bounds[0] == (0, 16) and bounds[-1] == (496, 512)
    assert lstm_module.chunk_bounds(5, 1) == [(0, 5)]
    assert lstm_module.chunk_bounds(5, 1 << 40) == [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]
