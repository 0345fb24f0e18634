"""The trainer: clipping, optimizers, divergence, stop flag, live learning rate, seeds."""

import threading

import numpy as np
import pytest

from rnnstudio.engine import Config, Controls, Trainer
from rnnstudio.engine.optimizers import Optimizer, clip


def test_clipping_by_norm_bounds_the_global_norm():
    g = np.random.default_rng(0).normal(size=100) * 10
    before, after = clip(g, "norm", 1.5)
    assert before > 1.5
    assert after == pytest.approx(1.5)
    assert np.linalg.norm(g) == pytest.approx(1.5)


def test_clipping_by_value_bounds_every_entry_and_none_leaves_it():
    g = np.linspace(-5, 5, 11)
    clip(g, "value", 2.0)
    assert g.max() == 2.0 and g.min() == -2.0
    h = np.linspace(-5, 5, 11)
    before, after = clip(h, "none", 2.0)
    assert before == after == pytest.approx(np.linalg.norm(np.linspace(-5, 5, 11)))


def test_training_reports_clipped_norms_within_the_threshold():
    tr = Trainer(Config(clip_mode="norm", clip=0.05, steps=20))
    snaps = list(tr.run())
    assert any(s.grad_norm > 0.05 for s in snaps)
    assert all(s.grad_norm_clipped <= 0.05 + 1e-6 for s in snaps)


@pytest.mark.parametrize("name", ["sgd", "momentum", "rmsprop", "adam"])
def test_every_optimizer_descends_a_quadratic(name):
    x = np.array([3.0, -2.0])
    lr = {"sgd": 0.2, "momentum": 0.05, "rmsprop": 0.01, "adam": 0.1}[name]
    opt = Optimizer(name, lr, 2, np.float64)
    for _ in range(600):
        opt.step(x, 2 * x)  # gradient of |x|^2
    assert np.linalg.norm(x) < 0.05


def test_adam_matches_the_textbook_update():
    rng = np.random.default_rng(1)
    p = rng.normal(size=5)
    ref = p.copy()
    m = np.zeros(5)
    v = np.zeros(5)
    opt = Optimizer("adam", 0.01, 5, np.float64)
    for t in range(1, 6):
        g = rng.normal(size=5)
        opt.step(p, g.copy())
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        ref -= 0.01 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    np.testing.assert_allclose(p, ref, rtol=1e-12)


def test_same_seed_same_run_and_different_seed_different_run():
    def run(seed):
        tr = Trainer(Config(seed=seed, steps=30))
        losses = [s.loss for s in tr.run()]
        return tr.net.flat.copy(), losses

    a, la = run(3)
    b, lb = run(3)
    c, _ = run(4)
    np.testing.assert_array_equal(a, b)
    assert la == lb
    assert not np.array_equal(a, c)


def test_diverged_run_stops_and_keeps_finite_weights():
    cfg = Config(optimizer="sgd", lr=10.0, clip_mode="none", activation="relu", init="uniform",
                 recurrent_scale=10.0, hidden=64, steps=200)
    tr = Trainer(cfg)
    snaps = list(tr.run())
    last = snaps[-1]
    assert last.status == "diverged"
    assert f"diverged at step {last.step + 1}" in last.message
    assert "learning rate" in last.message and "clipping" in last.message
    assert np.isfinite(tr.net.flat).all()


def test_stop_flag_ends_the_run_at_the_next_update():
    stop = threading.Event()
    tr = Trainer(Config(steps=10_000))
    gen = tr.run(stop)
    for i, _snap in enumerate(gen):
        if i == 4:
            stop.set()
    assert tr.step == 5
    assert _snap.status == "stopped"


def test_learning_rate_change_applies_at_the_next_update():
    controls = Controls()
    tr = Trainer(Config(steps=10, lr=0.01))
    lrs = []
    for s in tr.run(controls=controls):
        lrs.append(s.lr)
        if s.step == 3:
            controls.lr = 0.5
    assert lrs[:3] == [0.01] * 3
    assert lrs[3:] == [0.5] * 7


def test_until_metric_stops_at_the_goal():
    tr = Trainer(Config(until_metric=1.0, steps=3000, lr=0.03, eval_every=25))
    last = list(tr.run())[-1]
    assert last.status == "goal"
    assert last.metric == 1.0
    assert tr.step < 3000


def test_snapshots_are_read_only_copies():
    tr = Trainer(Config(steps=2, eval_every=1))
    snaps = list(tr.run())
    s = snaps[-1]
    with pytest.raises(ValueError):
        s.flow["h"][0, 0] = 1.0
    assert s.probe is not None and not s.probe["l0.h"].flags.writeable
    assert s.flow["h"].shape == (1, 8)  # (layers, T) for 8-bit addition
    assert set(s.param_grad_norms) == set(tr.net.params)


