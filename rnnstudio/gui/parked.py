"""Runs left behind stay reopenable.

When a trained network is replaced (a setting that changes the weights' shapes, Reset,
Open, a lesson), the controller asks the worker for a copy of it first
(``Controller.leaving`` then ``captured(LEAVE_TAG, checkpoint)``; the worker answers in
order, so the copy is the network exactly as it stood). Here that copy is kept with the
run's history and gradient heat map, so the Runs list's Reopen (and Edit → Undo) bring
the run back as File → Open would: weights, optimizer state, step, curves.

Copies are kept newest first up to ``BUDGET_BYTES``; older ones are dropped (their row
stays in the Runs list, without Reopen).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from ..engine.experiment import Checkpoint, Experiment, History
from .controller import LEAVE_TAG

BUDGET_BYTES = 256 * 2**20


def nbytes(tree: Any) -> int:
    """Bytes of the arrays in a nest of dicts, lists and tuples."""
    if isinstance(tree, np.ndarray):
        return int(tree.nbytes)
    if isinstance(tree, dict):
        return sum(nbytes(v) for v in tree.values())
    if isinstance(tree, (list, tuple)):
        return sum(nbytes(v) for v in tree)
    return 0


@dataclass
class _Leaving:
    run_id: int
    history: History
    ui: dict[str, Any]


class ParkedRuns(QObject):
    """The workspace's store of replaced runs, by run id."""

    changed = Signal()

    def __init__(self, workspace: Any) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self._leaving: list[_Leaving] = []  # waiting for their copies, in order
        self._runs: dict[int, Experiment] = {}
        c = workspace.w.controller
        c.leaving.connect(self._on_leaving)
        c.captured.connect(self._on_captured)

    def can_reopen(self, run_id: int) -> bool:
        return run_id in self._runs

    def run_ids(self) -> list[int]:
        return list(self._runs)

    def get(self, run_id: int) -> Experiment | None:
        return self._runs.get(run_id)

    def pop(self, run_id: int) -> Experiment | None:
        exp = self._runs.pop(run_id, None)
        if exp is not None:
            self.changed.emit()
        return exp

    def forget_all_but(self, keep: set[int]) -> None:
        for run_id in [r for r in self._runs if r not in keep]:
            del self._runs[run_id]
        self.changed.emit()

    # ---------------------------------------------------------------- incoming
    def _on_leaving(self, run_id: int) -> None:
        ws = self.ws
        history = ws.history.copy() if ws._history_run == run_id else History()
        self._leaving.append(_Leaving(run_id, history, ws.view_state()))

    def _on_captured(self, tag: str, checkpoint: Checkpoint | None) -> None:
        if tag != LEAVE_TAG or not self._leaving:
            return
        left = self._leaving.pop(0)
        if checkpoint is None:
            return
        step = int(checkpoint.state.get("step", 0))
        self._runs[left.run_id] = Experiment(checkpoint, left.history.until(step),
                                             self.ws.notes.toPlainText(), left.ui)
        self._keep_within_budget()
        self.changed.emit()

    def _keep_within_budget(self) -> None:
        total = 0
        for run_id in sorted(self._runs, reverse=True):  # newest first
            exp = self._runs[run_id]
            total += nbytes(exp.checkpoint.weights) + nbytes(exp.checkpoint.optimizer)
            if total > BUDGET_BYTES and run_id != max(self._runs):
                del self._runs[run_id]
