"""The training thread: pulls the engine's snapshot generator at full speed and folds
every update since the last emission into one immutable `Progress` (≤ ~30 a second).

The GUI thread talks to the worker only through a command queue (train, pause, step,
stop, load, quit) and the run's `Controls` (stop flag, new learning rate, probe
request). While paused or idle the worker blocks on that queue in its own thread; the
GUI thread never waits on it, except to join it when the window closes.
"""

from __future__ import annotations

import math
import queue
import threading
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..engine.experiment import applied_update
from ..engine.trainer import Controls, Snapshot, Trainer
from .messages import FLOW_SAMPLES, Progress

EMIT_INTERVAL = 0.033  # seconds between Progress messages while training
GUI_WAIT_MAX = 0.25  # longest the worker yields to a redrawing GUI per update


@dataclass(frozen=True)
class Load:
    """Command: make `trainer` the current run (the previous one is dropped)."""

    trainer: Trainer
    controls: Controls
    run_id: int


class _Fold:
    """Everything since the last emission."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.steps: list[int] = []
        self.losses: list[float] = []
        self.norms: list[float] = []
        self.norms_clipped: list[float] = []
        self.evals: list[tuple[int, Any]] = []
        self.latest: Snapshot | None = None
        self.probe: Any = None
        self.probe_step: int | None = None
        self.sample: str | None = None
        self.flows: list[tuple[int, Any]] = []

    def add(self, snap: Snapshot) -> None:
        self.latest = snap
        if applied_update(snap):  # the engine's rule: "stopped"/"diverged" stay off the curves
            self.steps.append(snap.step)
            self.losses.append(snap.loss)
            self.norms.append(snap.grad_norm)
            self.norms_clipped.append(snap.grad_norm_clipped)
            self.flows.append((snap.step, snap.flow))  # read-only arrays: no copy needed
        if snap.metrics is not None:
            self.evals.append((snap.step, snap.metrics))
        if snap.probe is not None:
            self.probe, self.probe_step = snap.probe, snap.step
        if snap.sample is not None:
            self.sample = snap.sample

    @staticmethod
    def _spread(items: list, most: int) -> list:
        """At most `most` items, evenly spaced, always keeping the newest."""
        if len(items) <= most:
            return items
        idx = np.linspace(0, len(items) - 1, most).round().astype(int)
        return [items[i] for i in idx]

    def build(self, run_id: int) -> Progress | None:
        if self.latest is None:
            return None

        def arr(values: list, dtype: Any) -> np.ndarray:
            a = np.asarray(values, dtype=dtype)
            a.flags.writeable = False
            return a

        p = Progress(run_id=run_id, steps=arr(self.steps, np.int64),
                     losses=arr(self.losses, np.float64), grad_norms=arr(self.norms, np.float64),
                     grad_norms_clipped=arr(self.norms_clipped, np.float64),
                     evals=tuple(self.evals), latest=self.latest, probe=self.probe,
                     probe_step=self.probe_step, sample=self.sample,
                     flows=tuple(self._spread(self.flows, FLOW_SAMPLES)))
        self.clear()
        return p


def initial_snapshot(trainer: Trainer) -> Snapshot:
    """A step-0 view of a fresh (or reset) network: its probe and held-out metric, no update.
    Built in the worker thread so the GUI sees the untrained prediction at once."""
    cfg = trainer.config
    metrics = trainer.evaluate()
    # Showing a sample must not move the sample generator: a reopened experiment (and
    # `rnnstudio train`) then generates exactly what an uninterrupted run would.
    rng_state = trainer.sample_rng.bit_generator.state
    sample = trainer.render_sample()
    trainer.sample_rng.bit_generator.state = rng_state
    return Snapshot(
        step=trainer.step, budget=cfg.steps, elapsed=0.0, updates_per_second=0.0,
        loss=math.nan, lr=trainer.optimizer.lr, grad_norm=math.nan, grad_norm_clipped=math.nan,
        param_grad_norms=MappingProxyType({}), flow=MappingProxyType({}),
        metric_name=trainer.task.metric_name, metric=trainer.metric,
        metrics=MappingProxyType(dict(metrics)), probe=MappingProxyType(trainer.probe()),
        sample=sample, status="ready", message="ready to train")


class TrainingWorker(QObject):
    """Lives in its own QThread; `loop()` runs until the "quit" command."""

    progress = Signal(object)  # Progress
    # (who asked, engine.experiment.Checkpoint or None when there is no network to capture)
    captured = Signal(str, object)
    # run_id, seq of the last command handled, "finished" (budget, goal, stop,
    # divergence) or "failed" (an exception inside the engine), and the message: the
    # snapshot's text.Msg (an object signal keeps it translatable) or the traceback.
    state_changed = Signal(int, int, str, object)

    def __init__(self) -> None:
        super().__init__()
        self.commands: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._trainer: Trainer | None = None
        self._controls = Controls()
        self._run_id = 0
        self._gen: Iterator[Snapshot] | None = None
        self._running = False
        self._steps_pending = 0
        self._fold = _Fold()
        self._last_emit = 0.0
        self._seq = 0
        # Cleared by the GUI thread while it redraws the plots, set when it is done. The
        # worker waits for it (at most GUI_WAIT_MAX) before each update, so painting,
        # which takes and drops the GIL call by call, does not crawl behind training.
        self.gui_idle = threading.Event()
        self.gui_idle.set()

    # ---------------------------------------------------------------- commands
    def send(self, command: Any, seq: int = 0) -> None:
        """Thread-safe: queue a command ("train", "pause", "step", "stop",
        ("capture", tag), "quit" or Load).
        `seq` numbers the commands so the sender can ignore state reports that predate
        its latest command."""
        self.commands.put((seq, command))

    def _handle(self, cmd: Any) -> bool:
        """Apply one command; False means quit."""
        tag = ""
        if isinstance(cmd, tuple) and cmd[:1] == ("capture",):  # ("capture", who asked)
            cmd, tag = cmd
        if cmd == "quit":
            self._drop_run()
            return False
        if isinstance(cmd, Load):
            self._drop_run()
            self._trainer, self._controls, self._run_id = cmd.trainer, cmd.controls, cmd.run_id
            self._fold.add(initial_snapshot(self._trainer))
            self._flush()
        elif self._trainer is None:
            if cmd == "capture":
                self.captured.emit(tag, None)
            return True
        elif cmd == "train":
            self._running = True
        elif cmd == "pause":
            if self._running:
                self._running = False
                self._flush()
        elif cmd == "step":
            self._running = False
            self._steps_pending += 1
        elif cmd == "capture":
            # Between two updates (the generator is suspended): a consistent copy.
            from ..engine.experiment import capture

            cp = capture(self._trainer)
            if self._controls.lr is not None:  # a new rate the next update would apply
                cp.state["lr"] = float(self._controls.lr)
            self.captured.emit(tag, cp)
        elif cmd == "stop":
            self._running = False
            self._steps_pending = 0
            if self._gen is not None:
                self._controls.stop.set()
                self._pull()  # the generator answers with a "stopped" snapshot and ends
            self._flush()
        return True

    def _drop_run(self) -> None:
        if self._gen is not None:
            self._gen.close()
        self._gen = None
        self._running = False
        self._steps_pending = 0
        self._fold.clear()
        self._trainer = None

    # -------------------------------------------------------------- training
    def _pull(self) -> Snapshot | None:
        """One item from the generator (starting a new run segment if needed)."""
        tr = self._trainer
        assert tr is not None
        if self._gen is None:
            self._controls.stop.clear()
            left = tr.config.steps - tr.step
            # After the budget or goal was reached, Train carries on for another budget.
            self._gen = tr.run(controls=self._controls,
                               budget=left if left > 0 else tr.config.steps)
        try:
            snap = next(self._gen)
        except StopIteration:
            self._gen = None
            return None
        self._fold.add(snap)
        if snap.finished:
            self._gen = None
        return snap

    def _flush(self) -> None:
        fold, tr = self._fold, self._trainer
        if tr is not None and fold.latest is not None and fold.probe_step != tr.step:
            # Every message shows the network as it is now: probe it here, between
            # updates (the generator is suspended, so the weights are not changing).
            fold.probe, fold.probe_step = MappingProxyType(tr.probe()), tr.step
        p = fold.build(self._run_id)
        if p is not None:
            self.progress.emit(p)
        self._last_emit = time.perf_counter()

    @Slot()
    def loop(self) -> None:
        """The thread's body: train while asked to, block on the queue otherwise."""
        try:
            self._loop()
        finally:
            QThread.currentThread().quit()

    def _loop(self) -> None:
        while True:
            busy = self._trainer is not None and (self._running or self._steps_pending > 0)
            try:
                item = self.commands.get_nowait() if busy else self.commands.get()
            except queue.Empty:
                item = None
            try:
                if item is not None:
                    self._seq = item[0]
                    if not self._handle(item[1]):
                        return
                else:
                    self._train_once()
            except Exception:  # an engine bug must not kill the thread or the app
                run_id = self._run_id
                self._drop_run()
                self.state_changed.emit(run_id, self._seq, "failed",
                                        traceback.format_exc(limit=8))

    def _train_once(self) -> None:
        stepping = not self._running
        if not self.gui_idle.is_set():
            self.gui_idle.wait(GUI_WAIT_MAX)
        snap = self._pull()
        if stepping:
            self._steps_pending -= 1
        if snap is None or snap.finished:
            self._running = False
            self._steps_pending = 0
            self._flush()
            self.state_changed.emit(self._run_id, self._seq, "finished",
                                    snap.message if snap is not None else "")
        elif stepping or time.perf_counter() - self._last_emit >= EMIT_INTERVAL:
            self._flush()
