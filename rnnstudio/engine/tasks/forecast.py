"""Time-series forecasting: read a series one value at a time and predict the next one.

Two series (``cfg.series``), each observed with Gaussian noise of standard deviation
``cfg.noise``:

``sine``  a sine wave with a random period (8 to 32 steps) and phase per sequence::

    s_t = sin(2 pi t / P + phi)

``arma``  an ARMA(2, 1) process with fixed, stable coefficients (quasi-cycles of about
nine steps), started in its stationary regime and scaled to unit variance::

    s_t = 1.2 s_{t-1} - 0.6 s_{t-2} + e_t + 0.4 e_{t-1},   e_t ~ N(0, sigma_e^2)

With observations o_t = s_t + noise * N(0, 1), input and target are::

    x_t = o_t,  y_t = o_{t+1}          (T, B, 1), every step scored

The metric is the mean squared error of the one-step forecasts. ``naive_mse`` is the
error of repeating the last value (y_t = x_t): a network is useful only if it beats it.
Observation noise cannot be predicted, so no forecaster gets below noise^2.

With a data file (``cfg.data``, read by :mod:`..tabular`), the series is numeric column
``cfg.column`` of that file instead, split by time: the last ``HELDOUT_FRACTION`` of the
values is held out. Training windows lie wholly before the boundary (their last target
is the last training value); held-out windows may read training values as context, but
only targets past the boundary are scored, each exactly once. Values are standardised
with the mean and standard deviation of the training part only,
z_t = (v_t - mean) / std, so the metrics are in units of that std squared;
:meth:`Forecast.original` undoes it (the readout shows original units). The statistics
follow from the file and the config alone, so a reopened run recomputes the same ones.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from .. import tabular
from ..config import ConfigError
from ..files import name_shown
from ..text import msg
from .base import Array, Batch
from .registry import Preset, TaskInfo

PHI = (1.2, -0.6)
THETA = 0.4
BURN_IN = 100
PERIODS = (8.0, 32.0)
HELDOUT_SEED = 0xF0CA57
HELDOUT_SIZE = 256
HELDOUT_FRACTION = 0.2


def split_point(n: int) -> int:
    """Index of the first held-out value of a series of n values (the last 20 %)."""
    return n - max(1, math.ceil(n * HELDOUT_FRACTION))


def rows_needed(seq_len: int) -> int:
    """The fewest values a data file needs for windows of `seq_len` steps."""
    n = seq_len + 2
    while split_point(n) < seq_len + 1:
        n += 1
    return n


@dataclass(frozen=True)
class SeriesData:
    """One column of a data file, standardised with its training part's statistics."""

    values: Array  # original units, (n,)
    z: Array  # standardised, (n,)
    split: int  # first held-out index
    mean: float
    std: float
    name: str  # the column's name
    times: tuple[str, ...] | None  # the date column's cells, if the file has one


def load_series(setting: str, column: int, seq_len: int) -> SeriesData:
    """Column `column` of the data file `setting`; ConfigError("data" / "column") if it
    cannot be read, is not numeric, is too short or is constant in its training part."""
    table = tabular.read_table(setting, "data")
    values = tabular.numeric_column(table, column, "data")
    j = tabular.column_index(table, column)
    n = len(values)
    need = rows_needed(seq_len)
    if n < need:
        raise ConfigError("data", msg("{path} has {n} rows; with sequence length {seq_len} it "
                                      "needs at least {need} (the last 20 % is held out)",
                                      path=name_shown(table.path), n=n, seq_len=seq_len,
                                      need=need))
    split = split_point(n)
    train = values[:split]
    mean, std = float(train.mean()), float(train.std())
    if not std > 1e-12 * max(1.0, abs(mean)):
        raise ConfigError("data", msg("column {column} ({name}) does not change before the "
                                      "held-out part; there is nothing to forecast",
                                      column=column, name=table.name(j)))
    z = (values - mean) / std
    values.flags.writeable = z.flags.writeable = False
    d = table.date_column
    times = tuple(r[d] for r in table.rows) if d is not None else None
    return SeriesData(values, z, split, mean, std, table.name(j), times)


