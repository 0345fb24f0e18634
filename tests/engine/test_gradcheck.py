"""The gradient checker behind the "Verify gradients" button."""

from __future__ import annotations

import dataclasses
import threading

import numpy as np
import pytest

from rnnstudio.engine import gradcheck
from rnnstudio.engine.cells import registry
from rnnstudio.engine.cells.gru import GRU
from rnnstudio.engine.cells.lstm import LSTM
from rnnstudio.engine.config import Config
from rnnstudio.engine.gradcheck import (
    ParamCheck,
    check_config,
    check_gradients,
    iter_check_gradients,
    prepare_check,
)
from rnnstudio.engine.model import Network


def small_net(cell: str = "lstm", dtype: str = "float64", layers: int = 1) -> Network:
    cfg = Config(cell=cell, hidden=4, layers=layers, dtype=dtype)
    return Network(cfg, 3, 2, "bce", rng=np.random.default_rng(4))


def batch(t: int = 6, b: int = 2):
    rng = np.random.default_rng(9)
    x = rng.standard_normal((t, b, 3))
    y = (rng.random((t, b, 2)) < 0.5).astype(float)
    return x, y, np.ones((t, b))


@pytest.mark.parametrize("cell", registry.names())
def test_check_config_passes_for_every_cell(cell):
    cfg = Config(cell=cell, hidden=3, layers=2, task="addition", bits=4, dtype="float32")
    checks = check_config(cfg, batch_size=2)
    net, _ = prepare_check(cfg, batch_size=2)
    assert [c.name for c in checks] == list(net.params)
    for c in checks:
        assert isinstance(c, ParamCheck)
        assert c.ok, (c.name, c.relative_error)
        assert c.entries == int(np.prod(c.shape))
        assert c.analytic_norm == pytest.approx(c.numeric_norm, rel=1e-5)


def test_prepare_check_is_the_training_runs_initial_model_in_float64():
    cfg = Config(cell="gru", hidden=5, task="addition", bits=6, seed=3, dtype="float32")
    net, b = prepare_check(cfg, batch_size=4)
    assert net.dtype == np.float64
    assert b.x.shape == (6, 4, 2)
    from rnnstudio.engine.trainer import Trainer

    trained_from = Trainer(cfg).net
    for k, v in trained_from.params.items():
        np.testing.assert_allclose(net.params[k], v, rtol=1e-7)


@pytest.mark.parametrize(("cell", "key"), [("lstm", "W_h"), ("gru", "b_hn")])
def test_a_corrupted_gradient_is_flagged(monkeypatch, cell, key):
    cls = {"lstm": LSTM, "gru": GRU}[cell]
    original = cls.backward

    def wrong(self, dh, cache, need_dx=True):
        grads, dx, flow = original(self, dh, cache, need_dx)
        grads[key] = grads[key] * 1.05  # a 5 % mistake in one parameter
        return grads, dx, flow

    monkeypatch.setattr(cls, "backward", wrong)
    net = small_net(cell)
    net.params[f"l0.{key}"][...] += 0.3  # away from zero so the gradient is not tiny
    checks = {c.name: c for c in check_gradients(net, *batch())}
    assert not checks[f"l0.{key}"].ok
    assert checks[f"l0.{key}"].relative_error > 1e-2
    assert checks[f"l0.{key}"].max_abs_error > 0
    others = [c for name, c in checks.items() if name != f"l0.{key}"]
    assert others and all(c.ok for c in others)


def test_check_leaves_the_network_untouched_and_accepts_float32():
    net = small_net("peephole", dtype="float32", layers=2)
    x, y, mask = batch()
    net.gradients(x, y, mask)
    weights, grads = net.flat.copy(), net.grad_flat.copy()
    checks = check_gradients(net, x, y, mask, max_per_param=5)
    np.testing.assert_array_equal(net.flat, weights)
    np.testing.assert_array_equal(net.grad_flat, grads)
    assert net.dtype == np.float32
    assert all(c.ok for c in checks)


