"""Every recurrent cell: exact gradients, batching, truncation, seeding, precision."""

from __future__ import annotations

import numpy as np
import pytest

from rnnstudio.engine.cells import make_cell, registry
from rnnstudio.engine.cells.base import sigmoid
from rnnstudio.engine.config import Config
from rnnstudio.engine.gradcheck import check_gradients
from rnnstudio.engine.losses import HEADS, loss_and_grad
from rnnstudio.engine.model import Network
from rnnstudio.engine.trainer import Trainer

# (cell, activation): every registered cell, Elman with every nonlinearity.
CELLS = [(c.name, a) for c in registry.cells()
         for a in (("tanh", "sigmoid", "relu") if "activation" in c.options else ("tanh",))]
CELL_IDS = [c if c != "elman" else f"elman-{a}" for c, a in CELLS]
GATED = [c.name for c in registry.cells() if c.gate_names]
N_IN, HIDDEN, T, B = 3, 4, 5, 2


def make_net(cell: str, activation: str = "tanh", head: str = "bce", layers: int = 1,
             dtype: str = "float64", seed: int = 0, n_out: int | None = None) -> Network:
    cfg = Config(cell=cell, activation=activation, hidden=HIDDEN, layers=layers, dtype=dtype,
                 seed=seed)
    n_out = n_out if n_out is not None else (3 if head == "softmax" else 2)
    net = Network(cfg, N_IN, n_out, head, rng=np.random.default_rng([seed, 0]))
    # Non-zero biases, so their gradients are not trivially symmetric.
    rng = np.random.default_rng([seed, 7])
    for k, v in net.params.items():
        if k.split(".")[-1].startswith("b"):
            v += rng.uniform(-0.5, 0.5, size=v.shape)
    return net


def make_batch(head: str, n_out: int, t: int = T, b: int = B, seed: int = 1):
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((t, b, N_IN))
    if head == "softmax":
        y = rng.integers(0, n_out, size=(t, b))
    elif head == "linear":
        y = rng.standard_normal((t, b, n_out))
    else:
        y = (rng.random((t, b, n_out)) < 0.5).astype(np.float64)
    mask = (rng.random((t, b)) < 0.8).astype(np.float64)
    mask[-1] = 1.0  # at least one scored position per sequence
    return x, y, mask


def elman_preactivations(net: Network, x: np.ndarray) -> list[np.ndarray]:
    """a_t of every Elman layer, to keep finite differences away from ReLU's kink."""
    out, inp = [], x
    for l in range(len(net.cells)):
        p = net.layer_params[l]
        h = net.internals(x)[f"l{l}.h"]
        h_prev = np.concatenate([np.zeros_like(h[:1]), h[:-1]])
        out.append(inp @ p["W_xh"] + h_prev @ p["W_hh"] + p["b_h"])
        inp = h
    return out


# ------------------------------------------------------------ exact gradients
@pytest.mark.parametrize("layers", [1, 2])
@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize(("cell", "activation"), CELLS, ids=CELL_IDS)
def test_backprop_matches_finite_differences(cell, activation, head, layers):
    net = make_net(cell, activation, head, layers)
    x, y, mask = make_batch(head, net.n_out)
    if activation == "relu" and cell == "elman":
        closest = min(float(np.abs(a).min()) for a in elman_preactivations(net, x))
        assert closest > 1e-4, "inputs put a ReLU pre-activation at its kink"
    checks = check_gradients(net, x, y, mask, eps=1e-6)
    assert {c.name for c in checks} == set(net.params)
    bad = [(c.name, c.relative_error) for c in checks if not c.relative_error < 1e-6]
    assert not bad
    assert all(c.analytic_norm > 0 for c in checks)


