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
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..config import ConfigError
from ..text import msg
from .base import Array, Batch
from .registry import Preset, TaskInfo

PHI = (1.2, -0.6)
THETA = 0.4
BURN_IN = 100
PERIODS = (8.0, 32.0)
HELDOUT_SEED = 0xF0CA57
HELDOUT_SIZE = 256


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
        if self.series not in ("sine", "arma"):
            raise ConfigError("series", msg("{value!r} is not allowed; expected {allowed}",
                                            value=self.series,
                                            allowed=msg("one of {choices}",
                                                        choices="sine, arma")))
        self.noise = cfg.noise
        self.seq_len = cfg.seq_len
        self.sigma_e = arma_innovation_std()
        self._heldout: Batch | None = None

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
        s, info = self.clean(rng, size)
        o = s + self.noise * rng.standard_normal(s.shape)
        x = o[:-1, :, None]
        y = o[1:, :, None]
        return Batch(x, y, np.ones(x.shape[:2]), info)

    def heldout(self) -> Batch:
        if self._heldout is None:
            self._heldout = self.batch(np.random.default_rng(HELDOUT_SEED), HELDOUT_SIZE)
        return self._heldout

    def metrics(self, outputs: Array, batch: Batch) -> dict[str, float]:
        m = batch.mask > 0
        y = batch.y[..., 0]
        err = (outputs[..., 0] - y)[m]
        naive = (batch.x[..., 0] - y)[m]
        return {"mse": float(np.mean(err * err)), "naive_mse": float(np.mean(naive * naive))}

    def render(self, outputs: Array, batch: Batch, i: int = 0) -> str:
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
