"""The mechanism behind vanishing gradients (engine/mechanism.py), checked independently:
Jacobians against finite differences, contributions against one backward pass per
output step and against the gradient flow, saturation against a hand count."""

from __future__ import annotations

import numpy as np
import pytest

from rnnstudio.engine import mechanism as mech
from rnnstudio.engine.cells import registry
from rnnstudio.engine.cells.base import zeros_state
from rnnstudio.engine.config import CELLS, TASKS, Config
from rnnstudio.engine.trainer import Trainer

VARIANTS = [(c, "tanh") for c in CELLS] + [("elman", "sigmoid"), ("elman", "relu")]
IDS = [f"{c}-{a}" for c, a in VARIANTS]


def trainer(cell: str, task: str = "addition", activation: str = "tanh", seed: int = 0,
            layers: int = 1, **kw) -> Trainer:
    cfg = Config(cell=cell, task=task, activation=activation, hidden=5, layers=layers,
                 seq_len=8, bits=4, delay=3, batch=3, dtype="float64", seed=seed, **kw)
    tr = Trainer(cfg)
    rng = np.random.default_rng([seed, 9])  # non-zero biases: no accidental symmetry
    for k, v in tr.net.params.items():
        if k.split(".")[-1].startswith("b"):
            v += rng.uniform(-0.5, 0.5, size=v.shape)
    return tr


def batch(tr: Trainer, size: int = 3):
    return tr.task.batch(np.random.default_rng(5), size)


def run_from(cell, p, X, k: int, state: tuple) -> tuple:
    """The final state after steps k+1..T from ``state`` at step k."""
    if k == X.shape[0]:
        return state
    _, cache = cell.forward(X[k:], state, p)
    return cache["state"]


def states_at(cell, p, X, n) -> list[tuple]:
    """The state after each step 0..T."""
    _, cache = cell.forward(X, zeros_state(cell.state_names, X.shape[1], n, np.float64), p)
    inner = cell.internals(cache)
    seqs = [np.concatenate([np.zeros((1,) + inner[s].shape[1:]), inner[s]])
            for s in cell.state_names]
    return [tuple(s[t] for s in seqs) for t in range(X.shape[0] + 1)]


def fd_state_jacobian(cell, p, X, k: int, n: int, out_i: int, in_i: int, eps=1e-6):
    """(B, n, n) ∂s_T[out_i]/∂s_k[in_i] by central differences of the whole forward."""
    base = states_at(cell, p, X, n)[k]
    B = X.shape[1]
    J = np.empty((B, n, n))
    for j in range(n):
        plus = [s.copy() for s in base]
        minus = [s.copy() for s in base]
        plus[in_i][:, j] += eps
        minus[in_i][:, j] -= eps
        d = run_from(cell, p, X, k, tuple(plus))[out_i] - run_from(cell, p, X, k,
                                                                    tuple(minus))[out_i]
        J[:, :, j] = d / (2 * eps)
    return J