@pytest.mark.parametrize("cell", GATED)
def test_gated_cells_report_cell_state_and_gates(cell):
    net = make_net(cell, layers=2)
    x, y, mask = make_batch("bce", net.n_out)
    res = net.gradients(x, y, mask)
    assert set(res.flow) == set(registry.info(cell).state_names)
    for v in res.flow.values():
        assert v.shape == (2, T) and np.all(np.isfinite(v)) and np.all(v > 0)
    inside = net.internals(x)
    for l in range(2):
        for k in net.cells[l].state_names + net.cells[l].gate_names:
            assert inside[f"l{l}.{k}"].shape == (T, B, HIDDEN)
        for k in net.cells[l].gate_names:
            if k not in ("g", "n"):  # sigmoid gates lie in (0, 1) (g, n: candidates)
                assert np.all((inside[f"l{l}.{k}"] > 0) & (inside[f"l{l}.{k}"] < 1))


def numeric_total_dh(net: Network, x, y, mask, t: int, eps: float = 1e-6) -> np.ndarray:
    """dL/dh_t by central differences: nudge h_t where the output reads it and where
    step t + 1 reads it (one-layer network)."""
    count = float(mask.sum())
    z_a, states = net.logits(x[:t + 1])
    h_t, rest = states[0][0], tuple(states[0][1:])
    g = np.zeros_like(h_t)
    for idx in np.ndindex(h_t.shape):
        losses = []
        for sign in (1.0, -1.0):
            d = np.zeros_like(h_t)
            d[idx] = sign * eps
            z = z_a.copy()
            z[t] += d @ net.params["W_hy"]
            loss = loss_and_grad(net.head, z, y[:t + 1], mask[:t + 1], count)[0]
            if t + 1 < len(x):
                z_b, _ = net.logits(x[t + 1:], [(h_t + d, *rest)])
                loss += loss_and_grad(net.head, z_b, y[t + 1:], mask[t + 1:], count)[0]
            losses.append(loss)
        g[idx] = (losses[0] - losses[1]) / (2 * eps)
    return g


@pytest.mark.parametrize(("cell", "activation"), CELLS, ids=CELL_IDS)
def test_gradient_flow_is_the_true_size_of_dl_dh_at_every_step(cell, activation):
    net = make_net(cell, activation, "mse_bits")
    x, y, mask = make_batch("mse_bits", net.n_out)
    res = net.gradients(x, y, mask)
    for t in range(T):
        expected = np.linalg.norm(numeric_total_dh(net, x, y, mask, t))
        assert res.flow["h"][0, t] == pytest.approx(expected, rel=1e-6)
    if "c" in registry.info(cell).state_names:  # at the last step dL/dc_T comes through h_T
        z, _ = net.logits(x)
        _, dz = loss_and_grad(net.head, z, y, mask)
        dh_T = dz[-1] @ net.params["W_hy"].T
        inside = net.internals(x)
        c_T, o_T = inside["l0.c"][-1], inside["l0.o"][-1]
        dc_T = dh_T * o_T * (1 - np.tanh(c_T) ** 2)
        if cell == "peephole":  # ...and through the output gate's peephole
            dc_T += dh_T * np.tanh(c_T) * o_T * (1 - o_T) * net.params["l0.p_o"]
        assert res.flow["c"][0, -1] == pytest.approx(np.linalg.norm(dc_T), rel=1e-12)
        assert np.all(res.flow["c"][0, :-1] != res.flow["c"][0, -1])


def test_final_state_is_a_copy_and_continues_the_sequence():
    for cell in ["elman"] + GATED:
        net = make_net(cell)
        x, _, _ = make_batch("bce", 2, t=6)
        z_full, _ = net.logits(x)
        z_a, states = net.logits(x[:3])
        kept = [tuple(s.copy() for s in st) for st in states]
        z_b, _ = net.logits(x[3:], states)
        np.testing.assert_allclose(np.concatenate([z_a, z_b]), z_full, rtol=0, atol=1e-13)
        for st, k in zip(states, kept, strict=True):  # not overwritten by the second call
            for s, s0 in zip(st, k, strict=True):
                np.testing.assert_array_equal(s, s0)


