"""Race mode: train two or three models side by side on exactly the same data.

    for snap in race([elman_cfg, lstm_cfg], stop):   # stop: threading.Event
        for lane in snap.lanes: ...                  # loss, metric, gradient flow

Every update draws ONE batch from one data generator (seeded like a solo run of the
first lane: ``default_rng([seed, 1])``) and hands that same batch to every lane, so
differences between the curves come from the models and their training settings,
never from luck in the data. Lanes may differ in anything that does not change the
data: cell, size, initialisation, optimizer, learning rate, clipping, truncation.
They must agree on the task, its options, the batch size and the seed.

Each lane keeps its own network, optimizer and held-out evaluation (a lane's weights
start exactly as a solo run of its config would). A lane whose loss or gradients
become NaN/Inf stops ("diverged", last finite weights kept) while the others go on.
Nothing here knows about Qt.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np

from . import mechanism
from .cells import registry
from .config import Config, ConfigError, specs
from .tasks import Batch, reached
from .text import msg
from .trainer import Trainer

Array = np.ndarray

MAX_LANES = 3
CONTRIBUTION_SEQUENCES = 8  # held-out sequences the lanes' contributions are measured on
CONTRIBUTION_BUDGET = 4_000_000  # numbers one lane's contributions may hold at once
CELL_NAMES = MappingProxyType({c.name: c.short for c in registry.cells()})


def _frozen(a: Array) -> Array:
    a = np.array(a, copy=True)
    a.flags.writeable = False
    return a


def data_fields(config: Config) -> tuple[str, ...]:
    """Settings that change the data stream: the task, its options, batch size, seed.
    (``temperature`` only changes sampling, so lanes may differ in it.)"""
    own = tuple(name for name, s in specs().items()
                if config.task in s.tasks and name != "temperature")
    return ("task", *own, "batch", "seed")


def check_lanes(configs: Sequence[Config]) -> None:
    """ConfigError naming the first setting that would give lanes different data."""
    if not 1 <= len(configs) <= MAX_LANES:
        raise ConfigError("lanes", msg("{n} configurations; a race takes 1 to {most}",
                                       n=len(configs), most=MAX_LANES))
    first = configs[0]
    for i, cfg in enumerate(configs[1:], start=2):
        for name in data_fields(first):
            a, b = getattr(first, name), getattr(cfg, name)
            if a != b:
                raise ConfigError(name, msg("lane {lane} has {value!r} but lane 1 has "
                                            "{first!r}; racing lanes must share the task, its "
                                            "options, the batch size and the seed",
                                            lane=i, value=b, first=a))


# Names in lane labels. English shows a setting by its field name ("lr 0.1"); each
# translation follows the setting's Spec label (Learning rate: 学习率).
SETTING_NAMES: Mapping[str, str] = MappingProxyType({
    "hidden": msg("hidden"), "layers": msg("layers"), "activation": msg("activation"),
    "init": msg("init"), "recurrent_scale": msg("recurrent_scale"),
    "forget_bias": msg("forget_bias"), "bit_loss": msg("bit_loss"), "task": msg("task"),
    "bits": msg("bits"), "word": msg("word"), "corpus": msg("corpus"), "delay": msg("delay"),
    "seq_len": msg("seq_len"), "series": msg("series"), "noise": msg("noise"),
    "optimizer": msg("optimizer"), "lr": msg("lr"), "batch": msg("batch"),
    "truncate": msg("truncate"), "dtype": msg("dtype"), "seed": msg("seed"),
})
# Cell names stay as they are, except the words in "Peephole LSTM".
_CELL_LABELS: Mapping[str, str] = MappingProxyType({"peephole": msg("Peephole LSTM")})
_CLIP_MODES: Mapping[str, str] = MappingProxyType({"norm": msg("norm"), "value": msg("value")})


def _clip_text(cfg: Config) -> str:
    if cfg.clip_mode == "none":
        return msg("no clipping")
    return msg("clip {mode} {value}", mode=_CLIP_MODES.get(cfg.clip_mode, cfg.clip_mode),
               value=f"{cfg.clip:g}")


def _setting_text(name: str, value: object) -> str:
    """One differing setting: its name and value ("lr 0.1")."""
    shown = f"{value:g}" if isinstance(value, float) else str(value)
    return msg("{label} {value}", label=SETTING_NAMES.get(name, name), value=shown)


def lane_labels(configs: Sequence[Config]) -> list[str]:
    """Readable, distinct lane names: the cell, plus the settings that tell lanes of
    the same cell apart (e.g. "Elman (no clipping)", "Elman (clip norm 1)"). A label with
    words is a text.Msg: the GUI shows each with ``i18n.engine_text(label)``."""
    base = [_CELL_LABELS.get(c.cell, CELL_NAMES.get(c.cell, c.cell)) for c in configs]
    out = list(base)
    skip = {"cell", "steps", "until_metric", "eval_every", "temperature", "clip_mode", "clip"}
    for i, cfg in enumerate(configs):
        twins = [j for j, b in enumerate(base) if b == base[i] and j != i]
        if not twins:
            continue
        diffs = []
        if any(_clip_text(configs[j]) != _clip_text(cfg) for j in twins):
            diffs.append(_clip_text(cfg))
        for name in specs():
            v = getattr(cfg, name)
            if name not in skip and any(getattr(configs[j], name) != v for j in twins):
                diffs.append(_setting_text(name, v))
        if diffs:
            shown = diffs[0] if len(diffs) == 1 else msg("{first}, {second}", first=diffs[0],
                                                         second=diffs[1])
            out[i] = msg("{cell} ({diffs})", cell=base[i], diffs=shown)
    named = list(out)
    for i, label in enumerate(named):  # still equal (identical configs): number them
        if named.count(label) > 1:
            out[i] = msg("{label} #{n}", label=label, n=named[:i + 1].count(label))
    return out


@dataclass(frozen=True)
class LaneSnapshot:
    """One lane after one lockstep update. Arrays are read-only copies."""

    label: str
    cell: str
    loss: float  # training loss of this update's (shared) batch
    grad_norm: float  # global gradient norm before clipping
    grad_norm_clipped: float  # ...and after (what the optimizer used)
    flow: Mapping[str, Array]  # "h" (and "c"): (layers, T) of ‖∂L/∂h_t‖
    metric: float | None  # latest held-out value of the task's primary metric
    metrics: Mapping[str, float] | None  # held-out metrics, on evaluation steps only
    goal_step: int | None  # first evaluation step at which the lane reached its goal
    status: str  # running | diverged | done | goal | stopped
    updates: int  # updates this lane has applied (stops growing once it diverged)
    seconds: float  # time spent in this lane's updates and evaluations so far


@dataclass(frozen=True)
class RaceSnapshot:
    step: int  # lockstep update number
    budget: int
    elapsed: float
    metric_name: str
    higher_is_better: bool
    lanes: tuple[LaneSnapshot, ...]
    status: str = "running"  # running | done | goal | stopped | diverged
    message: str = ""

    @property
    def finished(self) -> bool:
        return self.status != "running"


class _Lane:
    def __init__(self, config: Config, label: str):
        self.label = label
        self.trainer = Trainer(config)
        self.status = "running"
        self.goal_step: int | None = None
        self.seconds = 0.0

    @property
    def active(self) -> bool:
        return self.status == "running"


class Race:
    """Lanes (one :class:`Trainer` each) trained in lockstep on shared batches."""

    def __init__(self, configs: Sequence[Config], labels: Sequence[str] | None = None):
        configs = list(configs)
        check_lanes(configs)
        labels = list(labels) if labels is not None else lane_labels(configs)
        if len(labels) != len(configs):
            raise ValueError(f"labels: {len(labels)} names for {len(configs)} lanes")
        self.configs = configs
        self.lanes = [_Lane(c, lab) for c, lab in zip(configs, labels, strict=True)]
        first = self.lanes[0].trainer
        self.task = first.task  # every lane's task makes the same data; lane 1's draws it
        self.data_rng = np.random.default_rng([configs[0].seed, 1])
        self.step = 0
        self.eval_every = min(c.eval_every for c in configs)

    @property
    def trainers(self) -> list[Trainer]:
        return [lane.trainer for lane in self.lanes]

    @property
    def labels(self) -> list[str]:
        return [lane.label for lane in self.lanes]

    def contributions(self) -> tuple[Array | None, ...]:
        """Every lane's C[t-1, k-1] = ‖∂L_t/∂h_k‖ (first layer; see
        :func:`mechanism.contributions`) on the same first held-out sequences (up to
        8, fewer for long sequences or wide lanes), as read-only arrays; None for a lane
        too large to afford even one. Call it between two updates (the generator
        suspended): it only reads the nets."""
        heldout = self.task.heldout()
        T = heldout.x.shape[0]
        costs = [mechanism.contributions_cost(ln.trainer.net, T, 1) for ln in self.lanes]
        fits = [c for c in costs if c <= CONTRIBUTION_BUDGET]
        B = min(CONTRIBUTION_SEQUENCES, heldout.x.shape[1],
                CONTRIBUTION_BUDGET // max(fits) if fits else 0)
        probe = heldout.take(slice(0, max(B, 1)))
        out: list[Array | None] = []
        for lane, cost in zip(self.lanes, costs, strict=True):
            if cost > CONTRIBUTION_BUDGET:
                out.append(None)
                continue
            with np.errstate(all="ignore"):
                r = mechanism.contributions(lane.trainer.net, probe.x, probe.y, probe.mask,
                                            connectivity_batch=0)
            out.append(_frozen(r["contributions"]))
        return tuple(out)

    def next_batch(self) -> Batch:
        return self.task.batch(self.data_rng, self.configs[0].batch)

    def run(self, stop: threading.Event | None = None,
            budget: int | None = None) -> Iterator[RaceSnapshot]:
        """Yield one :class:`RaceSnapshot` per lockstep update until the budget (default:
        the first lane's ``steps``), every lane's goal, every lane diverging, or `stop`."""
        stop = stop or threading.Event()
        end = self.step + (budget if budget is not None else self.configs[0].steps)
        t0 = time.perf_counter()
        while self.step < end:
            if stop.is_set():
                yield self._snap(t0, end, {}, status="stopped",
                                 message=msg("stopped at update {step}", step=self.step))
                return
            batch = self.next_batch()
            self.step += 1
            results: dict[int, tuple[float, float, float, dict[str, Array]]] = {}
            evaluate = self.step % self.eval_every == 0 or self.step == 1 or self.step >= end
            for i, lane in enumerate(self.lanes):
                if not lane.active:
                    continue
                tic = time.perf_counter()
                tr = lane.trainer
                loss, before, after, flow = tr.update(batch)
                results[i] = (loss, before, after, flow)
                if not (math.isfinite(loss) and math.isfinite(before)):
                    lane.status = "diverged"
                    tr.restore_last_finite()
                elif evaluate:
                    metrics = tr.evaluate()
                    goal = tr.config.until_metric
                    name = self.task.metric_name
                    if lane.goal_step is None and goal is not None and reached(
                            self.task, metrics[name], goal):
                        lane.goal_step = self.step
                lane.seconds += time.perf_counter() - tic
            status, message = "running", ""
            running = [ln for ln in self.lanes if ln.active]
            goals = [ln for ln in self.lanes if ln.trainer.config.until_metric is not None]
            if not running:
                status, message = "diverged", msg("every lane diverged")
            elif evaluate and goals and len(goals) == len(self.lanes) and all(
                    ln.goal_step is not None or not ln.active for ln in self.lanes):
                status, message = "goal", msg("every lane reached its goal by update {step}",
                                              step=self.step)
            elif self.step >= end:
                status, message = "done", msg("finished {n} updates", n=self.step)
            yield self._snap(t0, end, results, evaluated=evaluate, status=status,
                             message=message)
            if status != "running":
                return

    def _snap(self, t0: float, end: int, results: dict, *, evaluated: bool = False,
              status: str, message: str = "") -> RaceSnapshot:
        lanes = []
        for i, lane in enumerate(self.lanes):
            tr = lane.trainer
            loss, before, after, flow = results.get(i, (math.nan, math.nan, math.nan, {}))
            lane_status = lane.status
            if lane_status == "running" and status != "running":
                lane_status = status
            metrics = tr.last_metrics if evaluated and i in results else None
            lanes.append(LaneSnapshot(
                label=lane.label, cell=tr.config.cell, loss=float(loss),
                grad_norm=float(before), grad_norm_clipped=float(after),
                flow=MappingProxyType({k: _frozen(v) for k, v in flow.items()}),
                metric=tr.metric,
                metrics=MappingProxyType(dict(metrics)) if metrics is not None else None,
                goal_step=lane.goal_step, status=lane_status, updates=tr.step,
                seconds=lane.seconds))
        return RaceSnapshot(step=self.step, budget=end, elapsed=time.perf_counter() - t0,
                            metric_name=self.task.metric_name,
                            higher_is_better=bool(self.task.higher_is_better),
                            lanes=tuple(lanes), status=status, message=message)


def race(configs: Sequence[Config], stop: threading.Event | None = None,
         budget: int | None = None, labels: Sequence[str] | None = None
         ) -> Iterator[RaceSnapshot]:
    """Shorthand: a fresh :class:`Race`'s snapshots."""
    return Race(configs, labels).run(stop, budget)
