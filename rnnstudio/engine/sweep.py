"""Memory-horizon sweep: train several cells on delayed recall (or the adding problem) at
a range of delays, with the same budget and the same batches, and measure the held-out
accuracy of each (cell, delay): the curve where each cell's memory gives out.

    s = SweepSettings(task="recall", cells=("elman", "lstm", "gru"), delays=(5, 10, 20))
    for p in run_sweep(s, stop):        # stop: threading.Event
        ...                             # a SweepProgress every few updates
    p.results                           # one SweepResult per (cell, delay) trained

For ``recall`` the delay is k, the steps between the symbol and its recall; for
``adding`` it is the sequence length T (the two marked numbers can be T steps apart).
The accuracy is the task's held-out ``accuracy``: the share of symbols recalled, or of
sums within the task's tolerance. Every run uses the same seed, so the weights of one
cell start the same at every delay and all cells see the same batches for a delay.

Nothing here knows about Qt.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field

from .config import CELLS, Config, ConfigError, specs
from .text import msg

TASKS = ("recall", "adding")
DEFAULT_DELAYS = (5, 10, 20, 40, 80)
PROGRESS_EVERY = 10  # updates between progress reports within a run


@dataclass(frozen=True)
class SweepSettings:
    task: str = "recall"
    cells: tuple[str, ...] = ("elman", "lstm", "gru")
    delays: tuple[int, ...] = DEFAULT_DELAYS
    steps: int = 300  # updates per (cell, delay)
    hidden: int = 32
    batch: int = 32
    lr: float = 0.01
    seed: int = 0

    def __post_init__(self) -> None:
        check_settings(self)

    def config(self, cell: str, delay: int) -> Config:
        """The run for one (cell, delay): the app's defaults, Adam, clipping by norm 5,
        held-out evaluation at the end; LSTMs start with forget bias 1 (the default)."""
        length = {"delay": delay} if self.task == "recall" else {"seq_len": delay}
        return Config(task=self.task, cell=cell, hidden=self.hidden, batch=self.batch,
                      lr=self.lr, seed=self.seed, steps=self.steps,
                      eval_every=max(self.steps, 1), **length)

    def key(self) -> str:
        """A cache key: the same text for the same settings."""
        return json.dumps(asdict(self), sort_keys=True)

    @property
    def total_updates(self) -> int:
        return self.steps * len(self.cells) * len(self.delays)


@dataclass(frozen=True)
class SweepResult:
    cell: str
    delay: int
    accuracy: float  # held-out accuracy after the budget (nan if the run diverged first)
    metric_name: str  # the task's primary metric...
    metric: float  # ...and its value (recall: accuracy, adding: mse)
    updates: int
    seconds: float
    diverged: bool = False


@dataclass(frozen=True)
class SweepProgress:
    done: int  # updates done in the whole sweep
    total: int
    cell: str  # the run in progress (or just finished)
    delay: int
    results: tuple[SweepResult, ...] = field(default_factory=tuple)
    finished: bool = False
    stopped: bool = False


def check_settings(s: SweepSettings) -> None:
    """ConfigError naming the setting if a sweep setting is not allowed."""
    if s.task not in TASKS:
        raise ConfigError("task", msg("{value!r} is not allowed; expected {allowed}",
                                      value=s.task,
                                      allowed=msg("one of {choices}", choices=", ".join(TASKS))))
    if not s.cells or len(set(s.cells)) != len(s.cells) or any(c not in CELLS
                                                               for c in s.cells):
        raise ConfigError("cells", msg("{value!r}: expected distinct cells from {choices}",
                                       value=",".join(s.cells), choices=", ".join(CELLS)))
    name = "delay" if s.task == "recall" else "seq_len"
    lo, hi = int(specs()[name].minimum or 1), int(specs()[name].maximum or 1000)
    if not s.delays or len(set(s.delays)) != len(s.delays) or any(
            isinstance(d, bool) or not isinstance(d, int) or not lo <= d <= hi
            for d in s.delays):
        raise ConfigError("delays", msg("{value!r}: expected distinct integers from {lo} to "
                                        "{hi}", value=",".join(map(str, s.delays)), lo=lo,
                                        hi=hi))
    for key, value in (("steps", s.steps), ("hidden", s.hidden), ("batch", s.batch),
                       ("lr", s.lr), ("seed", s.seed)):
        Config(**{key: value})  # the same ranges as a run's settings


def parse_list(text: str, kind: type = str) -> tuple:
    """'5, 10,20' -> (5, 10, 20); ValueError on a bad item."""
    items = [t.strip() for t in text.split(",") if t.strip()]
    return tuple(kind(t) for t in items)


def run_sweep(settings: SweepSettings, stop: threading.Event | None = None
              ) -> Iterator[SweepProgress]:
    """Train every (cell, delay), delays outermost; yield progress every few updates and
    after each run. Stops between two updates when `stop` is set (the last progress then
    has ``stopped``)."""
    from .trainer import Trainer

    stop = stop or threading.Event()
    results: list[SweepResult] = []
    total, done = settings.total_updates, 0
    for delay in settings.delays:
        for cell in settings.cells:
            tr = Trainer(settings.config(cell, delay))
            t0 = time.perf_counter()
            last = None
            for last in tr.run(stop, budget=settings.steps):
                if last.status == "stopped":
                    yield SweepProgress(done, total, cell, delay, tuple(results), stopped=True)
                    return
                if tr.step % PROGRESS_EVERY == 0:
                    yield SweepProgress(done + tr.step, total, cell, delay, tuple(results))
            diverged = last is not None and last.status == "diverged"
            metrics = tr.evaluate()
            acc = metrics.get("accuracy", math.nan)
            results.append(SweepResult(
                cell=cell, delay=delay, accuracy=math.nan if diverged else float(acc),
                metric_name=tr.task.metric_name, metric=float(metrics[tr.task.metric_name]),
                updates=tr.step, seconds=time.perf_counter() - t0, diverged=diverged))
            done += settings.steps
            yield SweepProgress(done, total, cell, delay, tuple(results))
    yield SweepProgress(total, total, settings.cells[-1], settings.delays[-1], tuple(results),
                        finished=True)


def table(results: Sequence[SweepResult], cells: Sequence[str], delays: Sequence[int]
          ) -> dict[str, list[float | None]]:
    """{cell: [accuracy at each delay, None where not trained]}."""
    got = {(r.cell, r.delay): r.accuracy for r in results}
    return {c: [got.get((c, d)) for d in delays] for c in cells}


def to_csv(results: Sequence[SweepResult]) -> str:
    lines = ["cell,delay,accuracy,metric_name,metric,updates,seconds,diverged"]
    for r in results:
        lines.append(f"{r.cell},{r.delay},{r.accuracy!r},{r.metric_name},{r.metric!r},"
                     f"{r.updates},{r.seconds:.3f},{str(r.diverged).lower()}")
    return "\n".join(lines) + "\n"
