"""The GUI-side owner of a run: the current Config, its Trainer and the training thread.

The window calls `train()`, `pause()`, `step()`, `stop()`, `reset()` and
`set_config()`; they return at once (commands are queued to the worker). The
controller re-emits the current run's `Progress` and tells the window what state the
run is in: ``ready`` (fresh weights), ``running``, ``paused``, ``finished`` (budget,
goal or Stop), ``diverged`` or ``failed`` (an error inside the engine).
"""

from __future__ import annotations

import dataclasses
import random
import time

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QThread,
    Signal,
    Slot,
)

from ..engine.config import Config, ConfigError
from ..engine.text import msg
from ..engine.trainer import Controls, Trainer
from .messages import Progress
from .worker import Load, TrainingWorker

# Settings that change a running network without re-initialising it.
LIVE_FIELDS = frozenset({"lr"})


def changed_fields(a: Config, b: Config) -> set[str]:
    return {f.name for f in dataclasses.fields(Config) if getattr(a, f.name) != getattr(b, f.name)}


def build_trainer(config: Config) -> Trainer:
    """A Trainer for `config`; any failure becomes a ConfigError naming a setting."""
    try:
        return Trainer(config)
    except ConfigError:
        raise
    except (ImportError, NotImplementedError) as exc:
        what = "cell" if "cells" in str(getattr(exc, "name", "") or exc) else "task"
        raise ConfigError(what, QCoreApplication.translate(
            "Controller", "{0} is not available in this build ({1})").format(
            repr(getattr(config, what)), exc)) from None
    except ValueError as exc:  # the engine's own checks name the setting ("task: ...")
        text = str(exc)
        name = text.split(":", 1)[0].strip()
        if name in {f.name for f in dataclasses.fields(Config)}:
            raise ConfigError(name, text.split(":", 1)[1].strip()) from None
        raise ConfigError("config", exc.args[0] if len(exc.args) == 1 else text) from None
    except OSError as exc:
        raise ConfigError("corpus", QCoreApplication.translate(
            "Controller", "cannot read {0}: {1}").format(
            repr(config.corpus), exc.strerror or exc)) from None


