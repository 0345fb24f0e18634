"""The run's owner: a `RunLoop` holds the live Trainer, pulls the engine's snapshot
generator at full speed and folds every update since the last emission into one
immutable `Progress` (≤ ~30 a second). At a chosen slower speed (`messages.Speed`) it
waits between updates, on its command channel so that any command ends the wait at
once, and reports every update.

The GUI never touches the Trainer. It talks to the loop only through commands
(`messages.Load`, "train", "pause", "step", `RunUpdates`, "stop", `Reconfigure`,
`Speed`, `Capture`, "quit") and receives immutable messages (`Progress`, `Report`,
`Captured`). Reaching the goal (``until_metric``) pauses the run: Train then carries on
past it (the goal counts again once it is changed). The loop is pure Python
(no Qt), so it runs either

- in a **training process** (`ProcessHost`, the app's default): a `spawn`ed child with
  its own interpreter, so training and drawing never share a GIL; commands and messages
  cross a pipe, and a reader thread in the GUI process turns messages into a Qt signal.
  A process that dies is reported (`Ended`), and the next Load starts a new one;
- or in a **thread** of the GUI's process (`ThreadHost`): messages are passed by
  reference; the GUI can make the loop yield while it redraws (`hold`/`release`).

`RNNSTUDIO_TRAINING=thread|process` chooses (default: process). While paused or idle
(and between two paced updates) the loop blocks on its command queue; the GUI never
waits on it, except for at most a second to let it end when the window closes.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import os
import queue
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from types import MappingProxyType
from typing import Any

import numpy as np

from ..engine.config import Config
from ..engine.experiment import applied_update, capture
from ..engine.tasks import reached
from ..engine.text import msg
from ..engine.trainer import Controls, Snapshot, Trainer
from .messages import (
    FLOW_SAMPLES,
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

EMIT_INTERVAL = 0.033  # seconds between Progress messages while training
# At full speed, updates run back to back for this long between two looks at the command
# channel: a look costs a system call, as much as a tenth of a small network's update.
BURST = 0.002
GUI_WAIT_MAX = 0.25  # longest a thread worker yields to a redrawing GUI per update
ENV_KIND = "RNNSTUDIO_TRAINING"
KINDS = ("process", "thread")
QUIT_WAIT = 0.8  # seconds the window waits for the run's owner to end when closing


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
    Built by the run's owner so the GUI sees the untrained prediction at once."""
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


def _labels(trainer: Trainer) -> MappingProxyType:
    return MappingProxyType(dict(getattr(trainer.task, "metric_labels", {}) or {}))


