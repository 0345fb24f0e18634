"""Race mode: train two or three models side by side on exactly the same data.

    for snap in race([elman_cfg, lstm_cfg], stop):   # stop: threading.Event
        for lane in snap.lanes: ...                  # loss, metric, gradient flow

Every update draws ONE batch from one data generator (seeded like a solo run of the
first lane: ``default_rng([seed, 1])``) and hands that same batch to every lane, so
differences between the curves come from the models and their training settings,
never from luck in the data. Lanes may differ in anything that does not change the
data: cell, size, initialisation, optimizer, learning rate, clipping, truncation, and
the seed of their starting weights. They must agree on the task, its options and the
batch size; lane 1's seed draws the data. A lane is usually written as the race's base
config plus per-lane overrides (:func:`lane_configs`).

With ``seeds`` > 1 every lane trains that many networks, seeded ``seed``, ``seed + 1``,
... (weights), and replica k of every lane sees data stream k (seeded from lane 1's
seed + k), so replicas stay comparable across lanes. A lane's loss is then the median
over its seeds, with the min and max beside it; the same seeds give the same curves.

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
MAX_SEEDS = 5
SEED_MAX = 2**31 - 1
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


def lane_configs(base: Config, overrides: Sequence[Mapping[str, object]]) -> list[Config]:
    """Every lane's config: ``base.replace(**overrides)`` (ConfigError naming a bad value)."""
    return [base.replace(**dict(ov)) for ov in overrides]


def overrides_of(base: Config, config: Config) -> dict[str, object]:
    """The settings in which `config` differs from `base` (in declaration order)."""
    return {name: getattr(config, name) for name in specs()
            if getattr(config, name) != getattr(base, name)}


def replica_seed(seed: int, k: int) -> int:
    """The seed of a lane's k-th network (k from 0): seed + k, counting down near the top."""
    return seed + k if seed + k <= SEED_MAX else seed - k


def check_lanes(configs: Sequence[Config]) -> None:
    """ConfigError naming the first setting that would give lanes different data (a
    lane's own seed only changes its starting weights)."""
    if not 1 <= len(configs) <= MAX_LANES:
        raise ConfigError("lanes", msg("{n} configurations; a race takes 1 to {most}",
                                       n=len(configs), most=MAX_LANES))
    first = configs[0]
    for i, cfg in enumerate(configs[1:], start=2):
        for name in data_fields(first):
            if name == "seed":
                continue
            a, b = getattr(first, name), getattr(cfg, name)
            if a != b:
                raise ConfigError(name, msg("lane {lane} has {value!r} but lane 1 has "
                                            "{first!r}; racing lanes must share the task, its "
                                            "options and the batch size",
                                            lane=i, value=b, first=a))


