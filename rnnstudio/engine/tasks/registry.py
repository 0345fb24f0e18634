"""The task registry: a task describes itself, everything else reads the description.

Every module of the ``tasks`` package that defines ``TASK`` (a :class:`TaskInfo`) registers
that task; the modules are found with :mod:`pkgutil`. ``TASK_TITLES``, ``make_task``, the
Task panel's explanations, the Inside view's input names and the "Try it yourself" pages
(registered by task name, gui/teach/tryit/) read it. Strings are English; the GUI
translates them in the context ``"settings"``.

``config.TASKS`` (the allowed values of the ``task`` setting) is still declared in
config.py, because the task modules import config; a test checks that the two agree.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True)
class Preset:
    """Recommended settings for a task (with one kind of cell, or with any), and why.

    ``settings`` are Config fields and values; ``reason`` is one English sentence. With
    the other settings at their defaults they reach the task's ``goal`` within their
    budget (``steps``) on at least 4 of 5 seeds (tests/engine/test_recommended.py)."""

    settings: Mapping[str, Any]
    reason: str = ""


@dataclass(frozen=True)
class TaskInfo:
    """Everything the application knows about one task, declared once."""

    name: str  # the config value, "addition"
    title: str  # "Binary addition"
    explanation: str  # one or two sentences for the Task panel
    make: Callable[[Any], Any]  # config -> the task (see base.Task)
    input_names: tuple[str, ...] = ()  # what each input unit is, for the Inside view's strip
    order: int = 100  # place in menus
    # the held-out metric level the recommended settings reach (see Preset)
    goal: float | None = None
    # recommended settings: "" for every cell, a cell's name for what differs with it
    presets: Mapping[str, Preset] = field(default_factory=dict)
    # config -> how many steps back an output depends on (None: a step or two)
    span: Callable[[Any], int] | None = None

    def strings(self) -> list[str]:
        """Every English text of the descriptor, for the translation tools."""
        return [self.title, self.explanation, *self.input_names,
                *(p.reason for p in self.presets.values() if p.reason)]


SKIP = frozenset({"base", "registry"})


@functools.cache
def _registry() -> MappingProxyType:
    package = __name__.rsplit(".", 1)[0]
    found: dict[str, TaskInfo] = {}
    for mod in pkgutil.iter_modules(importlib.import_module(package).__path__):
        if mod.name in SKIP or mod.name.startswith("_"):
            continue
        task = getattr(importlib.import_module(f"{package}.{mod.name}"), "TASK", None)
        if isinstance(task, TaskInfo):
            if task.name in found:
                raise RuntimeError(f"two tasks are named {task.name!r}")
            found[task.name] = task
    ordered = sorted(found.values(), key=lambda t: (t.order, t.name))
    return MappingProxyType({t.name: t for t in ordered})


def tasks() -> tuple[TaskInfo, ...]:
    """Every registered task, in menu order."""
    return tuple(_registry().values())


def names() -> tuple[str, ...]:
    return tuple(_registry())


def info(name: str) -> TaskInfo:
    """The descriptor of task `name`; ValueError naming the known tasks otherwise."""
    try:
        return _registry()[name]
    except KeyError:
        raise ValueError(f"task: {name!r}; expected one of {', '.join(names())}") from None