class RunLoop:
    """The one owner of the live Trainer. `serve(get)` handles commands and trains until
    "quit"; every outgoing message goes through `emit`. No Qt: it runs in a thread or in
    a process of its own.

    `get(timeout)` returns the next (seq, command), or None when none came within
    `timeout` seconds (None: wait for one, 0: do not wait)."""

    def __init__(self, emit: Callable[[object], None],
                 gui_idle: threading.Event | None = None) -> None:
        self.emit = emit
        self._trainer: Trainer | None = None
        self._controls = Controls()  # this loop's own: nobody else touches it
        self._run_id = 0
        self._gen: Iterator[Snapshot] | None = None
        self._running = False
        self._steps_pending = 0
        self._fold = _Fold()
        self._last_emit = 0.0
        self._seq = 0
        self._interval = 0.0  # seconds from one update's start to the next's (0: full speed)
        self._last_start = 0.0  # when the latest update started
        self._next_at = 0.0  # the next update may not start before this
        self._goal_armed = True  # False once the goal paused the run (until it changes)
        # A thread host clears this while the GUI redraws; the loop then waits (at most
        # GUI_WAIT_MAX) before each update, so painting does not crawl behind training.
        self.gui_idle = gui_idle

    # ---------------------------------------------------------------- commands
    def _handle(self, cmd: Any) -> bool:
        """Apply one command; False means quit."""
        if cmd == "quit":
            self._drop_run()
            return False
        if isinstance(cmd, Load):
            self._drop_run()
            self._run_id = cmd.run_id
            self._trainer = (cmd.checkpoint.trainer() if cmd.checkpoint is not None
                             else Trainer(cmd.config))
            self._fold.add(initial_snapshot(self._trainer))
            self._goal_armed = not self._goal_met()  # an opened run past its goal trains on
            self._flush()
            self._report("ready", "")
            return True
        if isinstance(cmd, Speed):
            ups = cmd.updates_per_second
            self._interval = 1.0 / ups if ups else 0.0
            self._next_at = self._last_start + self._interval  # at once, also mid-wait
            return True
        if isinstance(cmd, Capture):
            self.emit(Captured(cmd.tag, self._checkpoint()))
            return True
        if self._trainer is None:
            return True
        if isinstance(cmd, Reconfigure):
            self._reconfigure(cmd.config)
        elif cmd == "train":
            self._running = True
            self._steps_pending = 0
        elif cmd == "pause":  # also ends a RunUpdates early
            self._running = False
            self._steps_pending = 0
            self._flush()
            self._report("paused", "")
        elif cmd == "step":  # one more update; presses add up
            self._running = False
            self._steps_pending += 1
        elif isinstance(cmd, RunUpdates):
            self._running = False
            self._steps_pending = max(0, int(cmd.n))
            if self._steps_pending == 0:
                self._report("paused", "")
        elif cmd == "stop":
            self._running = False
            self._steps_pending = 0
            message: object = ""
            if self._gen is not None:
                self._controls.stop.set()
                snap = self._pull()  # the generator answers with a "stopped" snapshot
                message = snap.message if snap is not None else ""
            self._flush()
            self._report("finished", message)
        return True

    def _checkpoint(self) -> Any:
        """A consistent copy: taken between two updates (the generator is suspended)."""
        if self._trainer is None:
            return None
        return capture(self._trainer)

    def _goal_met(self) -> bool:
        """Whether the latest held-out metric already meets the goal."""
        tr = self._trainer
        goal = tr.config.until_metric if tr is not None else None
        return (tr is not None and goal is not None and tr.metric is not None
                and bool(reached(tr.task, tr.metric, goal)))

    def _reconfigure(self, config: Config) -> None:
        """Live settings, between two updates (the generator is suspended)."""
        tr = self._trainer
        assert tr is not None
        new_budget = config.steps != tr.config.steps
        new_goal = config.until_metric != tr.config.until_metric
        tr.reconfigure(config)
        restart = new_budget
        if new_goal and self._goal_armed != (not self._goal_met()):
            self._goal_armed = not self._goal_met()  # a new goal counts (if not yet met)
            restart = True
        if not (restart and self._gen is not None):
            return
        # The generator's end (budget) or goal rule came from the old settings; the next
        # pull starts anew.
        self._gen.close()
        self._gen = None
        if new_budget and tr.step >= config.steps:  # the new budget is already spent: end
            self._running, self._steps_pending = False, 0
            self._flush()
            self._report("finished", msg("finished {n} updates", n=tr.step))

    def _report(self, state: str, message: object) -> None:
        tr = self._trainer
        self.emit(Report(self._run_id, self._seq, state, message, self._checkpoint(),
                         _labels(tr) if tr is not None else None))

    def _drop_run(self) -> None:
        if self._gen is not None:
            self._gen.close()
        self._gen = None
        self._running = False
        self._steps_pending = 0
        self._fold.clear()
        self._trainer = None
        self._controls = Controls()

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
                               budget=left if left > 0 else tr.config.steps,
                               stop_at_goal=self._goal_armed)
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
            self.emit(p)
        self._last_emit = time.perf_counter()

    def serve(self, get: Callable[[float | None], Any]) -> None:
        """Train while asked to (pacing the updates by waiting in `get(timeout)`);
        otherwise block in `get(None)`. See the class docstring for `get`."""
        while True:
            busy = self._busy()
            item = get(max(0.0, self._next_at - time.perf_counter()) if busy else None)
            try:
                if item is not None:
                    self._seq = item[0]
                    if not self._handle(item[1]):
                        return
                    if not busy and self._busy():
                        self._next_at = 0.0  # the first update of a start comes at once
                elif busy and time.perf_counter() >= self._next_at:
                    self._train_burst()
            except Exception:  # an engine bug must not kill the loop or the app
                run_id = self._run_id
                self._drop_run()
                self.emit(Report(run_id, self._seq, "failed", traceback.format_exc(limit=8)))

    def _busy(self) -> bool:
        return self._trainer is not None and (self._running or self._steps_pending > 0)

    def _train_burst(self) -> None:
        """One update; at full speed, more until BURST has passed or the run's state
        changes (a command then waits at most one burst and one update)."""
        end = time.perf_counter() + BURST
        while (self._train_once() and self._running and self._interval == 0
               and time.perf_counter() < end):
            pass

    def _train_once(self) -> bool:
        """One update; False when it ended, paused or finished the run."""
        stepping = not self._running
        if self.gui_idle is not None and not self.gui_idle.is_set():
            self.gui_idle.wait(GUI_WAIT_MAX)
        self._last_start = time.perf_counter()
        self._next_at = self._last_start + self._interval
        snap = self._pull()
        if stepping:
            self._steps_pending -= 1
        if snap is not None and snap.status == "goal":
            # The goal pauses the run; Train goes on past it.
            self._running, self._steps_pending = False, 0
            self._goal_armed = False
            self._flush()
            self._report("paused", snap.message)
            return False
        if snap is None or snap.finished:
            self._running = False
            self._steps_pending = 0
            self._flush()
            self._report("finished", snap.message if snap is not None else "")
            return False
        if stepping and self._steps_pending == 0:
            self._flush()
            self._report("paused", "")
            return False
        if self._interval > 0 or time.perf_counter() - self._last_emit >= EMIT_INTERVAL:
            self._flush()  # below full speed every update is shown
        return True