# Names in lane labels. English shows a setting by its field name ("lr 0.1"); each
# translation follows the setting's Spec label (Learning rate: 学习率).
SETTING_NAMES: Mapping[str, str] = MappingProxyType({
    "hidden": msg("hidden"), "layers": msg("layers"), "activation": msg("activation"),
    "init": msg("init"), "recurrent_scale": msg("recurrent_scale"),
    "forget_bias": msg("forget_bias"), "bit_loss": msg("bit_loss"), "task": msg("task"),
    "bits": msg("bits"), "word": msg("word"), "corpus": msg("corpus"), "delay": msg("delay"),
    "seq_len": msg("seq_len"), "series": msg("series"), "noise": msg("noise"),
    "data": msg("data"), "column": msg("column"),
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
    """One lane after one lockstep update. Arrays are read-only copies. With several
    seeds, loss, gradient norms and metrics are medians over the lane's networks that
    updated (loss_min/loss_max: their spread); flow comes from the first seed."""

    label: str
    cell: str
    loss: float  # training loss of this update's (shared) batch
    grad_norm: float  # global gradient norm before clipping
    grad_norm_clipped: float  # ...and after (what the optimizer used)
    flow: Mapping[str, Array]  # "h" (and "c"): (layers, T) of ‖∂L/∂h_t‖
    metric: float | None  # latest held-out value of the task's primary metric
    metrics: Mapping[str, float] | None  # held-out metrics, on evaluation steps only
    goal_step: int | None  # first evaluation step at which every seed had reached the goal
    status: str  # running | diverged | done | goal | stopped
    updates: int  # updates this lane has applied (stops growing once it diverged)
    seconds: float  # time spent in this lane's updates and evaluations so far (all seeds)
    seeds: int = 1  # networks this lane trains
    loss_min: float = math.nan  # lowest and highest loss over its seeds this update
    loss_max: float = math.nan
    seeds_at_goal: int = 0  # how many of its seeds have reached the goal
    seeds_diverged: int = 0


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


class _Replica:
    """One network of a lane (one seed)."""

    def __init__(self, config: Config):
        self.trainer = Trainer(config)
        self.status = "running"
        self.goal_step: int | None = None

    @property
    def active(self) -> bool:
        return self.status == "running"


class _Lane:
    def __init__(self, config: Config, label: str, seeds: int):
        self.label = label
        self.replicas = [_Replica(config.replace(seed=replica_seed(config.seed, k)))
                         for k in range(seeds)]
        self.seconds = 0.0

    @property
    def trainer(self) -> Trainer:
        return self.replicas[0].trainer  # the first seed: contributions, flow, weights

    @property
    def active(self) -> bool:
        return any(r.active for r in self.replicas)

    @property
    def status(self) -> str:
        return "running" if self.active else "diverged"

    @property
    def goal_step(self) -> int | None:
        steps = [r.goal_step for r in self.replicas if r.active or r.goal_step is not None]
        if not steps or any(s is None for s in steps):
            return None
        return max(steps)  # type: ignore[type-var]


def _median(values: Sequence[float]) -> float:
    return float(np.median(values)) if len(values) else math.nan


class Race:
    """Lanes (``seeds`` :class:`Trainer` each) trained in lockstep on shared batches."""

    def __init__(self, configs: Sequence[Config], labels: Sequence[str] | None = None,
                 seeds: int = 1):
        configs = list(configs)
        check_lanes(configs)
        if not (isinstance(seeds, int) and 1 <= seeds <= MAX_SEEDS):
            raise ConfigError("seeds", msg("{n} seeds per lane; a race takes 1 to {most}",
                                           n=seeds, most=MAX_SEEDS))
        labels = list(labels) if labels is not None else lane_labels(configs)
        if len(labels) != len(configs):
            raise ValueError(f"labels: {len(labels)} names for {len(configs)} lanes")
        self.configs = configs
        self.seeds = seeds
        self.lanes = [_Lane(c, lab, seeds) for c, lab in zip(configs, labels, strict=True)]
        first = self.lanes[0].trainer
        self.task = first.task  # every lane's task makes the same data; lane 1's draws it
        # data stream k feeds every lane's k-th network (stream 0: a solo run of lane 1)
        seed = configs[0].seed
        self.data_rngs = [np.random.default_rng([replica_seed(seed, k), 1])
                          for k in range(seeds)]
        self.data_rng = self.data_rngs[0]
        self.step = 0
        self.eval_every = min(c.eval_every for c in configs)

    @property
    def trainers(self) -> list[Trainer]:
        """Every lane's first-seed trainer."""
        return [lane.trainer for lane in self.lanes]

    def lane_trainers(self, lane: int) -> list[Trainer]:
        """All of one lane's trainers, one per seed."""
        return [r.trainer for r in self.lanes[lane].replicas]

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

    def next_batch(self, k: int = 0) -> Batch:
        """The next batch of data stream k (for every lane's k-th network)."""
        return self.task.batch(self.data_rngs[k], self.configs[0].batch)

    def run(self, stop: threading.Event | None = None,
            budget: int | None = None) -> Iterator[RaceSnapshot]:
        """Yield one :class:`RaceSnapshot` per lockstep update until the budget (default:
        the first lane's ``steps``), every lane's goal, every lane diverging, or `stop`."""
        stop = stop or threading.Event()
        end = self.step + (budget if budget is not None else self.configs[0].steps)
        t0 = time.perf_counter()
        name = self.task.metric_name
        while self.step < end:
            if stop.is_set():
                yield self._snap(t0, end, {}, status="stopped",
                                 message=msg("stopped at update {step}", step=self.step))
                return
            batches = [self.next_batch(k) for k in range(self.seeds)]
            self.step += 1
            # per lane: (loss, norm before, norm after, flow) of each seed that updated
            results: dict[int, dict[int, tuple[float, float, float, dict[str, Array]]]] = {}
            evaluate = self.step % self.eval_every == 0 or self.step == 1 or self.step >= end
            for i, lane in enumerate(self.lanes):
                if not lane.active:
                    continue
                tic = time.perf_counter()
                got = results.setdefault(i, {})
                for k, rep in enumerate(lane.replicas):
                    if not rep.active:
                        continue
                    tr = rep.trainer
                    loss, before, after, flow = tr.update(batches[k])
                    got[k] = (loss, before, after, flow)
                    if not (math.isfinite(loss) and math.isfinite(before)):
                        rep.status = "diverged"
                        tr.restore_last_finite()
                    elif evaluate:
                        metrics = tr.evaluate()
                        goal = tr.config.until_metric
                        if rep.goal_step is None and goal is not None and reached(
                                self.task, metrics[name], goal):
                            rep.goal_step = self.step
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
            got = results.get(i, {})
            finite = [v for v in got.values() if math.isfinite(v[0]) and math.isfinite(v[1])]
            if len(got) == 1 or not finite:  # one seed (or none finite): its own numbers
                loss, before, after, _ = next(iter(got.values()), (math.nan,) * 3 + ({},))
                lo = hi = loss
            else:
                losses = [v[0] for v in finite]
                loss, lo, hi = _median(losses), min(losses), max(losses)
                before = _median([v[1] for v in finite])
                after = _median([v[2] for v in finite])
            flow = got[0][3] if 0 in got else {}
            lane_status = lane.status
            if lane_status == "running" and status != "running":
                lane_status = status
            reps = lane.replicas
            evaluated_here = [r for k, r in enumerate(reps) if evaluated and k in got
                              and r.trainer.last_metrics is not None and r.status != "diverged"]
            metrics = None
            if evaluated_here:
                keys = evaluated_here[0].trainer.last_metrics.keys()
                metrics = {key: _median([r.trainer.last_metrics[key] for r in evaluated_here])
                           for key in keys}
            elif evaluated and 0 in got and len(reps) == 1:
                metrics = reps[0].trainer.last_metrics
            latest = [r.trainer.metric for r in reps if r.trainer.metric is not None]
            metric = latest[0] if len(reps) == 1 and latest else (
                _median(latest) if latest else None)
            lanes.append(LaneSnapshot(
                label=lane.label, cell=lane.trainer.config.cell, loss=float(loss),
                grad_norm=float(before), grad_norm_clipped=float(after),
                flow=MappingProxyType({k: _frozen(v) for k, v in flow.items()}),
                metric=metric,
                metrics=MappingProxyType(dict(metrics)) if metrics is not None else None,
                goal_step=lane.goal_step, status=lane_status,
                updates=max(r.trainer.step for r in reps), seconds=lane.seconds,
                seeds=len(reps), loss_min=float(lo), loss_max=float(hi),
                seeds_at_goal=sum(r.goal_step is not None for r in reps),
                seeds_diverged=sum(r.status == "diverged" for r in reps)))
        return RaceSnapshot(step=self.step, budget=end, elapsed=time.perf_counter() - t0,
                            metric_name=self.task.metric_name,
                            higher_is_better=bool(self.task.higher_is_better),
                            lanes=tuple(lanes), status=status, message=message)


def race(configs: Sequence[Config], stop: threading.Event | None = None,
         budget: int | None = None, labels: Sequence[str] | None = None, seeds: int = 1
         ) -> Iterator[RaceSnapshot]:
    """Shorthand: a fresh :class:`Race`'s snapshots."""
    return Race(configs, labels, seeds).run(stop, budget)