# ------------------------------------------- cell details (PyTorch parity: test_torch_parity)
def test_peephole_with_zero_peepholes_is_the_plain_lstm():
    cfg = Config(cell="peephole", hidden=HIDDEN)
    rng = np.random.default_rng(5)
    peep, plain = make_cell("peephole", cfg), make_cell("lstm", cfg)
    p = peep.init_params(N_IN, HIDDEN, rng, cfg, np.float64)
    assert all(np.any(p[k] != 0) for k in ("p_i", "p_f", "p_o"))
    x = rng.standard_normal((T, B, N_IN))
    state0 = (rng.standard_normal((B, HIDDEN)), rng.standard_normal((B, HIDDEN)))
    h_peep, _ = peep.forward(x, state0, p)
    h_plain, _ = plain.forward(x, state0, {k: p[k] for k in ("W_x", "W_h", "b")})
    assert np.abs(h_peep - h_plain).max() > 1e-4  # the peepholes do something...
    for k in ("p_i", "p_f", "p_o"):
        p[k][:] = 0.0
    h_peep, _ = peep.forward(x, state0, p)  # ...and without them it is the LSTM
    np.testing.assert_allclose(h_peep, h_plain, atol=1e-14)


def test_lstm_forget_bias_and_recurrent_scale_come_from_the_config():
    for cell in ("lstm", "peephole"):
        cfg = Config(cell=cell, hidden=HIDDEN, forget_bias=2.5, init="orthogonal")
        p = make_cell(cell, cfg).init_params(N_IN, HIDDEN, np.random.default_rng(0), cfg,
                                             np.float32)
        b = p["b"]
        np.testing.assert_array_equal(b[HIDDEN:2 * HIDDEN], 2.5)
        np.testing.assert_array_equal(np.delete(b, np.s_[HIDDEN:2 * HIDDEN]), 0.0)
        assert p["W_h"].shape == (HIDDEN, 4 * HIDDEN) and p["W_h"].dtype == np.float32
        # orthogonal blocks: each gate's recurrent matrix is orthogonal
        blk = p["W_h"][:, :HIDDEN].astype(np.float64)
        np.testing.assert_allclose(blk.T @ blk, np.eye(HIDDEN), atol=1e-5)
    cfg = Config(cell="gru", hidden=HIDDEN, init="orthogonal", recurrent_scale=3.0)
    p = make_cell("gru", cfg).init_params(N_IN, HIDDEN, np.random.default_rng(0), cfg,
                                          np.float64)
    blk = p["W_h"][:, 2 * HIDDEN:]
    np.testing.assert_allclose(blk.T @ blk, 9.0 * np.eye(HIDDEN), atol=1e-12)


# ------------------------------------------------------------ truncated BPTT
@pytest.mark.parametrize(("cell", "activation"), CELLS, ids=CELL_IDS)
def test_truncated_bptt(cell, activation):
    net = make_net(cell, activation, "bce", layers=2)
    x, y, mask = make_batch("bce", net.n_out, t=8)
    full = net.gradients(x, y, mask)
    g_full = net.grad_flat.copy()
    for k in (8, 20):  # windows as long as the sequence: the same as full BPTT
        res = net.gradients(x, y, mask, truncate=k)
        assert res.loss == full.loss
        np.testing.assert_array_equal(net.grad_flat, g_full)
    res = net.gradients(x, y, mask, truncate=3)
    g_cut = net.grad_flat.copy()
    assert np.all(np.isfinite(g_cut))
    assert np.abs(g_cut - g_full).max() > 1e-6  # gradient stops at window edges...
    # ...but the state carries across windows: same loss, same final state, same flow shape
    assert res.loss == pytest.approx(full.loss, rel=1e-12)
    for st_cut, st_full in zip(res.states, full.states, strict=True):
        for a, b in zip(st_cut, st_full, strict=True):
            np.testing.assert_allclose(a, b, atol=1e-13)
    assert {k: v.shape for k, v in res.flow.items()} == {k: v.shape for k, v in full.flow.items()}
    # the forward outputs window by window equal the full run's
    cell0, p0 = net.cells[0], net.layer_params[0]
    h_full, _ = cell0.forward(x, net.zero_state(B)[0], p0)
    state, parts = net.zero_state(B)[0], []
    for s in range(0, 8, 3):
        h_w, cache = cell0.forward(x[s:s + 3], state, p0)
        parts.append(h_w)
        state = cache["state"]
    np.testing.assert_allclose(np.concatenate(parts), h_full, atol=1e-13)


