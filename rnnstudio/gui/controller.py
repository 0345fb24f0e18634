"""The GUI's side of the run: the one current Config, and commands to the run's owner.

The live Trainer lives in the worker (a training process by default, see `worker`);
the controller never holds it. The window calls `train()`, `pause()`, `step()`,
`run_updates(n)`, `stop()`, `reset()`, `set_config()`, `set_speed()` and
`load_checkpoint()`; they return at once (commands are sent to the worker). The
controller re-emits the current run's `Progress` and tells the window what state the
run is in: ``ready`` (fresh weights), ``running``, ``paused`` (also after Run N updates
and when the goal is reached: Train goes on past it), ``finished`` (budget or Stop),
``diverged`` or ``failed`` (an error inside the engine, or the training process died).
`state` follows the user's command at once (the buttons react immediately); the worker
then confirms idle states with a `Report` carrying a checkpoint, which becomes
`checkpoint`: the only weights the GUI reads (teaching views, export), consistent by
construction.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from ..engine import trainer
from ..engine.config import Config, ConfigError, live_fields
from ..engine.experiment import Checkpoint
from ..engine.tasks import Task
from ..engine.text import msg
from .messages import (
    Capture,
    Captured,
    Ended,
    Load,
    Progress,
    Reconfigure,
    Report,
    RunUpdates,
    Speed,
)
from .worker import make_host

# Settings that change a running network without re-initialising it (declared once,
# in the engine's specs).
LIVE_FIELDS = live_fields()
LEAVE_TAG = "leaving"  # the copy of a trained network taken before another replaces it


def changed_fields(a: Config, b: Config) -> set[str]:
    return {f.name for f in dataclasses.fields(Config) if getattr(a, f.name) != getattr(b, f.name)}


def checked_task(config: Config) -> Task:
    """The task of `config` once the engine accepts it (trainer.checked_task: the checks a
    Trainer makes, without building a network); any failure becomes a ConfigError naming
    a setting."""
    try:
        return trainer.checked_task(config)
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
    # a trained network is about to be replaced (its run id); a copy of it follows as
    # captured(LEAVE_TAG, checkpoint), taken by the worker before it loads the next one
    leaving = Signal(int)
    # the worker confirmed an idle state ("ready", "paused", "finished") of the current
    # run; `checkpoint` now holds the network exactly as it is
    confirmed = Signal(str)
    _incoming = Signal(object)  # any message from the worker (emitted in its thread)

    def __init__(self, config: Config | None = None, parent: QObject | None = None,
                 kind: str | None = None):
        super().__init__(parent)
        self.config = config if config is not None else Config()  # the one current Config
        self.run_id = 0
        self.state = "ready"
        self.step_count = 0  # the run's step as last reported by the worker
        self.checkpoint: Checkpoint | None = None  # set by the worker's idle reports
        self.metric_labels: Mapping[str, str] = {}
        self.higher_is_better = True  # the task's metric: which way the goal is reached
        self.speed: float | None = None  # updates per second (None: full speed)
        self.latest: Progress | None = None
        self.last_message: str = ""  # often a text.Msg: show it with i18n.engine_text()
        self.restarts = 0  # training processes started after one died
        self._seq = 0
        self._closed = False
        self._kind = kind
        self._incoming.connect(self._on_message)
        self.host: Any = None  # started by the first _load, once the config is known good
        self._load(self.config, None)  # ConfigError: nothing was started
        app = QCoreApplication.instance()
        if app is not None:  # however the app ends, the worker is ended first
            app.aboutToQuit.connect(self.shutdown)

    # ---------------------------------------------------------------- commands
    def _start_host(self) -> None:
        self.host = make_host(self._incoming.emit, self._kind)
        if self.speed is not None:  # a new training process gets the chosen pace
            self.host.send(self._seq, Speed(self.speed))

    def _send(self, cmd: object, advance: bool = True) -> None:
        if advance:
            self._seq += 1
        self.host.send(self._seq, cmd)

    def _set_state(self, state: str, message: str | None = None) -> None:
        if message is not None:
            self.last_message = message
            self.message.emit(message)
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def _load(self, config: Config, checkpoint: Checkpoint | None) -> None:
        """Check `config` here (ConfigError leaves everything as it was), then send it."""
        task = checked_task(config)  # only a check (and the labels): the worker builds
        if self.step_count > 0 and self.state != "failed" and self.alive:
            self._send(Capture(LEAVE_TAG), advance=False)  # answered before the Load
            self.leaving.emit(self.run_id)
        self.config = config  # the run itself
        self.metric_labels = dict(getattr(task, "metric_labels", {}) or {})
        self.higher_is_better = bool(getattr(task, "higher_is_better", True))
        if self.host is None or not self.host.alive():
            self._restart_host()
        self.run_id += 1
        self.latest = None
        self.checkpoint = None
        self.step_count = int(checkpoint.state.get("step", 0)) if checkpoint is not None else 0
        if checkpoint is not None:
            self._send(Load(self.run_id, checkpoint=checkpoint))
        else:
            self._send(Load(self.run_id, config=config))
        self.run_reset.emit(config)
        self._set_state("ready", "")

    def _restart_host(self) -> None:
        if self.host is not None:
            self.host.close(0.0)
            self.restarts += 1
        self._start_host()

    @property
    def training(self) -> bool:
        return self.state == "running"

    @property
    def alive(self) -> bool:
        """The run's owner (process or thread) is there to take commands."""
        return self.host is not None and self.host.alive()

    def train(self) -> None:
        """Start or resume training (after the budget or goal: another budget)."""
        if self._closed or self.state in ("running", "failed"):
            return
        self.checkpoint = None
        self._send("train")
        self._set_state("running", "")

    def pause(self) -> None:
        """Pause: the worker confirms with a checkpoint of the weights it stopped at."""
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
        if self._closed or self.state == "failed":
            return
        self.checkpoint = None
        self._send("step")
        self._set_state("paused", "")

    def run_updates(self, n: int) -> None:
        """Exactly `n` more updates at the chosen speed, then pause (the worker confirms
        the pause; Pause ends it early). n = 1 is Step."""
        if n <= 1:
            self.step()
            return
        if self._closed or self.state == "failed":
            return
        self.checkpoint = None
        self._send(RunUpdates(int(n)))
        self._set_state("running", "")

    def set_speed(self, updates_per_second: float | None) -> None:
        """Pace training: updates per second (None or 0: full speed), from the next
        update on, also while running. It changes only how fast, never what is learned."""
        self.speed = float(updates_per_second) if updates_per_second else None
        if self.host is not None and not self._closed:
            self._send(Speed(self.speed), advance=False)

    def stop(self) -> None:
        """End the run where it is (weights are kept; Train starts a new budget)."""
        if self.state in ("running", "paused"):
            self._send("stop")
            self._set_state("finished", msg("stopped at step {step}", step=self.step_count))

    def reset(self) -> None:
        """Fresh network from the current config: same seed, same start weights. Also
        what brings training back after its process died."""
        if not self._closed:
            self._load(self.config, None)

    def set_config(self, config: Config, fresh: bool = False) -> None:
        """Adopt `config`. Live settings (LIVE_FIELDS: learning rate, optimizer, budget,
        clipping, ...) change the running network from its next update; any other change,
        any change after a divergence, and a `fresh` one (a lesson, a challenge, a config
        file: a set-up starts untrained) load a freshly initialised network. Raises
        ConfigError if the engine cannot build it (the current run is then untouched)."""
        if not self.needs_rebuild(config, fresh):
            if config != self.config:
                self.config = config
                self._send(Reconfigure(config), advance=False)
            return
        self._load(config, None)

    def needs_rebuild(self, config: Config, fresh: bool = False) -> bool:
        """Whether adopting `config` builds a new network (see set_config)."""
        if fresh:
            return config != self.config or self.step_count > 0 or self.state != "ready"
        if config == self.config:
            return False
        return (self.state in ("failed", "diverged")
                or not changed_fields(self.config, config) <= LIVE_FIELDS)

    def load_checkpoint(self, checkpoint: Checkpoint) -> None:
        """Make a saved state (e.g. an opened experiment) the run: the worker rebuilds
        the trainer from it, and Train carries on from its step."""
        if not self._closed:
            self._load(checkpoint.config, checkpoint)

    def request_capture(self, tag: str) -> bool:
        """Ask the worker for a Checkpoint of the run, taken between two updates; it
        arrives as `captured(tag, checkpoint)`, so each asker knows its own answer.
        False if there is no run to capture."""
        if self._closed or self.state == "failed":
            return False
        # Sent under the current number: a capture does not change the run's state, so a
        # "finished" report the worker sent just before it still counts.
        self._send(Capture(tag), advance=False)
        return True

    def randomise_seed(self) -> None:
        spec_max = 2**31 - 1
        seed = random.randint(0, spec_max)
        while seed == self.config.seed:
            seed = random.randint(0, spec_max)
        self.set_config(self.config.replace(seed=seed))

    # ------------------------------------------------------- sharing the CPU
    def hold_worker(self) -> None:
        """The GUI starts a redraw: a worker thread waits (between updates) until
        `release_worker()`, so painting does not fight training for the GIL. A training
        process needs no such courtesy."""
        if self.state == "running" and self.host is not None:
            self.host.hold()

    def release_worker(self) -> None:
        if self.host is not None:
            self.host.release()

    # --------------------------------------------------------------- incoming
    @Slot(object)
    def _on_message(self, m: object) -> None:
        if self._closed:
            return
        if isinstance(m, Progress):
            if m.run_id == self.run_id:
                self.latest = m
                self.step_count = m.latest.step
                self.progress.emit(m)
        elif isinstance(m, Report):
            self._on_report(m)
        elif isinstance(m, Captured):
            self.captured.emit(m.tag, m.checkpoint)
        elif isinstance(m, Ended):
            self._set_state("failed", self.tr(
                "The training process ended unexpectedly ({0}); press Reset to start "
                "a new one. The runs of this session are kept.").format(m.reason))

    def _on_report(self, r: Report) -> None:
        if r.run_id != self.run_id:
            return
        if r.state == "failed":
            last = (str(r.message).strip().splitlines() or [""])[-1]
            self._set_state("failed", self.tr("The engine stopped with an error; press "
                                              "Reset.\n{0}").format(last))
            return
        if r.seq < self._seq:
            return  # reports a run segment the user has since resumed or stepped past
        if r.checkpoint is not None:
            self.checkpoint = r.checkpoint
            self.step_count = int(r.checkpoint.state.get("step", self.step_count))
        if r.metric_labels is not None:
            self.metric_labels = dict(r.metric_labels)
        if r.state == "finished":
            status = self.latest.latest.status if self.latest is not None else ""
            self._set_state("diverged" if status == "diverged" else "finished", r.message)
        elif r.state == "paused" and self.state == "running":
            # the worker paused by itself: Run N updates is done, or the goal is reached
            self._set_state("paused", r.message)
        self.confirmed.emit(r.state)

    # -------------------------------------------------------------- shutdown
    def shutdown(self, timeout: float = 1.0) -> bool:
        """End training (called when the window closes): waits at most `timeout`
        seconds, then a training process is terminated. True when it has ended."""
        if self._closed:
            return not self.alive
        self._closed = True
        return self.host.close(timeout) if self.host is not None else True