@pytest.mark.parametrize("task", TASKS)
@pytest.mark.parametrize(("cell", "activation"), VARIANTS, ids=IDS)
def test_jacobians_match_finite_differences(cell, activation, task):
    tr = trainer(cell, task, activation, layers=2)
    b = batch(tr)
    for layer in (0, 1):
        res = mech.jacobian(tr.net, b.x, layer=layer)
        params = mech.params64(tr.net)
        X = mech.layer_inputs(tr.net, params, b.x)[layer]
        c, p, n = tr.net.cells[layer], params[layer], tr.net.n_h
        T = X.shape[0]
        assert res["T"] == T and len(res["jacobian_norms"]) == T
        assert res["jacobian_norms"][-1] == pytest.approx(1.0)  # ∂h_T/∂h_T = I
        for k in (1, T // 2, T - 1):
            fd = fd_state_jacobian(c, p, X, k, n, 0, 0)
            expect = np.linalg.svd(fd, compute_uv=False)[:, 0].mean()
            assert res["jacobian_norms"][k - 1] == pytest.approx(expect, rel=1e-6, abs=1e-9)
            if "c" in c.state_names:
                i = c.state_names.index("c")
                fd = fd_state_jacobian(c, p, X, k, n, i, i)
                expect = np.linalg.svd(fd, compute_uv=False)[:, 0].mean()
                assert res["cell_jacobian_norms"][k - 1] == pytest.approx(expect, rel=1e-5)
        assert (res["cell_jacobian_norms"] is None) == ("c" not in c.state_names)


def test_lstm_cell_highway_is_the_product_of_forget_gates():
    """With no recurrent weights and no peepholes, ∂c_T/∂c_k = diag(f_T ... f_{k+1})."""
    for seed in range(5):
        tr = trainer("lstm", "recall", seed=seed)
        tr.net.params["l0.W_h"][...] = 0.0
        b = batch(tr, 1)
        res = mech.jacobian(tr.net, b.x)
        f = tr.net.internals(b.x)["l0.f"][:, 0]  # (T, n)
        T = f.shape[0]
        for k in range(1, T + 1):
            expect = np.abs(np.prod(f[k:], axis=0)).max()
            assert res["cell_jacobian_norms"][k - 1] == pytest.approx(expect, rel=1e-6)


@pytest.mark.parametrize("activation", ["tanh", "sigmoid", "relu"])
def test_elman_bound_holds_and_spectrum_is_of_w_hh(activation):
    for seed in range(5):
        for scale in (0.5, 1.0, 3.0):
            tr = trainer("elman", "adding", activation, seed=seed, recurrent_scale=scale)
            res = mech.jacobian(tr.net, batch(tr).x)
            W = tr.net.params["l0.W_hh"]
            assert res["sigma_max"] == pytest.approx(np.linalg.norm(W, 2))
            assert res["spectral_radius"] == pytest.approx(np.abs(np.linalg.eigvals(W)).max())
            assert res["gamma"] == {"tanh": 1.0, "relu": 1.0, "sigmoid": 0.25}[activation]
            assert np.all(res["jacobian_norms"] <= res["bound"] * (1 + 1e-9) + 1e-12)


def test_gated_cells_have_no_bound_but_a_spectrum():
    for cell in ("lstm", "peephole", "gru"):
        res = mech.jacobian(trainer(cell).net, batch(trainer(cell)).x)
        assert res["bound"] is None and res["gamma"] == 1.0
        assert res["singular_values"].shape == (5,) and res["eigenvalues"].shape == (5,)


def test_small_sigma_max_guarantees_vanishing():
    """σ_max < 1/γ: the Jacobian norm falls at least geometrically, for every seed."""
    for seed in range(5):
        tr = trainer("elman", "adding", "tanh", seed=seed, recurrent_scale=0.5)
        res = mech.jacobian(tr.net, batch(tr).x)
        assert res["sigma_max"] * res["gamma"] < 1
        assert res["jacobian_norms"][0] < 0.5 ** (res["T"] - 1) * 10


@pytest.mark.parametrize("task", TASKS)
@pytest.mark.parametrize(("cell", "activation"), VARIANTS, ids=IDS)
def test_contributions_are_per_output_gradients_that_sum_to_the_flow(cell, activation, task):
    tr = trainer(cell, task, activation, layers=2)
    b = batch(tr)
    net = tr.net
    for layer in (0, 1):
        res = mech.contributions(net, b.x, b.y, b.mask, layer=layer)
        C = res["contributions"]
        T = b.x.shape[0]
        assert C.shape == (T, T) and np.all(np.triu(C, 1) == 0)
        # the vector sum over output steps is the flow the trainer reports
        full = net.gradients(b.x, b.y, b.mask, trace=True)
        np.testing.assert_allclose(res["flow_sum"], full.trace["h"][layer], atol=1e-12)
        np.testing.assert_allclose(np.sqrt((res["flow_sum"] ** 2).sum(axis=(1, 2))),
                                   full.flow["h"][layer], rtol=1e-9, atol=1e-14)
        # each row directly: one backward pass scored at step t only
        total = float(b.mask.sum())
        for t in range(T):
            m = np.zeros_like(b.mask)
            m[t] = b.mask[t]
            if m.sum() == 0:
                assert np.all(C[t] == 0)
                continue
            one = net.gradients(b.x, b.y, m, trace=True).trace["h"][layer]
            scale = float(m.sum()) / total  # gradients() divides by the scored count
            direct = np.sqrt((one ** 2).sum(axis=(1, 2))) * scale
            np.testing.assert_allclose(C[t, :t + 1], direct[:t + 1], rtol=1e-9, atol=1e-14)


@pytest.mark.parametrize("task", ["addition", "charlm", "forecast"])
@pytest.mark.parametrize("cell", CELLS)
def test_input_connectivity_matches_finite_differences(cell, task):
    tr = trainer(cell, task, layers=2)
    b = batch(tr, 2)
    x = np.asarray(b.x, dtype=np.float64)
    res = mech.contributions(tr.net, x, b.y, b.mask)
    conn = res["input_connectivity"]
    T, B, n_in = x.shape
    eps = 1e-6
    for t in (0, T // 2, T - 1):
        for k in range(t + 1):
            per = []
            for s in range(B):
                J = np.empty((tr.net.n_out, n_in))
                for i in range(n_in):
                    xp, xm = x.copy(), x.copy()
                    xp[k, s, i] += eps
                    xm[k, s, i] -= eps
                    J[:, i] = (tr.net.predict(xp)[t, s] - tr.net.predict(xm)[t, s]) / (2 * eps)
                per.append(np.linalg.norm(J))
            assert conn[t, k] == pytest.approx(np.mean(per), rel=1e-5, abs=1e-9)
    assert np.all(np.triu(conn, 1) == 0)


@pytest.mark.parametrize("task", TASKS)
@pytest.mark.parametrize("cell", CELLS)
def test_saturation_is_a_count_of_shut_and_open_gates(cell, task):
    tr = trainer(cell, task, forget_bias=3.0)
    b = batch(tr)
    res = mech.saturation(tr.net, b.x)
    inner = tr.net.internals(b.x)
    if cell == "elman":
        assert res is None
        return
    assert set(res) == set(mech.gate_blocks(tr.net.cells[0]))
    T, B, n = inner["l0.h"].shape
    for g, fr in res.items():
        a = inner[f"l0.{g}"]
        for u in range(n):
            shut = sum(1 for t in range(T) for s in range(B) if a[t, s, u] < 0.1)
            wide = sum(1 for t in range(T) for s in range(B) if a[t, s, u] > 0.9)
            assert fr["left"][u] == pytest.approx(shut / (T * B))
            assert fr["right"][u] == pytest.approx(wide / (T * B))
    if "forget_bias" in registry.info(cell).options:  # a bias of 3 starts f_t open
        assert res["f"]["right"].mean() > 0.5


@pytest.mark.parametrize("cell", CELLS)
def test_landscape_slice_path_and_clipped_step(cell):
    for seed in range(5):
        tr = trainer(cell, "adding", seed=seed, lr=0.5, optimizer="sgd")
        b = batch(tr)
        history = []
        for _ in range(4):
            history.append(tr.net.flat.copy())
            tr.update(b)
        res = mech.landscape(tr.net, b.x, b.y, b.mask, path=history, optimizer=tr.optimizer,
                          clip_mode="norm", clip_threshold=1e-3, n_alphas=21, grid=3)
        a, L = res["alphas"], res["loss"]
        assert a[10] == 0.0 and L[10] == pytest.approx(res["loss0"])
        tr.net.gradients(b.x, b.y, b.mask)
        u = -tr.net.grad_flat / np.linalg.norm(tr.net.grad_flat)
        w0 = tr.net.flat.copy()
        for w, (alpha, loss) in zip(history, res["path"], strict=True):
            assert alpha == pytest.approx((w - w0) @ u, abs=1e-12)
            tr.net.flat[...] = w
            assert loss == pytest.approx(tr.net.gradients(b.x, b.y, b.mask).loss)
        tr.net.flat[...] = w0
        assert L[9] > L[10] > L[11] or res["grad_norm"] < 1e-8  # downhill along +u
        # the unclipped SGD step is lr * ‖g‖ downhill; clipping shortens it to lr * 1e-3
        un, cl = res["steps"]["unclipped"], res["steps"]["clipped"]
        assert un[0] == pytest.approx(0.5 * res["grad_norm"], rel=1e-9)
        assert cl[0] == pytest.approx(0.5 * 1e-3, rel=1e-9)
        assert res["grid_loss"].shape == (3, 3)
        assert res["grid_loss"][1, 1] == pytest.approx(res["loss0"])
        # the 2-D slice: along u (columns) and a unit v ⊥ u (rows), evaluated directly
        ga, gb = res["grid_alphas"], res["grid_betas"]
        v = _slice_v(u)
        assert abs(v @ u) < 1e-9 and v @ v == pytest.approx(1.0)
        for w, (alpha, beta) in zip(history, res["grid_path"], strict=True):
            assert (alpha, beta) == pytest.approx(((w - w0) @ u, (w - w0) @ v), abs=1e-12)
        assert res["grid_steps"]["unclipped"][0] == pytest.approx(un[0], rel=1e-9)
        assert abs(res["grid_steps"]["unclipped"][1]) < 1e-9 * max(1.0, un[0])  # along u
        corner = mech.batch_loss(tr.net, w0 + ga[0] * u + gb[2] * v, b.x, b.y, b.mask)
        assert res["grid_loss"][2, 0] == pytest.approx(corner, rel=1e-9)


def _slice_v(u):
    """The slice's second direction, drawn from its seed (0) as the engine draws it."""
    v = np.random.default_rng(0).standard_normal(u.size)
    v -= (v @ u) * u
    return v / np.linalg.norm(v)


def test_one_unit_rnn_bifurcates():
    """h_T of h_t = σ(w h_{t-1} - 2.5) jumps from low to high within a small range of w."""
    ws = np.linspace(0, 12, 241)
    for h0 in (0.0, 0.25, 0.5, 0.75, 1.0):
        h = mech.one_unit(ws, b=-2.5, h0=h0)
        assert h[0] < 0.1 and h[-1] > 0.9
        assert np.max(np.diff(h)) > 0.3  # a jump, not a gentle slope
        assert np.all(np.diff(h) >= -1e-12)
