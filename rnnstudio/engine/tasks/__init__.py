"""Tasks: seeded sequence data, a held-out set, metrics and readable samples.

One module per task, each defining ``TASK`` (registry.TaskInfo), found by the registry.
"""

from __future__ import annotations

from typing import Any

from . import registry
from .base import Batch, Task, reached

TASK_TITLES = {t.name: t.title for t in registry.tasks()}


def make_task(cfg: Any) -> Task:
    """The task a config asks for (bad task options raise ConfigError)."""
    try:
        info = registry.info(cfg.task)
    except ValueError:
        raise ValueError(f"task: {cfg.task!r}; expected one of {', '.join(TASK_TITLES)}") \
            from None
    return info.make(cfg)


__all__ = ["Batch", "Task", "TASK_TITLES", "make_task", "reached"]
