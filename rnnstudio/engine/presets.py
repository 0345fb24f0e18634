"""Recommended settings per task and cell, and warnings for settings likely to fail.

The recommendations are declared once, with each task (``TaskInfo.presets`` and
``TaskInfo.goal`` in tasks/registry.py); this module reads them. :func:`likely_failures`
names set-ups that tend not to train, each rule checked over five seeds against its
nearest set-up without the warning (tests/engine/test_recommended.py).
"""

from __future__ import annotations

from typing import Any

from .cells import registry as cells
from .config import specs
from .tasks import registry as tasks
from .text import Msg, msg

__all__ = ["BASE", "goal", "likely_failures", "reason", "recommended"]

# What every recommendation sets unless its task or cell says otherwise: the settings a
# previous task's recommendation may have changed, so that a switch sets them all back.
BASE: dict[str, Any] = {"optimizer": "adam", "lr": 0.01, "clip_mode": "norm", "clip": 5.0,
                        "truncate": 0, "hidden": 16, "init": "glorot", "activation": "tanh"}

ADAM_LR_LIMIT = 0.5  # Adam at this learning rate or above overshoots (rule checked in tests)
UNGATED_RECALL_DELAY = 15  # an ungated cell cannot hold a symbol this many noisy steps
UNCLIPPED_SCALE = 3.0  # ReLU recurrent scale from which unclipped gradients blow up


def _task(task: str) -> Any:
    return tasks.info(task)


def _applies(name: str, task: str, cell: str) -> bool:
    """Setting `name` means something for `task` with `cell` (its Spec says so)."""
    s = specs()[name]
    return (not s.tasks or task in s.tasks) and (not s.cells or cell in s.cells)


def recommended(task: str, cell: str) -> dict[str, Any]:
    """The recommended settings for `task` with `cell` (Config field -> value)."""
    info = _task(task)
    cells.info(cell)  # ValueError naming the cells for an unknown one
    out = dict(BASE)
    for key in ("", cell):
        if key in info.presets:
            out.update(info.presets[key].settings)
    return {k: v for k, v in out.items() if _applies(k, task, cell)}


def reason(task: str, cell: str) -> str:
    """Why the recommendation is what it is (English; the GUI translates it)."""
    presets = _task(task).presets
    for key in (cell, ""):
        if key in presets and presets[key].reason:
            return presets[key].reason
    return ""


def goal(task: str) -> float | None:
    """The held-out metric level the recommended settings reach within their budget."""
    return _task(task).goal


def _gated(cell: str) -> bool:
    return bool(cells.info(cell).gate_names)


def _short_recall(cell: str) -> dict[str, Any]:
    """The delay and size the recommendation gives `cell` on recall (measured to learn)."""
    rec = recommended("recall", cell)
    return {"short": rec["delay"], "hidden": rec["hidden"]}


def likely_failures(config: Any) -> list[Msg]:
    """Messages for settings of `config` that are likely to keep it from learning."""
    out: list[Msg] = []
    info = _task(config.task)
    if config.task == "recall" and not _gated(config.cell) \
            and config.delay >= UNGATED_RECALL_DELAY:
        out.append(msg("{cell} has no gates: it cannot hold a symbol through {delay} noisy "
                       "steps (try a delay of {short} with {hidden} units, or a gated cell "
                       "such as LSTM).", cell=cells.info(config.cell).short, delay=config.delay,
                       **_short_recall(config.cell)))
    if config.optimizer == "adam" and config.lr >= ADAM_LR_LIMIT:
        out.append(msg("Learning rate {lr:g} is too large for Adam: its steps overshoot "
                       "(try 0.01).", lr=config.lr))
    span = info.span(config) if info.span is not None else 0
    if 0 < config.truncate < span:
        out.append(msg("Truncated BPTT of {k} steps is shorter than the {span} steps the "
                       "task needs to look back: the gradient never reaches the cause "
                       "(use 0, the whole sequence, or at least {span}).",
                       k=config.truncate, span=span))
    if config.clip_mode == "none" and config.activation == "relu" \
            and _applies("activation", config.task, config.cell) \
            and config.recurrent_scale >= UNCLIPPED_SCALE:
        out.append(msg("No gradient clipping with ReLU units and recurrent scale {scale:g}: "
                       "gradients explode (turn clipping on, norm 5).",
                       scale=config.recurrent_scale))
    return out
