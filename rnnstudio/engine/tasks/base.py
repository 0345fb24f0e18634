"""What a task provides: seeded batches, a held-out set, metrics and a readable sample.

A batch is time-major: ``x`` (T, B, n_in) floats, ``y`` (T, B, n_out) floats (bits or
values) or (T, B) class indices (softmax head), and ``mask`` (T, B), 1 where the output
is scored. Training batches come from the trainer's data generator, so the same seed
gives the same data stream whatever the model is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

Array = np.ndarray


@dataclass(frozen=True)
class Batch:
    x: Array
    y: Array
    mask: Array
    info: dict[str, Any] | None = None  # task-specific extras for rendering (e.g. a, b)

    @property
    def size(self) -> int:
        return self.x.shape[1]

    def take(self, idx: Any) -> Batch:
        """The sub-batch of sequences `idx` (a slice or index array)."""
        info = None
        if self.info is not None:
            info = {k: (v[idx] if isinstance(v, np.ndarray) and v.ndim >= 1
                        and v.shape[0] == self.size else v) for k, v in self.info.items()}
        return Batch(self.x[:, idx], self.y[:, idx], self.mask[:, idx], info)


class Task(Protocol):
    name: str
    title: str
    n_in: int
    n_out: int
    head: str  # "bce" | "mse_bits" | "softmax" | "linear"
    metric_name: str  # key of the primary metric in metrics()
    metric_labels: dict[str, str]  # every metric key -> readable label, primary first
    higher_is_better: bool

    def batch(self, rng: np.random.Generator, size: int) -> Batch: ...

    def heldout(self) -> Batch: ...

    def metrics(self, outputs: Array, batch: Batch) -> dict[str, float]: ...

    def render(self, outputs: Array, batch: Batch, i: int = 0) -> str: ...


def bits_head(cfg: Any) -> str:
    return "bce" if cfg.bit_loss == "bce" else "mse_bits"


def one_hot(idx: Array, n: int, dtype=np.float64) -> Array:
    out = np.zeros(idx.shape + (n,), dtype=dtype)
    np.put_along_axis(out, idx[..., None], 1.0, axis=-1)
    return out


def reached(task: Task, value: float, goal: float) -> bool:
    return value >= goal if task.higher_is_better else value <= goal
