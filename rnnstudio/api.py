"""RNN Studio from Python: train, look at the history, save and reopen, export.

    import rnnstudio

    run = rnnstudio.train(task="addition", cell="lstm", hidden=16, steps=500)
    run.losses                 # NumPy array, one loss per update
    run.metric("sum_accuracy")  # (steps, values) of the held-out metric
    run.to_pandas()            # a DataFrame (when pandas is installed)
    run.save("adder.rnnstudio")  # the app opens it and trains on exactly
    run = rnnstudio.load("adder.rnnstudio").train(steps=200)
    run.export_torch("train_torch.py")  # a PyTorch program that trains on from here

The same engine as the desktop app and ``rnnstudio train``: the same seed gives the same
run in all three. Nothing here imports Qt.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .engine import experiment as _ex
from .engine.config import Config, default_preset
from .engine.experiment import History
from .engine.trainer import Trainer

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["Config", "Run", "Trainer", "load", "train"]

ConfigLike = Config | Mapping[str, Any] | str | os.PathLike[str] | None


def make_config(config: ConfigLike = None, **settings: Any) -> Config:
    """A :class:`Config` from a Config, a dict of settings, a ``config.json`` path or
    nothing (the app's defaults), with `settings` changed on top (checked: a bad value
    raises ``ConfigError`` naming the setting and what it allows)."""
    if config is None:
        base = default_preset()
    elif isinstance(config, Config):
        base = config
    elif isinstance(config, Mapping):
        base = Config.from_dict(dict(config))
    else:
        base = Config.load(config)
    return base.replace(**settings) if settings else base


class Run:
    """One training run: its trainer (network, optimizer, data stream) and its history.

    Made by :func:`train` or :func:`load`; :meth:`train` carries on exactly where it
    stopped. The history is read as NumPy arrays: :attr:`steps`, :attr:`losses`,
    :attr:`grad_norms`, :attr:`grad_norms_clipped`, :attr:`lrs`, and the held-out
    metrics with :meth:`metric` (they are measured every ``eval_every`` updates)."""

    def __init__(self, trainer: Trainer, history: History | None = None, notes: str = ""):
        self.trainer = trainer
        self.history = history if history is not None else History(
            trainer.task.metric_labels)
        self.notes = notes
        self.status = "ready"  # how the last train() ended: done | goal | stopped | diverged
        self.message = ""  # ... in words (English)

    # ------------------------------------------------------------ what it is
    @property
    def config(self) -> Config:
        """The run's settings."""
        return self.trainer.config

    @property
    def step(self) -> int:
        """Updates applied so far."""
        return int(self.trainer.step)

    @property
    def metric_name(self) -> str:
        """The task's primary held-out metric (e.g. ``"sum_accuracy"``, ``"bpc"``)."""
        return self.trainer.task.metric_name

    def __repr__(self) -> str:
        final = self.history.final()
        value = final.get(self.metric_name)
        metric = f", {self.metric_name}={value:.4g}" if isinstance(value, float) else ""
        return f"<Run {self.config.task}/{self.config.cell}: {self.step} updates{metric}>"

    # ------------------------------------------------------------ training
    def train(self, steps: int | None = None, *, until_metric: float | None = None) -> Run:
        """Train `steps` more updates (default: up to the config's ``steps`` in total),
        or until the held-out metric reaches `until_metric` (default: the config's).
        Returns the run itself; :attr:`status` says how it ended."""
        tr = self.trainer
        if until_metric is not None:
            tr.config = tr.config.replace(until_metric=until_metric)
        budget = steps if steps is not None else max(self.config.steps - tr.step, 0)
        if budget <= 0:
            self.status, self.message = "done", "nothing to do: the budget is used up"
            return self
        for snap in tr.run(budget=budget):
            self.history.add_snapshot(snap)
            if snap.finished:
                self.status, self.message = snap.status, str(snap.message)
        return self

    # ------------------------------------------------------------ history
    @property
    def steps(self) -> np.ndarray:
        """(n,) step number of every recorded update."""
        return np.asarray(self.history.steps, dtype=np.int64)

    @property
    def losses(self) -> np.ndarray:
        """(n,) training loss of every update (before it was applied)."""
        return np.asarray(self.history.losses, dtype=np.float64)

    @property
    def grad_norms(self) -> np.ndarray:
        """(n,) global gradient norm of every update, before clipping."""
        return np.asarray(self.history.grad_norms, dtype=np.float64)

    @property
    def grad_norms_clipped(self) -> np.ndarray:
        """(n,) ... and after clipping."""
        return np.asarray(self.history.grad_norms_clipped, dtype=np.float64)

    @property
    def lrs(self) -> np.ndarray:
        """(n,) learning rate of every update."""
        return np.asarray(self.history.lrs, dtype=np.float64)

    @property
    def metric_names(self) -> list[str]:
        """Every held-out metric the task measures, primary first."""
        return list(self.history.metric_names)

    def metric(self, name: str | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(steps, values) of a held-out metric (default: the primary one)."""
        name = name or self.metric_name
        if name not in self.history.metric_names:
            raise KeyError(f"metric: {name!r}; this task measures "
                           f"{', '.join(self.history.metric_names) or 'nothing yet'}")
        steps, values = self.history.metric_series(name)
        return np.asarray(steps, dtype=np.int64), np.asarray(values, dtype=np.float64)

    def final(self) -> dict[str, float | int | None]:
        """The last step and loss and the latest value of every metric."""
        return self.history.final()

    def to_pandas(self) -> pandas.DataFrame:
        """The history as a DataFrame indexed by step: loss, grad_norm,
        grad_norm_clipped, lr, and one column per metric (NaN between evaluations).
        Needs pandas (``pip install pandas``)."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError("Run.to_pandas() needs pandas: pip install pandas") from None
        frame = pd.DataFrame({"loss": self.losses, "grad_norm": self.grad_norms,
                              "grad_norm_clipped": self.grad_norms_clipped, "lr": self.lrs},
                             index=pd.Index(self.steps, name="step"))
        for name in self.history.metric_names:
            steps, values = self.metric(name)
            frame[name] = pd.Series(values, index=steps).reindex(frame.index)
        return frame

    # ------------------------------------------------------------ the network
    def predict(self, x: np.ndarray) -> np.ndarray:
        """Outputs for a time-major batch ``x`` (T, B, n_in): probabilities for bits and
        classes, values for regression tasks."""
        return self.trainer.net.predict(np.asarray(x))

    def evaluate(self) -> dict[str, float]:
        """The held-out metrics of the current weights."""
        return dict(self.trainer.evaluate())

    def weights(self) -> dict[str, np.ndarray]:
        """The weights in PyTorch's state_dict layout (see ``rnnstudio.engine.interop``)."""
        from .engine.interop import META_KEY, to_state_dict

        return {k: v for k, v in to_state_dict(self.trainer.net).items() if k != META_KEY}

    # ------------------------------------------------------------ files
    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write an experiment file (``.rnnstudio``: settings, weights, optimizer state,
        history and notes) that the app opens and :func:`load` reads back. Atomic."""
        path = Path(path)
        if not path.suffix:
            path = path.with_suffix(_ex.SUFFIX)
        exp = _ex.Experiment(_ex.capture(self.trainer), self.history.copy(), self.notes)
        _ex.save(path, exp)
        return path

    def export_torch(self, path: str | os.PathLike[str], *, from_here: bool = True) -> Path:
        """Write a PyTorch program for this run's settings (see
        ``rnnstudio.engine.export_torch``). With `from_here` it starts from the current
        weights (saved beside it as ``<name>.npz``), else from the seed's."""
        from .engine.export_torch import write_script
        from .engine.interop import save_npz

        path = Path(path)
        weights = None
        if from_here and self.step > 0:
            weights = path.with_suffix(".npz")
            save_npz(self.trainer.net, weights)
        return write_script(self.config, path, weights=weights)


def train(config: ConfigLike = None, steps: int | None = None, *,
          until_metric: float | None = None, **settings: Any) -> Run:
    """Train a new run and return it.

    `config`: a :class:`Config`, a dict of settings, a ``config.json`` path, or None for
    the app's defaults; `settings` change it (``train(task="recall", cell="gru")``).
    `steps`: updates to train (default: the config's ``steps``); `until_metric`: stop
    as soon as the held-out metric reaches it."""
    cfg = make_config(config, **settings)
    if steps is not None:
        cfg = cfg.replace(steps=max(int(steps), 1))
    run = Run(Trainer(cfg))
    return run.train(steps, until_metric=until_metric)


def load(path: str | os.PathLike[str]) -> Run:
    """Open an experiment file (``.rnnstudio``, saved by the app or :meth:`Run.save`):
    the run comes back with its history and trains on exactly where it stopped.
    Raises ``ExperimentError`` (with a message saying why) for a damaged file."""
    exp = _ex.load(path)
    trainer = exp.trainer if exp.trainer is not None else exp.checkpoint.trainer()
    return Run(trainer, exp.history, exp.notes)

