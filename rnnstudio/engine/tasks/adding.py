"""The adding problem (Hochreiter & Schmidhuber, 1997): add two marked numbers seen far
apart in a long sequence.

Every step shows a random value and a marker bit. Exactly two steps are marked, one in
each half of the sequence; after the last step the network must output the sum of the
two marked values::

    x_t = (v_t, m_t)       v_t ~ U[0, 1],  m_t in {0, 1},  sum_t m_t = 2     (T, B, 2)
    y_T = sum_t m_t v_t    scored at the last step only (mask)               (T, B, 1)

The first marked value must be kept for up to T steps while unmarked values keep
arriving. Always answering 1.0 (the mean of the sum) scores an MSE of Var(v_1 + v_2) =
2/12 ≈ 0.167; a network that scores clearly below that has learned to add.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..text import msg
from .base import Array, Batch
from .registry import Preset, TaskInfo

BASELINE_MSE = 1.0 / 6.0  # always answering 1.0
TOLERANCE = 0.04  # |error| counted as right
HELDOUT_SEED = 0xADD
HELDOUT_SIZE = 512


class AddingProblem:
    name = "adding"
    title = "Adding problem"
    n_in, n_out = 2, 1
    head = "linear"
    metric_name = "mse"
    higher_is_better = False
    metric_labels = {"mse": f"mean squared error (always answering 1.0 scores "
                            f"{BASELINE_MSE:.3f})",
                     "accuracy": f"share of sums within ±{TOLERANCE}"}

    def __init__(self, cfg: Any):
        self.seq_len = cfg.seq_len  # ≥ 2 by the config's range
        self._heldout: Batch | None = None

    def encode(self, values: Array, first: Array, second: Array) -> Batch:
        """(T, B) values and the (B,) marked steps -> the batch."""
        values = np.asarray(values, dtype=np.float64)
        T, B = values.shape
        cols = np.arange(B)
        marks = np.zeros((T, B))
        marks[first, cols] = 1.0
        marks[second, cols] = 1.0
        x = np.stack([values, marks], axis=-1)
        y = np.zeros((T, B, 1))
        y[-1, :, 0] = (values * marks).sum(axis=0)
        mask = np.zeros((T, B))
        mask[-1] = 1.0
        return Batch(x, y, mask, {"first": first, "second": second})

    def batch(self, rng: np.random.Generator, size: int) -> Batch:
        T = self.seq_len
        half = T // 2
        values = rng.uniform(0.0, 1.0, size=(T, size))
        first = rng.integers(0, half, size=size)
        second = rng.integers(half, T, size=size)
        return self.encode(values, first, second)

    def heldout(self) -> Batch:
        if self._heldout is None:
            self._heldout = self.batch(np.random.default_rng(HELDOUT_SEED), HELDOUT_SIZE)
        return self._heldout

    def metrics(self, outputs: Array, batch: Batch) -> dict[str, float]:
        m = batch.mask > 0
        err = (outputs[..., 0] - batch.y[..., 0])[m]
        return {"mse": float(np.mean(err * err)),
                "accuracy": float(np.mean(np.abs(err) < TOLERANCE))}

    def render(self, outputs: Array, batch: Batch, i: int = 0) -> str:
        a, b = int(batch.info["first"][i]), int(batch.info["second"][i])
        va, vb = batch.x[a, i, 0], batch.x[b, i, 0]
        net = float(outputs[-1, i, 0])
        true = float(batch.y[-1, i, 0])
        err = net - true
        mark = "✓" if abs(err) < TOLERANCE else "✗"
        return msg("marked steps {a} and {b} of {T}\n{va:.3f} + {vb:.3f} = {true:.3f}\n"
                   "net {net:.3f} (error {err:+.3f}) {mark}", a=a, b=b, T=self.seq_len,
                   va=va, vb=vb, true=true, net=net, err=err, mark=mark)


TASK = TaskInfo(
    name="adding", title=AddingProblem.title, make=AddingProblem,
    explanation=("Add the two marked numbers hidden in a long random sequence (the classic "
                 "long-range test for gated cells)."),
    input_names=("value", "marker"), order=50, goal=0.01,
    presets={"": Preset({"seq_len": 50, "steps": 1600},
                        "A gated cell at learning rate 0.01 finds the two marked numbers in "
                        "50 steps (error below 0.01) within about 800 updates."),
             "gru": Preset({"steps": 800}),
             "mgu": Preset({"steps": 1000}),
             "elman": Preset({"seq_len": 10, "steps": 1600},
                             "An Elman network stays near the always-1.0 error over 50 steps; "
                             "over 10 it learns the sum within about 800 updates.")})
