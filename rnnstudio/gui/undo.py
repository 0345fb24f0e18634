"""Edit → Undo (Ctrl+Z): take back the last settings change.

A live change (learning rate, clipping, ...) is undone live: the old value applies from
the next update. A change that built a new network gets the trained one back: just
before the window loads the new network it asks the worker for a checkpoint of the old
one; the worker answers commands in order, so that copy is the old network exactly as
it stood (weights, optimizer, step), and Undo reopens it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ..engine.config import Config, specs
from .i18n import setting_text

TAG = "undo"  # capture tag of the old network's copy


class SettingsUndo(QObject):
    """One level of undo for the window's settings."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.w = window
        self._entry: dict[str, Any] | None = None
        self.action = QAction(self.tr("Undo"), window)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.action.setEnabled(False)
        self.action.triggered.connect(self.undo)
        window.controller.captured.connect(self._captured)

    @property
    def pending(self) -> dict[str, Any] | None:
        """What Undo would restore (for tests): name, config, rebuild, checkpoint."""
        return self._entry

    def record(self, old: Config, edited: str | None, rebuild: bool) -> dict[str, Any] | None:
        """Before a change away from ``old``; returns the previous entry (to put back if
        the change is refused)."""
        previous = self._entry
        c = self.w.controller
        trained = rebuild and c.step_count > 0
        self._entry = {"name": edited, "config": old, "rebuild": rebuild,
                       "checkpoint": None, "waiting": trained}
        if trained and not c.request_capture(TAG):
            self._entry["waiting"] = False
        self._show()
        return previous

    def put_back(self, previous: dict[str, Any] | None) -> None:
        self._entry = previous
        self._show()

    def _captured(self, tag: str, checkpoint: Any) -> None:
        e = self._entry
        if tag == TAG and e is not None and e["waiting"]:
            e["checkpoint"], e["waiting"] = checkpoint, False

    def _show(self) -> None:
        e = self._entry
        self.action.setEnabled(e is not None)
        name = e["name"] if e is not None else None
        if name in specs():
            self.action.setText(self.tr("Undo {0}").format(setting_text(specs()[name].label)))
        else:
            self.action.setText(self.tr("Undo settings change"))

    def undo(self) -> None:
        e, self._entry = self._entry, None
        self._show()
        if e is None:
            return
        sb = self.w.statusBar()
        cp = e["checkpoint"]
        if e["rebuild"] and cp is not None:
            self.w.load_checkpoint(cp)
            sb.showMessage(self.tr("Back to the trained network ({0} updates)").format(
                cp.state.get("step", 0)), 8000)
        else:
            self.w.set_config(e["config"], e["name"], record=False)
            if e["rebuild"]:
                sb.showMessage(self.tr("Settings back; a fresh network is ready"), 8000)