def test_sampling_is_seeded_and_bounded():
    net = small_net("lstm", layers=2)
    x, y, mask = batch()
    a = check_gradients(net, x, y, mask, max_per_param=7, rng=np.random.default_rng(1))
    b = check_gradients(net, x, y, mask, max_per_param=7, rng=np.random.default_rng(1))
    c = check_gradients(net, x, y, mask, max_per_param=7, rng=np.random.default_rng(2))
    assert a == b
    assert a != c
    sizes = {k: v.size for k, v in net.params.items()}
    for chk in a:
        assert chk.entries == min(7, sizes[chk.name])
    full = {chk.name: chk for chk in check_gradients(net, x, y, mask)}
    # norms over a sample are smaller than over the whole parameter
    assert a[1].analytic_norm < full[a[1].name].analytic_norm
    assert check_gradients(net, x, y, mask) == list(full.values())  # deterministic


def test_truncated_gradient_shows_up_as_a_mismatch():
    net = small_net("elman")
    net.params["l0.W_hh"][...] *= 2.0  # strong recurrence: early steps matter
    x, y, mask = batch(t=8)
    exact = {c.name: c for c in check_gradients(net, x, y, mask)}
    cut = {c.name: c for c in check_gradients(net, x, y, mask, truncate=2)}
    assert exact["l0.W_hh"].ok
    assert cut["l0.W_hh"].relative_error > 1e-3
    assert cut["W_hy"].ok  # the output layer does not go through time


def test_stop_ends_the_check_early():
    net = small_net("gru", layers=2)
    stop = threading.Event()
    seen = []
    for c in iter_check_gradients(net, *batch(), stop=stop):
        seen.append(c)
        stop.set()
    assert len(seen) == 1 and seen[0].name == "l0.W_x"


def test_param_check_is_frozen_and_bad_arguments_are_named():
    net = small_net("elman")
    c = check_gradients(net, *batch(), max_per_param=2)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.relative_error = 0.0  # type: ignore[misc]
    with pytest.raises(ValueError, match="eps"):
        check_gradients(net, *batch(), eps=0.0)
    with pytest.raises(ValueError, match="max_per_param"):
        check_gradients(net, *batch(), max_per_param=0)
    with pytest.raises(ValueError, match="batch_size"):
        check_config(Config(), batch_size=0)


def test_zero_gradients_count_as_agreeing():
    net = small_net("elman")
    x, y, _ = batch()
    mask = np.zeros((6, 2))  # nothing scored: every gradient is exactly zero
    checks = check_gradients(net, x, y, mask)
    assert all(c.analytic_norm == 0.0 and c.numeric_norm == 0.0 for c in checks)
    assert all(c.relative_error == 0.0 and c.ok for c in checks)
    assert gradcheck.TINY > 0


def test_seq_len_override_shortens_the_checked_sequences():
    pytest.importorskip("rnnstudio.engine.tasks.detection")
    cfg = Config(cell="lstm", hidden=3, task="detection", word="ab", seq_len=40)
    net, b = prepare_check(cfg, batch_size=2, seq_len=6)
    assert b.x.shape[:2] == (6, 2)
    checks = check_config(cfg, batch_size=2, seq_len=6, max_per_param=4)
    assert [c.name for c in checks] == list(net.params)
    assert all(c.ok and c.entries <= 4 for c in checks)


def test_a_trained_model_with_tiny_gradients_is_not_called_wrong():
    """After training, gradients are ~1e-4: finite differences then carry relative errors
    above 1e-6 from rounding alone. The verdict must not blame BPTT for that."""
    from rnnstudio.engine import Config, Trainer

    cfg = Config(activation="sigmoid", init="uniform", lr=0.05, steps=2000, eval_every=500)
    tr = Trainer(cfg)
    for _ in tr.run():
        pass
    held = tr.task.heldout().take(slice(0, 3))
    checks = check_gradients(tr.net, held.x, held.y, held.mask)
    assert max(c.analytic_norm for c in checks) < 1e-2  # really tiny gradients
    assert all(c.ok for c in checks), [(c.name, c.relative_error, c.max_abs_error)
                                       for c in checks]
