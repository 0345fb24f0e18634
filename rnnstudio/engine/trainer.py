"""Training as a generator of immutable snapshots.

    trainer = Trainer(config)
    for snap in trainer.run(stop):      # stop: threading.Event, set from any thread
        ...                             # one Snapshot per update

The trainer owns the network, the optimizer and two random generators seeded from
``config.seed``: one for the initial weights, one for the data stream, so two models
trained with the same seed see the same batches. Nothing here knows about Qt.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np

from .config import Config, check, live_fields, specs
from .memory import check_fits
from .model import Network
from .optimizers import Optimizer, clip
from .tasks import Batch, Task, make_task, reached
from .text import msg

Array = np.ndarray


def _frozen(a: Array) -> Array:
    a = np.array(a, copy=True)
    a.flags.writeable = False
    return a


@dataclass(frozen=True)
class Snapshot:
    """What one update did. Arrays are read-only copies: safe to hand to another thread."""

    step: int
    budget: int
    elapsed: float
    updates_per_second: float
    loss: float
    lr: float
    grad_norm: float  # global norm before clipping
    grad_norm_clipped: float  # ...and after
    param_grad_norms: Mapping[str, float]
    flow: Mapping[str, Array]  # "h" (and "c"): (layers, T) of ‖∂L/∂h_t‖
    metric_name: str
    metric: float | None  # latest held-out value of the task's primary metric
    metrics: Mapping[str, float] | None = None  # held-out metrics, on evaluation steps only
    probe: Mapping[str, Array] | None = None  # probe batch, outputs, states and gates
    sample: str | None = None  # a rendered sample (evaluation steps)
    status: str = "running"  # running | done | goal | stopped | diverged
    message: str = ""  # a text.Msg (English str that the GUI can translate)

    @property
    def finished(self) -> bool:
        return self.status != "running"


@dataclass
class Controls:
    """Shared between the GUI thread and the worker; plain attributes are atomic."""

    stop: threading.Event = field(default_factory=threading.Event)
    probe: threading.Event = field(default_factory=threading.Event)
    lr: float | None = None  # a new learning rate, applied at the next update


def checked_task(config: Config) -> Task:
    """The task `config` asks for, once every check a Trainer makes before allocating
    has passed (task options, memory): a Trainer for it can be built. Raises
    ConfigError (or ValueError/OSError naming the setting) otherwise."""
    task = make_task(config)
    check_fits(config, task)  # refuse before allocating what cannot fit
    return task


class Trainer:
    def __init__(self, config: Config):
        self.config = config
        self.task = checked_task(config)
        seed = config.seed
        self.net = Network(config, self.task.n_in, self.task.n_out, self.task.head,
                           rng=np.random.default_rng([seed, 0]))
        self.data_rng = np.random.default_rng([seed, 1])
        self.sample_rng = np.random.default_rng([seed, 2])
        self.optimizer = Optimizer(config.optimizer, config.lr, self.net.flat.size,
                                   self.net.dtype)
        self.step = 0
        self.metric: float | None = None
        self.last_metrics: dict[str, float] | None = None
        self._backup = self.net.flat.copy()
        self._probe_batch: Batch | None = None

    # ------------------------------------------------------------- pieces
    @property
    def probe_batch(self) -> Batch:
        if self._probe_batch is None:
            self._probe_batch = self.task.heldout().take(slice(0, 1))
        return self._probe_batch

    def evaluate(self) -> dict[str, float]:
        """Held-out metrics of the current weights."""
        held = self.task.heldout()
        with np.errstate(over="ignore", invalid="ignore"):
            metrics = self.task.metrics(self.net.predict(held.x), held)
        self.last_metrics = metrics
        self.metric = metrics[self.task.metric_name]
        return metrics

    def probe(self) -> dict[str, Array]:
        """Inputs, targets, outputs, hidden states and gates for the probe sequence."""
        b = self.probe_batch
        with np.errstate(over="ignore", invalid="ignore"):
            out = self.net.internals(b.x)
        out.update({"x": b.x, "y": b.y, "mask": b.mask})
        return {k: _frozen(v) for k, v in out.items()}

    def render_sample(self) -> str:
        gen = getattr(self.task, "generate", None)
        with np.errstate(over="ignore", invalid="ignore"):
            if gen is not None:
                return gen(self.net, self.sample_rng)
            b = self.probe_batch
            return self.task.render(self.net.predict(b.x), b)

    def update(self, batch: Batch | None = None) -> tuple[float, float, float, dict[str, Array]]:
        """One training update, on `batch` or on the next one from the data stream.
        Returns loss, norm before/after clipping, gradient flow. Leaves the weights
        untouched if the loss or gradients are not finite."""
        cfg = self.config
        b = batch if batch is not None else self.task.batch(self.data_rng, cfg.batch)
        with np.errstate(over="ignore", invalid="ignore"):  # divergence is reported, not warned
            res = self.net.gradients(b.x, b.y, b.mask, truncate=cfg.truncate)
            before, after = clip(self.net.grad_flat, cfg.clip_mode, cfg.clip)
        if not (math.isfinite(res.loss) and math.isfinite(before)):
            return res.loss, before, after, res.flow
        np.copyto(self._backup, self.net.flat)
        self.optimizer.step(self.net.flat, self.net.grad_flat)
        self.step += 1
        return res.loss, before, after, res.flow

    def reconfigure(self, config: Config) -> None:
        """Take ``config``, which may differ only in live settings (``live_fields``:
        learning rate, optimizer, budget, clipping, truncation, evaluation, goal,
        temperature, precision), from the next update: the weights, the step and the data
        stream carry on. A different optimizer starts with fresh state (its moments belong
        to the old rule); a different precision converts the weights and the optimizer's
        moments (rounded, going to float32); anything else would need a new network
        (ValueError)."""
        changed = {name for name in specs() if getattr(config, name) != getattr(self.config,
                                                                                 name)}
        if changed - live_fields():
            raise ValueError(f"{', '.join(sorted(changed - live_fields()))}: not a live "
                             "setting; build a new Trainer")
        if config.dtype != self.config.dtype:
            check_fits(config, self.task)  # float64 needs twice the memory
            self._convert(config)
        if config.optimizer != self.config.optimizer:
            self.optimizer = Optimizer(config.optimizer, config.lr, self.net.flat.size,
                                       self.net.dtype)
        self.optimizer.lr = config.lr
        if hasattr(self.task, "temperature"):
            self.task.temperature = config.temperature
        self.config = config

    def _convert(self, config: Config) -> None:
        """The same network, weights and optimizer moments in ``config.dtype``."""
        net = Network(config, self.task.n_in, self.task.n_out, self.task.head,
                      rng=np.random.default_rng(0))  # its own initial weights are replaced
        net.flat[...] = self.net.flat
        self.net = net
        self.optimizer = self.optimizer.astype(net.dtype)
        self._backup = net.flat.copy()

    def restore_last_finite(self) -> None:
        if not np.isfinite(self.net.flat).all():
            np.copyto(self.net.flat, self._backup)

    # ------------------------------------------------------------- resume
    def resume_state(self) -> dict[str, Any]:
        """Everything besides the config, the weights and the optimizer's buffers that a
        resumed run needs to continue exactly: update count, live learning rate, latest
        held-out figures and both random streams. JSON-able (plain numbers and strings)."""
        return {
            "step": int(self.step),
            "lr": float(self.optimizer.lr),
            "metric": None if self.metric is None else float(self.metric),
            "last_metrics": None if self.last_metrics is None
            else {k: float(v) for k, v in self.last_metrics.items()},
            "data_rng": self.data_rng.bit_generator.state,
            "sample_rng": self.sample_rng.bit_generator.state,
        }

    def restore(self, state: Mapping[str, Any], weights: Mapping[str, Any] | None = None,
                optimizer: Mapping[str, Any] | None = None) -> None:
        """Continue from a saved point: `state` from :meth:`resume_state`, `weights` in
        the PyTorch layout of :func:`interop.to_state_dict`, `optimizer` from
        ``Optimizer.state()``. A bad value raises ValueError naming it and leaves the
        trainer as it was."""
        from .interop import load_state_dict

        def number(key: str, kind: type, optional: bool = False) -> Any:
            v = state.get(key)
            if v is None and optional:
                return None
            if isinstance(v, bool) or not isinstance(v, (int, float)) or (
                    kind is int and not isinstance(v, int)):
                what = msg("an integer") if kind is int else msg("a number")
                raise ValueError(msg("state: '{key}' must be {what}", key=key, what=what))
            if not math.isfinite(v):
                raise ValueError(msg("state: '{key}' must be finite", key=key))
            return kind(v)

        if not isinstance(state, Mapping):
            raise ValueError(msg("state: must be a mapping"))
        step = number("step", int)
        if step < 0:
            raise ValueError(msg("state: 'step' must not be negative"))
        lr = number("lr", float)
        check("lr", lr)  # the same range as a typed learning rate
        metric = number("metric", float, optional=True)
        last = state.get("last_metrics")
        if last is not None:
            if not isinstance(last, Mapping) or not all(
                    isinstance(k, str) and isinstance(v, (int, float)) and not isinstance(v, bool)
                    for k, v in last.items()):
                raise ValueError(msg("state: 'last_metrics' must map metric names to numbers"))
            last = {k: float(v) for k, v in last.items()}
        rngs = []
        for key in ("data_rng", "sample_rng"):
            probe = np.random.default_rng(0)
            try:
                probe.bit_generator.state = state[key]
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(msg("state: '{key}' is not a random generator state ({reason})",
                                     key=key, reason=str(exc))) from None
            rngs.append(probe.bit_generator.state)
        previous = self.net.flat.copy()
        if weights is not None:
            load_state_dict(self.net, dict(weights))  # checks everything, then sets
        try:
            opt_arrays = self._check_optimizer_state(optimizer)
        except ValueError:
            np.copyto(self.net.flat, previous)
            raise
        # From here on nothing can fail.
        if opt_arrays:
            self.optimizer.load_state(opt_arrays)
        self.step = step
        self.optimizer.lr = lr
        self.metric = metric
        self.last_metrics = last
        self.data_rng.bit_generator.state = rngs[0]
        self.sample_rng.bit_generator.state = rngs[1]
        np.copyto(self._backup, self.net.flat)

    def _check_optimizer_state(self, optimizer: Mapping[str, Any] | None) -> dict[str, Array]:
        """Checked copies of saved optimizer buffers ({} for None)."""
        opt_arrays: dict[str, Array] = {}
        if optimizer is None:
            return opt_arrays
        opt = self.optimizer
        try:
            t_saved = np.asarray(optimizer["t"])
            if t_saved.dtype.kind not in "iu" or t_saved.ndim != 0:
                raise TypeError
            t = int(t_saved)
        except (KeyError, TypeError, ValueError):
            raise ValueError(msg("optimizer state: 't' (updates taken) is missing or not an "
                                 "integer")) from None
        if t < 0:
            raise ValueError(msg("optimizer state: 't' must not be negative"))
        for k in ("m", "v"):
            buf = getattr(opt, k)
            if buf is None:
                continue
            a = np.asarray(optimizer.get(k)) if k in optimizer else None
            if a is None or a.shape != buf.shape or a.dtype.kind != "f":
                raise ValueError(msg("optimizer state: '{key}' missing or of the wrong shape "
                                     "(expected {n} numbers for {optimizer})", key=k,
                                     n=buf.shape[0], optimizer=opt.name))
            if not np.isfinite(a).all():
                raise ValueError(msg("optimizer state: '{key}' contains NaN or infinite values",
                                     key=k))
            opt_arrays[k] = a
        opt_arrays["t"] = np.array(t)
        return opt_arrays

    # ---------------------------------------------------------------- run
    def run(self, stop: threading.Event | None = None, controls: Controls | None = None,
            budget: int | None = None, stop_at_goal: bool = True) -> Iterator[Snapshot]:
        """Train until the budget, the goal, divergence or `stop`; yield after every update.

        `budget` counts updates from the trainer's current step (default: the
        config's ``steps`` in total). With `stop_at_goal` False the goal
        (``until_metric``) does not end the run: training on past a goal already met."""
        controls = controls or Controls()
        stop = stop or controls.stop
        end = self.step + budget if budget is not None else self.config.steps
        t0 = time.perf_counter()
        first = self.step
        name = self.task.metric_name
        while self.step < end:
            if stop.is_set():
                yield self._snap(t0, first, end, math.nan, 0.0, 0.0, {}, None, status="stopped",
                                 message=msg("stopped at step {step}", step=self.step))
                return
            if controls.lr is not None:
                self.reconfigure(self.config.replace(lr=float(controls.lr)))
                controls.lr = None
            cfg = self.config  # live settings may change between two updates
            loss, before, after, flow = self.update()
            if not (math.isfinite(loss) and math.isfinite(before)):
                self.restore_last_finite()
                yield self._snap(
                    t0, first, end, loss, before, after, flow, None, status="diverged",
                    message=msg("diverged at step {step}: the loss or gradients became NaN/Inf. "
                                "The last finite weights are kept. Try a lower learning rate "
                                "(now {lr:g}) or gradient clipping.", step=self.step + 1,
                                lr=self.optimizer.lr))
                return
            metrics = None
            last = self.step >= end
            if self.step % cfg.eval_every == 0 or last or self.step == 1:
                metrics = self.evaluate()
            status, message = "running", ""
            if stop_at_goal and metrics is not None and cfg.until_metric is not None and reached(
                    self.task, metrics[name], cfg.until_metric):
                status = "goal"
                message = msg("{name} reached {value:.4g} at step {step}", name=name,
                              value=metrics[name], step=self.step)
            elif last:
                status, message = "done", msg("finished {n} updates", n=self.step)
            want_probe = metrics is not None or controls.probe.is_set()
            if want_probe:
                controls.probe.clear()
            yield self._snap(t0, first, end, loss, before, after, flow, metrics,
                             probe=want_probe, status=status, message=message)
            if status != "running":
                return

    def _snap(self, t0: float, first: int, end: int, loss: float, before: float, after: float,
              flow: dict[str, Array], metrics: dict[str, float] | None, *, probe: bool = False,
              status: str, message: str = "") -> Snapshot:
        elapsed = time.perf_counter() - t0
        done = self.step - first
        grads = self.net.grads
        return Snapshot(
            step=self.step,
            budget=end,
            elapsed=elapsed,
            updates_per_second=done / elapsed if elapsed > 0 else 0.0,
            loss=float(loss),
            lr=self.optimizer.lr,
            grad_norm=float(before),
            grad_norm_clipped=float(after),
            param_grad_norms=MappingProxyType(
                {k: float(np.sqrt(np.vdot(g, g))) for k, g in grads.items()}),
            flow=MappingProxyType({k: _frozen(v) for k, v in flow.items()}),
            metric_name=self.task.metric_name,
            metric=self.metric,
            metrics=MappingProxyType(dict(metrics)) if metrics is not None else None,
            probe=MappingProxyType(self.probe()) if probe else None,
            sample=self.render_sample() if metrics is not None else None,
            status=status,
            message=message,
        )