def arma_innovation_std(phi: tuple[float, float] = PHI, theta: float = THETA) -> float:
    """sigma_e that gives the ARMA(2, 1) process unit variance (from its MA(inf) weights)."""
    psi = [1.0, phi[0] + theta]
    for _ in range(500):
        psi.append(phi[0] * psi[-1] + phi[1] * psi[-2])
    return float(1.0 / np.sqrt(np.sum(np.square(psi))))


class Forecast:
    name = "forecast"
    title = "Time-series forecasting"
    n_in, n_out = 1, 1
    head = "linear"
    metric_name = "mse"
    higher_is_better = False
    metric_labels = {"mse": "forecast mean squared error",
                     "naive_mse": "MSE of repeating the last value"}

    def __init__(self, cfg: Any):
        self.series = cfg.series
        self.seq_len = cfg.seq_len
        self.data: SeriesData | None = None
        self._heldout: Batch | None = None
        if getattr(cfg, "data", ""):
            self.data = load_series(cfg.data, cfg.column, cfg.seq_len)
            self.noise = 0.0
            return
        if self.series not in ("sine", "arma"):
            raise ConfigError("series", msg("{value!r} is not allowed; expected {allowed}",
                                            value=self.series,
                                            allowed=msg("one of {choices}",
                                                        choices="sine, arma")))
        self.noise = cfg.noise
        self.sigma_e = arma_innovation_std()

    @property
    def stats(self) -> dict[str, float] | None:
        """The standardisation of a data file's series (None for a generated series)."""
        return None if self.data is None else {"mean": self.data.mean, "std": self.data.std}

    def original(self, z: Any) -> Array:
        """Standardised values back in the file's units (unchanged without a file)."""
        z = np.asarray(z, dtype=np.float64)
        return z if self.data is None else z * self.data.std + self.data.mean

    def windows(self, starts: Array, scored: Array | None = None) -> Batch:
        """Windows of the data file's series: inputs z[s : s+T], targets z[s+1 : s+T+1]."""
        assert self.data is not None
        starts = np.asarray(starts, dtype=np.int64)
        idx = starts[None, :] + np.arange(self.seq_len)[:, None]  # (T, B)
        z = self.data.z
        mask = np.ones(idx.shape) if scored is None else scored
        return Batch(z[idx][..., None], z[idx + 1][..., None], mask, {"start": starts})

    def clean(self, rng: np.random.Generator, size: int) -> tuple[Array, dict[str, Array]]:
        """(T + 1, B) noise-free series and what defines each sequence."""
        n = self.seq_len + 1
        if self.series == "sine":
            period = rng.uniform(*PERIODS, size=size)
            phase = rng.uniform(0.0, 2 * np.pi, size=size)
            t = np.arange(n)[:, None]
            return np.sin(2 * np.pi * t / period + phase), {"period": period}
        e = self.sigma_e * rng.standard_normal((BURN_IN + n, size))
        s = np.zeros((BURN_IN + n, size))
        for t in range(2, BURN_IN + n):
            s[t] = PHI[0] * s[t - 1] + PHI[1] * s[t - 2] + e[t] + THETA * e[t - 1]
        return s[BURN_IN:], {}

    def batch(self, rng: np.random.Generator, size: int) -> Batch:
        if self.data is not None:  # the last target z[s + T] lies before the split
            return self.windows(rng.integers(0, self.data.split - self.seq_len, size=size))
        s, info = self.clean(rng, size)
        o = s + self.noise * rng.standard_normal(s.shape)
        x = o[:-1, :, None]
        y = o[1:, :, None]
        return Batch(x, y, np.ones(x.shape[:2]), info)

    def heldout(self) -> Batch:
        if self._heldout is None and self.data is not None:
            self._heldout = self._data_heldout()
        if self._heldout is None:
            self._heldout = self.batch(np.random.default_rng(HELDOUT_SEED), HELDOUT_SIZE)
        return self._heldout

    def _data_heldout(self) -> Batch:
        """Windows whose scored targets tile the held-out part: each window scores its
        last `stride` targets, after at least T - stride steps of context."""
        assert self.data is not None
        T, n, split = self.seq_len, len(self.data.z), self.data.split
        stride = max(1, T // 2)
        starts, masks = [], []
        first = split  # first target index not yet scored
        while first < n:
            last = min(first + stride, n) - 1  # last target index scored by this window
            s = last - T  # the window's last target is z[s + T] = z[last]
            target = s + 1 + np.arange(T)
            starts.append(s)
            masks.append(((target >= first) & (target <= last)).astype(np.float64))
            first = last + 1
        return self.windows(np.array(starts), np.stack(masks, axis=1))

    def metrics(self, outputs: Array, batch: Batch) -> dict[str, float]:
        m = batch.mask > 0
        y = batch.y[..., 0]
        err = (outputs[..., 0] - y)[m]
        naive = (batch.x[..., 0] - y)[m]
        return {"mse": float(np.mean(err * err)), "naive_mse": float(np.mean(naive * naive))}

    def render(self, outputs: Array, batch: Batch, i: int = 0) -> str:
        if self.data is not None:
            return self._render_data(outputs, batch, i)
        x, y, net = batch.x[:, i, 0], batch.y[:, i, 0], outputs[:, i, 0]
        T = len(x)
        what = (msg("sine, period {period:.1f} steps", period=batch.info["period"][i])
                if batch.info and "period" in batch.info else "ARMA(2, 1)")
        rows = "\n".join(f"{t:5d} {x[t]:7.3f} {net[t]:6.3f} {y[t]:6.3f}"
                         for t in range(max(0, T - 6), T))
        mse = float(np.mean((net - y) ** 2))
        naive = float(np.mean((x - y) ** 2))
        return msg("{what}, noise {noise:g}\n step   input    net   true\n{rows}\n"
                   "MSE {mse:.4f} vs repeat-last {naive:.4f}", what=what, noise=self.noise,
                   rows=rows, mse=mse, naive=naive)

    def _render_data(self, outputs: Array, batch: Batch, i: int) -> str:
        d = self.data
        assert d is not None
        start = int(batch.info["start"][i]) if batch.info else 0
        x, y = self.original(batch.x[:, i, 0]), self.original(batch.y[:, i, 0])
        net = self.original(outputs[:, i, 0])
        m = batch.mask[:, i] > 0
        T = len(x)
        shown_steps = [t for t in range(T) if m[t]][-6:]
        rows = "\n".join(f"{self._when(start + t + 1):>10} {x[t]:10.4g} {net[t]:10.4g} "
                         f"{y[t]:10.4g}" for t in shown_steps)
        mse = float(np.mean(((net - y) ** 2)[m])) if m.any() else 0.0
        naive = float(np.mean(((x - y) ** 2)[m])) if m.any() else 0.0
        return msg("{name}, in its own units\n      when   previous    network       true\n"
                   "{rows}\nMSE {mse:.4g} vs repeat-last {naive:.4g}", name=d.name,
                   rows=rows, mse=mse, naive=naive)

    def _when(self, k: int) -> str:
        d = self.data
        return d.times[k] if d is not None and d.times is not None else str(k + 1)


TASK = TaskInfo(
    name="forecast", title=Forecast.title, make=Forecast,
    explanation=("Predict the next value of a noisy time series from the values so far."),
    input_names=("x_t",), order=60, goal=0.01,
    presets={"": Preset({"steps": 1000},
                        "Adam at 0.01 brings the forecast error below 0.01 within about 500 "
                        "updates."),
             "elman": Preset({"steps": 2400},
                             "An Elman network at learning rate 0.01 brings the forecast error "
                             "below 0.01 within about 1,100 updates.")})
