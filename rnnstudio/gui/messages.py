"""What crosses between the GUI and the run's owner: commands in, immutable messages out.

One immutable `Progress` per redraw: the engine yields a Snapshot per update (thousands
a second); the worker folds all updates since the last emission into one Progress, at
most ~30 a second, so the loss curve still gets every update's loss while plots redraw
at screen rate.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from multiprocessing.reduction import ForkingPickler
from types import MappingProxyType

import numpy as np

from ..engine.config import Config
from ..engine.experiment import Checkpoint
from ..engine.text import Msg
from ..engine.trainer import Snapshot

FLOW_SAMPLES = 32


@dataclass(frozen=True)
class Progress:
    run_id: int  # increments on every Reset / new run: stale messages are ignored
    steps: np.ndarray  # (n,) update numbers since the last Progress
    losses: np.ndarray  # (n,)
    grad_norms: np.ndarray  # (n,) before clipping
    grad_norms_clipped: np.ndarray  # (n,)
    evals: tuple[tuple[int, Mapping[str, float]], ...]  # (step, held-out metrics) since last
    latest: Snapshot  # the newest update (flow, param grad norms, status...)
    probe: Mapping[str, np.ndarray] | None  # newest probe since last Progress, if any
    probe_step: int | None
    sample: str | None  # newest rendered sample, if any
    # gradient flow of up to FLOW_SAMPLES updates since the last Progress, evenly spread:
    # (step, {"h": (layers, T), ...}); the heat map over training needs more than `latest`
    flows: tuple[tuple[int, Mapping[str, np.ndarray]], ...] = ()

    @property
    def finished(self) -> bool:
        return self.latest.finished


# ------------------------------------------------------------------ the wire protocol
# The GUI sends commands to the run's owner (a worker thread or a training process) and
# receives immutable messages back. Everything here pickles, so the same protocol works
# through a multiprocessing pipe and, by reference, through a queue inside one process.
# Plain commands are the strings "train", "pause", "step", "stop" and "quit"; "step" is
# RunUpdates(1).


@dataclass(frozen=True)
class Load:
    """Command: make a fresh run of `config`, or resume `checkpoint`, the current run
    (the previous one is dropped). The worker answers with a Progress (step-0 view) and
    a Report("ready") carrying a checkpoint of the new network."""

    run_id: int
    config: Config | None = None
    checkpoint: Checkpoint | None = None


@dataclass(frozen=True)
class Reconfigure:
    """Command: the run's config from the next update on; it differs from the running
    one only in live settings (``engine.config.live_fields``)."""

    config: Config


@dataclass(frozen=True)
class RunUpdates:
    """Command: exactly `n` more updates (at the chosen speed), then pause. Replaces any
    updates still pending; answered by Report("paused") once the n-th is done."""

    n: int


@dataclass(frozen=True)
class Speed:
    """Command: updates per second from now on (None: full speed). A view setting: it
    never changes what is learned. Below full speed the worker waits between updates
    (woken at once by any command) and reports every update."""

    updates_per_second: float | None


@dataclass(frozen=True)
class Capture:
    """Command: a Checkpoint of the run between two updates, answered by Captured(tag)."""

    tag: str


@dataclass(frozen=True)
class Report:
    """A state the worker confirms for run `run_id`, after handling command `seq`:
    "ready" (a run was loaded), "paused" (no update running: after Pause, Step, the
    last of RunUpdates(n), or the goal: the message then says so and Train goes on past
    it), "finished" (budget, Stop or divergence) or "failed" (an engine error; the
    message is the traceback). Idle states carry a checkpoint of the network as it is
    now: the only weights the GUI ever reads. `metric_labels` is the task's own."""

    run_id: int
    seq: int
    state: str
    message: object = ""  # an engine text.Msg or a str
    checkpoint: Checkpoint | None = None
    metric_labels: Mapping[str, str] | None = None


@dataclass(frozen=True)
class Captured:
    """Answer to Capture(tag): the checkpoint, or None when there is no network."""

    tag: str
    checkpoint: Checkpoint | None


@dataclass(frozen=True)
class Ended:
    """The training process ended without being asked (crash, killed): `reason` says how."""

    reason: str


def _mapping_proxy(items: dict) -> MappingProxyType:
    return MappingProxyType(items)


def _message(template: str, args: dict) -> Msg:
    return Msg(template, **args)


# Snapshots hold read-only mappings, and engine messages remember their template: make
# both cross a process boundary as what they are.
ForkingPickler.register(MappingProxyType, lambda m: (_mapping_proxy, (dict(m),)))
ForkingPickler.register(Msg, lambda m: (_message, (m.template, dict(m.args))))