# ====================================================================== hosts
class ThreadHost:
    """The loop in a daemon thread of this process; messages by reference."""

    kind = "thread"

    def __init__(self, deliver: Callable[[object], None]) -> None:
        self._commands: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self.gui_idle = threading.Event()
        self.gui_idle.set()
        self._loop = RunLoop(deliver, self.gui_idle)
        self._thread = threading.Thread(target=self._loop.serve, args=(self._get,),
                                        name="rnnstudio-training", daemon=True)
        self._thread.start()

    def _get(self, timeout: float | None) -> Any:
        try:
            if timeout is None:
                return self._commands.get()
            if timeout <= 0:
                return self._commands.get_nowait()
            return self._commands.get(timeout=timeout)
        except queue.Empty:
            return None

    def send(self, seq: int, command: Any) -> None:
        self._commands.put((seq, command))

    def alive(self) -> bool:
        return self._thread.is_alive()

    def hold(self) -> None:
        self.gui_idle.clear()

    def release(self) -> None:
        self.gui_idle.set()

    def close(self, timeout: float = QUIT_WAIT) -> bool:
        self.gui_idle.set()
        self.send(0, "quit")
        self._thread.join(timeout)
        return not self._thread.is_alive()


def child_main(conn: Any) -> None:
    """The training process: serve commands from the pipe, answer through it."""
    import signal

    from ..runtime import tune_allocator

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is the GUI's
    tune_allocator()  # as `rnnstudio train` runs
    lock = threading.Lock()

    def emit(message: object) -> None:
        with lock:
            conn.send(message)

    def get(timeout: float | None) -> Any:
        if timeout is not None and not conn.poll(timeout):
            return None
        try:
            return conn.recv()
        except (EOFError, OSError):  # the GUI is gone
            return (0, "quit")

    try:
        RunLoop(emit).serve(get)
    finally:
        conn.close()


@contextlib.contextmanager
def _main_module_hidden() -> Iterator[None]:
    """While a child is spawned: it needs only `child_main`, so it must not re-run the
    parent's main script (a script without an ``if __name__ == "__main__"`` guard would
    open a window or recurse; the GUI's own imports would cost the child a second)."""
    main = sys.modules.get("__main__")
    saved = {k: main.__dict__[k] for k in ("__file__", "__spec__") if k in main.__dict__} \
        if main is not None else {}
    try:
        if main is not None:
            main.__dict__.pop("__file__", None)
            main.__spec__ = None
        yield
    finally:
        if main is not None:
            main.__dict__.pop("__spec__", None)
            main.__dict__.update(saved)


class ProcessHost:
    """The loop in a `spawn`ed process. A reader thread hands every message it receives
    to `deliver` (which must be thread-safe: the controller emits a queued Qt signal)."""

    kind = "process"

    def __init__(self, deliver: Callable[[object], None]) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe(duplex=True)
        self._process = ctx.Process(target=child_main, args=(child,), daemon=True,
                                    name="rnnstudio-training")
        with _main_module_hidden():
            self._process.start()
        child.close()
        self._closing = False
        self._send_lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, args=(deliver,),
                                        name="rnnstudio-training-reader", daemon=True)
        self._reader.start()

    def _read(self, deliver: Callable[[object], None]) -> None:
        while True:
            try:
                message = self._conn.recv()
            except (EOFError, OSError):
                break
            deliver(message)
        if not self._closing:
            self._process.join(1.0)
            code = self._process.exitcode
            deliver(Ended(f"exit code {code}" if code is not None else "pipe closed"))

    def send(self, seq: int, command: Any) -> None:
        try:
            with self._send_lock:
                self._conn.send((seq, command))
        except (OSError, ValueError):  # the process is gone: the reader reports it
            pass

    def alive(self) -> bool:
        return self._process.is_alive()

    def hold(self) -> None:
        """Drawing does not slow training down in another process: nothing to do."""

    def release(self) -> None:
        pass

    def close(self, timeout: float = QUIT_WAIT) -> bool:
        self._closing = True
        self.send(0, "quit")
        self._process.join(timeout)
        if self._process.is_alive():  # inside a long update: it has nothing to save
            self._process.terminate()
            self._process.join(1.0)
        self._conn.close()
        return not self._process.is_alive()


def host_kind() -> str:
    kind = os.environ.get(ENV_KIND, "process").strip().lower()
    return kind if kind in KINDS else "process"


def make_host(deliver: Callable[[object], None], kind: str | None = None) -> Any:
    """A ProcessHost or ThreadHost (see the module docstring)."""
    return (ThreadHost if (kind or host_kind()) == "thread" else ProcessHost)(deliver)
