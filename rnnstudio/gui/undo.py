"""Edit → Undo (Ctrl+Z): take back the last settings change.

A live change (learning rate, clipping, ...) is undone live: the old value applies from
the next update. A change that built a new network gets the trained one back: the
controller has the worker copy a trained network just before it is replaced, the
workspace keeps that copy (see `parked`), and Undo reopens it: weights, optimizer,
step and curves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ..engine.config import Config, specs
from .i18n import setting_text


class SettingsUndo(QObject):
    """One level of undo for the window's settings."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.w = window
        self._entry: dict[str, Any] | None = None
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.action.triggered.connect(self.undo)
        self._show()

    def retranslate(self) -> None:
        self._show()

    @property
    def pending(self) -> dict[str, Any] | None:
        """What Undo would restore (for tests): name, config, rebuild, run."""
        return self._entry

    def record(self, old: Config, edited: str | None, rebuild: bool) -> dict[str, Any] | None:
        """Before a change away from ``old``; returns the previous entry (to put back if
        the change is refused)."""
        previous = self._entry
        c = self.w.controller
        trained = rebuild and c.step_count > 0
        self._entry = {"name": edited, "config": old, "rebuild": rebuild,
                       "run": c.run_id if trained else None}
        self._show()
        return previous

    def put_back(self, previous: dict[str, Any] | None) -> None:
        self._entry = previous
        self._show()

    def _show(self) -> None:
        e = self._entry
        self.action.setEnabled(e is not None)
        name = e["name"] if e is not None else None
        if e is None:
            self.action.setText(self.tr("Undo"))
        elif name in specs():
            self.action.setText(self.tr("Undo {0}").format(setting_text(specs()[name].label)))
        else:
            self.action.setText(self.tr("Undo settings change"))

    def undo(self) -> None:
        e, self._entry = self._entry, None
        self._show()
        if e is None:
            return
        sb = self.w.statusBar()
        if e["rebuild"] and e["run"] is not None and self.w.workspace.reopen(e["run"]):
            sb.showMessage(self.tr("Back to the trained network ({0} updates)").format(
                self.w.controller.step_count), 8000)
        else:
            self.w.set_config(e["config"], e["name"], record=False)
            if e["rebuild"]:
                sb.showMessage(self.tr("Settings back; a fresh network is ready"), 8000)
