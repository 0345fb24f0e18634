"""The controller and the run's owner (a training process, or a thread), without the window."""

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


def weights(qtbot, c):
    """The network as the worker last confirmed it (waits for the confirmation)."""
    qtbot.waitUntil(lambda: c.checkpoint is not None, timeout=10000)
    return np.concatenate([np.ravel(v) for _, v in sorted(c.checkpoint.weights.items())])


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
    qtbot.waitUntil(lambda: c.step_count == 1, timeout=10000)
    c.step()
    qtbot.waitUntil(lambda: c.step_count == 2, timeout=10000)
    qtbot.wait(200)
    assert c.step_count == 2 and c.state == "paused"
    c.train()
    qtbot.waitUntil(lambda: c.state == "finished", timeout=30000)
    steps = np.concatenate([p.steps for p in got])
    assert steps.tolist() == list(range(1, FAST.steps + 1))


def test_train_after_the_budget_runs_another_budget(qtbot, controller):
    c = controller(FAST.replace(steps=60))
    c.train()
    qtbot.waitUntil(lambda: c.state == "finished", timeout=20000)
    assert c.step_count == 60
    c.train()  # a late "finished" from the first segment must not end the second
    assert c.state == "running"
    qtbot.waitUntil(lambda: c.step_count == 120 and c.state == "finished", timeout=20000)


def test_reset_ignores_messages_of_the_old_run(qtbot, controller):
    c = controller(FAST.replace(steps=ENDLESS))
    start = weights(qtbot, c)
    c.train()
    qtbot.waitUntil(lambda: c.step_count > 20, timeout=10000)
    c.reset()
    run = c.run_id
    got = collect(c)
    qtbot.wait(300)
    assert all(p.run_id == run for p in got)
    assert all(len(p.steps) == 0 for p in got)  # only the fresh network's step-0 view
    assert np.array_equal(weights(qtbot, c), start)
    assert c.step_count == 0 and c.state == "ready"


def test_learning_rate_is_live_other_settings_reload(qtbot, controller):
    c = controller(FAST.replace(steps=ENDLESS))
    c.train()
    qtbot.waitUntil(lambda: c.step_count > 5, timeout=10000)
    run = c.run_id
    c.set_config(c.config.replace(lr=0.123))
    qtbot.waitUntil(lambda: c.latest.latest.lr == pytest.approx(0.123), timeout=10000)
    assert c.run_id == run and c.state == "running" and c.step_count > 5
    c.set_config(c.config.replace(hidden=5))
    assert c.run_id != run and c.state == "ready"
    qtbot.waitUntil(lambda: c.checkpoint is not None, timeout=10000)
    assert c.checkpoint.trainer().net.n_h == 5 and c.checkpoint.state["step"] == 0


def test_a_config_the_engine_rejects_leaves_the_run_alone(qtbot, controller, tmp_path):
    c = controller()
    run = c.run_id
    missing = tmp_path / "no-such-corpus.txt"
    with pytest.raises(ConfigError) as err:
        c.set_config(c.config.replace(task="charlm", corpus=str(missing)))
    assert err.value.field == "corpus"
    assert c.run_id == run and c.config == FAST


def test_an_engine_error_is_reported_not_raised(qtbot, monkeypatch):
    from rnnstudio.engine.trainer import Trainer

    c = Controller(FAST, kind="thread")  # the broken update is patched in this process
    states = []
    c.state_changed.connect(states.append)

    def broken(self):
        raise RuntimeError("boom in update")

    monkeypatch.setattr(Trainer, "update", broken)
    c.train()
    qtbot.waitUntil(lambda: c.state == "failed", timeout=10000)
    assert "boom in update" in c.last_message
    assert c.alive  # the worker survives; Reset gives a working run
    monkeypatch.undo()
    c.reset()
    c.train()
    qtbot.waitUntil(lambda: c.step_count > 3, timeout=10000)
    assert c.shutdown()


def test_shutdown_while_training_is_quick(qtbot, controller):
    c = controller(FAST.replace(steps=ENDLESS))
    c.train()
    qtbot.waitUntil(lambda: c.step_count > 10, timeout=10000)
    t0 = time.perf_counter()
    assert c.shutdown(timeout=10)
    assert time.perf_counter() - t0 < 5
    assert not c.alive
    step = c.step_count
    c.train()  # after shutdown, commands are ignored
    qtbot.wait(100)
    assert c.step_count == step


