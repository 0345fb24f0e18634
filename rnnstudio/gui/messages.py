"""What crosses from the training thread to the GUI: one immutable `Progress` per redraw.

The engine yields a Snapshot per update (thousands a second); the worker folds all updates
since the last emission into one Progress, at most ~30 a second, so the loss curve still
gets every update's loss while plots redraw at screen rate.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

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
