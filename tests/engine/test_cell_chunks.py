"""The fast paths compute what the plain path computes: LSTM cells cutting long sequences
into chunks of steps and picking rows for one-hot inputs instead of multiplying; the GRU
multiplying gate block by gate block; large weight matrices transposed tile by tile."""

from __future__ import annotations

import numpy as np
import pytest

from rnnstudio.engine.cells import base as base_module
from rnnstudio.engine.cells import gru as gru_module
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
    chunks = [len(getattr(fw, "chunks", ())) for ws in net._workspaces for fw in ws.values()]
    return res, net.grad_flat.copy(), chunks


@pytest.mark.parametrize("cell", ["lstm", "peephole"])
@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("sum_by_chunk", [False, True])
def test_chunked_and_split_paths_match_the_plain_one(cell, seed, sum_by_chunk, monkeypatch):
    plain, g_plain, chunks = run(cell, seed)
    assert chunks == [1, 1]
    # chunks of 2 steps (23 steps: the last chunk is shorter), one product per gate
    monkeypatch.setattr(lstm_module, "CHUNK_BYTES", 4 * 6 * 8 * 7 * 2 + 1)
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


@pytest.mark.parametrize("seed", range(3))
def test_gru_gate_block_products_match_the_single_product(seed, monkeypatch):
    plain, g_plain, _ = run("gru", seed)
    monkeypatch.setattr(gru_module, "SPLIT_FROM", 1)  # one product per gate block
    fast, g_fast, _ = run("gru", seed)
    np.testing.assert_allclose(fast.loss, plain.loss, rtol=1e-12)
    np.testing.assert_allclose(g_fast, g_plain, rtol=1e-10, atol=1e-12)
    for a, b in zip(fast.trace["h"], plain.trace["h"], strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("cell", ["lstm", "peephole", "gru"])
@pytest.mark.parametrize("seed", range(5))
def test_weights_transposed_tile_by_tile_give_the_same_gradients(cell, seed, monkeypatch):
    plain, g_plain, _ = run(cell, seed)
    # every matrix tiled, in 4 x 4 tiles: the 6-wide blocks leave ragged edge tiles
    monkeypatch.setattr(base_module, "TILED_FROM", 1)
    monkeypatch.setattr(base_module, "TILE", 4)
    tiled, g_tiled, _ = run(cell, seed)
    assert tiled.loss == plain.loss
    np.testing.assert_array_equal(g_tiled, g_plain)


@pytest.mark.parametrize("shape", [(300, 1000), (513, 700), (5, 3)])
def test_transpose_into_copies_any_matrix_transposed(shape):
    rng = np.random.default_rng(sum(shape))
    big = rng.standard_normal((shape[0], shape[1] * 2))
    for a in (big[:, :shape[1]], big[:, shape[1]:].copy()):  # a strided view, a copy
        out = np.full(shape[::-1], np.nan)
        assert base_module.transpose_into(a, out) is out
        np.testing.assert_array_equal(out, a.T)


def test_long_sequences_are_cut_into_chunks():
    """The test above exercises chunks only if there are several: check the bounds."""
    bounds = lstm_module.chunk_bounds(512, lstm_module.CHUNK_BYTES // 16)
    assert len(bounds) == 32 and bounds[0] == (0, 16) and bounds[-1] == (496, 512)
    assert lstm_module.chunk_bounds(5, 1) == [(0, 5)]
    assert lstm_module.chunk_bounds(5, 1 << 40) == [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)]


def one_hot_run(cell: str, seed: int, x: np.ndarray):
    cfg = Config(cell=cell, hidden=5, dtype="float64")
    net = Network(cfg, x.shape[2], 3, "softmax", np.random.default_rng([seed, 0]))
    rng = np.random.default_rng([seed, 1])
    for v in net.params.values():
        v[...] = rng.uniform(-0.8, 0.8, v.shape)
    y = rng.integers(0, 3, size=x.shape[:2])
    res = net.gradients(x, y, np.ones(x.shape[:2]))
    return res.loss, net.grad_flat.copy(), net.logits(x)[0]


@pytest.mark.parametrize("cell", ["lstm", "peephole"])
@pytest.mark.parametrize("seed", range(5))
def test_one_hot_inputs_pick_rows_with_the_same_result_as_the_matmul(cell, seed, monkeypatch):
    rng = np.random.default_rng([seed, 2])
    x = np.zeros((9, 3, 20))
    np.put_along_axis(x, rng.integers(0, 20, size=(9, 3, 1)), 1.0, axis=-1)
    assert lstm_module.one_hot_index(x.reshape(27, 20)) is not None
    picked = one_hot_run(cell, seed, x)
    monkeypatch.setattr(lstm_module, "ONE_HOT_FROM", 10**9)  # always the matmul
    multiplied = one_hot_run(cell, seed, x)
    assert picked[0] == multiplied[0]
    np.testing.assert_array_equal(picked[2], multiplied[2])
    np.testing.assert_allclose(picked[1], multiplied[1], rtol=1e-12, atol=1e-14)


def test_rows_that_are_not_all_one_hot_are_multiplied():
    x = np.zeros((6, 20))
    x[np.arange(6), [3, 1, 4, 1, 5, 9]] = 1.0
    assert list(lstm_module.one_hot_index(x)) == [3, 1, 4, 1, 5, 9]
    for r, c, v in [(2, 7, 1.0), (4, 5, 0.5), (5, 9, 2.0), (3, 1, np.nan)]:
        bad = x.copy()
        bad[r, c] = v
        assert lstm_module.one_hot_index(bad) is None
    bad = x.copy()
    bad[5] = 0.0  # a row without its 1, and two 1s in another: the count matches
    bad[4, 0] = 1.0
    assert lstm_module.one_hot_index(bad) is None
    assert lstm_module.one_hot_index(x[:, :8]) is None  # narrow inputs: never checked
