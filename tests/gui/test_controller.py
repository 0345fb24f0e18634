"""The controller and its training thread, without the window."""

from __future__ import annotations

import time

import numpy as np
import pytest

from rnnstudio.engine.config import Config, ConfigError
from rnnstudio.gui.controller import Controller
from rnnstudio.gui.worker import EMIT_INTERVAL

FAST = Config().replace(hidden=8, bits=6, steps=400, eval_every=50)
ENDLESS = 10_000_000  # a budget no test can finish, however fast this machine trains


@pytest.fixture
def controller(qtbot):
    made = []

    def make(config=FAST):
        c = Controller(config)
        made.append(c)
        return c

    yield make
    for c in made:
        assert c.shutdown(timeout=20)


def collect(c):
    got = []
    c.progress.connect(got.append)
    return got


def test_every_update_reaches_the_gui_exactly_once(qtbot, controller):
    c = controller()
    got = collect(c)
    c.train()
    qtbot.waitUntil(lambda: c.state == "finished", timeout=30000)
    steps = np.concatenate([p.steps for p in got])
    assert steps.tolist() == list(range(1, FAST.steps + 1))
    losses = np.concatenate([p.losses for p in got])
    assert np.isfinite(losses).all()
    # Folded: far fewer messages than updates, each with a probe of the current weights.
    assert len(got) < FAST.steps / 2
    assert all(p.probe is not None and p.probe_step == p.latest.step for p in got)
    evals = [s for p in got for s, _ in p.evals]
    assert evals[:3] == [0, 1, 50] and evals[-1] == FAST.steps
    assert got[-1].latest.status == "done"


def test_messages_are_throttled_while_training(qtbot, controller):
    c = controller(FAST.replace(steps=ENDLESS))
    got = []
    times = []
    c.progress.connect(lambda p: (got.append(p), times.append(time.perf_counter())))
    c.train()
    qtbot.wait(1500)
    c.pause()
    gaps = np.diff(times[2:-1])  # skip the start-up and the pause flush
    assert len(gaps) > 5
    assert np.median(gaps) >= EMIT_INTERVAL * 0.8  # about 30 a second, not one per update
    assert sum(len(p.steps) for p in got) > len(got)


def test_step_then_train_continue_the_same_run(qtbot, controller):
    c = controller()
    got = collect(c)
    c.step()
    qtbot.waitUntil(lambda: c.trainer.step == 1, timeout=10000)
    c.step()
    qtbot.waitUntil(lambda: c.trainer.step == 2, timeout=10000)
    qtbot.wait(200)
    assert c.trainer.step == 2 and c.state == "paused"
    c.train()
    qtbot.waitUntil(lambda: c.state == "finished", timeout=30000)
    steps = np.concatenate([p.steps for p in got])
    assert steps.tolist() == list(range(1, FAST.steps + 1))


def test_train_after_the_budget_runs_another_budget(qtbot, controller):
    c = controller(FAST.replace(steps=60))
    c.train()
    qtbot.waitUntil(lambda: c.state == "finished", timeout=20000)
    assert c.trainer.step == 60
    c.train()  # a late "finished" from the first segment must not end the second
    assert c.state == "running"
    qtbot.waitUntil(lambda: c.trainer.step == 120 and c.state == "finished", timeout=20000)


def test_reset_ignores_messages_of_the_old_run(qtbot, controller):
    c = controller(FAST.replace(steps=ENDLESS))
    start = c.trainer.net.flat.copy()
    c.train()
    qtbot.waitUntil(lambda: c.trainer.step > 20, timeout=10000)
    c.reset()
    run = c.run_id
    got = collect(c)
    qtbot.wait(300)
    assert all(p.run_id == run for p in got)
    assert all(len(p.steps) == 0 for p in got)  # only the fresh network's step-0 view
    assert np.array_equal(c.trainer.net.flat, start)
    assert c.trainer.step == 0 and c.state == "ready"


