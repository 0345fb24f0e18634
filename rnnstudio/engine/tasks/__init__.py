"""Tasks: seeded sequence data, a held-out set, metrics and readable samples."""

from __future__ import annotations

from typing import Any

from .base import Batch, Task, reached

TASK_TITLES = {
    "addition": "Binary addition",
    "detection": "Sequence detection",
    "charlm": "Character language model",
    "recall": "Delayed recall",
    "adding": "Adding problem",
    "forecast": "Time-series forecasting",
}


def make_task(cfg: Any) -> Task:
    """The task a config asks for (bad task options raise ConfigError)."""
    name = cfg.task
    if name == "addition":
        from .addition import Addition

        return Addition(cfg)
    if name == "detection":
        from .detection import Detection

        return Detection(cfg)
    if name == "charlm":
        from .charlm import CharLM

        return CharLM(cfg)
    if name == "recall":
        from .recall import Recall

        return Recall(cfg)
    if name == "adding":
        from .adding import AddingProblem

        return AddingProblem(cfg)
    if name == "forecast":
        from .forecast import Forecast

        return Forecast(cfg)
    raise ValueError(f"task: {name!r}; expected one of {', '.join(TASK_TITLES)}")


__all__ = ["Batch", "Task", "TASK_TITLES", "make_task", "reached"]