def test_budget_continues_from_the_current_step():
    tr = Trainer(Config(steps=100))
    list(tr.run(budget=5))
    assert tr.step == 5
    list(tr.run(budget=1))
    assert tr.step == 6


# ------------------------------------------------------------- live settings
LIVE_BASE = Config(task="addition", bits=6, hidden=8, batch=8, steps=100, eval_every=10,
                   seed=4, optimizer="adam", lr=0.01)


def test_live_settings_keep_the_network_its_step_and_its_data_stream():
    tr, twin = Trainer(LIVE_BASE), Trainer(LIVE_BASE)
    for t in (tr, twin):
        for _ in range(7):
            t.update()
    tr.reconfigure(LIVE_BASE.replace(lr=0.05, clip_mode="value", clip=0.1, truncate=3))
    assert tr.step == 7 and np.array_equal(tr.net.flat, twin.net.flat)
    assert tr.optimizer.lr == 0.05 and tr.config.clip_mode == "value"
    # the next update is the one a run with these settings would make from here
    batch = twin.task.batch(twin.data_rng, LIVE_BASE.batch)
    res = twin.net.gradients(batch.x, batch.y, batch.mask, truncate=3)
    clip(twin.net.grad_flat, "value", 0.1)
    twin.optimizer.lr = 0.05
    twin.optimizer.step(twin.net.flat, twin.net.grad_flat)
    loss = tr.update()[0]
    assert loss == pytest.approx(res.loss) and np.array_equal(tr.net.flat, twin.net.flat)


def test_a_new_optimizer_starts_afresh_and_other_changes_need_a_new_network():
    tr = Trainer(LIVE_BASE)
    for _ in range(5):
        tr.update()
    before = tr.net.flat.copy()
    tr.reconfigure(LIVE_BASE.replace(optimizer="sgd", lr=0.1))
    batch = Trainer(LIVE_BASE).task.heldout()  # any batch: SGD is w -= lr * clipped g
    tr.update(batch)
    tr.net.flat[:] = before
    tr.net.gradients(batch.x, batch.y, batch.mask)
    clip(tr.net.grad_flat, LIVE_BASE.clip_mode, LIVE_BASE.clip)
    step = before - 0.1 * tr.net.grad_flat
    tr2 = Trainer(LIVE_BASE)
    for _ in range(5):
        tr2.update()
    tr2.reconfigure(LIVE_BASE.replace(optimizer="sgd", lr=0.1))
    tr2.update(batch)
    np.testing.assert_allclose(tr2.net.flat, step, rtol=1e-6, atol=1e-7)
    for change in ({"hidden": 9}, {"seed": 1}, {"bits": 7}):
        with pytest.raises(ValueError, match=next(iter(change))):
            tr2.reconfigure(LIVE_BASE.replace(optimizer="sgd", lr=0.1, **change))


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_precision_changes_live_the_weights_and_moments_carry_over(optimizer):
    base = LIVE_BASE.replace(optimizer=optimizer, lr=0.05)
    tr, twin = Trainer(base), Trainer(base.replace(dtype="float64"))
    for _ in range(6):
        tr.update()
    assert tr.net.dtype == np.float32
    weights, moments, rng = tr.net.flat.copy(), tr.optimizer.state(), tr.data_rng
    tr.reconfigure(base.replace(dtype="float64"))
    assert tr.step == 6 and tr.data_rng is rng and tr.config.dtype == "float64"
    assert tr.net.dtype == np.float64 and tr.optimizer._tmp.dtype == np.float64
    np.testing.assert_array_equal(tr.net.flat, weights.astype(np.float64))
    for k, v in tr.optimizer.state().items():
        np.testing.assert_array_equal(v, np.asarray(moments[k]).astype(v.dtype))
    # from here it trains as a float64 run with the same weights, moments and batches would
    twin.net.flat[:] = tr.net.flat
    twin.optimizer.load_state(tr.optimizer.state())
    twin.data_rng.bit_generator.state = tr.data_rng.bit_generator.state
    for _ in range(4):
        assert tr.update()[0] == twin.update()[0]
    np.testing.assert_array_equal(tr.net.flat, twin.net.flat)
    # and back to float32 (rounded), still training
    tr.reconfigure(base)
    assert tr.net.dtype == np.float32 and np.isfinite(tr.update()[0])
    assert tr.step == 11


def test_a_running_generator_follows_live_evaluation_goal_and_temperature():
    cfg = Config(task="charlm", hidden=8, batch=4, seq_len=10, steps=40, eval_every=10,
                 seed=1, temperature=0.8)
    tr = Trainer(cfg)
    evaluated = []
    for snap in tr.run():
        if snap.metrics is not None:
            evaluated.append(snap.step)
        if snap.step == 12:
            tr.reconfigure(cfg.replace(eval_every=5, temperature=0.2))
    assert evaluated == [1, 10, 15, 20, 25, 30, 35, 40]
    assert tr.task.temperature == 0.2