def test_learning_rate_is_live_other_settings_reload(qtbot, controller):
    c = controller(FAST.replace(steps=ENDLESS))
    c.train()
    qtbot.waitUntil(lambda: c.trainer.step > 5, timeout=10000)
    tr = c.trainer
    c.set_config(c.config.replace(lr=0.123))
    qtbot.waitUntil(lambda: tr.optimizer.lr == pytest.approx(0.123), timeout=10000)
    assert c.trainer is tr and c.state == "running"
    c.set_config(c.config.replace(hidden=5))
    assert c.trainer is not tr and c.trainer.net.n_h == 5 and c.state == "ready"


def test_a_config_the_engine_rejects_leaves_the_run_alone(qtbot, controller, tmp_path):
    c = controller()
    tr = c.trainer
    missing = tmp_path / "no-such-corpus.txt"
    with pytest.raises(ConfigError) as err:
        c.set_config(c.config.replace(task="charlm", corpus=str(missing)))
    assert err.value.field == "corpus"
    assert c.trainer is tr and c.config == FAST


def test_an_engine_error_is_reported_not_raised(qtbot, controller, monkeypatch):
    c = controller()
    states = []
    c.state_changed.connect(states.append)

    def broken():
        raise RuntimeError("boom in update")

    monkeypatch.setattr(c.trainer, "update", broken)
    c.train()
    qtbot.waitUntil(lambda: c.state == "failed", timeout=10000)
    assert "boom in update" in c.last_message
    assert c.thread.isRunning()  # the thread survives; Reset gives a working run
    c.reset()
    c.train()
    qtbot.waitUntil(lambda: c.trainer.step > 3, timeout=10000)


def test_shutdown_while_training_is_quick(qtbot, controller):
    c = controller(FAST.replace(steps=ENDLESS))
    c.train()
    qtbot.waitUntil(lambda: c.trainer.step > 10, timeout=10000)
    t0 = time.perf_counter()
    assert c.shutdown(timeout=10)
    assert time.perf_counter() - t0 < 5
    assert not c.thread.isRunning()
    step = c.trainer.step
    c.train()  # after shutdown, commands are ignored
    qtbot.wait(100)
    assert c.trainer.step == step


def test_capture_is_taken_between_updates_and_resumes_exactly(qtbot, controller):
    from rnnstudio.engine.trainer import Trainer

    c = controller(FAST.replace(steps=ENDLESS))
    got = []
    c.captured.connect(lambda tag, cp: got.append((tag, cp)))
    c.train()
    qtbot.waitUntil(lambda: c.trainer.step > 20, timeout=10000)
    c.pause()
    assert c.request_capture("test")
    qtbot.waitUntil(lambda: len(got) == 1, timeout=10000)
    tag, cp = got[0]
    assert tag == "test" and cp is not None and cp.state["step"] == c.trainer.step
    # A trainer rebuilt from the checkpoint and loaded carries on from that step.
    resumed: Trainer = cp.trainer()
    c.load_trainer(resumed)
    assert c.trainer is resumed and c.state == "ready" and c.trainer.step == cp.state["step"]
    c.step()
    qtbot.waitUntil(lambda: resumed.step == cp.state["step"] + 1, timeout=10000)


def test_a_capture_asked_for_as_the_budget_ends_does_not_leave_the_run_hanging(qtbot,
                                                                            controller):
    """A live view asks for a copy just as the run finishes: the run still ends as
    'finished' (it used to stay 'running' with the worker idle, and Train did nothing)."""
    import time

    c = controller(FAST.replace(steps=30))
    c.train()
    end = time.monotonic() + 120  # a generous bound: a loaded machine is slow
    while c.trainer.step < 30 and time.monotonic() < end:  # no Qt events: the report waits
        time.sleep(0.005)
    time.sleep(0.05)
    assert c.state == "running"  # the worker's "finished" is still in the event queue
    assert c.request_capture("view")
    qtbot.waitUntil(lambda: c.state == "finished", timeout=5000)
    c.train()  # and Train starts the next budget
    qtbot.waitUntil(lambda: c.trainer.step >= 60, timeout=10000)