def test_capture_is_taken_between_updates_and_resumes_exactly(qtbot, controller):
    from rnnstudio.engine.trainer import Trainer

    c = controller(FAST.replace(steps=ENDLESS))
    got = []
    c.captured.connect(lambda tag, cp: got.append((tag, cp)))
    c.train()
    qtbot.waitUntil(lambda: c.step_count > 20, timeout=10000)
    c.pause()
    assert c.request_capture("test")
    qtbot.waitUntil(lambda: len(got) == 1, timeout=10000)
    tag, cp = got[0]
    assert tag == "test" and cp is not None and cp.state["step"] == c.step_count
    # The checkpoint loaded as a run carries on from that step, as a trainer rebuilt
    # from it would.
    resumed: Trainer = cp.trainer()
    c.load_checkpoint(cp)
    assert c.state == "ready" and c.step_count == cp.state["step"]
    c.step()
    qtbot.waitUntil(lambda: c.step_count == cp.state["step"] + 1 and c.checkpoint is not None,
                    timeout=10000)
    resumed.update()
    np.testing.assert_array_equal(c.checkpoint.trainer().net.flat, resumed.net.flat)


def test_a_capture_asked_for_as_the_budget_ends_does_not_leave_the_run_hanging(qtbot,
                                                                            controller):
    """A live view asks for a copy just as the run finishes: the run still ends as
    'finished' (it used to stay 'running' with the worker idle, and Train did nothing)."""
    import threading

    from PySide6.QtCore import Qt

    from rnnstudio.gui.messages import Report

    c = controller(FAST.replace(steps=30))
    sent = threading.Event()  # set in the thread that hands the worker's messages over
    c._incoming.connect(lambda m: isinstance(m, Report) and m.state == "finished"
                        and sent.set(), Qt.ConnectionType.DirectConnection)
    c.train()
    assert sent.wait(120)  # no Qt events meanwhile: the report waits in the event queue
    assert c.state == "running"
    assert c.request_capture("view")
    qtbot.waitUntil(lambda: c.state == "finished", timeout=5000)
    c.train()  # and Train starts the next budget
    qtbot.waitUntil(lambda: c.step_count >= 60, timeout=10000)


def test_training_runs_in_its_own_process_by_default(qtbot, controller):
    import os

    c = controller()
    assert c.host.kind == "process"
    assert c.host._process.pid != os.getpid()
    c.step()
    qtbot.waitUntil(lambda: c.step_count == 1 and c.checkpoint is not None, timeout=10000)


def test_a_dead_training_process_is_reported_and_reset_starts_another(qtbot, controller):
    c = controller(FAST.replace(steps=100_000))
    c.train()
    qtbot.waitUntil(lambda: c.step_count > 5, timeout=10000)
    c.host._process.kill()  # as if it crashed (out of memory, a signal...)
    qtbot.waitUntil(lambda: c.state == "failed", timeout=10000)
    assert "ended unexpectedly" in c.last_message
    c.train()  # nothing to train: the state stays as reported
    assert c.state == "failed"
    c.reset()
    assert c.state == "ready" and c.restarts == 1
    c.train()
    qtbot.waitUntil(lambda: c.step_count > 5, timeout=10000)
    assert c.alive


def test_pause_is_confirmed_with_the_weights_it_stopped_at(qtbot, controller):
    c = controller(FAST.replace(steps=100_000))
    c.train()
    qtbot.waitUntil(lambda: c.step_count > 10, timeout=10000)
    c.pause()
    assert c.checkpoint is None  # asked, not yet confirmed
    qtbot.waitUntil(lambda: c.checkpoint is not None, timeout=10000)
    step = c.checkpoint.state["step"]
    qtbot.wait(200)
    assert c.step_count == step and c.checkpoint.state["step"] == step
    c.step()  # one update from exactly there
    qtbot.waitUntil(lambda: c.checkpoint is not None, timeout=10000)
    assert c.checkpoint.state["step"] == step + 1 == c.step_count