class Controller(QObject):
    progress = Signal(object)  # Progress of the current run only
    state_changed = Signal(str)  # see module docstring
    run_reset = Signal(object)  # Config: a fresh network was loaded; clear the plots
    # why the run finished / failed (empty when nothing to say): an engine text.Msg or a
    # str; show it with i18n.engine_text()
    message = Signal(object)
    captured = Signal(str, object)  # answer to request_capture(tag): tag, Checkpoint or None

    def __init__(self, config: Config | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.config = config if config is not None else Config()
        self.trainer: Trainer | None = None
        self.controls = Controls()
        self.run_id = 0
        self.state = "ready"
        self.latest: Progress | None = None
        self.last_message: str = ""  # often a text.Msg: show it with i18n.engine_text()
        self._seq = 0
        self._closed = False

        self.thread = QThread()
        self.thread.setObjectName("rnnstudio-training")
        self.worker = TrainingWorker()
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.loop)
        self.worker.progress.connect(self._on_progress)
        self.worker.state_changed.connect(self._on_worker_state)
        self.worker.captured.connect(self.captured)
        self.thread.start()
        app = QCoreApplication.instance()
        if app is not None:  # however the app ends, the thread is joined first
            app.aboutToQuit.connect(self.shutdown)
        self._load(build_trainer(self.config))

    # ---------------------------------------------------------------- commands
    def _send(self, cmd: object) -> None:
        self._seq += 1
        self.worker.send(cmd, self._seq)

    def _set_state(self, state: str, message: str | None = None) -> None:
        if message is not None:
            self.last_message = message
            self.message.emit(message)
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def _load(self, trainer: Trainer) -> None:
        self.trainer = trainer
        self.controls = Controls()
        self.run_id += 1
        self.latest = None
        self._send(Load(trainer, self.controls, self.run_id))
        self.run_reset.emit(trainer.config)
        self._set_state("ready", "")

    @property
    def training(self) -> bool:
        return self.state == "running"

    def train(self) -> None:
        """Start or resume training (after the budget or goal: another budget)."""
        if self._closed or self.trainer is None or self.state in ("running", "failed"):
            return
        self._send("train")
        self._set_state("running", "")

    def pause(self) -> None:
        if self.state == "running":
            self._send("pause")
            self._set_state("paused")

    def toggle(self) -> None:
        """Space: train when stopped or paused, pause when training."""
        if self.state == "running":
            self.pause()
        else:
            self.train()

    def step(self) -> None:
        """Exactly one update, then stay paused."""
        if self._closed or self.trainer is None or self.state == "failed":
            return
        self._send("step")
        self._set_state("paused", "")

    def stop(self) -> None:
        """End the run where it is (weights are kept; Train starts a new budget)."""
        if self.state in ("running", "paused"):
            self._send("stop")
            self._set_state("finished", msg("stopped at step {step}", step=self.trainer.step))

    def reset(self) -> None:
        """Fresh network from the current config: same seed, same start weights."""
        if not self._closed:
            self._load(build_trainer(self.config))

    def set_config(self, config: Config) -> None:
        """Adopt `config`. The learning rate changes live (next update); any other
        change loads a freshly initialised network. Raises ConfigError if the engine
        cannot build it (the current run is then untouched)."""
        if config == self.config:
            return
        changed = changed_fields(self.config, config)
        if changed <= LIVE_FIELDS and self.trainer is not None and self.state != "failed":
            self.config = config
            self.controls.lr = config.lr
            return
        trainer = build_trainer(config)
        self.config = config
        self._load(trainer)

    def load_trainer(self, trainer: Trainer) -> None:
        """Make an existing trainer (e.g. resumed from a saved experiment) the run."""
        if not self._closed:
            self.config = trainer.config
            self._load(trainer)

    def request_capture(self, tag: str) -> bool:
        """Ask the worker for a Checkpoint of the run, taken between two updates; it
        arrives as `captured(tag, checkpoint)`, so each asker knows its own answer.
        False if there is no run to capture."""
        if self._closed or self.trainer is None or self.state == "failed":
            return False
        # Sent under the current number: a capture does not change the run's state, so a
        # "finished" report the worker sent just before it still counts.
        self.worker.send(("capture", tag), self._seq)
        return True

    def randomise_seed(self) -> None:
        spec_max = 2**31 - 1
        seed = random.randint(0, spec_max)
        while seed == self.config.seed:
            seed = random.randint(0, spec_max)
        self.set_config(self.config.replace(seed=seed))

    # ------------------------------------------------------- sharing the CPU
    def hold_worker(self) -> None:
        """The GUI starts a redraw: the worker waits (between updates) until
        `release_worker()`, so painting does not fight training for the GIL."""
        if self.state == "running":
            self.worker.gui_idle.clear()

    def release_worker(self) -> None:
        self.worker.gui_idle.set()

    # --------------------------------------------------------------- incoming
    @Slot(object)
    def _on_progress(self, p: Progress) -> None:
        if p.run_id != self.run_id or self._closed:
            return
        self.latest = p
        self.progress.emit(p)

    @Slot(int, int, str, object)
    def _on_worker_state(self, run_id: int, seq: int, state: str, message: str) -> None:
        if run_id != self.run_id or self._closed:
            return
        if state == "failed":
            last = (message.strip().splitlines() or [""])[-1]
            self._set_state("failed", self.tr("The engine stopped with an error; press "
                                              "Reset.\n{0}").format(last))
            return
        if seq < self._seq:
            return  # reports a run segment the user has since resumed or stepped past
        status = self.latest.latest.status if self.latest is not None else ""
        if status == "diverged":
            self._set_state("diverged", message)
        else:
            self._set_state("finished", message)

    # -------------------------------------------------------------- shutdown
    def shutdown(self, timeout: float = 30.0) -> bool:
        """Stop training and join the thread (called when the window closes).
        Returns False if the thread did not end within `timeout` seconds."""
        if self._closed:
            return not self.thread.isRunning()
        self._closed = True
        self.worker.gui_idle.set()
        self.controls.stop.set()
        self._send("quit")
        deadline = time.monotonic() + timeout
        while self.thread.isRunning() and time.monotonic() < deadline:
            self.thread.wait(100)
        return not self.thread.isRunning()
