"""Try it yourself: type an input and watch the trained network answer, step by step.

* Binary addition: two numbers → their bits, least significant first, the network's
  sum bit at every step, the decoded sum, right or wrong. ▶ reveals the steps one by one.
* Character model: a prefix and a temperature → generated text, and the network's
  top guesses for the character after the prefix.
* Sequence detection: a stream of letters → the flag probability after every letter.
* Other tasks (delayed recall, the adding problem, forecasting): what the task asks, and
  a random held-out example with the network's answer.

One module per page: a module here that defines ``PAGES`` (task name -> page class)
registers those pages (found with pkgutil, so a new task's page needs no edit
elsewhere); ``examples.py`` holds ``FALLBACK``, the page of every other task. A page has
``set_model(net, task, config)`` and ``view_attr`` (its attribute on the view).

Every text goes through Qt's translation system (contexts: the page classes).

The view keeps its own copy of the weights (``net.get_weights()``): a run training in
another thread never races it. Work is a forward pass of one short sequence, done on
the GUI thread.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil

from PySide6 import QtWidgets

SKIP = frozenset({"common", "view"})


@functools.cache
def _modules() -> tuple:
    return tuple(importlib.import_module(f"{__name__}.{m.name}")
                 for m in pkgutil.iter_modules(__path__) if m.name not in SKIP)


def page_classes() -> dict[str, type[QtWidgets.QWidget]]:
    """Task name -> the class of its own page, from every page module of this package."""
    out: dict[str, type[QtWidgets.QWidget]] = {}
    for mod in _modules():
        out.update(getattr(mod, "PAGES", {}))
    return out


def fallback_page() -> type[QtWidgets.QWidget]:
    """The page of tasks without one of their own (a held-out example)."""
    return next(mod.FALLBACK for mod in _modules() if hasattr(mod, "FALLBACK"))


from .common import task_title  # noqa: E402
from .view import TryItView  # noqa: E402

__all__ = ["TryItView", "fallback_page", "page_classes", "task_title"]