# ------------------------------------------------------ batched = sequential
@pytest.mark.parametrize(("cell", "activation"), CELLS, ids=CELL_IDS)
def test_batch_equals_sum_of_single_sequences(cell, activation):
    head = "softmax"
    net = make_net(cell, activation, head, layers=2)
    x, y, mask = make_batch(head, net.n_out, t=6, b=3)
    mask[:2, 1] = 0.0  # sequences with different numbers of scored steps
    res = net.gradients(x, y, mask)
    total = res.loss * mask.sum()
    g_total = net.grad_flat * mask.sum()
    out = net.predict(x)
    loss_sum, g_sum = 0.0, np.zeros_like(g_total)
    for i in range(3):
        xi, yi, mi = x[:, i:i + 1], y[:, i:i + 1], mask[:, i:i + 1]
        ri = net.gradients(xi, yi, mi)
        loss_sum += ri.loss * mi.sum()
        g_sum += net.grad_flat * mi.sum()
        np.testing.assert_allclose(net.predict(xi)[:, 0], out[:, i], rtol=0, atol=1e-13)
        for st_b, st_i in zip(res.states, ri.states, strict=True):
            for a, b in zip(st_b, st_i, strict=True):
                np.testing.assert_allclose(a[i], b[0], atol=1e-13)
    assert total == pytest.approx(loss_sum, rel=1e-12)
    np.testing.assert_allclose(g_total, g_sum, rtol=1e-10, atol=1e-12)


# ----------------------------------------------------------------- seeding
@pytest.mark.parametrize("cell", ["elman", *GATED])
def test_same_seed_same_weights_after_training(cell):
    def trained(seed: int) -> np.ndarray:
        cfg = Config(cell=cell, hidden=6, task="addition", bits=4, batch=4, lr=0.05, seed=seed)
        tr = Trainer(cfg)
        for _ in range(4):
            tr.update()
        assert tr.step == 4
        return tr.net.flat.copy()

    first = trained(11)
    np.testing.assert_array_equal(first, trained(11))
    assert not np.array_equal(first, trained(12))
    assert np.all(np.isfinite(first))


# ---------------------------------------------------------------- precision
@pytest.mark.parametrize(("cell", "activation"), CELLS, ids=CELL_IDS)
def test_float32_forward_matches_float64(cell, activation):
    net64 = make_net(cell, activation, "linear", layers=2)
    net32 = make_net(cell, activation, "linear", layers=2, dtype="float32")
    net32.set_weights(net64.params)
    x, y, mask = make_batch("linear", net64.n_out, t=12)
    in64, in32 = net64.internals(x), net32.internals(x)
    assert set(in64) == set(in32)
    for k in in64:
        assert in32[k].dtype == np.float32, k
        np.testing.assert_allclose(in32[k], in64[k], rtol=0, atol=2e-5, err_msg=k)
    r64, r32 = net64.gradients(x, y, mask), net32.gradients(x, y, mask)
    assert net32.grad_flat.dtype == np.float32
    assert r32.loss == pytest.approx(r64.loss, rel=1e-5)
    np.testing.assert_allclose(net32.grad_flat, net64.grad_flat, rtol=0, atol=1e-4)


def test_sigmoid_via_tanh_is_the_logistic_function_and_does_not_overflow():
    a = np.array([-800.0, -30.0, -1.0, 0.0, 2.0, 30.0, 800.0])
    with np.errstate(all="raise"):
        s = sigmoid(a)
    np.testing.assert_allclose(s[1:-1], 1.0 / (1.0 + np.exp(-a[1:-1])), rtol=0, atol=1e-15)
    assert s[0] == 0.0 and s[-1] == 1.0
